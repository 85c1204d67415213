use carecircle::{cli, config::Config, startup};
use tracing_subscriber::EnvFilter;

fn main() -> anyhow::Result<()> {
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
        Some("seed") => cli::seed(&config, &args[1..]),
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
    let state = startup::AppState::build(config)?;
    actix_web::rt::System::new().block_on(startup::serve(state))?;
    Ok(())
}
