//! UI and message locales: Russian (default) and English.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The language of messages and interface text. Russian is the default: the
/// documents themselves are Russian and so are most of their authors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    Ru,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Ru, Locale::En];

    /// The short code used in settings, URLs and JSON: `ru` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ru => "ru",
            Locale::En => "en",
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A locale name that is neither `ru` nor `en`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown locale «{0}»: expected `ru` or `en`")]
pub struct UnknownLocale(pub String);

impl FromStr for Locale {
    type Err = UnknownLocale;

    /// Accepts `ru`/`en` in any case, with an optional region (`ru-RU`,
    /// `en_GB`), as browsers report them.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let trimmed = s.trim();
        let language = trimmed
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "ru" => Ok(Locale::Ru),
            "en" => Ok(Locale::En),
            _ => Err(UnknownLocale(trimmed.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_russian() {
        assert_eq!(Locale::default(), Locale::Ru);
    }

    #[test]
    fn parses_codes_and_regions() {
        assert_eq!("ru".parse(), Ok(Locale::Ru));
        assert_eq!(" EN ".parse(), Ok(Locale::En));
        assert_eq!("ru-RU".parse(), Ok(Locale::Ru));
        assert_eq!("en_GB".parse(), Ok(Locale::En));
        assert_eq!("de".parse::<Locale>(), Err(UnknownLocale("de".to_owned())));
    }

    #[test]
    fn serde_uses_short_codes() {
        assert_eq!(
            serde_json::to_string(&Locale::En).ok().as_deref(),
            Some("\"en\"")
        );
        let back: Result<Locale, _> = serde_json::from_str("\"ru\"");
        assert_eq!(back.ok(), Some(Locale::Ru));
    }

    #[test]
    fn display_round_trips() {
        for locale in Locale::ALL {
            assert_eq!(locale.to_string().parse(), Ok(locale));
        }
    }
}
