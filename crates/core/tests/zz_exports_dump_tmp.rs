mod export_support;
#[test]
fn dump() {
    for (name, doc) in export_support::corpus() {
        std::fs::write(format!("/tmp/expdump/{name}.md"), resolution_core::export::to_markdown(&doc)).unwrap();
        std::fs::write(format!("/tmp/expdump/{name}.docx"), resolution_core::export::to_docx(&doc).unwrap()).unwrap();
        let rows = resolution_core::control::control_sheet(&doc, &Default::default());
        std::fs::write(format!("/tmp/expdump/{name}.ics"), resolution_core::export::to_ics(&rows, &doc).text).unwrap();
        std::fs::write(format!("/tmp/expdump/{name}.csv"), resolution_core::export::to_csv(&rows, Default::default())).unwrap();
    }
}
