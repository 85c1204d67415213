use carecircle::{cli, config::Config, startup, state};
use tracing_subscriber::EnvFilter;

fn main() -> anyhow::Result<()> {
    return_large_blocks_to_the_os();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = Config::from_env()?;
    match args.first().map(String::as_str) {
        None | Some("serve") => serve(config),
        Some("migrate") => cli::migrate(&config),
        Some("healthcheck") => cli::healthcheck(&config),
        Some("privacy-scan") => cli::privacy_scan(&args[1..]),
        Some("crisis-scan") => cli::crisis_scan(),
        Some("crisis-features") => cli::crisis_features(),
        Some("seed") => cli::seed(&config, &args[1..]),
        Some("reindex") => cli::reindex(&config),
        Some("backup") => cli::backup(&config, &args[1..]),
        Some("restore") => cli::restore(&config, &args[1..]),
        Some("admin") => cli::admin(&config, &args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{}", cli::USAGE);
            Ok(())
        }
        Some(other) => anyhow::bail!("unknown command {other:?}\n\n{}", cli::USAGE),
    }
}

fn serve(config: Config) -> anyhow::Result<()> {
    tracing::info!(?config, "starting");
    let state = state::AppState::build(config)?;
    actix_web::rt::System::new().block_on(startup::serve(state))?;
    Ok(())
}

/// glibc raises its mmap threshold after large blocks are freed, and from then on keeps such
/// blocks (19 MiB per password hash) in per-thread arenas: a burst of logins stayed resident
/// at 295 MB. A fixed threshold maps large blocks and returns them when freed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_to_the_os() {
    // SAFETY: mallopt only changes allocator tuning; it is called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_to_the_os() {}
