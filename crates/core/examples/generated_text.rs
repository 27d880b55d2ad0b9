//! Writes the benchmark's generated resolution text to standard output, to
//! time the command line on drafts of any size.
//!
//! Run: `cargo run --profile bench -p resolution-core --example
//! generated_text -- [bytes] [seed] > draft.txt`.

#[path = "../benches/pipeline/generate.rs"]
mod generate;

use std::io::Write;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let bytes = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5EED);
    std::io::stdout().write_all(generate::resolution_text(bytes, seed).as_bytes())
}
