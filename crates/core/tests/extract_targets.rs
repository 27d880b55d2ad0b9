//! Targets and legal references, positive and negative examples, plus
//! char/UTF-16 range conversion.

use resolution_core::date::CivilDate;
use resolution_core::extract::{
    char_range, extract, utf16_range, Amount, Comparator, ExtractContext, LegalActKind, Target,
    TargetUnit,
};

fn d(y: i32, m: u8, day: u8) -> CivilDate {
    CivilDate::new(y, m, day).expect("valid test date")
}

const CTX: ExtractContext = ExtractContext {
    default_year: Some(2019),
    adopted_on: None,
};

fn targets_in(text: &str) -> Vec<(String, Target)> {
    extract(text, &CTX)
        .targets
        .into_iter()
        .map(|t| (text[t.range.clone()].to_owned(), t))
        .collect()
}

fn only(text: &str) -> (String, Target) {
    let found = targets_in(text);
    assert_eq!(
        found.len(),
        1,
        "expected one target in {text:?}, got {found:?}"
    );
    found.into_iter().next().expect("one target")
}

fn none_in(text: &str) {
    let found = targets_in(text);
    assert!(
        found.is_empty(),
        "expected no target in {text:?}, got {found:?}"
    );
}

fn whole(units: u64) -> Amount {
    Amount { units, scale: 0 }
}

#[test]
fn percentages_with_comparators() {
    let cases = [
        ("повысить охват до 73 %", "до 73 %", Comparator::UpTo, 73),
        (
            "для не менее 30% родителей",
            "не менее 30%",
            Comparator::AtLeast,
            30,
        ),
        (
            "не ниже 80 % выпускников",
            "не ниже 80 %",
            Comparator::AtLeast,
            80,
        ),
        ("свыше 50% педагогов", "свыше 50%", Comparator::MoreThan, 50),
        ("более 5 % детей", "более 5 %", Comparator::MoreThan, 5),
        ("менее 5 % детей", "менее 5 %", Comparator::LessThan, 5),
        (
            "не более 10 % пропусков",
            "не более 10 %",
            Comparator::AtMost,
            10,
        ),
        ("охват 100 % обучающихся", "100 %", Comparator::Exactly, 100),
        ("увеличить на 10% долю", "на 10%", Comparator::ChangeBy, 10),
        (
            "с охватом 100% обучающихся",
            "100%",
            Comparator::Exactly,
            100,
        ),
        (
            "не менее чем 60 процентов",
            "не менее чем 60 процентов",
            Comparator::AtLeast,
            60,
        ),
    ];
    for (text, phrase, comparator, value) in cases {
        let (found, target) = only(text);
        assert_eq!(found, phrase, "{text}");
        assert_eq!(target.comparator, comparator, "{text}");
        assert_eq!(target.amount, whole(value), "{text}");
        assert_eq!(target.unit, TargetUnit::Percent, "{text}");
    }
}

#[test]
fn decimal_values() {
    let (phrase, target) = only("не менее 12,5 % выпускников");
    assert_eq!(phrase, "не менее 12,5 %");
    assert_eq!(
        target.amount,
        Amount {
            units: 125,
            scale: 1
        }
    );
    assert!((target.amount.as_f64() - 12.5).abs() < 1e-9);
    assert_eq!(target.describe_ru(), "цель: ≥ 12,5 %");
    assert_eq!(target.describe_en(), "target: ≥ 12.5 %");
    assert_eq!(only("до 0,05 %").1.amount.to_string_ru(), "0,05");
}

#[test]
fn counts_need_a_firm_comparator() {
    let (phrase, target) = only("привлечь не менее 30 педагогов");
    assert_eq!(phrase, "не менее 30 педагогов");
    assert_eq!(target.comparator, Comparator::AtLeast);
    assert_eq!(
        target.unit,
        TargetUnit::Count {
            noun: "педагогов".into()
        }
    );
    assert_eq!(target.describe_ru(), "цель: ≥ 30 педагогов");
    let (_, target) = only("провести не менее 5 мероприятий");
    assert_eq!(target.amount, whole(5));
    let (_, target) = only("не более 25 обучающихся в группе");
    assert_eq!(target.comparator, Comparator::AtMost);

    none_in("приняли участие более 158 человек");
    none_in("создание 2 центров образования");
    none_in("до 30 педагогов");
    none_in("не менее 2 раз в год");
    none_in("не менее 3 лет");
    none_in("снизить на 5 процентных пунктов");
}

