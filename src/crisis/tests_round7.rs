//! The rules of the seventh round: the posts each is for, and the hard negatives it must
//! leave alone. Written for this module (not taken from any corpus); methods are named only
//! in the plainest words.

use super::tests_round4::check;
use super::Level::{Ideation as D, Imminent as I, None as N, SelfHarm as H};
use super::Subject::SelfAuthor as A;

#[test]
fn scots_and_caribbean_spellings() {
    check(
        "dialect words and dropped g",
        &[
            ("Ah cannae keep gaun. The night's the night I end it, ah'm sorry.", I, false, A),
            ("The night's the night we finally get the keys to the new flat!", N, false, A),
            ("I'm headin oot there the morn tae finish masel. Naebody will miss me.", I, false, A),
            ("By next week I go be gone, I tired of this sickness.", I, false, A),
            ("Ah telt the nurse I'm no comin back for the infusions, I dinnae care what happens tae me.", N, false, A),
        ],
    );
}

#[test]
fn a_place_named_before_the_act() {
    check(
        "going out there to finish myself, end it there",
        &[
            ("Standing by the level crossing now. I'm going to end it there once the light goes.", I, true, A),
            ("I'll end it there for today, thanks for coming to the group.", N, false, A),
            ("I'm heading up to the top of our block of flats, I want this to be over tonight.", I, true, A),
            ("Took the kids up to the top of the block of flats to see the fireworks tonight.", N, false, A),
        ],
    );
}

#[test]
fn treatment_stopped_with_a_cover_story_or_in_secret() {
    check(
        "stopping treatment, the team kept in the dark",
        &[
            ("I stopped going to dialysis a fortnight ago and told the centre I'm staying with my son. Now I'm waiting to go.", I, true, A),
            ("Not taking my tacrolimus since Sunday, my consultant does not know.", I, true, A),
            ("We stopped dialysis with the renal team last month and Dad is comfortable in the hospice.", N, false, A),
            ("I keep thinking about stopping my insulin and just never waking up.", D, true, A),
        ],
    );
}

#[test]
fn means_kept_or_hidden() {
    check(
        "means collected, hidden or kept in a room",
        &[
            ("I collect my tablets for weeks now and this evening I will take them.", I, true, A),
            ("My dad's rifle is in the spare room wardrobe and I keep thinking about using it on myself.", D, true, A),
            ("Crossing the footbridge on the school run I picture throwing myself off it.", D, true, A),
            ("The kids' medicines are hidden on the top shelf so the toddler can't reach them.", N, false, A),
        ],
    );
}

#[test]
fn burden_beside_a_sad_face_and_a_skull() {
    check(
        "skull emoji with sad faces",
        &[
            (
                "everyone would be happier without me around \u{1f614}\u{1f480}",
                D,
                false,
                A,
            ),
            (
                "my sister would be happier without me borrowing her car lol \u{1f480}",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn repeated_cutting_this_week() {
    check(
        "a count of times in a week",
        &[
            (
                "Three times this week I cut my arm after the kids were in bed.",
                H,
                false,
                A,
            ),
            (
                "I cut my hand twice this week on the new mandoline slicer, ouch.",
                N,
                false,
                A,
            ),
        ],
    );
}

#[test]
fn funeral_wishes_are_planning() {
    check(
        "funeral wishes written down",
        &[
            ("At 91 I have put my funeral wishes in writing: two hymns, no fuss. My son finds it morbid.", N, false, A),
        ],
    );
}

#[test]
fn means_set_aside_and_sessions_missed() {
    check(
        "tablets put by, sessions not attended, doing it now",
        &[
            ("I've been putting my sleeping tablets aside since summer and tomorrow I'm taking every one of them.", I, true, A),
            ("I haven't been to my dialysis sessions for a week and told the unit I'm away. I'm not going back.", I, true, A),
            ("The rope is in the loft. I'm finished with all of this. Doing it now.", I, true, A),
            ("Found the recipe you posted. Doing it now, thanks!", N, false, A),
            ("Sunday evening routine: every pill sorted into the dosette box for the week, tea, telly.", N, false, A),
            ("The consultant keeps cutting me back on the painkillers and I'm struggling to sleep.", N, false, A),
        ],
    );
}

#[test]
fn comparisons_negations_and_end_of_life_calm() {
    check(
        "rather dead than, not a single thought, calm in a hospice",
        &[
            ("I'd rather be dead and buried than sit through another of his slideshows, honestly.", N, false, A),
            ("I'd rather be dead than spend another twenty years of this pain.", D, false, A),
            ("Ten years well now and I have not had a single thought of suicide since.", N, false, A),
            ("We start hospice care next week and I feel oddly calm about it all.", N, false, A),
            ("Tonight's the night, our first curry since the stoma op!", N, false, A),
            ("The poster at the GP says if you are concerned a friend is thinking about suicide, ask them.", N, false, A),
            ("He'll be gone by the morning, he told me, and he gave me his watch.", I, false, super::Subject::Other),
        ],
    );
}

#[test]
fn a_clinical_episode_is_no_tv_episode() {
    check(
        "rejection episode, tv episode",
        &[
            ("Since the rejection episode I keep thinking I should quietly stop my tacrolimus and let it all end.", D, true, A),
            ("In last night's episode the main character wanted to end it all, I cried.", N, false, A),
        ],
    );
}

#[test]
fn and_without_a_subject_keeps_the_past() {
    check(
        "used to ... and hurt myself",
        &[
            ("Years in recovery now. I used to skip meals and cut my arms most nights, these days I mentor others.", N, false, A),
            ("I used to be fine and I cut my arms again last night.", H, false, A),
        ],
    );
}
