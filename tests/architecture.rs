//! The layout holds (`docs/architecture.md`): no source file over 1,000
//! lines, no import circle between files, and every room imports only from
//! the rooms below it. The graph is read from the sources' `crate::` paths
//! (and `super::` paths, resolved), so a new circle or an upward import
//! fails here before a reviewer has to find it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The rooms from the bottom up; a room may import from its own rank and
/// below. Longest prefix wins.
const RANKS: &[(&str, u32)] = &[
    ("model::ids", 0),
    ("model::error", 0),
    ("model::digits", 0),
    ("model::data", 1),
    ("model::scenario", 2),
    ("model::import", 3),
    ("model::engine", 3),
    ("model::analysis", 4),
    ("model::codec", 5),
    ("model", 6),
    ("text", 7),
    ("charts", 7),
    ("ui", 8),
    ("ui::web", 8),
    ("ui::state", 9),
    ("ui::explorer_state", 9),
    ("ui::url_sync", 9),
    ("ui::widgets", 10),
    ("ui::parts", 11),
    ("ui::views", 12),
    ("ui::app", 13),
];

const MAX_LINES: usize = 1000;

fn rank(module: &str) -> Option<u32> {
    RANKS
        .iter()
        .filter(|(p, _)| module == *p || module.starts_with(&format!("{p}::")))
        .max_by_key(|(p, _)| p.len())
        .map(|(_, r)| *r)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/model/data/dataset.rs` -> `model::data::dataset`; `mod.rs` names
/// its folder.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts.join("::")
}

/// The part of a file before its `#[cfg(test)]` module: tests may use
/// anything.
fn non_test(text: &str) -> &str {
    match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    }
}

/// Every module path a file names (`crate::a::b::C`, `super::x`), resolved
/// to the longest known module.
fn imports(module: &str, text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let bytes = text.as_bytes();
    for (prefix, base) in [("crate::", String::new()), ("super::", parent(module))] {
        let mut from = 0;
        while let Some(i) = text[from..].find(prefix) {
            let start = from + i;
            from = start + prefix.len();
            if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_') {
                continue;
            }
            let mut segs: Vec<String> = if base.is_empty() {
                vec![]
            } else {
                base.split("::").map(str::to_string).collect()
            };
            let rest = &text[from..];
            for seg in rest.split("::") {
                let name: String = seg
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if name.is_empty() {
                    break;
                }
                segs.push(name.clone());
                if name.len() != seg.len() {
                    break;
                }
            }
            while !segs.is_empty() && !known.contains(&segs.join("::")) {
                segs.pop();
            }
            let target = segs.join("::");
            if !target.is_empty() && target != module && !module.starts_with(&format!("{target}::"))
            {
                out.insert(target);
            }
        }
    }
    out
}

fn parent(module: &str) -> String {
    module
        .rsplit_once("::")
        .map(|(p, _)| p.to_string())
        .unwrap_or_default()
}

struct Crate {
    lines: BTreeMap<String, usize>,
    graph: BTreeMap<String, BTreeSet<String>>,
}

fn read_crate() -> Crate {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    rust_files(&src, &mut files);
    files.retain(|f| !f.starts_with(src.join("bin")) && !f.ends_with("main.rs"));
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| (module_of(&src, f), std::fs::read_to_string(f).unwrap()))
        .collect();
    let known: BTreeSet<String> = texts.iter().map(|(m, _)| m.clone()).collect();
    let mut lines = BTreeMap::new();
    let mut graph = BTreeMap::new();
    for (m, t) in &texts {
        lines.insert(m.clone(), t.lines().count());
        graph.insert(m.clone(), imports(m, non_test(t), &known));
    }
    Crate { lines, graph }
}

#[test]
fn no_source_file_is_over_1000_lines() {
    let c = read_crate();
    let long: Vec<_> = c.lines.iter().filter(|(_, n)| **n > MAX_LINES).collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines: {long:?}");
}

#[test]
fn no_test_file_is_over_1000_lines() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files = vec![];
    rust_files(&tests, &mut files);
    for dir in ["e2e", "smoke"] {
        for entry in std::fs::read_dir(tests.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "mjs" || e == "py") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "the tests were found");
    let long: Vec<String> = files
        .iter()
        .map(|f| (f, std::fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, n)| *n > MAX_LINES)
        .map(|(f, n)| format!("{}: {n}", f.display()))
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines: {long:?}");
}

#[test]
fn rooms_import_only_from_below() {
    let c = read_crate();
    let mut upward = vec![];
    for (from, targets) in &c.graph {
        let Some(r) = rank(from) else { continue };
        for to in targets {
            if rank(to).is_some_and(|t| t > r) {
                upward.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports from a lower room to a higher one: {upward:#?}"
    );
}

#[test]
fn no_import_circles_between_files() {
    let c = read_crate();
    // Parent modules (`mod.rs`) declare their children: only edges between
    // files that are not each other's ancestors count.
    let mut circles = vec![];
    for start in c.graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((node, path)) = stack.pop() {
            for next in c.graph.get(&node).into_iter().flatten() {
                if next == start {
                    circles.push(path.join(" -> ") + " -> " + start);
                } else if seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push((next.clone(), p));
                }
            }
        }
    }
    circles.sort();
    circles.dedup();
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}

#[test]
fn only_the_web_room_touches_browser_apis() {
    let ui = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = vec![];
    rust_files(&ui, &mut files);
    let mut outside = vec![];
    for f in files.iter().filter(|f| !f.starts_with(ui.join("web"))) {
        let text = std::fs::read_to_string(f).unwrap();
        for api in ["web_sys", "js_sys", "wasm_bindgen", "gloo"] {
            if text.contains(&format!("{api}::")) {
                outside.push(format!("{} names {api}", f.display()));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "browser APIs outside src/ui/web: {outside:#?}"
    );
}

#[test]
fn the_reader_finds_a_known_edge_and_a_known_room() {
    let c = read_crate();
    assert!(c.graph["model::scenario"].contains("model::data::dataset"));
    assert_eq!(rank("model::engine::projection"), Some(3));
    assert_eq!(rank("ui::views::board"), Some(12));
    assert_eq!(rank("ui::web::storage"), Some(8));
    assert!(c.lines.contains_key("model::ids"));
}
