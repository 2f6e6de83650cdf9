//! ANBAAR in the Statistikbanken import: the children and young people a
//! municipality has placed outside the home on 31 December, by place, give
//! the placement areas their own volumes (a year-end count used as
//! full-year persons); suppressed counts fall back to the national volume
//! scaled, codes are listed as not understood, the money's year is used
//! when there, and HAND01 and ANBAAR (the same shape) are told apart.
//! Fixtures: `tests/statbank_corpus/ANBAAR-*.csv` (made-up figures).

use prioritet::model::data::localized::Lang;
use prioritet::model::data::sources::{Provenance, Status};
use prioritet::model::ids::StatTable;
use prioritet::model::import::statbank::{
    links, municipality, read_extracts, service, shared_spending, StatProblemKind, VolumeStatus,
};
use prioritet::model::import::{statbank_source_id, FieldOrigin, Severity};
use prioritet::text::statbank::volume_from;

mod statbank_support;

use statbank_support::{
    at, base, check, every_service_has_an_area_or_a_reason, fixture, read, registry,
    runs_through_the_runner, volume,
};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

/// A small accounts file for Aarhus, 2023, with the placement functions.
const AARHUS_MONEY: &str = "OMRÅDE;FUNKTION;DRANST;ART;PRISENHED;TID;INDHOLD\n\
    751;52820;1;TOT;LOBM;2023;240000\n751;52823;1;TOT;LOBM;2023;170000\n";

#[test]
fn koebenhavn_own_placements_and_unit_costs_over_them() {
    let im = read(
        &["REGK31-101.csv", "ANBAAR-101.csv", "FOLK1A-101.csv"],
        None,
    );
    check(&im, "københavn anbaar").unwrap();
    assert!(im.import.usable, "{:#?}", im.problems);
    assert_eq!(im.errors(), 0, "{:#?}", im.problems);
    assert_eq!(im.files[1].table, Some(StatTable::Anbaar));
    assert!(im.files[1].labels);
    assert_eq!(im.counts_year(StatTable::Anbaar), Some(2023));
    // The country's totals over the places (two years) are skipped and
    // counted in one warning.
    assert!(im
        .problems
        .iter()
        .any(|p| p.file == "ANBAAR-101.csv"
            && p.kind == StatProblemKind::OtherRowsSkipped { count: 2 }));

    // Foster care: three foster-family kinds summed on 31.12.2023.
    let v = volume(&im, "child_foster_care");
    assert_eq!(v.status, VolumeStatus::Own);
    assert_eq!(v.table, Some(StatTable::Anbaar));
    assert_eq!(v.full_time, Some(620.0));
    assert_eq!(v.services.len(), 3);
    let foster = at(&im.import.data, "child_foster_care");
    assert_eq!(foster.volume_full_year.value, 620.0);
    assert_eq!(foster.volume_full_year.status, Status::Derived);
    assert_eq!(
        foster.volume_full_year.source.as_deref(),
        Some(statbank_source_id(StatTable::Anbaar).as_str())
    );
    let note = foster.volume_full_year.note.as_deref().unwrap();
    assert!(
        note.contains(
            "31.12.2023: Netværksplejefamilie 60 + Kommunal plejefamilie 40 + Plejefamilie 520 = 620"
        ),
        "{note}"
    );
    assert!(note.contains("year-end count"), "{note}");
    let src = Provenance::of(&foster.volume_full_year, registry())
        .source
        .expect("ANBAAR is in the registry");
    assert_eq!(src.table_id.as_deref(), Some("ANBAAR"));
    // 5.28.20 pays for what the count counts: spending / count.
    assert!(shared_spending("child_foster_care").is_none());
    assert!(close(foster.unit_cost_dkk.value, 380_000_000.0 / 620.0));
    let note = foster.unit_cost_dkk.note.as_deref().unwrap();
    assert!(
        note.contains("REGK31 2023") && note.contains("ANBAAR"),
        "{note}"
    );
    let i = im.import.data.area_index("child_foster_care").unwrap();
    assert_eq!(im.import.origin[i].volume, FieldOrigin::File);
    assert_eq!(im.import.origin[i].unit_cost, FieldOrigin::File);
    assert!(volume_from(v, Lang::Da).contains("kommunens egne (ANBAAR, anbragte pr. 31.12.2023)"));

    // Institutions: døgninstitution + sikret + opholdssted; 5.28.25 also
    // pays for own rooms, so the share of the country's spending carries
    // the expenditure, over the own count.
    assert_eq!(volume(&im, "child_institutions").full_time, Some(340.0));
    assert!(shared_spending("child_institutions").is_some());
    let n = at(base(), "child_institutions");
    let want = n.volume_full_year.value * n.unit_cost_dkk.value * 622_000.0 / 5_350_000.0 / 340.0;
    let inst = at(&im.import.data, "child_institutions");
    assert!(
        close(inst.unit_cost_dkk.value, want),
        "{}",
        inst.unit_cost_dkk.value
    );

    // Preventive measures: no count read, scaled by population as before.
    assert_eq!(
        volume(&im, "child_preventive_measures").status,
        VolumeStatus::NotInFiles
    );
    // The places not used, with the mapping's reason and the count.
    let unused: Vec<(&str, Option<f64>)> = im
        .services_not_used
        .iter()
        .map(|u| (u.label.as_str(), u.full_time))
        .collect();
    assert_eq!(unused.len(), 3, "{unused:?}");
    assert!(unused.contains(&("Kost- og eller efterskole", Some(25.0))));
    assert!(im
        .services_not_used
        .iter()
        .all(|u| u.why.is_some() && u.table == StatTable::Anbaar));
}

