//! `resolution convert`: a draft as JSON, text, Markdown, the control sheet
//! as CSV or iCalendar, or a Word document (see `resolution_core::export`).

pub use resolution_core::export::{file_name, render};

use std::collections::{HashMap, HashSet};

/// The output names given out in one run of `convert` with several files,
/// so that two drafts with the same name do not overwrite each other:
/// the second `Решение №7 - … .json` becomes `Решение №7 - … (2).json`.
/// Names are compared ignoring case, as Windows and macOS file systems do.
#[derive(Debug, Default)]
pub struct Taken {
    names: HashSet<String>,
    /// For each name asked for again, the N to try next: every `STEM
    /// (N).EXT` below it is given out already (names are never given
    /// back), so the search goes on from there instead of from 2 (5,000
    /// drafts of the same name took 3.6 s, a search from 2 for each).
    next: HashMap<String, usize>,
}

impl Taken {
    /// `name`, or the first `STEM (N).EXT` from N = 2 not given out yet.
    pub fn claim(&mut self, name: String) -> String {
        if self.names.insert(name.to_lowercase()) {
            return name;
        }
        let (stem, ext) = match name.rfind('.') {
            Some(dot) if dot > 0 => name.split_at(dot),
            _ => (name.as_str(), ""),
        };
        let mut n = self.next.get(&name).copied().unwrap_or(2);
        let mut candidate = format!("{stem} ({n}){ext}");
        while !self.names.insert(candidate.to_lowercase()) {
            n += 1;
            candidate = format!("{stem} ({n}){ext}");
        }
        self.next.insert(name, n + 1);
        candidate
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::Taken;

    #[test]
    fn clashing_names_get_a_number() {
        let mut taken = Taken::default();
        assert_eq!(taken.claim("Решение.json".into()), "Решение.json");
        assert_eq!(taken.claim("решение.JSON".into()), "решение (2).JSON");
        assert_eq!(taken.claim("Решение.json".into()), "Решение (3).json");
        assert_eq!(
            taken.claim("Решение (2).json".into()),
            "Решение (2) (2).json"
        );
        assert_eq!(taken.claim("README".into()), "README");
        assert_eq!(taken.claim("README".into()), "README (2)");
    }

    /// The first free `STEM (N).EXT` from N = 2, searched from 2 each time.
    fn claim_from_two(names: &mut HashSet<String>, name: &str) -> String {
        let (stem, ext) = match name.rfind('.') {
            Some(dot) if dot > 0 => name.split_at(dot),
            _ => (name, ""),
        };
        let mut candidate = name.to_string();
        let mut n = 2;
        while !names.insert(candidate.to_lowercase()) {
            candidate = format!("{stem} ({n}){ext}");
            n += 1;
        }
        candidate
    }

    #[test]
    fn names_asked_for_again_go_on_from_the_last_number() {
        let asked = [
            "Решение.json",
            "Решение (3).json",
            "решение.JSON",
            "Решение.json",
            "Решение (2).json",
            "Решение.json",
            "Решение (6).json",
            "Решение.json",
            "README",
            "Решение.json",
            "README (2)",
            "README",
        ];
        let mut taken = Taken::default();
        let mut names = HashSet::new();
        for round in 0..3 {
            for name in asked {
                let want = claim_from_two(&mut names, name);
                assert_eq!(taken.claim(name.to_string()), want, "round {round}");
            }
        }
    }
}
