//! Runs the extractor over the real example documents in
//! `/work/shared/corpus` (read at run time, never copied into the repo) and
//! compares a listing of every deadline, target and legal reference with
//! committed snapshots.

mod corpus_support;

use std::fmt::Write as _;

use corpus_support::corpus_texts;
use resolution_core::date::{parse_date, DateParse};
use resolution_core::extract::{extract, ExtractContext, Extraction};

/// The document year: the first line that is a complete date (the header
/// date `25. 02.2022`) or, failing that, the first date after a known
/// header phrase (`… заседания районного совещания 30 августа 2019 года`,
/// `(13 февраля 2020 г.)`).
fn document_year(text: &str) -> Option<i32> {
    for line in text.lines() {
        if let DateParse::Ok(date) =
            parse_date(line.trim_matches(|c: char| c.is_whitespace() || c == '*'))
        {
            return Some(date.year);
        }
    }
    for line in text.lines() {
        let words: Vec<&str> = line
            .split([' ', '(', ')'])
            .filter(|w| !w.is_empty())
            .collect();
        for window in words.windows(4) {
            let candidate = window.join(" ");
            if let DateParse::Ok(date) = parse_date(&candidate) {
                return Some(date.year);
            }
            let short = window[..3].join(" ");
            if let DateParse::Ok(date) = parse_date(&short) {
                return Some(date.year);
            }
        }
    }
    None
}

fn listing(text: &str, year: Option<i32>) -> String {
    let ctx = ExtractContext {
        default_year: year,
        adopted_on: None,
    };
    let mut out = String::new();
    let _ = writeln!(out, "year: {year:?}");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let found: Extraction = extract(line, &ctx);
        for d in &found.deadlines {
            let _ = writeln!(
                out,
                "deadline «{}» => {:?} | {}{}",
                &line[d.range.clone()],
                d.value,
                d.value.describe_ru(),
                if d.year_implied {
                    " (year implied)"
                } else {
                    ""
                }
            );
        }
        for t in &found.targets {
            let _ = writeln!(
                out,
                "target «{}» => {}",
                &line[t.range.clone()],
                t.describe_ru()
            );
        }
        for r in &found.references {
            let _ = writeln!(
                out,
                "reference «{}» => {:?} {:?} №{}",
                &line[r.range.clone()],
                r.kind,
                r.date.map(|d| d.to_string()),
                r.number
            );
        }
    }
    out
}

/// Phrase families that must never come out as deadlines or targets,
/// whatever the snapshot says: ages, historic year ranges, grades,
/// anniversaries, bare counts, and dates inside legal references.
fn check_no_false_friends(text: &str, year: Option<i32>) {
    let ctx = ExtractContext {
        default_year: year,
        adopted_on: None,
    };
    for line in text.lines() {
        let found = extract(line, &ctx);
        for d in &found.deadlines {
            let phrase = &line[d.range.clone()];
            assert!(
                !phrase.contains("1941"),
                "historic range as deadline: {phrase}"
            );
            assert!(!phrase.contains("лет"), "age as deadline: {phrase}");
            for r in &found.references {
                assert!(
                    d.range.end <= r.range.start || d.range.start >= r.range.end,
                    "deadline {phrase} inside a legal reference"
                );
            }
        }
        for t in &found.targets {
            let phrase = &line[t.range.clone()];
            for bad in ["лет", "класс", "летия", "центров", "человек"] {
                assert!(!phrase.contains(bad), "false target: {phrase}");
            }
        }
    }
}

#[test]
fn corpus_extraction_matches_snapshots() {
    for (name, text) in corpus_texts() {
        let year = document_year(&text);
        assert!(year.is_some(), "{name}: no adoption date found");
        check_no_false_friends(&text, year);
        insta::assert_snapshot!(name.clone(), listing(&text, year));
    }
}
