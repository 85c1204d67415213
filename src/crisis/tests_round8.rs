//! The rules of the eighth round: the posts each is for, and the hard negatives it must
//! leave alone. Written for this module (not taken from any corpus); methods are named only
//! in the plainest words.

use super::tests_round4::check;
use super::Level::{Ideation as D, Imminent as I, None as N, SelfHarm as H};
use super::Subject::{Other as O, SelfAuthor as A};

#[test]
fn stepping_out_in_front_of_it() {
    check(
        "walking out in front of a named train or the traffic",
        &[
            ("Down at the tube station. Next one that comes in, I'm stepping out in front of it.", I, true, A),
            ("Late for the bus again, I'm walking out in front of the house to wave it down.", N, false, A),
            ("The lorry came round the corner and I stepped out in front of it without looking, gave me a fright.", N, false, A),
        ],
    );
}

#[test]
fn the_car_in_the_shed_or_the_garage() {
    check(
        "the car kept in a closed space, beside intent",
        &[
            ("Left the car's engine off for now. The car's in the garage and tonight I'm going to end it.", I, true, A),
            ("My car's in the garage for new brakes, so it's taxis to dialysis this week.", N, false, A),
        ],
    );
}

#[test]
fn treatment_stopped_with_the_secret_in_the_next_clause() {
    check(
        "stopping treatment, the cover story in the clause after",
        &[
            ("I have stopped going for my dialysis and I tell my daughter I am going to the centre as usual.", I, true, A),
            ("Haven't taken my transplant meds in a week and I'm not telling the clinic, I want this over.", I, true, A),
            ("Stopped my insulin on purpose on Monday. Nobody knows.", I, true, A),
            ("I stopped going for my physio and told the physio, she said the exercises at home are enough.", N, false, A),
        ],
    );
}

#[test]
fn wishing_the_end_would_come() {
    check(
        "a passive wish for the end, letting the illness take one",
        &[
            ("Some days I just pray the end will hurry up and come, I'm so tired of this body.", D, false, A),
            ("Lying in the dialysis chair I think about letting the kidneys take me and not coming back.", D, false, A),
            ("Part of me wants this flare to be the end of me.", D, false, A),
            ("Counting down to the end of this chemo cycle, the end can't come soon enough!", N, false, A),
            ("Mum is in the hospice now and we are all praying the end will come gently for her.", N, false, A),
            ("My husband let the nurse take me down for the scan in a wheelchair.", N, false, A),
        ],
    );
}

#[test]
fn the_thoughts_are_back() {
    check(
        "suicidal thoughts returned, with or without a plan",
        &[
            ("Since the diagnosis the suicidal feelings have come back. No plan, I'm safe tonight, my GP knows.", D, false, A),
            ("Thoughts of ending it are coming back again after the bad news.", D, false, A),
            ("I had suicidal thoughts back when I was first diagnosed, none since and I'm doing well.", N, false, A),
        ],
    );
}

#[test]
fn someone_elses_saved_medicine_thought_of_by_the_author() {
    check(
        "the author thinking of taking medicines kept for someone else",
        &[
            ("There's a bag of my husband's old painkillers in the wardrobe and I think about taking them all the time.", D, true, A),
            ("There's a bag of my husband's old painkillers in the wardrobe, I think about taking them back to the chemist.", N, false, A),
        ],
    );
}

#[test]
fn someone_taking_the_saved_tablets_tonight() {
    check(
        "someone else will take tablets they saved, at a time",
        &[
            ("My brother has been hiding his tablets for a month and he says he's taking them tonight.", I, true, O),
            ("My brother is taking them tonight with his dinner, the new antibiotics.", N, false, A),
        ],
    );
}

#[test]
fn doing_away_with_oneself_and_a_blade() {
    check(
        "an older idiom for suicide, and self-harm with a blade",
        &[
            (
                "I've thought of doing away with myself more than once this winter.",
                D,
                false,
                A,
            ),
            (
                "Used a blade on my arm again last night where nobody would see.",
                H,
                false,
                A,
            ),
            (
                "Used a razor on my legs before the beach, first time this year.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn guards_of_this_round() {
    check(
        "advice about what someone may tell you, a past dated in the next sentence, a saying",
        &[
            ("If a friend ever tells you they have thoughts of suicide, listen and help them call a crisis line.", N, false, A),
            ("I wanted to die after my divorce. That was years ago, I'm happily remarried now.", N, false, A),
            ("My grandmother keeps saying when I'm gone the rings are yours. She's 87 and healthy.", N, false, A),
            ("I wanted to die last night. That was the worst it has ever been.", D, false, A),
        ],
    );
}

#[test]
fn second_batch_self_harm() {
    check(
        "self-harm hidden, repeated, after years, or with the blade at hand",
        &[
            ("Cut my stomach where no one will see it. Weigh-in tomorrow.", H, false, A),
            ("Last week I burned my shin for the first time in years and I have done it again since.", H, false, A),
            ("Hit my legs until they went purple after the appointment.", H, false, A),
            ("The razor is right next to me and the urges are really strong tonight.", H, false, A),
            ("The razor is next to me on the sink, I'll shave once the kettle boils.", N, false, A),
            ("Cut my finger chopping onions where no one could see, ha.", N, false, A),
        ],
    );
}

#[test]
fn second_batch_ideation() {
    check(
        "denied negation, 'thinking to', the one that kills, checking out for real, 'in case', a quit treatment",
        &[
            ("I would be lying if I said I don't want to die some nights.", D, false, A),
            ("Sometimes I am thinking to end my life, I have not told my family.", D, false, A),
            ("I hope the next hypo is the one that takes me, honestly.", D, false, A),
            ("been thinking about checking out for good lately, no plan tho", D, false, A),
            ("Dad says he keeps his tablets saved up in case he decides he's had enough.", D, true, O),
            ("Some nights the urge is to stop the insulin altogether.", D, false, A),
            ("On the motorway I picture yanking the wheel into the barrier.", D, true, A),
            ("I'm thinking about checking out the new pain clinic for good advice.", N, false, A),
            ("Keep a spare inhaler in case he decides to go camping.", N, false, A),
        ],
    );
}

#[test]
fn second_batch_goodbyes_and_guards() {
    check(
        "letters for the birthdays to come, an anniversary, advice practised on a course, trifles",
        &[
            ("I wrote them letters for every birthday and left them with their dad. After the school run tomorrow I'm going.", I, false, A),
            ("By the time anyone reads this it'll be over. Sorry for everything.", I, false, A),
            ("Five years ago today I overdosed. Now I'm three years into nursing school.", N, false, A),
            ("On the training day we practised asking are you thinking about suicide, out loud.", N, false, A),
            ("The dog ate my glucose tabs, I'm going to kill him.", N, false, A),
            ("We were better off with the old appointment system.", N, false, A),
            ("The better off dead or hurting yourself one on the form always makes me pause.", N, false, A),
        ],
    );
}

#[test]
fn second_batch_means_in_plural() {
    check(
        "plural and possessive forms of the means",
        &[
            (
                "His rifles are in the shed and he told me tonight's the night he ends it.",
                I,
                true,
                O,
            ),
            (
                "The ropes are in the garage. Tonight after everyone is asleep I'm ending it.",
                I,
                true,
                A,
            ),
            (
                "I've been holding back my tablets for weeks and I'm taking them tonight.",
                I,
                true,
                A,
            ),
            (
                "My sleeping tablets are right there in the drawer and the thought of ending it with them won't go away.",
                D,
                true,
                A,
            ),
        ],
    );
}
