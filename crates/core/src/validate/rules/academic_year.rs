//! RES403 `academic-year-not-consecutive`: an academic year whose two years
//! are not consecutive (`2019/2021 учебный год`, `2020/2019`), alone or as
//! the year of a half (`во II полугодии 2019/2021 учебного года`).

use crate::extract::{DeadlineValue, Period};
use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    ctx.for_each_deadline(|site| {
        if let Some((first, second)) = academic_years(&site.deadline.value) {
            if Some(second) != first.checked_add(1) {
                let args = Args::new()
                    .with("text", site.phrase())
                    .with("first", first.to_string())
                    .with("second", second.to_string());
                out.push(Diagnostic::new(
                    RuleCode::AcademicYearNotConsecutive,
                    site.location(),
                    args,
                ));
            }
        }
    });
}

/// The two years of the academic year a deadline names, if it names one.
fn academic_years(value: &DeadlineValue) -> Option<(i32, i32)> {
    match *value {
        DeadlineValue::AcademicYear { first, second }
        | DeadlineValue::Within(Period::AcademicHalfYear { first, second, .. })
        | DeadlineValue::EndOf(Period::AcademicHalfYear { first, second, .. }) => {
            Some((first, second))
        }
        _ => None,
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let (text, first, second) = (args.get("text"), args.get("first"), args.get("second"));
    let next = first
        .parse::<i32>()
        .map_or(String::new(), |y| (y + 1).to_string());
    match locale {
        Locale::Ru => format!(
            "Учебный год в «{text}» записан с ошибкой: после {first} должен идти {next}, \
             а не {second}."
        ),
        Locale::En => format!(
            "The academic year in «{text}» is wrong: {first} must be followed by {next}, \
             not {second}."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_suggests_the_next_year() {
        let args = Args::new()
            .with("text", "в течение 2019/2021 учебного года")
            .with("first", "2019")
            .with("second", "2021");
        assert_eq!(
            message(&args, Locale::Ru),
            "Учебный год в «в течение 2019/2021 учебного года» записан с ошибкой: после 2019 \
             должен идти 2020, а не 2021."
        );
    }

    use crate::validate::testing::{add_section, decision, run};

    #[test]
    fn fires_on_non_consecutive_years() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["в течение 2020/2022 учебного года провести семинары"],
        );
        let found = run(&doc, RuleCode::AcademicYearNotConsecutive);
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .message(Locale::Ru)
            .contains("после 2020 должен идти 2021, а не 2022"));
    }

    #[test]
    fn fires_on_the_years_of_a_half() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "во II полугодии 2019/2021 учебного года провести семинары",
                "до конца I полугодия 2020/2021 учебного года обновить планы",
            ],
        );
        let found = run(&doc, RuleCode::AcademicYearNotConsecutive);
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .message(Locale::Ru)
            .contains("после 2019 должен идти 2020, а не 2021"));
    }

    #[test]
    fn silent_on_consecutive_years() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["в течение 2020/2021 учебного года провести семинары"],
        );
        assert!(run(&doc, RuleCode::AcademicYearNotConsecutive).is_empty());
    }
}
