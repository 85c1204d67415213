//! The test harness: `TestApp::spawn()`, browsers with cookie jars, and response helpers.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use actix_web::body::MessageBody;
use actix_web::cookie::Cookie;
use actix_web::dev::Service;
use actix_web::http::{header, StatusCode};
use actix_web::{test, web};
use carecircle::auth::Role;
use carecircle::config::Config;
use carecircle::db::{self, DbConnection};
use carecircle::models::post::Post;
use carecircle::models::thread::Audience;
use carecircle::models::{community, user};
use carecircle::schema::{post_revisions, posts};
use carecircle::startup;
use carecircle::state::AppState;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use futures_util::future::LocalBoxFuture;

use crate::smtp::{Received, TestSmtp};

type Call = Rc<dyn Fn(actix_http::Request) -> LocalBoxFuture<'static, TestResponse>>;

/// A fresh database: a SQLite file in a temporary folder, or a new PostgreSQL database.
pub struct TestDb {
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    SqliteDir(std::path::PathBuf),
    PgDatabase { admin_url: String, name: String },
}

impl TestDb {
    pub fn create() -> TestDb {
        let name = format!(
            "cc_test_{}",
            carecircle::auth::hex(&carecircle::auth::random_bytes::<6>())
        );
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                let mut admin = diesel::PgConnection::establish(&admin_url)
                    .expect("TEST_DATABASE_URL must be reachable");
                admin
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("create test database");
                let url = replace_database(&admin_url, &name);
                TestDb {
                    url,
                    cleanup: Cleanup::PgDatabase { admin_url, name },
                }
            }
            _ => {
                let dir = std::env::temp_dir().join(name);
                std::fs::create_dir_all(&dir).expect("temp dir");
                let url = dir.join("carecircle.db").to_string_lossy().into_owned();
                TestDb {
                    url,
                    cleanup: Cleanup::SqliteDir(dir),
                }
            }
        }
    }
}

fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let cut = base
        .rfind('/')
        .filter(|&i| i > base.find("://").map_or(0, |s| s + 2))
        .unwrap_or(base.len());
    let mut out = format!("{}/{name}", &base[..cut]);
    if let Some(q) = query {
        out = format!("{out}?{q}");
    }
    out
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::SqliteDir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::PgDatabase { admin_url, name } => {
                if let Ok(mut admin) = diesel::PgConnection::establish(admin_url) {
                    let _ = admin
                        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                }
            }
        }
    }
}

pub struct TestApp {
    pub state: web::Data<AppState>,
    call: Call,
    /// The SMTP server this app sends to (none when a test points SMTP_URL elsewhere).
    pub smtp: Option<TestSmtp>,
    // Dropped last: the pool inside `state` must not outlive its database.
    pub db: TestDb,
}

