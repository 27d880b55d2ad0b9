//! The walk shared by RES601 and RES602: the numbering kept from imported text
//! (`source_number`) read as sibling lists: the document's sections, each
//! agenda item's РЕШИЛИ sections, the agenda items, each section's
//! directives and each directive's sub-items.

use super::{numbering_gap, numbering_repeat};
use crate::model::{Directive, Document, Section};
use crate::validate::context::Ctx;
use crate::validate::{Diagnostic, Location};

/// Runs RES601 and RES602 over every sibling list in one walk.
pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for_each_list(ctx.doc, |list| {
        numbering_gap::inspect(list, out);
        numbering_repeat::inspect(list, out);
    });
}

/// One numbered sibling: where it is, the number as written and its
/// position in the list (`1.2.` → 2, `в)` → 3).
pub(crate) struct Numbered<'a> {
    pub location: Location,
    pub written: &'a str,
    pub ordinal: u32,
}

/// The position a number stands for: the last numeric component (`1.2.` →
/// 2, `3)` → 3) or a list letter (`а)` → 1, `в)` → 3, `b)` → 2). `None`
/// for bullets and anything else.
pub(crate) fn ordinal(number: &str) -> Option<u32> {
    const CYRILLIC: &str = "абвгдежзиклмнопрстуфхцчшщэюя";
    if let Some(n) = plain_number(number) {
        return Some(n);
    }
    let trimmed = number.trim().trim_end_matches(['.', ')']).trim_end();
    let last = trimmed.rsplit('.').next()?.trim();
    if !last.is_empty() && last.chars().all(|c| c.is_ascii_digit()) {
        return last.parse().ok();
    }
    let mut chars = last.chars();
    let (Some(letter), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let letter = letter.to_lowercase().next()?;
    if letter.is_ascii_lowercase() {
        return Some(u32::from(letter) - u32::from('a') + 1);
    }
    let position = CYRILLIC.chars().position(|c| c == letter)?;
    u32::try_from(position + 1).ok()
}

/// Fast path for the common `1.`, `1.2.`, `3)`: the digits after the last
/// inner dot.
fn plain_number(number: &str) -> Option<u32> {
    let bytes = number.as_bytes();
    let end = bytes.iter().rposition(|b| b.is_ascii_digit())? + 1;
    let tail = bytes.get(end..)?;
    if !tail.iter().all(|b| matches!(b, b'.' | b')' | b' ')) {
        return None;
    }
    let start = bytes
        .get(..end)?
        .iter()
        .rposition(|b| !b.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let head = bytes.get(..start)?;
    if !head
        .iter()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b' '))
        || head.ends_with(b" ")
    {
        return None;
    }
    let digits = bytes.get(start..end)?;
    if digits.len() > 9 {
        return None;
    }
    Some(digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// Calls `visit` with every sibling list that has at least one number.
fn for_each_list(doc: &Document, mut visit: impl FnMut(&[Numbered])) {
    let mut list = Vec::new();
    sections(&doc.sections, &mut list, &mut visit);
    if let Some(protocol) = &doc.protocol {
        list.clear();
        list.extend(protocol.agenda.iter().filter_map(|item| {
            numbered(
                Location::AgendaItem { item: item.id },
                item.source_number.as_deref(),
            )
        }));
        emit(&list, &mut visit);
        for item in &protocol.agenda {
            sections(&item.decided, &mut list, &mut visit);
        }
    }
}

fn numbered(location: Location, written: Option<&str>) -> Option<Numbered<'_>> {
    let written = written?;
    Some(Numbered {
        location,
        written,
        ordinal: ordinal(written)?,
    })
}

fn emit<'a>(list: &[Numbered<'a>], visit: &mut impl FnMut(&[Numbered])) {
    if !list.is_empty() {
        visit(list);
    }
}

fn sections<'a>(
    sections: &'a [Section],
    list: &mut Vec<Numbered<'a>>,
    visit: &mut impl FnMut(&[Numbered]),
) {
    list.clear();
    list.extend(sections.iter().filter_map(|s| {
        numbered(
            Location::Section { section: s.id },
            s.source_number.as_deref(),
        )
    }));
    emit(list, visit);
    for section in sections {
        directives(&section.directives, list, visit);
    }
}

fn directives<'a>(
    directives: &'a [Directive],
    list: &mut Vec<Numbered<'a>>,
    visit: &mut impl FnMut(&[Numbered]),
) {
    list.clear();
    list.extend(
        directives
            .iter()
            .filter_map(|d| numbered(Location::directive(d.id), d.source_number.as_deref())),
    );
    emit(list, visit);
    for directive in directives {
        if !directive.items.is_empty() {
            self::directives(&directive.items, list, visit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ordinal;

    #[test]
    fn reads_positions() {
        assert_eq!(ordinal("1."), Some(1));
        assert_eq!(ordinal("2.1"), Some(1));
        assert_eq!(ordinal(" 1.12. "), Some(12));
        assert_eq!(ordinal("3)"), Some(3));
        assert_eq!(ordinal("в)"), Some(3));
        assert_eq!(ordinal("b)"), Some(2));
        assert_eq!(ordinal("-"), None);
        assert_eq!(ordinal(""), None);
    }
}
