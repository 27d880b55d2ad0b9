//! Property tests: `extract` never panics, and every range it returns is a
//! valid char-boundary slice of the input, sorted and non-overlapping per
//! kind; target links point at existing deadlines.

use std::ops::Range;

use proptest::prelude::*;
use resolution_core::date::parse_date;
use resolution_core::extract::{char_range, extract, utf16_range, ExtractContext};

/// Words and symbols the scanner reacts to, mixed with noise.
const VOCAB: &[&str] = &[
    "до",
    "к",
    "концу",
    "конца",
    "в",
    "во",
    "течение",
    "период",
    "на",
    "с",
    "по",
    "не",
    "менее",
    "более",
    "ниже",
    "свыше",
    "позднее",
    "Срок",
    "исполнения",
    ":",
    "постоянно",
    "ежегодно",
    "сентября",
    "феврале",
    "(февраль)",
    "квартала",
    "I",
    "IV",
    "первого",
    "полугодия",
    "года",
    "году",
    "г.",
    "гг.",
    "годах",
    "годы",
    "учебного",
    "учебном",
    "уч.",
    "2019",
    "2020",
    "2024",
    "2019/2020",
    "2019-2021",
    "2019–2024",
    "31.12.2019",
    "25. 02.2022",
    "30.02.2020",
    "31",
    "0",
    "20",
    "73",
    "12,5",
    "99999999999",
    "999999999999999999999999",
    "%",
    "процентов",
    "педагогов",
    "лет",
    "Указ",
    "Указом",
    "Президента",
    "РФ",
    "от",
    "№",
    "204",
    "273-ФЗ",
    "Федеральный",
    "закон",
    "«",
    "»",
    ",",
    ";",
    ".",
    "-",
    "–",
    "\n",
    "открыты",
    "составляет",
    "😀",
    "é",
    "\u{0}",
    "ё",
    "Ё",
    "І",
    "\u{2028}",
    "N",
];

fn vocab_text() -> impl Strategy<Value = String> {
    prop::collection::vec((0..VOCAB.len(), prop::bool::ANY), 0..40).prop_map(|parts| {
        let mut text = String::new();
        for (index, glue) in parts {
            if !glue {
                text.push(' ');
            }
            text.push_str(VOCAB.get(index).copied().unwrap_or(""));
        }
        text
    })
}

fn check_ranges<'a>(text: &str, ranges: impl Iterator<Item = &'a Range<usize>>) {
    let mut last_end = 0;
    for range in ranges {
        assert!(range.start <= range.end, "{range:?} in {text:?}");
        assert!(range.end <= text.len(), "{range:?} in {text:?}");
        assert!(text.is_char_boundary(range.start), "{range:?} in {text:?}");
        assert!(text.is_char_boundary(range.end), "{range:?} in {text:?}");
        assert!(range.start >= last_end, "overlap at {range:?} in {text:?}");
        assert!(text.get(range.clone()).is_some());
        last_end = range.end;
        let chars = char_range(text, range.clone());
        let units = utf16_range(text, range.clone());
        assert!(chars.start <= chars.end && units.start <= units.end);
        assert!(chars.end <= units.end);
    }
}

fn check(text: &str, year: Option<i32>) {
    let found = extract(
        text,
        &ExtractContext {
            default_year: year,
            adopted_on: None,
        },
    );
    check_ranges(text, found.deadlines.iter().map(|d| &d.range));
    check_ranges(text, found.targets.iter().map(|t| &t.range));
    check_ranges(text, found.references.iter().map(|r| &r.range));
    for r in &found.references {
        if let Some(title) = &r.title {
            assert!(text.get(title.clone()).is_some());
        }
    }
    for t in &found.targets {
        if let Some(k) = t.deadline {
            assert!(k < found.deadlines.len());
        }
        let _ = (t.describe_ru(), t.describe_en());
    }
    for d in &found.deadlines {
        assert!(!text[d.range.clone()].trim().is_empty());
        let _ = (
            d.value.describe_ru(),
            d.value.describe_en(),
            d.value.due(),
            d.value.start(),
        );
    }
    let _ = parse_date(text);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_unicode(text in any::<String>(), year in prop::option::of(any::<i32>())) {
        check(&text, year);
    }

    #[test]
    fn never_panics_on_phrase_soup(text in vocab_text(), year in prop::option::of(-3i32..12000)) {
        check(&text, year);
    }

    #[test]
    fn range_helpers_never_panic(text in any::<String>(), a in 0usize..200, b in 0usize..200) {
        let chars = char_range(&text, a..b);
        let units = utf16_range(&text, a..b);
        prop_assert!(chars.start <= chars.end);
        prop_assert!(units.start <= units.end);
        prop_assert!(chars.end <= text.chars().count());
    }
}

#[test]
fn extreme_inputs() {
    for text in [
        "до 99999999999 %",
        "до 0 сентября",
        "до 99 сентября 99999 года",
        "в 9999-10000 годах",
        "до конца 9999 года",
        "к концу 0001 года",
        "до 0001 года",
        "с 1 января 1000 г.",
        "«««««»",
        "»»»«",
        "Указ от №",
        "Указ от 31.02.2020 №",
        "№№№ 1",
    ] {
        check(text, Some(2019));
        check(text, None);
        check(text, Some(i32::MIN));
        check(text, Some(i32::MAX));
    }
    // Years are four digits from 1000; `0001` is not a year.
    assert!(extract("до 0001 года", &ExtractContext::default())
        .deadlines
        .is_empty());
    let found = extract("до 1000 года", &ExtractContext::default());
    assert_eq!(found.deadlines.len(), 1);
    assert_eq!(
        found.deadlines[0].value.due().map(|d| d.to_string()),
        Some("31.12.0999".to_owned())
    );
}
