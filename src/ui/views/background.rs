//! The background view: VIVE's five approaches, the six cities' five
//! recommendations and the growth in recipients, verbatim with sources, and
//! the glossary of the terms of art ("Ord og begreber").

use leptos::prelude::*;

use crate::ui::parts::approaches_table::ApproachesTable;
use crate::ui::parts::glossary_list::GlossaryList;
use crate::ui::parts::recipients_figure::RecipientsFigure;
use crate::ui::parts::recommendation_list::RecommendationList;

/// The sources behind the explorer, as a page of their own.
#[component]
pub fn BackgroundPage() -> impl IntoView {
    view! {
        <ApproachesTable/>
        <RecommendationList/>
        <RecipientsFigure/>
        <GlossaryList/>
    }
}
