//! The working tables of a run: one year's per-area values and per-draw
//! totals for every Monte Carlo draw at once, each a row-major table in one
//! reused buffer, so each phase of the year is one loop over the draws and
//! the draws do not allocate.

/// Row `i` (of length `n`) of a row-major table.
pub(super) fn row(v: &[f64], i: usize, n: usize) -> &[f64] {
    v.get(i * n..(i + 1) * n).unwrap_or_default()
}

/// Row `i` (of length `n`) of a row-major table, mutable.
pub(super) fn row_mut(v: &mut [f64], i: usize, n: usize) -> &mut [f64] {
    v.get_mut(i * n..(i + 1) * n).unwrap_or_default()
}

/// Defines a set of equally long tables kept in one buffer, and views of
/// it with one named slice per table.
macro_rules! tables {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident),* $(,)? }) => {
        $(#[$doc])*
        pub(super) struct $name<S> {
            $($(#[$fdoc])* pub(super) $field: S,)*
        }

        impl $name<()> {
            /// Number of tables.
            pub(super) const COUNT: usize = [$(stringify!($field)),*].len();
        }

        impl<'a> $name<&'a [f64]> {
            /// The tables in `buf`, each `len` long.
            pub(super) fn split(buf: &'a [f64], len: usize) -> Self {
                let rest = buf;
                $(let ($field, rest) = rest.split_at_checked(len).unwrap_or((&[], &[]));)*
                let _ = rest;
                $name { $($field,)* }
            }
        }

        impl<'a> $name<&'a mut [f64]> {
            /// The tables in `buf`, each `len` long, mutable.
            pub(super) fn split(buf: &'a mut [f64], len: usize) -> Self {
                let rest = buf;
                $(let ($field, rest) = rest.split_at_mut_checked(len).unwrap_or((&mut [], &mut []));)*
                let _ = rest;
                $name { $($field,)* }
            }
        }
    };
}

tables! {
    /// Per-area tables of one year: `need[a * n + d]` is area `a`'s need in
    /// draw `d`.
    AreaTables {
        /// DKK per full-year citizen.
        unit_cost,
        /// Volume prevention avoids (capped at the volume when need is
        /// computed).
        avoided,
        /// Full-year citizens in need: volume less what prevention avoids.
        need_volume,
        /// Need in DKK: need volume x unit cost.
        need,
        /// Need the ceiling council does not decline: what the budget
        /// funds or leaves unmet.
        fundable,
        /// The legal floor (entitlements), funded whatever the frame.
        floor,
        /// Discretionary need: need above the legal floor.
        disc,
        /// Money spent.
        spend,
        /// Water-filling coverage of discretionary need, then share of need
        /// funded.
        coverage,
        /// Citizens served.
        served,
        /// Cases referred to the ceiling council.
        cases,
        /// Need the ceiling council declines.
        declined,
    }
}

tables! {
    /// Per-draw totals of one year: `need[d]` is total need in draw `d`.
    Totals {
        /// Need of all areas.
        need,
        /// Need of all areas the ceiling council does not decline.
        fundable,
        /// Legal floors.
        floors,
        /// Discretionary need.
        disc,
        /// Discretionary need weighted by priority score (water-filling's
        /// slope).
        slope,
        /// Money for discretionary need.
        room,
        /// The money the council decides to spend.
        budget,
        /// Spending on the areas, then with prevention in the frame.
        spending,
        /// Spending above the frame.
        overspend,
        /// Need not funded.
        unmet,
        /// Share of need funded.
        coverage,
        /// Citizens in need.
        need_cit,
        /// Citizens served.
        served_cit,
        /// Citizens whose need is not met.
        unmet_cit,
        /// Cases referred to the ceiling council.
        cases,
        /// Referred cases funded in full.
        yes,
        /// Referred cases funded partly.
        partly,
        /// Referred cases funded up to the ceiling only.
        no,
        /// Need the ceiling council declines.
        declined,
        /// Money the council frees without a change of law.
        freed_without,
        /// Money the council frees with a change of law.
        freed_with,
        /// Volume prevention avoids.
        avoided,
        /// Prevention's gains for the municipality.
        gains_mun,
        /// Prevention's gains for the region.
        gains_region,
        /// Prevention's gains for the state.
        gains_state,
    }
}
