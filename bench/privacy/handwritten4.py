#!/usr/bin/env python3
"""A fifth held-out set, written by hand in the third round after
handwritten3 had been scored once and before any scanner change of the
round. Why it exists: while probing phrasing classes early in the round,
about thirty probe sentences that paraphrased handwritten3 posts (ages,
dates, postcodes and a few names) were run through the scanner and their
results seen, so handwritten3's after-figures for those kinds are not a
clean held-out measure. This set was never run before its first score;
it is scored once before the round's changes and once at the end, with
misses hidden (`score.py --show 0`).

usage: handwritten4.py > handwritten4.jsonl

Same format as handwritten3 (labels beside each post, offsets found by the
script, checksums checked).
"""
from __future__ import annotations

import json
import sys

from handwritten3 import label

WITH_IDENTIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    # names
    ("Bless her, the palliative nurse Rosalind Achterberg stayed past her shift to sit with Dad.",
     [("NAME", "Rosalind Achterberg")]),
    ("My daughter-in-law, Tahnee Wirrpanda, is doing the night feeds so I can sleep.",
     [("NAME", "Tahnee Wirrpanda")]),
    ("hi im deepika raghavendran, 29, newly diagnosed with PCOS and very confused",
     [("NAME", "deepika raghavendran")]),
    ("Father Declan Mulcahy came to the ward and anointed Mam, it meant a lot.",
     [("NAME", "Declan Mulcahy")]),
    ("We saw a Dr Ifeoma Chukwuemeka at the fracture clinic, she was thorough.",
     [("NAME", "Ifeoma Chukwuemeka")]),
    ("Best wishes, Agnieszka Zielińska-Root",
     [("NAME", "Agnieszka Zielińska-Root")]),
    ("The physio (Hamish McTavish) says six more weeks on crutches.",
     [("NAME", "Hamish McTavish")]),
    ("my flatmate hone whatuira took me to ED when I couldn't breathe",
     [("NAME", "hone whatuira")]),
    ("Our case manager is Ms Latoya Beauchamp-Reid and she never returns calls.",
     [("NAME", "Latoya Beauchamp-Reid")]),
    ("In loving memory of my wife, Gwendolyn Prys-Owen, who fought so hard.",
     [("NAME", "Gwendolyn Prys-Owen")]),
    ("Dr. Arvind Balasubramanian (nephro, Coimbatore) is very good, very patient.",
     [("NAME", "Arvind Balasubramanian")]),
    ("Ask for Moana Leaupepe at the front desk, she sorts the parking passes.",
     [("NAME", "Moana Leaupepe")]),
    ("it's Tyrese Okonkwo-Bell here, lurker, finally posting after my ostomy",
     [("NAME", "Tyrese Okonkwo-Bell")]),
    ("The haematologist, Prof Ulrike Hoffmeister, wants me on the trial.",
     [("NAME", "Ulrike Hoffmeister")]),
    ("Thank you so much Mrs. K. Dasgupta for the recipes you sent!",
     [("NAME", "K. Dasgupta")]),
    ("my nephew callum mcfadzean has the same thing, he's 12",
     [("NAME", "callum mcfadzean")]),
    ("Yours faithfully,\nEdwin P. Carrow (retired pharmacist)",
     [("NAME", "Edwin P. Carrow")]),
    ("Our neighbour Mr Tevita Fifita drives Mum to dialysis every Tuesday, what a man.",
     [("NAME", "Tevita Fifita")]),
    ("The new registrar is called Saoirse Delahunty and she is lovely.",
     [("NAME", "Saoirse Delahunty")]),
    ("Ngā mihi, Rāwiri Te Awe",
     [("NAME", "Rāwiri Te Awe")]),
    # postcodes and places
    ("Anyone with a kid with T1D in or near 19143? Looking for playdates.",
     [("ZIP", "19143")]),
    ("We're about 30 mins north of 37203, is Vanderbilt the best bet?",
     [("ZIP", "37203")]),
    ("we just relocated to 80205 from out of state, need a pulmonologist",
     [("ZIP", "80205")]),
    ("Our post code is CF14 4XW, is the Heath the closest for fertility?",
     [("ZIP", "CF14 4XW")]),
    ("Live in 6160, Fremantle way, anyone know a good bulk billing GP?",
     [("ZIP", "6160")]),
    ("My zip's 33139 and I'm looking for a Spanish-speaking therapist.",
     [("ZIP", "33139")]),
    # addresses
    ("Bring the donations to 62 Wakefield Street, Te Aro, the lounge is open 10 to 4.",
     [("ADDRESS", "62 Wakefield Street, Te Aro")]),
    ("Mum's new place is 5/12 Currawong Ave, Normanhurst, ground floor thank god.",
     [("ADDRESS", "5/12 Currawong Ave, Normanhurst")]),
    ("ship it to 1840 Ellsworth Blvd, Unit 7, Houston TX 77002",
     [("ADDRESS", "1840 Ellsworth Blvd, Unit 7, Houston TX 77002")]),
    ("I'm at 31 Sráid an Mhuilinn, Galway if anyone wants to visit.",
     [("ADDRESS", "31 Sráid an Mhuilinn, Galway")]),
    ("Residence: 14-2-117/B, Banjara Hills Road No 3, Hyderabad.",
     [("ADDRESS", "14-2-117/B, Banjara Hills Road No 3, Hyderabad")]),
    # ages
    ("Pop is 98 and just had his cataract done, back to reading the paper.",
     [("AGE_OVER_89", "98")]),
    ("My mam, God love her, is ninety-one and still won't use the stairlift.",
     [("AGE_OVER_89", "ninety-one")]),
    ("Caring for a 94 y.o. father with heart failure, any tips for the swelling?",
     [("AGE_OVER_89", "94")]),
    ("Grandma will be 101 in May and the care home is planning a party.",
     [("AGE_OVER_89", "101")]),
    ("My father-in-law, now in his 90s, is 93 to be exact, and refuses the hearing test.",
     [("AGE_OVER_89", "93")]),
    # dates
    ("Transplant was on the 4th of July, 2019, and my kidney is still going strong.",
     [("DATE", "4th of July, 2019")]),
    ("Her due date is 22/01, but the consultant says induction at 38 weeks.",
     [("DATE", "22/01")]),
    ("born 1962-11-05, if the form asks, which it always does",
     [("DATE", "1962-11-05")]),
    ("pre-op is mon 14 oct, surgery the day after",
     [("DATE", "mon 14 oct")]),
    ("Mum was admitted on 30 Sept and is still waiting for a bed on the ward.",
     [("DATE", "30 Sept")]),
    # other kinds
    ("Text me on 022 318 4406 if you want the spare nebuliser, I'm in Hamilton.",
     [("PHONE", "022 318 4406")]),
    ("email is tui.herangi at gmail dot com if anyone wants the spreadsheet",
     [("EMAIL", "tui.herangi at gmail dot com")]),
    ("Hospital number K448210 is on the letter, do I need to bring it?",
     [("MRN", "K448210")]),
    ("Mum (Dorothy Pringle, 96) is finally home.",
     [("NAME", "Dorothy Pringle"), ("AGE_OVER_89", "96")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    "The Peter Mac oncology ward was fully booked so they sent us to Box Hill.",
    "Dame Cicely Saunders basically invented hospice care, worth reading about.",
    "Wellington Regional has a new dialysis wing, much nicer than the old one.",
    "Guy's and St Thomas' have a great lupus clinic.",
    "Christchurch Hospital ED was four hours but the triage nurse was great.",
    "Royal Perth did the angiogram and the Fiona Stanley did the bypass.",
    "Sir Ganga Ram took a week to do the MRI.",
    "Hashimoto's and Graves' are both thyroid but opposite, confusing!",
    "Barrett's oesophagus was found on the scope, surveillance every 3 years.",
    "Dupuytren's in both hands now, surgery next year maybe.",
    "My pill is Cerazette, was on Rigevidon before.",
    "Xarelto 20 mg once a day since the clot.",
    "Celebrex and Voltaren gel together, the rheumy said fine.",
    "Emgality has cut my migraines in half, Aimovig did nothing.",
    "Ellaone was 35 pounds at the chemist, madness.",
    "Ozzy Osbourne talking about Parkinson's on telly made me less scared.",
    "Sir Michael Parkinson had prostate cancer too, I read.",
    "Venus Williams talks about Sjögren's a lot.",
    "Dr Karl Kruszelnicki on the radio said the same thing about vitamin D.",
    "Thanks Mere, you're a star!",
    "My brother Seán says hello to everyone who helped.",
    "Aunty Rita from church brought soup again.",
    "The consultant and the registrar both said the same, which is reassuring.",
    "Tandem app 2.7.1 on Android 14 keeps crashing.",
    "Batch AB1234 of the flu jab, no reaction.",
    "Firmware 1.0.29 for the Libre reader.",
    "Item 23 on the Medicare schedule is a standard GP consult.",
    "PBS item 10090J is the one for the CGM subsidy.",
    "Code 99213 vs 99214 is just the length of the visit apparently.",
    "NCT05123456 is the trial I am on, phase 2.",
    "Insulin 18 units at bedtime, 6 units with meals.",
    "Creatinine 142 umol/L and eGFR 40, stable.",
    "Hb 104, ferritin 8, B12 fine.",
    "Sats 94% on room air, 98% on 2 L.",
    "Healthline 0800 611 116 is free any time.",
    "Lifeline is 13 11 14 and they are open all night.",
    "Samaritans Ireland 116 123, free from any phone.",
    "Tele MANAS 14416 if you need to talk in your language.",
    "Diagnosed in 2008, second flare in 2016, calm since.",
    "Surgery was three weeks ago, stitches out on Friday.",
    "My dad is 86 and my father-in-law 89.",
    "A 90-day supply is cheaper with mail order.",
    "The hospital is 100 years old this year, there's a plaque.",
    "Ward 7 bay 3 bed 2 is where the fracture patients go.",
    "Took the 148 bus to St George's, 40 minutes door to door.",
    "Walked 12000 steps for the fundraiser!",
    "Paid 3500 rupees for the echo.",
]


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand4-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
