//! A small wrapper over `std::process::Command` that echoes what it runs.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Cmd {
    program: String,
    args: Vec<String>,
    dir: Option<PathBuf>,
    envs: Vec<(String, String)>,
}

impl Cmd {
    pub fn new(program: &str) -> Self {
        Cmd {
            program: program.to_string(),
            args: Vec::new(),
            dir: None,
            envs: Vec::new(),
        }
    }

    pub fn arg(mut self, arg: impl Into<String>) -> Self {
        self.args.push(arg.into());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.dir = Some(dir.as_ref().to_path_buf());
        self
    }

    pub fn envs(mut self, vars: &[(String, String)]) -> Self {
        self.envs.extend(vars.iter().cloned());
        self
    }

    fn command(&self) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.args);
        if let Some(dir) = &self.dir {
            c.current_dir(dir);
        }
        for (k, v) in &self.envs {
            c.env(k, v);
        }
        c
    }

    fn display(&self) -> String {
        std::iter::once(self.program.as_str())
            .chain(self.args.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Run a command with inherited stdio; an error names the command.
pub fn run(cmd: Cmd) -> Result<(), String> {
    eprintln!("+ {}", cmd.display());
    let status = cmd
        .command()
        .status()
        .map_err(|e| format!("cannot start `{}`: {e}", cmd.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", cmd.display()))
    }
}

/// Run a command and capture its standard output, or `None` if it cannot run
/// or fails.
pub fn output(cmd: Cmd) -> Option<String> {
    let out = cmd.command().output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
