//! "Report a problem with this listing": a `mailto:` link to the address the operator gives
//! (`--feedback-email`), so a reader who finds a wrong number or a closed office can say so
//! from their own mail app. The site itself stores and sends nothing.
//!
//! The prefilled message names only the listing (its HSDS id and name) and the page's
//! language: nothing about the reader, their search or their answers.

use std::{fmt, str::FromStr};

use email_address::EmailAddress;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Where reports go: one email address, checked when the server starts (RFC 5322
/// `addr-spec`, as the `email_address` crate reads it; no display name, no list).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportAddress(EmailAddress);

/// The text given for `--feedback-email` is not one email address.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not an email address ({0}): give one address such as listings@example.org")]
pub struct BadReportAddress(String);

impl FromStr for ReportAddress {
    type Err = BadReportAddress;

    fn from_str(text: &str) -> Result<ReportAddress, BadReportAddress> {
        let text = text.trim();
        // `EmailAddress` also takes "Name <a@b>"; a mailto: wants the bare address.
        match EmailAddress::from_str(text) {
            Ok(address) if address.email() == text => Ok(ReportAddress(address)),
            Ok(_) => Err(BadReportAddress(
                "give the bare address, without a name".into(),
            )),
            Err(err) => Err(BadReportAddress(err.to_string())),
        }
    }
}

impl fmt::Display for ReportAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.email())
    }
}

/// Characters left as they are in a `mailto:` header value: RFC 3986 unreserved. Everything
/// else, spaces and line breaks included, is percent-encoded as UTF-8 (RFC 6068, section 2).
const HFVALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The same for the address: its `@` stays as it is.
const ADDRESS: &AsciiSet = &HFVALUE.remove(b'@');

/// The listing a report is about, as the page shows it.
#[derive(Clone, Copy, Debug)]
pub struct Listing<'a> {
    /// Its HSDS id (a location's or a service's).
    pub id: &'a str,
    /// Its name, as the source gives it.
    pub name: &'a str,
}

/// A `mailto:` URL to `to`, with a subject naming the listing and a body of three lines: the
/// listing's id, its name and the page's language (a BCP 47 tag such as `es`). Lines end in
/// CRLF, as RFC 6068 asks of a body. The labels are English: the operator reads them.
pub fn report_mailto(to: &ReportAddress, listing: Listing<'_>, page_language: &str) -> String {
    let subject = format!("Linkages listing: {}", listing.name);
    let body = format!(
        "Listing id: {}\r\nName: {}\r\nPage language: {page_language}\r\n\r\n",
        listing.id, listing.name
    );
    // An addr-spec may hold `?`, `#`, `%` or `&`, which would end or break the address part.
    format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(&to.0.email(), ADDRESS),
        utf8_percent_encode(&subject, HFVALUE),
        utf8_percent_encode(&body, HFVALUE),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use percent_encoding::percent_decode_str;

    fn address() -> ReportAddress {
        "listings@example.org".parse().unwrap()
    }

    /// The parts of a mailto: URL, decoded.
    fn parts(url: &str) -> (String, Vec<(String, String)>) {
        let rest = url.strip_prefix("mailto:").unwrap();
        let (to, query) = rest.split_once('?').unwrap();
        let decode = |s: &str| percent_decode_str(s).decode_utf8().unwrap().into_owned();
        let fields = query
            .split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap();
                (decode(k), decode(v))
            })
            .collect();
        (decode(to), fields)
    }

    #[test]
    fn the_body_holds_the_listing_and_the_language_only() {
        let url = report_mailto(
            &address(),
            Listing {
                id: "loc-dcfs-belvedere",
                name: "DCFS Belvedere Office",
            },
            "es",
        );
        let (to, fields) = parts(&url);
        assert_eq!(to, "listings@example.org");
        assert_eq!(
            fields,
            vec![
                ("subject".into(), "Linkages listing: DCFS Belvedere Office".into()),
                (
                    "body".into(),
                    "Listing id: loc-dcfs-belvedere\r\nName: DCFS Belvedere Office\r\nPage language: es\r\n\r\n"
                        .into()
                ),
            ]
        );
    }

    #[test]
    fn names_with_url_syntax_cannot_break_out_of_their_field() {
        let name = "A & B ? #1 = 100% \"office\"\n<b>";
        let url = report_mailto(&address(), Listing { id: "x", name }, "zh-Hant");
        assert!(
            url.bytes().all(|b| b.is_ascii_graphic()),
            "only printable ASCII in the URL: {url}"
        );
        assert_eq!(url.matches('&').count(), 1, "{url}");
        assert_eq!(url.matches('?').count(), 1, "{url}");
        assert!(!url.contains('#'), "{url}");
        let (_, fields) = parts(&url);
        assert!(fields[0].1.ends_with(name), "{fields:?}");
        assert!(fields[1].1.contains("Page language: zh-Hant"), "{fields:?}");
    }

    #[test]
    fn only_one_bare_address_is_taken() {
        for bad in [
            "",
            "listings",
            "a@b@c",
            "Listings <listings@example.org>",
            "a@example.org, b@example.org",
        ] {
            assert!(bad.parse::<ReportAddress>().is_err(), "{bad:?}");
        }
        assert_eq!(
            " listings@example.org "
                .parse::<ReportAddress>()
                .unwrap()
                .to_string(),
            "listings@example.org"
        );
    }
}
