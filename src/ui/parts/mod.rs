//! The pieces the views are built of: sliders, lever panels, lens bar, key figures, the glance that stays on screen, chart panel and tables, the toolbar panels, the background's tables and cards and its glossary, the figures behind the frame, the first-visit card, the Statistikbanken import.

pub(crate) mod approaches_table;
pub(crate) mod chart_panel;
pub(crate) mod chart_table;
pub(crate) mod cockpit_table;
pub(crate) mod export_panel;
pub(crate) mod glance_strip;
pub(crate) mod glossary_list;
pub(crate) mod import_panel;
pub(crate) mod key_numbers;
pub(crate) mod lens_bar;
pub(crate) mod lever_panel;
pub(crate) mod list_problem_note;
pub(crate) mod priority_sliders;
pub(crate) mod recipients_figure;
pub(crate) mod recommendation_card;
pub(crate) mod recommendation_list;
pub(crate) mod reference_table;
pub(crate) mod saved_panel;
pub(crate) mod scenario_bar;
pub(crate) mod share_panel;
pub(crate) mod start_here;
pub(crate) mod statbank_panel;
