//! `carecircle seed`: fills a database with realistic forum data for benchmarks and load runs.
//!
//! Rows go in as multi-row `INSERT`s inside one transaction per table, which is what makes
//! a million posts take seconds rather than hours. Every post body goes through the real
//! Markdown renderer and privacy screening, so held posts are held for real reasons.

use std::fmt::Write as _;
use std::time::Instant;

use anyhow::{bail, Context as _};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use crate::auth;
use crate::config::Rules;
use crate::db::{self, DbConnection};
use crate::markdown;
use crate::models::user;
use crate::services::screening;

/// Rows per `INSERT` statement.
const ROWS_PER_STATEMENT: usize = 500;
/// Replies in the thread that load runs read: one full thread page.
pub const BENCH_THREAD_REPLIES: usize = 50;
/// Staff seeded besides the members.
const MODERATORS: usize = 3;
const CLINICIANS: usize = 5;

/// What to create; every seeded account's password is `password` (default `seed-password`).
pub struct Plan {
    pub communities: usize,
    pub threads: usize,
    pub posts: usize,
    pub members: usize,
    pub password: String,
}

impl Plan {
    pub fn from_args(args: &[String]) -> anyhow::Result<Plan> {
        let number = |name: &str, default: usize| -> anyhow::Result<usize> {
            crate::cli::flag(args, name).map_or(Ok(default), |v| {
                v.parse().with_context(|| format!("{name} wants a number"))
            })
        };
        let plan = Plan {
            communities: number("--communities", 20)?,
            threads: number("--threads", 10_000)?,
            posts: number("--posts", 200_000)?,
            members: number("--members", 500)?,
            password: crate::cli::flag(args, "--password")
                .unwrap_or("seed-password")
                .to_string(),
        };
        if plan.communities == 0 || plan.threads == 0 || plan.members == 0 {
            bail!("--communities, --threads and --members must be at least 1");
        }
        if plan.posts < plan.threads + BENCH_THREAD_REPLIES {
            bail!("--posts must be at least --threads + {BENCH_THREAD_REPLIES}: every thread has an opening post");
        }
        Ok(plan)
    }
}

/// What was created, printed as JSON for load scripts to read.
#[derive(serde::Serialize)]
pub struct Report {
    pub users: usize,
    pub communities: usize,
    pub threads: usize,
    pub posts: usize,
    pub held_posts: usize,
    /// A published thread with exactly `BENCH_THREAD_REPLIES` replies.
    pub bench_thread_id: i64,
    pub bench_community_slug: String,
    pub member_handles: String,
    pub seconds: f64,
}

pub fn run(conn: &mut DbConnection, plan: &Plan, rules: &Rules) -> anyhow::Result<Report> {
    let started = Instant::now();
    if count(conn, "SELECT COUNT(*) AS n FROM threads")? > 0 {
        bail!("the database already holds threads; seed an empty database");
    }
    let base = IdBase::read(conn)?;
    let now = db::now();
    let password_hash = auth::hash_password(&plan.password)?;
    let users = insert_users(conn, plan, &base, &password_hash, now)?;
    let slugs = insert_communities(conn, plan, &base, now)?;
    insert_memberships(conn, &users, &base, plan.communities, now)?;
    let mut rng = Rng(0x5eed_cafe_f00d_d00d);
    let threads = plan_threads(plan, &users, &mut rng);
    let timeline = Timeline::new(&threads, plan.posts, now, &mut rng);
    insert_threads(conn, &threads, &timeline, &base)?;
    let held_posts = insert_posts(conn, plan, &threads, &timeline, &base, rules, &mut rng)?;
    crate::models::counters::recount_all(conn)?;
    crate::models::search::rebuild(conn)?;
    if matches!(conn, DbConnection::Pg(_)) {
        advance_sequences(conn)?;
        // Planner statistics for the bulk load, as autovacuum would gather them later.
        diesel::sql_query("ANALYZE").execute(conn)?;
    }
    Ok(Report {
        users: users.len(),
        communities: plan.communities,
        threads: plan.threads,
        posts: plan.posts,
        held_posts,
        bench_thread_id: base.thread + 1,
        bench_community_slug: slugs[0].clone(),
        member_handles: "member1 .. member".to_string() + &plan.members.to_string(),
        seconds: started.elapsed().as_secs_f64(),
    })
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn count(conn: &mut DbConnection, sql: &str) -> anyhow::Result<i64> {
    Ok(diesel::sql_query(sql).get_result::<Count>(conn)?.n)
}

/// The highest id in use per table, so seeded ids follow existing rows.
struct IdBase {
    user: i64,
    community: i64,
    thread: i64,
    post: i64,
}

impl IdBase {
    fn read(conn: &mut DbConnection) -> anyhow::Result<IdBase> {
        let mut max = |table: &str| {
            count(
                conn,
                &format!("SELECT COALESCE(MAX(id), 0) AS n FROM {table}"),
            )
        };
        Ok(IdBase {
            user: max("users")?,
            community: max("communities")?,
            thread: max("threads")?,
            post: max("posts")?.max(max("post_revisions")?),
        })
    }
}

/// Collects rows and writes them as multi-row `INSERT`s.
struct Batch<'c> {
    conn: &'c mut DbConnection,
    head: String,
    sql: String,
    rows: usize,
}

