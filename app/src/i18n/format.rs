//! Numbers, times of day and dates in each locale's own way, from CLDR (ICU4X compiled data).
//! Server only: Fluent messages receive the finished strings (`$distance`, `$time`), so the
//! browser bundle carries none of this data.
//!
//! Which CLDR locale stands for each of ours, and why it is not always the plain tag:
//! [`cldr_locale`]. The tests compare every output with strings generated from CLDR by
//! another implementation (`scripts/cldr-expectations`, `tests/fixtures/cldr_expected.json`).

use std::sync::LazyLock;

use icu_calendar::{Date, Gregorian};
use icu_datetime::{
    fieldsets::{T, YMD},
    input::Time,
    FixedCalendarDateTimeFormatter, NoCalendarFormatter,
};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::{locale, Locale as CldrLocale};

use super::Locale;

/// Metres in an international mile.
pub const METRES_PER_MILE: f64 = 1609.344;

/// The CLDR locale whose conventions a page in `locale` follows.
///
/// - `es` → `es-US`: CLDR's Spanish as written in the United States (decimal point, 12-hour
///   clock with "p.m."), which is what Los Angeles readers use; plain `es` is Spain's (`2,3`,
///   `17:30`).
/// - `tl` → `fil`: CLDR keeps Tagalog's data under `fil` (`tl` is its legacy alias).
/// - `fa` → `fa-u-nu-latn`: CLDR's default digits for Persian are Persian (`۲٫۳`), but every
///   number around a distance or a time on our pages is in Latin digits: phone numbers, ZIP
///   codes, street addresses, and the numbers in the Farsi messages themselves. Mixing two
///   digit systems on one office card is harder to read than either, so Farsi keeps Latin
///   digits (and CLDR's Latin-digit symbols for Persian).
/// - `ar` needs no override: CLDR's default digits for generic Arabic are Latin (Arabic-Indic
///   digits are the default only for some regions, e.g. `ar-EG`, `ar-SA`).
/// - Every other locale is its own tag.
pub fn cldr_locale(locale: Locale) -> CldrLocale {
    match locale {
        Locale::En => locale!("en"),
        Locale::Es => locale!("es-US"),
        Locale::Hy => locale!("hy"),
        Locale::ZhHans => locale!("zh-Hans"),
        Locale::ZhHant => locale!("zh-Hant"),
        Locale::Ko => locale!("ko"),
        Locale::Vi => locale!("vi"),
        Locale::Tl => locale!("fil"),
        Locale::Ru => locale!("ru"),
        Locale::Fa => locale!("fa-u-nu-latn"),
        Locale::Km => locale!("km"),
        Locale::Ar => locale!("ar"),
        Locale::Ja => locale!("ja"),
        Locale::Hi => locale!("hi"),
        Locale::Th => locale!("th"),
    }
}

/// A distance for a message: the text to show and the number its plural form is chosen by.
#[derive(Clone, Debug, PartialEq)]
pub struct Distance {
    /// `2.3`, `2,3`: miles rounded to tenths, a whole number without `.0`.
    pub text: String,
    /// The same rounded number, for Fluent's plural selector (`mile` / `miles`).
    pub miles: f64,
}

/// The formatters of one locale. Built once per locale ([`formats`]); formatting is cheap.
pub struct Formats {
    decimal: Option<DecimalFormatter>,
    time: Option<NoCalendarFormatter<T>>,
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
}

/// The formatters of every shipped locale, in [`Locale::SHIPPED`] order, built on first use.
static FORMATS: LazyLock<Vec<Formats>> =
    LazyLock::new(|| Locale::SHIPPED.iter().map(|&l| Formats::new(l)).collect());

/// Plain `2.3` / `17:30` / `2025-03-07`, for a locale that is not shipped (none today).
static PLAIN: Formats = Formats {
    decimal: None,
    time: None,
    date: None,
};

/// The formatters for `locale`.
pub fn formats(locale: Locale) -> &'static Formats {
    Locale::SHIPPED
        .iter()
        .position(|&l| l == locale)
        .and_then(|i| FORMATS.get(i))
        .unwrap_or(&PLAIN)
}

impl Formats {
    /// Loads the locale's CLDR data. Compiled data covers every shipped locale (a test checks
    /// it); were one missing, that part falls back to plain `2.3` / `17:30` / `2025-03-07`.
    fn new(locale: Locale) -> Formats {
        let cldr = cldr_locale(locale);
        Formats {
            decimal: DecimalFormatter::try_new((&cldr).into(), Default::default()).ok(),
            time: NoCalendarFormatter::try_new((&cldr).into(), T::hm()).ok(),
            date: FixedCalendarDateTimeFormatter::try_new((&cldr).into(), YMD::long()).ok(),
        }
    }

