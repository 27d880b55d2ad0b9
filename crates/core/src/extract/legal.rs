//! References to legal acts: an act word (`Указ`, `приказа`,
//! `постановлением`, `Федеральный закон`, …), an optional issuer
//! (`Президента Российской Федерации`, `Главы Республики Саха (Якутия)`),
//! then `от <date>` and/or `№ <number>` in either order.

use crate::date::CivilDate;

use super::periods::any_date;
use super::scan::{Kind, Scan};
use super::types::LegalActKind;

/// A reference found at some token.
#[derive(Debug, Clone)]
pub(super) struct RefFound {
    /// Index after the reference.
    pub end: usize,
    pub kind: LegalActKind,
    pub date: Option<CivilDate>,
    /// Token range of the number (after `№`), if any.
    pub number: Option<(usize, usize)>,
}

/// How many tokens may separate the act word from `от`/`№`.
const ISSUER_WINDOW: usize = 16;

/// The act kind named by the word at `i`, and the index of that word's
/// end. `Федеральный закон` is read as one act word.
fn act_at(s: &Scan, i: usize) -> Option<(LegalActKind, usize)> {
    let word = s.word(i)?;
    if word.starts_with("федеральн")
        || word.starts_with("областн")
        || word.starts_with("конституционн")
    {
        return act_at(s, i + 1).filter(|(kind, _)| *kind == LegalActKind::Law);
    }
    let kind = match word {
        "указ" | "указа" | "указом" | "указу" | "указе" => {
            LegalActKind::Decree
        }
        "приказ" | "приказа" | "приказом" | "приказу" | "приказе" => {
            LegalActKind::Order
        }
        "постановление"
        | "постановления"
        | "постановлением"
        | "постановлению"
        | "постановлении" => LegalActKind::Resolution,
        "распоряжение" | "распоряжения" | "распоряжением" | "распоряжению" | "распоряжении" => {
            LegalActKind::Directive
        }
        "закон" | "закона" | "законом" | "закону" | "законе" => {
            LegalActKind::Law
        }
        "решение"
        | "решения"
        | "решением"
        | "решению"
        | "решении"
        | "письмо"
        | "письма"
        | "письмом"
        | "письме"
        | "протокол"
        | "протокола"
        | "протоколом"
        | "протоколу"
        | "протоколе" => LegalActKind::Other,
        _ => return None,
    };
    Some((kind, i + 1))
}

/// Whether token `i` stops the search for `от`/`№` (end of line, sentence
/// or clause, a quoted title, another act).
fn stops(s: &Scan, i: usize) -> bool {
    match s.tok(i).map(|t| t.kind) {
        None | Some(Kind::Newline) => true,
        // A full stop ends the sentence unless it closes an abbreviation.
        Some(Kind::Punct('.')) => s.is_full_stop(i),
        Some(Kind::Punct(c)) => matches!(c, '«' | '»' | '“' | '”' | ';' | ':' | '"'),
        Some(Kind::Word) => act_at(s, i).is_some(),
        Some(Kind::Number) => false,
    }
}

/// `№ 327`, `№204`, `N 273-ФЗ` at `i`: returns the token range of the
/// number and the index after it.
fn number_at(s: &Scan, i: usize) -> Option<((usize, usize), usize)> {
    let sign = s.is_punct(i, '№') || (s.original(i) == Some("N") && s.number(i + 1).is_some());
    if !sign {
        return None;
    }
    let first = i + 1;
    let mut last = match s.tok(first).map(|t| t.kind) {
        Some(Kind::Number | Kind::Word) => first,
        _ => return None,
    };
    let mut k = first + 1;
    while s.touching(k - 1, k) {
        match s.tok(k).map(|t| t.kind) {
            Some(Kind::Number | Kind::Word) => last = k,
            Some(Kind::Punct('-' | '/' | '–')) => {}
            _ => break,
        }
        k += 1;
    }
    Some(((first, last + 1), last + 1))
}

/// `от 07.05.2018 г.`, `от 8 июля 2019 года` at `i`: the date (when valid)
/// and the index after it.
fn dated_at(s: &Scan, i: usize) -> Option<(Option<CivilDate>, usize)> {
    if !s.is_word(i, "от") {
        return None;
    }
    let raw = any_date(s, i + 1)?;
    let year = raw.year?;
    let date = u8::try_from(raw.month)
        .ok()
        .zip(u8::try_from(raw.day).ok())
        .and_then(|(month, day)| CivilDate::new(year, month, day));
    Some((date, raw.next))
}

/// The legal reference starting at token `i`, if any.
pub(super) fn legal_at(s: &Scan, i: usize) -> Option<RefFound> {
    let (kind, mut j) = act_at(s, i)?;
    let limit = j + ISSUER_WINDOW;
    let mut date = None;
    let mut dated = false;
    let mut number = None;
    while j < limit && !stops(s, j) {
        if let Some((d, next)) = dated_at(s, j) {
            date = d;
            dated = true;
            j = next;
            if let Some((range, after)) = number_at(s, j) {
                number = Some(range);
                j = after;
            }
            break;
        }
        if let Some((range, after)) = number_at(s, j) {
            number = Some(range);
            j = after;
            if let Some((d, next)) = dated_at(s, j) {
                date = d;
                dated = true;
                j = next;
            }
            break;
        }
        j += 1;
    }
    let enough = dated || (number.is_some() && kind != LegalActKind::Other);
    enough.then_some(RefFound {
        end: j,
        kind,
        date,
        number,
    })
}
