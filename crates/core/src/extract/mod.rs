//! Deadline, target and legal-reference extraction from directive text.
//!
//! [`extract`] scans a piece of text once (a hand-written tokenizer and
//! pattern matcher over words, no regular expressions) and returns the
//! deadline phrases (`до 20 сентября 2019 года`, `в течение 2019/2020
//! учебного года`, `постоянно`), quantitative targets (`не менее 30%`,
//! `к концу 2019 года до 73 %`) and references to legal acts
//! (`Указ Президента РФ от 07.05.2018 г. №204`), each with the byte range of
//! the phrase and a normalised value.
//!
//! Rules worth knowing:
//! * Dates inside legal references, and anything inside a quoted title
//!   (`«… на период до 2024 года»`, `«… на 2016-2022 годы»`), are neither
//!   deadlines nor targets: a name is not a commitment. A quoted title right
//!   after a reference is recorded in [`LegalRef::title`].
//! * A year range counts only when introduced by `в`, `в период`, `на`,
//!   `в течение` (`в 2019-2021 годах`); `войне 1941-1945 годов` is not a
//!   deadline. An academic year (`2019-2020 учебный год`) needs no
//!   introducer.
//! * A bare numeric date (`31.12.2019`, `25. 02.2022`) is a deadline,
//!   except after `от` (`заявка от 25.02.2022` dates a document); a bare
//!   textual date (`13 февраля 2020 г.`) needs an introducer (`до`, `к`,
//!   `по`, `с`, `не позднее`) or a `Срок:` label, and so does a numeric
//!   date with a two-digit year (`до 20.09.19`, read as 2019) or none
//!   (`до 20.09`): alone they look like section numbers (`2.3.15`, `1.10`).
//!   A year-less numeric date needs a two-digit month and a day that exists
//!   (`до 2.5 ставки`, `до 10.30 часов` are not dates).
//! * `до 2024 года` means "before 1 January 2024": due 31.12.2023
//!   ([`DeadlineValue::BeforeYear`]); `к 2024 году` means by the end of 2024;
//!   `до 20 сентября 2019 года` is due on 20.09.2019 itself; `до сентября`
//!   is due the last day of August; `до начала 2020/2021 учебного года` is
//!   due 31.08.2020.
//! * A half of an academic year follows the academic year, not the
//!   calendar: `в I полугодии 2019/2020 учебного года` is 01.09–31.12.2019,
//!   `во II полугодии 2019/2020 учебного года` is 01.01–31.08.2020
//!   ([`Period::AcademicHalfYear`]).
//! * `постоянно` and `по мере необходимости` are [`DeadlineValue::Standing`];
//!   `ежегодно`, `ежеквартально`, … are [`DeadlineValue::Recurring`].
//! * A year-less phrase (`до 20 сентября`, `до 20.09`, `в феврале`,
//!   `(февраль)`, `в течение учебного года`) takes its year from the
//!   document and sets [`Deadline::year_implied`]: the first year that puts
//!   it on or after [`ExtractContext::adopted_on`] (in a decision adopted
//!   on 30.08.2019 `(февраль)` is February 2020), else
//!   [`ExtractContext::default_year`].
//! * An impossible date (`до 31 июня 2019 года`, `30.02.2020`) is kept as
//!   [`DeadlineValue::Impossible`], never dropped.
//! * Quotes: `«…»`, `“…”` and straight `"…"` pairs on one line mute what
//!   they hold.
//! * A count target needs a firm comparator (`не менее 30 педагогов`);
//!   ages and durations (`от 5 до 18 лет`, `до 3 лет`) and bare counts
//!   (`2 центров`, `более 158 человек`) are not targets. A percentage right
//!   after `составляет`/`составил…` states a fact and is not a target.
//! * A target is tied to the deadline right before it (`к концу 2019 года
//!   до 73 %`), else right after it (`до 73 % к концу 2019 года`), else the
//!   nearest one before or after it in the same clause (no `;`, full stop
//!   or line break between).
//! * A period introduced by a bare `в` (`в 2019 году`) in a clause that
//!   already has a past-tense verb or short participle (`центры открыты в
//!   2019г.`, `совещание проводилось … в 2020 году`) narrates a fact and is
//!   not a deadline.
//!
//! The work is linear in the length of the text and allocates only the
//! token buffer and the result vectors.

mod deadline;
mod implied;
mod legal;
mod periods;
mod ranges;
mod scan;
mod target;
mod types;
mod value;

