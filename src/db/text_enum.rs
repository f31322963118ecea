//! Enums stored as text: a typo in a status cannot compile, and the
//! database keeps readable values (`'approved'`), the same on both
//! backends.

/// A stored value that is not one of the enum's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue(pub String);

impl std::fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown stored value {:?}", self.0)
    }
}

impl std::error::Error for UnknownValue {}

/// Declares an enum kept in a text column: `as_str`, `parse`, `ALL`,
/// `Display`, serialisation as its text, use in queries as its text, and
/// `TryFrom<String>` so that a row field can be the enum
/// (`#[diesel(deserialize_as = String)]`).
#[macro_export]
macro_rules! text_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stored text.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// Reads the stored text.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        // Usable in queries as its text: `column.eq(Status::Approved)`.
        impl diesel::expression::AsExpression<diesel::sql_types::Text> for $name {
            type Expression = <&'static str as diesel::expression::AsExpression<
                diesel::sql_types::Text,
            >>::Expression;
            fn as_expression(self) -> Self::Expression {
                diesel::expression::AsExpression::<diesel::sql_types::Text>::as_expression(
                    self.as_str(),
                )
            }
        }

        impl diesel::expression::AsExpression<diesel::sql_types::Text> for &$name {
            type Expression = <$name as diesel::expression::AsExpression<
                diesel::sql_types::Text,
            >>::Expression;
            fn as_expression(self) -> Self::Expression {
                diesel::expression::AsExpression::<diesel::sql_types::Text>::as_expression(*self)
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::db::text_enum::UnknownValue;
            fn try_from(text: String) -> Result<Self, Self::Error> {
                $name::parse(&text).ok_or($crate::db::text_enum::UnknownValue(text))
            }
        }
    };
}
