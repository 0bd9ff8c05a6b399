use std::process::ExitCode;

use clap::Parser;
use linkages_directory::dataset::{assure, gis_import, hours, load, reference};
use linkages_directory::search::ReplacementPolicy;
use linkages_server::{
    app,
    config::{Command, Config, DatasetCommand},
    gis_fetch,
    serve::{self, Limits},
    AppState,
};
use tracing_subscriber::fmt::writer::BoxMakeWriter;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    // The server's lines leave each request at once and go out in batches (see `log::writer`);
    // the guard writes what is queued when `main` returns. A one-shot command writes in order.
    let batches = match config.command {
        None => match linkages_server::log::writer(std::io::stdout()) {
            Ok(batches) => Some(batches),
            Err(err) => {
                eprintln!("linkages: cannot start the log's thread ({err}): writing each line");
                None
            }
        },
        Some(_) => None,
    };
    let (writer, _flush_on_exit) = match batches {
        Some((writer, guard)) => (BoxMakeWriter::new(writer), Some(guard)),
        None => (BoxMakeWriter::new(std::io::stdout), None),
    };
    tracing_subscriber::fmt()
        // Plain text (see `log::Lines`): the same lines in a terminal and a file.
        .with_ansi(false)
        .event_format(linkages_server::log::Lines)
        .with_env_filter(linkages_server::log::filter(&config.log))
        .with_writer(writer)
        .init();

    match config.command {
        Some(Command::Dataset(command)) => return dataset_command(command),
        Some(Command::Healthcheck { path, timeout }) => {
            return match linkages_server::ready::probe(config.addr, &path, timeout) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("linkages: unhealthy: {err}");
                    ExitCode::FAILURE
                }
            };
        }
        None => {}
    }

    // First, before the slow start: from here on SIGHUP asks for a reload and never kills.
    #[cfg(unix)]
    let hangups = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup());

    let policy = ReplacementPolicy {
        max_shrink: f64::from(config.max_dataset_shrink) / 100.0,
        accept_shrink: config.accept_shrink,
    };
    let state = match AppState::load_with_policy(
        config.site_root.clone(),
        config.data.as_deref(),
        policy,
    ) {
        Ok(state) => {
            let state = state
                .with_hsts(config.hsts_max_age)
                .with_https(config.https)
                .with_report_address(config.feedback_email.clone())
                .with_trusted_proxies(config.trusted_proxies.clone(), config.forwarded_header);
            let state = match config.api_rate_per_minute {
                0 => state,
                rate => state.with_api_rate_limit(rate, config.api_burst),
            };
            match config.find_rate_per_minute {
                0 => state,
                rate => state.with_finder_rate_limit(rate, config.find_burst),
            }
        }
        Err(err) => {
            eprintln!("linkages: cannot start: {err}");
            return ExitCode::FAILURE;
        }
    };
    let limits = Limits {
        header_timeout: config.header_timeout,
        idle_timeout: config.idle_timeout,
        body_timeout: config.body_timeout,
        max_header_bytes: config.max_header_bytes as usize,
        max_connections: serve::fit_to_file_limit(config.max_connections as usize),
        shutdown_timeout: config.shutdown_timeout,
    };
    let listener = match serve::bind(config.addr) {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!("linkages: cannot listen on {}: {err}", config.addr);
            return ExitCode::FAILURE;
        }
    };
    tracing::info!("serving the Linkages site on http://{}", config.addr);
    #[cfg(unix)]
    match hangups {
        Ok(hangups) => reload_on_hangup(hangups, state.clone(), config.data.clone()),
        Err(err) => {
            tracing::warn!("cannot listen for SIGHUP ({err}): the dataset cannot be reloaded")
        }
    }
    let (readiness, grace) = (state.readiness.clone(), config.drain_grace);
    let shutdown = async move {
        linkages_server::ready::drain(&readiness, grace, stop_requested(), stop_requested).await;
    };
    serve::serve(listener, app(state), limits, shutdown).await;
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// Resolves on Ctrl-C or SIGTERM. After `--drain-grace`, requests in progress have
/// `--shutdown-timeout` to finish.
async fn stop_requested() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!("cannot listen for Ctrl-C: {err}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!("cannot listen for SIGTERM: {err}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// `linkages dataset ...`: prints what it did, or the error naming file and record.
fn dataset_command(command: DatasetCommand) -> ExitCode {
    let result = match command {
        DatasetCommand::Build {
            reference: dir,
            out,
            generated,
        } => reference::write_dataset_cli(&dir, &out, generated.as_deref())
            .map(|summary| format!("{summary}\nwrote {}", out.display()))
            .map_err(|err| err.to_string()),
        DatasetCommand::ImportGis {
            layer,
            mapping,
            base,
            out,
            date,
        } => gis_import::import_gis_cli(&layer, &mapping, &base, &out, date.as_deref())
            .map(|report| format!("{report}\nwrote {}", out.display()))
            .map_err(|err| err.to_string()),
        DatasetCommand::FetchGis {
            url,
            mapping,
            check,
            base,
            out,
            date,
            connect_timeout,
            read_timeout,
            retries,
            max_bytes,
            page_size,
        } => {
            let options = gis_fetch::FetchOptions {
                connect_timeout,
                read_timeout,
                retries,
                max_bytes,
                page_size,
                ..gis_fetch::FetchOptions::default()
            };
            fetch_gis_command(&url, &mapping, check, base, out, date, options)
        }
        DatasetCommand::Assure { data, id, date } => {
            assure::assure_cli(&data, &id, &date).map_err(|err| err.to_string())
        }
        DatasetCommand::Check { file } => load::load_dataset(&file)
            .map(|dataset| {
                let areas: usize = dataset.services.iter().map(|s| s.service_areas.len()).sum();
                let mut report = format!(
                    "{}: valid; {} organizations, {} services, {} locations, {areas} service areas",
                    file.display(),
                    dataset.organizations.len(),
                    dataset.services.len(),
                    dataset.locations.len()
                );
                // Overlaps within a program layer are reported, not refused (see service_areas).
                for o in linkages_directory::search::service_areas::dataset_overlaps(&dataset) {
                    report.push_str(&format!(
                        "\nwarning: service areas {} and {} of layer {:?} overlap by {:.2} km²",
                        o.first, o.second, o.layer, o.km2
                    ));
                }
                report
            })
            .map_err(|err| err.to_string()),
    };
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("linkages: {err}");
            ExitCode::FAILURE
        }
    }
}

