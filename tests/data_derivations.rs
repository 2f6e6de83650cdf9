//! The national data set's derived figures, redone from the public figures
//! in `reference` of `data/model.json`, the way `docs/data.md` tells a
//! finance officer to redo them with a calculator. Each derived (status `D`)
//! volume, unit cost and remainder is recomputed from the reference figures
//! with the arithmetic its note gives, rounded as the note says, and must
//! equal the value in the data. The totals and the shares quoted in
//! `docs/data.md` are checked too, so the page and the data change together.
//!
//! The data file is read as plain JSON, not through the model's loader, so
//! the check does not depend on the model's code.

use std::collections::BTreeSet;

use serde_json::Value;

/// `data/model.json`, as shipped.
const DATA: &str = include_str!("../data/model.json");

/// The data file, parsed.
fn data() -> Value {
    serde_json::from_str(DATA).expect("data/model.json is JSON")
}

/// The value of the reference figure `id`.
fn reference(d: &Value, id: &str) -> f64 {
    d["reference"]
        .as_array()
        .expect("reference is a list")
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no reference figure {id}"))["figure"]["value"]
        .as_f64()
        .expect("a number")
}

/// The area `id`.
fn area<'a>(d: &'a Value, id: &str) -> &'a Value {
    d["areas"]
        .as_array()
        .expect("areas is a list")
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("no area {id}"))
}

/// The area's base-year volume (full-year citizens, or units of 1 mio. kr.
/// for a remainder).
fn volume(d: &Value, id: &str) -> f64 {
    area(d, id)["volume_full_year"]["value"].as_f64().unwrap()
}

/// The area's unit cost (kr. per full-year citizen).
fn unit_cost(d: &Value, id: &str) -> f64 {
    area(d, id)["unit_cost_dkk"]["value"].as_f64().unwrap()
}

/// The area's base-year spending, volume x unit cost (kr.).
fn spending(a: &Value) -> f64 {
    a["volume_full_year"]["value"].as_f64().unwrap() * a["unit_cost_dkk"]["value"].as_f64().unwrap()
}

/// `x` rounded to the nearest multiple of `step` (1.0 = whole numbers,
/// 1000.0 = thousands, 1e6 = millions, 1e-4 = four decimals).
fn round_to(x: f64, step: f64) -> f64 {
    if step < 1.0 {
        // Decimals: divide by a whole power of ten, so 0.175 stays 0.175.
        let per_unit = (1.0 / step).round();
        (x * per_unit).round() / per_unit
    } else {
        (x / step).round() * step
    }
}

/// Equal up to floating-point noise.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// KL's growth factor of the whole area from `year` to 2023: KL's 2023
/// total over the total of `year`, found by taking the yearly increases off.
fn kl_growth_to_2023(d: &Value, year: u32) -> f64 {
    let total = reference(d, "kl_total_2023");
    let mut earlier = total;
    for y in (year + 1)..=2023 {
        earlier -= reference(d, &format!("kl_increase_{y}"));
    }
    total / earlier
}

/// The 2019 -> 2023 factor for the cost of a placement: cost per placement
/// 2019 (9.7 bn / 13,459) and 2024 (12.5 bn / 13,900); four fifths of that
/// growth in logs, rounded to four decimals as the notes use it.
fn placement_factor(d: &Value) -> f64 {
    let c2019 = reference(d, "placements_2019_dkk") / reference(d, "placements_2019_count");
    let c2024 = reference(d, "placements_2024_dkk") / reference(d, "placements_end_2023");
    assert_eq!(round_to(c2019, 1.0), 720_707.0, "2019 cost per placement");
    assert_eq!(round_to(c2024, 1.0), 899_281.0, "2024 cost per placement");
    let factor = (0.8 * (c2024 / c2019).ln()).exp();
    assert_eq!(round_to(factor, 1e-4), 1.1937);
    round_to(factor, 1e-4)
}

