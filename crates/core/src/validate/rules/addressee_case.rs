//! RES202 `addressee-not-dative` (info): the addressee's first word does
//! not look like the dative case (`Руководители ОО` instead of
//! `Руководителям ОО`, `Управление образования` instead of `Управлению …`).
//! A heuristic on word endings: abbreviations (`МКУ «…»`) and non-Cyrillic
//! words are not judged.

use std::sync::Arc;

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::words::{fold_char, words};
use crate::validate::{Args, Diagnostic, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for node in &ctx.sections {
        let addressee = &node.section.addressee;
        let Some((_, first)) = words(addressee).next() else {
            continue;
        };
        if looks_nominative(first) {
            out.push(Diagnostic::new(
                RuleCode::AddresseeNotDative,
                Location::Section {
                    section: node.section.id,
                },
                Args::new()
                    .with("addressee", Arc::clone(&node.label))
                    .with("word", first),
            ));
        }
    }
}

/// Endings that a dative first word never has.
const NON_DATIVE_ENDINGS: &[&str] = &["ие", "ые", "ое", "ый", "ий", "а", "я", "о", "ы", "ь"];

fn looks_nominative(word: &str) -> bool {
    let cyrillic = word
        .chars()
        .all(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' | '-'));
    let abbreviation = word.chars().filter(|c| c.is_lowercase()).count() == 0;
    if !cyrillic || abbreviation || word.chars().count() < 3 {
        return false;
    }
    let ends_with = |suffix: &str| {
        let mut tail = word.chars().rev().map(fold_char);
        suffix.chars().rev().all(|c| tail.next() == Some(c))
    };
    let Some(last) = word.chars().next_back().map(fold_char) else {
        return false;
    };
    if NON_DATIVE_ENDINGS.iter().any(|e| ends_with(e)) {
        return true;
    }
    if last == 'и' {
        // `Руководители` (nominative plural) but `Администрации` (dative).
        return !ends_with("ии");
    }
    !"аеёиоуыэюяймь".contains(last)
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let addressee = args.get("addressee");
    let word = args.get("word");
    match locale {
        Locale::Ru => format!(
            "Адресат «{addressee}», похоже, не в дательном падеже: слово «{word}» не отвечает \
             на вопрос «кому?». Пример: «Руководителям образовательных организаций»."
        ),
        Locale::En => format!(
            "The addressee «{addressee}» does not look dative: «{word}» does not answer \
             «to whom?». Example: «Руководителям образовательных организаций»."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::looks_nominative;
    use crate::validate::testing::{add_section, decision, run};
    use crate::validate::RuleCode;

    #[test]
    fn fires_on_nominative_addressee() {
        let mut doc = decision();
        add_section(&mut doc, "Руководители ОО:", &["Провести мониторинг."]);
        let found = run(&doc, RuleCode::AddresseeNotDative);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].args.get("word"), "Руководители");
    }

    #[test]
    fn judges_endings() {
        for w in [
            "Руководители",
            "Управление",
            "Комитет",
            "Образовательные",
            "Администрация",
        ] {
            assert!(looks_nominative(w), "{w}");
        }
        for w in [
            "Руководителям",
            "Управлению",
            "Комитету",
            "Образовательным",
            "Администрации",
            "МКУ",
            "Главе",
            "Специалистам",
        ] {
            assert!(!looks_nominative(w), "{w}");
        }
    }

    #[test]
    fn silent_on_dative_and_abbreviations() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Управлению образования:",
            &["Провести мониторинг."],
        );
        add_section(
            &mut doc,
            "МКУ «Муниципальный орган управления образования»:",
            &["Провести."],
        );
        assert!(run(&doc, RuleCode::AddresseeNotDative).is_empty());
    }
}
