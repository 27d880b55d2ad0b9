//! Automatic numbering of sections and directives in the editor, in the
//! same styles as the plain-text export (`resolution_core::text`). Derived at
//! render time, never stored in the document.

pub use resolution_core::text::NumberingStyle;

/// A stable code for settings and `<select>` values.
pub fn code(style: NumberingStyle) -> &'static str {
    match style {
        NumberingStyle::Decimal => "decimal",
        NumberingStyle::DecimalParen => "decimal-paren",
        NumberingStyle::Letters => "letters",
        NumberingStyle::Bullets => "bullets",
    }
}

pub fn from_code(value: &str) -> Option<NumberingStyle> {
    NumberingStyle::ALL.into_iter().find(|s| code(*s) == value)
}

/// The number of the section at `index` (0-based).
pub fn section(style: NumberingStyle, index: usize) -> String {
    match style {
        NumberingStyle::DecimalParen => format!("{})", index + 1),
        _ => format!("{}.", index + 1),
    }
}

/// The number of a directive: `path` holds its 0-based position, then the
/// positions of sub-items below it.
pub fn directive(style: NumberingStyle, section: usize, path: &[usize]) -> String {
    let joined = || {
        std::iter::once(section + 1)
            .chain(path.iter().map(|i| i + 1))
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(".")
    };
    match style {
        NumberingStyle::Decimal => format!("{}.", joined()),
        NumberingStyle::DecimalParen => format!("{})", joined()),
        NumberingStyle::Letters => match path {
            [i] => format!("{})", letter(*i)),
            _ => "–".to_owned(),
        },
        NumberingStyle::Bullets => match path.len() {
            0 | 1 => "–".to_owned(),
            _ => "•".to_owned(),
        },
    }
}

/// Russian list letters without ё, й, ъ, ы, ь: `0` → `а`, `28` → `аа`.
fn letter(index: usize) -> String {
    const LETTERS: [char; 28] = [
        'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т',
        'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
    ];
    let n = LETTERS.len();
    let mut out = String::new();
    if index >= n {
        if let Some(c) = LETTERS.get((index / n - 1) % n) {
            out.push(*c);
        }
    }
    if let Some(c) = LETTERS.get(index % n) {
        out.push(*c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_numbers_nest() {
        let s = NumberingStyle::Decimal;
        assert_eq!(section(s, 1), "2.");
        assert_eq!(directive(s, 1, &[0]), "2.1.");
        assert_eq!(directive(s, 1, &[2, 1]), "2.3.2.");
    }

    #[test]
    fn decimal_paren_closes_with_a_parenthesis() {
        let s = NumberingStyle::DecimalParen;
        assert_eq!(section(s, 0), "1)");
        assert_eq!(directive(s, 0, &[3]), "1.4)");
        assert_eq!(directive(s, 0, &[3, 0]), "1.4.1)");
    }

    #[test]
    fn letters_and_bullets() {
        assert_eq!(directive(NumberingStyle::Letters, 0, &[0]), "а)");
        assert_eq!(directive(NumberingStyle::Letters, 0, &[9]), "к)");
        assert_eq!(directive(NumberingStyle::Letters, 0, &[28]), "аа)");
        assert_eq!(directive(NumberingStyle::Letters, 0, &[1, 0]), "–");
        assert_eq!(directive(NumberingStyle::Bullets, 0, &[5]), "–");
        assert_eq!(directive(NumberingStyle::Bullets, 0, &[5, 1]), "•");
    }

    #[test]
    fn codes_round_trip() {
        for s in NumberingStyle::ALL {
            assert_eq!(from_code(code(s)), Some(s));
        }
        assert_eq!(from_code("roman"), None);
    }
}
