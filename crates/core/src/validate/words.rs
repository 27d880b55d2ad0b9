//! Word-level helpers shared by the rules: normalisation, word splitting,
//! verb and formula detection, snippets and a small stable hash.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

#[cfg(test)]
use crate::words::normalize_marked;
pub(crate) use crate::words::{fold, fold_char, is_word_char, normalize, normalize_marked_into};

/// Words of `text` with their byte ranges: runs of letters and digits,
/// with inner hyphens kept (`естественно-научной`, `75-летия`).
pub(crate) fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = loop {
            let (word, len) = word_char_at(text, at)?;
            if word {
                break at;
            }
            at += len;
        };
        loop {
            match word_char_at(text, at) {
                Some((true, len)) => at += len,
                Some((false, 1))
                    if text.as_bytes().get(at) == Some(&b'-')
                        && matches!(word_char_at(text, at + 1), Some((true, _))) =>
                {
                    at += 1;
                }
                _ => break,
            }
        }
        text.get(start..at).map(|w| (start..at, w))
    })
}

/// Whether the char at byte `at` of `text` is a word char (see
/// [`is_word_char`]), with its UTF-8 length; `None` at the end. ASCII and
/// the two-byte Cyrillic block (U+0400–U+047F, all letters) are judged
/// from their first byte, without decoding.
fn word_char_at(text: &str, at: usize) -> Option<(bool, usize)> {
    let byte = *text.as_bytes().get(at)?;
    match byte {
        0x00..=0x7F => Some((byte.is_ascii_alphanumeric(), 1)),
        0xD0 | 0xD1 => Some((true, 2)),
        _ => {
            let c = text.get(at..)?.chars().next()?;
            Some((is_word_char(c), c.len_utf8()))
        }
    }
}

/// Byte offset where the first clause of a directive ends: at `;` or `:`,
/// or at a `.` that ends a sentence (followed by whitespace and a capital
/// letter, or by nothing). Dots of initials and numbers (`С.В. принять`,
/// `1.2`) do not end a clause.
pub(crate) fn first_clause_end(text: &str) -> usize {
    // The marks are ASCII, so a byte search finds exactly their chars.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(offset) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|b| matches!(b, b';' | b':' | b'.')))
    {
        let i = from + offset;
        if bytes.get(i) != Some(&b'.') || ends_sentence(text, i) {
            return i;
        }
        from = i + 1;
    }
    text.len()
}

/// Whether the `.` at byte `dot` ends a sentence: nothing but whitespace
/// after it, or whitespace and a capital letter.
fn ends_sentence(text: &str, dot: usize) -> bool {
    let rest = text.get(dot + 1..).unwrap_or_default();
    let trimmed = rest.trim_start();
    if trimmed.is_empty() {
        return true;
    }
    let spaced = trimmed.len() < rest.len();
    spaced && trimmed.chars().next().is_some_and(char::is_uppercase)
}

/// Nouns and numerals that end like infinitives.
const NOT_INFINITIVES: &[&str] = &[
    "часть",
    "власть",
    "область",
    "страсть",
    "участь",
    "честь",
    "весть",
    "совесть",
    "повесть",
    "шесть",
    "есть",
    "сеть",
    "треть",
    "путь",
    "суть",
    "мать",
    "печать",
    "тетрадь",
    "кровать",
    "смерть",
    "четверть",
    "нефть",
    "ртуть",
    "плоть",
    "пять",
    "девять",
    "десять",
    "опять",
    "знать",
    "рать",
    "зять",
    "благодать",
    "ночь",
    "дочь",
    "речь",
    "печь",
    "желчь",
    "мелочь",
    "полночь",
    "шести",
    "пути",
    "сети",
    "чести",
    "вести",
    "мести",
    "части",
    "власти",
    "области",
    "кости",
    "гости",
    "трети",
];

/// Whether a folded word is an infinitive (`обеспечить`, `провести`,
/// `привлечь`, `заниматься`, `обратиться`, `увлечься`).
pub(crate) fn is_infinitive(word: &str) -> bool {
    if word.chars().count() < 4 {
        return false;
    }
    let hyphen_free = word.rsplit('-').next().unwrap_or(word);
    if hyphen_free != word {
        return is_infinitive(hyphen_free);
    }
    // The exceptions all end like infinitives: look them up only then.
    infinitive_ending(word) && !NOT_INFINITIVES.contains(&word)
}

