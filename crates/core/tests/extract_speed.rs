//! Throughput of `extract` on a few megabytes of resolution-style text.
//! Ignored by default; run with
//! `cargo test --release -p resolution-core --test extract_speed -- --ignored --nocapture`.

use std::time::Instant;

use resolution_core::extract::{extract, ExtractContext};

const LINES: &[&str] = &[
    "1. Управлению образования во взаимодействии с руководителями образовательных организаций:",
    "- обеспечить до 20 сентября 2021 года разработку и реализацию дополнительных общеобразовательных программ;",
    "- принять меры по обеспечению охвата детей в возрасте от 5 до 18 лет дополнительным образованием к концу 2021 года до 78 %, к концу 2022 года до 80 %;",
    "- в течение 2021/2022 учебного года проанализировать результаты всероссийских проверочных работ;",
    "- до 31 декабря 2021 года обеспечить консультативную помощь для не менее 30% родителей (законных представителей);",
    "Срок исполнения: постоянно",
    "В соответствии с Указом Президента Российской Федерации от 21.07.2020 г. № 474 «О национальных целях развития Российской Федерации на период до 2030 года» участники совещания отметили важность обсуждаемых проблем.",
    "Участники совещания обсудили меры по развитию сферы образования в районе, возможности, которые даёт участие района в реализации национальных проектов.",
    "- разработать и реализовать план мероприятий по повышению качества образования в период 2021-2024 гг., привлечь не менее 25 педагогов;",
];

#[test]
#[ignore = "timing; run in release with --ignored"]
fn extract_throughput() {
    let mut text = String::new();
    while text.len() < 8 * 1024 * 1024 {
        for line in LINES {
            text.push_str(line);
            text.push('\n');
        }
    }
    let ctx = ExtractContext {
        default_year: Some(2021),
    };
    let rounds = 5;
    let started = Instant::now();
    let mut deadlines = 0;
    for _ in 0..rounds {
        let found = extract(&text, &ctx);
        deadlines += found.deadlines.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    let megabytes = (text.len() * rounds) as f64 / 1_000_000.0;
    let rate = megabytes / seconds;
    println!("extract: {megabytes:.1} MB in {seconds:.3} s = {rate:.1} MB/s");
    let per_block = 7;
    let blocks = text.matches("Срок исполнения").count();
    assert_eq!(deadlines, blocks * per_block * rounds);
    if !cfg!(debug_assertions) {
        assert!(rate >= 50.0, "extract is too slow: {rate:.1} MB/s");
    }
}
