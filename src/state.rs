//! What every handler can reach: the database pool, the settings, the
//! instance keys. Feature-owned runtime parts (the sign writer, the page
//! cache, rate limiters) are registered beside it as their own app data.

use std::sync::Arc;

use actix_web::web;

use crate::config::Settings;
use crate::db::{DbConnection, DbPool};
use crate::error::AppError;
use crate::secrets::Keys;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub pool: DbPool,
    pub settings: Arc<Settings>,
    /// "sqlite" or "postgres".
    pub backend: &'static str,
    pub keys: Keys,
    /// Wakes the email sender when a message was queued.
    pub mail_wakeup: Arc<tokio::sync::Notify>,
    /// Set once the server has stopped: background work ends.
    pub stopping: Arc<std::sync::atomic::AtomicBool>,
    /// Counts the changes made through this instance that public pages may
    /// show (see `web::changes`): pages kept in memory check their version
    /// at once after one, not only once a second.
    pub changes: Arc<std::sync::atomic::AtomicU64>,
    pub brand: Arc<Brand>,
}

impl AppState {
    /// Asks background work (the email sender) to end after its current
    /// round.
    pub fn stop_background(&self) {
        self.stopping
            .store(true, std::sync::atomic::Ordering::SeqCst);
        // A stored permit: the sender sees it even if it is mid-round.
        self.mail_wakeup.notify_one();
    }

    /// The number of changes so far (see `changes`).
    pub fn changes_seen(&self) -> u64 {
        self.changes.load(std::sync::atomic::Ordering::Acquire)
    }

    /// Whether `stop_background` was called.
    pub fn is_stopping(&self) -> bool {
        self.stopping.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Runs blocking database work on the blocking thread pool, never on an
    /// async worker.
    pub async fn db<F, T>(&self, work: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await?
    }
}

/// The coalition's look: name, logo, accent colour and footer line, read
/// once at start-up (`SITE_NAME`, `SITE_LOGO`, `ACCENT_COLOR`,
/// `FOOTER_TEXT`).
#[derive(Debug)]
pub struct Brand {
    /// Never empty: the program's own name when `SITE_NAME` is blank.
    pub name: String,
    pub logo: Option<Logo>,
    /// `#rrggbb`, already checked for contrast.
    pub accent: Option<String>,
    pub footer: String,
    /// Changes with the logo and colour, for their addresses (cached long).
    pub version: String,
}

#[derive(Debug)]
pub struct Logo {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
}

/// The accent colour when none is set (`--accent` in static/app.css).
pub const DEFAULT_ACCENT: &str = "#1d3557";

impl Default for Brand {
    fn default() -> Self {
        Brand {
            name: crate::i18n::t(crate::i18n::DEFAULT_LANG, "app-name"),
            logo: None,
            accent: None,
            footer: String::new(),
            version: String::new(),
        }
    }
}

/// The largest logo file accepted.
const MAX_LOGO: u64 = 1024 * 1024;

impl Brand {
    pub fn load(settings: &crate::config::Settings) -> Result<Brand, String> {
        let logo = match &settings.site_logo {
            None => None,
            Some(path) => Some(read_logo(path)?),
        };
        let accent = match settings.accent_color.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(c) => Some(checked_accent(c)?),
        };
        let version = {
            use sha2::{Digest, Sha256};
            let mut h = Sha256::new();
            if let Some(l) = &logo {
                h.update(&l.bytes);
            }
            h.update(accent.as_deref().unwrap_or_default());
            hex::encode(&h.finalize()[..6])
        };
        let name = settings.site_name.trim();
        Ok(Brand {
            name: if name.is_empty() {
                Brand::default().name
            } else {
                name.to_string()
            },
            logo,
            accent,
            footer: settings.footer_text.trim().to_string(),
            version,
        })
    }

    /// What the templates show (`site` in every page).
    pub fn view(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.name,
            "logo": self.logo.as_ref().map(|_| format!("/brand/{}/logo", self.version)),
            "css": self.accent.as_ref().map(|_| format!("/brand/{}/brand.css", self.version)),
            "footer": (!self.footer.is_empty()).then_some(&self.footer),
        })
    }
}

fn read_logo(path: &std::path::Path) -> Result<Logo, String> {
    let shown = path.display();
    let content_type = match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("svg") => "image/svg+xml",
        _ => {
            return Err(format!(
                "SITE_LOGO {shown}: give a .png, .jpg, .webp or .svg file"
            ))
        }
    };
    let size = std::fs::metadata(path)
        .map_err(|e| format!("SITE_LOGO {shown}: {e}"))?
        .len();
    if size > MAX_LOGO {
        return Err(format!("SITE_LOGO {shown}: {size} bytes; at most 1 MiB"));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("SITE_LOGO {shown}: {e}"))?;
    Ok(Logo {
        bytes,
        content_type,
    })
}

/// `#rrggbb` (or `#rgb`), lowercased, when white text on it is readable:
/// WCAG 2 contrast of at least 4.5:1 (the same colour serves for links
/// on white). The formula is short and fixed by WCAG; a colour crate
/// would add more than it saves.
fn checked_accent(colour: &str) -> Result<String, String> {
    let hex = colour.strip_prefix('#').unwrap_or(colour);
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(format!("ACCENT_COLOR {colour}: give a colour as #rrggbb"));
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => String::new(),
    };
    let channels: Vec<f64> = (0..3)
        .filter_map(|i| full.get(i * 2..i * 2 + 2))
        .filter_map(|h| u8::from_str_radix(h, 16).ok())
        .map(|v| {
            let c = f64::from(v) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        })
        .collect();
    if channels.len() != 3 {
        return Err(format!("ACCENT_COLOR {colour}: give a colour as #rrggbb"));
    }
    let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    let contrast = 1.05 / (luminance + 0.05);
    if contrast < 4.5 {
        return Err(format!(
            "ACCENT_COLOR {colour}: white text on it has a contrast of {contrast:.1}:1; \
             pick a darker colour (at least 4.5:1)"
        ));
    }
    Ok(format!("#{}", full.to_ascii_lowercase()))
}

#[cfg(test)]
mod brand_tests {
    use super::checked_accent;

    #[test]
    fn accents_must_stay_readable() {
        assert_eq!(checked_accent("#1D3557").as_deref(), Ok("#1d3557"));
        assert_eq!(checked_accent("#036").as_deref(), Ok("#003366"));
        assert!(checked_accent("#ffcc00")
            .unwrap_err()
            .contains("contrast of 1.5:1"));
        assert!(checked_accent("blue").is_err());
        assert!(checked_accent("#12345").is_err());
        assert!(checked_accent("#+f+f+f").is_err());
    }
}
