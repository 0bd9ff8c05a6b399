//! The advisor desk (server only): for a 2-1-1 advisor or an advocate helping someone on a
//! call. `{lang}` in its address is the caller's language; the words to read out have English
//! beside them for the advisor.
//!
//! * [`desk`]: `/{lang}/advisor?q=<place>`, the offices and lines for a place, the words to
//!   read out and one text message for the caller's phone.
//! * [`screening`]: `/{lang}/advisor/screening`, every screening question on one page.

mod desk;
mod screening;

pub use desk::AdvisorDeskPage;
pub use screening::AdvisorScreeningPage;

use leptos::prelude::*;

use crate::i18n::{I18n, Locale};

/// Text in the caller's language, then the same in English for the advisor, each marked with
/// its own `lang` and `dir` (once, in English, for an English-speaking caller).
fn in_both<V: IntoView + 'static>(
    caller: &I18n,
    english: &I18n,
    part: impl Fn(&I18n) -> V,
) -> impl IntoView {
    let english_part = (caller.locale != Locale::En).then(|| {
        view! {
            <div class="script-lang" lang="en" dir="ltr">
                <p class="script-lang-name">"English"</p>
                {part(english)}
            </div>
        }
    });
    view! {
        <div class="script-langs">
            <div class="script-lang" lang=caller.locale.tag() dir=caller.locale.direction().as_str()>
                <p class="script-lang-name">{caller.locale.native_name()}</p>
                {part(caller)}
            </div>
            {english_part}
        </div>
    }
}
