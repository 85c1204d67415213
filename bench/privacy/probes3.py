#!/usr/bin/env python3
"""Tuning probes of the third round (issue 13): short posts written by hand
during the round, per kind of phrasing the round's rules address (names
after sign-offs with a comma, in brackets after a relation or role word,
before a role apposition or "here", lowercase names after a relation word
with a surname-shaped second word, lowercase titles, honorifics and ranks;
postcodes after direction phrases and in "from A to B"; ages in non-native
phrasing; day.month dates after an event word), each with the hard
negatives the new rule must leave alone. Tuned on: its figures are not a
held-out measure.

usage: probes3.py > probes3.jsonl
"""
from __future__ import annotations

import json
import sys

from handwritten3 import label

POSITIVE: list[tuple[str, list[tuple[str, str]]]] = [
    # sign-off, comma, name, then more text
    ("Cheers, Lachlan Tregenza (dad of a T1D kid)", [("NAME", "Lachlan Tregenza")]),
    ("Thanks, Marisol Quintanar-Ruiz - mum to twins", [("NAME", "Marisol Quintanar-Ruiz")]),
    ("Kind regards,\nPhilippa Ormsby-Kerr\nVolunteer driver", [("NAME", "Philippa Ormsby-Kerr")]),
    ("Love, Ines Vasconcelos, on behalf of the family", [("NAME", "Ines Vasconcelos")]),
    ("Yours sincerely, Cormac Ó Braonáin (retired teacher)", [("NAME", "Cormac Ó Braonáin")]),
    ("Warm wishes, Temperance Oduya and family", [("NAME", "Temperance Oduya")]),
    # relation or role word, bracket, name
    ("My aunt (Philomena Garrity) is on the stroke ward.", [("NAME", "Philomena Garrity")]),
    ("Grandad (Wiremu Parata, 88) has pneumonia again.", [("NAME", "Wiremu Parata")]),
    ("Our GP (Dr Anand Kulkarni) referred us.", [("NAME", "Anand Kulkarni")]),
    ("the dietitian (Rhiannon Pugh-Evans) was so kind", [("NAME", "Rhiannon Pugh-Evans")]),
    # role apposition or "here" after the name
    ("Keziah Mwangi-Otieno, the stoma nurse, showed me how to change the bag.", [("NAME", "Keziah Mwangi-Otieno")]),
    ("Has anyone seen Ottoline Fairweather? She's a urologist in Bristol.", [("NAME", "Ottoline Fairweather")]),
    ("Tavita Leota, our social worker, found us the grant.", [("NAME", "Tavita Leota")]),
    ("Benedikt Aschenbrenner here, long-time reader with Crohn's.", [("NAME", "Benedikt Aschenbrenner")]),
    ("It's Zanele Dlamini-Botha here, back from the transplant ward!", [("NAME", "Zanele Dlamini-Botha")]),
    # lowercase name after a relation word, surname-shaped second word
    ("my sister-in-law maeve mcanespie is driving me", [("NAME", "maeve mcanespie")]),
    ("my grandson liam fitzharris is doing the fun run for us", [("NAME", "liam fitzharris")]),
    ("my husband tomasz wojciechowski has the same scan next week", [("NAME", "tomasz wojciechowski")]),
    ("my neighbour ruth halvorsen drove me in", [("NAME", "ruth halvorsen")]),
    ("our carer aroha tamihana is amazing with mum", [("NAME", "aroha tamihana")]),
    ("my cousin sione faleafa had the same op", [("NAME", "sione faleafa")]),
    ("my wife oksana hrytsenko is a nurse too", [("NAME", "oksana hrytsenko")]),
    ("my brother nikos papadopoulos flew in from athens", [("NAME", "nikos papadopoulos")]),
    # lowercase title and surname, surname first
    ("my nephrologist dr. halvorsen is leaving the practice", [("NAME", "halvorsen")]),
    ("seeing dr okonkwo again on monday", [("NAME", "okonkwo")]),
    ("my cardiologist dr patel rajesh changed the dose", [("NAME", "patel rajesh")]),
    ("dr patel said the same about the rash", [("NAME", "patel")]),
    # honorifics and ranks
    ("Whaea Mereana Tipoki runs the kaumātua group.", [("NAME", "Mereana Tipoki")]),
    ("Fr. Donnchadh Breen visits the hospice on Fridays.", [("NAME", "Donnchadh Breen")]),
    ("Capt. Ruairí Flanagan (retd) is my dad.", [("NAME", "Ruairí Flanagan")]),
    ("Smt. Kamala Venugopal was admitted yesterday.", [("NAME", "Kamala Venugopal")]),
    # postcodes after direction phrases, from A to B
    ("We're 20 minutes outside of 46201, happy to drive.", [("ZIP", "46201")]),
    ("just north of 55401 if anyone wants to meet up", [("ZIP", "55401")]),
    ("We live south of 27601, any good rheumy?", [("ZIP", "27601")]),
    ("We are moving from 02115 to 98109 in June.", [("ZIP", "02115"), ("ZIP", "98109")]),
    ("relocated from 73301 to 29401 for the job", [("ZIP", "73301"), ("ZIP", "29401")]),
    # ages in other phrasing
    ("My grandfather has 93 years and he still walks daily.", [("AGE_OVER_89", "93")]),
    ("my nonna she have 95 years, very strong woman", [("AGE_OVER_89", "95")]),
    ("Grandpa just hit 97, still cheeky.", [("AGE_OVER_89", "97")]),
    # day.month and d/m after an event word
    ("Colonoscopy booked for 14.03 at 9, prep the night before.", [("DATE", "14.03")]),
    ("Surgery on 22.11 if the bloods are ok.", [("DATE", "22.11")]),
    ("admitted 3/12, readmitted 4/2, discharged 9/2", [("DATE", "3/12"), ("DATE", "4/2"), ("DATE", "9/2")]),
    # second batch: introductions, Indian and Nigerian surname shapes, door numbers,
    # ages across a clause, short dates a few words after the cue
    ("The night sister is called Oonagh Brannigan and she is brilliant.", [("NAME", "Oonagh Brannigan")]),
    ("my GP's called Ravindra Kothari, very thorough", [("NAME", "Ravindra Kothari")]),
    ("hi all, im sowmya padmanabhan from chennai, new here", [("NAME", "sowmya padmanabhan")]),
    ("my father-in-law venkat ramakrishnan is 70 and on dialysis", [("NAME", "venkat ramakrishnan")]),
    ("my aunty ngozi oluwaseyi is visiting from Lagos", [("NAME", "ngozi oluwaseyi")]),
    ("Flat address: 8-3-214/A, Srinivasa Colony, Hyderabad", [("ADDRESS", "8-3-214/A, Srinivasa Colony")]),
    ("We stay at 16-11-740, Dilsukhnagar Main Road, Hyderabad.", [("ADDRESS", "16-11-740, Dilsukhnagar Main Road")]),
    ("My nan, bless her heart, is 96 and still knits.", [("AGE_OVER_89", "96")]),
    ("Grandad, who lives with us now, turned 92 last week.", [("AGE_OVER_89", "92")]),
    ("My due date is 14/2 but they may induce.", [("DATE", "14/2")]),
    ("Surgery date is 9/10, pre-op the week before.", [("DATE", "9/10")]),
]

