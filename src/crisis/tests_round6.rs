//! The rules of the sixth round: the posts each is for, and the hard negatives it must leave
//! alone. Written for this module (not taken from any corpus); methods are named only in the
//! plainest words.

use super::tests_round4::check;
use super::Level::{Ideation as D, Imminent as I, None as N, SelfHarm as H};
use super::Subject::{Other as O, SelfAuthor as A};

#[test]
fn a_line_addressed_to_the_reader_is_signposting() {
    check(
        "if you are having thoughts",
        &[
            ("If you're struggling with thoughts of suicide, the Samaritans are there day and night.", N, false, A),
            ("if anyone is having thoughts of ending it please ring 988, it helped me", N, false, A),
            ("If you ever feel like ending it all, talk to your GP first. Sharing what my clinic told us.", N, false, A),
            ("If you leave me tonight I'm going to kill myself.", D, false, A),
        ],
    );
}

#[test]
fn there_was_a_time_is_the_past() {
    check(
        "there was a time",
        &[
            ("There was a time in my twenties when I wanted to die every single day. Now I run a peer group.", N, false, A),
            ("At one point after the amputation I wanted to be dead. Physio and my kids pulled me out of it.", N, false, A),
            ("There was a time I got through this. Lately I want to die again and I can't shake it.", D, false, A),
        ],
    );
}

#[test]
fn a_height_named_earlier_in_the_post() {
    check(
        "i am jumping, height anywhere",
        &[
            ("On top of the car park by the hospital. Said goodbye to my sister on the phone. I'm jumping soon.", I, true, A),
            ("Up on the roof garden with the ward staff for the fireworks. I'm jumping for joy, the scan was clear!", N, false, A),
        ],
    );
}

