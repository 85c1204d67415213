//! Posts written for the second round of issue 13 (not taken from any
//! corpus), one rule each: "number" written short at the end of a cue
//! phrase, a label glued to its value by a colon, version strings that look
//! like dates, plate cues followed by prose, letter-only serials a few words
//! after their cue, lowercase streets announced as a place, plates in a
//! sentence about a car, and a phone cue earlier in a long sentence.

use super::{scan, should_hold, Kind, DEFAULT_THRESHOLD};

use super::held as held_kinds;

fn assert_held(text: &str, kind: Kind, value: &str) {
    let got = held_kinds(text);
    assert!(
        got.contains(&(kind, value.to_string())),
        "{text:?} -> {got:?}"
    );
}

fn assert_published(text: &str) {
    let f = scan(text);
    assert!(!should_hold(&f, DEFAULT_THRESHOLD), "{text:?} -> {f:?}");
}

#[test]
fn number_written_short_after_a_cue_phrase() {
    assert_held("record # 0093412", Kind::Mrn, "0093412");
    assert_held(
        "my records no. is 11204987 if the clinic asks",
        Kind::Mrn,
        "11204987",
    );
    assert_held("chart nbr 7731842 at the front desk", Kind::Mrn, "7731842");
}

#[test]
fn added_record_cues() {
    assert_held("med record #77410293 at Kaiser", Kind::Mrn, "77410293");
    assert_held("patient identifier 88F-221-093", Kind::Mrn, "88F-221-093");
    assert_held("URN 0449182 on the label", Kind::Mrn, "0449182");
    assert_held(
        "CR number 20231149876 on the OPD card",
        Kind::Mrn,
        "20231149876",
    );
}

#[test]
fn label_glued_by_a_colon() {
    assert_held("MRN:44-8821-3", Kind::Mrn, "44-8821-3");
    assert_held("fax:2125550148 at the clinic", Kind::Fax, "2125550148");
    // A time, a ratio and an IPv6 group are not labels.
    assert_published("Appointment at 10:45, insulin ratio 1:10.");
}

#[test]
fn version_strings_are_not_dates() {
    assert_published("Version 4.2.10 of the app crashed my phone.");
    assert_published("Firmware 2.4.11 and app 5.3.24 are the latest.");
    // With an event cue the same shape is a date.
    assert_held("Surgery 4.2.24 went fine.", Kind::Date, "4.2.24");
}

#[test]
fn plate_cue_before_prose_is_no_plate() {
    assert_published("Registration opens at 9am for the walk.");
    assert_published("Registration closes friday at 5pm.");
    assert_held("Car reg GF14 RNO, blue badge", Kind::Vehicle, "GF14 RNO");
    // Ordinary words between the cue and the plate are skipped.
    assert_held(
        "the plate shows ABC 1234 clearly",
        Kind::Vehicle,
        "ABC 1234",
    );
}

#[test]
fn letter_only_serial_a_few_words_after_its_cue() {
    assert_held(
        "The S/N on the back of the pump is RYVIHYHEYA.",
        Kind::Device,
        "RYVIHYHEYA",
    );
    assert_held(
        "the s/n on the back of the pump is qezoun. ty",
        Kind::Device,
        "qezoun",
    );
    assert_published("The serial number on the box is smudged.");
}

#[test]
fn lowercase_street_announced_as_a_place() {
    assert_held(
        "we're at 6 e banksia dr if anyone wants to drop by",
        Kind::Address,
        "6 e banksia dr",
    );
    assert_held(
        "my address is 14388 laurier cross, kindly send",
        Kind::Address,
        "14388 laurier cross",
    );
    assert_published("i'm at 3 weeks post op and can walk");
}

#[test]
fn plates_in_a_sentence_about_a_car() {
    assert_held(
        "The car with the badge is N881 GLT - white Yaris.",
        Kind::Vehicle,
        "N881 GLT",
    );
    assert_held(
        "someone hit our car, it's 7ABC123",
        Kind::Vehicle,
        "7ABC123",
    );
    assert_published("Drove to A&E and rang NHS 111 on the way.");
    assert_published("Drove my BMW 320 to the clinic.");
    assert_published("Hit 14k steps walking to the car park, CRP 140, PSA 1180.");
    assert_published("Took B12 1000 mcg daily and my CGM works fine.");
}

#[test]
fn phone_cue_earlier_in_a_long_sentence() {
    assert_held(
        "Please fax the referral letter and the discharge summary for my mum to 98450 12377.",
        Kind::Fax,
        "98450 12377",
    );
    assert_held(
        "Reachable on 044-24270670 in the evenings.",
        Kind::Phone,
        "044-24270670",
    );
    // Kolkata's STD code 033 with an 8-digit line is no UK 03xx number.
    assert_held(
        "call me on 033-24567890 after 6",
        Kind::Phone,
        "033-24567890",
    );
    assert_published("Ring the clinic on 0300 123 4567 for appointments.");
}

#[test]
fn role_word_worker_before_a_name() {
    assert_held(
        "Our soocial worker Kirsty Goud got the respite approved.",
        Kind::Name,
        "Kirsty Goud",
    );
}

#[test]
fn international_prefix_zeros_in_place_of_plus() {
    assert_held("mob 0044 7700 900123", Kind::Phone, "0044 7700 900123");
    assert_held(
        "whatsapp 0091 98765 43210 pls",
        Kind::Phone,
        "0091 98765 43210",
    );
    // Leading zeros of a code, not a dialling prefix.
    assert_published("Lot 0001 2345 6789 on the box");
}

#[test]
fn referral_and_care_phrases_before_a_name() {
    assert_held(
        "Referred me to Aleksander Nowicki at the spine clinic.",
        Kind::Name,
        "Aleksander Nowicki",
    );
    assert_held(
        "I was seen by Tamsin Okoro in the day unit.",
        Kind::Name,
        "Tamsin Okoro",
    );
    assert_held(
        "Thanks to Sr. Consolata Wanjiru for everything.",
        Kind::Name,
        "Consolata Wanjiru",
    );
}