/// Whether a folded word ends like an infinitive.
fn infinitive_ending(word: &str) -> bool {
    if ["ться", "тись", "чься"].iter().any(|e| word.ends_with(e)) {
        return true;
    }
    if word.ends_with("ть") {
        return !(word.ends_with("ость") || word.ends_with("дцать"));
    }
    if word.ends_with("ти") {
        return ["сти", "зти", "йти", "дти"]
            .iter()
            .any(|e| word.ends_with(e))
            && !word.ends_with("ости")
            && !word.ends_with("асти");
    }
    word.ends_with("чь")
}

/// Words that open a directive without being infinitives: impersonal
/// formulas and the noting/approving formulas of protocols.
const DIRECTIVE_OPENERS: &[&str] = &[
    "рекомендуется",
    "предлагается",
    "поручается",
    "необходимо",
    "следует",
    "надлежит",
];

/// Whether a folded word is a second-person imperative (`обеспечьте`,
/// `организуйте`).
fn is_imperative(word: &str) -> bool {
    word.chars().count() > 4 && (word.ends_with("ьте") || word.ends_with("йте"))
}

/// What the first clause of a directive (see [`first_clause_end`]) says
/// about its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct ClauseFacts {
    /// The clause carries the verb of a directive: an infinitive anywhere
    /// in it (so leading adverbials like `в целях …`, `до 20 сентября 2019
    /// года`, `совместно с …` and an object placed first, `Информацию …
    /// принять к сведению`, are fine), an imperative opening word, or an
    /// impersonal formula (`рекомендуется`, `необходимо`).
    pub has_verb: bool,
    /// The clause is a noting or approving formula (`Информацию … принять
    /// к сведению`, `Утвердить план …`, `Работу … признать
    /// удовлетворительной`).
    pub noting: bool,
}

/// [`ClauseFacts`] of a first clause in normalised form (see
/// [`normalize_marked`] and [`first_clause_end`]): folded words joined by
/// single spaces, so runs of spaces, line breaks and punctuation between
/// the words of a formula (`принять  к сведению`) do not hide it. A
/// hyphenated word counts as its parts.
pub(crate) fn clause_facts(clause: &str) -> ClauseFacts {
    let mut facts = ClauseFacts::default();
    let mut start = 0;
    let mut first = true;
    while let Some(rest) = clause.get(start..) {
        if !facts.noting {
            facts.noting = rest.starts_with(NOTING_INITIALS)
                && NOTING_PHRASES.iter().any(|p| rest.starts_with(p));
        }
        let end = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
        if !facts.has_verb {
            let word = rest.get(..end).unwrap_or_default();
            facts.has_verb = is_infinitive(word)
                || DIRECTIVE_OPENERS.contains(&word)
                || (first && is_imperative(word));
        }
        if facts.has_verb && facts.noting {
            break;
        }
        first = false;
        start += end + 1;
    }
    facts
}

/// [`ClauseFacts`] of the first clause of `text`.
#[cfg(test)]
fn clause_facts_of(text: &str) -> ClauseFacts {
    let (normalized, len) = normalize_marked(text, first_clause_end(text));
    clause_facts(normalized.get(..len).unwrap_or_default())
}

/// Whether the first clause of `text` carries the verb of a directive
/// (see [`ClauseFacts::has_verb`]).
#[cfg(test)]
pub(crate) fn has_verb(text: &str) -> bool {
    clause_facts_of(text).has_verb
}

/// Phrases of directives that note or approve rather than order; they need
/// neither an addressee nor a deadline.
const NOTING_PHRASES: &[&str] = &[
    "к сведению",
    "принять к исполнению",
    "принять к руководству",
    "утвердить",
    "одобрить",
    "считать",
    "признать",
    "отметить",
    "согласиться",
];

/// The first letters of [`NOTING_PHRASES`]: words starting otherwise are
/// skipped without comparing phrases.
const NOTING_INITIALS: &[char] = &['к', 'п', 'у', 'о', 'с'];

