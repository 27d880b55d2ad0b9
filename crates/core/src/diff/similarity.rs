//! Normalised text and word-bag similarity, used to pair nodes whose ids do
//! not correspond.
//!
//! Normalisation keeps only letters and digits, lower-cased, with `ё` read
//! as `е`; punctuation, quotes, dashes and spacing are ignored. Two texts are
//! *similar* when the Dice coefficient of their normalised word multisets,
//! `2·|A ∩ B| / (|A| + |B|)`, is at least [`SIMILARITY_THRESHOLD`].

use std::collections::HashMap;

use crate::words::{common_sorted, fold_char, is_word_char};

/// Dice coefficient at or above which two texts count as versions of the
/// same node. At 0.5 a ten-word directive may have half its words replaced
/// (a new deadline and a reworded object) and still pair with its old
/// version, while two different directives that merely share the opening
/// verb and a stock phrase (`обеспечить … образовательных организаций`) stay
/// apart.
pub const SIMILARITY_THRESHOLD: f64 = 0.5;

/// `c` lower-cased with `ё` read as `е`, or `None` when it is not a letter
/// or digit.
fn fold(c: char) -> Option<char> {
    is_word_char(c).then(|| fold_char(c))
}

/// Calls `each` with every normalised word of `text` (see the module
/// documentation), reusing one buffer.
fn for_each_word(text: &str, word: &mut String, mut each: impl FnMut(&str)) {
    word.clear();
    for c in text.chars() {
        match fold(c) {
            Some(folded) => word.push(folded),
            None if !word.is_empty() => {
                each(word);
                word.clear();
            }
            None => {}
        }
    }
    if !word.is_empty() {
        each(word);
        word.clear();
    }
}

/// A text prepared for matching: its normalised form (for equality) and
/// its word bag (for similarity).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Analysed {
    pub(crate) normalized: String,
    pub(crate) bag: Bag,
}

/// Gives each distinct normalised word a number.
#[derive(Default)]
pub(crate) struct Vocabulary {
    numbers: HashMap<String, u32>,
    word: String,
}

impl Vocabulary {
    /// The normalised form and the word bag of all `texts` together.
    pub(crate) fn analyse<'t>(&mut self, texts: impl IntoIterator<Item = &'t str>) -> Analysed {
        let mut normalized = String::new();
        let mut ids = Vec::new();
        let mut word = std::mem::take(&mut self.word);
        for text in texts {
            for_each_word(text, &mut word, |w| {
                if !normalized.is_empty() {
                    normalized.push(' ');
                }
                normalized.push_str(w);
                let next = self.numbers.len() as u32;
                let id = match self.numbers.get(w) {
                    Some(&id) => id,
                    None => {
                        self.numbers.insert(w.to_owned(), next);
                        next
                    }
                };
                ids.push(id);
            });
        }
        self.word = word;
        ids.sort_unstable();
        Analysed {
            normalized,
            bag: Bag(ids),
        }
    }
}

/// A sorted multiset of word numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Bag(pub(crate) Vec<u32>);

impl Bag {
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Distinct word numbers, in order.
    pub(crate) fn distinct(&self) -> impl Iterator<Item = u32> + '_ {
        let mut last = None;
        self.0.iter().copied().filter(move |&w| {
            let fresh = last != Some(w);
            last = Some(w);
            fresh
        })
    }

    /// Dice coefficient of the two multisets; two empty bags are identical.
    pub(crate) fn dice(&self, other: &Bag) -> f64 {
        let total = self.0.len() + other.0.len();
        if total == 0 {
            return 1.0;
        }
        let common = common_sorted(&self.0, &other.0);
        2.0 * common as f64 / total as f64
    }

    pub(crate) fn similar(&self, other: &Bag) -> bool {
        self.dice(other) >= SIMILARITY_THRESHOLD
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::normalize;

    #[test]
    fn normalisation_ignores_case_punctuation_and_yo() {
        assert_eq!(
            normalize("Обеспечить  «Точку роста» — до 1 сентября; ЁЛКА"),
            "обеспечить точку роста до 1 сентября елка"
        );
        assert_eq!(normalize(" ,; "), "");
        assert_eq!(normalize("Straße ÉCOLE №5"), "straße école 5");
    }

    #[test]
    fn dice_of_changed_deadline_is_high() {
        let mut vocabulary = Vocabulary::default();
        let old = vocabulary
            .analyse(["обеспечить охват детей до 1 октября 2024 года"])
            .bag;
        let new = vocabulary
            .analyse(["обеспечить охват детей до 15 ноября 2024 года"])
            .bag;
        let other = vocabulary
            .analyse(["провести семинар для заместителей директоров"])
            .bag;
        assert!(old.similar(&new));
        assert!((old.dice(&new) - 0.75).abs() < 1e-9);
        assert!(!old.similar(&other));
        assert_eq!(Bag::default().dice(&Bag::default()), 1.0);
    }

    #[test]
    fn distinct_skips_repeats() {
        let mut vocabulary = Vocabulary::default();
        let bag = vocabulary.analyse(["и и в и"]).bag;
        assert_eq!(bag.distinct().count(), 2);
    }
}
