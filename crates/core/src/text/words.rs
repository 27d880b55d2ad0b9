//! Word-level heuristics for Russian administrative text: dative
//! addressees, infinitives, person names (`Горяченкова О.А.`) and
//! case-insensitive keyword prefixes.

use std::borrow::Cow;

use crate::date::lower_char;
use crate::extract::{extract, ExtractContext};
use crate::words::is_word_char;

/// The first whitespace-separated word of `s`.
pub(crate) fn first_word(s: &str) -> &str {
    s.split(char::is_whitespace).next().unwrap_or_default()
}

pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Letters of `word` with punctuation trimmed from both ends
/// ([`is_word_char`] is `char::is_alphanumeric` with fast paths for
/// Cyrillic and ASCII).
fn letters(word: &str) -> &str {
    word.trim_matches(|c: char| !is_word_char(c))
}

/// Ends a sentence or a list item: `.`, `;`, `:`, `!`, `?`, `…`.
pub(crate) fn ends_terminal(s: &str) -> bool {
    s.ends_with(['.', ';', ':', '!', '?', '…'])
}

/// Lower-cases ASCII and Cyrillic into `out` (reused buffer).
pub(crate) fn lower_into(s: &str, out: &mut String) {
    out.clear();
    out.extend(s.chars().map(crate::date::lower_char));
}

/// Byte length of `prefix` at the start of `s`, compared case-insensitively
/// (ASCII and Cyrillic), or `None`.
pub(crate) fn strip_prefix_ci(s: &str, prefix: &str) -> Option<usize> {
    // `lower_char` keeps every char's UTF-8 length, so a match takes
    // exactly as many bytes of `s` as `prefix` has.
    let head = s.get(..prefix.len())?;
    head.chars()
        .zip(prefix.chars())
        .all(|(c, p)| lower_char(c) == lower_char(p))
        .then_some(prefix.len())
}

/// Like [`strip_prefix_ci`] but the prefix must be a whole word.
pub(crate) fn strip_word_ci(s: &str, word: &str) -> Option<usize> {
    let n = strip_prefix_ci(s, word)?;
    let next = s[n..].chars().next();
    next.is_none_or(|c| !c.is_alphanumeric()).then_some(n)
}

/// Labels that look like acronyms but are not addressees.
const LABELS: [&str; 8] = [
    "РЕШИЛИ",
    "СЛУШАЛИ",
    "ПОВЕСТКА",
    "РЕШИЛ",
    "РЕШЕНИЕ",
    "ИТОГИ",
    "ПРИКАЗ",
    "ПОСТАНОВИЛИ",
];

/// Could `word` open an addressee in the dative case: `Управлению`,
/// `Руководителям`, `Образовательным`, `Администрации`, `Директору`,
/// `Главе`, or an organisation acronym such as `МКУ`, `МБОУ`, `ОО`?
pub(crate) fn is_dative_head(word: &str) -> bool {
    let w = letters(word);
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || !is_cyrillic(first) {
        return false;
    }
    let count = w.chars().count();
    if is_acronym(w) {
        return (2..=6).contains(&count) && !LABELS.contains(&w);
    }
    if count < 4 {
        return false;
    }
    const SINGULAR_ENDINGS: [&str; 7] = ["ому", "ему", "ию", "ии", "ту", "ру", "ю"];
    const WORDS: [&str; 6] = [
        "Главе",
        "Отделу",
        "Комитету",
        "Центру",
        "Совету",
        "Начальнику",
    ];
    WORDS.contains(&w)
        || PLURAL_DATIVE_ENDINGS
            .iter()
            .chain(&SINGULAR_ENDINGS)
            .any(|e| w.ends_with(e))
        || w.ends_with("нику")
}

/// Endings of plural datives: `Руководителям`, `Образовательным`.
const PLURAL_DATIVE_ENDINGS: [&str; 4] = ["ам", "ям", "ым", "им"];

/// All capitals (and hyphens): `МКУ`, `МБОУ-СОШ`.
fn is_acronym(word: &str) -> bool {
    word.chars().all(|c| c.is_uppercase() || c == '-')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4FF}')
}

/// Nouns that end like infinitives.
const NOT_INFINITIVES: [&str; 12] = [
    "сеть",
    "путь",
    "суть",
    "печать",
    "мать",
    "знать",
    "треть",
    "медь",
    "нить",
    "рать",
    "плеть",
    "тетрадь",
];

