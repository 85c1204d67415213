//! One test per rule of the fourth round: the posts each rule is for, and the hard negatives
//! it must leave alone. Written for this module (not taken from any corpus); methods are
//! named only in the plainest words.

use super::{assess, Level, Subject};
use Level::{Ideation as D, Imminent as I, None as N, SelfHarm as S};
use Subject::{Other as O, SelfAuthor as A};

pub(super) fn check(rule: &str, rows: &[(&str, Level, bool, Subject)]) {
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(text, level, method, subject)| {
            let a = assess("", text);
            let ok = a.level == level
                && a.method_detail == method
                && (level == N || a.subject == subject);
            (!ok).then(|| {
                format!(
                    "{text:?}: got {} method={} {}",
                    a.level.as_str(),
                    a.method_detail,
                    a.subject.as_str()
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{rule}: {} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn a_jump_with_the_place_in_the_sentence_beside_it() {
    check(
        "jump",
        &[
            ("Parked up by the cliffs. Going to jump once it is dark.", I, true, A),
            ("Every time she drives over the flyover she thinks about jumping.", D, true, O),
            ("Went up to the top of the car park after clinic. Coming back tonight to jump.", I, true, A),
            ("My son keeps talking about jumping on the trampoline at the leisure centre by the bridge.", N, false, A),
            ("We're going to jump on the train to see my nan tonight.", N, false, A),
            ("Going to jump in the pool by the bridge with the grandkids this afternoon.", N, false, A),
        ],
    );
}

#[test]
fn medicine_and_taking_all_of_it_in_one_sentence() {
    check(
        "take it all",
        &[
            ("There's a bag of my old codeine in the wardrobe and I keep thinking about taking it all.", D, true, A),
            ("I sort my tablets into the pill box and take them all with breakfast.", N, false, A),
            ("I keep thinking about taking them all back to the chemist, the expired ones.", N, false, A),
        ],
    );
}

#[test]
fn tablets_stored_up() {
    check(
        "stored",
        &[
            (
                "I've stored up my sleeping tablets and tonight I'm taking them.",
                I,
                true,
                A,
            ),
            (
                "I've stored up my tablets because the chemist shortage is awful.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn thoughts_of_a_method_act() {
    check(
        "thinking of a method",
        &[
            ("My brother told me he thinks about driving his car into a wall on the motorway.", D, true, O),
            ("I keep picturing stepping in front of the train at my station.", D, true, A),
            ("Some days I wonder about jumping off. I haven't told anyone.", D, true, A),
            ("I keep thinking about jumping off the diving board at the pool again, scary!", N, false, A),
            ("Thinking about jumping on the Pilates bandwagon, any good classes?", N, false, A),
            ("Honestly I keep imagining swallowing all my sleepers at once. Not planning it.", D, true, A),
            ("My dad crashed his car into a wall on the ice, he's fine and the car's fixed.", N, false, A),
            ("When I was a teenager I thought about jumping off the bridge near school. I'm 50 now and well.", N, false, A),
        ],
    );
}

#[test]
fn stopping_several_medicines_on_purpose() {
    check(
        "stopping treatment",
        &[
            ("Dad has stopped taking his heart pills and his other tablets on purpose, he says he wants to be gone.", I, true, O),
            ("Dad stopped taking his statins and his other tablets after a talk with his care team.", N, false, A),
        ],
    );
}

#[test]
fn no_use_of_my_living() {
    check(
        "no use of living",
        &[
            (
                "There is no use of my living now, everyone is suffering because of me.",
                D,
                false,
                A,
            ),
            (
                "What is the use of my life insurance if they won't pay out?",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn picturing_ones_own_funeral_with_relief() {
    check(
        "own funeral",
        &[
            ("I lie awake imagining my own funeral and it feels like a relief.", D, false, A),
            ("Planning Dad's funeral this week, it's a relief to have the hymns chosen.", N, false, A),
            ("The hospice nurse helped me think about my own funeral, it was peaceful and practical.", N, false, A),
        ],
    );
}

#[test]
fn the_future_perfect_of_intent() {
    check(
        "will have ended",
        &[
            (
                "Don't bother ringing on Monday, by then I'll have ended my life.",
                I,
                false,
                A,
            ),
            (
                "By Friday I'll have finished my course of antibiotics.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn messages_set_to_go_out_and_it_being_done_by_then() {
    check(
        "scheduled messages",
        &[
            ("Timed a text to go out to my sister in the morning. By then it'll all be over.", I, false, A),
            ("Queued a couple of texts to my sons for the morning. By then I won't be around.", I, false, A),
            ("Set up messages to go out to the dialysis group about the new parking rules.", N, false, A),
            ("Scheduled my emails to go out while I'm on holiday, by then I'll be gone to Spain.", N, false, A),
        ],
    );
}

#[test]
fn a_quantity_taken_needs_a_wish_or_a_goodbye() {
    check(
        "took a load of",
        &[
            ("My son just took a load of pills and said goodbye to me on the phone.", I, false, O),
            ("I took a handful of pills with breakfast like every morning, they're my usual meds.", N, false, A),
            ("Took loads of photos at the hospital garden today, the roses are out.", N, false, A),
        ],
    );
}

#[test]
fn covering_fresh_marks_and_doing_it_again() {
    check(
        "sleeves and again",
        &[
            (
                "Wearing a hoodie in this heat so nobody sees the cuts. Did it again last night.",
                S,
                false,
                A,
            ),
            (
                "Wearing long sleeves to cover the scars from my old surgery.",
                N,
                false,
                A,
            ),
            ("Long sleeves to hide the marks from the cannula, did it again with the bruising this week.", N, false, A),
            ("Forgot my tablets, did it again, silly me.", N, false, A),
        ],
    );
}

#[test]
fn a_threat_on_a_grave_condition_is_meant() {
    check(
        "grave if",
        &[
            (
                "If the biopsy comes back bad I'm done, I'll end it.",
                D,
                false,
                A,
            ),
            (
                "If I have to hear that hold music one more time I'll end it lol",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn rather_dead_than_said_in_earnest() {
    check(
        "rather dead than",
        &[
            (
                "Grandad keeps saying he'd rather be dead than live in a home, and he means it.",
                D,
                false,
                O,
            ),
            ("I'd rather die than eat hospital jelly again.", N, false, A),
        ],
    );
}

#[test]
fn a_laugh_alone_in_the_next_sentence() {
    check(
        "laugh after",
        &[
            ("this prep drink is so vile i want to die. lol", N, false, A),
            (
                "i want to die. lol sorry for being a downer, the pain is bad",
                D,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn a_past_wish_and_well_now() {
    check(
        "recovered",
        &[
            (
                "My cousin wanted to die last spring but she's doing so much better now.",
                N,
                false,
                A,
            ),
            (
                "My cousin wanted to die last spring and she still says it most days.",
                D,
                false,
                O,
            ),
        ],
    );
}

#[test]
fn fiction_and_learning_what_to_say() {
    check(
        "fiction, training",
        &[
            (
                "Reading a book where the character wants to kill himself, hard going.",
                N,
                false,
                A,
            ),
            (
                "Our course covered what to say if someone tells you they want to die.",
                N,
                false,
                A,
            ),
            (
                "Finished the book club pick, and I still want to die every single day.",
                D,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn sayings_threats_in_jest_and_ordinary_plans_keep_the_model_quiet() {
    check(
        "model veto",
        &[
            (
                "My gran always said she'd be dead and buried before the bus came on time.",
                N,
                false,
                A,
            ),
            (
                "Mum is going to kill me for losing the car keys again.",
                N,
                false,
                A,
            ),
            (
                "I've decided, I'm going ahead with the knee operation in June.",
                N,
                false,
                A,
            ),
        ],
    );
}