/// Whether `text` is a noting or approving formula (see
/// [`ClauseFacts::noting`]).
#[cfg(test)]
pub(crate) fn is_noting(text: &str) -> bool {
    clause_facts_of(text).noting
}

/// The opening of `text` for quoting in a message: whole words up to about
/// 60 characters, with `…` when cut.
pub(crate) fn snippet(text: &str) -> String {
    const LIMIT: usize = 60;
    let text = text.trim();
    // One walk finds both whether the text is short and where to cut it.
    let Some((cut, _)) = text.char_indices().nth(LIMIT) else {
        return text.to_owned();
    };
    let head = text.get(..cut).unwrap_or(text);
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > LIMIT / 2 => head.get(..space).unwrap_or(head),
        _ => head,
    };
    let head = head.trim_end_matches([',', ';', ':', ' ']);
    let mut out = String::with_capacity(head.len() + '…'.len_utf8());
    out.push_str(head);
    out.push('…');
    out
}

/// FNV-1a, 64 bit: a small stable hash for cache keys and shingles (the
/// standard hasher is randomly seeded per process).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |hash, &b| fnv_step(hash, b))
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

/// Calls `visit` with the [`hash_bytes`] of every space-separated word of
/// `text`, in order, hashing as it scans (no search for each space).
pub(crate) fn for_each_word_hash(text: &str, mut visit: impl FnMut(u64)) {
    let mut hash = FNV_OFFSET;
    let mut in_word = false;
    for &b in text.as_bytes() {
        if b == b' ' {
            if in_word {
                visit(hash);
            }
            hash = FNV_OFFSET;
            in_word = false;
        } else {
            hash = fnv_step(hash, b);
            in_word = true;
        }
    }
    if in_word {
        visit(hash);
    }
}

/// A stable hash of a whole text, eight bytes per step: the key that
/// groups equal normalised texts ([`hash_bytes`] takes a multiplication
/// per byte, which is slow on whole texts).
pub(crate) fn hash_text(bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    let mut hash = bytes.len() as u64;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = mix(hash, u64::from_le_bytes(word));
    }
    let mut tail = [0u8; 8];
    for (slot, &b) in tail.iter_mut().zip(chunks.remainder()) {
        *slot = b;
    }
    mix(hash, u64::from_le_bytes(tail))
}

/// Hasher for keys that already are well-mixed 64-bit hashes (text hashes,
/// band keys): uses them as they are.
#[derive(Default)]
pub(crate) struct U64Hasher(u64);

impl Hasher for U64Hasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(bytes);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by 64-bit hashes.
pub(crate) type U64Map<V> = HashMap<u64, V, BuildHasherDefault<U64Hasher>>;

