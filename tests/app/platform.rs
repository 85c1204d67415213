//! Operations: health checks, headers, migrations kept in step, the compose file.

use std::collections::BTreeSet;
use std::path::Path;

use actix_web::http::StatusCode;
use carecircle::config::ENV_VARS;
use diesel::prelude::*;

use crate::helpers::TestApp;

#[actix_web::test]
async fn health_and_readiness_answer() {
    let app = TestApp::spawn().await;

    let health = app.visitor().get("/healthz").await;
    let ready = app.visitor().get("/readyz").await;

    assert_eq!(
        (health.status, health.body.as_str()),
        (StatusCode::OK, "ok")
    );
    assert_eq!(
        (ready.status, ready.body.as_str()),
        (StatusCode::OK, "ready")
    );
}

#[actix_web::test]
async fn responses_carry_a_request_id_and_security_headers() {
    let app = TestApp::spawn().await;

    let res = app.visitor().get("/").await;

    assert_eq!(res.header("x-request-id").map(|id| id.len()), Some(16));
    let csp = res.header("content-security-policy").unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(
        res.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    assert_eq!(res.header("x-frame-options").as_deref(), Some("DENY"));
}

#[actix_web::test]
async fn the_stylesheet_is_served_from_the_binary() {
    let app = TestApp::spawn().await;

    let css = app.visitor().get("/assets/css/site.css").await;

    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));
    assert!(css.body.contains(".advice-banner"));
}

