//! The rules of the ninth round: the posts each is for, and the hard negatives it must
//! leave alone. Written for this module (not taken from any corpus); methods are named only
//! in the plainest words.

use super::tests_round4::check;
use super::Level::{Ideation as D, Imminent as I, None as N, SelfHarm as H};
use super::Subject::{Other as O, SelfAuthor as A};

#[test]
fn tablets_someone_has_been_saving() {
    check(
        "\"she's been hiding\": the contraction read as \"she is\"",
        &[
            ("My sister has swallowed the pills she's been hiding from us all month, the ambulance is coming.", I, true, O),
            ("The tablets she's been saving for her trip to Spain are in the blue bag.", N, false, A),
        ],
    );
}

#[test]
fn gone_by_the_time_it_is_read() {
    check(
        "a message that its writer will be gone by the time it is read",
        &[
            ("My cousin posted that he'd be gone by the time we saw it, and his phone is off. I've called the police.", I, false, O),
            ("The nurse said the bruising will be gone by the time you see the consultant.", N, false, A),
        ],
    );
}

#[test]
fn treatment_stopped_as_a_way_out_thought_of() {
    check(
        "thinking of not going to a treatment that keeps one alive, so that it ends",
        &[
            ("Some weeks I think about not showing up for dialysis any more and letting it all happen.", D, true, A),
            ("The idea of quitting my tacrolimus so everything just ends keeps coming back.", D, true, A),
            ("My dad keeps thinking of stopping his insulin without telling us, so that it ends. He hasn't yet.", D, true, O),
            ("I think about not turning up for dialysis on Christmas Day because the unit is so miserable, but I'll go.", N, false, A),
            ("The idea of stopping my steroids so the weight comes off is tempting, but my consultant said no.", N, false, A),
        ],
    );
}

#[test]
fn the_care_team_stopping_a_treatment_is_not_a_method() {
    check(
        "fear that the clinicians will stop the medicine",
        &[
            ("I get suicidal thoughts most evenings. Haven't told the clinic because I'm scared they'll stop my medication.", D, false, A),
        ],
    );
}

#[test]
fn going_off_the_side_of_a_height() {
    check(
        "thinking of going off the side, with a height named beside it",
        &[
            ("Whenever we cross the viaduct I picture driving off the side.", D, true, A),
            ("The lorries could go off the side of the bridge in this wind, the council should close it.", N, false, A),
            ("The kids love looking over the side of the bridge at the boats.", N, false, A),
        ],
    );
}

#[test]
fn the_means_and_the_wish_in_one_phrase() {
    check(
        "using a medicine in order not to wake up",
        &[
            (
                "He told me he has thought about using his insulin to not wake up.",
                D,
                true,
                O,
            ),
            (
                "I changed when I use my insulin to not wake up with a high in the morning.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn a_gun_kept_in_the_loft() {
    check(
        "a firearm still in the loft, beside a wish to be gone",
        &[
            ("Dad's rifle is still up in the loft and lately I don't want to be here any more.", D, true, A),
            ("My late father's rifle is still in the loft, we need to ask the police how to hand it in.", N, false, A),
        ],
    );
}

#[test]
fn burden_and_a_prayer_for_the_end() {
    check(
        "better off without the cost of me; praying to be called home",
        &[
            (
                "Honestly my kids would be better off without the expense of me in this care home.",
                D,
                false,
                A,
            ),
            (
                "At 88 I pray the good Lord will call me home soon.",
                D,
                false,
                A,
            ),
            (
                "The ward would be better off without the cost of agency nurses.",
                N,
                false,
                A,
            ),
            (
                "I pray the Lord will get a move on with healing my knee.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn wishing_not_to_come_round() {
    check(
        "a wish not to wake from an operation",
        &[
            (
                "Going under for the op tomorrow, part of me wishes I just wouldn't wake up.",
                D,
                false,
                A,
            ),
            (
                "I wish I would bounce back quicker after a general anaesthetic, I'm wiped out for days.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn a_lancet_turned_on_oneself() {
    check(
        "routine finger pricks, and the same tools used to hurt on purpose",
        &[
            (
                "Been jabbing my fingertips with the needle on purpose since the argument.",
                H,
                false,
                A,
            ),
            (
                "I prick my fingers eight times a day with the lancet, my fingertips are sore.",
                N,
                false,
                A,
            ),
            (
                "Pricked my finger again because the meter said error.",
                N,
                false,
                A,
            ),
        ],
    );
}
