//! Runs test steps one after another and prints a closing summary.

use std::time::Instant;

#[derive(Default)]
pub struct Summary {
    rows: Vec<(String, Outcome)>,
}

enum Outcome {
    Passed(f64),
    Failed(String),
    Skipped(String),
}

impl Summary {
    pub fn step(&mut self, name: &str, f: impl FnOnce() -> Result<(), String>) {
        eprintln!("\n=== {name} ===");
        let start = Instant::now();
        let outcome = match f() {
            Ok(()) => Outcome::Passed(start.elapsed().as_secs_f64()),
            Err(e) => Outcome::Failed(e),
        };
        self.rows.push((name.to_string(), outcome));
    }

    pub fn skip(&mut self, name: &str, why: &str) {
        self.rows
            .push((name.to_string(), Outcome::Skipped(why.to_string())));
    }

    pub fn failed_any(&self) -> bool {
        self.rows
            .iter()
            .any(|(_, o)| matches!(o, Outcome::Failed(_)))
    }

    pub fn finish(self) -> Result<(), String> {
        eprintln!("\n=== summary ===");
        for (name, outcome) in &self.rows {
            match outcome {
                Outcome::Passed(secs) => eprintln!("ok      {name} ({secs:.0} s)"),
                Outcome::Failed(e) => eprintln!("FAILED  {name}: {e}"),
                Outcome::Skipped(why) => eprintln!("skipped {name}: {why}"),
            }
        }
        let count = |f: fn(&Outcome) -> bool| self.rows.iter().filter(|(_, o)| f(o)).count();
        let passed = count(|o| matches!(o, Outcome::Passed(_)));
        let failed = count(|o| matches!(o, Outcome::Failed(_)));
        let skipped = count(|o| matches!(o, Outcome::Skipped(_)));
        println!("suites: {passed} passed, {failed} failed, {skipped} skipped");
        if self.failed_any() {
            Err("some test suites failed".into())
        } else {
            Ok(())
        }
    }
}
