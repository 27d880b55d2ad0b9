//! RES602 `numbering-repeat`: imported numbering that repeats a number or
//! goes back (`1, 1` or `1, 2, 3, 2`). Only numbers kept from imported text
//! are judged (see [`numbering`](super::numbering)).

use crate::locale::Locale;
use crate::validate::rules::numbering::Numbered;
use crate::validate::{Args, Diagnostic, Location, RuleCode};

/// Judges one sibling list (called by [`numbering::check`](super::numbering::check)).
pub(crate) fn inspect(list: &[Numbered], out: &mut Vec<Diagnostic>) {
    let mut previous: Option<(u32, &str, &Location)> = None;
    for item in list {
        if let Some((ordinal, written, location)) = previous {
            if item.ordinal <= ordinal {
                let args = Args::new()
                    .with("number", item.written.trim())
                    .with("previous", written.trim());
                out.push(
                    Diagnostic::new(RuleCode::NumberingRepeat, item.location.clone(), args)
                        .with_related(location.clone()),
                );
            }
        }
        previous = Some((item.ordinal, item.written, &item.location));
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let (number, previous) = (args.get("number"), args.get("previous"));
    match locale {
        Locale::Ru => {
            format!("Номер «{number}» повторяется или идёт назад: перед ним уже был «{previous}».")
        }
        Locale::En => {
            format!("The number «{number}» repeats or goes back: «{previous}» came before it.")
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Document;
    use crate::validate::testing::{add_section, decision, run};
    use crate::validate::{Location, RuleCode};

    fn sections(numbers: &[&str]) -> Document {
        let mut doc = decision();
        for (i, n) in numbers.iter().enumerate() {
            let s = add_section(&mut doc, &format!("Адресату{i}:"), &["Провести семинар."]);
            doc.sections[s].source_number = Some((*n).into());
        }
        doc
    }

    #[test]
    fn fires_on_repeated_section_number() {
        let doc = sections(&["1.", "1.", "2."]);
        let found = run(&doc, RuleCode::NumberingRepeat);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].location,
            Location::Section {
                section: doc.sections[1].id
            }
        );
        assert_eq!(
            found[0].related,
            [Location::Section {
                section: doc.sections[0].id
            }]
        );
    }

    #[test]
    fn silent_on_increasing_numbers() {
        assert!(run(&sections(&["1.", "2.", "3."]), RuleCode::NumberingRepeat).is_empty());
    }
}