/// Is `word` (with punctuation trimmed) an infinitive: `обеспечить`,
/// `провести`, `помочь`, `активизироваться`?
pub(crate) fn is_infinitive(word: &str) -> bool {
    let w = letters(word);
    if w.chars().count() < 4 {
        return false;
    }
    // Most words are in lower case already: lower-cased into a copy only
    // when they are not.
    let lower: Cow<str> = if w.chars().all(|c| lower_char(c) == c) {
        Cow::Borrowed(w)
    } else {
        let mut lower = String::with_capacity(w.len());
        lower_into(w, &mut lower);
        Cow::Owned(lower)
    };
    if NOT_INFINITIVES.contains(&lower.as_ref())
        || lower.ends_with("ость")
        || lower.ends_with("асть")
    {
        return false;
    }
    ["ть", "ти", "чь", "ться", "тись"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// An addressee line `Управлению образования …:` or the run-in form
/// `Руководителям ОО обеспечить:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AddresseeSplit {
    /// End of the addressee text.
    pub addressee_end: usize,
    /// Byte range of the run-in lead (`обеспечить`), if any.
    pub lead: Option<(usize, usize)>,
    /// Position of the final colon.
    pub colon: usize,
}

/// Longest addressee line accepted, in characters.
const MAX_ADDRESSEE_CHARS: usize = 320;

/// Recognises an addressee line (see [`AddresseeSplit`]).
pub(crate) fn addressee_split(text: &str) -> Option<AddresseeSplit> {
    if !text.ends_with(':') {
        return None;
    }
    split_addressee(text, is_dative_head(first_word(text)))
}

/// [`addressee_split`] for an addressee written in lower case
/// (`2. руководителям общеобразовательных организаций:`), which the caller
/// accepts only on a numbered line: the head must be unmistakably dative
/// (see [`SINGULAR_DATIVE_HEADS`]).
pub(crate) fn lower_addressee_split(text: &str) -> Option<AddresseeSplit> {
    if !text.ends_with(':') {
        return None;
    }
    let head = first_word(text);
    let mut chars = head.chars();
    let lower = chars.next().filter(|c| c.is_lowercase());
    let capitalised = lower.map(|c| c.to_uppercase().chain(chars).collect::<String>());
    split_addressee(text, capitalised.is_some_and(|h| is_inline_dative_head(&h)))
}

/// Words without which an addressee line holds no deadline phrase, so
/// the extractor is not run on the usual `Руководителям образовательных
/// организаций:`.
const DEADLINE_HINTS: [&str; 8] = [
    " до ",
    " к ",
    " в ",
    " с ",
    " не позднее",
    "постоянно",
    "ежегодно",
    "ежеквартально",
];

/// Where a deadline written into an addressee line starts, with a `в
/// срок` or `в сроки` before it: `Руководителям ОО в срок до 1 марта 2024
/// года:`. The deadline then goes to the section's lead, which covers the
/// section's directives.
fn deadline_start(text: &str) -> Option<usize> {
    if !DEADLINE_HINTS.iter().any(|hint| text.contains(hint)) {
        return None;
    }
    let found = extract(text, &ExtractContext::default());
    let start = found.deadlines.first()?.range.start;
    let before = text.get(..start)?.trim_end();
    let with_label = ["в срок", "в сроки"].iter().find_map(|label| {
        let at = before.len().checked_sub(label.len())?;
        let tail = before.get(at..)?;
        let word_start = before.get(..at)?.ends_with(char::is_whitespace);
        (word_start && strip_word_ci(tail, label).is_some()).then_some(at)
    });
    Some(with_label.unwrap_or(start))
}

fn split_addressee(text: &str, head_ok: bool) -> Option<AddresseeSplit> {
    let colon = text.len().checked_sub(1)?;
    if !text.ends_with(':') || !head_ok {
        return None;
    }
    if text.len() > MAX_ADDRESSEE_CHARS * 2 && text.chars().count() > MAX_ADDRESSEE_CHARS {
        return None;
    }
    let body = text[..colon].trim_end();
    let mut lead_start = None;
    let mut rest = body;
    while let Some(space) = rest.rfind(char::is_whitespace) {
        let word = rest[space..].trim_start();
        if !is_infinitive(word) || word.starts_with(char::is_uppercase) {
            break;
        }
        lead_start = Some(rest.len() - word.len());
        rest = rest[..space].trim_end();
    }
    if let Some(at) = deadline_start(rest).filter(|&at| at > 0) {
        lead_start = Some(at);
        rest = rest[..at].trim_end();
    }
    let addressee_end = rest.len();
    if addressee_end == 0 {
        return None;
    }
    Some(AddresseeSplit {
        addressee_end,
        lead: lead_start.map(|s| (s, body.len())),
        colon,
    })
}

/// Most words an addressee written in line with its first directive may
/// take before the directive's verb: `Управлению образования
/// администрации района (Иванова И.И.) обеспечить …`.
const MAX_INLINE_ADDRESSEE_WORDS: usize = 16;

/// Singular dative heads that cannot be read as accusatives; plural
/// datives (`Руководителям`, `Образовательным`) and acronyms (`ОО`) are
/// recognised by their form. `Информацию`, `Работу` (accusatives that end
/// like datives) open noting formulas, not addressees.
const SINGULAR_DATIVE_HEADS: [&str; 16] = [
    "Управлению",
    "Отделу",
    "Комитету",
    "Центру",
    "Совету",
    "Директору",
    "Начальнику",
    "Заместителю",
    "Заведующему",
    "Руководителю",
    "Председателю",
    "Специалисту",
    "Методисту",
    "Главе",
    "Администрации",
    "Учреждению",
];

/// An addressee written in line with its directive, without a colon:
/// `Руководителям ОО обеспечить участие …`, `Управлению образования
/// организовать мониторинг …`. Returns the end of the addressee and the
/// start of the directive (its verb). The head must be unmistakably
/// dative (see [`SINGULAR_DATIVE_HEADS`]) and a lower-case infinitive must
/// follow within [`MAX_INLINE_ADDRESSEE_WORDS`] words.
pub(crate) fn inline_addressee(text: &str) -> Option<(usize, usize)> {
    if text.ends_with(':') || !is_inline_dative_head(first_word(text)) {
        return None;
    }
    let mut offset = 0;
    for (index, word) in text.split_inclusive(char::is_whitespace).enumerate() {
        let bare = word.trim_end();
        if index > MAX_INLINE_ADDRESSEE_WORDS {
            return None;
        }
        if index > 0 && !starts_upper(bare) && is_infinitive(bare) {
            let addressee_end = text.get(..offset)?.trim_end().len();
            return Some((addressee_end, offset));
        }
        offset += word.len();
    }
    None
}

/// A first word that can only be a dative: a plural dative, an acronym or
/// one of [`SINGULAR_DATIVE_HEADS`].
fn is_inline_dative_head(word: &str) -> bool {
    if !is_dative_head(word) {
        return false;
    }
    let w = letters(word);
    is_acronym(w)
        || PLURAL_DATIVE_ENDINGS.iter().any(|e| w.ends_with(e))
        || SINGULAR_DATIVE_HEADS.contains(&w)
}

/// Number of initials in `token` (`О.А.` → 2, `О.` → 1, `И.В` → 2), or 0
/// when it is not a group of initials.
fn initials(token: &str) -> usize {
    let mut chars = token.chars();
    let mut groups = 0;
    loop {
        match chars.next() {
            None => return groups,
            Some(c) if c.is_uppercase() && is_cyrillic(c) && groups < 3 => {
                groups += 1;
                match chars.next() {
                    Some('.') => {}
                    None if groups > 1 => return groups,
                    _ => return 0,
                }
            }
            Some(_) => return 0,
        }
    }
}

/// Is `token` a capitalised Cyrillic surname: `Горяченкова`, `Петров-Водкин`?
fn is_surname(token: &str) -> bool {
    let mut chars = token.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_uppercase() && is_cyrillic(c));
    let mut rest = 0;
    let mut after_hyphen = false;
    for c in chars {
        let ok = c == '-'
            || (is_cyrillic(c) && (c.is_lowercase() || (after_hyphen && c.is_uppercase())));
        if !ok {
            return false;
        }
        after_hyphen = c == '-';
        rest += 1;
    }
    first_ok && rest >= 2 && !after_hyphen
}

