//! What a rule reports: a [`Diagnostic`] with its code, severity, exact
//! location and the data its message is built from.

use std::ops::Range;
use std::sync::Arc;

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use super::analysis::Analysis;
use super::code::RuleCode;
use super::rules;
use crate::ids::{AgendaItemId, DirectiveId, ParagraphId, SectionId};
use crate::locale::Locale;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document is wrong as it stands (an impossible date, no kind).
    Error,
    /// Probably wrong or incomplete; the author should look.
    Warning,
    /// For reviewers; nothing to fix necessarily.
    Info,
}

impl Severity {
    pub fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Severity::Error, Locale::Ru) => "ошибка",
            (Severity::Warning, Locale::Ru) => "предупреждение",
            (Severity::Info, Locale::Ru) => "замечание",
            (Severity::Error, Locale::En) => "error",
            (Severity::Warning, Locale::En) => "warning",
            (Severity::Info, Locale::En) => "info",
        }
    }
}

/// A field of the document header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeaderField {
    Kind,
    Number,
    Organization,
    Meeting,
    Topic,
    AdoptedOn,
    Place,
    Approval,
}

/// Exactly where a finding is: which node, and for directive text
/// optionally which bytes of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Location {
    /// A header field; `range` is a byte range into that field's text.
    Header {
        field: HeaderField,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        range: Option<Range<usize>>,
    },
    /// A preamble paragraph (the offending text is in the diagnostic's
    /// `text` argument).
    Preamble { paragraph: ParagraphId },
    /// A section's addressee line (or the section as a whole when it has
    /// no addressee).
    Section { section: SectionId },
    /// A section's run-in lead (`обеспечить:`); `range` is a byte range
    /// into the lead.
    SectionLead {
        section: SectionId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        range: Option<Range<usize>>,
    },
    /// A directive or sub-item; `range` is a byte range into its text.
    Directive {
        directive: DirectiveId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        range: Option<Range<usize>>,
    },
    /// A protocol agenda item.
    AgendaItem { item: AgendaItemId },
}

impl Location {
    pub fn header(field: HeaderField) -> Self {
        Location::Header { field, range: None }
    }

    pub fn directive(directive: DirectiveId) -> Self {
        Location::Directive {
            directive,
            range: None,
        }
    }

    pub fn directive_range(directive: DirectiveId, range: Range<usize>) -> Self {
        Location::Directive {
            directive,
            range: Some(range),
        }
    }
}

/// Named values a message is built from: the offending text, dates,
/// numbers. Keys are fixed per rule (see each rule's file); values are
/// ready to print. Values are shared strings, so texts cached with a
/// directive's analysis are not copied into every diagnostic, or short
/// strings kept in place (see [`ArgValue`]).
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Args {
    /// The first [`INLINE_ARGS`] values, in the order they were added:
    /// kept in place, so a finding allocates nothing for them.
    inline: [Option<(&'static str, ArgValue)>; INLINE_ARGS],
    /// Any further values.
    more: Vec<(&'static str, ArgValue)>,
}

/// How many values [`Args`] keeps in place: as many as any rule sets.
const INLINE_ARGS: usize = 4;

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) `key`.
    pub fn with(mut self, key: &'static str, value: impl Into<ArgValue>) -> Self {
        let value = value.into();
        let mut slots = self.inline.iter_mut().flatten().chain(self.more.iter_mut());
        if let Some(slot) = slots.find(|(k, _)| *k == key) {
            slot.1 = value;
            return self;
        }
        match self.inline.iter_mut().find(|slot| slot.is_none()) {
            Some(free) => *free = Some((key, value)),
            None => self.more.push((key, value)),
        }
        self
    }

    /// The value of `key`, or the empty string when the rule did not set it.
    pub fn get(&self, key: &str) -> &str {
        self.iter().find(|(k, _)| *k == key).map_or("", |(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.entries().map(|(k, v)| (*k, v.as_str()))
    }

    fn entries(&self) -> impl Iterator<Item = &(&'static str, ArgValue)> {
        self.inline.iter().flatten().chain(&self.more)
    }
}

impl std::fmt::Debug for Args {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Args")
            .field(&self.entries().collect::<Vec<_>>())
            .finish()
    }
}

/// Bytes a value can have and still be kept in place.
const INLINE_BYTES: usize = 22;

/// One value of [`Args`]: a shared string, a short one (a percentage, a
/// date, `yes`) kept in place, or the opening of an analysed text, made on
/// first read: most diagnostics allocate nothing for their values, and a
/// quote is made only for the messages that are shown. Compares, hashes
/// and prints as the string it holds.
#[derive(Clone)]
pub struct ArgValue(Repr);

#[derive(Clone)]
enum Repr {
    Shared(Arc<str>),
    Inline { len: u8, bytes: [u8; INLINE_BYTES] },
    Snippet(Arc<Analysis>),
}

impl ArgValue {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Shared(text) => text,
            Repr::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
            Repr::Snippet(analysis) => analysis.snippet(),
        }
    }

    /// The opening of the text `analysis` was made from, for quoting in a
    /// message (see [`Analysis::snippet`]).
    pub(crate) fn snippet_of(analysis: &Arc<Analysis>) -> Self {
        Self(Repr::Snippet(Arc::clone(analysis)))
    }

    /// `text` in place when it is short enough.
    fn inline(text: &str) -> Option<Self> {
        let mut bytes = [0u8; INLINE_BYTES];
        bytes
            .get_mut(..text.len())?
            .copy_from_slice(text.as_bytes());
        let len = u8::try_from(text.len()).ok()?;
        Some(Self(Repr::Inline { len, bytes }))
    }
}

