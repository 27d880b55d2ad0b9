//! Deadline phrases, one family per test, each with positive and negative
//! examples. Samples are written in the style of municipal resolutions.

use resolution_core::date::CivilDate;
use resolution_core::extract::{
    extract, Deadline, DeadlineValue, ExtractContext, Period, Recurrence,
};

fn d(y: i32, m: u8, day: u8) -> CivilDate {
    CivilDate::new(y, m, day).expect("valid test date")
}

fn ctx(year: Option<i32>) -> ExtractContext {
    ExtractContext {
        default_year: year,
        adopted_on: None,
    }
}

/// All deadlines in `text` with the document year 2019, as (phrase, value).
fn deadlines_in(text: &str, year: Option<i32>) -> Vec<(String, Deadline)> {
    extract(text, &ctx(year))
        .deadlines
        .into_iter()
        .map(|dl| (text[dl.range.clone()].to_owned(), dl))
        .collect()
}

/// The single deadline in `text` (document year 2019): its phrase and value.
fn only(text: &str) -> (String, DeadlineValue) {
    let found = deadlines_in(text, Some(2019));
    assert_eq!(
        found.len(),
        1,
        "expected one deadline in {text:?}, got {found:?}"
    );
    let (phrase, dl) = found.into_iter().next().expect("one deadline");
    (phrase, dl.value)
}

fn none_in(text: &str) {
    let found = deadlines_in(text, Some(2019));
    assert!(
        found.is_empty(),
        "expected no deadline in {text:?}, got {found:?}"
    );
}

#[test]
fn exact_dates() {
    assert_eq!(
        only("обеспечить до 20 сентября 2019 года разработку программ"),
        (
            "до 20 сентября 2019 года".into(),
            DeadlineValue::Date(d(2019, 9, 20))
        )
    );
    assert_eq!(
        only("разработать до 1 октября 2019 г. дорожные карты"),
        (
            "до 1 октября 2019 г.".into(),
            DeadlineValue::Date(d(2019, 10, 1))
        )
    );
    assert_eq!(
        only("представить отчёт до 31.12.2019"),
        ("до 31.12.2019".into(), DeadlineValue::Date(d(2019, 12, 31)))
    );
    assert_eq!(only("31.12.2019").1, DeadlineValue::Date(d(2019, 12, 31)));
    assert_eq!(
        only("25. 02.2022"),
        ("25. 02.2022".into(), DeadlineValue::Date(d(2022, 2, 25)))
    );
    assert_eq!(
        only("ДО 5 МАЯ 2020 ГОДА").1,
        DeadlineValue::Date(d(2020, 5, 5))
    );
    assert_eq!(
        only("направить сведения не позднее 15 марта 2021 г.").1,
        DeadlineValue::Date(d(2021, 3, 15))
    );
    assert_eq!(
        only("провести мониторинг в срок до 10.04.2021").1,
        DeadlineValue::Date(d(2021, 4, 10))
    );
    assert_eq!(
        only("к 1 сентября 2020 года").1,
        DeadlineValue::Date(d(2020, 9, 1))
    );
}

#[test]
fn year_less_dates_take_the_document_year() {
    let found = deadlines_in("представить предложения до 20 сентября", Some(2019));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "до 20 сентября");
    assert_eq!(found[0].1.value, DeadlineValue::Date(d(2019, 9, 20)));
    assert!(found[0].1.year_implied);

    let found = deadlines_in("представить предложения до 20 сентября", None);
    assert_eq!(
        found[0].1.value,
        DeadlineValue::MissingYear {
            day: Some(20),
            month: 9
        }
    );
    assert_eq!(found[0].1.value.due(), None);

    let written = deadlines_in("до 20 сентября 2021 года", Some(2019));
    assert!(!written[0].1.year_implied);
}

