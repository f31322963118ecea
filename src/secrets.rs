//! The instance secret (shared by every instance through the database),
//! keyed hashes, and random tokens.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use diesel::prelude::*;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::db::schema::settings;
use crate::db::{now, DbConnection};
use crate::per_backend;

type HmacSha256 = Hmac<Sha256>;

const SECRET_SETTING: &str = "secret_key";

/// The instance secret: signs CSRF tokens and keys the hashes of client
/// addresses. Never leaves the server.
#[derive(Clone)]
pub struct Keys {
    secret: Vec<u8>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(..)")
    }
}

impl Keys {
    /// A fixed key, for unit tests.
    #[cfg(test)]
    pub fn for_tests() -> Keys {
        Keys {
            secret: vec![1u8; 32],
        }
    }

    /// Uses `override_key` when given (at least 32 characters), else the key
    /// stored in the database, creating it on first start. Instances racing
    /// to create it all end up with the one that was stored first.
    pub fn load(conn: &mut DbConnection, override_key: Option<&str>) -> Result<Keys, String> {
        if let Some(key) = override_key.map(str::trim).filter(|k| !k.is_empty()) {
            if key.len() < 32 {
                return Err("SECRET_KEY must be at least 32 characters".into());
            }
            return Ok(Keys {
                secret: key.as_bytes().to_vec(),
            });
        }
        let candidate = random_token();
        let row = (
            settings::key.eq(SECRET_SETTING),
            settings::value.eq(&candidate),
            settings::updated_at.eq(now()),
        );
        per_backend!(conn, |c| diesel::insert_into(settings::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c))
        .map_err(|e| format!("cannot store the secret key: {e}"))?;
        let stored: String = settings::table
            .find(SECRET_SETTING)
            .select(settings::value)
            .first(conn)
            .map_err(|e| format!("cannot read the secret key: {e}"))?;
        Ok(Keys {
            secret: stored.into_bytes(),
        })
    }

    fn mac(&self, purpose: &str) -> HmacSha256 {
        let mut mac = match HmacSha256::new_from_slice(&self.secret) {
            Ok(m) => m,
            // HMAC takes keys of any length.
            Err(_) => unreachable!("HMAC accepts any key length"),
        };
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac
    }

    /// A keyed hash for `purpose` (e.g. a client address for rate limits).
    pub fn keyed_hash(&self, purpose: &str, value: &str) -> String {
        let mut mac = self.mac(purpose);
        mac.update(value.as_bytes());
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    /// The raw bytes of a keyed hash.
    pub fn keyed_hash_bytes(&self, purpose: &str, value: &str) -> Vec<u8> {
        let mut mac = self.mac(purpose);
        mac.update(value.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    /// Checks raw keyed-hash bytes in constant time.
    pub fn verify_keyed_hash_bytes(&self, purpose: &str, value: &str, claimed: &[u8]) -> bool {
        let mut mac = self.mac(purpose);
        mac.update(value.as_bytes());
        mac.verify_slice(claimed).is_ok()
    }
}

/// 256 random bits, URL-safe.
pub fn random_token() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored for a token: its SHA-256, so a database leak yields no
/// usable links.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_distinct() {
        let a = random_token();
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_token());
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }

    #[test]
    fn keyed_hashes_verify_only_their_own_value() {
        let keys = Keys {
            secret: b"0123456789abcdef0123456789abcdef".to_vec(),
        };
        let h = keys.keyed_hash_bytes("csrf", "cookie");
        assert!(keys.verify_keyed_hash_bytes("csrf", "cookie", &h));
        assert!(!keys.verify_keyed_hash_bytes("csrf", "other", &h));
        assert!(!keys.verify_keyed_hash_bytes("ip", "cookie", &h));
        assert!(!keys.verify_keyed_hash_bytes("csrf", "cookie", b"garbage!"));
        assert_ne!(
            keys.keyed_hash("csrf", "cookie"),
            keys.keyed_hash("ip", "cookie")
        );
    }
}
