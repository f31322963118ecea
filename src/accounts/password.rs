//! Password hashing (argon2id) and the password policy.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;

/// Shortest password accepted.
pub const MIN_LEN: usize = 12;
/// Longest password accepted (long passphrases are welcome; this only
/// bounds the hashing work per request).
pub const MAX_LEN: usize = 1024;

/// zxcvbn's score (0 to 4) a new password needs: 3 is "safely
/// unguessable" (about 10^10 guesses), enough behind argon2id and the
/// sign-in limits.
pub const MIN_SCORE: u8 = 3;
/// Strength is estimated on the first characters only: the estimator's
/// work grows fast with length, and a passphrase whose first 100
/// characters are strong stays strong.
const ESTIMATE_CHARS: usize = 100;

/// OWASP's recommended argon2id parameters: 19 MiB, 2 passes, 1 lane.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string.
pub fn hash(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("password hashing failed: {e}"))
}

/// Checks a password against a stored hash.
pub fn verify(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends the same effort as a real check, for accounts that do not exist,
/// so response time does not tell whether an address has an account.
pub fn verify_dummy(password: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let stored =
        DUMMY.get_or_init(|| hash("not a real password, never matches").unwrap_or_default());
    let _ = verify(password, stored);
}

/// Why a new password is refused, as a translation key.
pub fn policy_problem(password: &str, email: &str) -> Option<&'static str> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Some("password-too-short");
    }
    if len > MAX_LEN {
        return Some("password-too-long");
    }
    let lower = password.to_lowercase();
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if lower == email.to_lowercase() || (!local.is_empty() && lower == local) {
        return Some("password-is-email");
    }
    let head: String = password.chars().take(ESTIMATE_CHARS).collect();
    let score: u8 = zxcvbn::zxcvbn(&head, &[email, &local]).score().into();
    if score < MIN_SCORE {
        return Some("password-too-common");
    }
    None
}

/// [`hash`] on the blocking pool (argon2 takes memory and time).
pub async fn hash_off_thread(password: String) -> Result<String, crate::error::AppError> {
    actix_web::web::block(move || hash(&password))
        .await?
        .map_err(crate::error::AppError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let h = hash("a long enough passphrase").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("a long enough passphrase", &h));
        assert!(!verify("a long enough passphrasE", &h));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn policy_refuses_short_common_and_email_passwords() {
        assert_eq!(
            policy_problem("short", "a@b.org"),
            Some("password-too-short")
        );
        assert_eq!(
            policy_problem("Password1234", "a@b.org"),
            Some("password-too-common")
        );
        assert_eq!(
            policy_problem("aaaaaaaaaaaaaaaa", "a@b.org"),
            Some("password-too-common")
        );
        assert_eq!(
            policy_problem("coordinator@ngo.org", "coordinator@ngo.org"),
            Some("password-is-email")
        );
        assert_eq!(
            policy_problem(&"x".repeat(2000), "a@b.org"),
            Some("password-too-long")
        );
        // Long enough but guessable: words and digits everybody uses.
        for weak in [
            "Password12345!",
            "qwertyuiop123",
            "iloveyou2025!",
            "coordinator2025",
            "abcabcabcabcabc",
        ] {
            assert_eq!(
                policy_problem(weak, "coordinator@ngo.org"),
                Some("password-too-common"),
                "{weak}"
            );
        }
        assert_eq!(policy_problem("tibet solidarity geneva", "a@b.org"), None);
        // 1,024 characters are accepted, and judged quickly.
        let long = "geneva solidarity tibet hong kong uyghur ".repeat(26);
        assert_eq!(policy_problem(&long[..1024], "a@b.org"), None);
    }
}
