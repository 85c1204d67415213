//! A member's data rights: export everything about them, erase everything about them.

use std::io::Read;

use actix_web::http::{header, StatusCode};
use actix_web::test::TestRequest;
use carecircle::auth::Role;
use carecircle::db::DbConnection;
use carecircle::models::user;
use carecircle::services::exports;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::builders::{APPLICATION, HELD_SENTENCE};
use crate::helpers::{Browser, Member, TestApp, PASSWORD};

const BROWSER_NAME: &str = "Mozilla/5.0 (X11; Linux) Exportfox/123.4";

/// Files of a ZIP, by name.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP file");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().unwrap().to_string(), text)
        })
        .collect()
}

async fn log_in_with_browser_name(app: &TestApp, member: &Member) -> Browser {
    let browser = app.visitor();
    let token = browser.csrf_token().await;
    let form = [
        ("csrf_token", token.as_str()),
        ("email", member.email.as_str()),
        ("password", PASSWORD),
    ];
    let res = browser
        .send(
            TestRequest::post()
                .uri("/login")
                .insert_header((header::USER_AGENT, BROWSER_NAME))
                .set_form(form),
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    browser
}

/// One of every kind of record a member can leave, each text unique so a scan can find it.
struct Footprint {
    texts: Vec<&'static str>,
    others_reply: i64,
    thread: i64,
}

async fn footprint(app: &TestApp, member: &Member, other: &Member) -> Footprint {
    let moderator = app.member_with_role(Role::Moderator).await;
    other.join("asthma").await;
    let thread = app
        .thread()
        .by(member)
        .titled("Zebratitle inhaler doubts")
        .saying("Zebraopening my peak flow drops at night.")
        .await
        .thread;
    let published = member.reply(thread, "Zebrafirst draft of my reply.").await;
    member
        .post(
            &format!("/p/{published}/edit"),
            &[("body", "Zebrasecond version of my reply.")],
        )
        .await;
    member
        .reply(thread, &format!("Zebraheld {HELD_SENTENCE}"))
        .await;
    let deleted = member.reply(thread, "Zebradeleted I take this back.").await;
    member.post(&format!("/p/{deleted}/delete"), &[]).await;
    let others_reply = other.reply(thread, "Otherreply that stays.").await;
    member
        .post(
            &format!("/p/{others_reply}/report"),
            &[("reason", "other"), ("note", "Zebrareportnote please look")],
        )
        .await;
    member
        .post(&format!("/t/{}/follow", thread), &[("follow", "yes")])
        .await;
    moderator
        .post(
            &format!("/mod/users/{}/warn", member.id),
            &[("text", "Zebrawarning be kind")],
        )
        .await;
    moderator
        .post(
            &format!("/mod/users/{}/note", member.id),
            &[("text", "Zebrastaffnote")],
        )
        .await;
    member.post("/clinicians/apply", &APPLICATION).await;
    member
        .post(
            "/account/tokens",
            &[
                ("name", "Zebratoken script"),
                ("scope", "read"),
                ("days", "30"),
            ],
        )
        .await;
    Footprint {
        texts: vec![
            "Zebratitle",
            "Zebraopening",
            "Zebrafirst draft",
            "Zebrasecond version",
            "Zebraheld",
            "Zebradeleted",
            "Zebrareportnote",
            "Zebrawarning",
            "Zebrastaffnote",
            "MD-48213",
            "Zebratoken",
            BROWSER_NAME,
        ],
        others_reply,
        thread,
    }
}

#[actix_web::test]
async fn an_export_holds_every_record_of_the_member_and_nobody_elses() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (member, other) = (app.member().await, app.member().await);
    let signed_in = log_in_with_browser_name(&app, &member).await;
    let footprint = footprint(&app, &member, &other).await;

    let wrong = signed_in
        .post("/account/export", &[("password", "not my password")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("That is not your password"));

    let res = signed_in
        .post("/account/export", &[("password", PASSWORD)])
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(
        res.header("content-type").as_deref(),
        Some("application/zip")
    );
    assert!(res.header("cache-control").unwrap().contains("no-store"));
    let files = unzip(&res.bytes);
    let json = &files
        .iter()
        .find(|(n, _)| n == "carecircle.json")
        .unwrap()
        .1;
    let parsed: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(parsed["account"]["email"], member.email.as_str());
    assert_eq!(parsed["memberships"][0]["community"], "asthma");
    for text in footprint
        .texts
        .iter()
        .filter(|t| !["Zebrastaffnote"].contains(t))
    {
        assert!(json.contains(text), "the export holds {text:?}");
    }
    assert!(!json.contains("Zebrastaffnote"), "staff notes name staff");
    assert!(
        !json.contains("Otherreply"),
        "others' posts are not the member's data"
    );
    assert!(!json.contains(&other.email));
    assert!(json.contains("\"licence_number\""));
    let discussion = files
        .iter()
        .find(|(n, _)| n.starts_with("discussions/"))
        .expect("a file per discussion");
    assert!(discussion.1.contains("Zebratitle") && discussion.1.contains("Zebraheld"));
    let _ = footprint.thread;
}

#[actix_web::test]
async fn a_large_account_gets_an_email_link_that_only_its_owner_can_open_until_it_expires() {
    let app = TestApp::spawn_with(|k| (k == "EXPORT_INLINE_POSTS").then(|| "0".into())).await;
    app.community("asthma");
    let (member, other) = (app.member().await, app.member().await);
    app.thread()
        .by(&member)
        .saying("Giraffetext about my spacer.")
        .await;
    let res = member
        .post("/account/export", &[("password", PASSWORD)])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(member
        .get("/account/export")
        .await
        .body
        .contains("being prepared"));

    assert!(
        app.conn(exports::prepare_next).unwrap(),
        "the worker builds it"
    );
    let mail: Vec<_> = app
        .sent_emails()
        .await
        .into_iter()
        .filter(|m| m.subject().contains("ready to download"))
        .collect();
    assert_eq!(mail.len(), 1);
    let everything = format!("{}{}", mail[0].text(), mail[0].html());
    assert!(!everything.contains("Giraffetext") && !everything.contains(&member.handle));
    let link = mail[0].link(&app.state.config.base_url).expect("a link");
    let path = link
        .trim_start_matches(&app.state.config.base_url)
        .to_string();

    let download = member.get(&path).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(unzip(&download.bytes)
        .iter()
        .any(|(_, text)| text.contains("Giraffetext")));
    assert_eq!(other.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.visitor().get(&path).await.status, StatusCode::SEE_OTHER);

    app.conn(|c| {
        diesel::sql_query("UPDATE data_exports SET expires_at = 1").execute(c)?;
        exports::purge_expired(c)
    })
    .unwrap();
    assert_eq!(member.get(&path).await.status, StatusCode::NOT_FOUND);
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Every (table, column) of the database the test runs on.
fn every_column(conn: &mut DbConnection) -> Vec<(String, String)> {
    match conn {
        DbConnection::Sqlite(_) => {
            let tables: Vec<Name> = diesel::sql_query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .load(conn)
            .unwrap();
            tables
                .into_iter()
                .flat_map(|t| {
                    let columns: Vec<Name> = diesel::sql_query(format!(
                        "SELECT name FROM pragma_table_info('{}')",
                        t.name
                    ))
                    .load(conn)
                    .unwrap();
                    columns
                        .into_iter()
                        .map(move |c| (t.name.clone(), c.name))
                        .collect::<Vec<_>>()
                })
                .collect()
        }
        DbConnection::Pg(_) => {
            let columns: Vec<Column> = diesel::sql_query(
                "SELECT table_name::text AS table_name, column_name::text AS column_name \
                 FROM information_schema.columns WHERE table_schema = current_schema()",
            )
            .load(conn)
            .unwrap();
            columns
                .into_iter()
                .map(|c| (c.table_name, c.column_name))
                .collect()
        }
    }
}

/// Where `needle` is stored, in any column of any table (binary columns read as text).
fn found_in(conn: &mut DbConnection, needle: &str) -> Vec<String> {
    let cast = match conn {
        DbConnection::Sqlite(_) => "CAST({c} AS TEXT)",
        DbConnection::Pg(_) => {
            "CASE WHEN pg_typeof({c}) = 'bytea'::regtype \
             THEN encode({c}::text::bytea, 'escape') ELSE {c}::text END"
        }
    };
    let mut places = Vec::new();
    for (table, column) in every_column(conn) {
        let value = cast.replace("{c}", &format!("\"{column}\""));
        let sql = format!(
            "SELECT COUNT(*) AS n FROM \"{table}\" WHERE strpos(lower({value}), lower($1)) > 0"
        );
        let sql = match conn {
            DbConnection::Sqlite(_) => sql.replace("strpos(", "instr("),
            DbConnection::Pg(_) => sql,
        };
        let count: Count = diesel::sql_query(sql)
            .bind::<Text, _>(needle)
            .get_result(conn)
            .unwrap();
        if count.n > 0 {
            places.push(format!("{table}.{column}"));
        }
    }
    places
}

async fn erase_and_scan(choice: &str) {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (member, other) = (app.member().await, app.member().await);
    let signed_in = log_in_with_browser_name(&app, &member).await;
    let footprint = footprint(&app, &member, &other).await;
    // An export waits too; it goes with the account.
    signed_in
        .post("/account/export", &[("password", PASSWORD)])
        .await;

    let refused = signed_in
        .post(
            "/account/delete",
            &[("posts", choice), ("confirm", "yes"), ("password", "guess")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = signed_in
        .post(
            "/account/delete",
            &[
                ("posts", choice),
                ("confirm", "yes"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    for browser in [&signed_in, &member.browser] {
        assert_eq!(
            browser.get("/account").await.status,
            StatusCode::SEE_OTHER,
            "signed out"
        );
    }

    let kept: &[&str] = match choice {
        "keep" => &["Zebratitle", "Zebraopening", "Zebrasecond version"],
        _ => &[],
    };
    let mut remains = Vec::new();
    for needle in [member.email.as_str(), member.handle.as_str()]
        .into_iter()
        .chain(footprint.texts.iter().copied())
        .filter(|t| !kept.contains(t))
    {
        for place in app.conn(|c| found_in(c, needle)) {
            remains.push(format!("{needle:?} in {place}"));
        }
    }
    assert!(remains.is_empty(), "erased data remains: {remains:#?}");
    for needle in kept {
        assert!(
            !app.conn(|c| found_in(c, needle)).is_empty(),
            "{needle} was kept"
        );
    }

    // SQLite: after a checkpoint the file itself holds none of it (secure_delete).
    if let Some(path) = app.db.url.strip_suffix("carecircle.db") {
        app.conn(|c| diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)").execute(c))
            .unwrap();
        let file = std::fs::read(format!("{path}carecircle.db")).unwrap();
        let text: String = file
            .iter()
            .map(|b| {
                if b.is_ascii_graphic() || *b == b' ' {
                    *b as char
                } else {
                    '.'
                }
            })
            .collect();
        for needle in [
            member.email.as_str(),
            "Zebraheld",
            "Zebradeleted",
            "Zebrafirst draft",
        ] {
            if let Some(at) = text.find(needle) {
                let around = &text[at.saturating_sub(300)..(at + 100).min(text.len())];
                panic!("{needle:?} in the SQLite file at {at}: {around:?}");
            }
        }
    }

    // Others' words stay readable; the name cannot be taken; the old login is gone (the
    // failed attempt below writes a rate-limit row of its own, so the file was read first).
    let thread = other.get(&format!("/t/{}", footprint.thread)).await;
    assert_eq!(thread.status, StatusCode::OK);
    assert!(thread.body.contains("Otherreply that stays"));
    assert!(thread.body.contains("Former member") || choice == "delete");
    let _ = footprint.others_reply;
    let again = app
        .visitor()
        .post(
            "/register",
            &[
                ("email", "someone.new@example.org"),
                ("handle", &member.handle.to_uppercase()),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("taken"));
    let login = app
        .visitor()
        .post(
            "/login",
            &[("email", &member.email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(login.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app
        .conn(|c| user::find_by_email(c, &member.email))
        .unwrap()
        .is_none());
}

#[actix_web::test]
async fn erasure_keeping_posts_leaves_only_the_published_text_under_former_member() {
    erase_and_scan("keep").await;
}

#[actix_web::test]
async fn erasure_deleting_posts_leaves_nothing_by_the_table_scan() {
    erase_and_scan("delete").await;
}

#[actix_web::test]
async fn staff_erase_on_request_audited_and_a_clinicians_tips_go_back_to_review() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let admin = app.member_with_role(Role::Admin).await;
    let moderator = app.member_with_role(Role::Moderator).await;
    let clinician = app.clinician().await;
    let reviewer = app.clinician().await;
    let tip = app.tip().by(&clinician).approved_by(&reviewer).await;
    assert_eq!(
        app.visitor().get(&format!("/tips/{tip}")).await.status,
        StatusCode::OK
    );

    let path = format!("/admin/users/{}/erase", clinician.id);
    let forbidden = moderator
        .post(&path, &[("posts", "keep"), ("confirm", "yes")])
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    let unconfirmed = admin.post(&path, &[("posts", "keep")]).await;
    assert!(unconfirmed.status.is_client_error());
    let res = admin
        .post(&path, &[("posts", "keep"), ("confirm", "yes")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);

    assert_eq!(
        app.visitor().get(&format!("/tips/{tip}")).await.status,
        StatusCode::NOT_FOUND,
        "unvetted again"
    );
    assert!(reviewer
        .get("/tips/review")
        .await
        .body
        .contains(&format!("/tips/{tip}")));
    let audit = admin.get("/admin/audit").await.body;
    assert!(audit.contains("account_erased_by_staff"));
    assert!(!admin
        .get("/admin/users")
        .await
        .body
        .contains(&clinician.email));
    assert_eq!(
        app.visitor()
            .get(&format!("/u/{}", clinician.handle))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[actix_web::test]
async fn the_only_admin_cannot_erase_their_account() {
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(Role::Admin).await;
    let form = [
        ("posts", "keep"),
        ("confirm", "yes"),
        ("password", PASSWORD),
    ];
    let refused = admin.post("/account/delete", &form).await;
    assert_eq!(
        refused.status,
        StatusCode::CONFLICT,
        "a site keeps an admin"
    );
    assert_eq!(admin.get("/account").await.status, StatusCode::OK);
    let second = app.member_with_role(Role::Admin).await;
    assert_eq!(
        admin.post("/account/delete", &form).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(second.get("/admin").await.status, StatusCode::OK);
}
