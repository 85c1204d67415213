#!/usr/bin/env python3
"""A second held-out set written by a different method: whole posts written
by hand, one by one, in voices the generator does not have (Irish, Scottish,
Welsh, Kiwi, South African, Nigerian, Singaporean, Filipino, older American,
Gen-Z) and in sentences that are not its templates. Never tuned on.

usage: handwritten.py > handwritten.jsonl

Identifiers are written inline as [[KIND:value]]; the script strips the
markers and records code-point offsets in the dev.jsonl format.
"""
from __future__ import annotations

import json
import re
import sys

POSTS = [
    # ---- with identifiers
    "Grand so, the consultant rang at last. If any of ye want to compare notes my mobile's [[PHONE:087 123 4567]], text don't ring, the signal here is woeful.",
    "Och, the wee van's been sold. Anyone who wants the ramp, gie us a bell on [[PHONE:07812 334 091]] afore Friday.",
    "Kia ora whānau, my koro is [[AGE_OVER_89:93]] and just got his pacemaker. Hospital were amazing.",
    "Sawubona all. My gogo turned [[AGE_OVER_89:ninety-one]] in hospital, the nurses sang for her.",
    "Abeg who knows a good nephrologist in Lagos? Call my brother Chinedu on [[PHONE:+234 803 555 0192]].",
    "lah the polyclinic sms-ed me the wrong date again, my hp is [[PHONE:+65 9123 4567]] if anyone from the support group wants to meet",
    "Po, my lola is [[AGE_OVER_89:95]] na and still asks for her rosary every morning.",
    "At my age (I'm [[AGE_OVER_89:92]]) I don't care what the young doctor thinks, I'm keeping my salt shaker.",
    "ngl my bf's mom [[NAME:Tasha Okereke]] is the only reason i made it to chemo this week",
    "The nice lady at the Macmillan desk, [[NAME:Bríd Ní Mhurchú]], sorted the blue badge in ten minutes.",
    "Diolch to everyone. Special thanks to Dr [[NAME:Gwenllian Prys]] at Ysbyty Gwynedd.",
    "My surgeon was a [[NAME:Mr. T. Van Rensburg]], very thorough, would recommend for the knee.",
    "Sending love from the whole whānau, [[NAME:Mereana Tawhiri]]",
    "Wife's been admitted again. Her hospital number is [[MRN:K0487731]] if the ward sister from the other thread sees this.",
    "I keep the med alert card in my wallet, says patient no. [[MRN:00-483-2291]] and my allergies.",
    "Our GP practice is rubbish, three letters to [[ADDRESS:17 Glebe Terrace, Dundee DD3 6BQ]] and none arrived.",
    "Moved in with my daughter at [[ADDRESS:44b Kowhai Road, Whangārei 0110]] so she can help with dialysis.",
    "If you're sending the spare test strips, ship to [[ADDRESS:2207 e 14th st apt 3r]], bless you.",
    "we got the accessible flat at [[ADDRESS:Flat 12, 9 Morningside Drive]] finally!!",
    "Anyone near [[ZIP:97402]]? Looking for a caregiver support group that meets evenings.",
    "We relocated to the [[ZIP:33612-4410]] area for the transplant program at Tampa General.",
    "Driving from [[ZIP:60629]] to Rochester every month for the Mayo follow-ups, it's a lot.",
    "Anyone in the [[ZIP:M4C 1B5]] area know a good physio? Toronto east end.",
    "Born [[DATE:11 Nov 1952]], diagnosed last year, still gardening.",
    "My dad's birthday is [[DATE:3rd of August]] and he'll be in the hospice for it.",
    "The op is on [[DATE:Thursday the 9th of May]], I'm bricking it.",
    "Transplant anniversary! Got my kidney on [[DATE:2019-06-21]] and still going strong.",
    "DOB [[DATE:15.08.1977]] on the form but they wrote 1971, had to go back twice.",
    "Mum went in on [[DATE:June 2nd]] for the hip and they discharged her with a UTI.",
    "My card got cloned at the pharmacy, [[CREDIT_CARD:4929 1730 0654 2218]], bank says fraud.",
    "Paid the ambulance invoice with [[CREDIT_CARD:5425233430109903]] and it got charged twice.",
    "Donations for Sipho's wheelchair can go to [[ACCOUNT:GB33 BUKB 2020 1555 5555 55]], thank you all so much.",
    "The clinic refund went to my old cheque account [[ACCOUNT:0123 4567 8912]] which is closed now.",
    "Medical aid number is [[HEALTH_PLAN_ID:DIS 004 1123 887]] (Discovery), they keep rejecting the claim.",
    "PhilHealth no. [[HEALTH_PLAN_ID:12-345678901-2]] and they still say I'm not a member.",
    "The insurance card for my son reads [[HEALTH_PLAN_ID:ZGP884210937]], can someone tell me which number is the member one?",
    "NHS no. [[NATIONAL_ID:401 023 2137]] for Mam, the surgery keeps losing her.",
    "My SIN [[NATIONAL_ID:130 692 544]] is on the CPP disability letter, should I have blacked it out?",
    "the billing lady wanted my social, i said [[SSN:523-45-1180]] out loud in the waiting room, so dumb",
    "SSA letter shows [[SSN:078 05 1120]] on the front, isn't that a privacy breach?",
    "My pharmacist's DEA is [[LICENSE:BS3847291]] on the label, normal?",
    "Driving licence no. [[LICENSE:JONES710238HL9TZ]] for the DVLA medical form, took ages.",
    "Anyone seen a silver Honda Jazz, reg [[VEHICLE:YK19 UHT]]? Someone took Dad's blue badge from it.",
    "Our accessible van VIN is [[VEHICLE:1FTYR2XM4HKA14532]] in case the dealer asks about the lift recall.",
    "The little insulin pump sticker says SN [[DEVICE:PTQZ88214]], Tandem want it for the warranty.",
    "my hearing aid s/n is [[DEVICE:hk7Xm2Qp]] lol it's tiny",
    "CGM transmitter [[DEVICE:8KLQ4Z]] stopped talking to my phone yesterday.",
    "Follow our wee one's story at [[URL:https://www.facebook.com/groups/prayforisla]]",
    "My blog about life on dialysis: [[URL:kidneydiaries.wordpress.com]]",
    "Telehealth wouldn't load, IT said my address [[IP:81.102.34.7]] was blocked by the hospital firewall.",
    "Email the group at [[EMAIL:kiwi.carers@xtra.co.nz]] for the monthly hui.",
    "you can mail me at [[EMAIL:tunde.bakare at yahoo dot com]] for the diet sheet",
    "Fax the referral to [[FAX:(02) 9555 0143]] and mark it attention Sue.",
    "My dad's home fax is [[FAX:416-555-0176]], old school I know.",
    "My partner [[NAME:Rangi Parata]] drove me to every single appointment.",
    "The midwife on nights, [[NAME:Aoibheann Kinsella]], talked me through the whole thing.",
    "Hey, it's [[NAME:Lwazi Zulu]], back again with another question about tacrolimus.",
    "Pls pray for my tita [[NAME:Marites dela Cruz]], she's in the ICU at St Luke's.",
    "My GP Dr [[NAME:Siew Ling Tan]] changed my metformin to the XR one.",
    "Grandad's [[AGE_OVER_89:ninety-six]] and sharper than the lot of us.",
    "He was [[AGE_OVER_89:94]] when he got the diagnosis, so we went with comfort care.",
    "Ring [[PHONE:021 555 0199]] and ask for me, I'm the one with the purple walking stick.",
    "whatsapp me at [[PHONE:+27 82 555 0134]] if you want to join the Joburg group",
    "my number's [[PHONE:0 4 1 2 5 5 5 8 7 3]] if u wanna vent x",
    "Ph [[PHONE:(09) 555 2380]] after 5, Kiwi time.",
    "Moving to [[ZIP:EH10 5HF]] next month, any good MS nurses in Edinburgh?",
    "We're in [[ZIP:4067]] (Brisbane) if anyone wants to do coffee after the infusion.",
    "IBAN for Dara's fund: [[ACCOUNT:IE29AIBK93115212345678]]",
    # ---- without identifiers
    "Grand so, the consultant rang at last, bloods are grand. Thanks everyone.",
    "Och, the waiting list at Ninewells is 18 weeks for neurology now.",
    "Kia ora, anyone else on the Pharmac-funded insulin pump? Which one did you pick?",
    "Sawubona all. Is the Discovery chronic benefit worth it for type 1?",
    "Abeg, is 5 mg amlodipine too small to start? My BP is 150/95.",
    "lah, polyclinic queue number 1023, been waiting 2 hours already",
    "My lola is 85 and still makes pancit every Sunday.",
    "At my age (I'm 78) I don't care what the young doctor thinks.",
    "ngl the infusion chair at the cancer center is comfier than my couch",
    "The Macmillan desk sorted the blue badge in ten minutes, amazing.",
    "Diolch to everyone. Ysbyty Gwynedd were brilliant with Dad.",
    "Had the knee done at the Mater, physio starts Monday.",
    "The wait for the Royal Adelaide endocrinology clinic is 9 months.",
    "Patient portal updated to version 10.4.2.1 and now nothing loads.",
    "Firmware 2.0.1.9 on the Omnipod controller fixed the alarms.",
    "The lot number 4F7Q2 on my Humira pen is part of the recall, check yours.",
    "Trial ACTRN12620000123456 is recruiting in NZ and Australia.",
    "NDC 0002-8215-01 is the Humalog vial, the pharmacy said.",
    "Call Healthline on 0800 611 116 if you're in NZ, they're lovely.",
    "In South Africa the SADAG helpline is 0800 567 567, free call.",
    "Singapore SOS is 1767 if you need to talk to someone tonight.",
    "Lifeline NZ is 0800 543 354, they saved my life in 2019.",
    "The Samaritans of Singapore line is 1767, open 24 hours.",
    "Mental health helpline in the Philippines is 1553.",
    "Waited at St Vincent's University Hospital for 11 hours on a trolley.",
    "Christchurch Hospital and Starship Children's both have good dietitians.",
    "Groote Schuur did the first heart transplant, still a great hospital.",
    "Lagos University Teaching Hospital has a sickle cell clinic on Tuesdays.",
    "Tan Tock Seng Hospital has a long queue for the memory clinic.",
    "St Luke's Medical Center in BGC does the best endoscopy.",
    "Crohn's, Sjögren's and Raynaud's, I have the full eponym set.",
    "Hashimoto's encephalopathy is rare but real, ask your neuro.",
    "Stevens-Johnson from lamotrigine nearly killed me in 2017.",
    "My A1C was 9.4 in January and 6.9 in June.",
    "Walked 10000 steps for the first time since chemo!",
    "CD4 is 650 and viral load undetectable, 12 years on ART.",
    "Metformin 1000 mg, glipizide 5 mg, Jardiance 25 mg daily.",
    "The 90-day script is cheaper through the mail-order pharmacy.",
    "Mum's 89 and still driving, which terrifies me.",
    "My husband and I are 72 and 68 and both have type 2.",
    "Sats 94% on room air, pulse 102, temp 38.2.",
    "The clinic is at level 3, room 315, near the lifts.",
    "Took the 42 bus down Queen Street and was still late.",
    "Had my infusion done at the Wellington Hospital day ward.",
    "Diagnosed in July 2021, remission since early 2023.",
    "The FDA cleared the new CGM on 12 March 2024, apparently.",
    "Dr Google says it's cancer, my GP says it's a cyst.",
    "Mr Bean episodes get me through the bad nights.",
    "Florence Nightingale would be horrified at this ward.",
    "Does anyone else follow Selma Blair's MS journey? So inspiring.",
    "The Terry Fox Run was on Sunday, we did 5 km.",
    "Price of Ozempic in NZ is $270 a month without subsidy.",
    "BMI 31, waist 102 cm, the dietitian wants 5% loss first.",
    "EDSS 3.5, walking about 500 m without a stick.",
    "Score of 24/30 on the MMSE, the geriatrician is not worried yet.",
    "Pain 8/10 most nights, the GP finally referred me to the pain clinic.",
    "Gleason 4+3=7, PSA 8.1, active surveillance for now.",
    "Dose went from 0.25 to 0.5 to 1 mg over 8 weeks.",
    "Caught the 7:45 train to the hospital, 3 stops.",
    "I'm 34, diagnosed at 29, and still learning.",
    "Sending love to everyone in this group, you're all heroes.",
    "Use code 1234 at the hospital car park machine for the discount, nurse told me.",
    "The app shows my reading as 12.4 mmol/L after dinner.",
]


def parse(post: str) -> tuple[str, list[dict]]:
    text, labels, pos = "", [], 0
    for m in re.finditer(r"\[\[([A-Z_0-9]+):(.+?)\]\]", post):
        text += post[pos:m.start()]
        value = m.group(2)
        labels.append({"kind": m.group(1), "start": len(text), "end": len(text) + len(value), "value": value})
        text += value
        pos = m.end()
    return text + post[pos:], labels


def main() -> int:
    for n, post in enumerate(POSTS, 1):
        text, labels = parse(post)
        row = {"id": f"hand-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
