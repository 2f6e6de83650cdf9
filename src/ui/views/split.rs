//! The split points of the wasm: each page but the explorer is its own part
//! of the wasm, fetched the first time the page is opened, so the
//! explorer's first load carries none of their code (scripts/wasm-split.mjs
//! splits the build; the service worker then saves the parts for offline
//! use). Each function builds its page; called through the split, it first
//! fetches the page's part and returns an error if that fails.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::ui::views::background::BackgroundPage;
use crate::ui::views::board::BoardView;
use crate::ui::views::cockpit::CockpitView;
use crate::ui::views::compare::CompareView;
use crate::ui::views::memo::MemoView;
use crate::ui::views::warmup::WarmupView;
use crate::ui::web::address::View;

/// Scenarios side by side.
#[wasm_split(compare_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(crate) fn compare(view: RwSignal<View>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <CompareView view/> }.into_any())
}

/// The workshop board.
#[wasm_split(board_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(crate) fn board(view: RwSignal<View>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <BoardView view/> }.into_any())
}

/// Own numbers: the import and Statistikbanken.
#[wasm_split(cockpit_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(crate) fn cockpit() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <CockpitView/> }.into_any())
}

/// The background: approaches, recommendations, growth, glossary.
#[wasm_split(background_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(crate) fn background() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <BackgroundPage/> }.into_any())
}

/// The decision memo.
#[wasm_split(memo_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(crate) fn memo(view: RwSignal<View>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <MemoView view/> }.into_any())
}

/// The warm-up "Find dine prioriteter".
#[wasm_split(warmup_page, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(crate) fn warmup(view: RwSignal<View>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <WarmupView view/> }.into_any())
}
