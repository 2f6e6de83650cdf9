//! HAND01 in the Statistikbanken import (issue 16): the municipality's own
//! full-time services per quarter give the adult areas their volumes (the
//! mean of a year's four quarters), the unit cost is then the spending
//! over that volume; suppressed or incomplete counts fall back to the
//! national volume scaled; service types not used and not understood are
//! listed. Fixtures: `tests/statbank_corpus/HAND01-*.csv` (made-up figures).

use prioritet::model::data::sources::{Provenance, Status};
use prioritet::model::ids::StatTable;
use prioritet::model::import::statbank::{
    links, municipality, read_extracts, service, shared_spending, StatProblemKind, VolumeStatus,
};
use prioritet::model::import::{statbank_source_id, FieldOrigin, Severity};

mod statbank_support;

use statbank_support::{
    at, base, check, every_service_has_an_area_or_a_reason, fixture, read, registry, volume,
};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn koebenhavn_own_volumes_and_unit_costs_over_them() {
    let im = read(
        &["REGK31-101.csv", "HAND01-101.csv", "FOLK1A-101.csv"],
        None,
    );
    check(&im, "københavn hand01").unwrap();
    assert!(im.import.usable, "{:#?}", im.problems);
    assert_eq!(im.errors(), 0, "{:#?}", im.problems);
    assert_eq!(im.files[1].table, Some(StatTable::Hand01));
    assert!(im.files[1].labels);
    // The money's year has all four quarters; 2024 has three and is said
    // not used.
    assert_eq!(im.counts_year(StatTable::Hand01), Some(2023));
    assert!(im.problems.iter().any(|p| p.kind
        == StatProblemKind::PartYear {
            year: 2024,
            quarters: 3
        }));

    // § 108: the mean of 1.190, 1.195, 1.205, 1.210; the unit cost the
    // spending 1.020 mio. kr. over it.
    let v = volume(&im, "adult_sel108");
    assert_eq!(v.status, VolumeStatus::Own);
    assert_eq!(v.full_time, Some(1200.0));
    let a = at(&im.import.data, "adult_sel108");
    assert_eq!(a.volume_full_year.value, 1200.0);
    assert_eq!(a.volume_full_year.status, Status::Derived);
    assert_eq!(
        a.volume_full_year.source.as_deref(),
        Some(statbank_source_id(StatTable::Hand01).as_str())
    );
    let note = a.volume_full_year.note.as_deref().unwrap();
    assert!(note.contains("HAND01") && note.contains("2023K1"), "{note}");
    assert!(close(a.unit_cost_dkk.value, 1_020_000_000.0 / 1200.0));
    assert_eq!(a.unit_cost_dkk.status, Status::Derived);
    assert_eq!(
        a.unit_cost_dkk.source.as_deref(),
        Some(statbank_source_id(StatTable::Regk31).as_str())
    );
    let note = a.unit_cost_dkk.note.as_deref().unwrap();
    assert!(
        note.contains("REGK31 2023") && note.contains("HAND01"),
        "{note}"
    );
    let src = Provenance::of(&a.volume_full_year, registry())
        .source
        .expect("HAND01 is in the registry");
    assert_eq!(src.table_id.as_deref(), Some("HAND01"));
    let i = im.import.data.area_index("adult_sel108").unwrap();
    assert_eq!(im.import.origin[i].volume, FieldOrigin::File);
    assert_eq!(im.import.origin[i].unit_cost, FieldOrigin::File);

    // § 107 and §§ 103-104 (two service types summed).
    assert!(close(
        at(&im.import.data, "adult_sel107").unit_cost_dkk.value,
        720_000_000.0 / 900.0
    ));
    assert_eq!(volume(&im, "adult_day_activities").full_time, Some(1300.0));
    assert_eq!(volume(&im, "adult_day_activities").services.len(), 2);
    assert!(close(
        at(&im.import.data, "adult_day_activities")
            .unit_cost_dkk
            .value,
        380_000_000.0 / 1300.0
    ));
    // § 85: 5.38.38 pays for more than § 85, so the share of the
    // country's spending carries the expenditure, over the own volume.
    assert!(shared_spending("adult_sel85").is_some());
    let n = at(base(), "adult_sel85");
    let want =
        n.volume_full_year.value * n.unit_cost_dkk.value * 1_150_000.0 / 9_500_000.0 / 4000.0;
    let sel85 = at(&im.import.data, "adult_sel85");
    assert_eq!(sel85.volume_full_year.value, 4000.0);
    assert!(
        close(sel85.unit_cost_dkk.value, want),
        "{}",
        sel85.unit_cost_dkk.value
    );
    // Own volumes with no function of their own: the unit cost national.
    for (id, v) in [
        ("adult_sel85_housing", 1500.0),
        ("adult_bpa", 150.0),
        ("adult_sel82", 800.0),
    ] {
        let a = at(&im.import.data, id);
        assert_eq!(a.volume_full_year.value, v, "{id}");
        assert_eq!(a.unit_cost_dkk, at(base(), id).unit_cost_dkk, "{id}");
        let i = im.import.data.area_index(id).unwrap();
        assert_eq!(im.import.origin[i].unit_cost, FieldOrigin::NationalDefault);
    }
    // Areas HAND01 does not count: scaled by population, as before.
    assert_eq!(
        volume(&im, "child_foster_care").status,
        VolumeStatus::NotInFiles
    );
    assert_eq!(
        volume(&im, "adult_substance_abuse").status,
        VolumeStatus::NotInFiles
    );
    let foster = at(&im.import.data, "child_foster_care");
    assert!(foster
        .volume_full_year
        .note
        .as_deref()
        .unwrap()
        .contains("FOLK1A 2023K4"));
    // The service types not used, with the mapping's reason and the mean.
    let unused: Vec<&str> = im
        .services_not_used
        .iter()
        .map(|u| u.label.as_str())
        .collect();
    assert_eq!(unused.len(), 4, "{unused:?}");
    assert!(im.services_not_used.iter().all(|u| u.why.is_some()));
    let escort = im
        .services_not_used
        .iter()
        .find(|u| u.label.starts_with("Ledsageordning"))
        .unwrap();
    assert_eq!(escort.full_time, Some(300.0));
}

