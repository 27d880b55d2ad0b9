//! Stable rule codes. A code never changes meaning once released; retired
//! codes are not reused. See the table in the module documentation.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::diagnostic::Severity;

macro_rules! rule_codes {
    ($($variant:ident = $code:literal, $slug:literal, $severity:ident;)*) => {
        /// A validation rule. `as_str()` gives the stable code (`RES105`),
        /// `slug()` a readable name (`impossible-date`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleCode {
            $($variant,)*
        }

        impl RuleCode {
            pub const ALL: &'static [RuleCode] = &[$(RuleCode::$variant,)*];

            /// The stable code, e.g. `RES105`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleCode::$variant => $code,)*
                }
            }

            /// A readable kebab-case name, e.g. `impossible-date`.
            pub fn slug(self) -> &'static str {
                match self {
                    $(RuleCode::$variant => $slug,)*
                }
            }

            /// The severity this rule reports with.
            pub fn severity(self) -> Severity {
                match self {
                    $(RuleCode::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

rule_codes! {
    MissingKind = "RES101", "missing-kind", Error;
    MissingTopic = "RES102", "missing-topic", Warning;
    MissingDate = "RES103", "missing-date", Error;
    UnparseableDate = "RES104", "unparseable-date", Error;
    ImpossibleDate = "RES105", "impossible-date", Error;
    MissingAddressee = "RES201", "missing-addressee", Error;
    AddresseeNotDative = "RES202", "addressee-not-dative", Info;
    EmptySection = "RES203", "empty-section", Warning;
    RepeatedAddressee = "RES204", "repeated-addressee", Warning;
    EmptyDirective = "RES301", "empty-directive", Error;
    NoVerb = "RES302", "no-verb", Warning;
    DuplicateDirective = "RES303", "duplicate-directive", Warning;
    NearDuplicateDirective = "RES304", "near-duplicate-directive", Warning;
    MissingDeadline = "RES401", "missing-deadline", Warning;
    DeadlineBeforeAdoption = "RES402", "deadline-before-adoption", Error;
    AcademicYearNotConsecutive = "RES403", "academic-year-not-consecutive", Error;
    DeadlinePassed = "RES404", "deadline-passed", Info;
    YearRangeReversed = "RES405", "year-range-reversed", Error;
    DeadlineWithoutYear = "RES406", "deadline-without-year", Warning;
    PercentOver100 = "RES501", "percent-over-100", Error;
    StagedTargetFalls = "RES502", "staged-target-falls", Warning;
    NumberingGap = "RES601", "numbering-gap", Warning;
    NumberingRepeat = "RES602", "numbering-repeat", Warning;
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Text that is neither a rule code nor a rule slug.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule code «{0}»")]
pub struct UnknownRuleCode(pub String);

impl FromStr for RuleCode {
    type Err = UnknownRuleCode;

    /// Accepts the code (`RES105`, any case) or the slug (`impossible-date`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        RuleCode::ALL
            .iter()
            .copied()
            .find(|code| code.as_str().eq_ignore_ascii_case(s) || code.slug() == s)
            .ok_or_else(|| UnknownRuleCode(s.to_owned()))
    }
}

impl Serialize for RuleCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_slugs_are_unique() {
        let codes: HashSet<_> = RuleCode::ALL.iter().map(|c| c.as_str()).collect();
        let slugs: HashSet<_> = RuleCode::ALL.iter().map(|c| c.slug()).collect();
        assert_eq!(codes.len(), RuleCode::ALL.len());
        assert_eq!(slugs.len(), RuleCode::ALL.len());
    }

    #[test]
    fn parses_code_or_slug() {
        for &code in RuleCode::ALL {
            assert_eq!(code.as_str().parse(), Ok(code));
            assert_eq!(code.slug().parse(), Ok(code));
        }
        assert_eq!("res105".parse(), Ok(RuleCode::ImpossibleDate));
        assert!("RES999".parse::<RuleCode>().is_err());
    }

    #[test]
    fn serde_round_trip() {
        let json = serde_json::to_string(&RuleCode::NoVerb).unwrap_or_default();
        assert_eq!(json, "\"RES302\"");
        let back: Option<RuleCode> = serde_json::from_str(&json).ok();
        assert_eq!(back, Some(RuleCode::NoVerb));
    }
}
