//! Weekly opening hours and "open now" in Los Angeles time.
//!
//! Hours are wall-clock times in `America/Los_Angeles`. A [`WeeklyHours`] is a list of rules
//! (days of the week plus one time range each, so split hours are two rules), optionally
//! limited to a date range, plus closure date ranges (holidays). [`status_at`] expands the
//! rules into real instants around `now` with chrono-tz, so daylight-saving changes are
//! handled: a time that does not exist (02:30 on the spring-forward Sunday) is read with the
//! offset before the gap, and a time that happens twice (01:30 on the fall-back Sunday) means
//! its first occurrence, both as RFC 5545 (iCalendar) prescribes.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Weekday};
use chrono_tz::America::Los_Angeles;
use chrono_tz::Tz;

use super::hsds::{attribute_value, link_type, Schedule};

/// Minutes in a day; a closing time of 24:00 is this.
pub const END_OF_DAY: u16 = 24 * 60;

/// How many days ahead "opens at" looks.
const HORIZON_DAYS: i64 = 14;

/// One weekly rule: open on `days` from `opens` to `closes` (minutes after midnight).
/// `closes <= opens` means the range runs past midnight into the next day; `closes == opens`
/// means 24 hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklyRule {
    /// Monday first.
    pub days: [bool; 7],
    /// Opening minute, 0..1440.
    pub opens: u16,
    /// Closing minute, 0..=1440.
    pub closes: u16,
    /// First date the rule applies.
    pub valid_from: Option<NaiveDate>,
    /// Last date the rule applies.
    pub valid_to: Option<NaiveDate>,
}

/// Opening hours of one place.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WeeklyHours {
    /// The rules; their union is the opening time.
    pub rules: Vec<WeeklyRule>,
    /// Inclusive date ranges when the place is closed all day (no range starts on them).
    pub closures: Vec<(NaiveDate, NaiveDate)>,
}

/// Whether a place is open at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open now; closes at this Los Angeles time.
    OpenUntil(DateTime<Tz>),
    /// Open now and for at least the next week without a break.
    OpenAroundTheClock,
    /// Closed now; opens at this Los Angeles time.
    ClosedOpensAt(DateTime<Tz>),
    /// Hours are known but there is no opening in the next two weeks (closures).
    ClosedNoUpcomingHours,
    /// Hours are not known (missing, conflicting or unreadable): say so, never guess.
    Unknown,
}

/// Why a schedule cannot be turned into machine-readable hours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    /// `opens_at` without `closes_at` or the other way round.
    #[error("schedule {id}: opens_at and closes_at must be given together")]
    HalfRange {
        /// Schedule id.
        id: String,
    },
    /// A time that is not `HH:MM`.
    #[error("schedule {id}: {field} {value:?} is not a time HH:MM (wall-clock, no UTC offset)")]
    BadTime {
        /// Schedule id.
        id: String,
        /// Field name.
        field: &'static str,
        /// The text.
        value: String,
    },
    /// A `byday` that is not a list of two-letter weekdays.
    #[error(
        "schedule {id}: byday {value:?} is not a comma-separated list of MO,TU,WE,TH,FR,SA,SU"
    )]
    BadByday {
        /// Schedule id.
        id: String,
        /// The text.
        value: String,
    },
    /// Hours without days.
    #[error("schedule {id}: opening times given without byday")]
    MissingByday {
        /// Schedule id.
        id: String,
    },
    /// A recurrence we do not compute (MONTHLY, ...).
    #[error("schedule {id}: freq {value:?} is not supported (only WEEKLY)")]
    UnsupportedFreq {
        /// Schedule id.
        id: String,
        /// The text.
        value: String,
    },
    /// A date that is not `YYYY-MM-DD`.
    #[error("schedule {id}: {field} {value:?} is not a date YYYY-MM-DD")]
    BadDate {
        /// Schedule id.
        id: String,
        /// Field name.
        field: &'static str,
        /// The text.
        value: String,
    },
}

impl WeeklyHours {
    /// No hours at all.
    pub fn new() -> Self {
        Self::default()
    }

    /// Hours open all day every day.
    pub fn around_the_clock() -> Self {
        let mut h = Self::new();
        h.add(&ALL_DAYS, 0, END_OF_DAY);
        h
    }