#[test]
fn year_less_numeric_dates_take_the_document_year() {
    let found = deadlines_in("представить отчёт до 20.09 в управление", Some(2019));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "до 20.09");
    assert_eq!(found[0].1.value, DeadlineValue::Date(d(2019, 9, 20)));
    assert!(found[0].1.year_implied);
    assert_eq!(
        deadlines_in("до 20.09", None)[0].1.value,
        DeadlineValue::MissingYear {
            day: Some(20),
            month: 9
        }
    );
    assert_eq!(only("к 01.10.").0, "к 01.10");
    assert_eq!(
        only("не позднее 5.03;").1,
        DeadlineValue::Date(d(2019, 3, 5))
    );
    assert_eq!(
        only("по 29.02").1,
        DeadlineValue::Impossible {
            day: 29,
            month: 2,
            year: Some(2019)
        }
    );
    assert_eq!(only("с 01.09").1, DeadlineValue::From(d(2019, 9, 1)));
    assert_eq!(only("Срок: 25.12").1, DeadlineValue::Date(d(2019, 12, 25)));

    // Section numbers, decimals and list numbering.
    none_in("1.1. Принять к сведению");
    none_in("20.09 Провести совещание");
    none_in("п. 3.2 плана");
    none_in("выделить до 2.5 ставки");
    none_in("выделить до 1.10 ставки педагога");
    none_in("до 10.05 % обучающихся");
    none_in("до 31.04 включительно");
    none_in("до 20.13 включительно");
    none_in("до 10.30 часов");
    none_in("до 1.2.20.09 включительно");
    none_in("до 20.09.201 включительно");
    // Dates inside legal references.
    let refs = extract("на основании приказа № 15 от 20.09", &ctx(Some(2019)));
    assert!(refs.deadlines.is_empty(), "{refs:?}");
}

#[test]
fn two_digit_years_are_read_as_20xx() {
    assert_eq!(
        only("представить план до 20.09.19 в отдел"),
        ("до 20.09.19".into(), DeadlineValue::Date(d(2019, 9, 20)))
    );
    let found = deadlines_in("не позднее 01.10.21 г.", None);
    assert_eq!(found[0].0, "не позднее 01.10.21 г.");
    assert_eq!(found[0].1.value, DeadlineValue::Date(d(2021, 10, 1)));
    assert!(!found[0].1.year_implied);
    assert_eq!(only("с 1.09.20").1, DeadlineValue::From(d(2020, 9, 1)));
    assert_eq!(
        only("Срок: 15.03.20").1,
        DeadlineValue::Date(d(2020, 3, 15))
    );
    assert_eq!(
        only("до 31.06.19").1,
        DeadlineValue::Impossible {
            day: 31,
            month: 6,
            year: Some(2019)
        }
    );
    // Without a deadline word, or inside a longer dotted number, it is a
    // section number.
    none_in("2.3.15. Обеспечить участие");
    none_in("см. 20.09.19");
    none_in("до 1.2.20.09.19 включительно");
    none_in("до 20.09.19.1 включительно");
    none_in("до 20.9.19");
    none_in("до 20 .09.19");
    let refs = extract("по приказу от 20.09.19 № 15", &ctx(Some(2019)));
    assert!(refs.deadlines.is_empty(), "{refs:?}");
    assert_eq!(refs.references[0].date, Some(d(2019, 9, 20)));
}

/// The single deadline in `text` of a document adopted on `adopted`.
fn adopted_on(adopted: CivilDate, text: &str) -> Deadline {
    let found = extract(text, &ExtractContext::adopted(Some(adopted))).deadlines;
    assert_eq!(
        found.len(),
        1,
        "expected one deadline in {text:?}, got {found:?}"
    );
    found.into_iter().next().expect("one deadline")
}