#[test]
fn at_a_height_now_without_a_verb() {
    check(
        "i am at the cliffs",
        &[
            (
                "im at the bridge again. can not do this anymore",
                I,
                true,
                A,
            ),
            (
                "I'm at the cliffs with the grandkids for a picnic, lovely day for it.",
                N,
                false,
                A,
            ),
            (
                "I'm at the bridge club every Tuesday, it keeps me sane after chemo.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn on_the_way_there_now() {
    check(
        "walking to the river now",
        &[
            ("driving to the reservoir now. I'm done fighting", I, true, A),
            ("Skipped deliberately: a week now without my insulin, nobody knows. I want it to be over.", I, true, A),
            ("Walking to the railway station now for the 9am train to clinic, done fighting the traffic.", N, false, A),
            ("He's walking down to the canal now with the dog, same as every evening.", N, false, A),
        ],
    );
}

#[test]
fn a_means_set_out_before_the_plan() {
    check(
        "method two sentences from the intent",
        &[
            ("Bought a rope this afternoon. It is hanging in the garage. Tonight I am going to kill myself.", I, true, A),
            ("Drove out to the quarry after my shift. I am sitting in the car. I'm not coming home this time.", I, true, A),
            ("Took the train to see mum. She's doing better. Tonight I'm finally going to sleep properly.", N, false, A),
        ],
    );
}

#[test]
fn a_gun_taken_out() {
    check(
        "gun out",
        &[
            ("My husband has got the rifle out of the safe and says tonight is the end, I've rung the police.", I, true, O),
            ("Grandad took his shotgun out for the pheasant season tonight, first time since his hip.", N, false, A),
            ("He got his gun out to clean it tonight while we watched the match.", N, false, A),
        ],
    );
}

#[test]
fn a_note_of_sorry_and_love() {
    check(
        "sorry note",
        &[
            ("I've left a sorry-and-love-you note for the kids on the table. I can't keep going like this.", I, false, A),
            ("Left a sorry note for the neighbours about the skip on the drive.", N, false, A),
        ],
    );
}

#[test]
fn relief_if_i_did_not_come_through() {
    check(
        "relief if I didn't survive",
        &[
            (
                "Honestly it'd be a release if I didn't wake up from the anaesthetic on Friday.",
                D,
                false,
                A,
            ),
            (
                "What a relief when I did wake up from the anaesthetic, the nurses were lovely.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn an_idea_of_a_method_act_that_keeps_coming() {
    check(
        "idea of stepping out",
        &[
            ("Each morning at the crossing the thought of stepping out in front of the lorries comes back. I won't, but it scares me.", D, true, A),
            ("The idea of walking into the sea for charity in January is mad but I've signed up.", N, false, A),
        ],
    );
}

#[test]
fn thinking_about_my_funeral_with_relief() {
    check(
        "my funeral",
        &[
            ("I keep thinking about my funeral and feeling peaceful about it. I don't see the point of going on.", D, false, A),
            ("Thinking about my funeral plans with the hospice chaplain gave me real peace this week.", N, false, A),
        ],
    );
}

#[test]
fn a_cigarette_put_out_on_the_skin() {
    check(
        "cigarette burns",
        &[
            ("My girlfriend has been stubbing cigarettes out on her leg when she's upset.", H, false, O),
            ("Burnt my hand on the car's cigarette lighter, the neuropathy means I didn't feel it.", N, false, A),
        ],
    );
}

#[test]
fn a_new_device_on_its_first_night() {
    check(
        "first run",
        &[(
            "Tonight's the night: first run of the closed loop on my own. Wish me luck!",
            N,
            false,
            A,
        )],
    );
}

#[test]
fn a_last_post_before_a_named_operation() {
    check(
        "had my colectomy",
        &[
            ("My last post here, I've had my ileostomy and I'm joining the stoma group instead. Take care all.", N, false, A),
            ("This is my last post. I can't do this anymore.", I, false, A),
        ],
    );
}

#[test]
fn saved_every_week_since_is_now() {
    check(
        "every week since",
        &[("I've been putting aside my sleeping tablets every week since June, and tomorrow I take them all.", I, true, A)],
    );
}

#[test]
fn dialect_and_dropped_letters() {
    check(
        "gannin, the neet",
        &[
            (
                "Divvent fret. I'm gannin to the bridge the neet to end it.",
                I,
                true,
                A,
            ),
            (
                "Cannit sleep, gannin to the bridge the neet for the fireworks wi the bairns.",
                N,
                false,
                A,
            ),
            (
                "burnin myself agian since the news, did it this mornin",
                H,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn a_cover_story_told_to_the_unit() {
    check(
        "told the unit",
        &[
            ("I stopped going to dialysis last week and told the unit I am staying with my cousin. I'm at home waiting for the end.", I, true, A),
            ("I told the unit I am away for a fortnight, they moved my dialysis slots to the satellite clinic.", N, false, A),
        ],
    );
}

#[test]
fn tablets_set_out_and_taken_soon() {
    check(
        "tablets laid out",
        &[
            ("The tablets from my last discharge are all laid out on the table. I'm taking them in a few minutes.", I, true, A),
            ("Tablets saved. Doing it tonight.", I, true, A),
            ("The tablets saved the day, pain gone by lunch.", N, false, A),
            ("My evening tablets are all laid out in the dosette box, I'm taking them in a few minutes with tea.", N, false, A),
        ],
    );
}

#[test]
fn a_message_of_sorry_and_love() {
    check(
        "sorry, love you all",
        &[
            ("My brother messaged me at midnight, 'sorry, love you all, do not come looking', and his phone is off. He's been talking about killing himself.", I, false, O),
            ("Group chat tonight: sorry, love you all, I'll be late for quiz night!", N, false, A),
        ],
    );
}

#[test]
fn a_wish_that_life_would_end() {
    check(
        "wished my life would end",
        &[
            ("Since the stroke I've often wished my life would come to an end, though I'd never act on it.", D, false, A),
            ("I wished my shift would come to an end, the ward was chaos.", N, false, A),
        ],
    );
}

#[test]
fn ordinary_reasons_and_answers_no() {
    check(
        "asked straight out, ticked not at all, a will",
        &[
            ("I asked her straight out about hurting herself. She said no, and her therapist agrees.", N, false, A),
            ("Screening form at pre-op: the question about being better off dead, I ticked not at all.", N, false, A),
            ("Finally sorted my will and power of attorney this week, just in case. One less thing.", N, false, A),
            ("Last post in the heart failure group, I've had my new valve op and I'm off to the cardiac rehab forum. Cheers!", N, false, A),
        ],
    );
}
