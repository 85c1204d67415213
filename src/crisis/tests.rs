//! Table tests per label, written for this module in many voices (not taken from the corpus).
//! Content note: methods are named only in the plainest words, never with detail.

use super::{assess, Level, Subject};

/// Checks every row and reports all the rows that fail at once.
fn check(rows: &[(&str, Level, bool, Subject)]) {
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(text, level, method, subject)| {
            let a = assess("", text);
            let subject_ok = level == Level::None || a.subject == subject;
            let ok = a.level == level && a.method_detail == method && subject_ok;
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
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

use Level::{Ideation as D, Imminent as I, SelfHarm as S};
use Subject::{Other as O, SelfAuthor as A};

#[test]
fn imminent_posts_about_the_author() {
    check(&[
        ("Bloods were okay. I have decided to end my life on Saturday, I just wanted someone to know.", I, false, A),
        ("i'm gonna kill myself tonight when mum's asleep", I, false, A),
        ("Please don't bother replying. By the time you read this it will be over.", I, false, A),
        ("I've written a letter to each of my children and tonight I go through with it.", I, false, A),
        ("Thank you all for the support over the years. This is goodbye.", I, false, A),
        ("I won't be at dialysis on Monday. I won't be alive by then.", I, false, A),
        ("I have a plan and the house is empty tomorrow, so that's when.", I, false, A),
        ("ive got the tablets i saved up and tonight im taking them", I, true, A),
        ("I'm on the bridge right now. I'm not going back home.", I, true, A),
        ("I already took something a little while ago and I'm just waiting.", I, false, A),
        ("Don't try to talk me out of it. I've made up my mind.", I, false, A),
        ("I've quietly stopped my dialysis and told nobody. I want it over.", I, true, A),
        ("Signing off for good tonight. Look after each other for me.", I, false, A),
        ("After my shift I'm going to end it all.", I, false, A),
    ]);
}

#[test]
fn imminent_posts_about_someone_else() {
    check(&[
        (
            "My brother just texted me goodbye and now his phone is off.",
            I,
            false,
            O,
        ),
        (
            "my mum says she is going to kill herself tonight and i dont know what to do",
            I,
            false,
            O,
        ),
        (
            "My husband left a note saying sorry and goodbye. I can't get hold of him.",
            I,
            false,
            O,
        ),
        (
            "My son told me he has been saving his tablets and will take them this weekend.",
            I,
            true,
            O,
        ),
        (
            "My flatmate said he's decided to end his life on Friday.",
            I,
            false,
            O,
        ),
    ]);
}

#[test]
fn ideation_posts_about_the_author() {
    check(&[
        (
            "Honestly some nights I pray I just don't wake up.",
            D,
            false,
            A,
        ),
        (
            "ngl i kinda want to unalive myself, this flare is unbearable",
            D,
            false,
            A,
        ),
        (
            "My family would be so much better off without me dragging them down.",
            D,
            false,
            A,
        ),
        (
            "I keep thinking about ending my life. I won't do anything, I just think it.",
            D,
            false,
            A,
        ),
        ("I don't want to be here anymore.", D, false, A),
        (
            "Suicide has been on my mind most days since the transplant failed.",
            D,
            false,
            A,
        ),
        ("i dont see the point in living anymore tbh", D, false, A),
        (
            "I'm so tired of being alive, every day is pain.",
            D,
            false,
            A,
        ),
        (
            "Part of me hopes I don't make it through the operation.",
            D,
            false,
            A,
        ),
        (
            "I'm 80 and I find myself hoping each night that the Lord takes me.",
            D,
            false,
            A,
        ),
        (
            "Whenever I cross the bridge on the way to clinic I think about jumping.",
            D,
            true,
            A,
        ),
        (
            "I lied to my GP when she asked about suicidal thoughts. I have them every day.",
            D,
            false,
            A,
        ),
        ("i wanna kms honestly", D, false, A),
        (
            "It would be easier for everyone if I just wasn't around.",
            D,
            false,
            A,
        ),
        ("I've lost the will to live.", D, false, A),
        (
            "Some days I wish the cancer would hurry up and take me.",
            D,
            false,
            A,
        ),
        (
            "I'd rather be dead than go on living like this.",
            D,
            false,
            A,
        ),
    ]);
}

#[test]
fn ideation_posts_about_someone_else() {
    check(&[
        (
            "My dad keeps telling the nurses he wants to die.",
            D,
            false,
            O,
        ),
        (
            "My wife admitted she has been having thoughts of suicide since the baby.",
            D,
            false,
            O,
        ),
        (
            "my best mate says we'd all be better off without him",
            D,
            false,
            O,
        ),
        (
            "Our daughter told her counsellor she thinks about killing herself.",
            D,
            false,
            O,
        ),
        (
            "My grandad says he is tired of living and wishes he was dead.",
            D,
            false,
            O,
        ),
    ]);
}

#[test]
fn self_harm_posts() {
    check(&[
        (
            "I cut again last night after the scan results.",
            S,
            false,
            A,
        ),
        (
            "been hurting myself on purpose again, hiding it with long sleeves",
            S,
            false,
            A,
        ),
        (
            "I burned myself again tonight. I'm not suicidal, I just needed it to stop.",
            S,
            false,
            A,
        ),
        (
            "The urge to self-harm won and I gave in on Tuesday.",
            S,
            false,
            A,
        ),
        (
            "I've been hitting my legs when the pain flares so I feel something else.",
            S,
            false,
            A,
        ),
        (
            "I found fresh cuts on my son's arms this morning.",
            S,
            false,
            O,
        ),
        (
            "My girlfriend admitted she's been cutting again since chemo started.",
            S,
            false,
            O,
        ),
        (
            "My husband has been punching the wall until his knuckles bleed.",
            S,
            false,
            O,
        ),
    ]);
}

#[test]
fn a_signal_buried_in_a_long_post_is_found() {
    let text = "Hi all, long one sorry.\n\nStarted the new tablets on Monday and the nausea is easing. \
        My rheumatologist wants bloods every fortnight now. Parking at the hospital is a nightmare.\n\n\
        - Sleep is patchy\n- Fatigue is worst in the afternoons\n- Appetite coming back\n\n\
        If I'm honest I don't want to be alive anymore. Anyway, has anyone tried the new infusion? \
        My husband has been brilliant, driving me everywhere. Thanks for reading x";
    let a = assess("", text);
    assert_eq!(a.level, Level::Ideation);
    assert_eq!(a.spans.len(), 1);
    let span = a.spans[0];
    assert!(text[span.start..span.end].contains("want to be alive"));
}

#[test]
fn title_and_body_are_read_together_with_their_own_spans() {
    let a = assess("goodbye everyone", "I just wanted to say thank you.");
    assert_eq!(a.level, Level::Imminent);
    assert_eq!(a.title_spans.len(), 1);
    assert!(a.spans.is_empty());
    let b = assess("Question about pumps", "I want to die, honestly.");
    assert_eq!(b.level, Level::Ideation);
    assert!(b.title_spans.is_empty());
    assert_eq!(
        &"I want to die, honestly."[b.spans[0].start..b.spans[0].end],
        "want to die"
    );
}

#[test]
fn levels_are_ordered_and_named() {
    assert!(
        Level::Imminent > Level::Ideation
            && Level::Ideation > Level::SelfHarm
            && Level::SelfHarm > Level::None
    );
    assert_eq!(Level::SelfHarm.as_str(), "self_harm");
    assert_eq!(
        serde_json::to_string(&Level::SelfHarm).ok().as_deref(),
        Some("\"self_harm\"")
    );
    assert_eq!(
        serde_json::to_string(&Subject::SelfAuthor).ok().as_deref(),
        Some("\"self\"")
    );
    assert!(!assess("", "My sugars were fine today.").is_crisis());
}

#[test]
fn second_round_kinds_of_phrasing() {
    check(&[
        // a dropped subject
        ("Rough week. Been having suicidal thoughts again since the results.", D, false, A),
        ("Burnt again tonight after the argument. Not proud.", S, false, A),
        // how easy it would be
        ("Some evenings I imagine how simple it would be to not wake up.", D, false, A),
        // school and uni in the present
        ("everyone at uni thinks i'm coping but i want to die most days", D, false, A),
        // a "no" that was a lie
        ("The GP did the mood questions and I told her I was fine. That was a lie, I think about ending it daily.", D, false, A),
        // serious after a laugh, in the next sentence
        ("i want to kms lol. not kidding, every day.", D, false, A),
        // no way out but
        ("I can see no way out of this apart from dying.", D, false, A),
        // a relapse, named in the next sentence
        ("Relapsed last night. Cutting, after five months clean.", S, false, A),
        // the time first
        ("By the weekend I won't be around. I've sorted my affairs.", I, false, A),
        // gone out to do it
        // water reached is a means, as a bridge or the railway line is (sixth round)
        ("Walked down to the harbour to finish it.", I, true, A),
        // a call to say sorry, then out of reach
        ("My cousin rang to say he's sorry and he loves us, and now no one can get hold of him.", I, false, O),
        // a place picked
        ("I've settled on the multi storey near work, it will be Thursday.", I, true, A),
        // laughter, then a new unpunctuated sentence
        ("the physio was a nightmare lol My husband says he wants to die and I believe him", D, false, O),
        // Australian and older voices
        ("Reckon the kids would be better off if I carked it, honestly.", D, false, A),
        ("I should very much like it all to be over now, I have had enough.", D, false, A),
    ]);
}
