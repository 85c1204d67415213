//! Throughput of the privacy scanner on synthetic forum posts.
//!
//! The posts are generated here from a fixed seed, so the benchmark needs no
//! files outside the crate and every run scans the same ~400 KB. About one
//! post in three carries an identifier, like a busy forum's moderation queue;
//! the rest is ordinary medical talk full of numbers, drug names and eponyms,
//! which is what the scanner must skip quickly.

use std::hint::black_box;
use std::time::Duration;

use carecircle::privacy::{scan, should_hold, DEFAULT_THRESHOLD};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// Ordinary sentences: numbers, doses, labs, eponyms, places, public lines.
const CLEAN: &[&str] = &[
    "Started Metformin 500 mg twice a day and my A1C went from 8.1% to 6.9% in three months.",
    "Does anyone else get brain fog after the second infusion? Mine lasts about 2-3 days.",
    "My rheumatologist wants to add Humira 40mg every other week, worried about infections.",
    "BP was 142/91 this morning, pulse 88, SpO2 97%. Is that normal after a flare?",
    "Diagnosed with Crohn's in 2019 and Hashimoto's last spring, so the fatigue makes sense now.",
    "We saw the team at Mayo Clinic and then Johns Hopkins, both said stage 2b, 4 cycles of AC.",
    "If you are struggling tonight please call 988 or text HOME to 741741, they helped me.",
    "Poison control is 1-800-222-1222 if you ever double up on a dose by mistake.",
    "eGFR is 45 now, creatinine 1.6, the nephrologist says to keep protein under 60 g a day.",
    "Walked 8,500 steps today!! First time since the transplant in March that I felt human.",
    "Ozempic 0.5 mg week 6: nausea mostly gone, down 4 kg, sugars 5.8-7.2 mmol/L.",
    "The nurse said pain 7/10 is not something to tough out, so I asked for the patch.",
    "MoCA was 18/30 in June and 16/30 now, the memory clinic suggested a day program.",
    "Good reading on cancer.gov and diabetes.org if you want the basics without the scare stories.",
    "Our GP in Leeds referred us to the Royal Infirmary, waiting list is about 14 weeks.",
    "Anyone tried the Dexcom G7 with the Omnipod 5? Mine keeps losing signal at night.",
    "Ventolin 2 puffs, Symbicort 160/4.5 morning and night, peak flow around 380.",
    "Week 3 of long covid rehab, heart rate jumps to 130 just standing up. POTS maybe?",
    "Mum is 84 and still gardening, the Alzheimer's Society helpline was lovely to her.",
    "Trial NCT04280705 is recruiting, phase 3, results maybe in 2027.",
    "Took 2x 200mg ibuprofen and it barely touched the headache, version 2.1 of the app logs it.",
    "Ferritin 12, TSH 4.8, vitamin D 22. Doctor said iron first, then recheck in 8 weeks.",
    "Pregnant with number two, 28 weeks tomorrow, glucose test came back at 7.4 so GD clinic.",
    "The Michael J. Fox Foundation has a good newsletter on trials for Parkinson's.",
    "Honestly the support here got me through the worst of it. Thank you all so much. ❤️",
    "Our hospital in Toronto switched to a new portal and nothing syncs with my pharmacy.",
    "Kept a food diary for 30 days: dairy, coffee and late dinners were the worst for my gut.",
    "In India the consult was ₹1,200 and the MRI ₹6,500, still far cheaper than here.",
    "Mercy West has a heart failure clinic on Thursdays, 2 pm to 5 pm, walk-ins welcome.",
    "PHQ-9 went from 19 to 8 on sertraline 100mg, GAD-7 is 6 now. Slow but real progress.",
];

/// Sentences with one identifier each, in several voices; `{}` takes a number.
const IDENT: &[&str] = &[
    "Call me at (412) 555-{} after 6pm if you want to chat about the pump.",
    "My husband Rajesh Kumar is home now, thanks for all the prayers.",
    "MRN 00{}7 is on the discharge letter, can they share it with the new clinic?",
    "Email me at jenny.h{}@gmail.com and I'll send the diet chart.",
    "Dad turned 9{} last week and still insists on driving to the cardiologist.",
    "We live at {} Maple Avenue, Springfield, the home nurse comes on Mondays.",
    "DOB 04/1{}/1961 keeps getting typed wrong on the lab forms.",
    "My consultant Mr Alistair Hamilton said the scan was clear.",
    "Member ID XGH{}88213 keeps getting rejected at the pharmacy.",
    "G'day, ring me on 0412 3{} 678 after the footy and we'll sort the carpool.",
    "Cheers,\nSiobhan Murphy",
    "The fundraiser is at gofundme.com/f/help-dana-{} if anyone can share it.",
];

/// A small deterministic generator (xorshift), so the corpus is the same on
/// every run without a dependency on `rand`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

/// Builds `n` posts of 2 to 8 sentences; about a third carry an identifier.
fn posts(n: usize) -> Vec<String> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|_| {
            let sentences = 2 + rng.next() % 7;
            let ident_at = rng.next().is_multiple_of(3).then(|| rng.next() % sentences);
            let mut post = String::new();
            for s in 0..sentences {
                if s > 0 {
                    post.push_str(if rng.next().is_multiple_of(4) {
                        "\n\n"
                    } else {
                        " "
                    });
                }
                if Some(s) == ident_at {
                    let digit = (rng.next() % 10).to_string();
                    post.push_str(&rng.pick(IDENT).replace("{}", &digit));
                } else {
                    post.push_str(rng.pick(CLEAN));
                }
            }
            if rng.next().is_multiple_of(5) {
                post = post.to_lowercase();
            }
            post
        })
        .collect()
}

fn bench_scan(c: &mut Criterion) {
    let posts = posts(1_000);
    let bytes: usize = posts.iter().map(String::len).sum();
    let held = posts
        .iter()
        .filter(|p| should_hold(&scan(p), DEFAULT_THRESHOLD))
        .count();
    eprintln!(
        "privacy bench corpus: {} posts, {bytes} bytes, {held} held",
        posts.len()
    );

    let mut group = c.benchmark_group("privacy");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("scan_corpus_bytes", |b| {
        b.iter(|| {
            for p in &posts {
                black_box(scan(black_box(p)));
            }
        })
    });
    // Same work reported per post: one iteration scans one post, in turn.
    group.throughput(Throughput::Elements(1));
    let mut i = 0;
    group.bench_function("scan_one_post", |b| {
        b.iter(|| {
            i = (i + 1) % posts.len();
            black_box(scan(black_box(&posts[i])))
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    targets = bench_scan
}
criterion_main!(benches);
