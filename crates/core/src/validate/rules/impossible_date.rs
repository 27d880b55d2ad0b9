//! RES105 `impossible-date`: a date that does not exist in the calendar
//! (`31 июня 2019 года`, `30.02.2020`) in the adoption date, the approval
//! line, a preamble paragraph (`Указ … от 31.04.2019`), a section lead or
//! directive text.

use std::ops::Range;

use crate::date::{days_in_month, month_name, parse_date, DateParse, MonthForm};
use crate::extract::DeadlineValue;
use crate::locale::Locale;
use crate::validate::context::{find_dates, Ctx};
use crate::validate::phrases::plural_ru;
use crate::validate::{Args, Diagnostic, HeaderField, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let header = &ctx.doc.header;
    if let DateParse::Impossible { day, month, year } = parse_date(&header.adopted_on) {
        let start = header.adopted_on.len() - header.adopted_on.trim_start().len();
        let end = header.adopted_on.trim_end().len();
        let location = Location::Header {
            field: HeaderField::AdoptedOn,
            range: Some(start..end),
        };
        out.push(diagnostic(
            location,
            header.adopted_on.trim(),
            day,
            month,
            Some(year),
        ));
    }
    for (range, parsed) in find_dates(&header.approval) {
        if let DateParse::Impossible { day, month, year } = parsed {
            let text = header.approval.get(range.clone()).unwrap_or_default();
            let location = Location::Header {
                field: HeaderField::Approval,
                range: Some(range),
            };
            out.push(diagnostic(location, text, day, month, Some(year)));
        }
    }
    for paragraph in &ctx.doc.preamble {
        for (range, parsed) in find_dates(&paragraph.text) {
            if let DateParse::Impossible { day, month, year } = parsed {
                let text = paragraph.text.get(range.clone()).unwrap_or_default();
                let location = Location::Preamble {
                    paragraph: paragraph.id,
                };
                out.push(diagnostic(location, text, day, month, Some(year)));
            }
        }
    }
    for node in &ctx.sections {
        let lead = &node.section.lead;
        for (range, day, month, year) in impossible(lead, &node.lead.extraction.deadlines) {
            let phrase = lead.get(range.clone()).unwrap_or_default();
            let location = Location::SectionLead {
                section: node.section.id,
                range: Some(range),
            };
            out.push(diagnostic(location, phrase, day, month, year));
        }
    }
    for node in ctx.directives.iter().filter(|n| n.facts.has_deadline) {
        let text = &node.directive.text;
        for (range, day, month, year) in impossible(text, &node.analysis.extraction.deadlines) {
            let phrase = text.get(range.clone()).unwrap_or_default();
            let location = Location::directive_range(node.directive.id, range);
            out.push(diagnostic(location, phrase, day, month, year));
        }
    }
}

type Found = (Range<usize>, u32, u32, Option<i32>);

fn impossible<'a>(
    text: &'a str,
    deadlines: &'a [crate::extract::Deadline],
) -> impl Iterator<Item = Found> + 'a {
    deadlines.iter().filter_map(move |d| match d.value {
        DeadlineValue::Impossible { day, month, year } if text.get(d.range.clone()).is_some() => {
            Some((d.range.clone(), day, month, year))
        }
        _ => None,
    })
}

