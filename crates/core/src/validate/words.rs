//! Word-level helpers shared by the rules: normalisation, word splitting,
//! verb and formula detection, snippets and a small stable hash.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::words::normalize_parted_into;
pub(crate) use crate::words::{fold, fold_char, is_word_char, normalize_into};

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

/// [`normalize`](crate::words::normalize) of a directive into `out`, replacing what it held, and
/// how long the normalised form of its first clause is (see
/// [`ends_clause`]), found in the same walk.
pub(crate) fn normalize_clause_into(text: &str, out: &mut String) -> usize {
    normalize_parted_into(text, out, |b, at| ends_clause(text, b, at))
}

/// Whether the ASCII byte `b` at offset `at` of a directive ends its
/// first clause: a `;` or `:`, or a `.` that ends a sentence (followed by
/// whitespace and a capital letter, or by nothing). Dots of initials and
/// numbers (`С.В. принять`, `1.2`) do not end a clause.
fn ends_clause(text: &str, b: u8, at: usize) -> bool {
    match b {
        b';' | b':' => true,
        b'.' => ends_sentence(text, at),
        _ => false,
    }
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

/// Nouns and numerals that end like infinitives. Words that are also
/// verbs of directives are left out (`вести учёт`, `знать и соблюдать`);
/// `есть`, `печь` and `мести` stay, as in these texts they are rather
/// `there is`, an oven and revenge.
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
    // Every infinitive ending ends in `ь`, `и` or `я`: most words are
    // turned away by their last two bytes, before counting their chars.
    if !matches!(
        word.as_bytes().get(word.len().saturating_sub(2)..),
        Some([0xD1, 0x8C] | [0xD0, 0xB8] | [0xD1, 0x8F])
    ) || (word.len() < 16 && word.chars().count() < 4)
    {
        return false;
    }
    // A hyphenated word is judged by its last part.
    if let Some(hyphen) = word.bytes().rposition(|b| b == b'-') {
        return is_infinitive(word.get(hyphen + 1..).unwrap_or_default());
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

/// Nouns whose dative or prepositional case ends like a plural
/// imperative (`по защите`, `на сайте`, `о дефиците`). Shorter ones
/// (`ките`, `элите`, `плите`) are turned away by their length.
const NOT_IMPERATIVES: &[&str] = &[
    "защите",
    "орбите",
    "волоките",
    "кредите",
    "лимите",
    "визите",
    "транзите",
    "депозите",
    "аппетите",
    "алфавите",
    "граните",
    "магните",
    "зените",
    "реквизите",
    "аудите",
    "дефиците",
    "профиците",
    "паразите",
    "эрудите",
    "бисквите",
    "динамите",
    "сайте",
    "альте",
];

/// Whether a folded word is a second-person plural imperative
/// (`обеспечьте`, `организуйте`, `проведите`, `примите`). Only asked of
/// the opening word of a directive, where the plural forms in `-ите` are
/// imperatives unless they are one of [`NOT_IMPERATIVES`].
fn is_imperative(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("те") else {
        return false;
    };
    let form = match stem.chars().last() {
        Some('ь' | 'й') => stem.chars().count() > 2,
        Some('и') => stem.chars().count() > 3,
        _ => false,
    };
    form && !NOT_IMPERATIVES.contains(&word)
}

/// What the first clause of a directive (see [`ends_clause`]) says
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

impl ClauseFacts {
    /// Takes in the next word of a first clause in normalised form (folded
    /// words joined by single spaces, so runs of spaces, line breaks and
    /// punctuation between the words of a formula, `принять  к сведению`,
    /// do not hide it; a hyphenated word counts as its parts): `rest` is
    /// the clause from that word on, `first` whether it opens the clause.
    fn take_word(&mut self, word: &str, rest: &str, first: bool) {
        if !self.noting {
            self.noting = head(rest).is_some_and(|h| NOTING_HEADS.contains(&h))
                && NOTING_PHRASES.iter().any(|p| rest.starts_with(p));
        }
        if !self.has_verb {
            self.has_verb = is_infinitive(word)
                || DIRECTIVE_OPENERS.contains(&word)
                || (first && is_imperative(word));
        }
    }
}

/// What one walk over the words of a normalised text finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordFacts {
    /// What its first clause says about its form.
    pub clause: ClauseFacts,
    /// Some word speaks of reducing something (see [`REDUCTION_STEMS`]).
    pub reduction: bool,
}

/// One walk over the words of `normalized` (folded words joined by single
/// spaces, see [`normalize`](crate::words::normalize)): the [`ClauseFacts`] of its first
/// `clause_len` bytes (the first clause, see [`ends_clause`]), whether any
/// word is a reduction word, and the [`hash_bytes`] of every word, in
/// order, into `hashes` (cleared first), hashed as the walk goes.
pub(crate) fn scan_words(normalized: &str, clause_len: usize, hashes: &mut Vec<u64>) -> WordFacts {
    hashes.clear();
    let clause = normalized.get(..clause_len).unwrap_or_default();
    let mut facts = WordFacts::default();
    let mut visit = |start: usize, end: usize, hash: u64| {
        hashes.push(hash);
        let word = normalized.get(start..end).unwrap_or_default();
        if !facts.reduction {
            facts.reduction = is_reduction_word(word);
        }
        if start < clause.len() && !(facts.clause.has_verb && facts.clause.noting) {
            let rest = clause.get(start..).unwrap_or_default();
            facts.clause.take_word(word, rest, start == 0);
        }
    };
    let mut start = 0;
    let mut hash = FNV_OFFSET;
    for (i, &b) in normalized.as_bytes().iter().enumerate() {
        if b == b' ' {
            if i > start {
                visit(start, i, hash);
            }
            start = i + 1;
            hash = FNV_OFFSET;
        } else {
            hash = fnv_step(hash, b);
        }
    }
    if normalized.len() > start {
        visit(start, normalized.len(), hash);
    }
    facts
}

/// Word stems that mark a reduction target (`снизить`, `сокращение`), so
/// staged targets may fall.
const REDUCTION_STEMS: &[&str] = &["сниж", "сниз", "сокращ", "сократ", "уменьш"];

/// The first letters of [`REDUCTION_STEMS`]: words starting otherwise are
/// turned away by their first two bytes, without comparing stems.
const REDUCTION_INITIALS: [[u8; 2]; 2] = [[0xD1, 0x81], [0xD1, 0x83]];

/// Whether a folded word starts with a reduction stem.
fn is_reduction_word(word: &str) -> bool {
    word.as_bytes()
        .get(..2)
        .is_some_and(|initial| REDUCTION_INITIALS.iter().any(|i| i == initial))
        && REDUCTION_STEMS.iter().any(|s| word.starts_with(s))
}

/// [`ClauseFacts`] of the first clause of `text`.
#[cfg(test)]
fn clause_facts_of(text: &str) -> ClauseFacts {
    let mut normalized = String::new();
    let len = normalize_clause_into(text, &mut normalized);
    scan_words(&normalized, len, &mut Vec::new()).clause
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

/// The first four bytes of each of [`NOTING_PHRASES`] (two letters, or
/// `к с…`): texts opening otherwise are turned away without comparing
/// phrases.
const NOTING_HEADS: [u32; NOTING_PHRASES.len()] = {
    let mut heads = [0; NOTING_PHRASES.len()];
    let mut i = 0;
    while i < heads.len() {
        let b = NOTING_PHRASES[i].as_bytes();
        heads[i] = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        i += 1;
    }
    heads
};

/// The first four bytes of `text` as one number, if it has four.
fn head(text: &str) -> Option<u32> {
    let bytes: [u8; 4] = text.as_bytes().get(..4)?.try_into().ok()?;
    Some(u32::from_le_bytes(bytes))
}

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
            "вести",
            "знать",
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
            "есть",
            "мести",
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
        assert!(has_verb("вести мониторинг занятости детей"));
        assert!(has_verb("Вести учёт обучающихся"));
        assert!(!has_verb(
            "охвата детей дополнительным образованием до 75 %"
        ));
        assert!(!has_verb("разработку программ; обеспечить контроль"));
        assert!(!has_verb("в течение 2020/2021 учебного года:"));
    }

    #[test]
    fn plural_imperatives_in_ite_open_a_directive() {
        for text in [
            "Проведите мониторинг занятости детей",
            "Примите участие в конкурсе",
            "Рассмотрите вопрос на педсовете",
            "Внесите изменения в программу",
            "Обратите внимание на адаптацию первоклассников",
            "Решите вопрос о подвозе",
            "ОБЕСПЕЧЬТЕ охват",
        ] {
            assert!(has_verb(text), "{text}");
        }
    }

    #[test]
    fn nouns_and_adjectives_in_ite_are_not_imperatives() {
        for text in [
            "Защите прав детей особое внимание",
            "Сайте школы новый раздел",
            "Ките и дельфине рассказ",
            "Элите района почёт",
            "Дефиците кадров в школах",
            "Открытые уроки в школах района",
            "Ответственные за профилактику",
        ] {
            assert!(!has_verb(text), "{text}");
        }
        for word in ["идите", "ките", "сайте", "аудите", "проведите", "усильте"]
        {
            let expected = matches!(word, "проведите" | "усильте");
            assert_eq!(is_imperative(word), expected, "{word}");
        }
    }

    #[test]
    fn clause_ends_at_sentence_not_at_initials() {
        let clause = |text: &str| {
            let mut normalized = String::new();
            let len = normalize_clause_into(text, &mut normalized);
            normalized.get(..len).unwrap_or_default().to_owned()
        };
        assert_eq!(
            clause("Информацию С.В. принять. Далее"),
            "информацию с в принять"
        );
        assert_eq!(clause("пункт 1.2 выполнить"), "пункт 1 2 выполнить");
        assert_eq!(
            clause("Принять к сведению: обеспечить"),
            "принять к сведению"
        );
        assert_eq!(clause("контроль; итог. выполнить."), "контроль");
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
    fn reduction_initials_cover_every_stem() {
        for stem in REDUCTION_STEMS {
            let initial = stem.as_bytes().get(..2);
            assert!(
                REDUCTION_INITIALS.iter().any(|i| Some(&i[..]) == initial),
                "{stem}"
            );
        }
        assert!(is_reduction_word("снизить") && !is_reduction_word("обеспечить"));
    }

    #[test]
    fn finds_reduction_words_anywhere() {
        for (text, expected) in [
            ("снизить долю", true),
            ("обеспечить сокращение очередей", true),
            ("обеспечить рост", false),
            ("сотрудничество со школами", false),
            ("", false),
            ("высокое уменьшение", true),
            ("несокращаемый", false),
            ("с", false),
        ] {
            assert_eq!(
                scan_words(text, 0, &mut Vec::new()).reduction,
                expected,
                "{text}"
            );
            assert_eq!(text.split(' ').any(is_reduction_word), expected, "{text}");
        }
    }

    #[test]
    fn noting_heads_are_the_openings_of_the_phrases() {
        for (phrase, &expected) in NOTING_PHRASES.iter().zip(&NOTING_HEADS) {
            assert_eq!(head(phrase), Some(expected), "{phrase}");
        }
        assert_eq!(head("а"), None);
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
            let mut found = vec![7];
            scan_words(text, text.len(), &mut found);
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
