//! Table tests of addresses, postcodes and ZIPs.
use super::super::Kind;

use super::super::held;

#[test]
fn addresses_and_zips() {
    let table: &[(&str, Kind, &str)] = &[
        (
            "Our address for cards is 3583 Grant St, she would love",
            Kind::Address,
            "3583 Grant St",
        ),
        (
            "at 445 Meadow Ct, Columbus, OH 38214 instead",
            Kind::Address,
            "445 Meadow Ct, Columbus, OH 38214",
        ),
        (
            "we're at 2010 Jackson Ct Apt. 659 behind",
            Kind::Address,
            "2010 Jackson Ct Apt. 659",
        ),
        (
            "send it to 12 Acacia Avenue, Leeds LS6 2AB thanks",
            Kind::Address,
            "12 Acacia Avenue, Leeds LS6 2AB",
        ),
        ("postcode is SW1A 1AA if needed", Kind::Address, "SW1A 1AA"),
        (
            "I'm in Ottawa, K1A 0B6 is my postal code",
            Kind::Address,
            "K1A 0B6",
        ),
        (
            "we moved to 7 Smith Street, Fitzroy VIC 3065 last year",
            Kind::Address,
            "7 Smith Street, Fitzroy VIC 3065",
        ),
        (
            "home health comes to 4198 main street every tuesday",
            Kind::Address,
            "4198 main street",
        ),
        (
            "Looking for a geriatrician near 85909, any recs?",
            Kind::Zip,
            "85909",
        ),
        ("Anyone in 63183? Would love", Kind::Zip, "63183"),
        (
            "We live in the 15627-0206 zip code and",
            Kind::Zip,
            "15627-0206",
        ),
        ("providers within 25 miles of 36721.", Kind::Zip, "36721"),
        ("I'm in Boise, ID 83702 now", Kind::Zip, "83702"),
    ];
    for (text, kind, span) in table {
        assert_eq!(held(text), vec![(*kind, span.to_string())], "{text}");
    }
}

#[test]
fn not_addresses() {
    for text in [
        "walked 12991 steps, then 10000 steps",
        "B12 was 159 so I'm on shots, B12 2MG tabs",
        "appointment at 2 pm dr office said fine",
        "Stage T2N0M0, BK at 3853 copies, 45000 people",
        "Calprotectin went from 11810 to 130",
    ] {
        assert!(held(text).is_empty(), "{text}: {:?}", held(text));
    }
}
