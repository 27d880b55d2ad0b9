fn main() {
    resolution_editor::start();
}