static HANDLES: AtomicU32 = AtomicU32::new(1);

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| None).await
    }

    /// Spawns with extra configuration (`key -> value`) on top of the test defaults.
    pub async fn spawn_with(overrides: impl Fn(&str) -> Option<String>) -> TestApp {
        let db = TestDb::create();
        let url = db.url.clone();
        let smtp = overrides("SMTP_URL").is_none().then(|| TestSmtp::start(0));
        let smtp_url = smtp.as_ref().map(TestSmtp::url);
        let config = Config::from_lookup(|key| {
            overrides(key).or_else(|| match key {
                "DATABASE_URL" => Some(url.clone()),
                "SMTP_URL" => smtp_url.clone(),
                "SEED_DEMO_COMMUNITIES" => Some("false".into()),
                "DB_POOL_SIZE" => Some("4".into()),
                // Tests change rows behind the server's back; caching.rs and the leak suite
                // turn the page cache on.
                "PAGE_CACHE_SECONDS" => Some("0".into()),
                // Tests make many accounts and posts from one address; limits.rs lowers them.
                "LOGIN_ATTEMPTS_PER_ACCOUNT"
                | "LOGIN_FAILURES_PER_ACCOUNT"
                | "LOGIN_ATTEMPTS_PER_IP"
                | "REGISTRATIONS_PER_IP"
                | "POSTS_PER_MEMBER_MINUTE" => Some("100000".into()),
                _ => None,
            })
        })
        .expect("test config");
        let state = web::Data::from(AppState::build(config).expect("app state"));
        let service = Rc::new(test::init_service(startup::app(state.clone())).await);
        let call: Call = Rc::new(move |req| {
            let service = service.clone();
            Box::pin(async move {
                let res = service.call(req).await.expect("service call");
                TestResponse::read(res).await
            })
        });
        TestApp {
            state,
            call,
            smtp,
            db,
        }
    }

    /// A browser with an empty cookie jar.
    pub fn visitor(&self) -> Browser {
        Browser {
            call: self.call.clone(),
            jar: Rc::new(RefCell::new(HashMap::new())),
        }
    }

    /// A registered, logged-in member with a unique handle, email not yet confirmed.
    /// Registration does not sign in (it answers the same for a taken address), so the
    /// member logs in with the password after registering, as a person would.
    pub async fn unconfirmed_member(&self) -> Member {
        let n = HANDLES.fetch_add(1, Ordering::Relaxed);
        let handle = format!("member{n}");
        let email = format!("{handle}@example.org");
        let browser = self.visitor();
        let res = browser
            .post(
                "/register",
                &[
                    ("email", &email),
                    ("handle", &handle),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "registration failed: {}",
            res.body
        );
        let res = browser
            .post("/login", &[("email", &email), ("password", PASSWORD)])
            .await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "login failed: {}",
            res.body
        );
        let id = self
            .conn(|c| user::find_by_handle(c, &handle))
            .expect("db")
            .expect("user")
            .id;
        Member {
            browser,
            handle,
            email,
            id,
        }
    }

    /// A member whose address is confirmed (arranged in the database; the email path
    /// itself is tested in `email.rs`).
    pub async fn member(&self) -> Member {
        let member = self.unconfirmed_member().await;
        self.conn(|c| user::set_email_verified(c, member.id, db::now()))
            .expect("confirm email");
        member
    }

    /// Sends what the outbox holds now, as the background worker would.
    pub async fn deliver_mail(&self) -> usize {
        carecircle::mail::deliver_due(&self.state)
            .await
            .expect("outbox run")
    }

    /// Everything the test SMTP server received, after delivering what is due.
    pub async fn sent_emails(&self) -> Vec<Received> {
        self.deliver_mail().await;
        self.smtp
            .as_ref()
            .expect("this app has a test SMTP server")
            .received()
    }

    pub async fn member_with_role(&self, role: Role) -> Member {
        let member = self.member().await;
        self.conn(|c| user::set_role(c, member.id, role))
            .expect("set role");
        member
    }

    /// Runs a query on the test database directly (arrange and assert, never the code under test).
    pub fn conn<T>(&self, work: impl FnOnce(&mut DbConnection) -> T) -> T {
        let mut conn = self.state.pool.get().expect("pooled connection");
        work(&mut conn)
    }

    /// A post's row as stored (status, review, revision pointers).
    pub fn post_row(&self, id: i64) -> Post {
        self.conn(|c| posts::table.find(id).select(Post::as_select()).first(c))
            .expect("post row")
    }

    /// The Markdown of the revision readers see, if any.
    pub fn published_text(&self, post_id: i64) -> Option<String> {
        let revision = self.post_row(post_id).published_revision_id?;
        self.conn(|c| {
            post_revisions::table
                .find(revision)
                .select(post_revisions::body_md)
                .first(c)
        })
        .ok()
    }

    /// Every stored text of a post, in every revision: what a purge must remove.
    pub fn stored_texts(&self, post_id: i64) -> Vec<String> {
        self.conn(|c| {
            post_revisions::table
                .filter(post_revisions::post_id.eq(post_id))
                .select(post_revisions::body_md)
                .load(c)
        })
        .expect("revisions")
    }

    /// The opening post of a thread.
    pub fn opening_post(&self, thread_id: i64) -> i64 {
        self.conn(|c| {
            posts::table
                .filter(posts::thread_id.eq(thread_id))
                .filter(posts::is_opening.eq(true))
                .select(posts::id)
                .first(c)
        })
        .expect("opening post")
    }

    /// A public community created straight in the database.
    pub fn community(&self, slug: &str) -> community::Community {
        self.community_for(slug, Audience::Public)
    }

    /// A community as stored now.
    pub fn community_row(&self, slug: &str) -> community::Community {
        self.conn(|c| community::find_by_slug(c, slug))
            .expect("community")
    }

    /// A community whose new discussions are for `audience`.
    pub fn community_for(&self, slug: &str, audience: Audience) -> community::Community {
        self.conn(|c| {
            community::insert(
                c,
                &community::NewCommunity {
                    slug,
                    name: &format!("Community {slug}"),
                    description: "A test community",
                    guidelines_md: "Be kind.",
                    guidelines_html: "<p>Be kind.</p>",
                    created_at: db::now(),
                    reading: community::Reading {
                        default_audience: audience.as_str().into(),
                        noindex: false,
                        specialties: String::new(),
                        clinicians_read: false,
                    },
                },
            )
        })
        .expect("insert community")
    }
}