#[test]
fn year_less_phrases_fall_on_or_after_the_adoption_date() {
    let adopted = d(2019, 8, 30);
    let month = |year, month| DeadlineValue::Within(Period::Month { year, month });
    let found = adopted_on(adopted, "провести совещание (февраль)");
    assert_eq!(found.value, month(2020, 2));
    assert!(found.year_implied);
    assert_eq!(adopted_on(adopted, "в феврале").value, month(2020, 2));
    assert_eq!(adopted_on(adopted, "в августе").value, month(2019, 8));
    assert_eq!(adopted_on(adopted, "в сентябре").value, month(2019, 9));
    assert_eq!(
        adopted_on(adopted, "до 20 мая").value,
        DeadlineValue::Date(d(2020, 5, 20))
    );
    assert_eq!(
        adopted_on(adopted, "до 20 сентября").value,
        DeadlineValue::Date(d(2019, 9, 20))
    );
    assert_eq!(
        adopted_on(adopted, "до 30 августа").value,
        DeadlineValue::Date(d(2019, 8, 30))
    );
    assert_eq!(
        adopted_on(adopted, "до 29.08").value,
        DeadlineValue::Date(d(2020, 8, 29))
    );
    assert_eq!(
        adopted_on(adopted, "до 29 февраля").value,
        DeadlineValue::Date(d(2020, 2, 29))
    );
    assert_eq!(
        adopted_on(adopted, "с 1 марта").value,
        DeadlineValue::From(d(2020, 3, 1))
    );
    assert_eq!(
        adopted_on(adopted, "с января").value,
        DeadlineValue::From(d(2020, 1, 1))
    );
    assert_eq!(
        adopted_on(adopted, "до сентября").value,
        DeadlineValue::Date(d(2019, 8, 31))
    );
    assert_eq!(
        adopted_on(d(2019, 9, 2), "до сентября").value,
        DeadlineValue::Date(d(2020, 8, 31))
    );
    assert_eq!(
        adopted_on(adopted, "в I квартале").value,
        DeadlineValue::Within(Period::Quarter {
            year: 2020,
            quarter: 1
        })
    );
    // Written years and the year itself stay as they are.
    let written = adopted_on(adopted, "в феврале 2019 года");
    assert_eq!(written.value, month(2019, 2));
    assert!(!written.year_implied);
    assert_eq!(
        adopted_on(adopted, "до конца года").value,
        DeadlineValue::EndOf(Period::Year(2019))
    );
    // Without a day and month, the year alone decides.
    assert_eq!(only("в феврале").1, month(2019, 2));
}

#[test]
fn year_less_academic_years_are_the_one_of_the_adoption_date() {
    let academic = |first, second| DeadlineValue::AcademicYear { first, second };
    let found = adopted_on(d(2019, 9, 2), "в течение учебного года");
    assert_eq!(found.value, academic(2019, 2020));
    assert!(found.year_implied);
    assert_eq!(
        adopted_on(d(2020, 3, 10), "в течение учебного года").value,
        academic(2019, 2020)
    );
    // Adopted in summer, after lessons ended: the coming academic year.
    for adopted in [d(2019, 6, 1), d(2019, 8, 30), d(2019, 8, 31)] {
        assert_eq!(
            adopted_on(adopted, "в течение учебного года").value,
            academic(2019, 2020)
        );
        assert_eq!(
            adopted_on(adopted, "до конца учебного года").value,
            academic(2019, 2020)
        );
    }
    assert_eq!(
        adopted_on(d(2019, 5, 31), "до конца учебного года").value,
        academic(2018, 2019)
    );
    assert_eq!(
        adopted_on(d(2019, 8, 30), "во втором полугодии учебного года").value,
        DeadlineValue::Within(Period::AcademicHalfYear {
            first: 2019,
            second: 2020,
            half: 2
        })
    );
    let half = |first, half| {
        DeadlineValue::Within(Period::AcademicHalfYear {
            first,
            second: first + 1,
            half,
        })
    };
    assert_eq!(
        adopted_on(d(2020, 3, 10), "во втором полугодии учебного года").value,
        half(2019, 2)
    );
    assert_eq!(
        adopted_on(d(2020, 3, 10), "в первом полугодии учебного года").value,
        half(2020, 1)
    );
    assert_eq!(
        adopted_on(d(2019, 10, 1), "в первом полугодии учебного года").value,
        half(2019, 1)
    );
    // Without an adoption date: the academic year starting in the document
    // year; without any year, nothing.
    assert_eq!(only("в течение учебного года").1, academic(2019, 2020));
    assert!(deadlines_in("в течение учебного года", None).is_empty());
    // An adjective alone is no academic year.
    none_in("в учебных целях");
    none_in("в учебном плане");
}

#[test]
fn a_date_in_words_without_a_preposition_is_the_day_of_the_task() {
    assert_eq!(
        only("Провести 5 мая 2019 года районный праздник"),
        ("5 мая 2019 года".into(), DeadlineValue::Date(d(2019, 5, 5)))
    );
    assert_eq!(
        only("провести праздник 15 октября 2019 г. в 10.00").1,
        DeadlineValue::Date(d(2019, 10, 15))
    );
    // Without its year it may be any day; after `от` it dates a document.
    none_in("провести праздник 5 мая");
    none_in("по письму от 5 мая 2019 года провести сверку");
}

