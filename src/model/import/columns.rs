//! The columns of a CSV file (keys of a JSON area object): their
//! canonical Danish headers, the aliases accepted, which are required and
//! which take a percent sign; and how a header is normalized before it is
//! compared.

use super::types::Quantity;

/// A column of the CSV (or key of a JSON area object).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    /// `omraade_id`: the built-in area id (required).
    AreaId,
    /// `omraade_navn`: the area's name, for people; not read.
    AreaName,
    /// `kommune`: the municipality's name.
    Municipality,
    /// `helaarsborgere`: volume in full-year citizens (required).
    Volume,
    /// `enhedsudgift_kr`: DKK per full-year citizen (required).
    UnitCost,
    /// `vaekst_pr_aar`: real growth per year, central.
    Growth,
    /// `vaekst_lav_pr_aar`: growth per year, low end.
    GrowthLow,
    /// `vaekst_hoej_pr_aar`: growth per year, high end.
    GrowthHigh,
    /// `retskrav_andel`: share of the need that is a legal entitlement.
    LegalFloor,
    /// `eksternt_koeb_andel`: share bought outside the municipality.
    ExternalShare,
    /// `sagsudgift_spredning`: spread (sigma of the log) of per-case cost.
    Sigma,
    /// `evidens`: evidence category.
    Evidence,
    /// `indbyggere`: population; recognised but not used (no sourced
    /// national population to scale against).
    Population,
}

impl Column {
    /// Every column, in the templates' order.
    pub const ALL: [Column; 13] = [
        Column::AreaId,
        Column::AreaName,
        Column::Municipality,
        Column::Volume,
        Column::UnitCost,
        Column::Growth,
        Column::GrowthLow,
        Column::GrowthHigh,
        Column::LegalFloor,
        Column::ExternalShare,
        Column::Sigma,
        Column::Evidence,
        Column::Population,
    ];

    /// The canonical Danish header (ASCII, so it survives any encoding).
    pub fn header(self) -> &'static str {
        match self {
            Column::AreaId => "omraade_id",
            Column::AreaName => "omraade_navn",
            Column::Municipality => "kommune",
            Column::Volume => "helaarsborgere",
            Column::UnitCost => "enhedsudgift_kr",
            Column::Growth => "vaekst_pr_aar",
            Column::GrowthLow => "vaekst_lav_pr_aar",
            Column::GrowthHigh => "vaekst_hoej_pr_aar",
            Column::LegalFloor => "retskrav_andel",
            Column::ExternalShare => "eksternt_koeb_andel",
            Column::Sigma => "sagsudgift_spredning",
            Column::Evidence => "evidens",
            Column::Population => "indbyggere",
        }
    }

    /// Other headers accepted, after [`normalize`] (the model's own English
    /// field names among them).
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::AreaId => &["omraadeid", "id", "area_id", "area"],
            Column::AreaName => &[
                "omraade",
                "navn",
                "omraadenavn",
                "indsatsomraade",
                "name",
                "area_name",
            ],
            Column::Municipality => &["municipality"],
            Column::Volume => &[
                "helaarsborger",
                "antal_helaarsborgere",
                "volume_full_year",
                "volume",
            ],
            Column::UnitCost => &[
                "enhedsudgift",
                "enhedsudgift_dkk",
                "enhedsudgift_kr_pr_helaarsborger",
                "unit_cost_dkk",
                "unit_cost",
            ],
            Column::Growth => &["vaekst", "aarlig_vaekst", "growth_per_year", "growth"],
            Column::GrowthLow => &["vaekst_lav", "growth_low"],
            Column::GrowthHigh => &["vaekst_hoej", "growth_high"],
            Column::LegalFloor => &[
                "retskravsandel",
                "andel_retskrav",
                "retskrav",
                "legal_floor",
            ],
            Column::ExternalShare => &[
                "andel_eksternt_koeb",
                "eksternt_koeb",
                "external_purchase_share",
            ],
            Column::Sigma => &["spredning", "sigma", "case_cost_sigma"],
            Column::Evidence => &["evidenskategori", "evidence"],
            Column::Population => &["befolkning", "population"],
        }
    }

    /// The column a header names, if any (case, accents, spaces and
    /// punctuation do not matter: "Enhedsudgift (kr.)" is `enhedsudgift_kr`).
    pub fn from_header(header: &str) -> Option<Column> {
        // No header is this long; a data cell or a whole line may be.
        if header.len() > 64 {
            return None;
        }
        let n = normalize(header);
        Column::ALL
            .into_iter()
            .find(|c| c.header() == n || c.aliases().contains(&n.as_str()))
    }

    /// Required columns make a file unusable when missing.
    pub fn required(self) -> bool {
        matches!(self, Column::AreaId | Column::Volume | Column::UnitCost)
    }

    /// Columns holding a share or a rate take a percent sign (`2,5 %` is
    /// 0.025); a bare number there is a fraction (0,025).
    pub fn accepts_percent(self) -> bool {
        matches!(
            self,
            Column::Growth
                | Column::GrowthLow
                | Column::GrowthHigh
                | Column::LegalFloor
                | Column::ExternalShare
        )
    }

    pub(super) fn numeric(self) -> bool {
        matches!(
            self,
            Column::Volume
                | Column::UnitCost
                | Column::Growth
                | Column::GrowthLow
                | Column::GrowthHigh
                | Column::LegalFloor
                | Column::ExternalShare
                | Column::Sigma
        )
    }

    /// Columns whose value feeds the area (not names or notes).
    pub(super) fn is_value(self) -> bool {
        self.numeric() || self == Column::Evidence
    }

    pub(super) fn quantity(self) -> Quantity {
        match self {
            Column::Volume => Quantity::FullYearCitizens,
            Column::UnitCost => Quantity::Dkk,
            Column::Growth | Column::GrowthLow | Column::GrowthHigh => Quantity::Rate,
            Column::LegalFloor | Column::ExternalShare => Quantity::Share,
            _ => Quantity::Sigma,
        }
    }
}

/// A header or key as compared: lower case, æ/ø/å as ae/oe/aa, every run of
/// other characters as one `_`, no `_` at the ends, no byte-order mark.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.trim_start_matches('\u{feff}').chars() {
        let lower = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        let piece: &str = match lower {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "oe",
            'å' => "aa",
            'é' | 'è' => "e",
            'ü' => "u",
            c if c.is_ascii_alphanumeric() => {
                if gap && !out.is_empty() {
                    out.push('_');
                }
                gap = false;
                out.push(c);
                continue;
            }
            _ => {
                gap = true;
                continue;
            }
        };
        if gap && !out.is_empty() {
            out.push('_');
        }
        gap = false;
        out.push_str(piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_normalize() {
        assert_eq!(normalize("Enhedsudgift (kr.)"), "enhedsudgift_kr");
        assert_eq!(normalize("\u{feff}Helårsborgere"), "helaarsborgere");
        assert_eq!(normalize("  Vækst pr. år  "), "vaekst_pr_aar");
        assert_eq!(
            Column::from_header("Retskrav, andel"),
            Some(Column::LegalFloor)
        );
        assert_eq!(Column::from_header("unit_cost_dkk"), Some(Column::UnitCost));
        assert_eq!(Column::from_header("noget andet"), None);
    }
}
