//! A generator of realistic resolution text of any size: a header, a
//! preamble, then numbered sections with addressees, run-in leads, numbered
//! and dashed directives with deadlines and targets, and a few repeats
//! (duplicate directives, repeated addressees, an impossible date) so the
//! validator has something to find. Deterministic for a given seed.

const ADDRESSEES: [&str; 8] = [
    "Управлению образования",
    "Руководителям образовательных организаций",
    "Информационно-методическому центру",
    "Руководителям дошкольных образовательных организаций",
    "Отделу опеки и попечительства",
    "Центру психолого-педагогической помощи",
    "Руководителям общеобразовательных организаций",
    "Районному методическому объединению учителей",
];

const VERBS: [&str; 8] = [
    "обеспечить",
    "организовать",
    "продолжить",
    "активизировать",
    "спланировать",
    "осуществлять",
    "усилить",
    "проанализировать",
];

const OBJECTS: [&str; 12] = [
    "реализацию дорожной карты по повышению качества образования",
    "охват детей в возрасте от 5 до 18 лет дополнительными общеобразовательными программами",
    "повышение квалификации педагогических работников по вопросам цифровой образовательной среды",
    "мониторинг объективности результатов всероссийских проверочных работ",
    "работу центров образования цифрового и гуманитарного профилей «Точка роста»",
    "профилактику безнадзорности и правонарушений несовершеннолетних",
    "организацию горячего питания обучающихся начальных классов",
    "сопровождение школ с низкими образовательными результатами",
    "участие обучающихся во всероссийской олимпиаде школьников",
    "развитие системы наставничества молодых педагогов",
    "обновление содержания рабочих программ воспитания",
    "консультативную помощь родителям (законным представителям) детей",
];

const MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn deadline(rng: &mut Rng) -> String {
    let year = 2025 + rng.below(3);
    match rng.below(40) {
        0..=5 => format!(
            " до {} {} {year} года",
            1 + rng.below(28),
            rng.pick(&MONTHS)
        ),
        6..=10 => format!(" в течение {year}/{} учебного года", year + 1),
        11..=14 => " ежеквартально".to_string(),
        15..=19 => format!(
            " до {:02}.{:02}.{year}",
            1 + rng.below(28),
            1 + rng.below(12)
        ),
        20..=24 => format!(" к концу {year} года до {} %", 50 + rng.below(50)),
        25..=29 => format!(
            ", срок – {} квартал {year} года",
            ["I", "II", "III", "IV"][rng.below(4)]
        ),
        30 => " до 31 июня 2025 года".to_string(),
        _ => String::new(),
    }
}

fn target(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!(
            ", обеспечив охват не менее {} % обучающихся",
            30 + rng.below(70)
        ),
        1 => format!(" с участием не менее {} педагогов", 10 + rng.below(90)),
        _ => String::new(),
    }
}

/// A directive: a verb phrase, or a bare object after a run-in lead.
fn directive(rng: &mut Rng, with_verb: bool) -> String {
    let verb = if with_verb {
        format!("{} ", rng.pick(&VERBS))
    } else {
        String::new()
    };
    format!(
        "{verb}{}{}{}",
        rng.pick(&OBJECTS),
        target(rng),
        deadline(rng)
    )
}

const HEADER: &str = "РЕШЕНИЕ\n\
совещания работников образования\n\
«Развитие муниципальной системы образования: задачи, механизмы и направления изменений»\n\
\n\
Одобрено участниками пленарного заседания районного совещания 28 августа 2024 года\n\
\n\
Участники совещания обсудили итоги учебного года, меры по развитию сферы образования в районе \
и возможности, которые даёт участие района в реализации национальных проектов.\n\
\n\
Обращено внимание на необходимость повышения качества образования, выравнивания условий \
получения образования в городской и сельской местности и поддержки семей, имеющих детей.\n\
\n\
Участники совещания решили:\n\n";

/// Resolution text of at least `target_bytes` bytes.
pub fn resolution_text(target_bytes: usize, seed: u64) -> String {
    resolution_text_counted(target_bytes, seed).0
}

/// [`resolution_text`] and the number of sections it wrote.
pub fn resolution_text_counted(target_bytes: usize, seed: u64) -> (String, usize) {
    let mut rng = Rng(seed | 1);
    let mut out = String::with_capacity(target_bytes + 4096);
    out.push_str(HEADER);
    let mut earlier: Vec<String> = Vec::new();
    let mut section = 0;
    while out.len() < target_bytes {
        section += 1;
        // A line opening with a four-digit number is not read as a section
        // number (it is usually a year), so numbering restarts after 999,
        // as in an archive of decisions pasted one after another.
        let number = (section - 1) % 999 + 1;
        let school;
        let addressee = if rng.below(3) == 0 {
            rng.pick(&ADDRESSEES)
        } else {
            school = format!("Директору МБОУ «СОШ №{section}»");
            &school
        };
        let count = 3 + rng.below(8);
        let dashed = rng.below(3) == 0;
        if dashed {
            out.push_str(&format!("{number}. {addressee} обеспечить:\n\n"));
        } else {
            out.push_str(&format!("{number}. {addressee}:\n\n"));
        }
        for item in 1..=count {
            let text = match earlier.len() {
                n if n > 10 && rng.below(20) == 0 => earlier[rng.below(n)].clone(),
                _ => directive(&mut rng, !dashed),
            };
            let end = if item == count { "." } else { ";" };
            if dashed {
                out.push_str(&format!("- {text}{end}\n\n"));
            } else {
                out.push_str(&format!("{number}.{item}. {text}{end}\n\n"));
            }
            if earlier.len() < 200 {
                earlier.push(text);
            }
        }
    }
    out.push_str("Председатель совещания                    А.И. Петрова\n");
    (out, section)
}
