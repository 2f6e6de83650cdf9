//! Every number in the default data set (data/model.json) carries a valid
//! source from data/sources.json: stated, seed, derived with a note, or an
//! assumption that says why. Checked two ways: through the typed data set,
//! and by walking the raw JSON so no number can hide. Every source in the
//! registry can be found again and supports at least one figure or text.

use std::collections::BTreeSet;

use prioritet::model::data::content::Content;
use prioritet::model::data::recommendations::Recommendations;
use prioritet::model::data::sources::{SourceRegistry, Sourced, Status};
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
        Value::Object(m) if m.contains_key("value") && m.contains_key("status") => {
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

#[test]
fn every_source_can_be_found_again_and_supports_something() {
    let reg = registry();
    let ds = DataSet::builtin();
    let content = Content::builtin().expect("the built-in content loads");
    let mut used: BTreeSet<String> = ds
        .sourced_fields()
        .into_iter()
        .filter_map(|(_, s)| s.source.clone())
        .collect();
    for l in &ds.levers {
        let id = l
            .source
            .clone()
            .expect("every lever names the document that proposes it");
        assert!(
            reg.get(&id).is_some(),
            "lever {}: unknown source {id}",
            l.id
        );
        used.insert(id);
    }
    used.insert(content.approaches.source.clone());
    let recs = Recommendations::builtin(&content.sources).expect("the recommendations load");
    used.insert(recs.source.clone());
    used.extend(
        content
            .recipients
            .points
            .iter()
            .filter_map(|p| p.recipients.source.clone()),
    );
    let mut ids = BTreeSet::new();
    for src in &reg.sources {
        assert!(ids.insert(src.id.clone()), "{} is listed twice", src.id);
        assert!(
            src.is_findable(),
            "{}: needs a title, a publisher and a URL, table id or seed file",
            src.id
        );
        assert!(!src.date.is_empty(), "{}: needs a date", src.id);
        assert!(
            used.contains(&src.id),
            "{} supports no figure: cite it or remove it",
            src.id
        );
    }
}

/// Base-year money (volume x unit cost) by how firmly its two factors rest.
fn money_by_status(ds: &DataSet) -> (f64, f64, f64) {
    let firm = |s: &Sourced| s.status != Status::Illustrative;
    let (mut both, mut remainder, mut total) = (0.0, 0.0, 0.0);
    for a in &ds.areas {
        let money = a.volume_full_year.value * a.unit_cost_dkk.value;
        total += money;
        if a.remainder {
            remainder += money;
        } else if firm(&a.volume_full_year) && firm(&a.unit_cost_dkk) {
            both += money;
        }
    }
    (both, remainder, total)
}

#[test]
fn the_national_frame_reconciles_with_the_public_record() {
    let ds = DataSet::builtin();
    let (both, remainder, total) = money_by_status(&ds);
    // KL's total for 2023 (62.7 bn), within 2 %.
    assert!((total / 62.7e9 - 1.0).abs() < 0.02, "total {total}");
    // Children and adults as in Socialpolitisk Redegørelse 2023 (19.2 / 59.7).
    let children: f64 = ds
        .areas
        .iter()
        .filter(|a| a.group == prioritet::model::data::dataset::Group::Children)
        .map(|a| a.volume_full_year.value * a.unit_cost_dkk.value)
        .sum();
    assert!((children / total - 19.2 / 59.7).abs() < 0.005, "{children}");
    // At least 80 % of the money rests on sourced or derived figures: areas
    // whose volume and unit cost are both sourced or derived, and the
    // remainder of KL's total, derived as money.
    assert!(
        (both + remainder) / total >= 0.80,
        "{}",
        (both + remainder) / total
    );
    assert!(both / total >= 0.70, "{}", both / total);
    // Danmarks Statistik's counts, as the issue lists them.
    let volume = |id: &str| ds.areas[ds.area_index(id).unwrap()].volume_full_year.value;
    assert_eq!(volume("adult_sel107"), 8_400.0);
    assert_eq!(volume("adult_sel108"), 5_500.0);
    assert_eq!(volume("adult_sel85_housing"), 14_600.0);
    assert_eq!(volume("adult_sel85"), 46_300.0);
    assert_eq!(
        volume("child_foster_care") + volume("child_institutions"),
        13_900.0
    );
    assert_eq!(
        volume("child_foster_care")
            + volume("child_institutions")
            + volume("child_preventive_measures"),
        52_600.0
    );
}