#[test]
fn aarhus_a_code_not_understood_is_listed() {
    let im = read(
        &["REGK31-751.csv", "HAND01-751.csv", "FOLK1A-751.csv"],
        Some(751),
    );
    check(&im, "aarhus hand01").unwrap();
    assert!(im.import.usable);
    let p = im
        .problems
        .iter()
        .find(
            |p| matches!(&p.kind, StatProblemKind::UnknownServiceType { table: StatTable::Hand01, value } if value == "110"),
        )
        .expect("the code is listed");
    assert_eq!(p.severity, Severity::Warning);
    assert_eq!(p.file, "HAND01-751.csv");
    assert!(p.line.is_some());
    assert_eq!(volume(&im, "adult_sel108").full_time, Some(700.0));
    assert!(close(
        at(&im.import.data, "adult_sel108").unit_cost_dkk.value,
        640_000_000.0 / 700.0
    ));

    // The budget's year (2024) is not in HAND01: the latest whole year is.
    let budget = read(
        &["BUDK32-751-bulk.csv", "HAND01-751.csv", "FOLK1A-751.csv"],
        Some(751),
    );
    check(&budget, "aarhus budget hand01").unwrap();
    assert_eq!(budget.counts_year(StatTable::Hand01), Some(2023));
    assert!(budget.problems.iter().any(|p| p.kind
        == StatProblemKind::CountYearDiffers {
            table: StatTable::Hand01,
            money: 2024,
            counts: 2023
        }));
}

#[test]
fn laesoe_suppressed_counts_fall_back() {
    let im = read(
        &["regk31-laesoe.csv", "HAND01-825.csv", "FOLK1A-825.csv"],
        Some(825),
    );
    check(&im, "læsø hand01").unwrap();
    assert!(im.import.usable, "{:#?}", im.problems);
    // § 107: one quarter "..": the national volume scaled, said with its line.
    assert_eq!(volume(&im, "adult_sel107").status, VolumeStatus::Suppressed);
    let p = im
        .problems
        .iter()
        .find(|p| matches!(&p.kind, StatProblemKind::CountSuppressed { service } if service.starts_with("Midlertidige")))
        .unwrap();
    assert_eq!(p.file, "HAND01-825.csv");
    assert!(p.line.is_some());
    let sel107 = at(&im.import.data, "adult_sel107");
    let scaled = at(base(), "adult_sel107").volume_full_year.value * im.import.scale;
    assert!(close(sel107.volume_full_year.value, scaled));
    let i = im.import.data.area_index("adult_sel107").unwrap();
    assert_eq!(im.import.origin[i].volume, FieldOrigin::ScaledDefault);
    // §§ 103-104: § 103 suppressed, so the pair falls back.
    assert_eq!(
        volume(&im, "adult_day_activities").status,
        VolumeStatus::Suppressed
    );
    // § 108 and § 82 are the municipality's own.
    assert_eq!(volume(&im, "adult_sel108").full_time, Some(3.5));
    assert!(close(
        at(&im.import.data, "adult_sel108").unit_cost_dkk.value,
        2_600_000.0 / 3.5
    ));
    assert_eq!(volume(&im, "adult_sel82").full_time, Some(3.0));
    // Suppressed service types not used: listed without a figure.
    assert!(im
        .services_not_used
        .iter()
        .any(|u| u.label.starts_with("Behandling") && u.full_time.is_none()));
}