#[test]
fn children_placements_and_preventive_measures() {
    let d = data();
    let placed = reference(&d, "placements_end_2023");
    // Preventive measures: 52,600 children with a supportive measure minus
    // the 13,900 placed.
    let preventive = reference(&d, "children_supported_end_2023") - placed;
    assert_eq!(preventive, 38_700.0);
    assert_eq!(volume(&d, "child_preventive_measures"), preventive);

    // Foster share: the 2019 average cost per placement lies between the
    // foster and the institution cost; (1,160,000 - 720,707) / 690,000.
    let foster_cost = reference(&d, "foster_cost_2019");
    let institution_cost = reference(&d, "institution_cost_2019");
    let c2019 = round_to(
        reference(&d, "placements_2019_dkk") / reference(&d, "placements_2019_count"),
        1.0,
    );
    let foster_share = round_to(
        (institution_cost - c2019) / (institution_cost - foster_cost),
        1e-4,
    );
    assert_eq!(foster_share, 0.6367);
    let foster = round_to(placed * foster_share, 1.0);
    assert_eq!(foster, 8_850.0);
    assert_eq!(volume(&d, "child_foster_care"), foster);
    assert_eq!(volume(&d, "child_institutions"), placed - foster);
    assert_eq!(placed - foster, 5_050.0);

    // Unit costs: the 2019 costs times the placement factor 1.1937, rounded
    // to thousands.
    let factor = placement_factor(&d);
    assert_eq!(round_to(foster_cost * factor, 1000.0), 561_000.0);
    assert_eq!(
        unit_cost(&d, "child_foster_care"),
        round_to(foster_cost * factor, 1000.0)
    );
    assert_eq!(round_to(institution_cost * factor, 1000.0), 1_385_000.0);
    assert_eq!(
        unit_cost(&d, "child_institutions"),
        round_to(institution_cost * factor, 1000.0)
    );

    // Preventive measures are 37 % of spending on vulnerable children,
    // placements the other 63 %: 11.959 bn x 37 / 63 = 7.024 bn, over
    // 38,700 children, rounded to thousands.
    let placements_dkk =
        spending(area(&d, "child_foster_care")) + spending(area(&d, "child_institutions"));
    assert_eq!(round_to(placements_dkk, 1e6), 11_959e6);
    let share = reference(&d, "preventive_share");
    let preventive_dkk = placements_dkk * share / (1.0 - share);
    assert_eq!(round_to(preventive_dkk, 1e6), 7_024e6);
    let cost = round_to(preventive_dkk / preventive, 1000.0);
    assert_eq!(cost, 181_000.0);
    assert_eq!(unit_cost(&d, "child_preventive_measures"), cost);
}

#[test]
fn adults_housing_support_and_day_activities() {
    let d = data();
    // KL's growth of the whole area: 62.7 / (62.7 - 1.5 - 1.7) from 2021,
    // 62.7 / (62.7 - 1.5 - 1.7 - 1.6) from 2020.
    let g2021 = kl_growth_to_2023(&d, 2021);
    let g2020 = kl_growth_to_2023(&d, 2020);
    assert_eq!(round_to(g2021, 1e-4), 1.0538);
    assert_eq!(round_to(g2020, 1e-4), 1.0829);

    // Residential care: 5.6 bn for 9,000 adults (2021) = 622,222 kr., times
    // 1.0538, rounded to thousands; the same for § 107, § 108 and § 85
    // housing.
    let per_person = reference(&d, "residential_sample_2021_dkk")
        / reference(&d, "residential_sample_2021_people");
    assert_eq!(round_to(per_person, 1.0), 622_222.0);
    let residential = round_to(per_person * g2021, 1000.0);
    assert_eq!(residential, 656_000.0);
    for id in ["adult_sel107", "adult_sel108", "adult_sel85_housing"] {
        assert_eq!(unit_cost(&d, id), residential, "{id}");
    }

    // § 85 in own home: housing and support 2023 (VIVE's 23.5 bn x 1.0829)
    // minus the residential areas, over 46,300 people.
    let housing_2023 = reference(&d, "housing_support_2020_dkk") * g2020;
    assert_eq!(round_to(housing_2023, 1e6), 25_448e6);
    let places: f64 = ["adult_sel107", "adult_sel108", "adult_sel85_housing"]
        .iter()
        .map(|id| volume(&d, id))
        .sum();
    assert_eq!(places, 28_500.0);
    let residential_dkk = places * residential;
    assert_eq!(residential_dkk, 18_696e6);
    let sel85 = round_to(
        (housing_2023 - residential_dkk) / volume(&d, "adult_sel85"),
        1000.0,
    );
    assert_eq!(sel85, 146_000.0);
    assert_eq!(unit_cost(&d, "adult_sel85"), sel85);

    // Day activities: just over 9,000 (§ 103) plus just over 17,000 (§ 104).
    let day = reference(&d, "sel103_count") + reference(&d, "sel104_count");
    assert_eq!(day, 26_000.0);
    assert_eq!(volume(&d, "adult_day_activities"), day);
}

/// The group's share of KL's total by Socialpolitisk Redegørelse's split
/// (kr.), and the group's areas other than the remainder (kr.).
fn group_split(d: &Value, group: &str, sr_id: &str) -> (f64, f64) {
    let share = reference(d, "kl_total_2023") * reference(d, sr_id) / reference(d, "sr_total_2022");
    let areas: f64 = d["areas"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["group"] == group && a["remainder"] != true)
        .map(spending)
        .sum();
    (share, areas)
}