    /// Adds a range on some days. Minutes outside 0..=1440 are clamped.
    pub fn add(&mut self, days: &[Weekday], opens: u16, closes: u16) {
        let mut set = [false; 7];
        for d in days {
            set[d.num_days_from_monday() as usize] = true;
        }
        self.rules.push(WeeklyRule {
            days: set,
            opens: opens.min(END_OF_DAY - 1),
            closes: closes.min(END_OF_DAY),
            valid_from: None,
            valid_to: None,
        });
    }

    /// Closes the place all day from `from` to `to` inclusive.
    pub fn add_closure(&mut self, from: NaiveDate, to: NaiveDate) {
        self.closures.push((from.min(to), from.max(to)));
    }

    /// True when no opening hours are known.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    fn closed_on(&self, date: NaiveDate) -> bool {
        self.closures.iter().any(|(a, b)| (*a..=*b).contains(&date))
    }
}

/// Every day, Monday first.
pub const ALL_DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Monday to Friday.
pub const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

/// The current time in Los Angeles.
pub fn now_in_los_angeles() -> DateTime<Tz> {
    chrono::Utc::now().with_timezone(&Los_Angeles)
}

/// A wall-clock time on a date in Los Angeles as an instant (see the module notes on DST).
pub fn la_instant(date: NaiveDate, minute: u16) -> Option<DateTime<Tz>> {
    let (date, minute) = if minute >= END_OF_DAY {
        (date.succ_opt()?, 0)
    } else {
        (date, minute)
    };
    let naive: NaiveDateTime =
        date.and_hms_opt(u32::from(minute / 60), u32::from(minute % 60), 0)?;
    match Los_Angeles.from_local_datetime(&naive) {
        chrono::LocalResult::Single(t) => Some(t),
        chrono::LocalResult::Ambiguous(first, _) => Some(first),
        chrono::LocalResult::None => {
            // In a spring-forward gap: use the offset in force before the gap.
            let before = Los_Angeles
                .from_local_datetime(&(naive - Duration::hours(3)))
                .earliest()?;
            let offset = before.offset().fix();
            let utc = naive - Duration::seconds(i64::from(offset.local_minus_utc()));
            Some(
                chrono::Utc
                    .from_utc_datetime(&utc)
                    .with_timezone(&Los_Angeles),
            )
        }
    }
}

use chrono::Offset;

/// Opening status at `now` (any time zone; results are in Los Angeles time).
pub fn status_at<Z: TimeZone>(hours: &WeeklyHours, now: DateTime<Z>) -> OpenStatus {
    if hours.is_empty() {
        return OpenStatus::Unknown;
    }
    let now = now.with_timezone(&Los_Angeles);
    let today = now.date_naive();
    let mut intervals: Vec<(DateTime<Tz>, DateTime<Tz>)> = Vec::new();
    for offset in -1..=HORIZON_DAYS {
        let Some(date) = today.checked_add_signed(Duration::days(offset)) else {
            continue;
        };
        if hours.closed_on(date) {
            continue;
        }
        let weekday = date.weekday().num_days_from_monday() as usize;
        for rule in &hours.rules {
            if !rule.days[weekday]
                || rule.valid_from.is_some_and(|f| date < f)
                || rule.valid_to.is_some_and(|t| date > t)
            {
                continue;
            }
            let end_day_minute = if rule.closes > rule.opens {
                (date, rule.closes)
            } else {
                match date.succ_opt() {
                    Some(next) => (next, rule.closes),
                    None => continue,
                }
            };
            if let (Some(start), Some(end)) = (
                la_instant(date, rule.opens),
                la_instant(end_day_minute.0, end_day_minute.1),
            ) {
                if end > start {
                    intervals.push((start, end));
                }
            }
        }
    }
    intervals.sort();
    let mut merged: Vec<(DateTime<Tz>, DateTime<Tz>)> = Vec::new();
    for (s, e) in intervals {
        match merged.last_mut() {
            Some(last) if s <= last.1 => {
                if e > last.1 {
                    last.1 = e;
                }
            }
            _ => merged.push((s, e)),
        }
    }
    for (s, e) in &merged {
        if *s <= now && now < *e {
            return if *e - now >= Duration::days(7) {
                OpenStatus::OpenAroundTheClock
            } else {
                OpenStatus::OpenUntil(*e)
            };
        }
        if *s > now {
            return OpenStatus::ClosedOpensAt(*s);
        }
    }
    OpenStatus::ClosedNoUpcomingHours
}

