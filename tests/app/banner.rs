use carecircle::config::DEFAULT_BANNER;

use crate::helpers::TestApp;

fn banner_of(body: &str) -> String {
    let html = scraper::Html::parse_document(body);
    let selector = scraper::Selector::parse(".advice-banner").unwrap();
    html.select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect()
}

#[actix_web::test]
async fn every_content_page_carries_the_medical_advice_banner() {
    let app = TestApp::spawn().await;
    app.community("asthma");
    let ana = app.member().await;
    ana.join("asthma").await;
    let thread = ana.start_thread("asthma", "Banner check", "Body").await;
    let reply = ana.reply(thread, "Reply").await;
    let pages = [
        "/".to_string(),
        "/c/asthma".into(),
        format!("/t/{thread}"),
        format!("/t/{thread}?page=1"),
        format!("/u/{}", ana.handle),
        "/c/asthma/new".into(),
        "/c/asthma/join".into(),
        format!("/p/{reply}/edit"),
        "/no/such/page".into(),
    ];

    for path in pages {
        let res = ana.get(&path).await;
        let banner = banner_of(&res.body);
        assert!(banner.contains("Not medical advice"), "{path}: {banner:?}");
        assert!(banner.contains(DEFAULT_BANNER), "{path}: {banner:?}");
    }
}

#[actix_web::test]
async fn the_banner_wording_is_configurable() {
    let app = TestApp::spawn_with(|k| {
        (k == "BANNER_TEXT").then(|| "Peer support only, not clinical care.".into())
    })
    .await;

    let res = app.visitor().get("/").await;

    assert!(banner_of(&res.body).contains("Peer support only, not clinical care."));
}
