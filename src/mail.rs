//! Email: rendering from `templates/email/<name>/`, the transports, and the outbox worker.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use serde_json::Value;
use tera::{Context, Tera};

use crate::config::Config;
use crate::db;
use crate::error::AppResult;
use crate::models::outbox::{self, Message};
use crate::state::AppState;

/// Where messages go: an SMTP server, or `.eml` files in a folder (the embedded default).
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files {
        transport: AsyncFileTransport<Tokio1Executor>,
        dir: PathBuf,
    },
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl Mailer {
    pub fn from_config(config: &Config) -> anyhow::Result<Mailer> {
        let from: Mailbox = config
            .mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("MAIL_FROM is not an address: {e}"))?;
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow::anyhow!("SMTP_URL is not usable: {e}"))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            None => {
                let dir = PathBuf::from(&config.mail_dir);
                std::fs::create_dir_all(&dir)?;
                Transport::Files {
                    transport: AsyncFileTransport::new(&dir),
                    dir,
                }
            }
        };
        Ok(Mailer { transport, from })
    }

    /// Hands one message to the transport; `Ok` means the SMTP server accepted it (or the file is written).
    async fn send(&self, message: lettre::Message) -> Result<(), String> {
        match &self.transport {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Transport::Files { transport, dir } => {
                let id = transport.send(message).await.map_err(|e| e.to_string())?;
                tracing::info!(file = %dir.join(format!("{id}.eml")).display(), "email written");
                Ok(())
            }
        }
    }
}

/// A rendered email. Templates get links and handles only: never post text or titles.
#[derive(Debug)]
pub struct Email {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub unsubscribe: Option<String>,
}

/// Renders `templates/email/<template>/{subject.txt, body.txt, body.html}` with `params`.
pub fn render(
    tera: &Tera,
    template: &str,
    params: &Value,
    config: &Config,
) -> anyhow::Result<Email> {
    let mut ctx = Context::from_value(params.clone()).unwrap_or_default();
    ctx.insert("base_url", &config.base_url);
    ctx.insert("banner", &config.banner_text);
    let part = |name: &str| tera.render(&format!("email/{template}/{name}"), &ctx);
    let subject = part("subject.txt")?;
    Ok(Email {
        // One line, whatever a template or parameter held: no header can be smuggled in.
        subject: subject
            .split(['\r', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        text: part("body.txt")?,
        html: part("body.html")?,
        unsubscribe: params
            .get("unsubscribe_path")
            .and_then(Value::as_str)
            .map(|path| format!("{}{path}", config.base_url)),
    })
}

/// RFC 2369 / RFC 8058 one-click unsubscribe headers.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.trim_matches(['<', '>']).to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".into())
    }
}

pub fn build(from: &Mailbox, to: &str, email: Email) -> anyhow::Result<lettre::Message> {
    let mut builder = lettre::Message::builder()
        .from(from.clone())
        .to(to.parse()?)
        .subject(email.subject);
    if let Some(url) = email.unsubscribe {
        builder = builder
            .header(ListUnsubscribe(url))
            .header(ListUnsubscribePost);
    }
    Ok(builder.multipart(MultiPart::alternative_plain_html(email.text, email.html))?)
}

const CLAIM_LEASE_SECONDS: i64 = 120;
const BATCH: i64 = 50;
/// After this many failed attempts a message is marked failed and shown on /admin/outbox.
pub const MAX_ATTEMPTS: i32 = 12;

/// Exponential backoff: 30 s, 1 min, 2 min ... at most 6 hours.
pub fn retry_delay(attempts_so_far: i32) -> i64 {
    (30_i64 << attempts_so_far.clamp(0, 20)).min(6 * 3600)
}

/// Sends every due message once; returns how many the transport accepted.
pub async fn deliver_due(state: &AppState) -> AppResult<usize> {
    let claimed = state
        .db(|conn| {
            Ok(outbox::claim_due(
                conn,
                db::now(),
                CLAIM_LEASE_SECONDS,
                BATCH,
            )?)
        })
        .await?;
    let mut sent = 0;
    for message in claimed {
        let outcome = deliver(state, &message).await;
        let id = message.id;
        match outcome {
            Ok(()) => {
                sent += 1;
                state
                    .db(move |conn| Ok(outbox::mark_sent(conn, id, db::now())?))
                    .await?;
            }
            Err(error) => {
                tracing::warn!(id, attempts = message.attempts + 1, %error, "email not delivered");
                let retry_at = (message.attempts + 1 < MAX_ATTEMPTS)
                    .then(|| db::now() + retry_delay(message.attempts));
                state
                    .db(move |conn| Ok(outbox::mark_attempt_failed(conn, id, &error, retry_at)?))
                    .await?;
            }
        }
    }
    Ok(sent)
}

async fn deliver(state: &AppState, message: &Message) -> Result<(), String> {
    let params: Value = serde_json::from_str(&message.params).map_err(|e| e.to_string())?;
    let email = render(&state.tera, &message.template, &params, &state.config)
        .map_err(|e| format!("{e:#}"))?;
    let built = build(&state.mailer.from, &message.to_address, email).map_err(|e| e.to_string())?;
    state.mailer.send(built).await
}

/// Builds queued exports (a few per wake-up) and drops expired ones.
fn prepare_exports(conn: &mut crate::db::DbConnection) -> AppResult<()> {
    for _ in 0..4 {
        if !crate::services::exports::prepare_next(conn)? {
            break;
        }
    }
    crate::services::exports::purge_expired(conn)?;
    Ok(())
}

/// How often the worker does its chores (and retries mail) when nothing wakes it sooner.
const CHORES_EVERY: Duration = Duration::from_secs(5);

/// The background worker of one server process: delivers mail as soon as a request writes
/// it, and every few seconds retries due mail, raises overdue queue items, prepares exports
/// and prunes old rate-limit counters and idempotency keys.
pub fn spawn_worker(state: std::sync::Arc<AppState>) {
    spawn_worker_every(state, CHORES_EVERY);
}

/// The worker with its chores `every` so long (tests make it long, to see the wake alone).
pub fn spawn_worker_every(state: std::sync::Arc<AppState>, every: Duration) {
    actix_web::rt::spawn(async move {
        let mut chores_due = tokio::time::Instant::now();
        loop {
            if let Err(error) = deliver_due(&state).await {
                tracing::error!(?error, "outbox run failed");
            }
            if tokio::time::Instant::now() >= chores_due {
                do_chores(&state).await;
                chores_due = tokio::time::Instant::now() + every;
            }
            // A wake that came while delivering is kept as a permit: no message waits a round.
            let _ = tokio::time::timeout_at(chores_due, state.mail_written.notified()).await;
        }
    });
}

async fn do_chores(state: &AppState) {
    let rules = state.rules();
    if let Err(error) = state
        .db(move |conn| crate::services::notify::escalate_overdue(conn, &rules))
        .await
    {
        tracing::error!(?error, "escalation check failed");
    }
    if let Err(error) = state.db(prepare_exports).await {
        tracing::error!(?error, "export preparation failed");
    }
    // Rate-limit windows last an hour at most and nobody resubmits a form a day
    // later: day-old counters and keys are only clutter.
    let day_ago = crate::db::now() - 86_400;
    if let Err(error) = state
        .db(move |conn| {
            crate::db::write_tx(conn, |conn| {
                crate::models::rate_limit::prune(conn, day_ago)?;
                Ok(crate::models::idempotency::prune(conn, day_ago)?)
            })
        })
        .await
    {
        tracing::error!(?error, "pruning failed");
    }
}