/// Parses `HH:MM` or `HH:MM:SS` (seconds ignored) wall-clock time into minutes; `24:00` is
/// the end of the day. Times with a UTC offset (`Z`, `-08:00`) are refused: an offset cannot
/// describe Los Angeles hours all year round.
pub fn parse_hhmm(s: &str) -> Option<u16> {
    let s = s.trim();
    let mut parts = s.split(':');
    let h = parts.next()?;
    let m = parts.next()?;
    let sec = parts.next();
    if parts.next().is_some() || h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    if !h.bytes().all(|b| b.is_ascii_digit()) || !m.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(sec) = sec {
        if sec.len() != 2 || !sec.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let h: u16 = h.parse().ok()?;
    let m: u16 = m.parse().ok()?;
    match (h, m) {
        (24, 0) => Some(END_OF_DAY),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

/// Formats minutes as `HH:MM`.
pub fn format_hhmm(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Parses an iCalendar two-letter weekday.
pub fn parse_weekday(s: &str) -> Option<Weekday> {
    Some(match s.trim().to_ascii_uppercase().as_str() {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// The iCalendar two-letter code of a weekday.
pub fn weekday_code(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// `MO,TU,WE` for a set of days.
pub fn byday_string(days: &[Weekday]) -> String {
    days.iter()
        .map(|d| weekday_code(*d))
        .collect::<Vec<_>>()
        .join(",")
}

fn parse_date(
    id: &str,
    field: &'static str,
    value: &Option<String>,
) -> Result<Option<NaiveDate>, ScheduleError> {
    match value {
        None => Ok(None),
        Some(v) => NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ScheduleError::BadDate {
                id: id.to_string(),
                field,
                value: v.clone(),
            }),
    }
}

/// True when the schedule is marked as conflicting sources.
pub fn is_conflicting(schedule: &Schedule) -> bool {
    attribute_value(&schedule.attributes, link_type::SCHEDULE_STATUS) == Some("conflicting")
}

/// Converts HSDS schedules into machine hours.
///
/// * A schedule with `opens_at`/`closes_at` and `byday` (freq WEEKLY or absent) is a rule;
///   `valid_from`/`valid_to` limit it.
/// * A schedule marked `linkages:schedule_status = closure` with `valid_from`/`valid_to` is a
///   closure.
/// * A schedule with neither times nor the closure mark is hours in words only and adds
///   nothing.
/// * If any schedule is marked `conflicting`, the result is `Ok(None)`: sources disagree, so
///   there are no machine hours.
///
/// `Ok(None)` also when there are no machine-readable rules at all.
pub fn hours_from_schedules(schedules: &[Schedule]) -> Result<Option<WeeklyHours>, ScheduleError> {
    let mut hours = WeeklyHours::new();
    let mut conflicting = false;
    for s in schedules {
        let id = s.id.as_str();
        let valid_from = parse_date(id, "valid_from", &s.valid_from)?;
        let valid_to = parse_date(id, "valid_to", &s.valid_to)?;
        if is_conflicting(s) {
            conflicting = true;
            continue;
        }
        if attribute_value(&s.attributes, link_type::SCHEDULE_STATUS) == Some("closure") {
            match (valid_from, valid_to) {
                (Some(f), Some(t)) => hours.add_closure(f, t),
                (Some(f), None) | (None, Some(f)) => hours.add_closure(f, f),
                (None, None) => {
                    return Err(ScheduleError::BadDate {
                        id: id.to_string(),
                        field: "valid_from",
                        value: String::new(),
                    })
                }
            }
            continue;
        }
        let (opens, closes) = match (&s.opens_at, &s.closes_at) {
            (None, None) => continue,
            (Some(o), Some(c)) => {
                let opens = parse_hhmm(o).filter(|m| *m < END_OF_DAY).ok_or_else(|| {
                    ScheduleError::BadTime {
                        id: id.to_string(),
                        field: "opens_at",
                        value: o.clone(),
                    }
                })?;
                let closes = parse_hhmm(c).ok_or_else(|| ScheduleError::BadTime {
                    id: id.to_string(),
                    field: "closes_at",
                    value: c.clone(),
                })?;
                (opens, closes)
            }
            _ => return Err(ScheduleError::HalfRange { id: id.to_string() }),
        };
        if let Some(freq) = &s.freq {
            if !freq.trim().eq_ignore_ascii_case("WEEKLY") {
                return Err(ScheduleError::UnsupportedFreq {
                    id: id.to_string(),
                    value: freq.clone(),
                });
            }
        }
        let byday = s
            .byday
            .as_deref()
            .ok_or_else(|| ScheduleError::MissingByday { id: id.to_string() })?;
        let mut days = Vec::new();
        for part in byday.split(',') {
            let day = parse_weekday(part).ok_or_else(|| ScheduleError::BadByday {
                id: id.to_string(),
                value: byday.to_string(),
            })?;
            days.push(day);
        }
        hours.add(&days, opens, closes);
        if let Some(rule) = hours.rules.last_mut() {
            rule.valid_from = valid_from;
            rule.valid_to = valid_to;
        }
    }
    if conflicting || hours.is_empty() {
        return Ok(None);
    }
    Ok(Some(hours))
}

/// What a free-text hours cell says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoursText {
    /// Readable: (days, opens, closes) ranges.
    Parsed(Vec<(Vec<Weekday>, u16, u16)>),
    /// Two parts give different hours for the same day: sources or statements disagree.
    Conflicting,
    /// Not a form we read; keep the words only.
    Unparsed,
}

/// Reads the few hours forms the sources use: `24/7`, `24 hours a day, 7 days a week`,
/// `Mon-Fri 7:30am-5pm`, `Monday-Friday 7:30 a.m.-5:30 p.m.`, `Mon-Fri 8AM-5PM`, and several
/// of those separated by `;`. Parenthesised remarks are ignored here (keep them in the
/// description). Anything else is [`HoursText::Unparsed`]; never a guess.
pub fn parse_hours_text(text: &str) -> HoursText {
    let mut stripped = String::with_capacity(text.len());
    let mut depth = 0usize;
    for ch in text.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => stripped.push(ch),
            _ => {}
        }
    }
    let mut ranges: Vec<(Vec<Weekday>, u16, u16)> = Vec::new();
    let mut seen = [false; 7];
    let mut any = false;
    for part in stripped.split(';') {
        let part = part.trim().trim_end_matches(['.', ',']).trim();
        if part.is_empty() {
            continue;
        }
        any = true;
        let Some((days, opens, closes)) = parse_hours_segment(part) else {
            return HoursText::Unparsed;
        };
        for d in &days {
            let i = d.num_days_from_monday() as usize;
            if seen[i] {
                return HoursText::Conflicting;
            }
            seen[i] = true;
        }
        ranges.push((days, opens, closes));
    }
    if !any {
        return HoursText::Unparsed;
    }
    HoursText::Parsed(ranges)
}

fn parse_hours_segment(part: &str) -> Option<(Vec<Weekday>, u16, u16)> {
    let lower = part.to_lowercase();
    let norm: String = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    if matches!(
        norm.as_str(),
        "24/7"
            | "24 hours a day, 7 days a week"
            | "24 hours a day 7 days a week"
            | "24 hours, 7 days a week"
            | "open 24/7"
    ) {
        return Some((ALL_DAYS.to_vec(), 0, END_OF_DAY));
    }
    // "<days> <time>-<time>"
    let (days_text, times_text) = norm.split_once(' ')?;
    let days = parse_day_range(days_text)?;
    let times = times_text.replace(['–', '—'], "-").replace(" to ", "-");
    let (a, b) = times.split_once('-')?;
    let opens = parse_clock(a)?;
    let closes = parse_clock(b)?;
    if opens >= END_OF_DAY {
        return None;
    }
    Some((days, opens, closes))
}

fn day_from_word(w: &str) -> Option<Weekday> {
    let w = w.trim().trim_end_matches('.');
    Some(match w {
        "mon" | "monday" | "m" => Weekday::Mon,
        "tue" | "tues" | "tuesday" | "tu" => Weekday::Tue,
        "wed" | "wednesday" | "w" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" | "th" => Weekday::Thu,
        "fri" | "friday" | "f" => Weekday::Fri,
        "sat" | "saturday" | "sa" => Weekday::Sat,
        "sun" | "sunday" | "su" => Weekday::Sun,
        _ => return None,
    })
}

fn parse_day_range(s: &str) -> Option<Vec<Weekday>> {
    let s = s.replace(['–', '—'], "-");
    match s.split_once('-') {
        Some((a, b)) => {
            let start = day_from_word(a)?;
            let end = day_from_word(b)?;
            let mut out = vec![start];
            let mut d = start;
            while d != end {
                d = d.succ();
                out.push(d);
                if out.len() > 7 {
                    return None;
                }
            }
            Some(out)
        }
        None => Some(vec![day_from_word(&s)?]),
    }
}

/// `8AM`, `8:00 am`, `7:30am`, `7:30 a.m.`, `5:30 p.m.`, `17:00`, `noon` -> minutes.
fn parse_clock(s: &str) -> Option<u16> {
    let s = s.trim().replace('.', "");
    let s = s.trim();
    if s == "noon" {
        return Some(12 * 60);
    }
    if s == "midnight" {
        return Some(END_OF_DAY);
    }
    let (num, meridiem) = if let Some(n) = s.strip_suffix("am") {
        (n.trim(), Some(false))
    } else if let Some(n) = s.strip_suffix("pm") {
        (n.trim(), Some(true))
    } else {
        (s, None)
    };
    let (h, m) = match num.split_once(':') {
        Some((h, m)) => (
            h.parse::<u16>().ok()?,
            if m.len() == 2 {
                m.parse::<u16>().ok()?
            } else {
                return None;
            },
        ),
        None => (num.parse::<u16>().ok()?, 0),
    };
    if m > 59 {
        return None;
    }
    let h = match meridiem {
        Some(pm) => {
            if !(1..=12).contains(&h) {
                return None;
            }
            (h % 12) + if pm { 12 } else { 0 }
        }
        None => {
            if num.contains(':') && h <= 24 {
                h
            } else {
                return None;
            }
        }
    };
    let total = h * 60 + m;
    (total <= END_OF_DAY).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn la(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Tz> {
        match Los_Angeles.with_ymd_and_hms(y, mo, d, h, mi, 0) {
            chrono::LocalResult::Single(t) => t,
            chrono::LocalResult::Ambiguous(a, _) => a,
            chrono::LocalResult::None => panic!("no such LA time"),
        }
    }

    fn office() -> WeeklyHours {
        let mut h = WeeklyHours::new();
        h.add(&WEEKDAYS, 8 * 60, 17 * 60);
        h
    }

    #[test]
    fn weekday_office() {
        let h = office();
        // Wednesday 2025-01-15 10:00
        assert_eq!(
            status_at(&h, la(2025, 1, 15, 10, 0)),
            OpenStatus::OpenUntil(la(2025, 1, 15, 17, 0))
        );
        assert_eq!(
            status_at(&h, la(2025, 1, 15, 7, 59)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 15, 8, 0))
        );
        assert_eq!(
            status_at(&h, la(2025, 1, 15, 8, 0)),
            OpenStatus::OpenUntil(la(2025, 1, 15, 17, 0))
        );
        // Friday at closing time, and the weekend, open again on Monday.
        assert_eq!(
            status_at(&h, la(2025, 1, 17, 17, 0)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 20, 8, 0))
        );
        assert_eq!(
            status_at(&h, la(2025, 1, 18, 12, 0)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 20, 8, 0))
        );
        assert_eq!(
            status_at(&h, la(2025, 1, 19, 23, 59)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 20, 8, 0))
        );
    }

    #[test]
    fn utc_input_is_converted() {
        let h = office();
        let utc = chrono::Utc.with_ymd_and_hms(2025, 1, 15, 18, 0, 0).single();
        let Some(utc) = utc else { panic!("bad date") };
        // 18:00 UTC is 10:00 PST.
        assert_eq!(
            status_at(&h, utc),
            OpenStatus::OpenUntil(la(2025, 1, 15, 17, 0))
        );
    }

    #[test]
    fn split_hours_and_closures() {
        let mut h = WeeklyHours::new();
        h.add(&WEEKDAYS, 8 * 60, 12 * 60);
        h.add(&WEEKDAYS, 13 * 60, 17 * 60);
        assert_eq!(
            status_at(&h, la(2025, 1, 15, 12, 30)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 15, 13, 0))
        );
        assert_eq!(
            status_at(&h, la(2025, 1, 15, 11, 0)),
            OpenStatus::OpenUntil(la(2025, 1, 15, 12, 0))
        );
        // Monday 2025-01-20 (Martin Luther King Jr. Day) closed: Friday evening -> Tuesday.
        let Some(mlk) = NaiveDate::from_ymd_opt(2025, 1, 20) else {
            panic!()
        };
        h.add_closure(mlk, mlk);
        assert_eq!(
            status_at(&h, la(2025, 1, 17, 18, 0)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 21, 8, 0))
        );
        assert_eq!(
            status_at(&h, la(2025, 1, 20, 9, 0)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 21, 8, 0))
        );
    }

    #[test]
    fn long_closure_gives_no_upcoming_hours() {
        let mut h = office();
        let (Some(a), Some(b)) = (
            NaiveDate::from_ymd_opt(2025, 1, 1),
            NaiveDate::from_ymd_opt(2025, 3, 1),
        ) else {
            panic!()
        };
        h.add_closure(a, b);
        assert_eq!(
            status_at(&h, la(2025, 1, 15, 10, 0)),
            OpenStatus::ClosedNoUpcomingHours
        );
    }

    #[test]
    fn around_the_clock_and_unknown() {
        assert_eq!(
            status_at(&WeeklyHours::around_the_clock(), la(2025, 3, 9, 3, 0)),
            OpenStatus::OpenAroundTheClock
        );
        assert_eq!(
            status_at(&WeeklyHours::around_the_clock(), la(2025, 11, 2, 1, 30)),
            OpenStatus::OpenAroundTheClock
        );
        assert_eq!(
            status_at(&WeeklyHours::new(), la(2025, 1, 15, 10, 0)),
            OpenStatus::Unknown
        );
    }

    #[test]
    fn overnight_range() {
        let mut h = WeeklyHours::new();
        h.add(&[Weekday::Fri], 22 * 60, 2 * 60);
        // Saturday 01:00 is still Friday night's range.
        assert_eq!(
            status_at(&h, la(2025, 1, 18, 1, 0)),
            OpenStatus::OpenUntil(la(2025, 1, 18, 2, 0))
        );
        assert_eq!(
            status_at(&h, la(2025, 1, 18, 2, 0)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 24, 22, 0))
        );
    }

    #[test]
    fn dst_spring_forward() {
        // Sunday 2025-03-09: 02:00 PST jumps to 03:00 PDT.
        let mut h = WeeklyHours::new();
        h.add(&[Weekday::Sun], 60, 4 * 60);
        let at = la(2025, 3, 9, 1, 30);
        let OpenStatus::OpenUntil(close) = status_at(&h, at) else {
            panic!("should be open")
        };
        assert_eq!(close, la(2025, 3, 9, 4, 0));
        // 01:00-04:00 wall clock is only two real hours that day.
        assert_eq!(close - la(2025, 3, 9, 1, 0), Duration::hours(2));
        // Opening at a time that does not exist (02:30) means 03:30 PDT (offset before the gap).
        let mut g = WeeklyHours::new();
        g.add(&[Weekday::Sun], 2 * 60 + 30, 5 * 60);
        assert_eq!(
            status_at(&g, la(2025, 3, 9, 1, 0)),
            OpenStatus::ClosedOpensAt(la(2025, 3, 9, 3, 30))
        );
        assert_eq!(
            status_at(&g, la(2025, 3, 9, 3, 40)),
            OpenStatus::OpenUntil(la(2025, 3, 9, 5, 0))
        );
        // The office opens at 08:00 PDT on the Monday after, as usual.
        assert_eq!(
            status_at(&office(), la(2025, 3, 9, 12, 0)),
            OpenStatus::ClosedOpensAt(la(2025, 3, 10, 8, 0))
        );
    }

    #[test]
    fn dst_fall_back() {
        // Sunday 2025-11-02: 02:00 PDT falls back to 01:00 PST; 01:00-02:00 happens twice.
        let mut h = WeeklyHours::new();
        h.add(&[Weekday::Sun], 0, 3 * 60);
        let first_0130 = la(2025, 11, 2, 1, 30); // the PDT one
        let OpenStatus::OpenUntil(close) = status_at(&h, first_0130) else {
            panic!("open")
        };
        assert_eq!(close, la(2025, 11, 2, 3, 0));
        // 00:00-03:00 wall clock is four real hours that day.
        assert_eq!(close - la(2025, 11, 2, 0, 0), Duration::hours(4));
        // A range ending at the repeated 01:30 ends at its first occurrence.
        let mut g = WeeklyHours::new();
        g.add(&[Weekday::Sun], 60, 90);
        let second_0115 = first_0130 + Duration::minutes(45); // 01:15 PST
        assert_eq!(second_0115.format("%H:%M %Z").to_string(), "01:15 PST");
        assert_eq!(
            status_at(&g, second_0115),
            OpenStatus::ClosedOpensAt(la(2025, 11, 9, 1, 0))
        );
    }

    #[test]
    fn hhmm() {
        assert_eq!(parse_hhmm("08:00"), Some(480));
        assert_eq!(parse_hhmm("7:30"), Some(450));
        assert_eq!(parse_hhmm("17:00:00"), Some(1020));
        assert_eq!(parse_hhmm("24:00"), Some(END_OF_DAY));
        assert_eq!(parse_hhmm("24:01"), None);
        assert_eq!(parse_hhmm("09:00-05:00"), None);
        assert_eq!(parse_hhmm("09:00Z"), None);
        assert_eq!(parse_hhmm("9am"), None);
        assert_eq!(format_hhmm(450), "07:30");
    }

    fn sched(id: &str, byday: Option<&str>, opens: Option<&str>, closes: Option<&str>) -> Schedule {
        Schedule {
            id: id.into(),
            freq: Some("WEEKLY".into()),
            byday: byday.map(Into::into),
            opens_at: opens.map(Into::into),
            closes_at: closes.map(Into::into),
            ..Schedule::default()
        }
    }

    #[test]
    fn from_hsds() {
        let s = sched("a", Some("MO,TU,WE,TH,FR"), Some("07:30"), Some("17:00"));
        let h = hours_from_schedules(std::slice::from_ref(&s));
        let Ok(Some(h)) = h else { panic!("{h:?}") };
        assert_eq!(
            status_at(&h, la(2025, 1, 15, 7, 45)),
            OpenStatus::OpenUntil(la(2025, 1, 15, 17, 0))
        );
        // Words only: no machine hours.
        let words = Schedule {
            id: "b".into(),
            description: Some("By appointment".into()),
            ..Schedule::default()
        };
        assert_eq!(hours_from_schedules(&[words]), Ok(None));
        // Conflicting sources: none, even when another schedule has times.
        let mut c = Schedule {
            id: "c".into(),
            ..Schedule::default()
        };
        c.attributes.push(crate::dataset::hsds::Attribute::fact(
            "schedule",
            "c",
            link_type::SCHEDULE_STATUS,
            "conflicting",
            None,
        ));
        assert_eq!(hours_from_schedules(&[s.clone(), c]), Ok(None));
        // Errors.
        assert!(matches!(
            hours_from_schedules(&[sched("d", Some("MO"), Some("8am"), Some("17:00"))]),
            Err(ScheduleError::BadTime { .. })
        ));
        assert!(matches!(
            hours_from_schedules(&[sched("e", Some("1MO"), Some("08:00"), Some("17:00"))]),
            Err(ScheduleError::BadByday { .. })
        ));
        assert!(matches!(
            hours_from_schedules(&[sched("f", None, Some("08:00"), Some("17:00"))]),
            Err(ScheduleError::MissingByday { .. })
        ));
        assert!(matches!(
            hours_from_schedules(&[sched("g", Some("MO"), Some("08:00"), None)]),
            Err(ScheduleError::HalfRange { .. })
        ));
        let mut m = sched("h", Some("MO"), Some("08:00"), Some("17:00"));
        m.freq = Some("MONTHLY".into());
        assert!(matches!(
            hours_from_schedules(&[m]),
            Err(ScheduleError::UnsupportedFreq { .. })
        ));
        // A closure schedule.
        let mut cl = Schedule {
            id: "i".into(),
            valid_from: Some("2025-01-20".into()),
            valid_to: Some("2025-01-20".into()),
            ..Schedule::default()
        };
        cl.attributes.push(crate::dataset::hsds::Attribute::fact(
            "schedule",
            "i",
            link_type::SCHEDULE_STATUS,
            "closure",
            None,
        ));
        let Ok(Some(h)) = hours_from_schedules(&[s, cl]) else {
            panic!()
        };
        assert_eq!(
            status_at(&h, la(2025, 1, 17, 18, 0)),
            OpenStatus::ClosedOpensAt(la(2025, 1, 21, 7, 30))
        );
    }

    #[test]
    fn hours_text() {
        let wk = |o, c| HoursText::Parsed(vec![(WEEKDAYS.to_vec(), o, c)]);
        assert_eq!(parse_hours_text("Mon-Fri 7:30am-5pm"), wk(450, 1020));
        assert_eq!(parse_hours_text("Mon-Fri 8AM-5PM"), wk(480, 1020));
        assert_eq!(parse_hours_text("Monday-Friday 7:30 a.m.-5:30 p.m. (as stated in DPSS's April 8, 2020 FAQ; re-verify)"), wk(450, 1050));
        assert_eq!(
            parse_hours_text("Mon-Fri 7:30am-5pm (source B only)"),
            wk(450, 1020)
        );
        assert_eq!(
            parse_hours_text("24/7"),
            HoursText::Parsed(vec![(ALL_DAYS.to_vec(), 0, END_OF_DAY)])
        );
        assert_eq!(
            parse_hours_text(
                "24 hours a day, 7 days a week (page lists it under the 24/7 hotline)"
            ),
            HoursText::Parsed(vec![(ALL_DAYS.to_vec(), 0, END_OF_DAY)])
        );
        assert_eq!(
            parse_hours_text("Mon-Fri 8AM-5PM (source A); Mon-Fri 7:30am-5pm (source B)"),
            HoursText::Conflicting
        );
        assert_eq!(parse_hours_text("Automated case information 24/7; live representatives Monday-Friday 7:00 a.m.-5:00 p.m."), HoursText::Unparsed);
        assert_eq!(parse_hours_text(""), HoursText::Unparsed);
        assert_eq!(parse_hours_text("By appointment"), HoursText::Unparsed);
        assert_eq!(
            parse_hours_text("Mon-Thu 8am-5pm; Fri 8am-noon"),
            HoursText::Parsed(vec![
                (WEEKDAYS[..4].to_vec(), 480, 1020),
                (vec![Weekday::Fri], 480, 720)
            ])
        );
        assert_eq!(
            parse_hours_text("Sat-Mon 9:00-13:00"),
            HoursText::Parsed(vec![(
                vec![Weekday::Sat, Weekday::Sun, Weekday::Mon],
                540,
                780
            )])
        );
        assert_eq!(parse_hours_text("Mon-Fri 13pm-5pm"), HoursText::Unparsed);
    }

    proptest::proptest! {
        #[test]
        fn text_parser_never_panics(s in "\\PC{0,60}") {
            let _ = parse_hours_text(&s);
            let _ = parse_hhmm(&s);
        }

        #[test]
        fn status_is_consistent(opens in 0u16..1440, len in 1u16..1440, day in 0u32..7, minute in 0i64..(14 * 1440)) {
            let mut h = WeeklyHours::new();
            h.add(&[ALL_DAYS[day as usize]], opens, (opens + len) % 1441);
            let now = la(2025, 1, 6, 0, 0) + Duration::minutes(minute);
            match status_at(&h, now) {
                OpenStatus::OpenUntil(t) => proptest::prop_assert!(t > now),
                OpenStatus::ClosedOpensAt(t) => proptest::prop_assert!(t > now),
                OpenStatus::OpenAroundTheClock | OpenStatus::ClosedNoUpcomingHours => {}
                OpenStatus::Unknown => proptest::prop_assert!(false, "hours are known"),
            }
        }
    }
}
