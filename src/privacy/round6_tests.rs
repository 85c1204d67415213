//! Posts written for the sixth round of issue 13 (not taken from any corpus), one rule
//! each, with the hard negatives it must leave alone: dotted "S.I.N.", "ser#" and sticker
//! serials (not the dose on a pharmacy sticker); hospital bracelets and bands as record
//! cues; an NHS number from a GP letter; Indian PIN codes (not a card's PIN); a date after
//! "turned 65 on"; ages after a person's name; "brother in law" before a lowercase name;
//! broadcasters known by a title and one name.

use super::round3_tests::{assert_held, assert_published};
use super::Kind;

#[test]
fn dotted_and_hashed_cues() {
    assert_held(
        "The pension form wants my S.I.N. again: 046 454 286, third time this year.",
        Kind::NationalId,
        "046 454 286",
    );
    assert_held(
        "my nebuliser ser# QX7730218 is on the recall notice",
        Kind::Device,
        "QX7730218",
    );
}

#[test]
fn sticker_serials_but_not_doses() {
    assert_held(
        "Lost Dad's hearing aid at the shops, the sticker inside the case says MK55019273.",
        Kind::Device,
        "MK55019273",
    );
    assert_published("The pharmacy sticker says 250mg three times a day with food.");
    assert_published("The sticker on the pedometer says 10000 steps a day, ha.");
}

#[test]
fn bracelets_and_bands_as_record_cues() {
    assert_held(
        "The nurse checked the number on her bracelet, the one under the barcode, 77301942, before the transfusion.",
        Kind::Mrn,
        "77301942",
    );
    assert_published("Her bracelet from the charity walk says 2019 on it.");
}

#[test]
fn nhs_number_from_a_gp_letter() {
    assert_held(
        "Copying it from the GP letter so I don't lose it: 9434765919.",
        Kind::NationalId,
        "9434765919",
    );
}

#[test]
fn indian_pin_codes_not_card_pins() {
    assert_held(
        "We moved to Kothrud last month, PIN 411038, any good diabetologist nearby?",
        Kind::Zip,
        "411038",
    );
    assert_published("Never tell anyone your card PIN 4821, the bank will never ask.");
}

#[test]
fn a_date_after_turned() {
    assert_held(
        "I turned 70 on March 3 and the letter for the bowel screening came the next day.",
        Kind::Date,
        "March 3",
    );
    assert_published("Our church turned 150 this year and the fete is on June 4.");
}

#[test]
fn ages_after_a_persons_name() {
    assert_held(
        "grandpa henrik delgado (93) is home from the ward today",
        Kind::AgeOver89,
        "93",
    );
    assert_held(
        "Uncle Bertie is ninety-four and still drives to bowls.",
        Kind::AgeOver89,
        "ninety-four",
    );
    assert_published("My dad's resting heart rate (91) worries me a bit.");
}

#[test]
fn brother_in_law_before_a_lowercase_name() {
    assert_held(
        "my sister in law priya raghunathan drives me to the infusions now",
        Kind::Name,
        "priya raghunathan",
    );
}

#[test]
fn broadcasters_known_by_title_and_one_name() {
    assert_published("Dr Michael on the radio said to keep moving with arthritis.");
    assert_published("Saw Dr Ranj on the telly talking about eczema creams.");
}
