//! Quantitative targets: a comparator, a number and `%` or a counted noun.
//!
//! Percentages take any comparator (`до 73 %`, `не менее 30%`, `свыше 50%`,
//! `на 10%`, plain `100 %`). Counts need a firm comparator (`не менее`,
//! `не более`, `не ниже`, `не выше`) and a noun that is not a unit of age or
//! time (`не менее 30 педагогов`, but not `до 18 лет`, `более 158 человек`).

use super::scan::Scan;
use super::types::{Amount, Comparator, TargetUnit};

/// A target found at some token.
#[derive(Debug, Clone)]
pub(super) struct TargetFound {
    /// Index after the phrase.
    pub end: usize,
    pub comparator: Comparator,
    pub amount: Amount,
    pub unit: TargetUnit,
}

/// Verb forms after which a percentage states a fact, not a commitment:
/// `доля охвата составляет 100%`.
const NARRATIVE_VERBS: &[&str] = &[
    "составляет",
    "составляют",
    "составил",
    "составила",
    "составило",
    "составили",
    "составлял",
    "составляла",
    "составляло",
    "составляли",
];

/// Words that make a count a description (age, duration, frequency)
/// rather than a target.
const NOT_COUNTED_WORDS: &[&str] = &[
    "лет",
    "год",
    "года",
    "годов",
    "году",
    "раз",
    "раза",
    "день",
    "дня",
    "дней",
    "час",
    "часа",
    "часов",
    "суток",
];

/// Stems with the same role (`месяцев`, `недели`, `минут`, `классов`).
const NOT_COUNTED_STEMS: &[&str] = &[
    "месяц",
    "недел",
    "минут",
    "класс",
    "процент",
    "тыс",
    "млн",
    "млрд",
];

/// Digits of the integer part accepted in an amount; longer numbers are not
/// targets (and would not fit in the amount).
const MAX_DIGITS: usize = 18;

/// The target starting at token `i`, if any.
pub(super) fn target_at(s: &Scan, i: usize) -> Option<TargetFound> {
    let (comparator, mut j) = comparator_at(s, i)?;
    if i > 0 && s.word_in(i - 1, NARRATIVE_VERBS) {
        return None;
    }
    if s.is_word(j, "чем") {
        j += 1;
    }
    let (amount, after) = amount_at(s, j)?;
    if s.is_punct(after, '%') {
        return Some(TargetFound {
            end: after + 1,
            comparator,
            amount,
            unit: TargetUnit::Percent,
        });
    }
    let word = s.word(after)?;
    // `процентов`, `процента`, `процент`; not `процентных пунктов`.
    if matches!(word, "процент" | "процента" | "процентов" | "процентам")
    {
        return Some(TargetFound {
            end: after + 1,
            comparator,
            amount,
            unit: TargetUnit::Percent,
        });
    }
    let firm = matches!(comparator, Comparator::AtLeast | Comparator::AtMost);
    let countable = word.chars().count() >= 3
        && !NOT_COUNTED_WORDS.contains(&word)
        && !NOT_COUNTED_STEMS.iter().any(|stem| word.starts_with(stem));
    if !(firm && countable) {
        return None;
    }
    let noun = s.original(after)?.to_owned();
    Some(TargetFound {
        end: after + 1,
        comparator,
        amount,
        unit: TargetUnit::Count { noun },
    })
}

/// The comparator at `i` and the index after it. A bare number is
/// [`Comparator::Exactly`].
fn comparator_at(s: &Scan, i: usize) -> Option<(Comparator, usize)> {
    let Some(word) = s.word(i) else {
        // A bare number, but not the tail of `87,5`, `1-9` or `2019г5`.
        let glued = i > 0
            && s.touching(i - 1, i)
            && (s.word(i - 1).is_some()
                || s.number(i - 1).is_some()
                || s.is_dash(i - 1)
                || [',', '.', '/'].iter().any(|&c| s.is_punct(i - 1, c)));
        return (s.number(i).is_some() && !glued).then_some((Comparator::Exactly, i));
    };
    let found = match word {
        "не" => match s.word(i + 1)? {
            "менее" | "меньше" | "ниже" => (Comparator::AtLeast, i + 2),
            "более" | "больше" | "выше" | "свыше" => {
                (Comparator::AtMost, i + 2)
            }
            _ => return None,
        },
        "более" | "больше" | "свыше" | "выше" => (Comparator::MoreThan, i + 1),
        "менее" | "меньше" | "ниже" => (Comparator::LessThan, i + 1),
        "до" => (Comparator::UpTo, i + 1),
        "на" => (Comparator::ChangeBy, i + 1),
        _ => return None,
    };
    Some(found)
}

/// A number with an optional decimal part (`12,5`, `12.5`) at `i`.
fn amount_at(s: &Scan, i: usize) -> Option<(Amount, usize)> {
    let (int, digits) = s.number(i)?;
    if digits > MAX_DIGITS {
        return None;
    }
    let decimal = (s.is_punct(i + 1, ',') || s.is_punct(i + 1, '.'))
        && s.touching(i, i + 1)
        && s.touching(i + 1, i + 2);
    if decimal {
        if let Some((frac, frac_digits)) = s.number(i + 2) {
            let scale = u8::try_from(frac_digits).ok().filter(|d| *d <= 3)?;
            let units = 10u64
                .checked_pow(u32::from(scale))
                .and_then(|p| int.checked_mul(p))
                .and_then(|v| v.checked_add(frac))?;
            return Some((Amount { units, scale }, i + 3));
        }
    }
    Some((
        Amount {
            units: int,
            scale: 0,
        },
        i + 1,
    ))
}
