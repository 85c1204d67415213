//! Markdown rendering and sanitizing, as done once per post when it is written.
//!
//! A typical forum reply (a few paragraphs, a list, a link, emphasis) and a long hostile post
//! (raw HTML, scripts, deep nesting) that ammonia must clean.

use std::hint::black_box;

use carecircle::markdown::render;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const REPLY: &str = "I was diagnosed last spring and the first months were the hardest.\n\n\
My care team suggested a **symptom diary**, and it made appointments much more useful:\n\n\
- write down when the dizziness starts\n- note what you ate\n- rest *before* you are exhausted\n\n\
The [patient leaflet](https://www.nhs.uk/conditions/asthma/) was clearer than most websites. \
Has anyone tried a different time of day for the tablets?\n\n> Pacing is a skill, not a weakness.\n";

fn hostile() -> String {
    let mut text = String::new();
    for n in 0..200 {
        text.push_str(&format!(
            "<script>alert({n})</script> [x](javascript:alert({n})) <img src=x onerror=alert({n})> \
             {}*deep*{}\n\n",
            ">".repeat(n % 30),
            "**".repeat(n % 7)
        ));
    }
    text
}

fn markdown(c: &mut Criterion) {
    let mut group = c.benchmark_group("markdown");
    group.throughput(Throughput::Bytes(REPLY.len() as u64));
    group.bench_function("render_reply", |b| b.iter(|| render(black_box(REPLY))));
    let long = hostile();
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("render_hostile_post", |b| {
        b.iter(|| render(black_box(&long)))
    });
    group.finish();
}

criterion_group!(benches, markdown);
criterion_main!(benches);