#[test]
fn hand01_recognised_by_its_values_and_codes_not_guessed() {
    // No HAND01 in the name, an unknown column code: the labels say it.
    let text = "OMRÅDE;YTYPE;TID;INDHOLD\nAarhus;Længerevarende botilbud inklusiv tilknyttede ydelser fx §§83, 85 (§108);2023K1;10\n";
    let money =
        "OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD\n751;53850;1;TOT;LOBM;2023;640000\n";
    let im = read_extracts(
        &[("REGK31.csv", money.as_bytes()), ("x.csv", text.as_bytes())],
        Some(751),
        base(),
    );
    check(&im, "by values").unwrap();
    assert_eq!(im.files[1].table, Some(StatTable::Hand01));
    // One quarter only: no whole year, the volumes are scaled.
    assert!(im
        .problems
        .iter()
        .any(|p| p.kind == StatProblemKind::NoCompleteYear));
    assert_eq!(volume(&im, "adult_sel108").status, VolumeStatus::NotInFiles);

    // Codes: named HAND01, but no code is guessed.
    let mut codes = String::from("OMRÅDE;YDELSESTYPE;TID;INDHOLD\n");
    for q in 1..=4 {
        codes.push_str(&format!("751;108;2023K{q};700\n751;107;2023K{q};500\n"));
    }
    let im = read_extracts(
        &[
            ("REGK31.csv", money.as_bytes()),
            ("HAND01-751.csv", codes.as_bytes()),
        ],
        Some(751),
        base(),
    );
    check(&im, "codes").unwrap();
    assert!(im.import.usable);
    let unknown: Vec<&StatProblemKind> = im
        .problems
        .iter()
        .map(|p| &p.kind)
        .filter(|k| matches!(k, StatProblemKind::UnknownServiceType { .. }))
        .collect();
    assert_eq!(unknown.len(), 2, "{unknown:?}");
    assert_eq!(volume(&im, "adult_sel108").status, VolumeStatus::NotInFiles);
    let i = im.import.data.area_index("adult_sel108").unwrap();
    assert_eq!(im.import.origin[i].volume, FieldOrigin::ScaledDefault);
}