#[test]
fn ages_and_ordinals_are_not_targets() {
    none_in("охват детей в возрасте от 5 до 18 лет");
    none_in("детей в возрасте от 2 месяцев до 3 лет");
    none_in("обучающихся 1-9 классов");
    none_in("празднования 75-летия Победы");
    none_in("войне 1941-1945 годов");
    none_in("МОУ-СОШ №1, МОУ-СОШ №2");
}

#[test]
fn stated_facts_are_not_targets() {
    none_in("доля охвата несовершеннолетних составляет 100%.");
    none_in("показатель составил 87,5 %");
    let (_, target) = only("доля должна составлять не менее 90 %");
    assert_eq!(target.comparator, Comparator::AtLeast);
}

#[test]
fn staged_series_link_each_target_to_its_deadline() {
    let text = "охват детей к концу 2019 года до 73 %, к концу 2020 года до 75 %, к концу 2021 года до 76 %";
    let found = extract(text, &CTX);
    assert_eq!(found.deadlines.len(), 3);
    assert_eq!(found.targets.len(), 3);
    let links: Vec<_> = found
        .targets
        .iter()
        .map(|t| (t.deadline, t.due, t.describe_ru()))
        .collect();
    assert_eq!(
        links,
        vec![
            (
                Some(0),
                Some(d(2019, 12, 31)),
                "цель: до 73 % к 31.12.2019".to_owned()
            ),
            (
                Some(1),
                Some(d(2020, 12, 31)),
                "цель: до 75 % к 31.12.2020".to_owned()
            ),
            (
                Some(2),
                Some(d(2021, 12, 31)),
                "цель: до 76 % к 31.12.2021".to_owned()
            ),
        ]
    );
    assert_eq!(
        found.targets[0].describe_en(),
        "target: up to 73 % by 31.12.2019"
    );
}

#[test]
fn reversed_series_link_forwards() {
    let text = "до 73 % к концу 2019 года, до 75 % к концу 2020 года";
    let found = extract(text, &CTX);
    let links: Vec<_> = found.targets.iter().map(|t| t.deadline).collect();
    assert_eq!(links, vec![Some(0), Some(1)]);
}

#[test]
fn clause_links_and_their_limits() {
    let text = "до 31 декабря 2019 года оказание помощи, в том числе для не менее 30% родителей";
    let found = extract(text, &CTX);
    assert_eq!(found.targets[0].due, Some(d(2019, 12, 31)));

    let text = "до 31 декабря 2019 года провести семинар; обеспечить охват 100 % детей";
    let found = extract(text, &CTX);
    assert_eq!(found.targets[0].deadline, None);
    assert_eq!(found.targets[0].describe_ru(), "цель: 100 %");

    let text = "в 2019/2020 учебном году – 100 % обучающихся";
    let found = extract(text, &CTX);
    assert_eq!(found.targets[0].due, Some(d(2020, 8, 31)));
}

#[test]
fn huge_numbers_do_not_panic() {
    let (_, target) = only("до 99999999999 %");
    assert_eq!(target.amount, whole(99_999_999_999));
    none_in("до 999999999999999999999999999999 %");
    none_in("не менее 99999999999999999999,99999 %");
}