pub const PASSWORD: &str = "correct horse battery";

pub struct Member {
    pub browser: Browser,
    pub handle: String,
    pub email: String,
    pub id: i64,
}

impl std::ops::Deref for Member {
    type Target = Browser;
    fn deref(&self) -> &Browser {
        &self.browser
    }
}

impl Member {
    pub async fn join(&self, slug: &str) {
        let res = self
            .post(&format!("/c/{slug}/join"), &[("accept_guidelines", "yes")])
            .await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "join failed: {}",
            res.body
        );
    }

    /// Starts a thread and returns its id.
    pub async fn start_thread(&self, slug: &str, title: &str, body: &str) -> i64 {
        let res = self
            .post(
                &format!("/c/{slug}/new"),
                &[("title", title), ("body", body)],
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "thread failed: {}",
            res.body
        );
        res.location()
            .trim_start_matches("/t/")
            .parse()
            .expect("thread id in location")
    }

    /// A moderator's decision sent the way the queue page offers it: with the revision the
    /// page shows for that post, when it shows one.
    pub async fn moderate(
        &self,
        post_id: i64,
        action: &str,
        fields: &[(&str, &str)],
    ) -> TestResponse {
        let path = format!("/mod/posts/{post_id}/{action}");
        let revision = self.get("/mod/queue").await.form_input(&path, "revision");
        let mut all: Vec<(&str, &str)> =
            revision.iter().map(|r| ("revision", r.as_str())).collect();
        all.extend_from_slice(fields);
        self.post(&path, &all).await
    }

    /// A tip review sent from the tip's page, with the revision the page shows.
    pub async fn review_tip(&self, tip_id: i64, fields: &[(&str, &str)]) -> TestResponse {
        let path = format!("/tips/{tip_id}/review");
        let revision = self
            .get(&format!("/tips/{tip_id}"))
            .await
            .form_input(&path, "revision");
        let mut all: Vec<(&str, &str)> =
            revision.iter().map(|r| ("revision", r.as_str())).collect();
        all.extend_from_slice(fields);
        self.post(&path, &all).await
    }

    /// Replies and returns the new post's id.
    pub async fn reply(&self, thread_id: i64, body: &str) -> i64 {
        let res = self
            .post(&format!("/t/{thread_id}/reply"), &[("body", body)])
            .await;
        assert_eq!(
            res.status,
            StatusCode::SEE_OTHER,
            "reply failed: {}",
            res.body
        );
        res.location()
            .trim_start_matches("/p/")
            .parse()
            .expect("post id in location")
    }
}

/// One visitor: a cookie jar that sends CSRF tokens the way the pages' forms do.
#[derive(Clone)]
pub struct Browser {
    call: Call,
    pub jar: Rc<RefCell<HashMap<String, String>>>,
}

impl Browser {
    pub async fn get(&self, path: &str) -> TestResponse {
        let req = test::TestRequest::get().uri(path);
        self.send(req).await
    }