#[test]
fn the_service_mapping_names_real_areas_and_every_listed_type() {
    let docs = [
        ("Aktivitets- og samværstilbud (§104)", Some("adult_day_activities")),
        ("Behandling (§102)", None),
        ("Beskyttet beskæftigelse (§103)", Some("adult_day_activities")),
        ("Længerevarende botilbud inklusiv tilknyttede ydelser fx §§83, 85 (§108)", Some("adult_sel108")),
        ("Midlertidige botilbud inklusiv tilknyttede ydelser fx §§83, 85 (§107)", Some("adult_sel107")),
        ("Socialpædagogisk støtte i botilbudslignende tilbud fx botilbud efter lov om almene boliger m.v. §105 og 115 (§85)", Some("adult_sel85_housing")),
        ("Øvrig socialpædagogisk støtte (§85)", Some("adult_sel85")),
        ("Borgerstyret personlig assistance (BPA) (§96)", Some("adult_bpa")),
        ("Kontaktperson for døvblinde (§98)", None),
        ("Ledsageordning (§97)", None),
        ("Kontant tilskud efter §95 (§95)", None),
        ("Gruppebaseret socialpædagogisk hjælp og støtte efter § 82 a", Some("adult_sel82")),
        ("Individuel tidsbegrænset socialpædagogisk hjælp og støtte efter § 82 b", Some("adult_sel82")),
    ];
    for (label, area) in docs {
        let s = service(StatTable::Hand01, label).unwrap_or_else(|| panic!("{label}"));
        assert_eq!(s.area.as_deref(), area, "{label}");
    }
    assert_eq!(service(StatTable::Hand01, "I alt"), None);
    assert_eq!(service(StatTable::Hand01, "108"), None);
    // The codes and labels of the table's description: a code gives the
    // same entry as its label.
    let described = [
        ("30011", "Aktivitets- og samværstilbud (§ 104 i lov om social service)", Some("adult_day_activities")),
        ("30013", "Behandling (§ 102 i lov om social service)", None),
        ("30014", "Beskyttet beskæftigelse (§ 103 i lov om social service)", Some("adult_day_activities")),
        ("30117", "Kontant tilskud efter § 95 til ansættelse af hjælpere (§§ 83, 84) (§ 95 i lov om social service)", None),
        ("30181", "Længerevarende botilbud inkl. tilknyttede ydelser fx §§ 83, 85 (§ 108 i lov om social service)", Some("adult_sel108")),
        ("31213", "Hjælp, omsorg eller støtte til personer i hjemløshed eller i risiko for hjemløshed, ACT og M-ACT-støttemetode (§ 85 a i Serviceloven)", None),
        ("32001", "Hjælp og støtte ved hastigt fremskridende sygdom, jf. § 83 i lov om social service (§ 117 a i Serviceloven)", None),
        ("32004", "Hjælp og støtte ved hastigt fremskridende sygdom, jf. § 116 i lov om social service (§ 117 a i Serviceloven)", None),
    ];
    for (code, label, area) in described {
        let by_code = service(StatTable::Hand01, code).unwrap_or_else(|| panic!("{code}"));
        let by_label = service(StatTable::Hand01, label).unwrap_or_else(|| panic!("{label}"));
        assert_eq!(by_code.key, by_label.key, "{code}");
        assert_eq!(by_code.area.as_deref(), area, "{code}");
    }
    every_service_has_an_area_or_a_reason(StatTable::Hand01);
    let hand = links(municipality(101).unwrap())
        .into_iter()
        .find(|l| l.table == StatTable::Hand01)
        .unwrap();
    assert!(hand
        .url
        .starts_with("https://api.statbank.dk/v1/data/HAND01/CSV?"));
    // HAND01 has no whole-country row: the municipality only.
    assert!(
        hand.url.contains("OMR%C3%85DE=101&YDELSESTYPE=*"),
        "{}",
        hand.url
    );
    assert!(hand.url.contains("Tid=*"));
    assert_eq!(hand.file_name, "HAND01-101.csv");
}

#[test]
fn a_count_that_does_not_fit_the_spending_falls_back_for_its_area_only() {
    // København's § 108 counts for 2023 made tiny: spending / count would be
    // a unit cost the model refuses, so § 108 takes the scaled national
    // volume, the other own counts stay, and the import is still usable.
    let hand = String::from_utf8(fixture("HAND01-101.csv"))
        .unwrap()
        .lines()
        .map(|l| {
            if l.starts_with("København;Længerevarende") && l.contains(";2023K") {
                let (row, _) = l.rsplit_once(';').unwrap();
                format!("{row};0,0001")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\r\n");
    let regk = fixture("REGK31-101.csv");
    let folk = fixture("FOLK1A-101.csv");
    let files: Vec<(&str, &[u8])> = vec![
        ("REGK31-101.csv", &regk),
        ("HAND01-101.csv", hand.as_bytes()),
        ("FOLK1A-101.csv", &folk),
    ];
    let im = prioritet::model::import::statbank::read_extracts(&files, None, base());
    check(&im, "københavn, a tiny § 108 count").unwrap();
    assert!(im.import.usable, "{:#?}", im.problems);
    let p = im
        .problems
        .iter()
        .find(|p| matches!(p.kind, StatProblemKind::CountImplausible { .. }))
        .expect("the implausible count is said");
    assert_eq!(p.severity, Severity::Warning);
    let data = &im.import.data;
    assert_ne!(
        at(data, "adult_sel108").volume_full_year.source,
        Some(statbank_source_id(StatTable::Hand01))
    );
    assert_eq!(
        at(data, "adult_sel107").volume_full_year.source,
        Some(statbank_source_id(StatTable::Hand01))
    );
}
