//! The Statistikbanken import (issue 16) on fixtures in the real layout
//! (made-up figures): three municipalities of different size (København,
//! Aarhus, Læsø), labels and codes, a BULK file, Latin-1, suppressed cells;
//! foreign and broken files; the mapping and the links; a round trip of
//! the data set built through `prioritet-run --data`.

use prioritet::model::data::localized::Lang;
use prioritet::model::data::sources::{Provenance, Status};
use prioritet::model::ids::StatTable;
use prioritet::model::import::statbank::{
    function, functions, links, municipalities, municipality, read_extracts, AreaStatus,
    ScaleBasis, StatProblemKind,
};
use prioritet::model::import::{statbank_source_id, FieldOrigin, ProblemKind, Severity};
use prioritet::text::statbank::message;

mod statbank_support;

use statbank_support::{base, check, read, registry, runs_through_the_runner};

fn area<'a>(
    im: &'a prioritet::model::import::statbank::StatbankImport,
    id: &str,
) -> &'a prioritet::model::import::statbank::AreaRead {
    im.areas.iter().find(|a| a.area_id == id).unwrap()
}

fn expenditure(data: &prioritet::model::DataSet, id: &str) -> f64 {
    let a = &data.areas[data.area_index(id).unwrap()];
    a.volume_full_year.value * a.unit_cost_dkk.value
}

#[test]
fn koebenhavn_labels_with_population_and_the_country() {
    let im = read(&["REGK31-101.csv", "FOLK1A-101.csv"], None);
    check(&im, "københavn").unwrap();
    assert!(im.import.usable, "{:#?}", im.problems);
    assert_eq!(im.import.municipality.as_deref(), Some("København"));
    assert_eq!(im.money, Some((StatTable::Regk31, 2023)));
    assert_eq!(im.scale_basis, ScaleBasis::Population);
    // The last quarter of the money's year.
    assert_eq!(im.population.as_ref().unwrap().period, "2023K4");
    assert!((im.import.scale - 653_000.0 / 5_950_000.0).abs() < 1e-12);
    assert!(im.files.iter().all(|f| f.labels));
    assert_eq!(im.files[0].table, Some(StatTable::Regk31));
    assert_eq!(im.files[1].table, Some(StatTable::Folk1a));

    // § 108: the municipality's share of the country's spending on 5.38.50
    // applied to the national figure.
    let sel108 = area(&im, "adult_sel108");
    assert_eq!(sel108.status, AreaStatus::FromTable);
    assert_eq!(sel108.spending_dkk, Some(1_020_000_000.0));
    assert_eq!(sel108.country_dkk, Some(9_800_000_000.0));
    assert_eq!(sel108.history.len(), 1);
    assert_eq!(sel108.history[0].year, 2022);
    assert_eq!(sel108.history[0].spending_dkk, 979_200_000.0);
    // Per inhabitant in 2022 with 2022's last quarter.
    let earlier = sel108.history[0].per_inhabitant_dkk.unwrap();
    assert!((earlier - 979_200_000.0 / 650_000.0).abs() < 1e-6);
    let per_head = sel108.per_inhabitant_dkk.unwrap();
    assert!((per_head - 1_020_000_000.0 / 653_000.0).abs() < 1e-6);
    let want = expenditure(base(), "adult_sel108") * 1_020_000.0 / 9_800_000.0;
    let got = expenditure(&im.import.data, "adult_sel108");
    assert!((got - want).abs() < 1e-3 * want, "{got} vs {want}");
    let i = im.import.data.area_index("adult_sel108").unwrap();
    let uc = &im.import.data.areas[i].unit_cost_dkk;
    assert_eq!(uc.status, Status::Derived);
    assert_eq!(
        uc.source.as_deref(),
        Some(statbank_source_id(StatTable::Regk31).as_str())
    );
    let note = uc.note.as_deref().unwrap();
    assert!(
        note.contains("REGK31 2023") && note.contains("5.38.50"),
        "{note}"
    );
    let vol = &im.import.data.areas[i].volume_full_year;
    assert!(
        vol.note.as_deref().unwrap().contains("FOLK1A 2023K4"),
        "{vol:?}"
    );
    // The status mark names Danmarks Statistik and the table.
    let p = Provenance::of(uc, registry());
    let source = p.source.expect("the table is in the registry");
    assert!(
        source.publisher.contains("Danmarks Statistik"),
        "{source:?}"
    );
    assert_eq!(source.table_id.as_deref(), Some("REGK31"));
    assert_eq!(im.import.origin[i].unit_cost, FieldOrigin::File);
    assert_eq!(im.import.origin[i].volume, FieldOrigin::ScaledDefault);

    // Three institutions' functions sum into one area.
    let inst = area(&im, "child_institutions");
    assert_eq!(inst.functions, vec!["5.28.23", "5.28.24", "5.28.25"]);
    assert_eq!(inst.spending_dkk, Some(622_000_000.0));
    // No function for § 82: the national figures scaled, marked.
    assert_eq!(area(&im, "adult_sel82").status, AreaStatus::NotInFiles);
    assert_eq!(area(&im, "adult_sel82").spending_dkk, None);
    assert_eq!(area(&im, "adult_sel82").per_inhabitant_dkk, None);
    let j = im.import.data.area_index("adult_sel82").unwrap();
    assert_eq!(im.import.origin[j].unit_cost, FieldOrigin::NationalDefault);
    // The functions the model does not use are listed, with the mapping's reason.
    let unmapped: Vec<&str> = im.unmapped.iter().map(|u| u.code.as_str()).collect();
    assert_eq!(
        unmapped,
        vec!["5.28.14", "5.38.35", "5.38.42", "5.38.44", "5.38.53"]
    );
    assert!(im.unmapped.iter().all(|u| u.why.is_some()));
    // The sum row and the per-inhabitant row are skipped, and said so.
    assert!(im
        .problems
        .iter()
        .any(|p| p.kind == StatProblemKind::OtherRowsSkipped { count: 2 }));
    assert_eq!(im.errors(), 0, "{:#?}", im.problems);
}

