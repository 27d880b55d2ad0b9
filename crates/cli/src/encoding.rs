//! Which encoding a draft's bytes are in: UTF-8 (with or without a BOM),
//! UTF-16 with a byte-order mark, or Windows-1251, the single-byte Cyrillic
//! code page of text saved from Word on Russian Windows; or the one named by
//! `--encoding`.

/// How a file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Cp1251,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Cp1251 => "Windows-1251",
        }
    }
}

/// The `--encoding` choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forced {
    Utf8,
    /// Byte order from the BOM, or guessed from the bytes without one.
    Utf16,
    Cp1251,
}

impl Forced {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Ok(Forced::Utf8),
            "utf-16" | "utf16" => Ok(Forced::Utf16),
            "cp1251" | "windows-1251" => Ok(Forced::Cp1251),
            _ => Err(format!(
                "unknown encoding `{value}`: expected utf-8, utf-16 or cp1251"
            )),
        }
    }

    fn label(self) -> &'static str {
        match self {
            Forced::Utf8 => "UTF-8",
            Forced::Utf16 => "UTF-16",
            Forced::Cp1251 => "Windows-1251",
        }
    }
}

/// Why bytes did not decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Detection found no encoding that gives plausible text.
    Unrecognized,
    /// The encoding named by `--encoding` does not fit the bytes: the first
    /// bad byte's offset.
    Invalid {
        encoding: &'static str,
        offset: usize,
    },
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16_LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16_BE_BOM: &[u8] = b"\xFE\xFF";

/// The bytes as text. With `forced`, in that encoding or not at all;
/// otherwise the first of these that fits: UTF-8 after its BOM, UTF-16
/// after its BOM (when the text is [`plausible_text`]), UTF-8, Windows-1251
/// (when the text is [`plausible_russian`]).
pub fn decode(bytes: &[u8], forced: Option<Forced>) -> Result<(String, Encoding), DecodeError> {
    match forced {
        Some(forced) => decode_forced(bytes, forced),
        None => detect(bytes).ok_or(DecodeError::Unrecognized),
    }
}

fn detect(bytes: &[u8]) -> Option<(String, Encoding)> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        if let Ok(text) = std::str::from_utf8(rest) {
            return Some((text.to_owned(), Encoding::Utf8));
        }
    }
    for (bom, encoding) in [
        (UTF16_LE_BOM, Encoding::Utf16Le),
        (UTF16_BE_BOM, Encoding::Utf16Be),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            if let Ok(text) = utf16(rest, encoding == Encoding::Utf16Le) {
                if plausible_text(&text) {
                    return Some((text, encoding));
                }
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_owned(), Encoding::Utf8));
    }
    let text = cp1251(bytes).ok()?;
    plausible_russian(&text).then_some((text, Encoding::Cp1251))
}

fn decode_forced(bytes: &[u8], forced: Forced) -> Result<(String, Encoding), DecodeError> {
    let invalid = |offset| DecodeError::Invalid {
        encoding: forced.label(),
        offset,
    };
    match forced {
        Forced::Utf8 => {
            let (skip, rest) = match bytes.strip_prefix(UTF8_BOM) {
                Some(rest) => (UTF8_BOM.len(), rest),
                None => (0, bytes),
            };
            std::str::from_utf8(rest)
                .map(|text| (text.to_owned(), Encoding::Utf8))
                .map_err(|e| invalid(skip + e.valid_up_to()))
        }
        Forced::Utf16 => {
            let (little, rest) = if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
                (true, rest)
            } else if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
                (false, rest)
            } else {
                (guess_little_endian(bytes), bytes)
            };
            let skip = bytes.len() - rest.len();
            let encoding = if little {
                Encoding::Utf16Le
            } else {
                Encoding::Utf16Be
            };
            utf16(rest, little)
                .map(|text| (text, encoding))
                .map_err(|offset| invalid(skip + offset))
        }
        Forced::Cp1251 => cp1251(bytes)
            .map(|text| (text, Encoding::Cp1251))
            .map_err(invalid),
    }
}

/// UTF-16 in the given byte order, or the offset of the first code unit
/// that is an unpaired surrogate (or of a last odd byte).
fn utf16(bytes: &[u8], little: bool) -> Result<String, usize> {
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut text = String::with_capacity(bytes.len());
    let mut offset = 0;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                text.push(c);
                offset += 2 * c.len_utf16();
            }
            Err(_) => return Err(offset),
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(bytes.len() - 1);
    }
    Ok(text)
}

