//! Posts written for the fifth round of issue 13 (not taken from any corpus), one rule
//! each, with the hard negatives it must leave alone: Eircodes; Irish and Singapore plates
//! (county letters, a check letter); banks named by brand before an account number; folder,
//! HN and CHI cues; eight-digit phones after a contact word; kin words of more languages
//! and national surname endings; hospitals named with the hospital word first or after a
//! third name word; word forms that are no misspelt cue; Scots "o'" and French months;
//! a move "from A to B" with the person moved between.

use super::round3_tests::{assert_held, assert_published};
use super::Kind;

#[test]
fn eircodes_by_their_shape() {
    assert_held(
        "Our eircode's D02 X285 if the district nurse is lost.",
        Kind::Zip,
        "D02 X285",
    );
    assert_held(
        "we're out past A94 F6P3, the last bungalow",
        Kind::Zip,
        "A94 F6P3",
    );
    assert_published("Ordered the B12 1000 tablets and a C15 2000 pack.");
    assert_published("Flight EI123 leaves at 10, gate B14.");
}

#[test]
fn irish_and_singapore_plates() {
    assert_held(
        "The red Golf 151-D-12345 is parked across the ambulance bay.",
        Kind::Vehicle,
        "151-D-12345",
    );
    assert_held(
        "Whose van SBS 3229 P is blocking the drop-off?",
        Kind::Vehicle,
        "SBS 3229 P",
    );
    // the check letter does not match
    assert_published("Whose van SBS 3229 Q is blocking the drop-off?");
    assert_published("Ward 12-B-3 is the day unit, bay 4.");
}

#[test]
fn banks_folders_and_hospital_numbers() {
    assert_held(
        "Please send to Nedbank 1048329917 for the op, thank you all.",
        Kind::Account,
        "1048329917",
    );
    assert_held(
        "Her Groote Schuur folder number is 88123456 if the social worker asks.",
        Kind::Mrn,
        "88123456",
    );
    assert_held(
        "Dad's HN number HN11223344 is on the wristband.",
        Kind::Mrn,
        "HN11223344",
    );
    assert_held(
        "My CHI is 12 03 76 1230 on the letter.",
        Kind::NationalId,
        "12 03 76 1230",
    );
    assert_published("The food bank on Main St opens at 10.");
}

#[test]
fn eight_digit_phones_need_a_contact_word() {
    assert_held(
        "text me on 6123 4567 after my shift",
        Kind::Phone,
        "6123 4567",
    );
    assert_published("The numbers 2345 6789 were on the old bus timetable.");
    assert_published("The hotline 2389 2222 is open all night.");
}

#[test]
fn kin_words_and_national_surnames() {
    assert_held(
        "My ouma, Johanna Botha, is in for her hip.",
        Kind::Name,
        "Johanna Botha",
    );
    assert_held(
        "On the form they wrote Kowalczyk Marta, I am Marta Kowalczyk.",
        Kind::Name,
        "Marta Kowalczyk",
    );
    assert_published("The Kowalczyk method is explained on the NHS site.");
}

#[test]
fn hospitals_named_after_people() {
    assert_published("Hospital Albert Einstein has a good transplant unit.");
    assert_published("Chris Hani Baragwanath hospital was packed on Friday.");
    assert_published("The Royal Flying Doctor Service took him to Broken Hill.");
    assert_published("Kenya Red Cross came with water after the floods.");
    assert_published("The Samaritan Befrienders Hong Kong line is 24 hours.");
}

#[test]
fn word_forms_are_no_misspelt_cue() {
    assert_published("Thanks so much Aoife, the heat pad worked a treat.");
    assert_held(
        "my husand Brian Tolley is in bed 4",
        Kind::Name,
        "Brian Tolley",
    );
}

#[test]
fn scots_and_french_dates() {
    assert_held(
        "Ma scan's booked fur the 9th o' June.",
        Kind::Date,
        "9th o' June.",
    );
    assert_held(
        "My operation is the 3 février, I am scared.",
        Kind::Date,
        "3 février",
    );
    assert_held("my biopsy is on 21 octobre", Kind::Date, "21 octobre");
}

#[test]
fn a_move_with_the_person_between() {
    assert_held(
        "We're moving Dad from 97201 to 98101 next spring.",
        Kind::Zip,
        "98101",
    );
    assert_published("Viral load went from 45000 to 20000 in a month.");
}
