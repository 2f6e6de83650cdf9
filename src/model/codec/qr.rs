//! A QR code for a share link, so a workshop participant can open the
//! facilitator's scenario on a phone or tablet. The code is drawn as one SVG
//! path of its dark modules; the UI renders
//! `<svg viewBox="0 0 size size"><path d="…"/></svg>`.

use std::fmt::Write;

use qrcode::{Color, EcLevel};

/// Light modules around the symbol on every side, as the QR standard asks
/// for, so a camera finds its edge.
pub const QUIET_ZONE: u32 = 4;

/// A QR code as an SVG path over a square of `size` modules (quiet zone
/// included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    /// Width and height in modules, the quiet zone included: the SVG's
    /// `viewBox` is `0 0 size size`.
    pub size: u32,
    /// The SVG path (`d`) of the dark modules, one unit per module: each
    /// horizontal run of `n` dark modules is `M{x} {y}h{n}v1h-{n}z`.
    pub path: String,
}

/// The QR code for `text` (a share link), with error correction level M,
/// or L when the text is too long for M; `None` if it does not fit in a QR
/// code at all.
///
/// ```
/// use prioritet::model::codec::qr::qr_code;
///
/// let qr = qr_code("http://127.0.0.1:8080/#prioriter?s=1.eNqrVipWsqpWKkstKs7Mz1OyMqytBQBAFAaX").unwrap();
/// assert!(qr.path.starts_with('M'));
/// assert!(qr_code(&"x".repeat(4000)).is_none());
/// ```
pub fn qr_code(text: &str) -> Option<QrCode> {
    let symbol = qrcode::QrCode::with_error_correction_level(text, EcLevel::M)
        .or_else(|_| qrcode::QrCode::with_error_correction_level(text, EcLevel::L))
        .ok()?;
    let width = symbol.width();
    let colors = symbol.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
            let (px, py) = (x + QUIET_ZONE as usize, y + QUIET_ZONE as usize);
            let _ = write!(path, "M{px} {py}h{run}v1h-{run}z");
            x += run;
        }
    }
    Some(QrCode {
        size: u32::try_from(width).ok()? + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codec::link::{encode, LinkState};
    use crate::model::ids::ApproachId;
    use crate::model::{DataSet, Scenario};

    /// The dark modules the path draws, read back from the path text.
    fn modules(qr: &QrCode) -> Vec<Vec<bool>> {
        let n = qr.size as usize;
        let mut grid = vec![vec![false; n]; n];
        for segment in qr.path.split('M').skip(1) {
            let (xy, rest) = segment.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (run, tail) = rest.split_once("v1h-").unwrap();
            assert_eq!(tail, format!("{run}z"));
            let (x, y, run): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
            for cell in &mut grid[y][x..x + run] {
                assert!(!*cell, "module {x},{y} drawn twice");
                *cell = true;
            }
        }
        grid
    }

    /// Decodes the drawn QR code like a camera would, 4 pixels a module.
    fn scan(qr: &QrCode) -> (u16, String) {
        let grid = modules(qr);
        let px = 4;
        let side = qr.size as usize * px;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if grid[y / px][x / px] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (meta, text) = grids[0].decode().unwrap();
        (meta.ecc_level, text)
    }

    /// A share link as the app builds it: a full preset on a chart.
    fn share_url() -> String {
        let ds = DataSet::builtin();
        let mut scenario = Scenario::from_preset(&ds, ApproachId::SocialProfessional).unwrap();
        scenario.name = "Workshop, bord 3: forebyggelse først".to_string();
        scenario.horizon_years = 15;
        scenario.frame.real_growth_per_year = 0.0125;
        scenario.levers.ceiling_dkk = 1_750_000.0;
        let code = encode(&LinkState {
            scenario,
            chart: Some(crate::model::ids::ChartId::Prevention),
        });
        format!("http://127.0.0.1:8080/#prioriter?s={code}")
    }

    #[test]
    fn a_share_link_scans_back() {
        let url = share_url();
        eprintln!("share URL: {} chars", url.len());
        assert!(url.len() > 300, "{}", url.len());
        let qr = qr_code(&url).unwrap();
        eprintln!("its QR code: {0}x{0} modules", qr.size);
        let (ecc, text) = scan(&qr);
        assert_eq!(text, url);
        // rqrr's levels: 0 = M, 1 = L.
        assert_eq!(ecc, 0);
    }

    #[test]
    fn the_quiet_zone_is_light() {
        let qr = qr_code(&share_url()).unwrap();
        let grid = modules(&qr);
        let (n, q) = (qr.size as usize, QUIET_ZONE as usize);
        for (y, row) in grid.iter().enumerate() {
            for (x, dark) in row.iter().enumerate() {
                if x < q || y < q || x >= n - q || y >= n - q {
                    assert!(!dark, "{x},{y}");
                }
            }
        }
    }

    #[test]
    fn too_long_for_m_falls_back_to_l_and_too_long_for_l_is_none() {
        // Version 40 holds 2,331 bytes at level M and 2,953 at level L.
        let text = "x".repeat(2_500);
        let (ecc, back) = scan(&qr_code(&text).unwrap());
        assert_eq!(back, text);
        assert_eq!(ecc, 1);
        assert_eq!(qr_code(&"x".repeat(2_954)), None);
    }
}
