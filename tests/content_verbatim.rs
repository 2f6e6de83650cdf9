//! The seeds' texts in `data/` are verbatim: every Danish string of the
//! approaches and recommendations must stand in its seed file, so a typo
//! fails CI. The seeds live in `../shared/seeds/` beside the repository;
//! in a clone with nothing beside it the checks say loudly on the terminal
//! (past the test harness's capture) that they skipped, and pass.

use std::io::Write;
use std::path::PathBuf;

use prioritet::model::data::content::Content;
use prioritet::model::data::recommendations::Recommendations;

/// The seed's text, or `None` (said on stderr) when `../shared/seeds/` is
/// not beside the repository. A seeds folder without the file is an error.
fn seed(file: &str, check: &str) -> Option<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.is_dir() {
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED {check}: no seeds at {} (the verbatim check needs ../shared/seeds/ beside the clone) ***\n",
            dir.display()
        );
        return None;
    }
    let path = dir.join(file);
    Some(
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read the seed {}: {e}", path.display())),
    )
}

/// Removes the seed's markup that the data drops (bold markers, footnote
/// markers) and collapses runs of white space to one space.
fn normalise(text: &str) -> String {
    let mut s = text
        .replace("**", "")
        .replace("<b>", "")
        .replace("</b>", "");
    while let Some(start) = s.find("<sup>") {
        match s[start..].find("</sup>") {
            Some(end) => s.replace_range(start..start + end + "</sup>".len(), ""),
            None => break,
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn content() -> Content {
    Content::builtin().expect("the built-in content is valid")
}

fn recommendations(c: &Content) -> Recommendations {
    Recommendations::builtin(&c.sources).expect("the recommendations are valid")
}

#[test]
fn approaches_table_rows_are_verbatim() {
    let c = content();
    let source = c.sources.get(&c.approaches.source).expect("known source");
    let Some(text) = seed(
        source.seed_file.as_deref().expect("a seed file"),
        "approaches_table_rows_are_verbatim",
    ) else {
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(c.approaches.approaches.len(), 5);
    for a in &c.approaches.approaches {
        let row = [
            &a.name,
            &a.problem_focus,
            &a.solution_focus,
            &a.effect_focus,
        ]
        .map(|t| t.da.as_str())
        .join(" ");
        assert!(
            lines.contains(&row.as_str()),
            "not a table row of the seed: {row}"
        );
    }
    let flat = normalise(&text);
    for p in &c.approaches.intro {
        assert!(
            flat.contains(&normalise(&p.da)),
            "not in the seed: {}",
            p.da
        );
    }
}

#[test]
fn recommendations_are_verbatim() {
    let c = content();
    let recs = recommendations(&c);
    let source = c.sources.get(&recs.source).expect("known source");
    let Some(text) = seed(
        source.seed_file.as_deref().expect("a seed file"),
        "recommendations_are_verbatim",
    ) else {
        return;
    };
    let flat = normalise(&text);
    let mut checked = 0;
    for r in &recs.recommendations {
        let mut texts = vec![
            &r.question,
            &r.title,
            &r.solutions.heading,
            &r.gains.heading,
        ];
        texts.push(&r.horizon.heading);
        texts.extend(r.intro.iter().chain(&r.problem).chain(&r.bullets));
        texts.extend(&r.solutions.paragraphs);
        texts.extend(&r.gains.paragraphs);
        texts.extend(&r.horizon.paragraphs);
        for t in texts {
            assert!(
                flat.contains(&normalise(&t.da)),
                "recommendation {}: not verbatim in the seed: {}",
                r.number,
                t.da
            );
            assert!(
                !t.en.trim().is_empty(),
                "recommendation {}: missing English",
                r.number
            );
            checked += 1;
        }
        assert!(!r.bullets.is_empty() && !r.problem.is_empty());
    }
    assert!(checked > 100, "only {checked} texts checked");
}

#[test]
fn every_6_byerne_bullet_is_present() {
    let counts: Vec<usize> = recommendations(&content())
        .recommendations
        .iter()
        .map(|r| r.bullets.len())
        .collect();
    assert_eq!(counts, [3, 3, 4, 5, 2]);
}

#[test]
fn the_normaliser_drops_markup_only() {
    assert_eq!(normalise("a **b**  <sup>4</sup> c\n\nd"), "a b c d");
}

#[test]
fn explanations_are_the_summaries_in_docs_model_md() {
    let c = content();
    let doc =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/model.md"))
            .expect("docs/model.md");
    let quoted: String = doc
        .lines()
        .filter_map(|l| l.strip_prefix("> "))
        .collect::<Vec<_>>()
        .join(" ");
    let flat = normalise(&quoted);
    assert!(c.explanations.explanations.len() >= 10);
    for e in &c.explanations.explanations {
        assert!(
            flat.contains(&normalise(&e.text.da)),
            "explanation '{}' differs from docs/model.md",
            e.id
        );
        assert!(!e.text.en.trim().is_empty());
    }
}
