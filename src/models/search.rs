//! The search index: the published revision of every published post and of every published
//! tip, kept in step with each write in the write's own transaction. SQLite keeps it in FTS5
//! tables (contentless: the text itself stays in the revisions), PostgreSQL in `tsvector`
//! columns with GIN indexes; the fragments below are the only backend-specific SQL, and
//! readers are filtered again by the visibility rule.

use diesel::dsl::sql;
use diesel::expression::SqlLiteral;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Double, Text};

use crate::db::{Db, DbConnection};
use crate::models::post::Status;
use crate::schema::{post_revisions, posts, tip_revisions, tips};

/// Most words a search uses; the rest of a long query is ignored (and the page says so).
pub const MAX_TERMS: usize = 12;
/// Longest word kept; longer runs of letters are cut.
const MAX_TERM_CHARS: usize = 40;

/// The words of a query: runs of letters and digits, lower-cased. Whatever else the user
/// typed (quotes, operators, brackets, `*`, `NEAR`) is never passed on as query syntax.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Terms {
    pub words: Vec<String>,
    /// The query had more words than `MAX_TERMS`.
    pub cut: bool,
}

impl Terms {
    pub fn parse(query: &str) -> Terms {
        let mut words: Vec<String> = Vec::new();
        for word in query.split(|c: char| !c.is_alphanumeric()) {
            let word: String = word.to_lowercase().chars().take(MAX_TERM_CHARS).collect();
            if !word.is_empty() && !words.contains(&word) {
                words.push(word);
            }
        }
        let cut = words.len() > MAX_TERMS;
        words.truncate(MAX_TERMS);
        Terms { words, cut }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Every word as a quoted FTS5 string (the words hold no quotes), all required.
    fn fts5(&self) -> String {
        let quoted: Vec<String> = self.words.iter().map(|w| format!("\"{w}\"")).collect();
        quoted.join(" ")
    }

    /// Plain words for `plainto_tsquery`, which reads no operators.
    fn plain(&self) -> String {
        self.words.join(" ")
    }
}

/// Which full-text engine the connection's backend uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Engine {
    Fts5,
    Tsvector,
}

impl Engine {
    pub fn of(conn: &DbConnection) -> Engine {
        match conn {
            DbConnection::Sqlite(_) => Engine::Fts5,
            DbConnection::Pg(_) => Engine::Tsvector,
        }
    }
}

/// A piece of SQL that fits in any query over the tables it names.
pub type Fragment<QS, ST> = Box<dyn BoxableExpression<QS, Db, SqlType = ST>>;

/// One of the two indexes: its table and the column naming the indexed row.
#[derive(Clone, Copy)]
pub struct Index {
    table: &'static str,
    key: &'static str,
    /// The row the index entry belongs to, as `table.id`.
    owner: &'static str,
}

pub const POSTS: Index = Index {
    table: "post_search",
    key: "post_id",
    owner: "posts.id",
};
pub const TIPS: Index = Index {
    table: "tip_search",
    key: "tip_id",
    owner: "tips.id",
};

/// Seconds in the 30 days over which relevance halves in the blended order.
const RECENCY_SCALE: f64 = 30.0 * 86_400.0;

/// Relevance blended with recency: divided by (1 + age / 30 days), so a fresh good match
/// beats an old one.
pub fn blended(relevance: f64, created_at: i64, now: i64) -> f64 {
    let age = (now - created_at).max(0) as f64;
    relevance / (1.0 + age / RECENCY_SCALE)
}

impl Index {
    /// The join of an index row to the row it belongs to (by rowid on FTS5, its fast path).
    pub fn joined(self, engine: Engine) -> SqlLiteral<Bool> {
        let key = match engine {
            Engine::Fts5 => "rowid",
            Engine::Tsvector => self.key,
        };
        sql::<Bool>(&format!("{} = {}.{key}", self.owner, self.table))
    }

    /// Index rows holding every word.
    pub fn matching<QS>(self, engine: Engine, terms: &Terms) -> Fragment<QS, Bool> {
        let table = self.table;
        match engine {
            Engine::Fts5 => {
                Box::new(sql::<Bool>(&format!("{table} MATCH ")).bind::<Text, _>(terms.fts5()))
            }
            Engine::Tsvector => Box::new(
                sql::<Bool>(&format!("{table}.document @@ plainto_tsquery('english', "))
                    .bind::<Text, _>(terms.plain())
                    .sql(")"),
            ),
        }
    }

    /// How well an index row matches, higher is better (a title match counts most); it is
    /// computed only for the rows a query returns.
    pub fn relevance<QS>(self, engine: Engine, terms: &Terms) -> Fragment<QS, Double> {
        let table = self.table;
        match engine {
            Engine::Fts5 => Box::new(sql::<Double>(&format!("-bm25({table}, 0.0, 4.0, 1.0)"))),
            Engine::Tsvector => Box::new(
                sql::<Double>(&format!(
                    "ts_rank_cd({table}.document, plainto_tsquery('english', "
                ))
                .bind::<Text, _>(terms.plain())
                .sql("))::float8"),
            ),
        }
    }

    /// Newest entries first: the id order, which FTS5 walks without sorting, so a query with
    /// a limit reads no further than it needs.
    pub fn newest_first(self, engine: Engine) -> SqlLiteral<BigInt> {
        match engine {
            Engine::Fts5 => sql::<BigInt>(&format!("{}.rowid", self.table)),
            Engine::Tsvector => sql::<BigInt>(self.owner),
        }
    }