#[test]
fn a_date_in_words_not_after_adoption_is_an_earlier_event() {
    let ctx = ExtractContext::adopted(Some(d(2019, 8, 30)));
    let text = "По итогам совещания 28 августа 2019 года провести сверку 5 сентября 2019 года";
    let found = extract(text, &ctx);
    let phrases: Vec<&str> = found
        .deadlines
        .iter()
        .map(|dl| &text[dl.range.clone()])
        .collect();
    assert_eq!(phrases, ["5 сентября 2019 года"]);
    // After a label the date is the deadline, early or not, so RES402 can
    // tell that it falls before the adoption.
    let text = "Срок исполнения: 28 августа 2019 года";
    let found = extract(text, &ctx);
    assert_eq!(
        found.deadlines.first().map(|dl| (dl.value, dl.labelled)),
        Some((DeadlineValue::Date(d(2019, 8, 28)), true))
    );
}

#[test]
fn bare_text_dates_in_narrative_and_numbers_are_not_deadlines() {
    none_in("Одобрена участниками пленарного заседания 30 августа 2019 года");
    none_in("Совещание (13 февраля 2020 г.) прошло в актовом зале");
    none_in("1.1. Принять участие в реализации мероприятий");
    none_in("МОУ-СОШ №1, МОУ-СОШ №2, 10, 11 классов");
    none_in("работа по 4 секциям");
    none_in("по заявке от 25.02.2022 выделить места");
}

#[test]
fn end_of_period() {
    assert_eq!(
        only("к концу 2020 года"),
        (
            "к концу 2020 года".into(),
            DeadlineValue::EndOf(Period::Year(2020))
        )
    );
    assert_eq!(
        only("завершить до конца I квартала 2021 г. работу").1,
        DeadlineValue::EndOf(Period::Quarter {
            year: 2021,
            quarter: 1
        })
    );
    assert_eq!(
        only("до конца IV квартала 2021 года").1.due(),
        Some(d(2021, 12, 31))
    );
    assert_eq!(
        only("до конца 2 квартала 2021 года").1,
        DeadlineValue::EndOf(Period::Quarter {
            year: 2021,
            quarter: 2
        })
    );
    assert_eq!(
        only("до конца 3-го квартала 2021 года").1.due(),
        Some(d(2021, 9, 30))
    );
    assert_eq!(
        only("до конца первого полугодия 2021 года").1,
        DeadlineValue::EndOf(Period::HalfYear {
            year: 2021,
            half: 1
        })
    );
    assert_eq!(
        only("до конца первого полугодия 2021 года").1.due(),
        Some(d(2021, 6, 30))
    );
    let (phrase, value) = only("завершить до конца года");
    assert_eq!(phrase, "до конца года");
    assert_eq!(value, DeadlineValue::EndOf(Period::Year(2019)));
    assert_eq!(
        only("к 2024 году достичь показателей").1,
        DeadlineValue::EndOf(Period::Year(2024))
    );
    none_in("до конца пятого квартала 2021 года");
    none_in("до конца третьего полугодия 2021 года");
}