#[test]
fn laesoe_suppressed_placements_fall_back_with_a_warning() {
    let im = read(
        &["regk31-laesoe.csv", "ANBAAR-825.csv", "FOLK1A-825.csv"],
        Some(825),
    );
    check(&im, "læsø anbaar").unwrap();
    assert!(im.import.usable, "{:#?}", im.problems);
    assert_eq!(
        volume(&im, "child_foster_care").status,
        VolumeStatus::Suppressed
    );
    let p = im
        .problems
        .iter()
        .find(|p| matches!(&p.kind, StatProblemKind::CountSuppressed { service } if service == "Netværksplejefamilie"))
        .expect("the suppressed count is said");
    assert_eq!(p.severity, Severity::Warning);
    assert_eq!(p.file, "ANBAAR-825.csv");
    assert!(p.line.is_some());
    let foster = at(&im.import.data, "child_foster_care");
    let scaled = at(base(), "child_foster_care").volume_full_year.value * im.import.scale;
    assert!(close(foster.volume_full_year.value, scaled));
    let i = im.import.data.area_index("child_foster_care").unwrap();
    assert_eq!(im.import.origin[i].volume, FieldOrigin::ScaledDefault);
    assert_eq!(
        volume(&im, "child_institutions").status,
        VolumeStatus::Suppressed
    );
    assert!(volume_from(volume(&im, "child_institutions"), Lang::Da).contains("udeladt i ANBAAR"));
}

#[test]
fn aarhus_codes_are_read_like_labels() {
    // ANBAAR12 with valuePresentation=Code: ADMKOM 0 is the whole country,
    // ANBRINGELSE 0 the total over the places (skipped).
    let anbaar = fixture("ANBAAR-751.csv");
    let files: Vec<(&str, &[u8])> = vec![
        ("REGK31-751.csv", AARHUS_MONEY.as_bytes()),
        ("ANBAAR-751.csv", &anbaar),
    ];
    let im = read_extracts(&files, Some(751), base());
    check(&im, "aarhus anbaar codes").unwrap();
    assert!(im.import.usable);
    assert_eq!(im.files[1].table, Some(StatTable::Anbaar));
    assert!(!im.files[1].labels);
    assert!(
        !im.problems
            .iter()
            .any(|p| matches!(p.kind, StatProblemKind::UnknownServiceType { .. })),
        "{:#?}",
        im.problems
    );
    // Foster care: codes 21, 1 and 22; institutions: 9, 8 and 27.
    assert_eq!(volume(&im, "child_foster_care").full_time, Some(365.0));
    assert_eq!(volume(&im, "child_institutions").full_time, Some(180.0));
    for id in ["child_foster_care", "child_institutions"] {
        assert_eq!(volume(&im, id).status, VolumeStatus::Own, "{id}");
        let i = im.import.data.area_index(id).unwrap();
        assert_eq!(im.import.origin[i].volume, FieldOrigin::File);
    }
}