#[test]
fn legal_references() {
    let cases = [
        (
            "с учётом Указа Президента РФ от 07.05.2018 г. №204 «О национальных целях»",
            "Указа Президента РФ от 07.05.2018 г. №204",
            LegalActKind::Decree,
            Some(d(2018, 5, 7)),
            "204",
        ),
        (
            "объявлением 2020 года Годом памяти и славы Указом Президента Российской Федерации от 8 июля 2019 года № 327.",
            "Указом Президента Российской Федерации от 8 июля 2019 года № 327",
            LegalActKind::Decree,
            Some(d(2019, 7, 8)),
            "327",
        ),
        (
            "Указа Главы Республики Саха (Якутия) от 22.11.2018 г. №190",
            "Указа Главы Республики Саха (Якутия) от 22.11.2018 г. №190",
            LegalActKind::Decree,
            Some(d(2018, 11, 22)),
            "190",
        ),
        (
            "согласно приказу министерства образования области от 12.03.2021 № 45-о",
            "приказу министерства образования области от 12.03.2021 № 45-о",
            LegalActKind::Order,
            Some(d(2021, 3, 12)),
            "45-о",
        ),
        (
            "постановление администрации района от 1 февраля 2021 г. № 12",
            "постановление администрации района от 1 февраля 2021 г. № 12",
            LegalActKind::Resolution,
            Some(d(2021, 2, 1)),
            "12",
        ),
        (
            "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
            "Федеральный закон от 29.12.2012 № 273-ФЗ",
            LegalActKind::Law,
            Some(d(2012, 12, 29)),
            "273-ФЗ",
        ),
        (
            "распоряжением Правительства РФ от 31.03.2022 № 678-р утверждена",
            "распоряжением Правительства РФ от 31.03.2022 № 678-р",
            LegalActKind::Directive,
            Some(d(2022, 3, 31)),
            "678-р",
        ),
        (
            "решением Собрания депутатов от 15 мая 2020 года",
            "решением Собрания депутатов от 15 мая 2020 года",
            LegalActKind::Other,
            Some(d(2020, 5, 15)),
            "",
        ),
        (
            "письмо Минпросвещения России от 10.02.2021 N 05-123",
            "письмо Минпросвещения России от 10.02.2021 N 05-123",
            LegalActKind::Other,
            Some(d(2021, 2, 10)),
            "05-123",
        ),
        (
            "согласно протоколу заседания совета от 12.03.2021 № 3",
            "протоколу заседания совета от 12.03.2021 № 3",
            LegalActKind::Other,
            Some(d(2021, 3, 12)),
            "3",
        ),
        (
            "Указа от 31.02.2020 № 7",
            "Указа от 31.02.2020 № 7",
            LegalActKind::Decree,
            None,
            "7",
        ),
        (
            "Федерального закона № 273-ФЗ от 29.12.2012",
            "Федерального закона № 273-ФЗ от 29.12.2012",
            LegalActKind::Law,
            Some(d(2012, 12, 29)),
            "273-ФЗ",
        ),
    ];
    for (text, phrase, kind, date, number) in cases {
        let found = extract(text, &CTX);
        assert_eq!(found.references.len(), 1, "{text}: {found:?}");
        let r = &found.references[0];
        assert_eq!(&text[r.range.clone()], phrase, "{text}");
        assert_eq!(r.kind, kind, "{text}");
        assert_eq!(r.date, date, "{text}");
        assert_eq!(r.number, number, "{text}");
        assert!(found.deadlines.is_empty(), "{text}: {:?}", found.deadlines);
        assert!(found.targets.is_empty(), "{text}: {:?}", found.targets);
    }
}

#[test]
fn reference_titles_are_recorded_and_muted() {
    let text = "Указа Президента РФ от 07.05.2018 г. №204 «О национальных целях на период до 2024 года»; провести до 1 октября 2019 г.";
    let found = extract(text, &CTX);
    let title = found.references[0].title.clone().expect("title");
    assert_eq!(
        &text[title],
        "«О национальных целях на период до 2024 года»"
    );
    assert_eq!(found.deadlines.len(), 1);
    assert_eq!(
        &text[found.deadlines[0].range.clone()],
        "до 1 октября 2019 г."
    );
}

#[test]
fn not_references() {
    for text in [
        "Протокол №4 совещания руководителей",
        "РЕШЕНИЕ совещания работников образования",
        "указанный срок до 1 октября 2019 г.",
        "решение о проведении конкурса",
    ] {
        assert!(extract(text, &CTX).references.is_empty(), "{text}");
    }
    let found = extract("указанный срок до 1 октября 2019 г.", &CTX);
    assert_eq!(found.deadlines.len(), 1);
}

#[test]
fn ranges_convert_to_chars_and_utf16() {
    let text = "😀 Срок: до 20 сентября 2019 года";
    let found = extract(text, &CTX);
    let range = found.deadlines[0].range.clone();
    assert_eq!(&text[range.clone()], "Срок: до 20 сентября 2019 года");
    assert_eq!(char_range(text, range.clone()), 2..32);
    assert_eq!(utf16_range(text, range), 3..33);
}
