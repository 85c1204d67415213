//! The rules of the fifth round: the posts each is for, and the hard negatives it must leave
//! alone. Written for this module (not taken from any corpus); methods are named only in the
//! plainest words.

use super::tests_round4::check;
use super::Level::{Imminent as I, None as N};
use super::Subject::{Other as O, SelfAuthor as A};

#[test]
fn jumping_now_beside_a_height() {
    check(
        "i am jumping",
        &[
            ("Stood on the multi storey roof. I'm jumping in a minute, sorry everyone.", I, true, A),
            ("He rang me from the viaduct, he's jumping tonight he says.", I, true, O),
            ("Train's cancelled again so I'm jumping in an uber to clinic.", N, false, A),
            ("The grandkids are at the lake by the bridge, I'm jumping in the water with them later.", N, false, A),
            ("She's jumping on the trampoline near the cliff path car park all afternoon.", N, false, A),
            ("I'm jumping in with a question about tacrolimus levels.", N, false, A),
        ],
    );
}

#[test]
fn going_off_the_edge() {
    check(
        "going off",
        &[
            (
                "up at the cliff top now, going off the edge as soon as its dark",
                I,
                true,
                A,
            ),
            (
                "My sugars are going off the charts since the steroids.",
                N,
                false,
                A,
            ),
            (
                "Dad's memory is going off the rails lately, any dementia carers here?",
                N,
                false,
                A,
            ),
        ],
    );
}