#[test]
fn the_money_year_else_the_latest_year_with_a_warning() {
    // The accounts are for 2023; without ANBAAR's 2023 rows, 2022 is used.
    let text = String::from_utf8(fixture("ANBAAR-101.csv")).unwrap();
    let only_2022: String = text
        .lines()
        .filter(|l| !l.contains(";2023;"))
        .map(|l| format!("{l}\r\n"))
        .collect();
    let regk = fixture("REGK31-101.csv");
    let files: Vec<(&str, &[u8])> = vec![
        ("REGK31-101.csv", &regk),
        ("ANBAAR-101.csv", only_2022.as_bytes()),
    ];
    let im = read_extracts(&files, None, base());
    check(&im, "anbaar 2022").unwrap();
    assert_eq!(im.counts_year(StatTable::Anbaar), Some(2022));
    assert!(im.problems.iter().any(|p| p.kind
        == StatProblemKind::CountYearDiffers {
            table: StatTable::Anbaar,
            money: 2023,
            counts: 2022
        }));
    assert_eq!(volume(&im, "child_foster_care").full_time, Some(595.0));
    // A quarter is not ANBAAR's form: the row is said and not used.
    let quarter = "OMRÅDE;ANBRINGELSESSTED;TID;INDHOLD\n751;Plejefamilie;2023K4;300\n";
    let im = read_extracts(
        &[
            ("REGK31.csv", AARHUS_MONEY.as_bytes()),
            ("ANBAAR.csv", quarter.as_bytes()),
        ],
        Some(751),
        base(),
    );
    check(&im, "anbaar quarter").unwrap();
    assert!(im.problems.iter().any(|p| matches!(
        &p.kind,
        StatProblemKind::WrongPeriod { table: StatTable::Anbaar, value } if value == "2023K4"
    )));
    assert_eq!(im.counts_year(StatTable::Anbaar), None);
}

/// The table the count file `text` named `name` is read as, beside money.
fn table_of(name: &str, text: &str) -> Option<StatTable> {
    let im = read_extracts(
        &[
            ("REGK31.csv", AARHUS_MONEY.as_bytes()),
            (name, text.as_bytes()),
        ],
        Some(751),
        base(),
    );
    check(&im, name).unwrap();
    im.files[1].table
}

#[test]
fn hand01_and_anbaar_are_told_apart_by_name_values_code_and_time() {
    // By the file name first: codes and years, but named HAND01 or ANBAAR.
    let codes = "OMRÅDE;KATEGORI;TID;INDHOLD\n751;10;2023;5\n";
    assert_eq!(table_of("ANBAAR-751.csv", codes), Some(StatTable::Anbaar));
    assert_eq!(table_of("HAND01-751.csv", codes), Some(StatTable::Hand01));
    // Then by the mapping the values match, whatever the time's form.
    let places = "OMRÅDE;KATEGORI;TID;INDHOLD\n751;Plejefamilie;2023K1;5\n";
    assert_eq!(table_of("x.csv", places), Some(StatTable::Anbaar));
    let service_types = "OMRÅDE;KATEGORI;TID;INDHOLD\n751;Ledsageordning (§97);2023;5\n";
    assert_eq!(table_of("x.csv", service_types), Some(StatTable::Hand01));
    // Then by the column's code.
    let coded = "OMRÅDE;ANBRINGELSESSTED;TID;INDHOLD\n751;10;2023K1;5\n";
    assert_eq!(table_of("x.csv", coded), Some(StatTable::Anbaar));
    // Last by the form of the time: quarters are HAND01, years ANBAAR.
    let both = |period: &str| {
        format!("OMRÅDE;KATEGORI;TID;INDHOLD\n751;Plejefamilie;{period};5\n751;Ledsageordning (§97);{period};3\n")
    };
    assert_eq!(table_of("x.csv", &both("2023")), Some(StatTable::Anbaar));
    assert_eq!(table_of("x.csv", &both("2023K1")), Some(StatTable::Hand01));
    // Neither name, code nor values: not a table of counts.
    assert_eq!(table_of("x.csv", codes), None);
}

