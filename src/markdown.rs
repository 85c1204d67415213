//! Markdown to sanitized HTML, done once when a post is written.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .link_rel(Some("nofollow ugc noopener"))
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .rm_tags(["img"]);
    builder
});

/// Renders Markdown to HTML that is safe to show: raw HTML in the source is shown as text,
/// images become plain links (no tracking pixels, no remote loads), and ammonia removes
/// anything that could run script, such as `javascript:` links.
pub fn render(source: &str) -> String {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    let events = Parser::new_ext(source, options).map(neutralize);
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    SANITIZER.clean(&html).to_string()
}

/// The words of a Markdown text without its markup (for search snippets): text and code,
/// one space between blocks and line breaks.
pub fn plain_text(source: &str) -> String {
    let mut text = String::with_capacity(source.len());
    for event in Parser::new_ext(
        source,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    ) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                text.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_)
                if ends_a_line(&event) && !text.is_empty() && !text.ends_with(' ') =>
            {
                text.push(' ')
            }
            _ => {}
        }
    }
    text.trim_end().to_string()
}

/// A break, or the end of a block (not of emphasis or a link, which sit inside a line).
fn ends_a_line(event: &Event<'_>) -> bool {
    match event {
        Event::SoftBreak | Event::HardBreak => true,
        Event::End(end) => !matches!(
            end,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ),
        _ => false,
    }
}

fn neutralize(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Image {
            dest_url,
            title,
            id,
            ..
        }) => Event::Start(Tag::Link {
            link_type: pulldown_cmark::LinkType::Inline,
            dest_url,
            title,
            id,
        }),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::{plain_text, render};

    #[test]
    fn plain_text_keeps_the_words_and_drops_the_markup() {
        let text = plain_text(
            "# Week one\n\n**Metformin** made me [queasy](https://x.org)\n\n- walk `daily`",
        );
        assert_eq!(text, "Week one Metformin made me queasy walk daily");
    }

    #[test]
    fn renders_ordinary_markdown() {
        let html = render("**Metformin** helped\n\n- walk daily\n- sleep");
        assert!(html.contains("<strong>Metformin</strong>"), "{html}");
        assert!(html.contains("<li>walk daily</li>"), "{html}");
    }

    #[test]
    fn raw_html_is_shown_as_text_not_run() {
        for source in [
            "<script>alert(1)</script>",
            "hi <img src=x onerror=alert(1)>",
        ] {
            let html = render(source);
            assert!(!html.contains("<script"), "{html}");
            assert!(!html.contains("<img"), "{html}");
            assert!(html.contains("&lt;"), "{html}");
        }
    }

    #[test]
    fn script_links_lose_their_target() {
        let html = render("[click](javascript:alert(1)) [data](data:text/html,hi)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:text"), "{html}");
    }

    #[test]
    fn links_are_marked_user_generated() {
        let html = render("[ADA](https://diabetes.org)");
        assert!(html.contains(r#"rel="nofollow ugc noopener""#), "{html}");
    }

    #[test]
    fn images_become_links() {
        let html = render("![scan](https://example.org/x.png)");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains(r#"href="https://example.org/x.png""#),
            "{html}"
        );
    }
}