#[test]
fn remainders_close_the_gap_to_kls_total() {
    let d = data();
    // Children: 62.7 bn x 19.2 / 59.7 = 20.165 bn, minus the four areas
    // (19.786 bn), in units of 1 mio. kr.
    let (share, areas) = group_split(&d, "children", "sr_children_2022");
    assert_eq!(round_to(share, 1e6), 20_165e6);
    assert_eq!(round_to(areas, 1e6), 19_786e6);
    assert_eq!(round_to((share - areas) / 1e6, 1.0), 379.0);
    assert_eq!(volume(&d, "child_remainder"), 379.0);
    // Adults: 62.7 bn x 40.5 / 59.7 = 42.535 bn, minus the eight areas
    // (35.629 bn). Unrounded 42,535.2 - 35,628.6 = 6,906.6 mio. kr., so
    // 6,907 (the note's rounded bn figures would give 6,906).
    let (share, areas) = group_split(&d, "adults", "sr_adults_2022");
    assert_eq!(round_to(share, 1e6), 42_535e6);
    assert_eq!(round_to(areas, 1e6), 35_629e6);
    assert_eq!(round_to((share - areas) / 1e6, 1.0), 6_907.0);
    assert_eq!(volume(&d, "adult_remainder"), 6_907.0);
    for id in ["child_remainder", "adult_remainder"] {
        assert_eq!(unit_cost(&d, id), 1e6, "{id}: one unit is 1 mio. kr.");
        assert_eq!(area(&d, id)["remainder"], true, "{id}");
    }
}

#[test]
fn totals_and_shares_quoted_in_the_docs() {
    let d = data();
    let areas = d["areas"].as_array().unwrap();
    let total: f64 = areas.iter().map(spending).sum();
    let children: f64 = areas
        .iter()
        .filter(|a| a["group"] == "children")
        .map(spending)
        .sum();
    // The total is KL's 62.7 bn up to the rounding of the two remainders.
    assert!(same(total, 62_700.4e6), "total {total}");
    assert!((total - reference(&d, "kl_total_2023")).abs() <= 1e6);
    // Children vs adults as in Socialpolitisk Redegørelse (19.2 of 59.7).
    assert!(same(children, 20_164.8e6), "children {children}");
    assert!(same(total - children, 42_535.6e6));
    let sr = reference(&d, "sr_children_2022") / reference(&d, "sr_total_2022");
    assert_eq!(round_to(sr, 1e-4), 0.3216);
    assert_eq!(round_to(children / total, 1e-4), 0.3216);

    // Shares of the base-year money by how its volume and unit cost are
    // known: both stated or derived / the remainders / an assumed unit cost.
    let status = |a: &Value, k: &str| a[k]["status"].as_str().unwrap().to_string();
    let mut known = 0.0;
    let mut remainder = 0.0;
    let mut assumed_cost = 0.0;
    for a in areas {
        let s = spending(a);
        if a["remainder"] == true {
            remainder += s;
        } else if status(a, "unit_cost_dkk") == "I" {
            assumed_cost += s;
        } else {
            assert_ne!(status(a, "volume_full_year"), "I", "{}", a["id"]);
            known += s;
        }
    }
    assert!(same(known + remainder + assumed_cost, total));
    assert!(same(known, 44_419.6e6), "known {known}");
    assert!(same(remainder, 7_286e6));
    assert!(same(assumed_cost, 10_994.8e6), "assumed {assumed_cost}");
    assert_eq!(round_to(known / total, 1e-3), 0.708);
    assert_eq!(round_to(remainder / total, 1e-3), 0.116);
    assert_eq!(round_to(assumed_cost / total, 1e-3), 0.175);
}

#[test]
fn every_derived_figure_is_checked_here() {
    // A new derived figure must get its check above (and its row in
    // docs/data.md); this list is what the tests above redo.
    let checked: BTreeSet<(&str, &str)> = [
        ("child_preventive_measures", "volume_full_year"),
        ("child_preventive_measures", "unit_cost_dkk"),
        ("child_foster_care", "volume_full_year"),
        ("child_foster_care", "unit_cost_dkk"),
        ("child_institutions", "volume_full_year"),
        ("child_institutions", "unit_cost_dkk"),
        ("child_remainder", "volume_full_year"),
        ("child_remainder", "unit_cost_dkk"),
        ("adult_sel85", "unit_cost_dkk"),
        ("adult_sel107", "unit_cost_dkk"),
        ("adult_sel108", "unit_cost_dkk"),
        ("adult_sel85_housing", "unit_cost_dkk"),
        ("adult_day_activities", "volume_full_year"),
        ("adult_remainder", "volume_full_year"),
        ("adult_remainder", "unit_cost_dkk"),
    ]
    .into_iter()
    .collect();
    let d = data();
    let mut derived = BTreeSet::new();
    for a in d["areas"].as_array().unwrap() {
        for k in ["volume_full_year", "unit_cost_dkk"] {
            if a[k]["status"] == "D" {
                let note = a[k]["note"].as_str().unwrap_or("");
                assert!(
                    !note.is_empty(),
                    "{}.{k}: a derived figure gives its arithmetic",
                    a["id"]
                );
                derived.insert((a["id"].as_str().unwrap(), k));
            }
        }
    }
    assert_eq!(derived, checked);
}