    /// Posts a form with the CSRF token a page would have embedded.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &token)];
        all.extend_from_slice(fields);
        self.post_raw(path, serde_urlencoded::to_string(&all).expect("form"))
            .await
    }

    /// Posts JSON the way the site's own scripts do: the session cookie and the CSRF header.
    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> TestResponse {
        let token = self.csrf_token().await;
        let req = test::TestRequest::post()
            .uri(path)
            .insert_header((header::CONTENT_TYPE, "application/json"))
            .insert_header(("x-csrf-token", token))
            .set_payload(body.to_string());
        self.send(req).await
    }

    /// The token the pages' forms embed: derived from the session when signed in, else the
    /// visitor's cookie (fetched with a first page view).
    pub async fn csrf_token(&self) -> String {
        if let Some(session) = self.cookie("cc_session") {
            return carecircle::auth::csrf_token_for_session(&session);
        }
        if self.cookie("cc_csrf").is_none() {
            self.get("/").await;
        }
        self.cookie("cc_csrf").unwrap_or_default()
    }

    /// Posts a body exactly as given (no token added).
    pub async fn post_raw(&self, path: &str, body: impl Into<web::Bytes>) -> TestResponse {
        let req = test::TestRequest::post()
            .uri(path)
            .insert_header((header::CONTENT_TYPE, "application/x-www-form-urlencoded"))
            .set_payload(body.into());
        self.send(req).await
    }

    pub async fn send(&self, mut req: test::TestRequest) -> TestResponse {
        for (name, value) in self.jar.borrow().iter() {
            req = req.cookie(Cookie::new(name.clone(), value.clone()));
        }
        let res = (self.call)(req.to_request()).await;
        self.store_cookies(&res);
        res
    }

    fn store_cookies(&self, res: &TestResponse) {
        let mut jar = self.jar.borrow_mut();
        for cookie in &res.set_cookies {
            let removed = cookie
                .max_age()
                .is_some_and(|a| a.is_zero() || a.is_negative())
                || cookie.value().is_empty();
            if removed {
                jar.remove(cookie.name());
            } else {
                jar.insert(cookie.name().to_string(), cookie.value().to_string());
            }
        }
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.jar.borrow().get(name).cloned()
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: header::HeaderMap,
    pub body: String,
    /// The body as sent (a download is not text).
    pub bytes: Vec<u8>,
    pub set_cookies: Vec<Cookie<'static>>,
}

impl TestResponse {
    async fn read<B: MessageBody>(res: actix_web::dev::ServiceResponse<B>) -> TestResponse {
        let status = res.status();
        let headers = res.headers().clone();
        let set_cookies = headers
            .get_all(header::SET_COOKIE)
            .filter_map(|v| Cookie::parse(v.to_str().ok()?.to_string()).ok())
            .collect();
        let body = actix_web::body::to_bytes(res.into_body())
            .await
            .ok()
            .unwrap_or_default();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
            bytes: body.to_vec(),
            set_cookies,
        }
    }

    pub fn location(&self) -> String {
        self.header(header::LOCATION.as_str()).unwrap_or_default()
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    pub fn set_cookie(&self, name: &str) -> Option<&Cookie<'static>> {
        self.set_cookies.iter().find(|c| c.name() == name)
    }

    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// Text of every element matching a CSS selector.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("selector");
        self.html()
            .select(&selector)
            .map(|e| e.text().collect::<String>().trim().to_string())
            .collect()
    }

    /// An attribute of every element matching a CSS selector.
    pub fn texts_attr(&self, selector: &str, attribute: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("selector");
        self.html()
            .select(&selector)
            .filter_map(|e| e.value().attr(attribute).map(str::to_string))
            .collect()
    }

    /// The value of a named input inside the form that posts to `action`.
    pub fn form_input(&self, action: &str, name: &str) -> Option<String> {
        let html = self.html();
        let selector = format!("form[action='{action}'] input[name='{name}']");
        let selector = scraper::Selector::parse(&selector).expect("selector");
        html.select(&selector)
            .next()
            .and_then(|e| e.value().attr("value").map(str::to_string))
    }

    /// The value of a form field as the page shows it (input value or textarea text).
    pub fn field_value(&self, name: &str) -> Option<String> {
        let html = self.html();
        let input = scraper::Selector::parse(&format!("input[name='{name}']")).expect("selector");
        if let Some(e) = html.select(&input).next() {
            return e.value().attr("value").map(str::to_string);
        }
        let area = scraper::Selector::parse(&format!("textarea[name='{name}']")).expect("selector");
        html.select(&area).next().map(|e| e.text().collect())
    }
}
