//! Every number in the default data set (data/model.json) carries a valid
//! source from data/sources.json: stated, seed, derived with a note, or an
//! illustrative assumption labelled so. Checked two ways: through the typed
//! data set, and by walking the raw JSON so no number can hide.

use prioritet::model::data::sources::{SourceRegistry, Sourced};
use prioritet::model::DataSet;
use serde_json::Value;

fn registry() -> SourceRegistry {
    serde_json::from_str(include_str!("../data/sources.json")).unwrap()
}

#[test]
fn every_typed_figure_has_a_valid_source() {
    let ds = DataSet::builtin();
    let reg = registry();
    let fields = ds.sourced_fields();
    assert!(fields.len() > 200);
    for (field, s) in fields {
        s.check(&field, &reg).unwrap();
    }
}

fn walk(v: &Value, path: &str, reg: &SourceRegistry, count: &mut usize) {
    match v {
        Value::Object(m) if m.contains_key("value") && m.contains_key("source") => {
            let s: Sourced = serde_json::from_value(v.clone())
                .unwrap_or_else(|e| panic!("{path}: not a sourced figure: {e}"));
            s.check(path, reg).unwrap();
            *count += 1;
        }
        Value::Object(m) => {
            for (k, x) in m {
                walk(x, &format!("{path}.{k}"), reg, count);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk(x, &format!("{path}[{i}]"), reg, count);
            }
        }
        // The format version and recommendation numbers (ids of
        // data/recommendations.json) are identifiers, not figures.
        Value::Number(_) => assert!(
            path == ".version" || path.ends_with(".recommendation"),
            "{path}: a bare number without a source"
        ),
        _ => {}
    }
}

#[test]
fn no_bare_number_in_the_json() {
    let v: Value = serde_json::from_str(include_str!("../data/model.json")).unwrap();
    let mut count = 0;
    walk(&v, "", &registry(), &mut count);
    assert!(count > 200);
    assert!(v.get("version").is_some());
}

#[test]
fn names_exist_in_both_languages() {
    let ds = DataSet::builtin();
    for a in &ds.areas {
        assert!(!a.name.da.is_empty() && !a.name.en.is_empty(), "{}", a.id);
    }
    for l in &ds.levers {
        assert!(
            !l.name.da.is_empty() && !l.explanation.en.is_empty(),
            "{}",
            l.id
        );
    }
    for s in &ds.services {
        assert!(!s.unit.da.is_empty() && !s.unit.en.is_empty(), "{}", s.id);
    }
}
