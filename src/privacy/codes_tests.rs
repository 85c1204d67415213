//! Table tests of the cued codes, plates, serials and IP addresses.
use super::super::Kind;

use super::super::held;

#[test]
fn cued_codes() {
    let table: &[(&str, Kind, &str)] = &[
        ("Wristband says MRN 7749115 and", Kind::Mrn, "7749115"),
        ("Patiet ID 01604887 is on every page", Kind::Mrn, "01604887"),
        (
            "Insurance card says member ID CZE349314364 but",
            Kind::HealthPlanId,
            "CZE349314364",
        ),
        (
            "My Medicare number is 9EV8-G57-FH14 and",
            Kind::HealthPlanId,
            "9EV8-G57-FH14",
        ),
        (
            "Acct # 7126-3505-75 on the bill",
            Kind::Account,
            "7126-3505-75",
        ),
        (
            "My NHS number is 943 476 5919 and",
            Kind::NationalId,
            "943 476 5919",
        ),
        (
            "my SIN 046 454 286 is on the form",
            Kind::NationalId,
            "046 454 286",
        ),
        ("Her NPI is 1234567893 if you", Kind::License, "1234567893"),
        (
            "My doctor's DEA number is AB1234563 on",
            Kind::License,
            "AB1234563",
        ),
        (
            "the pharmacy wanted my driver's license, Y8416255, to",
            Kind::License,
            "Y8416255",
        ),
        (
            "My pump serial number is NG8323324H and",
            Kind::Device,
            "NG8323324H",
        ),
        (
            "wheelchair van, VIN 1HGCM82633A004352, message me",
            Kind::Vehicle,
            "1HGCM82633A004352",
        ),
        (
            "placard for my car, plate GHE 9828, finally",
            Kind::Vehicle,
            "GHE 9828",
        ),
        ("my rego is 1AB 2CD", Kind::Vehicle, "1AB 2CD"),
        (
            "my OHIP health card 1234-567-890-AB",
            Kind::HealthPlanId,
            "1234-567-890-AB",
        ),
        (
            "router shows 66.130.11.33 as my IP",
            Kind::Ip,
            "66.130.11.33",
        ),
        (
            "IPv6 2001:db8:85a3::8a2e:370:7334 today",
            Kind::Ip,
            "2001:db8:85a3::8a2e:370:7334",
        ),
        (
            "my aadhaar 2345 6789 0123 was asked",
            Kind::NationalId,
            "2345 6789 0123",
        ),
    ];
    for (text, kind, span) in table {
        assert_eq!(held(text), vec![(*kind, span.to_string())], "{text}");
    }
}

#[test]
fn not_codes() {
    for text in [
        "Billing code says K50.90, is that the same?",
        "My insurance covers 18 sessions and 10000 steps",
        "Updated to version 1.2.3.4 of the app",
        "Meeting at 12:30:45 today",
        "Dexcom G7 and Omnipod 5 on my Medicare plan",
        "Walked 12991 steps, policy says 30 days",
    ] {
        assert!(held(text).is_empty(), "{text}: {:?}", held(text));
    }
}