/// Byte length of a person name at the start of `s` (`Душакову И.В.`,
/// `О. А. Горяченкова`), excluding punctuation that follows it.
pub(crate) fn leading_person_name(s: &str) -> Option<usize> {
    let mut tokens: [(&str, usize); 3] = [("", 0); 3];
    let mut pos = 0;
    let mut count = 0;
    for word in s.split_inclusive(char::is_whitespace) {
        if count == 3 {
            break;
        }
        let trimmed = word.trim_end();
        if trimmed.is_empty() {
            pos += word.len();
            continue;
        }
        let core = trimmed.trim_end_matches([',', ';', ':']);
        tokens[count] = (core, pos + core.len());
        count += 1;
        pos += word.len();
    }
    let end = |n: usize| tokens[n - 1].1;
    let [a, b, c] = tokens.map(|(t, _)| t);
    if is_surname(a) {
        match (initials(b), initials(c)) {
            (1, 1) => Some(end(3)),
            (n, _) if n > 0 => Some(end(2)),
            _ => None,
        }
    } else {
        match (initials(a), initials(b), is_surname(b), is_surname(c)) {
            (1, 1, _, true) => Some(end(3)),
            (n, _, true, _) if n > 0 => Some(end(2)),
            _ => None,
        }
    }
}

/// Is the whole of `s` a person name?
pub(crate) fn is_person_name(s: &str) -> bool {
    leading_person_name(s) == Some(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dative_heads() {
        for w in [
            "Управлению",
            "Руководителям",
            "Образовательным",
            "Администрации",
            "МКУ",
            "Специалистам",
            "Директору",
            "Главе",
        ] {
            assert!(is_dative_head(w), "{w}");
        }
        for w in [
            "Участники",
            "Указа",
            "В",
            "РЕШИЛИ",
            "созданию",
            "По",
            "РЕКОМЕНДАЦИИ",
        ] {
            assert!(!is_dative_head(w), "{w}");
        }
    }

    #[test]
    fn addressees_and_run_in_leads() {
        let t = "Руководителям образовательных организаций обеспечить:";
        let s = addressee_split(t).expect("addressee");
        assert_eq!(
            &t[..s.addressee_end],
            "Руководителям образовательных организаций"
        );
        let (a, b) = s.lead.expect("lead");
        assert_eq!(&t[a..b], "обеспечить");
        let t = "МКУ «Муниципальный орган управления образования»:";
        let s = addressee_split(t).expect("addressee");
        assert_eq!(s.lead, None);
        assert_eq!(
            &t[..s.addressee_end],
            "МКУ «Муниципальный орган управления образования»"
        );
        assert!(addressee_split("Участники совещания отметили участие по:").is_none());
        assert!(addressee_split("Информацию принять к сведению.").is_none());
    }

    #[test]
    fn infinitives() {
        for w in [
            "обеспечить",
            "провести",
            "помочь",
            "вести",
            "Принять",
            "активизироваться",
        ] {
            assert!(is_infinitive(w), "{w}");
        }
        for w in ["деятельность", "сеть", "часть", "района", "на"] {
            assert!(!is_infinitive(w), "{w}");
        }
    }

    #[test]
    fn person_names() {
        assert!(is_person_name("Горяченкова О.А."));
        assert!(is_person_name("О.А. Горяченкова"));
        assert!(is_person_name("Горяченкова О. А."));
        assert!(!is_person_name("Комитет по образованию"));
        let s = "Душакову И.В. , которая рассказала";
        assert_eq!(leading_person_name(s), Some("Душакову И.В.".len()));
        let s = "Дементьеву С.В., которая";
        assert_eq!(leading_person_name(s), Some("Дементьеву С.В.".len()));
        assert_eq!(leading_person_name("Далее Ирина Вячеславовна"), None);
    }

    #[test]
    fn case_insensitive_prefixes() {
        assert_eq!(
            strip_prefix_ci("СЛУШАЛИ: x", "слушали"),
            Some("СЛУШАЛИ".len())
        );
        assert_eq!(
            strip_word_ci("Протокол №4", "протокол"),
            Some("Протокол".len())
        );
        assert_eq!(strip_word_ci("Протоколы", "протокол"), None);
    }

    #[test]
    fn case_insensitive_prefixes_agree_with_char_by_char_lowering() {
        let by_chars = |s: &str, prefix: &str| {
            let lower = |t: &str| t.chars().map(crate::date::lower_char).collect::<Vec<_>>();
            let (s_chars, p_chars) = (lower(s), lower(prefix));
            s_chars.starts_with(&p_chars).then(|| {
                s.char_indices()
                    .nth(p_chars.len())
                    .map_or(s.len(), |(n, _)| n)
            })
        };
        let texts = [
            "",
            "С",
            "слушали",
            "СЛУШАЛИ:",
            "Слушалии",
            "Sлушали",
            "ЁЛКА",
            "ѐлка",
            "a",
        ];
        let prefixes = ["", "слушали", "ёлка", "Ѐлка", "А", "a", "ab"];
        for s in texts {
            for prefix in prefixes {
                assert_eq!(
                    strip_prefix_ci(s, prefix),
                    by_chars(s, prefix),
                    "{s:?} {prefix:?}"
                );
            }
        }
    }
}