/// Mixes a hash with a seed (SplitMix64 finaliser): independent hash
/// functions for MinHash.
pub(crate) const fn mix(hash: u64, seed: u64) -> u64 {
    let mut z = hash ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_keeping_inner_hyphens() {
        let text = "с 75-летия - естественно-научной";
        let found: Vec<_> = words(text).map(|(_, w)| w).collect();
        assert_eq!(found, ["с", "75-летия", "естественно-научной"]);
        for (range, word) in words(text) {
            assert_eq!(text.get(range), Some(word));
        }
    }

    #[test]
    fn recognises_infinitives() {
        for w in [
            "обеспечить",
            "провести",
            "привлечь",
            "заниматься",
            "обратиться",
            "увлечься",
            "найти",
            "учесть",
            "внести",
        ] {
            assert!(is_infinitive(w), "{w}");
        }
        for w in [
            "деятельность",
            "деятельности",
            "области",
            "часть",
            "охвата",
            "разработку",
            "сеть",
            "двадцать",
            "пять",
            "ночь",
        ] {
            assert!(!is_infinitive(w), "{w}");
        }
    }

    #[test]
    fn finds_the_verb_in_the_first_clause() {
        assert!(has_verb("обеспечить реализацию программ"));
        assert!(has_verb("Принять участие в мероприятиях."));
        assert!(has_verb(
            "в целях эффективной работы центров до 20 сентября 2019 года обеспечить:"
        ));
        assert!(has_verb("совместно с ИМЦ организовать семинар"));
        assert!(has_verb("Информацию Петровой А.Н. принять к сведению."));
        assert!(has_verb("Обеспечьте охват"));
        assert!(has_verb("рекомендуется провести"));
        assert!(!has_verb(
            "охвата детей дополнительным образованием до 75 %"
        ));
        assert!(!has_verb("разработку программ; обеспечить контроль"));
        assert!(!has_verb("в течение 2020/2021 учебного года:"));
    }

    #[test]
    fn clause_ends_at_sentence_not_at_initials() {
        let text = "Информацию С.В. принять. Далее";
        assert_eq!(first_clause_end(text), text.find(". Д").unwrap_or(0));
        assert_eq!(
            first_clause_end("пункт 1.2 выполнить"),
            "пункт 1.2 выполнить".len()
        );
    }

    #[test]
    fn detects_noting_formulas() {
        assert!(is_noting("Информацию Ивановой И.И. принять к сведению."));
        assert!(is_noting("Утвердить план работы на 2021 год"));
        assert!(!is_noting("Обеспечить участие педагогов"));
        assert!(!is_noting("пересчитать показатели"));
    }

    #[test]
    fn noting_phrases_are_found_after_hyphens_and_in_capitals() {
        assert!(is_noting("Работу ПРИНЯТЬ К РУКОВОДСТВУ"));
        assert!(is_noting("северо-утвердить"));
        assert!(!is_noting("принять к руководств"));
        assert!(is_noting("Информацию принять  к\tсведению"));
        assert!(!is_noting("Обеспечить контроль; принять к сведению"));
    }

    #[test]
    fn byte_word_test_agrees_with_is_word_char() {
        for c in ('\u{0}'..='\u{800}').chain(['é', '中', '😀', '\u{2116}', 'Ⅻ']) {
            let text = c.to_string();
            assert_eq!(
                word_char_at(&text, 0),
                Some((is_word_char(c), c.len_utf8())),
                "{c:?}"
            );
        }
        assert_eq!(word_char_at("", 0), None);
    }

    #[test]
    fn noting_initials_cover_every_phrase() {
        for phrase in NOTING_PHRASES {
            let first = phrase.chars().next().unwrap_or(' ');
            assert!(NOTING_INITIALS.contains(&first), "{phrase}");
        }
    }

    #[test]
    fn snippets_cut_at_words() {
        assert_eq!(snippet(" короткий текст "), "короткий текст");
        let long =
            "обеспечить реализацию перечисленных направлений Национального проекта «Образование»";
        let s = snippet(long);
        assert!(s.ends_with('…'));
        assert!(s.chars().count() <= 61);
        assert!(long.starts_with(s.trim_end_matches('…')));
    }

    #[test]
    fn hash_is_stable_and_mix_spreads() {
        assert_eq!(hash_bytes(b"abc"), hash_bytes(b"abc"));
        assert_ne!(hash_bytes(b"abc"), hash_bytes(b"abd"));
        assert_ne!(mix(1, 1), mix(1, 2));
    }

    #[test]
    fn word_hashes_are_the_hashes_of_the_words() {
        for text in ["", " ", "учет детей", "  два  пробела ", "одно"] {
            let mut found = Vec::new();
            for_each_word_hash(text, |hash| found.push(hash));
            let expected: Vec<u64> = text
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| hash_bytes(w.as_bytes()))
                .collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn text_hash_tells_texts_apart() {
        let text = "обеспечить охват детей дополнительным образованием";
        assert_eq!(hash_text(text.as_bytes()), hash_text(text.as_bytes()));
        let hashes: Vec<u64> = [
            "",
            "a",
            "a\0",
            "abcdefgh",
            "abcdefgi",
            "abcdefghi",
            "abcdefghj",
            text,
        ]
        .iter()
        .map(|t| hash_text(t.as_bytes()))
        .collect();
        for (i, a) in hashes.iter().enumerate() {
            for b in hashes.iter().skip(i + 1) {
                assert_ne!(a, b);
            }
        }
    }
}