#[test]
fn aarhus_codes_and_a_bulk_budget() {
    let im = read(
        &["REGK31-751.csv", "BUDK32-751-bulk.csv", "FOLK1A-751.csv"],
        Some(751),
    );
    check(&im, "aarhus").unwrap();
    assert_eq!(im.import.municipality.as_deref(), Some("Aarhus"));
    assert!(im.files.iter().all(|f| !f.labels));
    assert_eq!(im.files[1].table, Some(StatTable::Budk32));
    // The accounts come first; the budget is read and said not used.
    assert_eq!(im.money, Some((StatTable::Regk31, 2023)));
    assert!(im
        .problems
        .iter()
        .any(|p| p.kind == StatProblemKind::BudgetNotUsed));
    assert_eq!(
        area(&im, "child_foster_care").spending_dkk,
        Some(240_000_000.0)
    );

    // The budget alone: its year, and the population's year differs.
    let budget = read(&["BUDK32-751-bulk.csv", "FOLK1A-751.csv"], Some(751));
    check(&budget, "aarhus budget").unwrap();
    assert_eq!(budget.money, Some((StatTable::Budk32, 2024)));
    assert!(budget.problems.iter().any(|p| matches!(
        &p.kind,
        StatProblemKind::YearsDiffer { money: 2024, population } if population == "2023K4"
    )));
    let i = budget.import.data.area_index("adult_sel107").unwrap();
    let note = budget.import.data.areas[i]
        .unit_cost_dkk
        .note
        .clone()
        .unwrap();
    assert!(note.contains("BUDK32 2024"), "{note}");
}