pub use ranges::{char_range, utf16_range, TextOffsets, Units};
pub use types::{
    Amount, Comparator, Deadline, DeadlineValue, ExtractContext, Extraction, LegalActKind,
    LegalRef, Period, Recurrence, Target, TargetUnit,
};

use deadline::Bare;
use scan::{Kind, Scan, ScanBuffers};

/// Finds deadlines, targets and legal references in `text`.
///
/// Never panics; every returned range lies on char boundaries of `text`,
/// and each list is sorted with non-overlapping ranges.
pub fn extract(text: &str, ctx: &ExtractContext) -> Extraction {
    extract_with(text, ctx, &mut ExtractBuffers::default())
}

/// The allocations of [`extract_with`], kept between texts: a validator
/// extracts from every directive in a row.
#[derive(Debug, Default)]
pub(crate) struct ExtractBuffers {
    scan: ScanBuffers,
    links: LinkBuffers,
}

/// Working memory of [`link_targets`].
#[derive(Debug, Default)]
struct LinkBuffers {
    /// The token range of each deadline.
    deadline_toks: Vec<(usize, usize)>,
    /// For each token index, how many clause breaks come before it.
    breaks: Vec<u32>,
}

/// [`extract`] reusing the allocations of earlier scans: for callers that
/// extract from many texts in a row.
pub(crate) fn extract_with(
    text: &str,
    ctx: &ExtractContext,
    buffers: &mut ExtractBuffers,
) -> Extraction {
    let scan = Scan::with_buffers(text, std::mem::take(&mut buffers.scan));
    let out = extract_from(&scan, ctx, &mut buffers.links);
    buffers.scan = scan.into_buffers();
    if buffers.links.breaks.capacity() > KEPT_LINK_ENTRIES {
        buffers.links = LinkBuffers::default();
    }
    out
}

/// Link buffers that grew past this many tokens (one huge text) are not
/// kept.
const KEPT_LINK_ENTRIES: usize = 1 << 14;

fn extract_from(scan: &Scan, ctx: &ExtractContext, links: &mut LinkBuffers) -> Extraction {
    let text = scan.text;
    let mut out = Extraction::default();
    let mut narrative = false;
    let mut i = 0;
    while i < scan.len() {
        if is_clause_break(scan, i) {
            narrative = false;
        }
        if !may_start(scan, i) {
            if scan.word(i).is_some_and(deadline::is_past_form) {
                narrative = true;
            }
            i += 1;
            continue;
        }
        if let Some(close) = scan.closing_quote(i) {
            i = close + 1;
            continue;
        }
        if let Some(found) = legal::legal_at(scan, i) {
            let mut end = found.end.max(i + 1);
            let title = scan.closing_quote(end).map(|close| {
                let span = scan.span(end, close + 1);
                end = close + 1;
                span
            });
            let number = found
                .number
                .and_then(|(a, b)| text.get(scan.span(a, b)))
                .unwrap_or_default()
                .to_owned();
            out.references.push(LegalRef {
                range: scan.span(i, found.end.max(i + 1)),
                kind: found.kind,
                date: found.date,
                number,
                title,
            });
            i = end;
            continue;
        }
        let labelled = deadline::label_at(scan, i)
            .and_then(|after| deadline::deadline_at(scan, after, ctx, true))
            .map(|found| (found, true));
        let found = labelled
            .or_else(|| deadline::deadline_at(scan, i, ctx, false).map(|found| (found, false)));
        if let Some((found, labelled)) = found {
            let end = found.end.max(i + 1);
            let fact = match found.bare {
                Bare::No => false,
                Bare::In => narrative,
                Bare::Date => narrative || narrates_ahead(scan, end),
            };
            if fact {
                i = end;
                continue;
            }
            out.deadlines.push(Deadline {
                range: scan.span(i, end),
                value: found.value,
                year_implied: found.year_implied,
                labelled,
            });
            i = end;
            continue;
        }
        if let Some(found) = target::target_at(scan, i) {
            let end = found.end.max(i + 1);
            out.targets.push(Target {
                range: scan.span(i, end),
                comparator: found.comparator,
                amount: found.amount,
                unit: found.unit,
                deadline: None,
                due: None,
            });
            i = end;
            continue;
        }
        i += 1;
    }
    if !out.targets.is_empty() && !out.deadlines.is_empty() {
        link_targets(scan, &mut out, links);
    }
    out
}

