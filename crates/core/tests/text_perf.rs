//! Throughput of the text importer and exporter on large synthetic
//! documents (own sample phrases, repeated). Timing tests are ignored by
//! default; run them natively in release:
//! `cargo test -p resolution-core --release --test text_perf -- --ignored --nocapture`.
//! The non-ignored test checks linear scaling in the number of nodes.

use std::time::Instant;

use resolution_core::text::{export_text, import_text, NumberingStyle};

/// A decision of roughly `bytes` bytes: preamble, then many sections with
/// numbered, bulleted and plain directives and sub-leads.
fn big_decision(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    out.push_str("**РЕШЕНИЕ**  \n**августовского совещания работников образования**\n«Качество образования: задачи и механизмы»\n\nОдобрено участниками совещания 28 августа 2024 года\n\n");
    out.push_str("Участники совещания обсудили итоги учебного года и отметили участие в проектах по:\n\n- созданию центров «Точка роста»;\n- 2 центров цифрового профиля;\n\n");
    let mut n = 0;
    while out.len() < bytes {
        n += 1;
        out.push_str(&format!("{n}. Управлению образования администрации района во взаимодействии с руководителями ОО:\n\n"));
        out.push_str(&format!("{n}.1. Обеспечить мониторинг реализации муниципальной программы до 1 октября 2024 года.\n\n"));
        out.push_str(&format!("{n}.2. Организовать курсы повышения квалификации для учителей, уделив особое внимание\n\nмолодым педагогам сельских школ.\n\n"));
        out.push_str("• своевременное обновление сайтов;- размещение отчётов о самообследовании до 20 апреля 2025 года.\n\n");
        out.push_str("принять меры по обеспечению:\n\n- охвата детей дополнительным образованием до 75 %;\n- доступности образования для детей из сельской местности;\n\n");
        out.push_str("продолжить работу по снижению документационной нагрузки на учителей;\n\n");
    }
    out.push_str("\nПредседатель совещания          А.В. Смирнова\nСекретарь                        Е.Н. Кузнецова\n");
    out
}

/// A protocol of roughly `bytes` bytes with many agenda items.
fn big_protocol(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    out.push_str("Комитет по образованию\n\nПРОТОКОЛ №12\nсовещания руководителей\n\n12.10.2023\n\nПредседатель - Смирнова А.В., начальник\nСекретарь- Кузнецова Е.Н.\n\nПрисутствовали:\n\nПетрова Н.С. - методист\n\nПОВЕСТКА\n\n");
    let items = bytes / 850 + 1;
    for i in 1..=items {
        out.push_str(&format!("{i}. О ходе реализации программы развития образования, этап {i}\n\nПетрова Н.С. - методист\n\n"));
    }
    for i in 1..=items {
        out.push_str(&format!("{i}. СЛУШАЛИ: Петрову Н.С. , которая рассказала о ходе реализации программы и о\n\nрезультатах мониторинга качества образования в школах района.\n\nУчастники совещания задавали вопросы о сроках проведения мониторинга.\n\nРЕШИЛИ:\n\n1. Информацию принять к сведению.\n\n2. Руководителям ОО:\n\n2.1. Обеспечить участие школ в мониторинге.\n\n2.2. Провести анализ результатов на педагогических советах\n\nСрок исполнения: постоянно\n\n"));
    }
    out.push_str("Председатель:\nСекретарь:\n\n\nСмирнова А.В.\nКузнецова Е.Н.\n");
    out
}

fn mb_per_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1_000_000.0 / secs.max(1e-9)
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (T, f64) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let out = f();
        best = best.min(start.elapsed().as_secs_f64());
        last = Some(out);
    }
    (last.expect("at least one run"), best)
}

#[test]
#[ignore = "timing; run in release with --ignored"]
fn throughput_10_mb() {
    for (name, input) in [
        ("decision", big_decision(10_000_000)),
        ("protocol", big_protocol(10_000_000)),
    ] {
        let (doc, import_s) = best_of(3, || import_text(&input));
        let (text, export_s) = best_of(3, || export_text(&doc, NumberingStyle::Decimal));
        println!(
            "{name}: {:.1} MB in, import {:.1} MB/s ({:.0} ms), export {:.1} MB/s ({:.0} ms)",
            input.len() as f64 / 1e6,
            mb_per_s(input.len(), import_s),
            import_s * 1e3,
            mb_per_s(text.len(), export_s),
            export_s * 1e3
        );
        assert!(doc.unclassified.is_empty());
    }
}

#[test]
fn import_scales_linearly() {
    // Node counts grow linearly with input, and the structure of a repeated
    // block does not change with the document size.
    let small = import_text(&big_decision(20_000));
    let large = import_text(&big_decision(200_000));
    let ratio = large.sections.len() as f64 / small.sections.len() as f64;
    assert!((8.0..12.0).contains(&ratio), "sections ratio {ratio}");
    for s in small.sections.iter().chain(&large.sections) {
        assert_eq!(s.directives.len(), 6, "{}", s.addressee);
        assert_eq!(s.directives[4].items.len(), 2);
    }
    let proto = import_text(&big_protocol(100_000));
    let p = proto.protocol.expect("protocol");
    assert!(p.agenda.len() > 50);
    assert!(p
        .agenda
        .iter()
        .all(|a| a.decided.len() == 2 && a.heard.speaker == "Петрову Н.С."));
    assert_eq!(proto.signatories.len(), 2);
}

#[test]
#[ignore = "timing; run in release with --ignored"]
fn pathological_inputs_stay_linear() {
    let size = 5_000_000;
    let cases: Vec<(&str, String)> = vec![
        ("one long line", "обеспечить охват детей ".repeat(size / 40)),
        (
            "one wrapped sentence",
            "обеспечить охват детей\n\n".repeat(size / 40),
        ),
        (
            "run-in bullets",
            format!("- {}", "пункт;- ".repeat(size / 12)),
        ),
        ("bold markers", "**\n** **\n".repeat(size / 9)),
        (
            "infinitive tail",
            format!("Управлению {}:", "обеспечить ".repeat(size / 21)),
        ),
        (
            "dates",
            "(13 февраля 2020 г.) 25.02.2022 ".repeat(size / 50),
        ),
    ];
    for (name, input) in cases {
        let (doc, secs) = best_of(1, || import_text(&input));
        println!(
            "{name}: {:.1} MB, {:.1} MB/s",
            input.len() as f64 / 1e6,
            mb_per_s(input.len(), secs)
        );
        assert!(secs < 5.0, "{name} took {secs:.1} s");
        assert!(doc.unclassified.len() <= 1);
    }
}
