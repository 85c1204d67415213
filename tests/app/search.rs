//! Search: published posts and vetted tips found by their words, on both backends, and never
//! anything the viewer may not read (held, rejected, deleted, hidden by reports, members-only,
//! pending edits), in results, snippets or counts; hostile queries are plain words.

use actix_web::http::StatusCode;
use carecircle::models::search as index;
use carecircle::models::thread::Audience;
use diesel::prelude::*;

use crate::builders::HELD_SENTENCE;
use crate::helpers::{Browser, TestApp, TestResponse};

async fn find(browser: &Browser, query: &str) -> TestResponse {
    let encoded: String = url_encode(query);
    browser.get(&format!("/search?{encoded}")).await
}

fn url_encode(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => format!(
                "{k}={}",
                percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)
            ),
            None => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The links of the results, in order.
fn hits(res: &TestResponse) -> Vec<String> {
    let html = res.html();
    let selector = scraper::Selector::parse(".search-hit .hit-title a").unwrap();
    html.select(&selector)
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect()
}

fn marked(res: &TestResponse) -> Vec<String> {
    res.texts(".search-hit mark")
}

#[actix_web::test]
async fn finds_published_posts_by_title_and_body_once_per_discussion() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    let started = app
        .thread()
        .by(&ana)
        .titled("Spacer technique for children")
        .saying("My son hates the mask.")
        .await;
    ben.join("asthma").await;
    let reply = ben
        .reply(
            started.thread,
            "A spacer with a valve made it easier; **count to ten**.",
        )
        .await;
    let other = app
        .thread()
        .by(&ben)
        .titled("Pollen counts")
        .saying("Grass pollen is high.")
        .await;

    let visitor = app.visitor();
    let by_title = find(&visitor, "q=technique").await;
    assert_eq!(by_title.status, StatusCode::OK);
    assert_eq!(hits(&by_title), [format!("/t/{}", started.thread)]);
    assert_eq!(marked(&by_title), ["technique"]);

    let by_body = find(&visitor, "q=valve easier").await;
    assert_eq!(
        hits(&by_body),
        [format!("/p/{reply}")],
        "the best post of the discussion"
    );
    assert!(by_body.body.contains("1 discussion,"), "{}", by_body.body);
    assert_eq!(marked(&by_body), ["valve", "easier"]);
    assert!(
        by_body.body.contains("count to ten"),
        "the snippet is the post's words without markup"
    );

    let both_posts = find(&visitor, "q=spacer").await;
    assert_eq!(
        hits(&both_posts).len(),
        1,
        "one discussion, however many posts match"
    );
    assert!(both_posts.body.contains("1 discussion,"));

    let all_words = find(&visitor, "q=spacer pollen").await;
    assert!(hits(&all_words).is_empty(), "every word must match");
    let stemmed = find(&visitor, "q=Spacers").await;
    assert_eq!(hits(&stemmed).len(), 1, "word endings are ignored");
    let _ = other;
}

