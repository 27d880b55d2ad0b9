//! Where a value stands in the JSON text, found by its path (`version`,
//! `document.sections[1].directives[0].id`): the line and column of
//! errors found after parsing, such as a version of the wrong type or a
//! duplicate id.

/// One step of a path: an object member or an array element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// A path as [`JsonError`](super::JsonError) writes it: keys joined by
/// `.`, array positions in brackets (`document.sections[1].id`); what
/// [`steps`] reads back.
pub(super) fn path(steps: &[Step<'_>]) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            Step::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Step::Index(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The steps of a path written by [`path`].
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, mut indices) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        while let Some((index, rest)) = indices.split_once(']') {
            steps.push(Step::Index(index.parse().ok()?));
            indices = rest.strip_prefix('[').unwrap_or(rest);
        }
    }
    Some(steps)
}

/// The 1-based line and column of the value at `path` in `input`, counted
/// as the JSON parser counts them in its own errors (the column in bytes),
/// or `None` when there is no such value. Of repeated keys the last one
/// counts, as when the text is parsed.
pub(crate) fn locate(input: &str, path: &str) -> Option<(usize, usize)> {
    let mut cursor = Cursor { input, at: 0 };
    for step in steps(path)? {
        cursor.skip_whitespace();
        cursor.at = match step {
            Step::Key(key) => cursor.member(key)?,
            Step::Index(index) => cursor.element(index)?,
        };
    }
    cursor.skip_whitespace();
    Some(line_and_column(input, cursor.at))
}

fn line_and_column(input: &str, at: usize) -> (usize, usize) {
    let before = input.as_bytes().get(..at).unwrap_or_default();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |n| n + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    (line, at - line_start + 1)
}

/// A position in well-formed JSON text.
struct Cursor<'a> {
    input: &'a str,
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.input.as_bytes().get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_whitespace();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Where the value of the last member `key` of the object here starts.
    fn member(&mut self, key: &str) -> Option<usize> {
        self.expect(b'{')?;
        let mut found = None;
        loop {
            self.skip_whitespace();
            if self.peek()? == b'}' {
                return found;
            }
            let name_start = self.at;
            self.skip_string()?;
            let name = self.input.get(name_start..self.at)?;
            self.expect(b':')?;
            self.skip_whitespace();
            if serde_json::from_str::<String>(name).is_ok_and(|n| n == key) {
                found = Some(self.at);
            }
            self.skip_value()?;
            self.skip_whitespace();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => return found,
                _ => return None,
            }
        }
    }

    /// Where element `index` of the array here starts.
    fn element(&mut self, index: usize) -> Option<usize> {
        self.expect(b'[')?;
        for _ in 0..index {
            self.skip_whitespace();
            self.skip_value()?;
            self.expect(b',')?;
        }
        self.skip_whitespace();
        (self.peek()? != b']').then_some(self.at)
    }

    /// Steps over a string starting at its opening quote.
    fn skip_string(&mut self) -> Option<()> {
        (self.peek()? == b'"').then_some(())?;
        self.at += 1;
        loop {
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
    }

    /// Steps over one value of any kind, nested ones without recursion.
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.skip_whitespace();
            match self.peek()? {
                b'"' => self.skip_string()?,
                b'{' | b'[' => {
                    depth += 1;
                    self.at += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                }
                b',' | b':' if depth > 0 => self.at += 1,
                b',' | b':' => return None,
                _ => self.skip_scalar(),
            }
            if depth == 0 {
                return Some(());
            }
        }
    }

    /// Steps over a number or `true`, `false`, `null`.
    fn skip_scalar(&mut self) {
        self.at += 1;
        while self
            .peek()
            .is_some_and(|b| !matches!(b, b',' | b':' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_written_read_back_as_their_steps() {
        let written = [
            Step::Key("document"),
            Step::Key("sections"),
            Step::Index(1),
            Step::Key("directives"),
            Step::Index(0),
            Step::Key("id"),
        ];
        let text = path(&written);
        assert_eq!(text, "document.sections[1].directives[0].id");
        assert_eq!(steps(&text), Some(written.to_vec()));
    }

    #[test]
    fn paths_split_into_keys_and_positions() {
        assert_eq!(
            steps("document.sections[1].directives[0].items[12].id"),
            Some(vec![
                Step::Key("document"),
                Step::Key("sections"),
                Step::Index(1),
                Step::Key("directives"),
                Step::Index(0),
                Step::Key("items"),
                Step::Index(12),
                Step::Key("id"),
            ])
        );
        assert_eq!(steps("version"), Some(vec![Step::Key("version")]));
        assert_eq!(steps("a[x]"), None);
    }

    #[test]
    fn finds_nested_values_past_strings_that_look_like_json() {
        let input = "{\n  \"a\": \"}],{\\\"b\\\": 1\",\n  \"b\": [ {\"id\": 1}, {\"id\":  2} ]\n}";
        assert_eq!(locate(input, "b[1].id"), Some((3, 29)));
        assert_eq!(locate(input, "b[0].id"), Some((3, 17)));
        assert_eq!(locate(input, "a"), Some((2, 8)));
        assert_eq!(locate(input, "b[2]"), None);
        assert_eq!(locate(input, "c"), None);
        assert_eq!(locate(input, "a.b"), None);
    }

    #[test]
    fn columns_count_bytes_and_the_last_repeated_key_counts() {
        let input = "{\"текст\": 1, \"v\": 2, \"\\u0076\": 3}";
        assert_eq!(locate(input, "текст"), Some((1, 16)));
        assert_eq!(locate(input, "v"), Some((1, 37)));
    }

    #[test]
    fn broken_text_gives_none_not_a_panic() {
        for input in [
            "",
            "{",
            "{\"a\"",
            "{\"a\": [1,",
            "{\"a\": \"\\",
            "[1]]",
            "{\"a\": 1 2}",
        ] {
            assert_eq!(locate(input, "a[3].b"), None, "{input}");
            let _ = locate(input, "a");
        }
    }
}
