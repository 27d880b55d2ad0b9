//! Automatic numbering of sections and directives; derived at render time,
//! never stored in the document.

/// How sections, directives and sub-items are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberingStyle {
    /// `1.`, `1.1.`, `1.1.1.`
    #[default]
    Hierarchical,
    /// `1.`, `1)`, `а)`
    Parenthesized,
    /// no section numbers, `–` before directives, `•` before sub-items
    Dashes,
}

impl NumberingStyle {
    pub const ALL: [NumberingStyle; 3] = [
        NumberingStyle::Hierarchical,
        NumberingStyle::Parenthesized,
        NumberingStyle::Dashes,
    ];

    pub fn code(self) -> &'static str {
        match self {
            NumberingStyle::Hierarchical => "hierarchical",
            NumberingStyle::Parenthesized => "parenthesized",
            NumberingStyle::Dashes => "dashes",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The number of the section at `index` (0-based).
    pub fn section(self, index: usize) -> String {
        match self {
            NumberingStyle::Dashes => String::new(),
            _ => format!("{}.", index + 1),
        }
    }

    /// The number of a directive: `path` holds its 0-based position, then
    /// the positions of sub-items below it.
    pub fn directive(self, section: usize, path: &[usize]) -> String {
        match self {
            NumberingStyle::Hierarchical => {
                let mut out = format!("{}.", section + 1);
                for i in path {
                    out.push_str(&format!("{}.", i + 1));
                }
                out
            }
            NumberingStyle::Parenthesized => match path {
                [] => String::new(),
                [i] => format!("{})", i + 1),
                [.., i] => format!("{})", letter(*i)),
            },
            NumberingStyle::Dashes => match path.len() {
                0 | 1 => "–".into(),
                _ => "•".into(),
            },
        }
    }
}

/// Russian list letters: а, б, в, … skipping ё, й, ъ, ы, ь; past the end,
/// the position number.
fn letter(index: usize) -> String {
    const LETTERS: &str = "абвгдежзиклмнопрстуфхцчшщэюя";
    LETTERS
        .chars()
        .nth(index)
        .map_or_else(|| (index + 1).to_string(), String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchical_numbers_nest() {
        let s = NumberingStyle::Hierarchical;
        assert_eq!(s.section(1), "2.");
        assert_eq!(s.directive(1, &[0]), "2.1.");
        assert_eq!(s.directive(1, &[2, 1]), "2.3.2.");
    }

    #[test]
    fn parenthesized_uses_letters_for_sub_items() {
        let s = NumberingStyle::Parenthesized;
        assert_eq!(s.directive(0, &[3]), "4)");
        assert_eq!(s.directive(0, &[3, 0]), "а)");
        assert_eq!(s.directive(0, &[3, 9]), "к)");
        assert_eq!(s.directive(0, &[0, 40]), "41)");
    }

    #[test]
    fn dashes_have_no_section_numbers() {
        let s = NumberingStyle::Dashes;
        assert_eq!(s.section(0), "");
        assert_eq!(s.directive(0, &[5]), "–");
        assert_eq!(s.directive(0, &[5, 1]), "•");
    }

    #[test]
    fn codes_round_trip() {
        for s in NumberingStyle::ALL {
            assert_eq!(NumberingStyle::from_code(s.code()), Some(s));
        }
        assert_eq!(NumberingStyle::from_code("roman"), None);
    }
}
