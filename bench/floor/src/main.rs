//! The benchmark floor: a minimal leptos counter.

use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <button id="counter" on:click=move |_| set_count.update(|n| *n += 1)>
            "Count: " {count}
        </button>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
}
