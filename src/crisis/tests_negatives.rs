//! Table tests per hard-negative kind: posts with crisis-sounding words that are not crises.
//! Written for this module in many voices (not taken from the corpus).

use super::{assess, Level};

fn none_of(kind: &str, rows: &[&str]) {
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|text| {
            let a = assess("", text);
            (a.level != Level::None || a.method_detail)
                .then(|| format!("{text:?}: got {}", a.level.as_str()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{kind}: {} of {} rows flagged:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn idioms() {
    none_of(
        "idiom",
        &[
            "This paperwork is killing me.",
            "The prednisone is killing my sleep, up at 3am again.",
            "I'm dying to hear how your first week on the pump went!",
            "I could murder a bacon sandwich after this fast.",
            "My Libre died on day nine, again.",
            "Dead on my feet after night feeds.",
            "That banana bread in the clinic cafe is to die for.",
            "Bored to death in the infusion chair.",
            "i literally died when the nurse called my mum by my name 😂",
            "My mum will kill me if I miss another appointment.",
            "I'm killing myself trying to keep up with work and clinic.",
        ],
    );
}

#[test]
fn jokes_with_a_trivial_cause() {
    none_of(
        "joke",
        &[
            "kill me now lol, the wait at the clinic is three hours",
            "I'd rather die than drink that bowel prep again haha",
            "I could die of embarrassment, I snored in the waiting room.",
            "Shoot me, they've lost my referral again 🙄",
            "If I have to ring the insurer one more time I'll kms lol",
            "My husband says he'd rather die than wear the compression socks. Drama queen.",
        ],
    );
}

#[test]
fn clinical_talk() {
    none_of("clinical", &[
        "The pharmacist explained the overdose risk with paracetamol and my liver.",
        "The leaflet lists suicidal thoughts as a rare side effect. I feel fine, just noticed it.",
        "The nurse ran through the suicide screening questions at pre-op and I said no to all of them.",
        "Does anyone find question 9 on the PHQ-9 awkward? The one about being better off dead. I always answer not at all.",
        "They gave us a naloxone kit with the new prescription.",
        "The ward fills in a self-harm risk form for everyone now.",
        "My GP asked if I ever feel like ending my life. I said no, and I meant it.",
    ]);
}

#[test]
fn the_past_in_recovery() {
    none_of(
        "past",
        &[
            "Ten years since my overdose and I'm training for a half marathon.",
            "I tried to take my own life when I was 19. I'm 45 now and so glad I'm still here.",
            "I used to self-harm as a teenager. The scars don't bother me now.",
            "My safety plan is still in my wallet, though I haven't needed it in years.",
            "When I first started dialysis I wanted to die, but this group changed that.",
            "Five years free of self-harm this week!",
        ],
    );
}

#[test]
fn grief() {
    none_of(
        "grief",
        &[
            "We lost my brother to suicide two years ago this week.",
            "My best friend died by suicide in the spring. I still pick up the phone to text her.",
            "Going to my first suicide bereavement group tonight.",
            "My uncle took his own life when I was a kid, so I talk about mental health a lot.",
        ],
    );
}

#[test]
fn news_and_awareness() {
    none_of(
        "awareness",
        &[
            "Our group is doing the suicide prevention walk next month, who's in?",
            "Reminder that 988 takes texts too, if anyone ever needs it.",
            "There was a good piece on the news about self-harm in teenagers.",
            "Samaritans are on 116 123 any time of day.",
        ],
    );
}

#[test]
fn worried_caregivers_with_no_current_risk() {
    none_of("caregiver", &[
        "I asked my son straight out if he was thinking about suicide and he said no. We've booked a counsellor anyway.",
        "Mum has been very low, but she's safe and sees someone weekly.",
        "My husband is down about losing his licence but he isn't talking about hurting himself.",
        "The doctor said to watch our daughter for dark thoughts on the new meds, and so far there's nothing like that.",
    ]);
}

#[test]
fn end_of_life_planning() {
    none_of(
        "end of life",
        &[
            "We signed Dad's DNR after a long talk with the palliative team.",
            "When the time comes I want to die at home, not in hospital.",
            "Dad and his renal team have agreed to stop dialysis and move to comfort care.",
            "Our state is debating an assisted dying law and I have mixed feelings.",
            "I've filled in my advance directive so my kids know my wishes.",
        ],
    );
}

#[test]
fn quotes_and_song_titles() {
    none_of(
        "quote",
        &[
            "\"Don't Fear the Reaper\" came on the radio during my infusion.",
            "My nan always said you'll be dead a long time, so have the cake.",
            "They played Stayin' Alive while teaching us CPR.",
        ],
    );
}

#[test]
fn lookalikes() {
    none_of(
        "lookalike",
        &[
            "This is my last post in this group, I'm moving to the transplant group. Thanks all!",
            "Giving away my spare sensors to anyone who needs them.",
            "Wrote the letters to the insurance company tonight.",
            "Said goodbye to my old pump today, the new one arrives Monday.",
            "I've been saving my tablets up because we're travelling for six weeks.",
            "The bridge on the main road is closed so the drive to dialysis takes forever.",
            "The doctor cut my dose in half.",
            "Tonight's the night I finally try the new pump!",
            "I've made my decision, I'm going ahead with the surgery on Friday.",
            "I'm ending things with my boyfriend tonight.",
            "I won't be around for a few days, surgery on Tuesday.",
            "I've got everything I need for the hospital bag.",
        ],
    );
}

#[test]
fn accidental_injury() {
    none_of(
        "accident",
        &[
            "Cut my finger chopping onions and on blood thinners it bled forever.",
            "Burned my hand on the oven because the neuropathy means I can't feel heat.",
            "My arms are covered in bruises from all the blood draws.",
            "I scratch my eczema in my sleep and wake up with marks.",
            "Cut myself shaving and it wouldn't stop, platelets are low.",
        ],
    );
}

#[test]
fn negation() {
    none_of(
        "negation",
        &[
            "I'm not suicidal, just exhausted by all of this.",
            "I would never hurt myself, but the pain is really getting to me.",
            "No thoughts of ending it, I'm just so tired.",
            "I don't want to die, I want to feel better.",
            "im not gonna hurt myself dont worry, just sad",
        ],
    );
}

#[test]
fn second_round_lookalikes() {
    none_of(
        "second round",
        &[
            "Cut again by the barber, far too short this time.",
            "When my time comes I'd like to die at home in my own bed, the palliative team know.",
            "I think about how easy it would be to move clinics, the new one is closer.",
            "The nurse asked if I'd had thoughts of harming myself and I said no, which is true.",
            "I'd rather be dead than seen in those hospital socks lol",
            "Relapsed with my colitis again, back on the steroids.",
            "My brother rang to say goodbye before his flight to Toronto.",
            "No need to book my next review, I've been discharged!",
            "Saying goodbye to my renal nurses today, moving to home dialysis.",
            "By Friday I won't be around, I'm off to the coast for the week. Back Monday!",
            "I've decided on the railway for my trip to the coast, cheaper than driving.",
            "When I was at school I used to self harm. That was twenty years ago.",
            "Dad's not answering again, he'll be down the allotment with his phone left in the shed.",
        ],
    );
}