    /// Replaces the index entry of row `id` with `document` (title, body), or removes it.
    fn replace(
        self,
        conn: &mut DbConnection,
        id: i64,
        document: Option<(String, String)>,
    ) -> QueryResult<()> {
        let (table, key) = (self.table, self.key);
        let sqlite = Engine::of(conn) == Engine::Fts5;
        let delete = match sqlite {
            true => format!("DELETE FROM {table} WHERE rowid = ?"),
            false => format!("DELETE FROM {table} WHERE {key} = $1"),
        };
        diesel::sql_query(delete)
            .bind::<BigInt, _>(id)
            .execute(conn)?;
        let Some((title, body)) = document else {
            return Ok(());
        };
        let insert = match sqlite {
            true => format!("INSERT INTO {table} (rowid, {key}, title, body) VALUES (?, ?, ?, ?)"),
            false => format!(
                "INSERT INTO {table} ({key}, document) VALUES ($1, {})",
                weighted_document("$2", "$3")
            ),
        };
        let query = diesel::sql_query(insert).bind::<BigInt, _>(id);
        match sqlite {
            true => query
                .bind::<BigInt, _>(id)
                .bind::<Text, _>(title)
                .bind::<Text, _>(body)
                .execute(conn)?,
            false => query
                .bind::<Text, _>(title)
                .bind::<Text, _>(body)
                .execute(conn)?,
        };
        Ok(())
    }
}

/// The PostgreSQL document of a title and a body (SQL expressions): the title weighs most.
fn weighted_document(title: &str, body: &str) -> String {
    format!("setweight(to_tsvector('english', {title}), 'A') || setweight(to_tsvector('english', {body}), 'B')")
}

/// Puts a post's index entry in step with the post: its published revision while it is
/// published, nothing otherwise (held, rejected, deleted, gone).
pub fn sync_post(conn: &mut DbConnection, post_id: i64) -> QueryResult<()> {
    let published: Option<(Option<String>, String)> = posts::table
        .inner_join(
            post_revisions::table.on(post_revisions::id
                .nullable()
                .eq(posts::published_revision_id)),
        )
        .filter(posts::id.eq(post_id))
        .filter(posts::status.eq(Status::Published.as_str()))
        .select((post_revisions::title, post_revisions::body_md))
        .first(conn)
        .optional()?;
    let document = published.map(|(title, body)| (title.unwrap_or_default(), body));
    POSTS.replace(conn, post_id, document)
}

/// Puts a tip's index entry in step with the tip: its published revision, if any.
pub fn sync_tip(conn: &mut DbConnection, tip_id: i64) -> QueryResult<()> {
    let published: Option<(String, String)> = tips::table
        .inner_join(
            tip_revisions::table.on(tip_revisions::id.nullable().eq(tips::published_revision_id)),
        )
        .filter(tips::id.eq(tip_id))
        .select((tip_revisions::title, tip_revisions::body_md))
        .first(conn)
        .optional()?;
    TIPS.replace(conn, tip_id, published)
}

/// Rebuilds both indexes from the tables (`carecircle reindex`); returns the entries written.
pub fn rebuild(conn: &mut DbConnection) -> QueryResult<(usize, usize)> {
    let sqlite = Engine::of(conn) == Engine::Fts5;
    let entry = |key: &str| match sqlite {
        true => format!("(rowid, {key}, title, body) SELECT id, id, title, body"),
        false => format!(
            "({key}, document) SELECT id, {}",
            weighted_document("title", "body")
        ),
    };
    let posts_sql = format!(
        "INSERT INTO post_search {} FROM (SELECT p.id, COALESCE(r.title, '') AS title, \
         r.body_md AS body FROM posts p JOIN post_revisions r ON r.id = p.published_revision_id \
         WHERE p.status = 'published') AS published",
        entry("post_id")
    );
    let tips_sql = format!(
        "INSERT INTO tip_search {} FROM (SELECT t.id, r.title, r.body_md AS body \
         FROM tips t JOIN tip_revisions r ON r.id = t.published_revision_id) AS published",
        entry("tip_id")
    );
    conn.transaction(|conn| {
        diesel::sql_query("DELETE FROM post_search").execute(conn)?;
        diesel::sql_query("DELETE FROM tip_search").execute(conn)?;
        let posts = diesel::sql_query(posts_sql).execute(conn)?;
        let tips = diesel::sql_query(tips_sql).execute(conn)?;
        Ok((posts, tips))
    })
}

/// How many entries the post index holds (for `reindex` and the tests).
pub fn post_entries(conn: &mut DbConnection) -> QueryResult<i64> {
    use crate::schema::post_search;
    post_search::table.count().get_result(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_syntax_becomes_plain_words() {
        let terms = Terms::parse(r#"  "side effects" NEAR(rash*, 2) OR -itch ) ( "#);
        assert_eq!(
            terms.words,
            ["side", "effects", "near", "rash", "2", "or", "itch"]
        );
        assert_eq!(
            terms.fts5(),
            r#""side" "effects" "near" "rash" "2" "or" "itch""#
        );
        assert!(!terms.cut);
    }

    #[test]
    fn repeated_words_count_once_and_long_queries_are_cut() {
        let many: String = (0..30).map(|i| format!("word{i} word{i} ")).collect();
        let terms = Terms::parse(&many);
        assert_eq!(terms.words.len(), MAX_TERMS);
        assert!(terms.cut);
        assert_eq!(terms.words[1], "word1");
    }

    #[test]
    fn letters_of_any_script_are_words_and_case_folds() {
        let terms = Terms::parse("Café ÉLAN 発作");
        assert_eq!(terms.words, ["café", "élan", "発作"]);
        assert!(Terms::parse("*** ((( ---").is_empty());
    }

    #[test]
    fn long_words_are_cut() {
        let terms = Terms::parse(&"a".repeat(500));
        assert_eq!(terms.words[0].chars().count(), MAX_TERM_CHARS);
    }
}