/// A cheap test whether any phrase can start at token `i`: numbers, `(`,
/// opening quotes and the first words of the patterns in `deadline`,
/// `target` and `legal`. Most words fail it after one or two comparisons,
/// which keeps the scan fast.
fn may_start(scan: &Scan, i: usize) -> bool {
    let Some(tok) = scan.tok(i) else {
        return false;
    };
    let word = match tok.kind {
        Kind::Number => return true,
        Kind::Punct(c) => return matches!(c, '(' | '«' | '“' | '"'),
        Kind::Newline => return false,
        Kind::Word => scan.word(i).unwrap_or_default(),
    };
    let Some(first) = word.chars().next() else {
        return false;
    };
    match first {
        'д' => word == "до",
        'к' => word == "к" || word.starts_with("конституционн"),
        'п' => {
            matches!(word, "по" | "постоянно")
                || word.starts_with("приказ")
                || word.starts_with("протокол")
                || word.starts_with("постановлени")
                || word.starts_with("письм")
        }
        'н' => matches!(word, "не" | "на" | "ниже"),
        'в' => matches!(word, "в" | "во" | "выше"),
        'с' => matches!(word, "с" | "со" | "срок" | "сроки" | "свыше"),
        'е' => word.starts_with("еже"),
        'у' => word.starts_with("указ"),
        'р' => word.starts_with("распоряжени") || word.starts_with("решени"),
        'з' => word.starts_with("закон"),
        'ф' => word.starts_with("федеральн"),
        'о' => word.starts_with("областн"),
        'б' => matches!(word, "более" | "больше"),
        'м' => matches!(word, "менее" | "меньше"),
        _ => false,
    }
}

/// Ties each target to a deadline (see the module docs for the order of
/// preference) and copies its due date.
fn link_targets(scan: &Scan, out: &mut Extraction, links: &mut LinkBuffers) {
    let LinkBuffers {
        deadline_toks,
        breaks,
    } = links;
    deadline_toks.clear();
    deadline_toks.extend(out.deadlines.iter().map(|d| scan.token_range(&d.range)));
    clause_breaks(scan, breaks);
    let deadline_toks = &*deadline_toks;
    let same_clause = |a: usize, b: usize| breaks.get(a) == breaks.get(b);
    for target in &mut out.targets {
        let (start, end) = scan.token_range(&target.range);
        let after = deadline_toks.partition_point(|&(_, d_end)| d_end <= start);
        let before = after.checked_sub(1);
        let prev = before.and_then(|k| deadline_toks.get(k).map(|&(_, d_end)| (k, d_end)));
        let next = deadline_toks
            .get(after)
            .map(|&(d_start, _)| (after, d_start));
        let chosen = prev
            .filter(|&(_, d_end)| only_joiners(scan, d_end, start))
            .or_else(|| next.filter(|&(_, d_start)| only_joiners(scan, end, d_start)))
            .or_else(|| prev.filter(|&(_, d_end)| same_clause(d_end, start)))
            .or_else(|| next.filter(|&(_, d_start)| same_clause(end, d_start)))
            .map(|(k, _)| k);
        target.deadline = chosen;
        target.due = chosen
            .and_then(|k| out.deadlines.get(k))
            .and_then(|d| d.value.due());
    }
}

/// Whether tokens `from..to` are at most a couple of dashes or colons.
fn only_joiners(scan: &Scan, from: usize, to: usize) -> bool {
    to >= from && to - from <= 2 && (from..to).all(|k| scan.is_dash(k) || scan.is_punct(k, ':'))
}

/// Fills `counts` with, for each token index, how many clause breaks come
/// before it.
fn clause_breaks(scan: &Scan, counts: &mut Vec<u32>) {
    counts.clear();
    counts.reserve(scan.len() + 1);
    let mut count = 0u32;
    for k in 0..scan.len() {
        counts.push(count);
        if is_clause_break(scan, k) {
            count = count.saturating_add(1);
        }
    }
    counts.push(count);
}

/// Whether the sentence holds a past form from token `k` on.
fn narrates_ahead(scan: &Scan, mut k: usize) -> bool {
    while k < scan.len() && !is_clause_break(scan, k) {
        if scan.word(k).is_some_and(deadline::is_past_form) {
            return true;
        }
        k += 1;
    }
    false
}

/// Whether token `k` ends a clause: a line break, `;`, `!`, `?`, or a full
/// stop that does not close a short abbreviation such as `г.`.
#[inline]
fn is_clause_break(scan: &Scan, k: usize) -> bool {
    match scan.tok(k).map(|t| t.kind) {
        Some(Kind::Newline | Kind::Punct(';' | '!' | '?')) => true,
        Some(Kind::Punct('.')) => scan.is_full_stop(k),
        _ => false,
    }
}
