//! Table tests of the phone, fax, SSN and card shapes.
use super::super::Kind;

fn best(text: &str) -> Option<(Kind, String)> {
    super::super::held(text).into_iter().next()
}

#[test]
fn phones_and_faxes() {
    let table: &[(&str, Option<(Kind, &str)>)] = &[
        (
            "Call me at (376) 369-9368 after 6pm",
            Some((Kind::Phone, "(376) 369-9368")),
        ),
        (
            "my cell is 543.396.9988 thanks",
            Some((Kind::Phone, "543.396.9988")),
        ),
        (
            "ring me on 07700 900123 tonight",
            Some((Kind::Phone, "07700 900123")),
        ),
        (
            "my mobile +44 7700 900123",
            Some((Kind::Phone, "+44 7700 900123")),
        ),
        (
            "call my son on +91 98765 43210",
            Some((Kind::Phone, "+91 98765 43210")),
        ),
        (
            "text me 0412 345 678 (Aussie mobile)",
            Some((Kind::Phone, "0412 345 678")),
        ),
        (
            "My work fax is 1-275-402-8299 if easier",
            Some((Kind::Fax, "1-275-402-8299")),
        ),
        ("call me: 5551234567", Some((Kind::Phone, "5551234567"))),
        (
            "my number is five five five, two one two, three four five six",
            Some((
                Kind::Phone,
                "five five five, two one two, three four five six",
            )),
        ),
        ("one or two, maybe three or four", None),
        ("poison control is 1-800-222-1222", None),
        ("the nurse line is 1-888-555-0100", None),
        ("BP 140/90, A1C 7.2, 12.5 mg, $13.50", None),
        ("walked 12991 steps and 3,672 more", None),
    ];
    for (text, want) in table {
        let got = best(text);
        let want = want.map(|(k, s)| (k, s.to_string()));
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn ssn_and_cards() {
    let table: &[(&str, Option<Kind>)] = &[
        ("form with 424-60-7573 on it", Some(Kind::Ssn)),
        (
            "paid with 4111 1111 1111 1111 today",
            Some(Kind::CreditCard),
        ),
        ("number 666-12-3456 is invalid", None),
        ("order 1234 5678 1234 5670", None),
    ];
    for (text, want) in table {
        assert_eq!(best(text).map(|b| b.0), *want, "{text}");
    }
}
