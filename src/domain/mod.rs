//! Value types that parse user input once and cannot hold invalid data.

pub mod country;
pub mod deadline;
pub mod email;
pub mod ip_range;
pub mod signatory;
pub mod slug;
pub mod text;