/// `linkages dataset fetch-gis`: with `--check`, the layer's fields beside the mapping (a
/// missing field fails the command); otherwise the download, import and atomic write.
fn fetch_gis_command(
    url: &str,
    mapping: &std::path::Path,
    check: bool,
    base: Option<std::path::PathBuf>,
    out: Option<std::path::PathBuf>,
    date: Option<String>,
    options: gis_fetch::FetchOptions,
) -> Result<String, String> {
    let mut mapping = gis_import::read_mapping(mapping).map_err(|err| err.to_string())?;
    if check {
        return match gis_fetch::check_mapping(url, &mapping, options) {
            Ok((text, true)) => Ok(text),
            Ok((text, false)) => Err(format!("{text}\n")),
            Err(err) => Err(err.to_string()),
        };
    }
    let (Some(base), Some(out)) = (base, out) else {
        return Err("give --base and --out (or --check)".into());
    };
    let date = date.unwrap_or_else(|| hours::now_in_los_angeles().date_naive().to_string());
    mapping
        .set_query_date(&date)
        .map_err(|err| err.to_string())?;
    gis_fetch::fetch_gis(url, &mapping, &base, &out, options)
        .map(|report| format!("{report}\nwrote {}", out.display()))
        .map_err(|err| format!("{err}\nnothing written"))
}

/// SIGHUP reloads `--data`, one reload at a time; with the embedded dataset there is nothing
/// to reload. Reading and parsing run on a blocking thread, away from the ones serving.
#[cfg(unix)]
fn reload_on_hangup(
    mut hangups: tokio::signal::unix::Signal,
    state: AppState,
    data: Option<std::path::PathBuf>,
) {
    tokio::spawn(async move {
        while hangups.recv().await.is_some() {
            let Some(path) = data.clone() else {
                tracing::info!("SIGHUP: the embedded dataset has nothing to reload");
                continue;
            };
            let state = state.clone();
            // The outcome, either way, is logged by reload_dataset.
            let reload =
                tokio::task::spawn_blocking(move || linkages_server::reload_dataset(&state, &path));
            if let Err(err) = reload.await {
                tracing::error!("the dataset reload failed: {err}");
            }
        }
    });
}