/// Without a BOM: the byte order whose high bytes look like those of
/// ASCII (0x00) and Cyrillic (0x04) characters; little-endian, as Windows
/// writes it, when undecided.
fn guess_little_endian(bytes: &[u8]) -> bool {
    let high = |b: &u8| *b == 0x00 || *b == 0x04;
    let even = bytes.iter().step_by(2).filter(|b| high(b)).count();
    let odd = bytes.iter().skip(1).step_by(2).filter(|b| high(b)).count();
    odd >= even
}

/// Marks the byte 0x98, the one Windows-1251 leaves undefined.
const UNDEFINED: char = '\u{FFFD}';

/// Windows-1251 from 0x80 to 0xFF, as in the code page's standard mapping
/// (unicode.org's CP1251.TXT); below 0x80 it is ASCII.
const CP1251_HIGH: [char; 128] = [
    // 0x80
    '\u{0402}', '\u{0403}', '\u{201A}', '\u{0453}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    // 0x88
    '\u{20AC}', '\u{2030}', '\u{0409}', '\u{2039}', '\u{040A}', '\u{040C}', '\u{040B}', '\u{040F}',
    // 0x90
    '\u{0452}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    // 0x98
    UNDEFINED, '\u{2122}', '\u{0459}', '\u{203A}', '\u{045A}', '\u{045C}', '\u{045B}', '\u{045F}',
    // 0xA0
    '\u{00A0}', '\u{040E}', '\u{045E}', '\u{0408}', '\u{00A4}', '\u{0490}', '\u{00A6}', '\u{00A7}',
    // 0xA8
    '\u{0401}', '\u{00A9}', '\u{0404}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{0407}',
    // 0xB0
    '\u{00B0}', '\u{00B1}', '\u{0406}', '\u{0456}', '\u{0491}', '\u{00B5}', '\u{00B6}', '\u{00B7}',
    // 0xB8
    '\u{0451}', '\u{2116}', '\u{0454}', '\u{00BB}', '\u{0458}', '\u{0405}', '\u{0455}', '\u{0457}',
    // 0xC0
    '\u{0410}', '\u{0411}', '\u{0412}', '\u{0413}', '\u{0414}', '\u{0415}', '\u{0416}', '\u{0417}',
    // 0xC8
    '\u{0418}', '\u{0419}', '\u{041A}', '\u{041B}', '\u{041C}', '\u{041D}', '\u{041E}', '\u{041F}',
    // 0xD0
    '\u{0420}', '\u{0421}', '\u{0422}', '\u{0423}', '\u{0424}', '\u{0425}', '\u{0426}', '\u{0427}',
    // 0xD8
    '\u{0428}', '\u{0429}', '\u{042A}', '\u{042B}', '\u{042C}', '\u{042D}', '\u{042E}', '\u{042F}',
    // 0xE0
    '\u{0430}', '\u{0431}', '\u{0432}', '\u{0433}', '\u{0434}', '\u{0435}', '\u{0436}', '\u{0437}',
    // 0xE8
    '\u{0438}', '\u{0439}', '\u{043A}', '\u{043B}', '\u{043C}', '\u{043D}', '\u{043E}', '\u{043F}',
    // 0xF0
    '\u{0440}', '\u{0441}', '\u{0442}', '\u{0443}', '\u{0444}', '\u{0445}', '\u{0446}', '\u{0447}',
    // 0xF8
    '\u{0448}', '\u{0449}', '\u{044A}', '\u{044B}', '\u{044C}', '\u{044D}', '\u{044E}', '\u{044F}',
];

/// Windows-1251, or the offset of an undefined byte (0x98).
fn cp1251(bytes: &[u8]) -> Result<String, usize> {
    let mut text = String::with_capacity(bytes.len() * 2);
    for (offset, &byte) in bytes.iter().enumerate() {
        let c = match byte.checked_sub(0x80) {
            None => char::from(byte),
            Some(high) => CP1251_HIGH[usize::from(high)],
        };
        if c == UNDEFINED {
            return Err(offset);
        }
        text.push(c);
    }
    Ok(text)
}

