//! The diff on the real example documents in `/work/shared/corpus` (read at
//! run time, never copied into the repo): each text is imported twice, once
//! as is and once edited, so the two documents have unrelated ids and the
//! diff must pair nodes by content.

use std::path::Path;

use resolution_core::diff::{diff, render_text, render_words, Change, MatchMode};
use resolution_core::locale::Locale;
use resolution_core::text::import_text;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");

fn corpus(name: &str) -> Option<String> {
    let path = Path::new(CORPUS).join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            println!("skipped: corpus not found at {}", path.display());
            None
        }
    }
}

/// `text` without its first line whose trimmed content is `line`.
fn without_line(text: &str, line: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.trim() == line)?;
    let kept: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .map(|(_, l)| *l)
        .collect();
    Some(kept.join("\n"))
}

#[test]
fn same_text_imported_twice_has_no_differences() {
    for name in [
        "krasnokutsky-reshenie-2019.txt",
        "suntarsky-rezolyutsiya-2020.txt",
        "chaplyginsky-protokol-2022.txt",
    ] {
        let Some(text) = corpus(name) else { return };
        let d = diff(&import_text(&text), &import_text(&text));
        assert!(d.is_empty(), "{name}: {}", render_text(&d, Locale::Ru));
        assert_eq!(d.matching, MatchMode::Ids, "{name}");
    }
}

/// Removing the first preamble paragraph shifts every later id; the diff
/// must still report just that paragraph, and a deadline change.
#[test]
fn decision_edited_as_text_and_reimported() {
    let Some(text) = corpus("krasnokutsky-reshenie-2019.txt") else {
        return;
    };
    let old = import_text(&text);
    let first = old
        .preamble
        .first()
        .map(|p| p.text.clone())
        .expect("the decision has a preamble");
    let edited = without_line(&text, &first).expect("the first paragraph is one line of the text");
    assert_eq!(edited.matches("до 20 сентября 2019 года").count(), 1);
    let edited = edited.replace("до 20 сентября 2019 года", "до 1 октября 2019 года");
    let new = import_text(&edited);

    let d = diff(&old, &new);
    let report = render_text(&d, Locale::Ru);
    assert_eq!(d.matching, MatchMode::Content, "{report}");
    let t = d.summary.total;
    assert_eq!(
        (t.added, t.removed, t.moved, t.changed),
        (0, 1, 0, 1),
        "{report}"
    );
    assert!(
        matches!(d.preamble.as_slice(), [Change::Removed { old, .. }] if old.index == 0),
        "{report}"
    );
    let words = d
        .directives
        .iter()
        .find_map(|c| c.details()?.text.as_ref())
        .map(|t| render_words(&t.words))
        .expect("the directive with the deadline changed");
    assert!(
        words.contains("до [-20 сентября-]{+1 октября+} 2019 года"),
        "{words}"
    );
}

/// A protocol with one decision line removed: one directive removed, the
/// agenda, hearings and the other decisions unchanged.
#[test]
fn protocol_decision_removed_and_reimported() {
    let Some(text) = corpus("chaplyginsky-protokol-2022.txt") else {
        return;
    };
    let old = import_text(&text);
    let victim = old
        .all_sections()
        .flat_map(|s| s.directives.first())
        .next()
        .map(|d| d.text.clone())
        .expect("the protocol has decisions");
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim().ends_with(victim.as_str()))
        .expect("the decision is one line");
    let edited: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .map(|(_, l)| *l)
        .collect();
    let new = import_text(&edited.join("\n"));

    let d = diff(&old, &new);
    let report = render_text(&d, Locale::Ru);
    let t = d.summary.total;
    assert_eq!(
        (t.added, t.removed, t.moved, t.changed),
        (0, 1, 0, 0),
        "{report}"
    );
    assert_eq!(d.summary.directives.removed, 1, "{report}");
    assert!(
        report.contains(&format!("- вопрос 1, п. 1.1: «{victim}»")),
        "{report}"
    );
}
