//! Where "inside Los Angeles County" is, for checking coordinates.
//!
//! We use a rectangle, not the county outline: the extent of Los Angeles County (FIPS 06037)
//! in the US Census Bureau's TIGER/Line county boundaries, as widely republished in lists of
//! county bounding boxes: west -118.951721, south 32.75004, east -117.646374,
//! north 34.823302 (WGS84 degrees). It contains the whole county, including Santa Catalina
//! and San Clemente islands, and also slivers of Ventura, Kern, San Bernardino and Orange
//! counties and sea. So "outside" is certain; "inside" means only "in the county's box".

/// Westernmost longitude of the box.
pub const WEST: f64 = -118.951721;
/// Southernmost latitude of the box.
pub const SOUTH: f64 = 32.75004;
/// Easternmost longitude of the box.
pub const EAST: f64 = -117.646374;
/// Northernmost latitude of the box.
pub const NORTH: f64 = 34.823302;

/// A one-line statement of the check, for documents and error messages.
pub const DESCRIPTION: &str = "Los Angeles County bounding box from the US Census TIGER/Line county extent (FIPS 06037): longitude -118.951721 to -117.646374, latitude 32.75004 to 34.823302";

/// True when (lat, lon) is a finite point inside the Los Angeles County box (edges included).
pub fn in_la_county_box(lat: f64, lon: f64) -> bool {
    lat.is_finite()
        && lon.is_finite()
        && (SOUTH..=NORTH).contains(&lat)
        && (WEST..=EAST).contains(&lon)
}

/// True when (lat, lon) is a valid WGS84 coordinate anywhere on Earth.
pub fn is_valid_coordinate(lat: f64, lon: f64) -> bool {
    lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_places() {
        assert!(in_la_county_box(34.0522, -118.2437)); // downtown Los Angeles
        assert!(in_la_county_box(33.3428, -118.3282)); // Avalon, Catalina
        assert!(in_la_county_box(34.6868, -118.1542)); // Lancaster
        assert!(!in_la_county_box(37.7749, -122.4194)); // San Francisco
        assert!(!in_la_county_box(34.0522, 118.2437)); // sign error
        assert!(!in_la_county_box(-118.2437, 34.0522)); // lat/lon swapped
        assert!(!in_la_county_box(f64::NAN, -118.0));
    }
}
