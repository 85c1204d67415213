//! Posts written for the seventh round of issue 13 (not taken from any corpus), one rule
//! each, with the hard negatives it must leave alone: a cue a sentence or a long clause
//! before its value; PPS and "device no." cues; hospital switchboards and general lines;
//! named observance days; contractions after a role word; "home visits in" a PIN.

use super::round3_tests::{assert_held, assert_published};
use super::Kind;

#[test]
fn a_checked_value_a_sentence_after_its_cue() {
    assert_held(
        "The pension office asked for my husband's social insurance number again. It's 130 692 544.",
        Kind::NationalId,
        "130 692 544",
    );
    assert_held(
        "The screening letter has the wrong CHI number on it. Mine says 2403875139, which is my sister's.",
        Kind::NationalId,
        "2403875139",
    );
    // No check digit: the cue a sentence back does not reach it.
    assert_published(
        "They asked for my social insurance number. The number on the letter is 123 456 780.",
    );
}

#[test]
fn a_value_handed_over_at_the_end_of_a_long_clause() {
    assert_held(
        "The serial on the box the loan pump came in from the hospital in Leeds is RT5590213.",
        Kind::Device,
        "RT5590213",
    );
    // Another kind of number named between the cue and the value.
    assert_published(
        "The serial on the box has worn off, but the lot printed beside the expiry is 4471129.",
    );
}

#[test]
fn pps_and_device_number_cues() {
    assert_held(
        "Revenue want my PPS number 7823419TA for the medical expenses claim.",
        Kind::NationalId,
        "7823419TA",
    );
    assert_held(
        "Device no. 5561-KX2 is on the letter from the pacing clinic.",
        Kind::Device,
        "5561-KX2",
    );
}

#[test]
fn hospital_switchboards_are_public() {
    assert_published("Ring the hospital switchboard on 0161 276 1234 and ask for the renal ward.");
    assert_published(
        "The general enquiries line for the Royal Infirmary, 0131 536 1000, is open till 8.",
    );
    assert_held(
        "Ring me on 07911 123456 tonight; the hospital switchboard never puts anyone through.",
        Kind::Phone,
        "07911 123456",
    );
}

#[test]
fn named_observance_days_are_public() {
    assert_published("World Kidney Day on 12 March, our unit is doing free blood pressure checks.");
    assert_published("Carers Week, 9 June, the hospice is hosting a tea for families.");
    assert_held(
        "My transplant anniversary is on 12 March, three years!",
        Kind::Date,
        "12 March",
    );
}

#[test]
fn contractions_are_not_names() {
    assert_published("The psychiatrist won't go above 40mg on the citalopram because of my QTc.");
}

#[test]
fn home_visits_in_a_pin_code() {
    assert_held(
        "Is there a podiatrist who does home visits in 560034? Mum can't travel.",
        Kind::Zip,
        "560034",
    );
    assert_published("The health visitor visits in 2025 dropped to four a month.");
}
