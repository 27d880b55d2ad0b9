//! RES601 `numbering-gap`: imported numbering that skips a number
//! (`1, 2, 4`) or does not start at one. Only numbers kept from imported
//! text are judged (see [`numbering`](super::numbering)).

use crate::locale::Locale;
use crate::validate::rules::numbering::Numbered;
use crate::validate::{Args, Diagnostic, Location, RuleCode};

/// Judges one sibling list (called by [`numbering::check`](super::numbering::check)).
pub(crate) fn inspect(list: &[Numbered], out: &mut Vec<Diagnostic>) {
    let mut previous: Option<(u32, &str, &Location)> = None;
    for item in list {
        let expected = previous.map_or(1, |(p, _, _)| p.saturating_add(1));
        if item.ordinal > expected {
            let mut args = Args::new()
                .with("number", item.written.trim())
                .with("expected", expected.to_string());
            if let Some((_, written, _)) = previous {
                args = args.with("previous", written.trim());
            }
            let mut diagnostic =
                Diagnostic::new(RuleCode::NumberingGap, item.location.clone(), args);
            if let Some((_, _, location)) = previous {
                diagnostic = diagnostic.with_related(location.clone());
            }
            out.push(diagnostic);
        }
        previous = Some((item.ordinal, item.written, &item.location));
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let (number, expected, previous) = (
        args.get("number"),
        args.get("expected"),
        args.get("previous"),
    );
    match (previous.is_empty(), locale) {
        (true, Locale::Ru) => format!("Нумерация начинается с «{number}», а не с {expected}."),
        (true, Locale::En) => format!("Numbering starts at «{number}» instead of {expected}."),
        (false, Locale::Ru) => format!(
            "Пропуск в нумерации: после «{previous}» идёт «{number}», ожидался номер {expected}."
        ),
        (false, Locale::En) => {
            format!("Gap in numbering: «{number}» follows «{previous}»; {expected} was expected.")
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::Locale;
    use crate::validate::testing::{add_section, at_directive, decision, run};
    use crate::validate::RuleCode;

    fn numbered(numbers: &[&str]) -> (crate::model::Document, usize) {
        let mut doc = decision();
        let texts: Vec<&str> = numbers.iter().map(|_| "Провести семинар.").collect();
        let s = add_section(&mut doc, "Руководителям ОО:", &texts);
        for (d, n) in doc.sections[s].directives.iter_mut().zip(numbers) {
            d.source_number = Some((*n).into());
        }
        (doc, s)
    }

    #[test]
    fn fires_on_skipped_number() {
        let (doc, s) = numbered(&["1.1.", "1.2.", "1.4."]);
        let found = run(&doc, RuleCode::NumberingGap);
        assert_eq!(found.len(), 1);
        assert_eq!(Some(found[0].location.clone()), at_directive(&doc, s, 2));
        assert_eq!(found[0].related.first().cloned(), at_directive(&doc, s, 1));
        assert_eq!(
            found[0].message(Locale::Ru),
            "Пропуск в нумерации: после «1.2.» идёт «1.4.», ожидался номер 3."
        );
    }

    #[test]
    fn silent_on_consecutive_numbers() {
        let (doc, _) = numbered(&["1)", "2)", "3)"]);
        assert!(run(&doc, RuleCode::NumberingGap).is_empty());
        let (doc, _) = numbered(&["а)", "б)", "в)"]);
        assert!(run(&doc, RuleCode::NumberingGap).is_empty());
    }
}