#[test]
fn within_a_period() {
    assert_eq!(
        only("провести совещание в феврале"),
        (
            "в феврале".into(),
            DeadlineValue::Within(Period::Month {
                year: 2019,
                month: 2
            })
        )
    );
    assert_eq!(
        only("провести совещание (февраль)"),
        (
            "(февраль)".into(),
            DeadlineValue::Within(Period::Month {
                year: 2019,
                month: 2
            })
        )
    );
    let (phrase, value) = only("в феврале 2020 года");
    assert_eq!(phrase, "в феврале 2020 года");
    assert_eq!(value.start(), Some(d(2020, 2, 1)));
    assert_eq!(value.due(), Some(d(2020, 2, 29)));
    assert_eq!(
        only("в I квартале 2021 г.").1,
        DeadlineValue::Within(Period::Quarter {
            year: 2021,
            quarter: 1
        })
    );
    assert_eq!(
        only("во II квартале 2021 г.").1,
        DeadlineValue::Within(Period::Quarter {
            year: 2021,
            quarter: 2
        })
    );
    assert_eq!(
        only("во втором полугодии 2020 года").1,
        DeadlineValue::Within(Period::HalfYear {
            year: 2020,
            half: 2
        })
    );
    assert_eq!(
        only("обеспечить в 2020 году переход").1,
        DeadlineValue::Within(Period::Year(2020))
    );
    assert_eq!(only("в 2020 г.").0, "в 2020 г.");
    assert_eq!(
        only("план на 2020 год").1,
        DeadlineValue::Within(Period::Year(2020))
    );
    assert_eq!(
        only("в течение года").1,
        DeadlineValue::Within(Period::Year(2019))
    );
    let without_year = deadlines_in("в феврале", None);
    assert_eq!(
        without_year[0].1.value,
        DeadlineValue::MissingYear {
            day: None,
            month: 2
        }
    );
    none_in("в возрасте до 3 лет");
    none_in("в маршрутах, в майском номере и в мастерских");
    none_in("в Якутии (Саха)");
    none_in("в 2020");
}

#[test]
fn before_the_start_of_an_unnamed_academic_year() {
    let first = |text: &str, adopted: CivilDate| {
        let found = extract(text, &ExtractContext::adopted(Some(adopted)));
        found
            .deadlines
            .first()
            .map(|dl| (text[dl.range.clone()].to_owned(), dl.value, dl.year_implied))
    };
    // An August council means the year starting that September; a
    // decision of October, the next one.
    assert_eq!(
        first("провести ремонт до начала учебного года", d(2024, 8, 30)),
        Some((
            "до начала учебного года".into(),
            DeadlineValue::Date(d(2024, 8, 31)),
            true
        ))
    );
    assert_eq!(
        first(
            "провести ремонт до начала нового учебного года",
            d(2024, 10, 10)
        ),
        Some((
            "до начала нового учебного года".into(),
            DeadlineValue::Date(d(2025, 8, 31)),
            true
        ))
    );
    // Only the document year: its 31 August; nothing at all: no year.
    assert_eq!(
        only("до начала учебного года").1,
        DeadlineValue::Date(d(2019, 8, 31))
    );
    let unknown = deadlines_in("до начала учебного года", None);
    assert_eq!(
        unknown.first().map(|(_, dl)| (dl.value, dl.year_implied)),
        Some((
            DeadlineValue::MissingYear {
                day: Some(31),
                month: 8
            },
            false
        ))
    );
    none_in("до начала учебных занятий");
}

#[test]
fn before_a_year_means_the_end_of_the_previous_year() {
    let (phrase, value) = only("реализовать программу до 2024 года");
    assert_eq!(phrase, "до 2024 года");
    assert_eq!(value, DeadlineValue::BeforeYear(2024));
    assert_eq!(value.due(), Some(d(2023, 12, 31)));
    let (phrase, value) = only("в период до 2024 года");
    assert_eq!(phrase, "в период до 2024 года");
    assert_eq!(value.due(), Some(d(2023, 12, 31)));
    let (phrase, value) = only("подготовить до начала 2020/2021 учебного года");
    assert_eq!(phrase, "до начала 2020/2021 учебного года");
    assert_eq!(value, DeadlineValue::Date(d(2020, 8, 31)));
    assert_eq!(only("до начала 2021 года").1.due(), Some(d(2020, 12, 31)));
    let (_, value) = only("до сентября 2019 года");
    assert_eq!(value, DeadlineValue::Date(d(2019, 8, 31)));
    none_in("детей в возрасте до 18 лет");
}

#[test]
fn academic_years() {
    let academic = DeadlineValue::AcademicYear {
        first: 2019,
        second: 2020,
    };
    assert_eq!(
        only("в течение 2019/2020 учебного года:"),
        ("в течение 2019/2020 учебного года".into(), academic)
    );
    assert_eq!(
        only("в 2019/2020 учебном году – 100 % обучающихся"),
        ("в 2019/2020 учебном году".into(), academic)
    );
    assert_eq!(only("2019-2020 учебный год").1, academic);
    assert_eq!(only("на 2019/20 уч. г.").1, academic);
    assert_eq!(academic.start(), Some(d(2019, 9, 1)));
    assert_eq!(academic.due(), Some(d(2020, 8, 31)));
    // Not consecutive: kept as written for the validator.
    assert_eq!(
        only("в 2019/2021 учебном году").1,
        DeadlineValue::AcademicYear {
            first: 2019,
            second: 2021
        }
    );
    none_in("2019/2020");
}