#[test]
fn laesoe_latin1_with_suppressed_cells() {
    let im = read(&["regk31-laesoe.csv", "FOLK1A-825.csv"], Some(825));
    check(&im, "læsø").unwrap();
    assert!(im.import.usable);
    assert_eq!(im.import.municipality.as_deref(), Some("Læsø"));
    let kinds: Vec<&StatProblemKind> = im.problems.iter().map(|p| &p.kind).collect();
    assert!(kinds.contains(&&StatProblemKind::Decoding(ProblemKind::Windows1252)));
    assert!(kinds.contains(&&StatProblemKind::LinesBeforeHeader { count: 1 }));
    // Suppressed: § 107's only function is "..", so the area falls back.
    assert_eq!(area(&im, "adult_sel107").status, AreaStatus::Suppressed);
    assert_eq!(
        area(&im, "child_institutions").status,
        AreaStatus::Suppressed
    );
    assert_eq!(area(&im, "adult_sel108").status, AreaStatus::FromTable);
    let suppressed = im
        .problems
        .iter()
        .find(|p| matches!(&p.kind, StatProblemKind::Suppressed { function } if function.starts_with("5.38.52")))
        .unwrap();
    assert_eq!(suppressed.severity, Severity::Warning);
    assert_eq!(suppressed.file, "regk31-laesoe.csv");
    let line = suppressed.line.unwrap();
    let m = message(suppressed, Lang::Da);
    assert!(
        m.starts_with(&format!("«regk31-laesoe.csv», linje {line}")),
        "{m}"
    );
    // A small municipality: well under 1 per mille of the country.
    assert!(im.import.scale < 0.001);
    // The file says neither REGK31 nor BUDK32 in capitals; "regk31" still counts.
    assert!(!kinds.contains(&&StatProblemKind::AssumedAccounts));
}

#[test]
fn a_foreign_file_is_refused_and_the_data_stays() {
    let im = read(&["not-statbank.csv"], Some(751));
    check(&im, "foreign").unwrap();
    assert!(!im.import.usable);
    assert!(im
        .problems
        .iter()
        .any(|p| matches!(p.kind, StatProblemKind::NotStatbank { .. }) && p.line == Some(1)));
    // Only the file's own error: nothing about the municipality.
    assert_eq!(im.errors(), 1, "{:#?}", im.problems);
    let bin = read_extracts(&[("x.csv", &[0u8, 159, 146, 150, 0, 0][..])], None, base());
    check(&bin, "binary").unwrap();
    assert!(!bin.import.usable);
    let none = read_extracts(&[], None, base());
    check(&none, "nothing").unwrap();
    assert!(!none.import.usable);
}

#[test]
fn another_statbank_table_is_named_as_not_read() {
    let hand = "\u{feff}OMRÅDE;YDELSESTYPE;TID;INDHOLD\r\nAarhus;§ 85;2023K4;1234\r\n";
    let im = read_extracts(&[("HAND02.csv", hand.as_bytes())], Some(751), base());
    check(&im, "hand02").unwrap();
    assert!(!im.import.usable);
    let p = &im.problems[0];
    assert!(
        matches!(p.kind, StatProblemKind::NotStatbank { .. }),
        "{p:?}"
    );
    let m = message(p, Lang::Da);
    assert!(
        m.contains("REGK31, BUDK32, HAND01, ANBAAR og FOLK1A"),
        "{m}"
    );
    assert_eq!(im.errors(), 1, "{:#?}", im.problems);
}

#[test]
fn broken_rows_are_listed_with_line_and_column() {
    let im = read(&["bad-rows-REGK31.csv"], None);
    check(&im, "bad rows").unwrap();
    let at = |k: fn(&StatProblemKind) -> bool| {
        im.problems
            .iter()
            .find(|p| k(&p.kind))
            .map(|p| (p.line, p.column.clone()))
    };
    assert_eq!(
        at(|k| matches!(k, StatProblemKind::NotANumber { .. })),
        Some((Some(2), Some("INDHOLD".into())))
    );
    assert_eq!(
        at(|k| matches!(k, StatProblemKind::NotAYear { .. })),
        Some((Some(3), Some("TID".into())))
    );
    assert_eq!(
        at(|k| matches!(k, StatProblemKind::FieldCount { .. })),
        Some((Some(4), None))
    );
    // The good row is used; with neither population nor the country the
    // size rests on the national data set.
    assert!(im.import.usable);
    assert_eq!(im.scale_basis, ScaleBasis::NationalData);
    assert!(im
        .problems
        .iter()
        .any(|p| p.kind == StatProblemKind::NoPopulation));
}

