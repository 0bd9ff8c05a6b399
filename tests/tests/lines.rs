#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The phone lines printed on every page must be the ones in the sourced reference list.

use linkages_app::layout::lines::KEY_LINES;
use linkages_app::layout::lines::{CHILD_PROTECTION, EMERGENCY};
use linkages_tests::repo_root;

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

#[test]
fn every_line_on_the_pages_is_in_the_reference_hotlines() {
    let path = repo_root().join("data/reference/hotlines.csv");
    let mut reader = csv::Reader::from_path(&path).expect("hotlines.csv opens");
    let numbers: Vec<String> = reader
        .records()
        .map(|r| digits(r.expect("row parses").get(1).expect("number column")))
        .collect();
    for line in KEY_LINES.iter().chain([&CHILD_PROTECTION, &EMERGENCY]) {
        let display = digits(line.display);
        assert!(
            numbers.iter().any(|n| n.starts_with(&display)),
            "{} ({}) is not in {}",
            line.name_id,
            line.display,
            path.display()
        );
        // tel: carries the same digits (with +1 for 10-digit numbers) and nothing else.
        let tel = line.tel.trim_start_matches("+1");
        assert_eq!(tel, display, "{}", line.name_id);
        assert!(line.tel.chars().all(|c| c == '+' || c.is_ascii_digit()));
    }
}