#[test]
fn the_placement_mapping_names_real_areas_and_the_link() {
    // ANBAAR12's places, code and label as the table's description gives
    // them (its own spelling "plejefamlie" included).
    let described = [
        ("1", "Netværksplejefamilie", Some("child_foster_care")),
        ("21", "Almindelig plejefamlie", Some("child_foster_care")),
        ("22", "Kommunal plejefamilie", Some("child_foster_care")),
        (
            "26",
            "Plejefamilie efter §76 a (unge med funktionsnedsættelse)",
            Some("child_foster_care"),
        ),
        ("23", "Almen plejefamilie", Some("child_foster_care")),
        ("24", "Forstærket plejefamilie", Some("child_foster_care")),
        ("25", "Specialiseret plejefamlie", Some("child_foster_care")),
        (
            "9",
            "Døgninstitution, almindelig afdeling",
            Some("child_institutions"),
        ),
        (
            "7",
            "Delvis lukket døgninstitution eller delvis lukket afdeling på åben døgninstitution",
            Some("child_institutions"),
        ),
        (
            "8",
            "Døgninstitution, sikret afdeling",
            Some("child_institutions"),
        ),
        (
            "27",
            "Opholdssted for børn og unge",
            Some("child_institutions"),
        ),
        ("11", "Kost- og eller efterskole", None),
        (
            "6",
            "Eget værelse, kollegium, kollegielignende opholdssted",
            None,
        ),
        ("99", "Uoplyst", None),
    ];
    for (code, label, area) in described {
        let by_code = service(StatTable::Anbaar, code).unwrap_or_else(|| panic!("{code}"));
        let by_label = service(StatTable::Anbaar, label).unwrap_or_else(|| panic!("{label}"));
        assert_eq!(by_code.key, by_label.key, "{code} {label}");
        assert_eq!(by_code.area.as_deref(), area, "{label}");
    }
    assert_eq!(
        service(StatTable::Anbaar, "Døgninstitution, sikret afdeling")
            .unwrap()
            .key,
        "secure"
    );
    assert_eq!(service(StatTable::Anbaar, "I alt"), None);
    assert_eq!(service(StatTable::Anbaar, "0"), None);
    assert_eq!(service(StatTable::Anbaar, "10"), None);
    every_service_has_an_area_or_a_reason(StatTable::Anbaar);
    let link = links(municipality(101).unwrap())
        .into_iter()
        .find(|l| l.table == StatTable::Anbaar)
        .unwrap();
    assert!(
        link.url
            .starts_with("https://api.statbank.dk/v1/data/ANBAAR12/CSV?"),
        "{}",
        link.url
    );
    assert!(
        link.url.contains("ADMKOM=000,101&ANBRINGELSE=*"),
        "{}",
        link.url
    );
    assert!(link.url.ends_with("Tid=*"));
    assert_eq!(link.file_name, "ANBAAR-101.csv");
}

#[test]
fn the_data_set_with_own_counts_runs_through_the_runner() {
    let im = read(
        &[
            "REGK31-101.csv",
            "HAND01-101.csv",
            "ANBAAR-101.csv",
            "FOLK1A-101.csv",
        ],
        None,
    );
    check(&im, "københavn, both tables of counts").unwrap();
    assert_eq!(volume(&im, "adult_sel108").table, Some(StatTable::Hand01));
    assert_eq!(
        volume(&im, "child_foster_care").table,
        Some(StatTable::Anbaar)
    );
    runs_through_the_runner(&im.import.data, "anbaar");
}