fn diagnostic(
    location: Location,
    text: &str,
    day: u32,
    month: u32,
    year: Option<i32>,
) -> Diagnostic {
    let days = u8::try_from(month)
        .ok()
        .and_then(|m| days_in_month(year.unwrap_or(2001), m));
    let mut args = Args::new()
        .with("text", text)
        .with("day", day.to_string())
        .with("month", month.to_string());
    if let Some(year) = year {
        args = args.with("year", year.to_string());
    }
    if let Some(days) = days {
        args = args.with("days", days.to_string());
    }
    Diagnostic::new(RuleCode::ImpossibleDate, location, args)
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let text = args.get("text");
    let month: u32 = args.get("month").parse().unwrap_or(0);
    let month_in = |form| u8::try_from(month).ok().and_then(|m| month_name(m, form));
    let days: u64 = args.get("days").parse().unwrap_or(0);
    let year = args.get("year");
    let february = month == 2 && !year.is_empty();
    match locale {
        Locale::Ru => {
            let reason = match month_in(MonthForm::PrepositionalRu) {
                _ if args.get("day") == "0" => "дня с номером 0 не бывает".to_owned(),
                Some(name) if days > 0 => {
                    let year = if february {
                        format!(" {year} года")
                    } else {
                        String::new()
                    };
                    format!(
                        "в {name}{year} {days} {}",
                        plural_ru(days, "день", "дня", "дней")
                    )
                }
                _ => format!("месяца с номером {month} нет"),
            };
            format!("Дата «{text}» не существует: {reason}.")
        }
        Locale::En => {
            let reason = match month_in(MonthForm::En) {
                _ if args.get("day") == "0" => "there is no day 0".to_owned(),
                Some(name) if days > 0 => {
                    let year = if february {
                        format!(" {year}")
                    } else {
                        String::new()
                    };
                    format!("{name}{year} has {days} days")
                }
                _ => format!("there is no month {month}"),
            };
            format!("The date «{text}» does not exist: {reason}.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::testing::{add_section, decision, run};

    fn args(text: &str, day: u32, month: u32, year: Option<i32>) -> Args {
        diagnostic(
            Location::header(HeaderField::AdoptedOn),
            text,
            day,
            month,
            year,
        )
        .args
    }

    #[test]
    fn messages_name_the_date_and_the_reason() {
        assert_eq!(
            message(&args("31 июня 2019 года", 31, 6, Some(2019)), Locale::Ru),
            "Дата «31 июня 2019 года» не существует: в июне 30 дней."
        );
        assert_eq!(
            message(&args("29.02.2021", 29, 2, Some(2021)), Locale::Ru),
            "Дата «29.02.2021» не существует: в феврале 2021 года 28 дней."
        );
        assert_eq!(
            message(&args("31 июня 2019 года", 31, 6, Some(2019)), Locale::En),
            "The date «31 июня 2019 года» does not exist: June has 30 days."
        );
        assert!(message(&args("12.13.2020", 12, 13, Some(2020)), Locale::Ru)
            .contains("месяца с номером 13 нет"));
    }

    #[test]
    fn fires_on_impossible_adoption_date() {
        let mut doc = decision();
        doc.header.adopted_on = " 31 июня 2020 года".into();
        let found = run(&doc, RuleCode::ImpossibleDate);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].location,
            Location::Header {
                field: HeaderField::AdoptedOn,
                range: Some(1..doc.header.adopted_on.len())
            }
        );
    }

    #[test]
    fn fires_in_approval_line() {
        let mut doc = decision();
        doc.header.adopted_on.clear();
        doc.header.approval = "Одобрена участниками совещания 30.02.2020".into();
        let found = run(&doc, RuleCode::ImpossibleDate);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].args.get("text"), "30.02.2020");
    }

    #[test]
    fn fires_in_preamble() {
        let mut doc = decision();
        let id = crate::ids::ParagraphId(doc.alloc());
        let text = "Во исполнение приказа от 31.04.2020 № 12 участники отметили:";
        doc.preamble.push(crate::model::Paragraph {
            id,
            text: text.into(),
        });
        let found = run(&doc, RuleCode::ImpossibleDate);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].location, Location::Preamble { paragraph: id });
        assert_eq!(found[0].args.get("text"), "31.04.2020");
        assert!(text.contains(found[0].args.get("text")));
        assert!(found[0].message(Locale::Ru).ends_with("в апреле 30 дней."));
    }

    #[test]
    fn silent_on_real_dates() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["провести семинар до 30 июня 2020 года"],
        );
        assert!(run(&doc, RuleCode::ImpossibleDate).is_empty());
    }

    #[test]
    fn fires_in_directive_text_with_the_phrase_range() {
        let mut doc = decision();
        let text = "до 31 июня 2020 года провести семинар";
        let s = add_section(&mut doc, "Руководителям ОО:", &[text]);
        let found = run(&doc, RuleCode::ImpossibleDate);
        assert_eq!(found.len(), 1);
        let Location::Directive {
            directive,
            range: Some(range),
        } = &found[0].location
        else {
            panic!("expected a directive range, got {:?}", found[0].location);
        };
        assert_eq!(*directive, doc.sections[s].directives[0].id);
        assert!(text[range.clone()].contains("31 июня 2020"));
        assert!(found[0]
            .message(Locale::Ru)
            .ends_with("не существует: в июне 30 дней."));
    }
}
