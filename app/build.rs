//! Embeds every Fluent file under `locales/<tag>/` into the server build, so the binary runs
//! without the source tree and a new `.ftl` file is picked up without editing code.

use std::{env, fmt::Write as _, fs, path::Path};

fn main() {
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let locales = Path::new(&manifest_dir).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut entries: Vec<(String, String, String)> = Vec::new();
    if let Ok(dirs) = fs::read_dir(&locales) {
        for dir in dirs.flatten() {
            let tag = dir.file_name().to_string_lossy().into_owned();
            println!("cargo:rerun-if-changed={}", dir.path().display());
            let Ok(files) = fs::read_dir(dir.path()) else {
                continue;
            };
            for file in files.flatten() {
                let path = file.path();
                if path.extension().is_some_and(|ext| ext == "ftl") {
                    println!("cargo:rerun-if-changed={}", path.display());
                    let name = file.file_name().to_string_lossy().into_owned();
                    let absolute = fs::canonicalize(&path).unwrap_or(path);
                    entries.push((tag.clone(), name, absolute.display().to_string()));
                }
            }
        }
    }
    // Stable order: the concatenated text served to browsers must not change between builds.
    entries.sort();

    let mut out =
        String::from("/// (locale tag, file name, contents) of every file under `locales/`.\n");
    out.push_str("pub static FTL_SOURCES: &[(&str, &str, &str)] = &[\n");
    for (tag, name, path) in &entries {
        let _ = writeln!(out, "    ({tag:?}, {name:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let out_dir = env::var("OUT_DIR").unwrap_or_default();
    if let Err(err) = fs::write(Path::new(&out_dir).join("ftl_sources.rs"), out) {
        println!("cargo:warning=could not write ftl_sources.rs: {err}");
    }
}
