//! Regular expressions written in this source code.

/// Compiles a pattern that is a constant of the program; a typo in one fails every test at once,
/// so the panic can never first happen in production.
#[allow(clippy::expect_used)]
pub fn constant_regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(pattern).expect("constant pattern compiles")
}