#[test]
fn month_ranges() {
    let sep_oct = DeadlineValue::Within(Period::MonthRange {
        year: 2019,
        from: 9,
        to: 10,
    });
    let text = "провести акцию в сентябре-октябре 2019 года среди школ";
    let found = deadlines_in(text, Some(2019));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "в сентябре-октябре 2019 года");
    assert_eq!(found[0].1.value, sep_oct);
    assert!(!found[0].1.year_implied);
    assert_eq!(sep_oct.start(), Some(d(2019, 9, 1)));
    assert_eq!(sep_oct.due(), Some(d(2019, 10, 31)));
    assert_eq!(
        only("в сентябре – октябре 2019 г."),
        ("в сентябре – октябре 2019 г.".into(), sep_oct)
    );
    assert_eq!(only("(сентябрь—октябрь)").1, sep_oct);
    let found = deadlines_in("в ноябре-декабре", Some(2020));
    assert_eq!(found[0].0, "в ноябре-декабре");
    assert!(found[0].1.year_implied);
    assert_eq!(found[0].1.value.due(), Some(d(2020, 12, 31)));
    assert_eq!(
        deadlines_in("в ноябре-декабре", None)[0].1.value,
        DeadlineValue::MissingYear {
            day: None,
            month: 12
        }
    );
    // Backwards, the months are not a range: only the first one counts.
    assert_eq!(only("в октябре-сентябре 2019 года").0, "в октябре");
}

#[test]
fn halves_of_an_academic_year() {
    let half = |first, second, half| Period::AcademicHalfYear {
        first,
        second,
        half,
    };
    let (phrase, value) = only("провести диагностику во II полугодии 2019/2020 учебного года");
    assert_eq!(phrase, "во II полугодии 2019/2020 учебного года");
    assert_eq!(value, DeadlineValue::Within(half(2019, 2020, 2)));
    assert_eq!(value.start(), Some(d(2020, 1, 1)));
    assert_eq!(value.due(), Some(d(2020, 8, 31)));
    let (phrase, value) = only("в первом полугодии 2020/2021 учебного года;");
    assert_eq!(phrase, "в первом полугодии 2020/2021 учебного года");
    assert_eq!(value.start(), Some(d(2020, 9, 1)));
    assert_eq!(value.due(), Some(d(2020, 12, 31)));
    let (_, value) = only("до конца 1 полугодия 2021-2022 уч. г.");
    assert_eq!(value, DeadlineValue::EndOf(half(2021, 2022, 1)));
    assert_eq!(value.due(), Some(d(2021, 12, 31)));

    let found = deadlines_in("во втором полугодии учебного года", Some(2019));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "во втором полугодии учебного года");
    assert_eq!(found[0].1.value, DeadlineValue::Within(half(2019, 2020, 2)));
    assert!(found[0].1.year_implied);
    assert!(deadlines_in("во втором полугодии учебного года", None).is_empty());

    // A calendar half-year stays calendar.
    let (_, value) = only("во втором полугодии 2020 года");
    assert_eq!(value.start(), Some(d(2020, 7, 1)));
    assert_eq!(
        only("в третьем полугодии 2019/2020 учебного года").0,
        "2019/2020 учебного года"
    );
}

#[test]
fn year_ranges_need_an_introducer() {
    let range = |from, to| DeadlineValue::YearRange { from, to };
    assert_eq!(
        only("в 2019-2021 годах переход на персонифицированный учёт"),
        ("в 2019-2021 годах".into(), range(2019, 2021))
    );
    assert_eq!(
        only("в период 2020-2024 гг., а также"),
        ("в период 2020-2024 гг.".into(), range(2020, 2024))
    );
    assert_eq!(
        only("программа на 2016-2022 годы"),
        ("на 2016-2022 годы".into(), range(2016, 2022))
    );
    assert_eq!(only("в 2019–2024 годах").1, range(2019, 2024));
    assert_eq!(only("в течение 2019 - 2021 годов").1, range(2019, 2021));
    assert_eq!(only("с 2020 по 2024 год").1, range(2020, 2024));
    assert_eq!(range(2019, 2021).start(), Some(d(2019, 1, 1)));
    assert_eq!(range(2019, 2021).due(), Some(d(2021, 12, 31)));
    none_in("75-летия Победы в Великой Отечественной войне 1941-1945 годов");
    none_in("обучающихся 1-9 классов");
    none_in("в 1-9 классах");
}