fn migration_names(backend: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(backend);
    std::fs::read_dir(dir)
        .expect("migrations folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn sqlite_and_postgres_migrations_have_the_same_names() {
    let sqlite = migration_names("sqlite");
    let postgres = migration_names("postgres");

    assert!(!sqlite.is_empty());
    assert_eq!(
        sqlite, postgres,
        "every migration needs a twin in the other backend's folder"
    );
    for name in &sqlite {
        for backend in ["sqlite", "postgres"] {
            for file in ["up.sql", "down.sql"] {
                let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("migrations")
                    .join(backend)
                    .join(name)
                    .join(file);
                assert!(path.exists(), "{} is missing", path.display());
            }
        }
    }
}

#[test]
fn the_compose_file_runs_the_app_against_postgres_with_settings_it_reads() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docker-compose.yml"))
            .unwrap();
    let compose: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let services = &compose["services"];
    let app = &services["app"];
    let postgres = &services["postgres"];
    assert!(postgres["image"].as_str().unwrap().starts_with("postgres:"));

    let env = app["environment"]
        .as_mapping()
        .expect("app environment as a mapping");
    for key in env.keys() {
        let key = key.as_str().unwrap();
        assert!(ENV_VARS.contains(&key), "the app does not read {key}");
    }
    let database_url = env[&serde_yaml::Value::from("DATABASE_URL")]
        .as_str()
        .unwrap();
    assert!(
        database_url.starts_with("postgres://") && database_url.contains("@postgres:5432/"),
        "{database_url}"
    );
    let bind = env[&serde_yaml::Value::from("BIND_ADDR")].as_str().unwrap();
    let port = bind.rsplit(':').next().unwrap();
    let ports: Vec<&str> = app["ports"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    assert!(
        ports.iter().any(|p| p.ends_with(&format!(":{port}"))),
        "{ports:?} must publish {port}"
    );
    let depends = format!("{:?}", app["depends_on"]);
    assert!(
        depends.contains("postgres") && depends.contains("mailpit"),
        "{depends}"
    );
    let smtp = env[&serde_yaml::Value::from("SMTP_URL")].as_str().unwrap();
    assert_eq!(
        smtp, "smtp://mailpit:1025",
        "the app sends to the SMTP catcher"
    );
    assert!(services["mailpit"]["image"]
        .as_str()
        .unwrap()
        .starts_with("axllent/mailpit"));
    assert_eq!(
        app["build"].as_str(),
        Some("."),
        "the app is built from the Dockerfile"
    );
    assert!(Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("Dockerfile")
        .exists());
}

/// Bundled libpq with vendored OpenSSL must still speak TLS to PostgreSQL (`sslmode=require`).
#[test]
fn postgres_connections_can_require_tls() {
    use diesel::prelude::*;
    use diesel::sql_types::Bool;

    #[derive(QueryableByName)]
    struct Ssl {
        #[diesel(sql_type = Bool)]
        ssl: bool,
    }

    let Ok(url) = std::env::var("TEST_DATABASE_URL") else {
        return; // SQLite run: no PostgreSQL server to talk to.
    };
    let mut plain = diesel::PgConnection::establish(&url).expect("connect");
    let server_ssl: Vec<Ssl> = diesel::sql_query("SELECT current_setting('ssl') = 'on' AS ssl")
        .load(&mut plain)
        .unwrap();
    if !server_ssl[0].ssl {
        panic!("the PostgreSQL server used for tests has ssl = off; enable it to check TLS");
    }
    let separator = if url.contains('?') { '&' } else { '?' };
    let mut conn = carecircle::db::establish(&format!("{url}{separator}sslmode=require"))
        .expect("TLS connection");
    let rows: Vec<Ssl> =
        diesel::sql_query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .load(&mut conn)
            .unwrap();
    assert!(rows[0].ssl, "the connection is not encrypted");
}

/// Templates show what views give them and the flags the policy computed: a template that
/// compares a role or a status would be a second rule, written where no test of the rule looks.
#[test]
fn no_template_decides_by_role_or_status() {
    let decision = regex::Regex::new(r"\b(role|status|user\.id)\b\s*(==|!=|in\b)").unwrap();
    let mut found = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("templates")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                if decision.is_match(line) && !path.ends_with("errors/error.html") {
                    found.push(format!("{}:{}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "templates deciding by role or status: {found:#?}"
    );
}

#[test]
fn the_readme_documents_every_setting() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for key in ENV_VARS {
        assert!(
            readme.contains(&format!("| `{key}` |")),
            "README.md has no row for {key}"
        );
    }
}

#[actix_web::test]
async fn the_benchmark_seed_fills_a_database_the_forum_reads_correctly() {
    let app = TestApp::spawn().await;
    let plan = carecircle::seed::Plan {
        communities: 3,
        threads: 40,
        posts: 600,
        members: 12,
        password: "seed-password".into(),
    };
    let rules = app.state.config.rules;
    let report = app
        .conn(|c| carecircle::seed::run(c, &plan, &rules))
        .expect("seed");
    assert_eq!(report.posts, 600);

    let thread = app
        .visitor()
        .get(&format!("/t/{}", report.bench_thread_id))
        .await;
    assert_eq!(thread.status, actix_web::http::StatusCode::OK);
    let second = app
        .visitor()
        .get(&format!("/t/{}?page=2", report.bench_thread_id))
        .await;
    assert_eq!(
        thread.texts(".post").len() + second.texts(".post").len(),
        1 + carecircle::seed::BENCH_THREAD_REPLIES
    );
    let member = app.visitor();
    let login = member
        .post(
            "/login",
            &[
                ("email", "member3@seed.invalid"),
                ("password", "seed-password"),
            ],
        )
        .await;
    assert_eq!(login.status, actix_web::http::StatusCode::SEE_OTHER);

    use carecircle::schema::posts;
    let held: i64 = app
        .conn(|c| {
            posts::table
                .filter(posts::status.eq("held"))
                .count()
                .get_result(c)
        })
        .unwrap();
    assert_eq!(held as usize, report.held_posts);
    let home = app.visitor().get("/").await;
    assert_eq!(home.texts(".community-card").len(), 3);
    let thread_counts = |c: &mut carecircle::db::DbConnection| {
        use carecircle::schema::threads;
        threads::table
            .select((threads::status, threads::reply_count))
            .order(threads::id)
            .load::<(String, i64)>(c)
    };
    let seeded = app.conn(thread_counts).unwrap();
    app.conn(carecircle::models::counters::recount_all).unwrap();
    assert_eq!(seeded, app.conn(thread_counts).unwrap());
}