/// Control characters other than tab, line feed, carriage return and form
/// feed: text never holds them, binary files do.
fn is_binary_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}')
}

/// The 66 letters of the Russian alphabet.
fn is_russian_letter(c: char) -> bool {
    matches!(c, 'А'..='я' | 'Ё' | 'ё')
}

/// What UTF-16 after a BOM must look like to be taken for text: no control
/// characters (a NUL means UTF-32 or a binary file), and at least half of
/// its letters Cyrillic or Latin, as in a Russian draft or a JSON file
/// (bytes that only happen to start like a BOM decode to letters of any
/// script).
pub fn plausible_text(text: &str) -> bool {
    let mut letters = 0usize;
    let mut ours = 0usize;
    for c in text.chars() {
        if is_binary_control(c) {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
            if c.is_ascii_alphabetic() || ('\u{0400}'..='\u{04FF}').contains(&c) {
                ours += 1;
            }
        }
    }
    2 * ours >= letters
}

/// Punctuation and spaces of the upper half that Russian text uses.
const TYPOGRAPHY: &[char] = &[
    '\u{A0}', '\u{AD}', '«', '»', '„', '“', '”', '‘', '’', '‚', '–', '—', '…', '№', '•', '§', '°',
    '±', '·', '€', '™',
];

/// Whether text read as Windows-1251 reads as Russian, the test that keeps
/// other encodings and binary files from passing for it (every byte
/// sequence decodes as Windows-1251). All of:
///
/// * no control characters but tab, line breaks and form feed (binary files);
/// * at least one Russian letter, and more Russian letters than other
///   letters (Latin-1 and other Western code pages give mostly Latin);
/// * at most one character in 20 of the upper half, counted against the
///   Russian letters, that is neither a Russian letter nor common Russian
///   typography (DOS code page 866 puts half the alphabet where Windows-1251
///   has symbols and Serbian letters);
/// * no more words in inverted case (`пРИКАЗ`) than capitalized words
///   (`Приказ`): KOI8-R shares the letter range but swaps the cases.
pub fn plausible_russian(text: &str) -> bool {
    let mut russian = 0usize;
    let mut other_letters = 0usize;
    let mut odd = 0usize;
    for c in text.chars() {
        if is_binary_control(c) {
            return false;
        }
        if is_russian_letter(c) {
            russian += 1;
        } else {
            if c.is_alphabetic() {
                other_letters += 1;
            }
            if !c.is_ascii() && !TYPOGRAPHY.contains(&c) {
                odd += 1;
            }
        }
    }
    russian > 0 && russian > other_letters && 20 * odd <= russian && !inverted_case(text)
}