impl From<&str> for ArgValue {
    fn from(text: &str) -> Self {
        Self::inline(text).unwrap_or_else(|| Self(Repr::Shared(Arc::from(text))))
    }
}

impl From<String> for ArgValue {
    fn from(text: String) -> Self {
        Self::inline(&text).unwrap_or_else(|| Self(Repr::Shared(Arc::from(text))))
    }
}

impl From<u32> for ArgValue {
    /// The decimal digits of `n`, kept in place.
    fn from(n: u32) -> Self {
        let mut digits = [0u8; 10];
        let mut start = digits.len();
        let mut rest = n;
        loop {
            start -= 1;
            if let Some(slot) = digits.get_mut(start) {
                *slot = b'0' + (rest % 10) as u8;
            }
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let text = std::str::from_utf8(digits.get(start..).unwrap_or_default()).unwrap_or("0");
        Self::from(text)
    }
}

impl From<Arc<str>> for ArgValue {
    fn from(text: Arc<str>) -> Self {
        Self(Repr::Shared(text))
    }
}

impl PartialEq for ArgValue {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ArgValue {}

impl std::hash::Hash for ArgValue {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl std::fmt::Debug for ArgValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for Args {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries().count()))?;
        for (key, value) in self.entries() {
            map.serialize_entry(key, value.as_str())?;
        }
        map.end()
    }
}

/// One finding of one rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    pub code: RuleCode,
    pub severity: Severity,
    pub location: Location,
    /// Other places involved: the first copy of a duplicate, the earlier
    /// section with the same addressee, the earlier stage of a target.
    #[serde(skip_serializing_if = "Related::is_empty")]
    pub related: Related,
    pub args: Args,
}

/// The other places a finding points at (the earlier copy of a
/// duplicate, the number before a gap), in order: the first is kept in
/// place, so the findings that point at one place allocate nothing for
/// it. Serialises as a list.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Related {
    first: Option<Location>,
    more: Vec<Location>,
}

impl Related {
    pub fn iter(&self) -> impl Iterator<Item = &Location> {
        self.first.iter().chain(&self.more)
    }

    pub fn first(&self) -> Option<&Location> {
        self.first.as_ref()
    }

    pub fn len(&self) -> usize {
        usize::from(self.first.is_some()) + self.more.len()
    }

    pub fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    fn push(&mut self, location: Location) {
        match self.first {
            None => self.first = Some(location),
            Some(_) => self.more.push(location),
        }
    }
}

