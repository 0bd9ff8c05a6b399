//! The county phone lines shown on every page. Each number is copied from
//! `shared/data/reference/hotlines.csv` with its source; `tests/` checks they still match.

/// A phone line: what people read, and what `tel:` dials (digits only, no bidi marks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// Fluent id of the line's name.
    pub name_id: &'static str,
    /// Fluent id of its opening hours, where the source gives them.
    pub hours_id: Option<&'static str>,
    /// The opening and closing times that message shows (`$opens`, `$closes`), formatted on
    /// the page's clock; `None` for a line open around the clock.
    pub times: Option<OpeningTimes>,
    pub display: &'static str,
    pub tel: &'static str,
    pub source: &'static str,
}

/// A wall-clock opening and closing time, `(hour, minute)` on a 24-hour clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpeningTimes {
    pub opens: (u8, u8),
    pub closes: (u8, u8),
}

pub const EMERGENCY: Line = Line {
    name_id: "line-911",
    hours_id: None,
    times: None,
    display: "911",
    tel: "911",
    source: "https://cityattorney.lacity.gov/domestic-violence",
};

pub const CHILD_PROTECTION: Line = Line {
    name_id: "line-child-protection",
    hours_id: Some("line-child-protection-hours"),
    times: None,
    display: "(800) 540-4000",
    tel: "+18005404000",
    source: "https://dcfs.lacounty.gov/contact/",
};

pub const DPSS_CUSTOMER_SERVICE: Line = Line {
    name_id: "line-dpss",
    hours_id: Some("line-dpss-hours"),
    // "Monday-Friday 7:30 a.m.-5:30 p.m." (the DPSS FAQ of 2020-04-08, in hotlines.csv).
    times: Some(OpeningTimes {
        opens: (7, 30),
        closes: (17, 30),
    }),
    display: "(866) 613-3777",
    tel: "+18666133777",
    source: "https://www.canyons.edu/administration/pio/notices/2020-04-08-dpss-faq.php (DPSS FAQ, 2020-04-08)",
};

pub const INFO_211: Line = Line {
    name_id: "line-211",
    hours_id: Some("line-211-hours"),
    times: None,
    display: "2-1-1",
    tel: "211",
    source: "https://211la.org/",
};

/// The lines listed on the home page and in the footer, most urgent first.
pub const KEY_LINES: [Line; 3] = [CHILD_PROTECTION, DPSS_CUSTOMER_SERVICE, INFO_211];