/// More words like `пРИКАЗ` than like `Приказ`.
fn inverted_case(text: &str) -> bool {
    let mut capitalized = 0usize;
    let mut inverted = 0usize;
    for word in text.split(|c: char| !is_russian_letter(c)) {
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            continue;
        };
        let rest = chars.as_str();
        if rest.is_empty() {
            continue;
        }
        if first.is_uppercase() && rest.chars().all(char::is_lowercase) {
            capitalized += 1;
        } else if first.is_lowercase() && rest.chars().all(char::is_uppercase) {
            inverted += 1;
        }
    }
    inverted > capitalized
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "РЕШЕНИЕ № 5\nУправлению образования «Центр»: провести мониторинг \
                          до 1 сентября 2025 года — ответственный Ёлкин, учёт ведётся.\n";

    /// Windows-1251 bytes of `text`, by reversing the table.
    fn encode_cp1251(text: &str) -> Vec<u8> {
        text.chars()
            .map(|c| {
                if c.is_ascii() {
                    c as u8
                } else {
                    let i = CP1251_HIGH
                        .iter()
                        .position(|&t| t == c)
                        .unwrap_or_else(|| panic!("{c} is not in Windows-1251"));
                    0x80 + i as u8
                }
            })
            .collect()
    }

    fn utf16_bytes(text: &str, little: bool, bom: bool) -> Vec<u8> {
        let mut bytes = Vec::new();
        for unit in std::iter::once(0xFEFF)
            .filter(|_| bom)
            .chain(text.encode_utf16())
        {
            if little {
                bytes.extend(unit.to_le_bytes());
            } else {
                bytes.extend(unit.to_be_bytes());
            }
        }
        bytes
    }

    #[test]
    fn every_russian_letter_round_trips_through_cp1251() {
        let alphabet: String = ('А'..='я').chain(['Ё', 'ё']).collect();
        assert_eq!(alphabet.chars().count(), 66);
        let bytes = encode_cp1251(&alphabet);
        for (c, &b) in alphabet.chars().zip(&bytes) {
            let expected = match c {
                'Ё' => 0xA8,
                'ё' => 0xB8,
                _ => 0xC0 + (c as u32 - 'А' as u32) as u8,
            };
            assert_eq!(b, expected, "{c}");
        }
        assert_eq!(cp1251(&bytes).as_deref(), Ok(alphabet.as_str()));
        assert_eq!(
            decode(&bytes, None),
            Ok((alphabet.clone(), Encoding::Cp1251))
        );
    }

    #[test]
    fn cp1251_punctuation_sits_where_the_standard_puts_it() {
        let high = |b: u8| CP1251_HIGH[usize::from(b - 0x80)];
        assert_eq!(high(0x96), '–');
        assert_eq!(high(0x97), '—');
        assert_eq!(high(0xAB), '«');
        assert_eq!(high(0xBB), '»');
        assert_eq!(high(0xB9), '№');
        assert_eq!(high(0xA0), '\u{A0}');
        assert_eq!(high(0x88), '€');
        assert_eq!(cp1251(b"ab\x98c"), Err(2));
        let distinct: std::collections::HashSet<char> = CP1251_HIGH.iter().copied().collect();
        assert_eq!(distinct.len(), 128, "no character twice");
    }

    #[test]
    fn utf8_is_read_as_before() {
        let with_bom = [UTF8_BOM, SAMPLE.as_bytes()].concat();
        assert_eq!(
            decode(&with_bom, None),
            Ok((SAMPLE.to_owned(), Encoding::Utf8))
        );
        assert_eq!(
            decode(SAMPLE.as_bytes(), None),
            Ok((SAMPLE.to_owned(), Encoding::Utf8))
        );
    }

    #[test]
    fn utf16_with_a_bom_is_read_in_either_byte_order() {
        let text = format!("{SAMPLE}emoji 😀 too\n");
        let le = utf16_bytes(&text, true, true);
        let be = utf16_bytes(&text, false, true);
        assert_eq!(decode(&le, None), Ok((text.clone(), Encoding::Utf16Le)));
        assert_eq!(decode(&be, None), Ok((text.clone(), Encoding::Utf16Be)));
        // Without a BOM only --encoding reads it, guessing the byte order.
        let bare_be = utf16_bytes(&text, false, false);
        assert_eq!(decode(&bare_be, None), Err(DecodeError::Unrecognized));
        assert_eq!(
            decode(&bare_be, Some(Forced::Utf16)),
            Ok((text.clone(), Encoding::Utf16Be))
        );
        let bare_le = utf16_bytes(&text, true, false);
        assert_eq!(
            decode(&bare_le, Some(Forced::Utf16)),
            Ok((text, Encoding::Utf16Le))
        );
    }

    #[test]
    fn broken_utf16_is_refused_with_the_offset() {
        // A lone high surrogate after "Да".
        let mut bytes = utf16_bytes("Да", true, true);
        bytes.extend([0x00, 0xD8, 0x41, 0x00]);
        assert_eq!(decode(&bytes, None), Err(DecodeError::Unrecognized));
        assert_eq!(
            decode(&bytes, Some(Forced::Utf16)),
            Err(DecodeError::Invalid {
                encoding: "UTF-16",
                offset: 6
            })
        );
        let odd = [0xFF, 0xFE, 0x41, 0x00, 0x42];
        assert_eq!(
            decode(&odd, Some(Forced::Utf16)),
            Err(DecodeError::Invalid {
                encoding: "UTF-16",
                offset: 4
            })
        );
    }

    #[test]
    fn forced_encodings_name_the_first_bad_byte() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFok\xFF", Some(Forced::Utf8)),
            Err(DecodeError::Invalid {
                encoding: "UTF-8",
                offset: 5
            })
        );
        assert_eq!(
            decode(b"ok\x98", Some(Forced::Cp1251)),
            Err(DecodeError::Invalid {
                encoding: "Windows-1251",
                offset: 2
            })
        );
        // Forced, Windows-1251 is taken even where detection would doubt it.
        assert_eq!(
            decode(b"Gr\xFC\xDFe", Some(Forced::Cp1251)),
            Ok(("GrьЯe".to_owned(), Encoding::Cp1251))
        );
    }

    #[test]
    fn binary_garbage_is_refused() {
        for bytes in [
            &b"\xFF\xFE\x00\xC3"[..],
            b"\x00\x01\x02\x03\xC0\xC1",
            b"PK\x03\x04\x14\x00\x06\x00\xE0\xEF",
            b"\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR",
            // UTF-32 LE: its BOM starts like UTF-16's, then NULs.
            b"\xFF\xFE\x00\x00\x1F\x04\x00\x00",
        ] {
            assert_eq!(
                decode(bytes, None),
                Err(DecodeError::Unrecognized),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn other_single_byte_encodings_are_refused() {
        // Latin-1 German: mostly Latin letters.
        assert!(decode(b"Gr\xFC\xDFe aus M\xFCnchen", None).is_err());
        // KOI8-R: the same letters with the cases swapped.
        const KOI8_LOWER: &str = "юабцдефгхийклмнопярстужвьызшэщчъ";
        let koi8: Vec<u8> = SAMPLE
            .chars()
            .map(|c| {
                if c.is_ascii() {
                    return c as u8;
                }
                let lower = c.to_lowercase().next().unwrap_or(c);
                match KOI8_LOWER.chars().position(|k| k == lower) {
                    Some(i) if c.is_lowercase() => 0xC0 + i as u8,
                    Some(i) => 0xE0 + i as u8,
                    None => b'?',
                }
            })
            .collect();
        let as_cp1251 = cp1251(&koi8).expect("every KOI8 letter is a Windows-1251 letter");
        assert!(inverted_case(&as_cp1251), "{as_cp1251}");
        assert_eq!(decode(&koi8, None), Err(DecodeError::Unrecognized));
        // DOS code page 866: half the alphabet lands on symbols.
        // (A sample without Ш, which code page 866 puts on 0x98.)
        let cp866: Vec<u8> = "Управлению образования провести мониторинг до 1 сентября 2025 года."
            .chars()
            .map(|c| match c {
                'А'..='п' => 0x80 + (c as u32 - 'А' as u32) as u8,
                'р'..='я' => 0xE0 + (c as u32 - 'р' as u32) as u8,
                c if c.is_ascii() => c as u8,
                _ => b'?',
            })
            .collect();
        assert_eq!(decode(&cp866, None), Err(DecodeError::Unrecognized));
    }

    #[test]
    fn the_heuristic_edges() {
        assert!(plausible_russian(SAMPLE));
        // All capitals, or no capitals, is still Russian.
        assert!(plausible_russian("РЕШЕНИЕ СОВЕЩАНИЯ"));
        assert!(plausible_russian("решение совещания"));
        // Some Latin is fine while Russian letters are the majority.
        assert!(plausible_russian("Сайт управления образования: school.ru"));
        assert!(!plausible_russian(
            "Website: http://school.example.org, дом"
        ));
        // No Russian letter at all.
        assert!(!plausible_russian("1234 -- §§ «»"));
        // One odd character in 20 Russian letters passes, more do not.
        assert!(plausible_russian("абвгдеёжзийклмнопрст¤"));
        assert!(!plausible_russian("абвгдеёжзийклмнопрс¤¤"));
        assert!(!plausible_russian("текст\u{0}"));
        assert!(plausible_text("Привet, world"));
        assert!(!plausible_text("쌀쌀쌀 ab"));
        assert!(plausible_text(""));
    }

    #[test]
    fn decoding_never_panics_on_short_inputs() {
        for a in 0..=255u8 {
            for b in [0x00, 0x04, 0x41, 0x98, 0xD8, 0xDC, 0xFE, 0xFF] {
                for forced in [
                    None,
                    Some(Forced::Utf8),
                    Some(Forced::Utf16),
                    Some(Forced::Cp1251),
                ] {
                    let _ = decode(&[a], forced);
                    let _ = decode(&[a, b], forced);
                    let _ = decode(&[0xFF, 0xFE, a], forced);
                    let _ = decode(&[0xFE, 0xFF, a, b, a], forced);
                }
            }
        }
    }
}
