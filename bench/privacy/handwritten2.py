#!/usr/bin/env python3
"""A third held-out set: whole posts written by hand, one by one, before the
second round of scanner changes for issue 13, in US, UK, Canadian,
Australian and Indian English, texting style, older formal writers and
non-native speakers. About half carry identifiers of every kind the corpus
uses; the other half are hard negatives (doses, lab values, versions, lots,
eponyms, public helplines, years, times, ages under 90). Never tuned on:
scored once before the round and once at its end.

usage: handwritten2.py > handwritten2.jsonl

Each identifier post has its labels in MARKS, in the same order: (kind,
value) pairs; the script finds each value in its post and records
code-point offsets in the dev.jsonl format. Values with a checksum (cards,
SIN, NHS, IBAN, NPI, DEA, VIN) are checked when the script runs.
"""
from __future__ import annotations

import json
import re
import sys

WITH_IDENTIFIERS = [
    # NAME
    "My neurologist, Dr. Oluwaseun Adeyemi-Clarke, finally agreed to try the infusion.",
    "shout out to nurse kelsey van der berg on 4 west, she is an angel",
    "Respectfully, I wish to thank Professor Hildegard Moritz for her patience with my late husband.",
    "My mother-in-law Parminder Kaur Gill is staying with us while she recovers.",
    "Cheers, Bronwyn Tuckett (carer for my dad)",
    "the GP was a Dr R. Okonjo-Baptiste, nice bloke but rushed",
    "Namaste, my uncle Venkatesh Subramaniam got his stent yesterday in Chennai.",
    "Thank you all. -- Grażyna Wiśniewska",
    "Please pray for my son Mateus Ferreira da Silva, he is very weak after the transplant.",
    "bf's sister siobhan mcgillicuddy drove 4 hrs to sit with me in ER",
    # ADDRESS
    "If anyone wants the spare walker, it's on the porch at 1187 N Wabash Ave, just grab it.",
    "We live at 23 Pemberton Close, Leamington Spa CV32 5TQ, cards for Gran welcome.",
    "Send the donated strips to Unit 4/17 Banksia St, Bankstown NSW 2200 please.",
    "address for the care package is flat 3, 88 kilburn high rd, london",
    "Our home is 402-1550 Rue Sherbrooke Ouest, Montréal, if the nurse needs it.",
    "My father stays at H.No. 12-5-88, Vijayanagar Colony, Hyderabad 500057 now.",
    # ZIP
    "anyone near 80014? need a ride to the infusion center tues",
    "We just moved to 94110 and I need a new endo who takes Medi-Cal.",
    "I live about 20 minutes outside of 28205 if anyone wants to meet for coffee.",
    "Looking for a caregiver group around 02139-4307, evenings preferred.",
    # DATE
    "My daughter was born 14/02/2019 at 29 weeks and now she runs everywhere.",
    "Surgery is booked for Oct. 3rd, pre-op bloods next week.",
    "DOB: 07-22-1958 (they keep typing it wrong at the front desk)",
    "He was admitted on the 28th of January and discharged Feb 9.",
    "My due date is 2025/11/30 but the OB thinks I'll go early.",
    "mum's birthday 5th march, she'll be in hospital for it, gutted",
    # AGE_OVER_89
    "My great-aunt is 102 and still does the crossword in pen.",
    "Dad (91) has had two falls this month and refuses the frame.",
    "Caring for my grandmother, aged ninety-four, who has vascular dementia.",
    "nani just turned 96 and she's asking for samosas in the ICU lol",
    # PHONE
    "Text me on 0412 889 307 if you want the leftover Fresubin, it's free.",
    "My cell is 312.555.0187 if anyone in Chicago wants to carpool to the support group.",
    "call me pls 9845012377 anytime after 7 pm, i am also caring for amma",
    "hmu 646 555 0143 i have the extra pen needles",
    "Ring us on 01632 960 412 if you want to visit the ward with Dad.",
    # FAX
    "Please fax my records to 905-555-0199, that's the clinic's only fax line.",
    "Fax no. (03) 9555 7721 for my GP, the specialist keeps losing the referral.",
    "fax: 020 7946 0123 (my solicitor) for the power of attorney letter",
    "You can fax the form to my office at 1 (617) 555-0145, marked for my attention.",
    # EMAIL
    "email me at marguerite.leblanc@videotron.ca for the recipe list",
    "contact: raju_kumar87@rediffmail.com, I will share the discharge summary format",
    "my email is sam dot whitlock at outlook dot com, msg me for the spreadsheet",
    "Write to h.oyelaran@btinternet.com if you need the PIP appeal template.",
    # SSN
    "the form asked for my SSN so I wrote 412-68-9053 and now I regret it",
    "Social security no. 530 81 2274 for my mom, is it safe to email to the hospice?",
    "ss# 283774106 is on every page of the Medicaid packet, ridiculous",
    # MRN
    "Her medical record number is 004471293, the ER keeps asking for it.",
    "MRN# H-2281-4470, please pass to the transplant coordinator if you work there",
    "hospital number RX0093821 on the wristband, they had the wrong baby's band on him",
    "my chart no. at St. Michael's is 7731842",
    "patient ID 55-210-884 (Apollo) for my father, the doctor asked me to share with the group nurse",
    # HEALTH_PLAN_ID
    "Medicare number 2953 14678 1 for my mum, the pharmacy needs it re-entered",
    "My member ID is XEH448201937 with Aetna and they denied the pump again.",
    "Policy no. 88341726 (Star Health) for my wife, they rejected the claim twice.",
    "OHIP 4321-987-654-KT, renewed it last month after the move.",
    "my medicare id is 1EG4-TE5-MK73, is it ok that the clinic emailed it unencrypted?",
    # ACCOUNT
    "GoFundMe wasn't working so direct deposit to BSB 062-000 acct 1234 5678 for Liam's chair.",
    "Refund from the hospital went into account 00448812 at Lloyds, sort code 30-94-57.",
    "Please send to IBAN DE55 2503 9989 9080 9124 25, it is for my brother's dialysis.",
    "My HSA acct # 7730021845 got frozen after the pharmacy refund, any ideas?",
    # CREDIT_CARD
    "Hospital billing charged my card 4453 3314 7893 2885 three times for one visit.",
    "paid the pharmacy with 5380-6998-3397-6267 and it bounced, anyone else?",
    "Amex 3712 481075 69002 was used for the ambulance bill, how do I dispute it?",
    # LICENSE
    "My driver's license D412-7738-1902 was suspended after the seizure, anyone been through that?",
    "Dr. Chen's NPI is 1276816018 if you need it for the out-of-network claim.",
    "The prescriber's DEA number AK8110861 was on the bottle, is that normal?",
    "DL# S53072194 on the disability placard application",
    # VEHICLE
    "Someone hit our car in the hospital lot, plate 7ABC123, if you saw anything let me know.",
    "The wheelchair van's VIN is 2T1BURHEXJC043821, dealer says the ramp recall applies.",
    "rego is XQG-984 if anyone saw who scraped mum's car at the clinic",
    "Our Astra, reg LB07 SEO, got clamped outside A&E while I was with Dad.",
    # DEVICE
    "My pacemaker serial number is PJN882104H, the rep needs it for the remote monitor.",
    "pump s/n: TNDM-4410-2937, tandem replaced it under warranty",
    "Hearing aid serial 21A0447713 came off in the shower, does anyone know if it can be traced?",
    "CPAP serial no 23161547021 for the recall claim, Philips finally replied.",
    # URL
    "Here is my mum's care page: https://www.caringbridge.org/visit/joanpettigrew",
    "my insta where i post dialysis updates is instagram.com/kidney_kween_tasha",
    "We started a fundraiser for Dad's chair: gofundme.com/f/help-ravi-walk-again",
    "I blog about life after the stroke at https://mystrokeyear.blogspot.com/ — comments welcome.",
    # IP
    "The patient portal blocked me, support said my IP 73.162.4.219 was flagged.",
    "telehealth kept dropping, the tech asked for my ip which is 2601:644:8480:1e20::4b",
    "Router shows 192.168.1.54 for my CGM bridge, is that why it disconnects?",
    # NATIONAL_ID
    "NHS number 201 183 1628 for my dad, the pharmacy keeps mixing him up.",
    "My SIN is 279 648 448, Service Canada wants it for the CPP-D form.",
    "nhs no 4418553452 pls dont share",
    # mixed
    "Mum (Eileen Scrivener, DOB 12.09.1931) is now on the ward, room is fine.",
    "Dr. Farida Osei's office: 404-555-0162, fax 404-555-0163.",
]