#[test]
fn start_dates() {
    assert_eq!(
        only("с 1 сентября 2021 г. ввести"),
        (
            "с 1 сентября 2021 г.".into(),
            DeadlineValue::From(d(2021, 9, 1))
        )
    );
    let (phrase, value) = only("с сентября 2019 года обеспечить реализацию");
    assert_eq!(phrase, "с сентября 2019 года");
    assert_eq!(value, DeadlineValue::From(d(2019, 9, 1)));
    assert_eq!(value.start(), Some(d(2019, 9, 1)));
    assert_eq!(value.due(), None);
    assert_eq!(only("с 2020 года").1, DeadlineValue::From(d(2020, 1, 1)));
    none_in("с охватом 100% обучающихся");
    none_in("с 5 лет");
    none_in("с 2020");
}

#[test]
fn standing_and_recurring() {
    assert_eq!(only("постоянно").1, DeadlineValue::Standing);
    assert_eq!(
        only("Ежегодно").1,
        DeadlineValue::Recurring(Recurrence::Yearly)
    );
    assert_eq!(
        only("ежеквартально").1,
        DeadlineValue::Recurring(Recurrence::Quarterly)
    );
    assert_eq!(
        only("ежемесячно").1,
        DeadlineValue::Recurring(Recurrence::Monthly)
    );
    assert_eq!(
        only("еженедельно").1,
        DeadlineValue::Recurring(Recurrence::Weekly)
    );
    assert!(DeadlineValue::Standing.is_standing());
    assert!(DeadlineValue::Recurring(Recurrence::Monthly).is_standing());
    assert!(!DeadlineValue::Date(d(2019, 9, 20)).is_standing());
    assert_eq!(DeadlineValue::Standing.due(), None);
    none_in("постоянный контроль");
}

#[test]
fn labelled_deadlines() {
    let found = deadlines_in("Срок исполнения: постоянно", Some(2022));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Срок исполнения: постоянно");
    assert_eq!(found[0].1.value, DeadlineValue::Standing);
    assert!(found[0].1.labelled);

    let found = deadlines_in("Срок исполнения: до 01.03.2022", Some(2022));
    assert_eq!(found[0].0, "Срок исполнения: до 01.03.2022");
    assert_eq!(found[0].1.value, DeadlineValue::Date(d(2022, 3, 1)));
    assert!(found[0].1.labelled);

    let found = deadlines_in("Срок: до 1 марта", Some(2022));
    assert_eq!(found[0].0, "Срок: до 1 марта");
    assert_eq!(found[0].1.value, DeadlineValue::Date(d(2022, 3, 1)));

    let found = deadlines_in("Срок – 20 сентября 2019 г.", None);
    assert_eq!(found[0].1.value, DeadlineValue::Date(d(2019, 9, 20)));
    let found = deadlines_in("Сроки реализации: 2019-2021 гг.", None);
    assert_eq!(
        found[0].1.value,
        DeadlineValue::YearRange {
            from: 2019,
            to: 2021
        }
    );
    let found = deadlines_in("Срок: сентябрь 2020 г.", None);
    assert_eq!(
        found[0].1.value,
        DeadlineValue::Within(Period::Month {
            year: 2020,
            month: 9
        })
    );

    let unlabelled = deadlines_in("до 01.03.2022", None);
    assert!(!unlabelled[0].1.labelled);
    let found = deadlines_in("Срок исполнения: по мере необходимости", None);
    assert_eq!(found[0].0, "Срок исполнения: по мере необходимости");
    assert_eq!(found[0].1.value, DeadlineValue::Standing);
    none_in("Срок исполнения: уточняется");
    none_in("Срок: ");
}