impl<'c> Batch<'c> {
    fn new(conn: &'c mut DbConnection, table: &str, columns: &str) -> Batch<'c> {
        Batch {
            conn,
            head: format!("INSERT INTO {table} ({columns}) VALUES "),
            sql: String::new(),
            rows: 0,
        }
    }

    fn row(&mut self, values: &str) -> anyhow::Result<()> {
        if self.rows == 0 {
            self.sql.push_str(&self.head);
        } else {
            self.sql.push(',');
        }
        let _ = write!(self.sql, "({values})");
        self.rows += 1;
        if self.rows == ROWS_PER_STATEMENT {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        if self.rows > 0 {
            self.conn.batch_execute(&self.sql)?;
            self.sql.clear();
            self.rows = 0;
        }
        Ok(())
    }
}

/// Runs `fill` in one transaction on a fresh batch.
fn in_batches(
    conn: &mut DbConnection,
    table: &str,
    columns: &str,
    fill: impl FnOnce(&mut Batch) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    conn.batch_execute("BEGIN")?;
    let mut batch = Batch::new(conn, table, columns);
    let outcome = fill(&mut batch).and_then(|()| batch.flush());
    match outcome {
        Ok(()) => conn.batch_execute("COMMIT")?,
        Err(e) => {
            let _ = conn.batch_execute("ROLLBACK");
            return Err(e);
        }
    }
    Ok(())
}

/// A SQL string literal; the text is ours, but quoting stays correct for any text.
fn text(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

struct SeededUser {
    id: i64,
    is_member: bool,
}

fn insert_users(
    conn: &mut DbConnection,
    plan: &Plan,
    base: &IdBase,
    password_hash: &str,
    now: i64,
) -> anyhow::Result<Vec<SeededUser>> {
    let mut people: Vec<(String, &str)> = vec![("admin1".into(), "admin")];
    people.extend((1..=MODERATORS).map(|i| (format!("moderator{i}"), "moderator")));
    people.extend((1..=CLINICIANS).map(|i| (format!("clinician{i}"), "clinician")));
    people.extend((1..=plan.members).map(|i| (format!("member{i}"), "member")));
    let mut seeded = Vec::with_capacity(people.len());
    in_batches(
        conn,
        "users",
        "id, email, handle, handle_key, password_hash, role, created_at, clinician_profession, \
         clinician_specialty, clinician_verified_at, email_verified_at, notify_replies",
        |batch| {
            for (offset, (handle, role)) in people.iter().enumerate() {
                let id = base.user + 1 + offset as i64;
                let clinician = *role == "clinician";
                let (profession, specialty, verified) = match clinician {
                    true => ("'Registered nurse'", "'Endocrinology'", now.to_string()),
                    false => ("NULL", "NULL", "NULL".to_string()),
                };
                batch.row(&format!(
                    "{id}, {}, {}, {}, {}, '{role}', {now}, {profession}, {specialty}, {verified}, {now}, TRUE",
                    text(&format!("{handle}@seed.invalid")),
                    text(handle),
                    text(&user::handle_key(handle)),
                    text(password_hash),
                ))?;
                seeded.push(SeededUser {
                    id,
                    is_member: *role == "member",
                });
            }
            Ok(())
        },
    )?;
    Ok(seeded)
}

const CONDITIONS: [&str; 20] = [
    "Type 1 diabetes",
    "Type 2 diabetes",
    "Long covid",
    "Kidney transplant",
    "Asthma",
    "Crohn's disease",
    "Multiple sclerosis",
    "Migraine",
    "Heart failure",
    "Breast cancer",
    "Rheumatoid arthritis",
    "Psoriasis",
    "Epilepsy",
    "COPD",
    "Endometriosis",
    "Parkinson's disease",
    "Lupus",
    "Celiac disease",
    "Sleep apnea",
    "Chronic pain",
];

fn insert_communities(
    conn: &mut DbConnection,
    plan: &Plan,
    base: &IdBase,
    now: i64,
) -> anyhow::Result<Vec<String>> {
    let guidelines = "Be kind. Share experience, not prescriptions. Keep names, numbers and places out of posts.";
    let guidelines_html = markdown::render(guidelines);
    let mut slugs = Vec::with_capacity(plan.communities);
    in_batches(
        conn,
        "communities",
        "id, slug, name, description, guidelines_md, guidelines_html, created_at",
        |batch| {
            for i in 0..plan.communities {
                let condition = CONDITIONS[i % CONDITIONS.len()];
                let round = i / CONDITIONS.len();
                let name = match round {
                    0 => condition.to_string(),
                    n => format!("{condition} ({})", n + 1),
                };
                let slug = slug_of(&name);
                batch.row(&format!(
                    "{}, {}, {}, {}, {}, {}, {now}",
                    base.community + 1 + i as i64,
                    text(&slug),
                    text(&name),
                    text(&format!(
                        "People living with {condition}, and those who care for them."
                    )),
                    text(guidelines),
                    text(&guidelines_html),
                ))?;
                slugs.push(slug);
            }
            Ok(())
        },
    )?;
    Ok(slugs)
}

fn slug_of(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Every member belongs to every community, so any member can post anywhere in a load run.
fn insert_memberships(
    conn: &mut DbConnection,
    users: &[SeededUser],
    base: &IdBase,
    communities: usize,
    now: i64,
) -> anyhow::Result<()> {
    in_batches(
        conn,
        "memberships",
        "community_id, user_id, joined_at, guidelines_accepted_at",
        |batch| {
            for member in users.iter().filter(|u| u.is_member) {
                for c in 0..communities {
                    batch.row(&format!(
                        "{}, {}, {now}, {now}",
                        base.community + 1 + c as i64,
                        member.id
                    ))?;
                }
            }
            Ok(())
        },
    )
}

struct SeededThread {
    community: i64,
    author: i64,
    /// Posts including the opening one.
    posts: usize,
}

/// Thread sizes: the first thread has exactly `BENCH_THREAD_REPLIES` replies; the other
/// replies fall on threads at random, so some threads are long and most are short.
fn plan_threads(plan: &Plan, users: &[SeededUser], rng: &mut Rng) -> Vec<SeededThread> {
    let members: Vec<i64> = users.iter().filter(|u| u.is_member).map(|u| u.id).collect();
    let mut threads: Vec<SeededThread> = (0..plan.threads)
        .map(|i| SeededThread {
            community: (i % plan.communities) as i64,
            author: members[rng.below(members.len())],
            posts: 1,
        })
        .collect();
    threads[0].posts += BENCH_THREAD_REPLIES;
    let mut left = plan.posts - plan.threads - BENCH_THREAD_REPLIES;
    while left > 0 {
        // Never the first thread; a quarter of the replies go to a few popular threads.
        let others = threads.len() - 1;
        let target = match (others, rng.below(4)) {
            (0, _) => 0,
            (n, 0) => 1 + rng.below(n.min(50)),
            (n, _) => 1 + rng.below(n),
        };
        threads[target].posts += 1;
        left -= 1;
    }
    threads
}

/// When each post was written (in time order, over the past two years), and so when
/// each thread was started and last active.
struct Timeline {
    /// The thread of each post, in time order; a thread's first post is its opening post.
    order: Vec<usize>,
    start: i64,
    step: i64,
    first: Vec<i64>,
    last: Vec<i64>,
}

impl Timeline {
    fn new(threads: &[SeededThread], posts: usize, now: i64, rng: &mut Rng) -> Timeline {
        let mut order: Vec<usize> = Vec::with_capacity(posts);
        for (i, t) in threads.iter().enumerate() {
            order.extend(std::iter::repeat_n(i, t.posts));
        }
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let two_years = 2 * 365 * 24 * 3600;
        let step = (two_years / posts as i64).max(1);
        let start = now - step * posts as i64;
        let mut first = vec![i64::MAX; threads.len()];
        let mut last = vec![0; threads.len()];
        for (k, &t) in order.iter().enumerate() {
            let at = start + step * k as i64;
            first[t] = first[t].min(at);
            last[t] = at;
        }
        Timeline {
            order,
            start,
            step,
            first,
            last,
        }
    }

    fn time_of(&self, k: usize) -> i64 {
        self.start + self.step * k as i64
    }
}

fn insert_threads(
    conn: &mut DbConnection,
    threads: &[SeededThread],
    timeline: &Timeline,
    base: &IdBase,
) -> anyhow::Result<()> {
    in_batches(
        conn,
        "threads",
        "id, community_id, author_id, title, created_at, last_activity_at",
        |batch| {
            for (i, t) in threads.iter().enumerate() {
                let title = thread_title(i);
                batch.row(&format!(
                    "{}, {}, {}, {}, {}, {}",
                    base.thread + 1 + i as i64,
                    base.community + 1 + t.community,
                    t.author,
                    text(&title),
                    timeline.first[i],
                    timeline.last[i],
                ))?;
            }
            Ok(())
        },
    )
}

/// One post as the seed writes it: who wrote it and its text, drawn in the same order every
/// time from a generator in the same state.
fn next_post(
    rng: &mut Rng,
    threads: &[SeededThread],
    t: usize,
    opening: bool,
    base: &IdBase,
    writers: usize,
) -> (i64, String) {
    let with_identifier = t != 0 && rng.below(100) == 0;
    let body = post_body(rng, with_identifier);
    let author = match opening {
        true => threads[t].author,
        // Staff and members reply; the admin (the first seeded user) does not.
        false => base.user + 2 + rng.below(writers) as i64,
    };
    (author, body)
}

fn thread_title(i: usize) -> String {
    format!("{} (discussion {})", TITLES[i % TITLES.len()], i + 1)
}

/// About one post in a hundred carries an identifier and is held by the real screening,
/// as it would be in the forum. Posts first (their status comes from screening each text),
/// then their revisions, drawn again from a copy of the generator.
fn insert_posts(
    conn: &mut DbConnection,
    plan: &Plan,
    threads: &[SeededThread],
    timeline: &Timeline,
    base: &IdBase,
    rules: &Rules,
    rng: &mut Rng,
) -> anyhow::Result<usize> {
    let writers = MODERATORS + CLINICIANS + plan.members;
    let replay = rng.clone();
    let mut findings: Vec<Option<String>> = Vec::with_capacity(timeline.order.len());
    let mut written = vec![false; threads.len()];
    in_batches(
        conn,
        "posts",
        "id, thread_id, author_id, is_opening, status, created_at, review_since, review_reason, \
         published_revision_id, pending_revision_id",
        |batch| {
            for (k, &t) in timeline.order.iter().enumerate() {
                let opening = !std::mem::replace(&mut written[t], true);
                let (author, body) = next_post(rng, threads, t, opening, base, writers);
                let title = opening.then(|| thread_title(t));
                let screening = screening::screen(title.as_deref(), &body, rules.privacy_threshold);
                let (id, at) = (base.post + 1 + k as i64, timeline.time_of(k));
                let (status, since, reason, published, pending) = match screening.holds() {
                    true => (
                        "held",
                        at.to_string(),
                        "'privacy'",
                        "NULL".to_string(),
                        id.to_string(),
                    ),
                    false => (
                        "published",
                        "NULL".into(),
                        "NULL",
                        id.to_string(),
                        "NULL".into(),
                    ),
                };
                findings.push(screening.holds().then(|| screening.to_json()));
                batch.row(&format!(
                    "{id}, {}, {author}, {}, '{status}', {at}, {since}, {reason}, {published}, {pending}",
                    base.thread + 1 + t as i64,
                    if opening { "TRUE" } else { "FALSE" },
                ))?;
            }
            Ok(())
        },
    )?;
    insert_revisions(conn, plan, threads, timeline, base, replay, &findings)?;
    Ok(findings.iter().filter(|f| f.is_some()).count())
}

/// Each seeded post's one revision, with the same id as its post.
fn insert_revisions(
    conn: &mut DbConnection,
    plan: &Plan,
    threads: &[SeededThread],
    timeline: &Timeline,
    base: &IdBase,
    mut rng: Rng,
    findings: &[Option<String>],
) -> anyhow::Result<()> {
    let writers = MODERATORS + CLINICIANS + plan.members;
    let mut written = vec![false; threads.len()];
    in_batches(
        conn,
        "post_revisions",
        "id, post_id, editor_id, title, body_md, body_html, findings, created_at",
        |batch| {
            for (k, &t) in timeline.order.iter().enumerate() {
                let opening = !std::mem::replace(&mut written[t], true);
                let (author, body) = next_post(&mut rng, threads, t, opening, base, writers);
                let id = base.post + 1 + k as i64;
                let title = match opening {
                    true => text(&thread_title(t)),
                    false => "NULL".into(),
                };
                batch.row(&format!(
                    "{id}, {id}, {author}, {title}, {}, {}, {}, {}",
                    text(&body),
                    text(&markdown::render(&body)),
                    text(findings[k].as_deref().unwrap_or("[]")),
                    timeline.time_of(k),
                ))?;
            }
            Ok(())
        },
    )
}

fn advance_sequences(conn: &mut DbConnection) -> anyhow::Result<()> {
    for table in ["users", "communities", "threads", "posts", "post_revisions"] {
        conn.batch_execute(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
        ))?;
    }
    Ok(())
}

const TITLES: [&str; 12] = [
    "Tired all the time after starting new medication",
    "How do you explain this to your employer?",
    "Sleep got better after changing my evening routine",
    "Questions to ask at my next appointment",
    "Anyone else notice flare-ups in cold weather?",
    "Exercise that actually works on bad days",
    "Feeling low about the diagnosis",
    "Tips for the first week after discharge",
    "Diet changes that helped me",
    "Side effects: what is normal?",
    "Good days and bad days thread",
    "Caring for a parent with this condition",
];

const SENTENCES: [&str; 16] = [
    "I have been living with this for a few years now and the first months were the hardest.",
    "My care team suggested keeping a symptom diary, and it made the appointments much more useful.",
    "Some days I can walk for an hour, other days getting to the kitchen is the whole plan.",
    "What helped me most was talking to people here who understood without explanations.",
    "I asked my nurse about the side effects and she said to write down when they start.",
    "Pacing myself is still the hardest part; I always want to do everything on a good day.",
    "Has anyone tried a different time of day for the tablets? Mornings make me dizzy.",
    "The waiting list for the clinic was long, but the specialist was worth it.",
    "My partner comes to appointments now, which means two people remember what was said.",
    "I cut down on caffeine after lunch and I sleep a little better.",
    "Please remember everyone is different, so check with your own doctor before changing anything.",
    "The support group in my town meets once a month and it is a relief to go.",
    "I found the **patient information leaflet** clearer than the website.",
    "Cold weather is rough on my joints, so I keep moving with short walks indoors.",
    "It took three tries to find a dose that worked, so do not lose hope.",
    "Thank you all for sharing, reading this thread made my week.",
];

const IDENTIFIER_SENTENCES: [&str; 3] = [
    "If anyone wants to talk, my cell is 415-555-{n} after six.",
    "My MRN at the clinic is 00{n}77 if the nurse asks.",
    "Email me at helper{n}@example.org and I will send the diary template.",
];

/// Treatments and symptoms for a topic sentence in half the posts, so that search has words
/// as rare as real ones (each treatment in about 1 % of posts, each symptom in about 2 %).
const TREATMENTS: [&str; 40] = [
    "metformin",
    "insulin",
    "salbutamol",
    "budesonide",
    "montelukast",
    "prednisolone",
    "methotrexate",
    "hydroxychloroquine",
    "adalimumab",
    "levothyroxine",
    "sertraline",
    "amitriptyline",
    "gabapentin",
    "pregabalin",
    "omeprazole",
    "lansoprazole",
    "ramipril",
    "amlodipine",
    "atorvastatin",
    "warfarin",
    "apixaban",
    "tamoxifen",
    "letrozole",
    "donepezil",
    "memantine",
    "levodopa",
    "ropinirole",
    "sumatriptan",
    "propranolol",
    "naproxen",
    "ibuprofen",
    "paracetamol",
    "codeine",
    "tramadol",
    "mesalazine",
    "infliximab",
    "physiotherapy",
    "hydrotherapy",
    "acupuncture",
    "mindfulness",
];
const SYMPTOMS: [&str; 24] = [
    "nausea",
    "dizziness",
    "fatigue",
    "insomnia",
    "headaches",
    "rash",
    "itching",
    "cramps",
    "bloating",
    "tremor",
    "palpitations",
    "brainfog",
    "numbness",
    "tingling",
    "swelling",
    "stiffness",
    "heartburn",
    "constipation",
    "sweats",
    "chills",
    "hairloss",
    "weightgain",
    "drymouth",
    "blurring",
];

fn topic_sentence(rng: &mut Rng) -> String {
    let treatment = TREATMENTS[rng.below(TREATMENTS.len())];
    let symptom = SYMPTOMS[rng.below(SYMPTOMS.len())];
    match rng.below(3) {
        0 => format!("Since starting {treatment} the {symptom} has eased a little."),
        1 => format!("Does anyone else get {symptom} on {treatment}?"),
        _ => format!("My {symptom} came back when I stopped {treatment} for a week."),
    }
}

fn post_body(rng: &mut Rng, with_identifier: bool) -> String {
    let sentences = 2 + rng.below(5);
    let mut body = String::new();
    if rng.below(2) == 0 {
        body.push_str(&topic_sentence(rng));
        body.push(' ');
    }
    for i in 0..sentences {
        if i == 2 && rng.below(3) == 0 {
            body.push_str("\n\n- one thing at a time\n- rest before you are exhausted\n\n");
        }
        body.push_str(SENTENCES[rng.below(SENTENCES.len())]);
        body.push(' ');
    }
    if with_identifier {
        let template = IDENTIFIER_SENTENCES[rng.below(IDENTIFIER_SENTENCES.len())];
        body.push_str(&template.replace("{n}", &format!("{:04}", 1000 + rng.below(9000))));
    }
    body.trim_end().to_string()
}

/// A small deterministic generator (xorshift64), so two seeds of one plan are alike.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}
