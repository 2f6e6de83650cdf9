//! The background view: VIVE's five approaches, the six cities' five
//! recommendations and the growth in recipients, verbatim with sources.

use leptos::prelude::*;

use super::approaches_table::ApproachesTable;
use super::recipients_figure::RecipientsFigure;
use super::recommendation_list::RecommendationList;

/// The sources behind the explorer, as a page of their own.
#[component]
pub fn BackgroundPage() -> impl IntoView {
    view! {
        <ApproachesTable/>
        <RecommendationList/>
        <RecipientsFigure/>
    }
}
