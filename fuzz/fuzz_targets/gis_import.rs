//! The GIS importer (`linkages dataset import-gis`): a TOML field mapping (`parse_mapping`)
//! and an ArcGIS GeoJSON layer (`import_geojson`), merged into a sample of the shipped
//! dataset (`merge_into`) and written out as the server would read it back.
//!
//! Input: `MAPPING \0 GEOJSON`. A mapping of `@dpss` or `@dcfs` stands for the test fixtures'
//! mappings (trusted, as an operator would write them); any other mapping is parsed as TOML.
//! Without a `\0` the whole input is the layer, read with the DPSS fixture mapping.
//!
//! Checks: one report per feature, in order; one location and one service link per imported
//! feature, each named, with a unique UUID, and a coordinate only when complete and inside
//! the county box; a skipped feature says why. With a trusted mapping the import always
//! merges into a valid dataset (the importer leaves out what it cannot read, it never makes
//! the merge fail), and any merged dataset, written as the command writes it, loads again.
#![no_main]

use std::collections::HashSet;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use linkages_directory::{
    bounds::in_la_county_box,
    dataset::{
        gis_import::{import_geojson, merge_into, parse_mapping, FeatureIssue, GisMapping},
        hsds::{attribute_value, link_type, Dataset},
        ids::is_uuid,
        load::load_dataset_str,
        reference::to_pretty_json,
    },
};
use linkages_fuzz::text;

fn fixture_mapping(toml: &str) -> GisMapping {
    match parse_mapping(toml) {
        Ok(m) => m,
        Err(e) => panic!("fixture mapping: {e}"),
    }
}

fn dpss() -> &'static GisMapping {
    static M: OnceLock<GisMapping> = OnceLock::new();
    M.get_or_init(|| {
        fixture_mapping(include_str!(
            "../../app/directory/tests/fixtures/gis/dpss_mapping.toml"
        ))
    })
}

fn dcfs() -> &'static GisMapping {
    static M: OnceLock<GisMapping> = OnceLock::new();
    M.get_or_init(|| {
        fixture_mapping(include_str!(
            "../../app/directory/tests/fixtures/gis/dcfs_mapping.toml"
        ))
    })
}

/// The base to merge into: the dataset target's trimmed sample of the shipped dataset (both
/// agencies, an office each, a hotline), small so that each run stays quick.
fn base() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(|| {
        match load_dataset_str(
            include_str!("../corpus/dataset/trimmed-sample.json"),
            "sample",
        ) {
            Ok(d) => d,
            Err(e) => panic!("base dataset: {e}"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let (mapping_text, layer) = input.split_once('\0').unwrap_or(("@dpss", input.as_str()));
    let parsed;
    let (mapping, trusted) = match mapping_text {
        "@dpss" => (dpss(), true),
        "@dcfs" => (dcfs(), true),
        toml => match parse_mapping(toml) {
            Ok(m) => {
                // The agency is typed: it parsed, so it names DCFS or DPSS.
                for (field, value) in [("fields.name", &m.fields.name), ("source.id", &m.source.id)]
                {
                    assert!(
                        !value.trim().is_empty(),
                        "mapping accepted with empty {field}"
                    );
                }
                parsed = m;
                (&parsed, false)
            }
            Err(_) => (dpss(), true),
        },
    };

    let Ok(import) = import_geojson(layer, mapping) else {
        return;
    };
    let features = serde_json::from_str::<serde_json::Value>(layer)
        .ok()
        .and_then(|v| v.get("features").and_then(|f| f.as_array()).map(Vec::len));
    assert_eq!(
        Some(import.report.len()),
        features,
        "one report per feature"
    );
    let imported = import.report.iter().filter(|r| r.imported).count();
    assert_eq!(import.locations.len(), imported);
    assert_eq!(import.service_at_locations.len(), imported);
    for (i, r) in import.report.iter().enumerate() {
        assert_eq!(r.index, i);
        if !r.imported {
            assert!(
                r.issues.iter().any(|x| matches!(
                    x,
                    FeatureIssue::MissingName(_) | FeatureIssue::DuplicateId(_)
                )),
                "feature {i} skipped without saying why: {:?}",
                r.issues
            );
        }
    }
    let mut ids = HashSet::new();
    for (l, link) in import.locations.iter().zip(&import.service_at_locations) {
        assert!(
            is_uuid(&l.id) && ids.insert(l.id.clone()),
            "location id {}",
            l.id
        );
        assert_eq!(link.location_id.as_deref(), Some(l.id.as_str()));
        assert!(
            l.name.as_deref().is_some_and(|n| !n.trim().is_empty()),
            "unnamed office"
        );
        match (l.latitude, l.longitude) {
            (Some(lat), Some(lon)) => assert!(in_la_county_box(lat, lon), "{lat},{lon} kept"),
            (None, None) => {}
            half => panic!("half a coordinate: {half:?}"),
        }
        assert_eq!(
            attribute_value(&l.attributes, link_type::SOURCE),
            Some(mapping.source.id.as_str())
        );
        for a in &l.addresses {
            for part in [&a.address_1, &a.city, &a.state_province, &a.postal_code] {
                assert!(!part.trim().is_empty(), "address with an empty part: {a:?}");
            }
        }
    }
    // The report prints.
    let _ = import.to_string();

    let mut merged = base().clone();
    match merge_into(&mut merged, &import) {
        Ok(()) => {
            let json = match to_pretty_json(&merged) {
                Ok(j) => j,
                Err(e) => panic!("merged dataset does not serialise: {e}"),
            };
            match load_dataset_str(&json, "merged") {
                Ok(reloaded) => assert!(
                    reloaded == merged,
                    "the written dataset reads back different"
                ),
                Err(e) => panic!("the written dataset does not load: {e}"),
            }
        }
        Err(e) => assert!(!trusted, "a trusted mapping's import does not merge: {e}"),
    }
});
