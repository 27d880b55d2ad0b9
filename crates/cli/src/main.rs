fn main() {
    eprintln!("resolution: not built yet");
    std::process::exit(2);
}
