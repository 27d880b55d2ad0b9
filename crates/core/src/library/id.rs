//! Identifiers of drafts in the library and of browser tabs. Both are short
//! strings made from a random seed the caller supplies, so the core stays
//! free of any source of randomness.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Lower-case Crockford base-32 digits (no `i`, `l`, `o`, `u`).
const DIGITS: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Longest id accepted from outside (an imported file, a stored record).
pub const MAX_ID_LEN: usize = 64;

/// Encodes `value` in `digits` base-32 characters, most significant first.
fn base32(mut value: u128, digits: usize) -> String {
    let mut out = vec![b'0'; digits];
    for slot in out.iter_mut().rev() {
        // The mask keeps the index below 32.
        *slot = DIGITS[(value & 31) as usize];
        value >>= 5;
    }
    out.into_iter().map(char::from).collect()
}

/// Whether `text` can serve as an id: 1 to [`MAX_ID_LEN`] ASCII lower-case
/// letters, digits or `-`.
fn is_valid_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_ID_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A draft in the library, e.g. `d-0123456789abcdefghjkmnpqrs`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DraftId(String);

impl DraftId {
    /// The id for a 128-bit random seed (26 base-32 digits after `d-`).
    pub fn from_seed(seed: u128) -> Self {
        DraftId(format!("d-{}", base32(seed, 26)))
    }

    /// Accepts an id read from outside when it has the allowed shape.
    pub fn parse(text: &str) -> Option<Self> {
        is_valid_id(text).then(|| DraftId(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One browser tab (or one store handle), e.g. `t-0123456789abc`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TabId(String);

impl TabId {
    /// The id for a 64-bit random seed (13 base-32 digits after `t-`).
    pub fn from_seed(seed: u64) -> Self {
        TabId(format!("t-{}", base32(u128::from(seed), 13)))
    }

    pub fn parse(text: &str) -> Option<Self> {
        is_valid_id(text).then(|| TabId(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An id of the wrong shape in stored or imported data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid id: {0:?}")]
pub struct InvalidId(pub String);

macro_rules! string_id_impls {
    ($name:ident) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidId;

            fn try_from(text: String) -> Result<Self, InvalidId> {
                if is_valid_id(&text) {
                    Ok($name(text))
                } else {
                    Err(InvalidId(text))
                }
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }
    };
}

string_id_impls!(DraftId);
string_id_impls!(TabId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_give_fixed_length_distinct_ids() {
        let a = DraftId::from_seed(0);
        let b = DraftId::from_seed(1);
        let c = DraftId::from_seed(u128::MAX);
        assert_eq!(a.as_str(), "d-00000000000000000000000000");
        assert_eq!(b.as_str(), "d-00000000000000000000000001");
        assert_eq!(c.as_str(), "d-7zzzzzzzzzzzzzzzzzzzzzzzzz");
        assert_eq!(TabId::from_seed(u64::MAX).as_str(), "t-fzzzzzzzzzzzz");
        assert_ne!(TabId::from_seed(7), TabId::from_seed(8));
    }

    #[test]
    fn parse_accepts_only_safe_shapes() {
        assert!(DraftId::parse("d-abc").is_some());
        assert!(DraftId::parse("").is_none());
        assert!(DraftId::parse("D-ABC").is_none());
        assert!(DraftId::parse("d/../x").is_none());
        assert!(DraftId::parse("<script>").is_none());
        assert!(DraftId::parse(&"a".repeat(MAX_ID_LEN + 1)).is_none());
    }

    #[test]
    fn serde_round_trips_and_rejects_bad_ids() {
        let id = DraftId::from_seed(42);
        let json = serde_json::to_string(&id).expect("serializes");
        assert_eq!(json, format!("\"{id}\""));
        let back: DraftId = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, id);
        assert!(serde_json::from_str::<DraftId>("\"a b\"").is_err());
        assert!(serde_json::from_str::<TabId>("\"\"").is_err());
    }
}