WITHOUT_IDENTIFIERS = [
    # doses and drugs
    "Metformin 850 mg twice daily, Januvia 100 mg once, still 8.1 A1C.",
    "My rheumy upped methotrexate to 20 mg weekly plus folic acid 5 mg.",
    "on levothyroxine 112 mcg now, TSH came back 2.4",
    "Dose was 0.6 mg Saxenda for a week, then 1.2, then 1.8, nausea every step.",
    "Symbicort 200/6 two puffs twice a day and Ventolin as needed.",
    "Insulin ratio is 1:10 at breakfast and 1:12 at dinner, correction 1:50 above 120.",
    "Prednisolone 40 mg tapering by 5 mg every 3 days.",
    "Tacrolimus level was 7.8, they want it between 6 and 8.",
    "Took 2 x 500mg paracetamol and 400mg ibuprofen staggered.",
    "I am taking Dolo 650 three times daily as the doctor told, fever is less now.",
    # labs and scores
    "eGFR 38 last month, 41 this month, creatinine 1.62.",
    "ferritin 12, hb 98 g/L, my GP says iron infusion",
    "BP 152/94 this morning and 138/88 after lunch.",
    "CRP 84 and ESR 60 during the flare, now CRP 6.",
    "PHQ-9 went from 21 to 9 over 12 weeks.",
    "HbA1c 53 mmol/mol, down from 71, so happy!!",
    "My sodium was 129 on admission and 136 on discharge.",
    "Peak flow 320 L/min on a bad day, 450 on a good day.",
    "Spo2 dipped to 88% overnight, now on 2 L oxygen.",
    "INR 2.7 this week, target 2.0 to 3.0.",
    # versions, lots, model numbers, codes
    "The Dexcom app updated to version 1.12.3 and now the alerts are too loud.",
    "Omnipod 5 firmware 2.3.1 fixed the pairing issue for me.",
    "Lot number 4F2219A on my Ozempic pen, expiry 03/2026, pharmacy said it's not in the recall.",
    "Using the Libre 3 with iOS 17.4.1, no issues so far.",
    "Billing code 99214 was used for a 10 minute visit, is that right?",
    "ICD-10 M05.79 on the referral, what does that mean?",
    "The trial is NCT04368728, phase 3, still recruiting in Ohio.",
    "My t:slim X2 is running software 7.6 and Control-IQ works great.",
    "Model number ZX-200 nebuliser from Boots, works fine on 240V.",
    "Batch 22B04 of the vaccine was fine for me, sore arm only.",
    # eponyms and hospitals
    "Addison's disease plus Hashimoto's, so two autoimmune things.",
    "Guillain-Barré after the flu, slowly recovering at Johns Hopkins.",
    "Seen at Sir Ganga Ram Hospital, Delhi, they were very thorough.",
    "My son goes to Great Ormond Street for his Kawasaki follow-up.",
    "The Royal Prince Alfred has a great IBD nurse team.",
    "Sunnybrook in Toronto did my mastectomy, the breast centre is excellent.",
    "Had my scan at the Peter MacCallum centre in Melbourne.",
    "Tata Memorial has a huge queue but the doctors are world class.",
    "Meniere's and Bell's palsy in the same year, just my luck.",
    "Christopher Reeve Foundation has good resources for spinal injury.",
    "The Michael J. Fox Foundation webinar on new Parkinson's drugs was great.",
    "Mayo Clinic Rochester saw me in 2 weeks, Cleveland Clinic said 4 months.",
    # public helplines and public sites
    "If you're in crisis in Australia call Lifeline 13 11 14, they're good.",
    "Samaritans are on 116 123 any time, day or night.",
    "In India you can call Tele MANAS on 14416, it's free.",
    "988 is the crisis line in the US now, text or call.",
    "Talk Suicide Canada is 1-833-456-4566 if you need someone.",
    "NHS 111 told me to go to A&E, waited 6 hours.",
    "Poison control 1-800-222-1222 was really helpful when my toddler got into the pills.",
    "Good info on kidney.org and diabetes.org.uk about diet.",
    "cancer.gov has the clinical trial search, it's easy to use.",
    "Beyond Blue 1300 22 4636 also does webchat.",
    # years, times, ages under 90, relative dates
    "Diagnosed in 2017, remission since 2021, relapse last autumn.",
    "Appointment at 10:45 tomorrow, pre-op at 8.",
    "I'm 47 and my husband is 52, both on statins.",
    "Mum is 89 next month and still gardening every day.",
    "Three weeks post-op and walking 2 km a day.",
    "Started the diet in January and lost 6 kg by March.",
    "My dad is 88, my mum 85, both on the same ward.",
    "Every Tuesday at 7:30 pm we have a Zoom group.",
    "We're in week 32 of the pregnancy, baby is head down.",
    "It's been 90 days since my last flare!",
    # counts, money, units, misc numbers
    "Did 6 cycles of FOLFOX and 12 sessions of radiation.",
    "Paid $1,250 out of pocket for the MRI, insurance covered the rest.",
    "Walked 12,500 steps today, 8,000 yesterday.",
    "Sleep score 82, resting HR 58, HRV 41.",
    "The ward has 24 beds and only 3 nurses at night.",
    "Fasting glucose 6.4 mmol/L, two hours after 9.8.",
    "rs 4500 for the MRI at the private lab vs rs 12000 at the hospital, crazy",
    "Room 412 on level 4 has the best view of the harbour.",
    "Bus 38 stops right outside the dialysis unit.",
    "My Garmin says VO2 max 38, down from 44 before covid.",
    # public figures, generic roles, texting
    "Saw Dr. Hilary Jones on TV talking about menopause, very good.",
    "Selena Gomez talking about lupus made me feel less alone.",
    "my endo and my GP disagree about the dose lol",
    "omg the nurse was so sweet today, brought me extra pillows",
    "Thank you to the night staff at the Royal Free, you are heroes.",
    "I am very thankful to the doctors, they are giving me good treatment.",
    "Kindly advise regarding diet for CKD stage 3, doctor told low protein.",
    "Respectfully, I should like to ask whether anyone has tried the new inhaler.",
    "Me and my husband we are from Brazil, sorry my english, the doctor here says is fibromyalgia.",
    "ngl the new pump is a game changer, tir 82% this week",
]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def nhs_ok(digits: str) -> bool:
    s = sum(int(c) * (10 - i) for i, c in enumerate(digits[:9]))
    check = (11 - s % 11) % 11
    return check != 10 and check == int(digits[9])


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def dea_ok(value: str) -> bool:
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_ok(value: str) -> bool:
    total = sum((int(c) if c.isdigit() else VIN_VALUES[c]) * w for c, w in zip(value, VIN_WEIGHTS))
    check = total % 11
    return value[8] == ("X" if check == 10 else str(check))


