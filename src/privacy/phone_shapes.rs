//! How much a digit run looks like a phone number from its layout alone,
//! before any cue: North American, UK, Irish, Australian, Indian and `+CC`
//! layouts, and every digit typed apart.

use super::numbers::Run;

/// Base plausibility of a digit run as a phone number, before cues.
pub(crate) fn phone_base(run: &Run) -> f32 {
    let d = run.digits.as_str();
    let g = run.groups.as_slice();
    let n = d.len();
    if g.len() >= 7 && g.iter().all(|x| *x == 1) {
        return spaced_digits_base(d);
    }
    if international_zeros(d, g) {
        return 0.7;
    }
    if run.plus {
        let nanp = d.starts_with('1') && n == 11;
        return if nanp || (9..=14).contains(&n) {
            0.85
        } else {
            0.0
        };
    }
    let nanp_formatted = run.paren || g == [3, 3, 4] || g == [1, 3, 3, 4];
    if n == 10 || (n == 11 && d.starts_with('1')) {
        let area = if n == 11 { &d[1..4] } else { &d[..3] };
        if area.starts_with('0') || area.starts_with('1') {
            return intl_national(d, g);
        }
        return if nanp_formatted {
            0.8
        } else {
            intl_national(d, g).max(0.25)
        };
    }
    intl_national(d, g)
}

/// "0044 7700 900123", "0061 412 555 019": the international dialling
/// prefix 00 typed in place of "+", as its own group, then a country code
/// (not 0) and 9 to 13 more digits in groups.
fn international_zeros(d: &str, g: &[usize]) -> bool {
    let n = d.len();
    d.starts_with("00")
        && !d[2..].starts_with('0')
        && (11..=15).contains(&n)
        && g.len() >= 3
        && (2..=5).contains(&g[0])
}

/// Every digit typed apart ("4 1 5 5 5 5 0 1 2 3") is a deliberate
/// disguise: a phone-shaped result is as good as a formatted number.
fn spaced_digits_base(d: &str) -> f32 {
    let n = d.len();
    let nanp = |a: &str| !a.starts_with(['0', '1']);
    let shaped = n == 10 && nanp(&d[..3])
        || n == 11 && d.starts_with('1') && nanp(&d[1..4])
        || n == 11 && d.starts_with("07")
        || n == 10 && d.starts_with("04")
        || n == 10 && d.starts_with(['6', '7', '8', '9']);
    if shaped {
        0.6
    } else {
        0.0
    }
}

/// UK, Irish, Australian and Indian national layouts.
fn intl_national(d: &str, g: &[usize]) -> f32 {
    let n = d.len();
    let grouped = g.len() >= 2;
    if n == 11
        && (d.starts_with("07")
            || d.starts_with("01")
            || d.starts_with("02")
            || d.starts_with("03"))
    {
        return if grouped { 0.65 } else { 0.3 };
    }
    if n == 10
        && (d.starts_with("04")
            || d.starts_with("08")
            || d.starts_with("02")
            || d.starts_with("03")
            || d.starts_with("07"))
    {
        return if grouped { 0.6 } else { 0.3 };
    }
    if n == 10 && d.starts_with(['6', '7', '8', '9']) && g == [5, 5] {
        return 0.45;
    }
    // Indian landlines with their STD code ("011-28914313", "044-24270670").
    if n == 11 && d.starts_with('0') && (g == [3, 8] || g == [4, 7]) {
        return 0.45;
    }
    if n == 7 && g == [3, 4] {
        return 0.2;
    }
    // Hong Kong and Singapore: eight digits in two fours ("9137 5528").
    if n == 8 && g == [4, 4] && d.starts_with(['2', '3', '5', '6', '8', '9']) {
        return 0.2;
    }
    if (9..=11).contains(&n) && grouped && !g.contains(&1) {
        return 0.15;
    }
    0.0
}