#[test]
fn the_municipality_must_be_in_the_files_and_be_one() {
    let wrong = read(&["REGK31-751.csv"], Some(101));
    check(&wrong, "wrong").unwrap();
    assert!(!wrong.import.usable);
    assert!(wrong.problems.iter().any(|p| matches!(
        &p.kind,
        StatProblemKind::MunicipalityNotInFiles { name } if name == "København"
    )));
    let two = read(&["REGK31-751.csv", "REGK31-101.csv"], None);
    check(&two, "two").unwrap();
    assert!(!two.import.usable);
    assert!(two.problems.iter().any(
        |p| matches!(&p.kind, StatProblemKind::SeveralMunicipalities { names } if names.len() == 2)
    ));
    // Chosen, the same files are fine.
    let chosen = read(&["REGK31-751.csv", "REGK31-101.csv"], Some(101));
    check(&chosen, "chosen").unwrap();
    assert!(chosen.import.usable);
    assert_eq!(chosen.import.municipality.as_deref(), Some("København"));
}

#[test]
fn the_mapping_names_real_areas_and_well_formed_functions() {
    assert!(functions().len() >= 10);
    for f in functions() {
        let parts: Vec<&str> = f.code.split('.').collect();
        assert_eq!(parts.len(), 3, "{}", f.code);
        assert!(
            f.code.starts_with("5.28.") || f.code.starts_with("5.38."),
            "{}",
            f.code
        );
        match &f.area {
            Some(a) => assert!(base().area_index(a).is_some(), "{}: {a}", f.code),
            None => {
                // The reason in each language on its own, not both in one.
                let why = f.why.as_ref().expect("unmapped without a reason");
                assert!(!why.da.is_empty() && !why.en.is_empty(), "{}", f.code);
                assert!(!why.da.contains(" / ") && why.da != why.en, "{}", f.code);
            }
        }
        assert_eq!(function(&f.code), Some(f));
    }
    let mut codes: Vec<&str> = functions().iter().map(|f| f.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), functions().len(), "a function twice");
}

#[test]
fn every_municipality_has_its_links() {
    let all = municipalities();
    assert_eq!(all.len(), 98);
    let mut codes: Vec<u16> = all.iter().map(|m| m.code).collect();
    codes.dedup();
    assert_eq!(codes.len(), 98);
    for m in all {
        let l = links(m);
        assert_eq!(l.len(), StatTable::ALL.len());
        for link in &l {
            assert!(link.url.starts_with("https://api.statbank.dk/v1/data/"));
            // The municipality, after the whole country's code where the
            // table has one (HAND01 has none).
            let own = format!("={:03}&", m.code);
            assert!(
                link.url.contains(&format!(",{:03}&", m.code)) || link.url.contains(&own),
                "{}",
                link.url
            );
            assert!(link.url_codes.ends_with("valuePresentation=Code"));
            assert!(link.file_name.starts_with(link.table.as_str()));
        }
        assert!(l[0].url.contains("DRANST=1&ART=TOT&PRISENHED=LOBM"));
    }
    assert_eq!(municipality(101).unwrap().name, "København");
}

#[test]
fn the_municipality_list_is_the_shared_one() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/kommuner.csv");
    let ours = include_str!("../data/kommuner.csv");
    match std::fs::read_to_string(shared) {
        Ok(theirs) => assert_eq!(ours, theirs, "data/kommuner.csv differs from {shared}"),
        Err(e) => eprintln!(
            "SKIPPED: the_municipality_list_is_the_shared_one: {shared} not readable ({e}); data/kommuner.csv not compared"
        ),
    }
}

#[test]
fn the_data_set_built_runs_through_the_runner() {
    let im = read(&["REGK31-101.csv", "FOLK1A-101.csv"], None);
    runs_through_the_runner(&im.import.data, "regk31");
}