#[test]
fn impossible_dates_are_kept() {
    let (phrase, value) = only("разработать до 31 июня 2019 года");
    assert_eq!(phrase, "до 31 июня 2019 года");
    assert_eq!(
        value,
        DeadlineValue::Impossible {
            day: 31,
            month: 6,
            year: Some(2019)
        }
    );
    assert_eq!(value.due(), None);
    assert_eq!(
        only("30.02.2020").1,
        DeadlineValue::Impossible {
            day: 30,
            month: 2,
            year: Some(2020)
        }
    );
    assert_eq!(
        only("до 0 сентября").1,
        DeadlineValue::Impossible {
            day: 0,
            month: 9,
            year: Some(2019)
        }
    );
    assert_eq!(
        only("до 29 февраля 2019 года").1,
        DeadlineValue::Impossible {
            day: 29,
            month: 2,
            year: Some(2019)
        }
    );
    assert_eq!(
        only("до 29 февраля 2020 года").1,
        DeadlineValue::Date(d(2020, 2, 29))
    );
    assert_eq!(
        only("31.13.2020").1,
        DeadlineValue::Impossible {
            day: 31,
            month: 13,
            year: Some(2020)
        }
    );
}

#[test]
fn narrated_past_periods_are_not_deadlines() {
    none_in("центры «Точка роста» открыты в 2019 г., естественно-научные в 2021 году");
    none_in("Совещание проводилось с целью определения приоритетов в 2020 году.");
    assert_eq!(
        only("Совещание проводилось в январе. Провести семинар в 2020 году").0,
        "в 2020 году"
    );
    // Explicit deadlines are never dropped.
    assert_eq!(
        only("участники отметили, что до 1 октября 2019 года надо завершить").0,
        "до 1 октября 2019 года"
    );
}

#[test]
fn quoted_titles_hold_no_deadlines() {
    none_in("Государственной программы «Развитие образования на 2016-2022 годы и на плановый период до 2026 года»");
    none_in("программы \"Развитие образования на 2016-2022 годы\"");
    assert_eq!(only("центра\"; в 2020 году провести").0, "в 2020 году");
    assert_eq!(
        only("программы «Развитие образования» на 2016-2022 годы").0,
        "на 2016-2022 годы"
    );
}

#[test]
fn several_deadlines_keep_order_and_ranges() {
    let text = "к концу 2019 года до 73 %, к концу 2020 года до 75 %; до 31.12.2021 и постоянно";
    let found = deadlines_in(text, Some(2019));
    let phrases: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        phrases,
        [
            "к концу 2019 года",
            "к концу 2020 года",
            "до 31.12.2021",
            "постоянно"
        ]
    );
}

#[test]
fn descriptions() {
    assert_eq!(
        DeadlineValue::Date(d(2019, 9, 20)).describe_ru(),
        "срок: 20.09.2019"
    );
    assert_eq!(
        DeadlineValue::Date(d(2019, 9, 20)).describe_en(),
        "due: 20.09.2019"
    );
    let academic = DeadlineValue::AcademicYear {
        first: 2019,
        second: 2020,
    };
    assert_eq!(academic.describe_ru(), "срок: 01.09.2019–31.08.2020");
    assert_eq!(academic.describe_en(), "due: 01.09.2019–31.08.2020");
    assert_eq!(DeadlineValue::Standing.describe_ru(), "срок: постоянно");
    assert_eq!(DeadlineValue::Standing.describe_en(), "due: ongoing");
    assert_eq!(
        DeadlineValue::Recurring(Recurrence::Yearly).describe_ru(),
        "срок: ежегодно"
    );
    assert_eq!(
        DeadlineValue::EndOf(Period::Year(2020)).describe_ru(),
        "срок: 31.12.2020"
    );
    assert_eq!(
        DeadlineValue::BeforeYear(2024).describe_en(),
        "due: 31.12.2023"
    );
    assert_eq!(
        DeadlineValue::From(d(2021, 9, 1)).describe_ru(),
        "срок: с 01.09.2021"
    );
    assert_eq!(
        DeadlineValue::Impossible {
            day: 31,
            month: 6,
            year: Some(2019)
        }
        .describe_ru(),
        "срок: несуществующая дата 31.06.2019"
    );
    assert_eq!(
        DeadlineValue::MissingYear {
            day: None,
            month: 2
        }
        .describe_en(),
        "due: February (no year)"
    );
}
