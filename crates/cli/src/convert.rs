//! `resolution convert`: a draft as JSON, text, Markdown, the control sheet
//! as CSV or iCalendar, or a Word document (see `resolution_core::export`).

pub use resolution_core::export::{file_name, render};

use std::collections::HashSet;

/// The output names given out in one run of `convert` with several files,
/// so that two drafts with the same name do not overwrite each other:
/// the second `Решение №7 - … .json` becomes `Решение №7 - … (2).json`.
/// Names are compared ignoring case, as Windows and macOS file systems do.
#[derive(Debug, Default)]
pub struct Taken {
    names: HashSet<String>,
}

impl Taken {
    /// `name`, or the first `STEM (N).EXT` from N = 2 not given out yet.
    pub fn claim(&mut self, name: String) -> String {
        let (stem, ext) = match name.rfind('.') {
            Some(dot) if dot > 0 => name.split_at(dot),
            _ => (name.as_str(), ""),
        };
        let mut candidate = name.clone();
        let mut n = 2;
        while !self.names.insert(candidate.to_lowercase()) {
            candidate = format!("{stem} ({n}){ext}");
            n += 1;
        }
        candidate
    }
}

#[cfg(test)]
mod tests {
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
}