NEGATIVE: list[str] = [
    # sign-offs and brackets that are not names
    "Cheers, Happy Friday everyone!",
    "Thanks, Royal Free team, you were brilliant.",
    "Kind regards, Ward Manager",
    "Love, Team Tuesday",
    "My sister (Type 1 since 2009) says the same.",
    "Mum (Stage Four, HER2 positive) is still fighting.",
    "My GP (Harley Street Clinic) charged a fortune.",
    "Dad (Parkinson's, diagnosed 2015) is doing well.",
    "the physio (NHS, not private) was great",
    # role appositions and "here" after non-persons
    "Mayo Clinic, the hospital in Rochester, has a long wait.",
    "Great Ormond Street, the children's hospital, saved my son.",
    "Greetings from New Zealand here, long time reader.",
    "Type 2 Diabetic here, just diagnosed.",
    "Long Covid here too, two years now.",
    # lowercase after relation words
    "my sister siobhan organised everything",
    "my husband dave kindly drove me",
    "my son liam absolutely loved the nurses",
    "my mum maureen reckons it's the weather",
    "my brother tom rang the ward twice",
    "my wife sarah person of the year",
    "my daughter emma season ticket holder lol",
    "my friend aroha tomato soup recipe is the best",
    # lowercase title words
    "the dr said to wait and see",
    "dr appt on monday, fingers crossed",
    "dr office never calls back",
    "my dr google searches are not helping",
    # honorific look-alikes
    "Fr. Dowling's is the name of the pub by the hospital.",
    "Capt. Obvious here: drink water.",
    # postcode look-alikes
    "Billing code 99214 was used for a short visit.",
    "CPT code 97110 is physio, 99213 is a GP visit.",
    "north of 10000 steps most days now",
    "Viral load went from 45000 to 20000 in a month.",
    "outside of 2019 I never had a flare",
    "My procedure code 45378 was a colonoscopy.",
    # ages that are not ages over 89
    "The hospital has 95 years of history.",
    "A 90-day supply of metformin is cheaper.",
    "I have 92 emails from the insurer lol",
    "the clinic has 100 years and still the same building",
    "She hit 95% time in range!",
    "My dad has 91 problems and the NHS is one",
    # day.month look-alikes
    "Booked for 2.5 mg instead of 5 mg.",
    "Scan showed 14.03 mm lesion, stable.",
    "Surgery took 12.30 hours?? no, 2.5 hours",
    "HbA1c 53.11 mmol/mol is not a thing, I meant 53",
    "The appointment is at 10.30 on Tuesday.",
    "Ratio 3/12 of patients respond, the trial said.",
    # second batch negatives
    "The ward is called Oak Ward and the unit is called Daffodil.",
    "The new drug is called Wegovy and the pen is called FlexTouch.",
    "Peter Mac oncology ward has a new day unit.",
    "John Hunter children's hospital did the scan.",
    "We follow the 5-2-1 plan, Dilsukhnagar Main Road branch runs it.",
    "My nan, bless her heart, is 86 and still knits.",
    "The unit, which opened in 1995, is 94 beds.",
    "Dose is 14/2 units? no, 14 units then 2 units.",
    "Score is 9/10 for the pain clinic, very happy.",
]


def main() -> int:
    rows = [(t, label(t, m)) for t, m in POSITIVE]
    rows += [(t, []) for t in NEGATIVE]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"probe3-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