def check_value(kind: str, value: str) -> None:
    digits = re.sub(r"\D", "", value)
    ok = True
    if kind == "CREDIT_CARD":
        ok = luhn_ok(digits)
    elif kind == "NATIONAL_ID":
        ok = nhs_ok(digits) if len(digits) == 10 else luhn_ok(digits)
    elif kind == "ACCOUNT" and value.startswith("DE"):
        ok = iban_ok(value)
    elif kind == "LICENSE" and value.startswith("AK"):
        ok = dea_ok(value)
    elif kind == "LICENSE" and len(digits) == 10 and digits == value:
        ok = luhn_ok("80840" + digits)
    elif kind == "VEHICLE" and len(value) == 17:
        ok = vin_ok(value)
    if not ok:
        raise ValueError(f"{kind} value fails its checksum")


def label(text: str, marks: list[tuple[str, str]]) -> list[dict]:
    out = []
    for kind, value in marks:
        start = text.index(value)
        check_value(kind, value)
        out.append({"kind": kind, "start": start, "end": start + len(value), "value": value})
    return out


MARKS = [
    [("NAME", "Oluwaseun Adeyemi-Clarke")],
    [("NAME", "kelsey van der berg")],
    [("NAME", "Hildegard Moritz")],
    [("NAME", "Parminder Kaur Gill")],
    [("NAME", "Bronwyn Tuckett")],
    [("NAME", "R. Okonjo-Baptiste")],
    [("NAME", "Venkatesh Subramaniam")],
    [("NAME", "Grażyna Wiśniewska")],
    [("NAME", "Mateus Ferreira da Silva")],
    [("NAME", "siobhan mcgillicuddy")],
    [("ADDRESS", "1187 N Wabash Ave")],
    [("ADDRESS", "23 Pemberton Close, Leamington Spa CV32 5TQ")],
    [("ADDRESS", "Unit 4/17 Banksia St, Bankstown NSW 2200")],
    [("ADDRESS", "flat 3, 88 kilburn high rd, london")],
    [("ADDRESS", "402-1550 Rue Sherbrooke Ouest, Montréal")],
    [("ADDRESS", "H.No. 12-5-88, Vijayanagar Colony, Hyderabad 500057")],
    [("ZIP", "80014")],
    [("ZIP", "94110")],
    [("ZIP", "28205")],
    [("ZIP", "02139-4307")],
    [("DATE", "14/02/2019")],
    [("DATE", "Oct. 3rd")],
    [("DATE", "07-22-1958")],
    [("DATE", "28th of January"), ("DATE", "Feb 9")],
    [("DATE", "2025/11/30")],
    [("DATE", "5th march")],
    [("AGE_OVER_89", "102")],
    [("AGE_OVER_89", "91")],
    [("AGE_OVER_89", "ninety-four")],
    [("AGE_OVER_89", "96")],
    [("PHONE", "0412 889 307")],
    [("PHONE", "312.555.0187")],
    [("PHONE", "9845012377")],
    [("PHONE", "646 555 0143")],
    [("PHONE", "01632 960 412")],
    [("FAX", "905-555-0199")],
    [("FAX", "(03) 9555 7721")],
    [("FAX", "020 7946 0123")],
    [("FAX", "1 (617) 555-0145")],
    [("EMAIL", "marguerite.leblanc@videotron.ca")],
    [("EMAIL", "raju_kumar87@rediffmail.com")],
    [("EMAIL", "sam dot whitlock at outlook dot com")],
    [("EMAIL", "h.oyelaran@btinternet.com")],
    [("SSN", "412-68-9053")],
    [("SSN", "530 81 2274")],
    [("SSN", "283774106")],
    [("MRN", "004471293")],
    [("MRN", "H-2281-4470")],
    [("MRN", "RX0093821")],
    [("MRN", "7731842")],
    [("MRN", "55-210-884")],
    [("HEALTH_PLAN_ID", "2953 14678 1")],
    [("HEALTH_PLAN_ID", "XEH448201937")],
    [("HEALTH_PLAN_ID", "88341726")],
    [("HEALTH_PLAN_ID", "4321-987-654-KT")],
    [("HEALTH_PLAN_ID", "1EG4-TE5-MK73")],
    [("ACCOUNT", "062-000"), ("ACCOUNT", "1234 5678")],
    [("ACCOUNT", "00448812"), ("ACCOUNT", "30-94-57")],
    [("ACCOUNT", "DE55 2503 9989 9080 9124 25")],
    [("ACCOUNT", "7730021845")],
    [("CREDIT_CARD", "4453 3314 7893 2885")],
    [("CREDIT_CARD", "5380-6998-3397-6267")],
    [("CREDIT_CARD", "3712 481075 69002")],
    [("LICENSE", "D412-7738-1902")],
    [("LICENSE", "1276816018")],
    [("LICENSE", "AK8110861")],
    [("LICENSE", "S53072194")],
    [("VEHICLE", "7ABC123")],
    [("VEHICLE", "2T1BURHEXJC043821")],
    [("VEHICLE", "XQG-984")],
    [("VEHICLE", "LB07 SEO")],
    [("DEVICE", "PJN882104H")],
    [("DEVICE", "TNDM-4410-2937")],
    [("DEVICE", "21A0447713")],
    [("DEVICE", "23161547021")],
    [("URL", "https://www.caringbridge.org/visit/joanpettigrew")],
    [("URL", "instagram.com/kidney_kween_tasha")],
    [("URL", "gofundme.com/f/help-ravi-walk-again")],
    [("URL", "https://mystrokeyear.blogspot.com/")],
    [("IP", "73.162.4.219")],
    [("IP", "2601:644:8480:1e20::4b")],
    [("IP", "192.168.1.54")],
    [("NATIONAL_ID", "201 183 1628")],
    [("NATIONAL_ID", "279 648 448")],
    [("NATIONAL_ID", "4418553452")],
    [("NAME", "Eileen Scrivener"), ("DATE", "12.09.1931")],
    [("NAME", "Farida Osei"), ("PHONE", "404-555-0162"), ("FAX", "404-555-0163")],
]


def main() -> int:
    if len(MARKS) != len(WITH_IDENTIFIERS):
        raise SystemExit("every identifier post needs its marks")
    rows = [(t, label(t, m)) for t, m in zip(WITH_IDENTIFIERS, MARKS)]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand2-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