#[actix_web::test]
async fn held_rejected_deleted_and_pending_text_is_never_found() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    let moderator = app
        .member_with_role(carecircle::auth::Role::Moderator)
        .await;
    let held = app
        .thread()
        .by(&ana)
        .titled("Quinceheld title")
        .saying("Quinceheld body")
        .held()
        .await;
    let open = app.thread().by(&ana).titled("Open thread").await;
    ben.join("asthma").await;
    let deleted = ben.reply(open.thread, "Quincedeleted words").await;
    assert_eq!(
        ben.post(&format!("/p/{deleted}/delete"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let rejected = ben
        .reply(open.thread, &format!("Quincerejected {HELD_SENTENCE}"))
        .await;
    let res = moderator
        .moderate(rejected, "reject", &[("reason", "Identifier")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let edited = ben.reply(open.thread, "Quincepublished first words").await;
    let res = ben
        .post(
            &format!("/p/{edited}/edit"),
            &[("body", &format!("Quincepending {HELD_SENTENCE}"))],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    for browser in [
        app.visitor(),
        ben.browser.clone(),
        ana.browser.clone(),
        moderator.browser.clone(),
    ] {
        for word in [
            "quinceheld",
            "quincedeleted",
            "quincerejected",
            "quincepending",
        ] {
            let res = find(&browser, &format!("q={word}")).await;
            assert!(hits(&res).is_empty(), "{word} found");
            assert!(!res.body.contains("Quince"), "{word}: {}", res.body);
            assert!(res.body.contains("No discussions you can read"));
        }
        let published = find(&browser, "q=quincepublished").await;
        assert_eq!(
            hits(&published),
            [format!("/p/{edited}")],
            "the published text stays"
        );
        assert!(!published.body.contains("Quincepending"));
    }

    let res = moderator.moderate(held.opening, "approve", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let approved = find(&app.visitor(), "q=quinceheld").await;
    assert_eq!(
        hits(&approved),
        [format!("/t/{}", held.thread)],
        "found once approved"
    );
}

#[actix_web::test]
async fn a_post_hidden_by_reports_leaves_the_results_until_it_is_approved() {
    let app = TestApp::spawn_with(|key| (key == "REPORTS_TO_HIDE").then(|| "1".into())).await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    let moderator = app
        .member_with_role(carecircle::auth::Role::Moderator)
        .await;
    let started = app
        .thread()
        .by(&ana)
        .titled("Nebuliser")
        .saying("Quincereported text")
        .await;
    assert_eq!(
        hits(&find(&app.visitor(), "q=quincereported").await).len(),
        1
    );
    ben.join("asthma").await;
    let res = ben
        .post(
            &format!("/p/{}/report", started.opening),
            &[("reason", "spam")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    for browser in [app.visitor(), ben.browser.clone()] {
        let res = find(&browser, "q=quincereported").await;
        assert!(hits(&res).is_empty());
        assert!(!res.body.contains("Quincereported"));
    }
    let res = moderator.moderate(started.opening, "approve", &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        hits(&find(&app.visitor(), "q=quincereported").await).len(),
        1
    );
}

#[actix_web::test]
async fn members_only_discussions_are_found_by_members_alone_and_not_counted_for_others() {
    let app = TestApp::spawn().await;
    app.community_for("lupus", Audience::Members);
    app.community("asthma");
    let (author, member, outsider) = (app.member().await, app.member().await, app.member().await);
    member.join("lupus").await;
    let private = app
        .thread()
        .by(&author)
        .in_community("lupus")
        .titled("Quincesun flares")
        .await;
    let public = app
        .thread()
        .by(&author)
        .in_community("asthma")
        .titled("Quincesun and asthma")
        .await;
    let found = find(&member, "q=quincesun").await;
    assert_eq!(hits(&found).len(), 2);
    assert!(found.body.contains("2 discussions"));
    assert!(found.body.contains("Members only"));
    for browser in [app.visitor(), outsider.browser.clone()] {
        let res = find(&browser, "q=quincesun").await;
        assert_eq!(hits(&res), [format!("/t/{}", public.thread)]);
        assert!(
            res.body.contains("1 discussion,"),
            "the count holds only what they read"
        );
        assert!(!res.body.contains("Quincesun flares"));
    }
    let scoped = find(&member, "q=quincesun&c=lupus").await;
    assert_eq!(
        hits(&scoped),
        [format!("/t/{}", private.thread)],
        "search this community"
    );
    assert_eq!(
        find(&member, "q=quincesun&c=nowhere").await.status,
        StatusCode::NOT_FOUND
    );
}

#[actix_web::test]
async fn vetted_tips_are_found_and_marked_and_waiting_ones_are_not() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (clinician, reviewer) = (app.clinician().await, app.clinician().await);
    let vetted = app
        .tip()
        .by(&clinician)
        .titled("Quincetip rinse after steroid inhalers")
        .approved_by(&reviewer)
        .await;
    let waiting = app.tip().by(&clinician).titled("Quincetip waiting").await;
    let member = app.member().await;
    for browser in [app.visitor(), member.browser.clone()] {
        let res = find(&browser, "q=quincetip").await;
        assert_eq!(hits(&res), [format!("/tips/{vetted}")]);
        assert!(res.body.contains("Vetted tip"));
        assert!(!res.body.contains("Quincetip waiting"));
        let only = find(&browser, "q=quincetip&tips=only").await;
        assert_eq!(hits(&only), [format!("/tips/{vetted}")]);
    }
    let _ = waiting;
}

#[actix_web::test]
async fn newest_first_or_best_match_blended_with_recency() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    let strong = app
        .thread()
        .by(&ana)
        .titled("Montelukast dreams")
        .saying("Montelukast gave me vivid dreams; after stopping montelukast they went.")
        .await;
    let weak = app
        .thread()
        .by(&ana)
        .titled("Week two")
        .saying("Busy week. My cousin mentioned montelukast once.")
        .await;
    // The strong match is five days older than the passing mention.
    app.conn(|c| {
        use carecircle::schema::posts;
        diesel::update(posts::table.find(strong.opening))
            .set(posts::created_at.eq(posts::created_at - 5 * 86_400))
            .execute(c)
    })
    .unwrap();
    let best = find(&app.visitor(), "q=montelukast").await;
    assert_eq!(
        hits(&best),
        [
            format!("/t/{}", strong.thread),
            format!("/t/{}", weak.thread)
        ]
    );
    let newest = find(&app.visitor(), "q=montelukast&sort=new").await;
    assert_eq!(
        hits(&newest),
        [
            format!("/t/{}", weak.thread),
            format!("/t/{}", strong.thread)
        ]
    );
}

#[actix_web::test]
async fn by_a_member_follows_their_profile_choice_and_never_lists_crisis_posts() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    ben.join("asthma").await;
    let started = app.thread().by(&ana).titled("Quincebyword one").await;
    let crisis = ana
        .reply(
            started.thread,
            "Quincebyword I want to end my life, I can't go on anymore.",
        )
        .await;
    let mine = find(&ana, &format!("q=quincebyword&by={}", ana.handle)).await;
    assert_eq!(hits(&mine).len(), 1);
    let theirs = find(&ben, &format!("q=quincebyword&by={}", ana.handle)).await;
    assert_eq!(
        hits(&theirs),
        [format!("/t/{}", started.thread)],
        "not the crisis post"
    );
    let plain = find(&ben, "q=quincebyword life").await;
    assert!(
        hits(&plain).is_empty(),
        "a crisis post is not brought to others by search"
    );
    let own = find(&ana, "q=quincebyword life").await;
    assert_eq!(
        hits(&own),
        [format!("/p/{crisis}")],
        "its author still finds it"
    );

    let res = ana
        .post("/account/profile-posts", &[("profile_posts", "nobody")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let hidden = find(&ben, &format!("q=quincebyword&by={}", ana.handle)).await;
    assert!(
        hits(&hidden).is_empty(),
        "nobody sees their posts listed by author"
    );
    let unknown = find(&ben, "q=quincebyword&by=nobody_here").await;
    assert!(unknown.body.contains("No member goes by"));
}

/// Query text that is syntax in FTS5 or tsquery, markup, and sheer length.
const HOSTILE: [&str; 22] = [
    "\"",
    "\"unbalanced quote",
    "a\" OR \"b",
    "NEAR(spacer valve, 2)",
    "spacer NEAR valve",
    "spa*",
    "*",
    "^spacer",
    "spacer AND NOT valve",
    "spacer OR",
    "(((",
    ")",
    "title:spacer",
    "{title body}: spacer",
    "spacer & valve | !pollen",
    "spacer:*",
    "'; DROP TABLE posts; --",
    "<script>alert(1)</script>",
    "%00%27",
    "\u{0}\u{1}",
    "🫁 inhaler",
    "-",
];

#[actix_web::test]
async fn hostile_queries_are_plain_words_or_a_clear_422_never_an_error() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    app.thread()
        .by(&ana)
        .titled("Spacer and valve")
        .saying("A spacer with a valve.")
        .await;
    let visitor = app.visitor();
    for query in HOSTILE {
        let encoded =
            percent_encoding::utf8_percent_encode(query, percent_encoding::NON_ALPHANUMERIC);
        let res = visitor.get(&format!("/search?q={encoded}")).await;
        assert_eq!(res.status, StatusCode::OK, "{query:?}: {}", res.body);
        assert!(!res.body.contains("<script>alert"), "{query:?} is escaped");
    }
    let operators = find(&visitor, "q=spacer NEAR valve").await;
    assert!(
        hits(&operators).is_empty(),
        "NEAR is a word to find, not an operator"
    );
    let quoted = find(&visitor, "q=\"spacer\" valve)").await;
    assert_eq!(hits(&quoted).len(), 1, "quotes and brackets are ignored");

    let long = find(&visitor, &format!("q={}", "spacer ".repeat(150))).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(long.body.contains("at most 300 characters"));
    assert!(
        long.body.contains("spacer spacer"),
        "what was typed is shown again"
    );
    let many_words: String = (0..40).map(|i| format!("w{i} ")).collect();
    let cut = find(&visitor, &format!("q={many_words}")).await;
    assert_eq!(cut.status, StatusCode::OK);
    assert!(cut.body.contains("Only the first 12 words were used"));
    for bad in [
        "page=0",
        "page=abc",
        "page=99999999999999999999",
        "q=a&page=51",
        "q=a&by=\u{0}",
        "q=a&c=as\u{0}thma",
    ] {
        let res = find(&visitor, bad).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let raw = visitor.get("/search?q=spacer&q=twice").await;
    assert!(
        raw.status.is_success(),
        "a malformed query string shows the empty form"
    );
}

#[actix_web::test]
async fn the_index_follows_every_write_and_reindex_rebuilds_it() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let (ana, ben) = (app.member().await, app.member().await);
    let started = app
        .thread()
        .by(&ana)
        .titled("Index me")
        .saying("First words")
        .await;
    ben.join("asthma").await;
    let reply = ben.reply(started.thread, "Quinceedit before").await;
    let res = ben
        .post(&format!("/p/{reply}/edit"), &[("body", "Quinceedit after")])
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let after = find(&app.visitor(), "q=after quinceedit").await;
    assert_eq!(hits(&after), [format!("/p/{reply}")]);
    assert!(hits(&find(&app.visitor(), "q=before").await).is_empty());

    let entries = app.conn(index::post_entries).unwrap();
    assert_eq!(entries, 2, "one entry per published post");
    app.conn(|c| diesel::sql_query("DELETE FROM post_search").execute(c))
        .unwrap();
    assert!(hits(&find(&app.visitor(), "q=quinceedit").await).is_empty());
    let (posts, tips) = app.conn(index::rebuild).unwrap();
    assert_eq!((posts, tips), (2, 0));
    assert_eq!(
        hits(&find(&app.visitor(), "q=quinceedit after").await).len(),
        1
    );
}

#[actix_web::test]
async fn every_page_has_a_search_box_and_a_community_page_searches_itself() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    for path in ["/", "/c/asthma", "/tips", "/search"] {
        let page = app.visitor().get(path).await;
        assert!(page.body.contains("class=\"header-search\""), "{path}");
    }
    let community = app.visitor().get("/c/asthma").await;
    assert!(community.body.contains("Search this community"));
    assert_eq!(
        community.form_input("/search", "c").as_deref(),
        Some("asthma")
    );
    let empty = app.visitor().get("/search").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("Type some words"));
    assert_eq!(empty.header("x-robots-tag").as_deref(), Some("noindex"));
}

#[actix_web::test]
async fn admins_find_members_by_handle_and_by_email_and_each_email_lookup_is_audited() {
    use carecircle::models::audit;
    let app = TestApp::spawn().await;
    let admin = app.member_with_role(carecircle::auth::Role::Admin).await;
    let (ana, ben) = (app.member().await, app.member().await);
    let by_handle = admin
        .get(&format!("/admin/users?q={}", ana.handle.to_uppercase()))
        .await;
    assert_eq!(by_handle.status, StatusCode::OK);
    assert!(by_handle.body.contains(&ana.handle));
    assert!(
        !by_handle.body.contains(&ben.email),
        "only the accounts found"
    );
    let lookups = |app: &TestApp| {
        app.conn(|c| audit::recent(c, 100))
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "account_lookup_by_email")
            .count()
    };
    assert_eq!(lookups(&app), 0, "a lookup by handle is not audited");

    let encoded =
        percent_encoding::utf8_percent_encode(&ben.email, percent_encoding::NON_ALPHANUMERIC);
    let by_email = admin.get(&format!("/admin/users?q={encoded}")).await;
    assert!(by_email.body.contains(&ben.handle));
    assert!(!by_email.body.contains(&ana.email));
    let entries = app.conn(|c| audit::for_user(c, ben.id, None, 10)).unwrap();
    assert!(
        entries.iter().any(|e| e.action == "account_lookup_by_email"
            && e.actor_handle.as_deref() == Some(admin.handle.as_str())),
        "{entries:?}"
    );
    assert_eq!(lookups(&app), 1);
    let wildcard = admin.get("/admin/users?q=%25_").await;
    assert!(
        !wildcard.body.contains(&ana.handle),
        "LIKE wildcards are plain characters"
    );
    for browser in [ana.browser.clone(), app.visitor()] {
        let res = browser.get(&format!("/admin/users?q={encoded}")).await;
        assert!(!res.body.contains(&ben.email));
    }
}

#[actix_web::test]
async fn a_search_in_words_of_crisis_shows_the_crisis_lines_first() {
    let app = TestApp::spawn().await;
    let res = find(&app.visitor(), "q=i want to end my life").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("You are not alone"), "{}", res.body);
    assert!(res.body.contains("988"));
    let ordinary = find(&app.visitor(), "q=inhaler technique").await;
    assert!(!ordinary.body.contains("You are not alone"));
}
