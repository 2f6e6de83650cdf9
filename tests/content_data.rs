//! The built-in content loads, every figure names a known source, and bad
//! content files are rejected with a message that names the file and field.

use prioritet::model::data::content::{Content, ContentFiles};
use prioritet::model::data::recommendations::Recommendations;

#[test]
fn builtin_content_is_valid() {
    let c = Content::builtin().expect("valid");
    assert_eq!(c.approaches.approaches.len(), 5);
    let recs = Recommendations::builtin(&c.sources).expect("valid");
    assert_eq!(recs.recommendations.len(), 5);
    let years: Vec<u16> = c.recipients.points.iter().map(|p| p.year).collect();
    assert_eq!(years, [2014, 2016, 2022]);
}

#[test]
fn a_figure_with_an_unknown_source_is_rejected() {
    let files = ContentFiles::builtin();
    let bad = files.recipients.replacen("\"sr_2023\"", "\"nowhere\"", 1);
    let err = Content::from_json(ContentFiles {
        recipients: &bad,
        ..files
    })
    .unwrap_err();
    assert!(
        err.contains("recipients.json: points[2].recipients"),
        "{err}"
    );
}

#[test]
fn malformed_json_names_the_file() {
    let err = Content::from_json(ContentFiles {
        approaches: "{",
        ..ContentFiles::builtin()
    })
    .unwrap_err();
    assert!(err.starts_with("approaches.json"), "{err}");
}
