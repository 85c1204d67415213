//! Check-digit validators. Each takes the identifier's characters without
//! separators. A passing checksum is strong evidence that a digit run is a
//! real identifier rather than a lab value or a count.

/// Luhn (mod 10): payment cards, Canadian SIN, NPI (with prefix 80840).
pub(crate) fn luhn(digits: &str) -> bool {
    if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                if d * 2 > 9 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Payment card: 13-19 digits, Luhn, and a known issuer prefix (IIN).
/// Luhn alone passes 1 in 10 random numbers, so the prefix matters.
pub(crate) fn card(digits: &str) -> bool {
    let n = digits.len();
    if !(13..=19).contains(&n) || !luhn(digits) {
        return false;
    }
    let p2: u32 = digits[..2].parse().unwrap_or(0);
    let p4: u32 = digits[..4].parse().unwrap_or(0);
    let p3 = p4 / 10;
    digits.starts_with('4')
        || (51..=55).contains(&p2)
        || (2221..=2720).contains(&p4)
        || p2 == 34
        || p2 == 37
        || p4 == 6011
        || p2 == 65
        || (644..=649).contains(&p3)
        || p2 == 35
        || p2 == 36
        || p2 == 38
        || (300..=305).contains(&p3)
        || p2 == 62
}

/// UK NHS number: 10 digits, mod-11 check digit.
pub(crate) fn nhs(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.len() != 10 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = (0..9)
        .map(|i| u32::from(b[i] - b'0') * (10 - i as u32))
        .sum();
    let check = 11 - sum % 11;
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == u32::from(b[9] - b'0')
}

/// US National Provider Identifier: 10 digits starting 1 or 2, Luhn over
/// the "80840" prefix plus the number.
pub(crate) fn npi(digits: &str) -> bool {
    digits.len() == 10
        && (digits.starts_with('1') || digits.starts_with('2'))
        && luhn(&format!("80840{digits}"))
}

/// DEA registration: 2 letters (second may be 9) + 7 digits, where
/// (d1+d3+d5) + 2*(d2+d4+d6) ends in d7.
pub(crate) fn dea(id: &str) -> bool {
    let b = id.as_bytes();
    if b.len() != 9 || !b[0].is_ascii_alphabetic() || !(b[1].is_ascii_alphabetic() || b[1] == b'9')
    {
        return false;
    }
    if !b[2..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u32> = b[2..].iter().map(|c| u32::from(c - b'0')).collect();
    let s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
    s % 10 == d[6]
}

/// US Social Security number ranges: no 000/666/9xx area, no 00 group, no
/// 0000 serial.
pub(crate) fn ssn(digits: &str) -> bool {
    if digits.len() != 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let area = &digits[..3];
    area != "000"
        && area != "666"
        && !area.starts_with('9')
        && &digits[3..5] != "00"
        && &digits[5..] != "0000"
}

/// North American VIN (17 chars, no I/O/Q) with the position-9 check digit.
pub(crate) fn vin(id: &str) -> bool {
    let b = id.as_bytes();
    if b.len() != 17 {
        return false;
    }
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let mut sum = 0;
    for (i, &c) in b.iter().enumerate() {
        let v = match c.to_ascii_uppercase() {
            d @ b'0'..=b'9' => u32::from(d - b'0'),
            b'A' | b'J' => 1,
            b'B' | b'K' | b'S' => 2,
            b'C' | b'L' | b'T' => 3,
            b'D' | b'M' | b'U' => 4,
            b'E' | b'N' | b'V' => 5,
            b'F' | b'W' => 6,
            b'G' | b'P' | b'X' => 7,
            b'H' | b'Y' => 8,
            b'R' | b'Z' => 9,
            _ => return false,
        };
        sum += v * WEIGHTS[i];
    }
    let check = sum % 11;
    let want = if check == 10 {
        b'X'
    } else {
        b'0' + check as u8
    };
    b[8].to_ascii_uppercase() == want
}

/// Medicare Beneficiary Identifier layout (CMS): C A AN N A AN N A A N N,
/// letters excluding S L O I B Z. Dashes already removed.
pub(crate) fn mbi(id: &str) -> bool {
    let b = id.as_bytes();
    if b.len() != 11 {
        return false;
    }
    let alpha = |c: u8| c.is_ascii_alphabetic() && !b"SLOIBZ".contains(&c.to_ascii_uppercase());
    let num = |c: u8| c.is_ascii_digit();
    let an = |c: u8| alpha(c) || num(c);
    (b'1'..=b'9').contains(&b[0])
        && alpha(b[1])
        && an(b[2])
        && num(b[3])
        && alpha(b[4])
        && an(b[5])
        && num(b[6])
        && alpha(b[7])
        && alpha(b[8])
        && num(b[9])
        && num(b[10])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validators() {
        type Check = fn(&str) -> bool;
        let table: &[(Check, &str, bool)] = &[
            (luhn, "79927398713", true),
            (luhn, "79927398710", false),
            (card, "4111111111111111", true),
            (card, "1234567812345670", false), // Luhn-valid, no issuer
            (nhs, "9434765919", true),
            (nhs, "9434765918", false),
            (npi, "1234567893", true),
            (npi, "1234567890", false),
            (dea, "AB1234563", true),
            (dea, "AB1234567", false),
            (ssn, "123456789", true),
            (ssn, "666121234", false),
            (ssn, "900121234", false),
            (vin, "1HGCM82633A004352", true),
            (vin, "1HGCM82633A004353", false),
            (mbi, "1EG4TE5MK73", true),
            (mbi, "1SG4TE5MK73", false),
            (luhn, "046454286", true), // Canadian SIN test number
        ];
        for (f, s, want) in table {
            assert_eq!(f(s), *want, "{s}");
        }
    }
}