    /// True when all three formatters found their data.
    pub fn complete(&self) -> bool {
        self.decimal.is_some() && self.time.is_some() && self.date.is_some()
    }

    /// A distance in metres as miles with at most one fraction digit (`2.3`, `2,3`, `12`).
    pub fn miles(&self, metres: f64) -> Distance {
        let tenths = if metres.is_finite() && metres > 0.0 {
            // Saturates at i64::MAX for absurd inputs; no distance in the county comes close.
            (metres / METRES_PER_MILE * 10.0).round() as i64
        } else {
            0
        };
        let mut decimal = Decimal::from(tenths);
        decimal.multiply_pow10(-1);
        decimal.trim_end();
        let text = match &self.decimal {
            Some(formatter) => formatter.format_to_string(&decimal),
            None => decimal.to_string(),
        };
        Distance {
            text,
            miles: tenths as f64 / 10.0,
        }
    }

    /// A wall-clock time, hours and minutes, on the locale's usual clock (`5:30 PM`, `17:30`).
    /// Plain text with no bidi isolates: the message it goes into isolates it once, as a whole.
    /// `None` for an impossible time (25:00).
    pub fn time_of_day(&self, hour: u8, minute: u8) -> Option<String> {
        let time = Time::try_new(hour, minute, 0, 0).ok()?;
        Some(match &self.time {
            Some(formatter) => formatter.format(&time).to_string(),
            None => format!("{hour:02}:{minute:02}"),
        })
    }

    /// A `HH:MM` wall-clock time (as the opening hours give it) on the locale's clock; `24:00`,
    /// the end of a day, is midnight (`12:00 AM`, `00:00`). Text that is not such a time comes
    /// back as it is.
    pub fn clock_text(&self, hh_mm: &str) -> String {
        hh_mm
            .split_once(':')
            .and_then(|(h, m)| match (h.parse().ok()?, m.parse().ok()?) {
                (24, 0) => self.time_of_day(0, 0),
                (hour, minute) => self.time_of_day(hour, minute),
            })
            .unwrap_or_else(|| hh_mm.to_owned())
    }

    /// A Gregorian date with the month spelt out (`March 7, 2025`, `7 марта 2025 г.`), so day
    /// and month cannot be swapped. `None` for an impossible date.
    pub fn date(&self, year: i32, month: u8, day: u8) -> Option<String> {
        let date = Date::try_new_gregorian(year, month, day).ok()?;
        Some(match &self.date {
            Some(formatter) => formatter.format(&date).to_string(),
            None => format!("{year:04}-{month:02}-{day:02}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_locale_has_its_data() {
        for &locale in Locale::SHIPPED {
            assert!(formats(locale).complete(), "{locale:?}");
        }
    }

    #[test]
    fn distances_round_to_tenths_and_drop_a_whole_numbers_zero() {
        let en = formats(Locale::En);
        assert_eq!(en.miles(2.3 * METRES_PER_MILE).text, "2.3");
        assert_eq!(en.miles(2.34 * METRES_PER_MILE).miles, 2.3);
        assert_eq!(en.miles(2.96 * METRES_PER_MILE).text, "3");
        assert_eq!(en.miles(METRES_PER_MILE).miles, 1.0);
        assert_eq!(en.miles(0.0).text, "0");
        assert_eq!(en.miles(f64::NAN).text, "0");
        assert_eq!(en.miles(-5.0).text, "0");
        assert_eq!(formats(Locale::Ru).miles(2.3 * METRES_PER_MILE).text, "2,3");
    }

    #[test]
    fn impossible_times_and_dates_are_refused_and_other_text_is_kept() {
        let en = formats(Locale::En);
        assert_eq!(en.time_of_day(25, 0), None);
        assert_eq!(en.date(2025, 2, 30), None);
        assert_eq!(en.clock_text("17:30"), "5:30\u{202f}PM");
        assert_eq!(en.clock_text("noon"), "noon");
        assert_eq!(en.clock_text("24:00"), "12:00\u{202f}AM");
        assert_eq!(formats(Locale::Ru).clock_text("24:00"), "00:00");
        assert_eq!(en.clock_text("24:30"), "24:30");
    }

    #[test]
    fn the_fallback_is_plain() {
        assert_eq!(PLAIN.miles(2.3 * METRES_PER_MILE).text, "2.3");
        assert_eq!(PLAIN.time_of_day(7, 5).as_deref(), Some("07:05"));
        assert_eq!(PLAIN.date(2025, 3, 7).as_deref(), Some("2025-03-07"));
    }
}