impl std::fmt::Debug for Related {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Related {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<const N: usize> PartialEq<[Location; N]> for Related {
    fn eq(&self, other: &[Location; N]) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Diagnostic {
    /// A diagnostic with the rule's default severity.
    pub fn new(code: RuleCode, location: Location, args: Args) -> Self {
        Self {
            code,
            severity: code.severity(),
            location,
            related: Related::default(),
            args,
        }
    }

    pub fn with_related(mut self, location: Location) -> Self {
        self.related.push(location);
        self
    }

    /// The human-readable message, naming the offending text.
    pub fn message(&self, locale: Locale) -> String {
        rules::message(self.code, &self.args, locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_values_read_back_alike() {
        let long = "обеспечить охват детей дополнительным образованием";
        for text in ["", "yes", "01.09.2019", "ровно двадцать два б", long] {
            let args = Args::new()
                .with("a", text)
                .with("b", text.to_owned())
                .with("c", Arc::<str>::from(text));
            assert_eq!(
                (args.get("a"), args.get("b"), args.get("c")),
                (text, text, text)
            );
            assert_eq!(ArgValue::from(text), ArgValue::from(Arc::<str>::from(text)));
            assert_eq!(format!("{:?}", ArgValue::from(text)), format!("{text:?}"));
        }
        assert!(matches!(ArgValue::from("yes").0, Repr::Inline { .. }));
        for n in [0, 7, 10, 99, 100, 4_294_967_295] {
            assert_eq!(ArgValue::from(n).as_str(), n.to_string());
        }
        assert!(matches!(ArgValue::from(long).0, Repr::Shared(_)));
    }

    #[test]
    fn snippets_are_quoted_when_read() {
        use crate::extract::ExtractContext;
        use crate::validate::analysis::{Role, Scratch};
        let text = "  обеспечить участие педагогов в региональном конкурсе профессионального мастерства «Педагог года»";
        let analysis = Arc::new(Analysis::of(
            text,
            &ExtractContext::default(),
            Role::Directive,
            &mut Scratch::default(),
        ));
        let value = ArgValue::snippet_of(&analysis);
        let expected = crate::validate::words::snippet(text);
        assert_eq!(value.as_str(), expected);
        assert!(value.as_str().ends_with('…') && value.as_str().starts_with("обеспечить"));
        assert_eq!(value, ArgValue::from(expected.clone()));
        assert_eq!(format!("{value:?}"), format!("{expected:?}"));
        assert_eq!(Args::new().with("text", value).get("text"), expected);
    }

    #[test]
    fn args_replace_and_default_to_empty() {
        let args = Args::new().with("text", "a").with("text", "b");
        assert_eq!(args.get("text"), "b");
        assert_eq!(args.get("missing"), "");
        assert_eq!(args.iter().count(), 1);
    }

    #[test]
    fn args_beyond_the_inline_ones_keep_their_order() {
        let keys = ["a", "b", "c", "d", "e", "f"];
        let args = keys
            .iter()
            .fold(Args::new(), |args, &k| args.with(k, k))
            .with("e", "replaced");
        let read: Vec<_> = args.iter().collect();
        assert_eq!(
            read,
            [
                ("a", "a"),
                ("b", "b"),
                ("c", "c"),
                ("d", "d"),
                ("e", "replaced"),
                ("f", "f")
            ]
        );
        assert_eq!(args.get("f"), "f");
        let json = serde_json::to_value(&args).unwrap_or_default();
        assert_eq!(json["e"], "replaced");
        assert_eq!(json.as_object().map(|o| o.len()), Some(6));
        assert_eq!(args.clone(), args);
        assert_ne!(args, Args::new().with("a", "a"));
    }

    #[test]
    fn related_places_read_and_serialise_as_a_list() {
        let mut d = Diagnostic::new(
            RuleCode::NumberingGap,
            Location::directive(DirectiveId(3)),
            Args::new(),
        );
        assert!(d.related.is_empty());
        assert!(serde_json::to_value(&d).unwrap_or_default()["related"].is_null());
        d = d
            .with_related(Location::directive(DirectiveId(1)))
            .with_related(Location::directive(DirectiveId(2)));
        assert_eq!(d.related.len(), 2);
        assert_eq!(
            d.related.first(),
            Some(&Location::directive(DirectiveId(1)))
        );
        assert_eq!(
            d.related,
            [
                Location::directive(DirectiveId(1)),
                Location::directive(DirectiveId(2))
            ]
        );
        let json = serde_json::to_value(&d).unwrap_or_default();
        assert_eq!(json["related"][1]["directive"], 2);
        assert_eq!(format!("{:?}", d.related).matches("range").count(), 2);
    }

    #[test]
    fn serializes_location_and_args() {
        let d = Diagnostic::new(
            RuleCode::ImpossibleDate,
            Location::directive_range(DirectiveId(7), 3..10),
            Args::new().with("text", "31 июня"),
        );
        let json = serde_json::to_value(&d).unwrap_or_default();
        assert_eq!(json["code"], "RES105");
        assert_eq!(json["severity"], "error");
        assert_eq!(json["location"]["at"], "directive");
        assert_eq!(json["location"]["directive"], 7);
        assert_eq!(json["location"]["range"]["start"], 3);
        assert_eq!(json["args"]["text"], "31 июня");
    }
}
