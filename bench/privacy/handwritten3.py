#!/usr/bin/env python3
"""A fourth held-out set: whole posts written by hand, one by one, before the
third round of scanner changes for issue 13. Voices: US, UK, Canadian,
Australian, Indian, New Zealand and Irish English, texting style, older
formal writers, non-native speakers, typos. About half carry identifiers of
all 19 kinds, weighted towards names, postcodes, street addresses, ages over
89 and dates; the other half are hard negatives (eponymous hospitals and
syndromes, drug and pill brands that read like given names, public figures,
bare first names, versions, lot numbers, doses, codes, public helplines,
wards and beds, years and relative dates, ages under 90). Never tuned on:
scored once before the round and once at its end, with misses hidden
(`score.py --show 0`).

usage: handwritten3.py > handwritten3.jsonl

Each identifier post carries its labels beside it: (kind, value) pairs; the
script finds each value in its post and records code-point offsets in the
dev.jsonl format. Values with a checksum (cards, SIN, NHS, IBAN, NPI, DEA,
VIN) are checked when the script runs.
"""
from __future__ import annotations

import json
import re
import sys

WITH_IDENTIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    # ---------------------------------------------------------------- NAME
    ("Our new GP, Dr Tamati Ngata, actually listens. First time in years I've left without crying.",
     [("NAME", "Tamati Ngata")]),
    ("Huge thanks to Sister Mairéad Ní Bhriain on the day ward, she talked me through every cannula.",
     [("NAME", "Mairéad Ní Bhriain")]),
    ("my cardiologist is dr. hollis pemberton-wright and honestly he is so dismissive",
     [("NAME", "hollis pemberton-wright")]),
    ("Had a long chat with the hospice social worker, Thandiwe Mokoena, about respite for Mum.",
     [("NAME", "Thandiwe Mokoena")]),
    ("Mum's consultant, Mr Aurelio Bianchi, thinks the hip can be done in the spring.",
     [("NAME", "Aurelio Bianchi")]),
    ("been seeing a physio called Jarrah Whitfield down in Fremantle, she's ace for the knee",
     [("NAME", "Jarrah Whitfield")]),
    ("With warm regards to all who replied,\nDoreen Abernathy-Hale",
     [("NAME", "Doreen Abernathy-Hale")]),
    ("My husband, Kwabena Asante, is the one with the diagnosis. I am only the typist!",
     [("NAME", "Kwabena Asante")]),
    ("Ms. Priyanka Deshmukh at the TPA desk helped us a lot with the cashless claim, very thankful to her.",
     [("NAME", "Priyanka Deshmukh")]),
    ("The oncologist, Dr. Y. Tanaka-Ross, wants another biopsy before deciding anything.",
     [("NAME", "Y. Tanaka-Ross")]),
    ("my stepdad ronan o'sullivan still refuses to wear his hearing aids lol",
     [("NAME", "ronan o'sullivan")]),
    ("Does anyone know Dr Siddharth Venkataraman? Cardiothoracic, Bangalore. Is he good for bypass?",
     [("NAME", "Siddharth Venkataraman")]),
    ("Lots of love to you all, Nan (Beryl Hoskins) xx",
     [("NAME", "Beryl Hoskins")]),
    ("This is Marguerite Thibodeaux, I'm new here, I take care of my daddy who has COPD.",
     [("NAME", "Marguerite Thibodeaux")]),
    ("He got referred on to a Prof. Emeka Nwachukwu at the university hospital, waiting on the letter.",
     [("NAME", "Emeka Nwachukwu")]),
    ("my carer sione tupou is from tonga and he makes the best food, I'm so lucky",
     [("NAME", "sione tupou")]),
    ("texted my cousin Bao Nguyen-Tran to grab my scripts on her way home",
     [("NAME", "Bao Nguyen-Tran")]),
    ("It is with sadness that I write that Mrs. Eleanor Whitcombe, my mother, passed peacefully on Sunday.",
     [("NAME", "Eleanor Whitcombe")]),
    ("I am writing on behalf of my father-in-law Shri Rajendra Prasad Yadav, who is 78 and on dialysis.",
     [("NAME", "Rajendra Prasad Yadav")]),
    ("my neurologst Dr. Ingrid Solberg-Haugen is leaving the practise, gutted, she was the only one who got it",
     [("NAME", "Ingrid Solberg-Haugen")]),
    ("My wife name is Olena Kovalenko, she have the operation next week, please keep in your thoughts.",
     [("NAME", "Olena Kovalenko")]),
    ("Thanks to J. Marchetti-Byrne, the diabetes educator, I finally understand carb ratios.",
     [("NAME", "J. Marchetti-Byrne")]),
    ("Can recommend Darragh Ó Súilleabháin, the physio in Galway, if your hamstring is at you.",
     [("NAME", "Darragh Ó Súilleabháin")]),
    ("Aroha Tawhiri here, first post, my son was just diagnosed with type 1 at age 6.",
     [("NAME", "Aroha Tawhiri")]),
    ("my granny margaret mcelhinney is in the home now and she hates the food",
     [("NAME", "margaret mcelhinney")]),
    ("Anybody had Dr. Gurpreet Sandhu at the Brampton clinic? She wants to change my insulin.",
     [("NAME", "Gurpreet Sandhu")]),
    ("The ward clerk told me to ask for the charge nurse, Femi Adebayo, if the bed is not ready.",
     [("NAME", "Femi Adebayo")]),
    ("Signing off for now - Wiremu & Keri Paewai",
     [("NAME", "Keri Paewai")]),
    # ---------------------------------------------------------------- ADDRESS
    ("If anyone is up our way, the spare wheelchair is at 14 Matai Street, Ngaio, Wellington, just knock.",
     [("ADDRESS", "14 Matai Street, Ngaio, Wellington")]),
    ("Cards for Dad can go to 9 Ballymun Road, Glasnevin, Dublin 9, he would love that.",
     [("ADDRESS", "9 Ballymun Road, Glasnevin, Dublin 9")]),
    ("we're at 3310 w. fullerton ave apt 2r if u want to drop off the cooler",
     [("ADDRESS", "3310 w. fullerton ave apt 2r")]),
    ("New address for the prescriptions: Flat 12, Rosewood Court, 45 Harrow Lane, Leeds LS6 2QT.",
     [("ADDRESS", "Flat 12, Rosewood Court, 45 Harrow Lane, Leeds LS6 2QT")]),
    ("Our address is 58 Jacaranda Cres, Toowoomba QLD 4350 if you want to post the compression socks.",
     [("ADDRESS", "58 Jacaranda Cres, Toowoomba QLD 4350")]),
    ("Kindly courier the reports to 221, 4th Cross, Indiranagar 2nd Stage, Bengaluru 560038.",
     [("ADDRESS", "221, 4th Cross, Indiranagar 2nd Stage, Bengaluru 560038")]),
    ("The home care nurse comes to 1207-88 Harbord St, Toronto twice a week now.",
     [("ADDRESS", "1207-88 Harbord St, Toronto")]),
    ("My mother lives alone at Number 6 Glebe Terrace, Kilkenny since Daddy died.",
     [("ADDRESS", "Number 6 Glebe Terrace, Kilkenny")]),
    ("pick up is 4521 Old Mill Rd, Nashville, TN 37211, the blue house w the ramp",
     [("ADDRESS", "4521 Old Mill Rd, Nashville, TN 37211")]),
    ("Moving Mum into 17b Kowhai Grove, Lower Hutt this weekend, closer to the hospital.",
     [("ADDRESS", "17b Kowhai Grove, Lower Hutt")]),
    # ---------------------------------------------------------------- ZIP
    ("Any caregiver groups near 30318? West side of Atlanta, evenings are best.",
     [("ZIP", "30318")]),
    ("we live in 11238 and the only endo who takes our plan is booked till june",
     [("ZIP", "11238")]),
    ("We're moving from 60614 to 97214 next month and I need a new GI who does biologics.",
     [("ZIP", "60614"), ("ZIP", "97214")]),
    ("anyone around 48103 want to split a sensor order? shipping is brutal",
     [("ZIP", "48103")]),
    ("Looking for someone to share rides to the infusion center from 85004-2131.",
     [("ZIP", "85004-2131")]),
    ("My dad's mailing zip is 04101 but he winters in Florida, which doctor should he keep?",
     [("ZIP", "04101")]),
    ("Our postcode is BT7 1NN, is there a Crohn's meet-up anywhere in Belfast?",
     [("ZIP", "BT7 1NN")]),
    ("We stay in pin 411038, Pune. Please suggest a good rheumatologist nearby.",
     [("ZIP", "411038")]),
    ("Does anyone in the K1Y 4E9 area know a pelvic floor physio?",
     [("ZIP", "K1Y 4E9")]),
    ("i'm in 2750 (penrith) if anyone wants to swap the spare lancets",
     [("ZIP", "2750")]),
    # ---------------------------------------------------------------- AGE_OVER_89
    ("Nana turns 93 on Friday and wants a pub lunch, chemo or no chemo.",
     [("AGE_OVER_89", "93")]),
    ("My granddad is ninety-seven and sharper than the lot of us.",
     [("AGE_OVER_89", "ninety-seven")]),
    ("Dad, 90, fell again last night. Third time since Christmas.",
     [("AGE_OVER_89", "90")]),
    ("the surgeon said a 95-year-old (my gran) is too frail for the valve, feeling lost",
     [("AGE_OVER_89", "95")]),
    ("I care for my husband who is 91 years of age and has had Parkinson's for twenty years.",
     [("AGE_OVER_89", "91")]),
    ("Aunty is 100 years young today!! Hospital staff brought her a cake",
     [("AGE_OVER_89", "100")]),
    ("my nani is ninety nine and still bosses the whole ward around",
     [("AGE_OVER_89", "ninety nine")]),
    ("My grandmother have 92 years, she cannot walk now after the fall.",
     [("AGE_OVER_89", "92")]),
    # ---------------------------------------------------------------- DATE
    ("Op is on 17 March, fingers crossed they don't cancel again.",
     [("DATE", "17 March")]),
    ("She was born on 3rd of Sept 2021 at 31 weeks and now look at her.",
     [("DATE", "3rd of Sept 2021")]),
    ("Date of birth 1949-06-30, they need it on every form so I'm sick of typing it.",
     [("DATE", "1949-06-30")]),
    ("discharged 11/28, readmitted 12/3 with the same infection. ugh",
     [("DATE", "11/28"), ("DATE", "12/3")]),
    ("My appointment is Thursday the 9th of October at the Mater, wish me luck.",
     [("DATE", "9th of October")]),
    ("Dad's surgery finally went ahead on Feb 14th, he's in recovery now.",
     [("DATE", "Feb 14th")]),
    ("My brother passed away on 2 January 2024 after four years with ALS.",
     [("DATE", "2 January 2024")]),
    ("his bday is aug 8 and hes spending it in the ICU, any ideas to cheer him up",
     [("DATE", "aug 8")]),
    ("Biopsy booked for 05.11 at 8am, fasting from midnight.",
     [("DATE", "05.11")]),
    # ---------------------------------------------------------------- PHONE
    ("Give me a bell on 087 412 9930 if you want to meet up before the clinic.",
     [("PHONE", "087 412 9930")]),
    ("ph 021 455 7812 evenings, happy to talk to any new mum going through this",
     [("PHONE", "021 455 7812")]),
    ("My number is +91 98200 44731, WhatsApp only please.",
     [("PHONE", "+91 98200 44731")]),
    ("call or text 720-555-0133, I have the unopened pen needles for whoever needs them",
     [("PHONE", "720-555-0133")]),
    # ---------------------------------------------------------------- FAX
    ("Our GP's fax is 09 555 2841, the specialist can send the letter straight there.",
     [("FAX", "09 555 2841")]),
    ("Faxed the prior auth to 612-555-0190 twice and they still say they never got it.",
     [("FAX", "612-555-0190")]),
    # ---------------------------------------------------------------- EMAIL
    ("flick me an email at aroha.tawhiri@xtra.co.nz and I'll send the meal plan",
     [("EMAIL", "aroha.tawhiri@xtra.co.nz")]),
    ("my email is kieran_d_89 at hotmail dot co dot uk, message me about the support group",
     [("EMAIL", "kieran_d_89 at hotmail dot co dot uk")]),
    ("Write to b.okoye@yahoo.com if you want the appeal letter template.",
     [("EMAIL", "b.okoye@yahoo.com")]),
    # ---------------------------------------------------------------- SSN
    ("the intake lady read my social out loud in the waiting room, 531-44-9827, everyone heard",
     [("SSN", "531-44-9827")]),
    ("SS number 402779126 is printed on Mom's old Medicare card, should I shred it?",
     [("SSN", "402779126")]),
    # ---------------------------------------------------------------- MRN
    ("Hospital no. M0447219 is on her bracelet, the pharmacy needs it for the syringe driver.",
     [("MRN", "M0447219")]),
    ("UR number 2290415 at the Alfred, in case anyone from the stroke unit reads this.",
     [("MRN", "2290415")]),
    ("my MRN is 10-4472-88 and the portal still shows someone else's results??",
     [("MRN", "10-4472-88")]),
    # ---------------------------------------------------------------- HEALTH_PLAN_ID
    ("Medicaid ID 88213774A got rejected at the pharmacy again, third time this month.",
     [("HEALTH_PLAN_ID", "88213774A")]),
    ("BCBS member # XYP883019442, they say the CGM needs a new prior auth every year.",
     [("HEALTH_PLAN_ID", "XYP883019442")]),
    ("My health card is 5584 221 937 AB, Ontario, and it expired during my chemo. Help?",
     [("HEALTH_PLAN_ID", "5584 221 937 AB")]),
    # ---------------------------------------------------------------- ACCOUNT
    ("For the fundraiser, transfer to IE26 BOFI 9058 3812 8471 03 (Bank of Ireland) - thank you so much.",
     [("ACCOUNT", "IE26 BOFI 9058 3812 8471 03")]),
    ("hospital billing account A-55830291 keeps sending us reminders even though it is paid",
     [("ACCOUNT", "A-55830291")]),
    # ---------------------------------------------------------------- CREDIT_CARD
    ("they charged my visa 4716 9234 7882 9856 for a no-show when i was literally in the ER",
     [("CREDIT_CARD", "4716 9234 7882 9856")]),
    ("Paid for the hospice deposit with 5521877414648709, never got a receipt.",
     [("CREDIT_CARD", "5521877414648709")]),
    # ---------------------------------------------------------------- LICENSE
    ("The pharmacist wanted my psychiatrist's NPI, it's 1087527978 if that helps anyone.",
     [("LICENSE", "1087527978")]),
    ("Prescriber DEA # BM4797607 printed on the label, is that normal on a controlled script?",
     [("LICENSE", "BM4797607")]),
    ("Ontario licence K2390-41887-50813 got suspended after my seizure, did anyone get it back?",
     [("LICENSE", "K2390-41887-50813")]),
    # ---------------------------------------------------------------- VEHICLE
    ("Someone reversed into mum's car in the hospital car park, rego 1HQ 4KR, silver Corolla.",
     [("VEHICLE", "1HQ 4KR")]),
    ("Selling Dad's adapted van, VIN 1FMCU9GD7KUA12345, hand controls included.",
     [("VEHICLE", "1FMCU9GD7KUA12345")]),
    ("blue badge on the dash and they still ticketed us, reg KX19 BHT, outside the renal unit",
     [("VEHICLE", "KX19 BHT")]),
    # ---------------------------------------------------------------- DEVICE
    ("Pump serial # NG2274019H, the rep needs it for the cracked cartridge claim.",
     [("DEVICE", "NG2274019H")]),
    ("the S/N on my cochlear processor is 4B11-02337 if the audiology clinic reads this",
     [("DEVICE", "4B11-02337")]),
    # ---------------------------------------------------------------- URL
    ("I post about my MS journey on tiktok.com/@carolines_ms_days, come say hi",
     [("URL", "tiktok.com/@carolines_ms_days")]),
    ("Our fundraiser for Aroha's treatment: https://www.givealittle.co.nz/cause/aroha-tawhiri-recovery",
     [("URL", "https://www.givealittle.co.nz/cause/aroha-tawhiri-recovery")]),
    # ---------------------------------------------------------------- IP
    ("The portal locked me out and support asked for my ip, it's 101.182.44.7, is that safe?",
     [("IP", "101.182.44.7")]),
    ("telehealth app logs say 2403:5800:1f00:a2::17 kept dropping, any fix?",
     [("IP", "2403:5800:1f00:a2::17")]),
    # ---------------------------------------------------------------- NATIONAL_ID
    ("NHS no. 848 662 1054, please don't share, I just need to know if the letter format is right.",
     [("NATIONAL_ID", "848 662 1054")]),
    ("Service Canada needs my SIN (575-987-474) again for the disability tax credit.",
     [("NATIONAL_ID", "575-987-474")]),
    # ---------------------------------------------------------------- mixed
    ("Please ring my daughter Amara Obi on 07700 900461 if I don't reply, she knows everything.",
     [("NAME", "Amara Obi"), ("PHONE", "07700 900461")]),
    ("Gran (Kathleen Dempsey, 94) is in St James's, the nurses are lovely.",
     [("NAME", "Kathleen Dempsey"), ("AGE_OVER_89", "94")]),
    ("Dr. Anjali Menon's clinic, 22 Church St, Parramatta, is open Saturdays.",
     [("NAME", "Anjali Menon"), ("ADDRESS", "22 Church St, Parramatta")]),
    ("DOB 14-08-1987, MRN 0073321, please forward to the pain clinic.",
     [("DATE", "14-08-1987"), ("MRN", "0073321")]),
    ("we moved to 78704 and my new doc is dr. carmen villarreal, so far so good",
     [("ZIP", "78704"), ("NAME", "carmen villarreal")]),
    ("Regards, Lt. Col. (retd) Harbhajan Singh Grewal, father of a brain tumour survivor",
     [("NAME", "Harbhajan Singh Grewal")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    # eponymous hospitals, clinics, syndromes
    "Kokilaben Dhirubhai Ambani Hospital did my father's bypass, the ICU team was excellent.",
    "Sir Charles Gairdner Hospital has a great MND clinic if you're in Perth.",
    "St Vincent's in Sydney did my transplant workup, took about six months.",
    "Moved my care to Princess Margaret in Toronto and it's night and day.",
    "Alder Hey were brilliant with my son's scoliosis surgery.",
    "We were at Starship for three weeks, the parents' lounge saved us.",
    "Beaumont in Dublin has the cochlear implant programme, worth asking your GP.",
    "Ehlers-Danlos plus POTS plus Sjögren's, the holy trinity apparently.",
    "My son has Tourette's and Asperger's, school has been tough.",
    "Wolff-Parkinson-White was found on a routine ECG, ablation next year.",
    "Stevens-Johnson syndrome after lamotrigine, so I'm never taking that again.",
    "Lou Gehrig's disease took my uncle, so I'm doing the walk this year.",
    "Raynaud's is terrible this winter, gloves indoors.",
    "Creutzfeldt-Jakob was ruled out, thank god, it's autoimmune encephalitis.",
    "Moorfields Eye Hospital said the retina is stable.",
    # drugs and pill brands that look like names
    "Switched from Yasmin to Microgynon and the migraines are less.",
    "Allegra works better for me than Claritin during hay fever season.",
    "Lyrica 75 mg at night and Cymbalta 60 mg in the morning.",
    "Started Stelara last month, Humira stopped working after four years.",
    "Mounjaro 5 mg now, was on Trulicity before.",
    "Dr. Reddy's generic of the same drug is half the price at the chemist.",
    "Jardiance and Farxiga are the same class, my cardiologist says either.",
    "Keppra rage is real, moving to Briviact.",
    "Abilify 2 mg as an add-on, sleep is better.",
    "Marvelon made me so moody, anyone tried Yaz?",
    # public figures and foundations
    "Sir Chris Hoy's interview about his prostate cancer made my husband finally get checked.",
    "Bindi Irwin talking about endometriosis was the first time I felt seen.",
    "Amitabh Bachchan has spoken about living with hepatitis B, it helps with the stigma here.",
    "Dr Michael Mosley's fasting diet put my A1C back to normal range.",
    "The Princess of Wales going public about her cancer made it easier to tell my kids.",
    "Jacinda Ardern spoke about burnout and I cried in the car.",
    "The Terry Fox Run is on Sunday, our whole ward is walking.",
    "Selma Blair's documentary about MS is worth a watch.",
    # bare first names and generic roles
    "My sister Aoife drove me to every appointment, I owe her so much.",
    "Thanks Raj, that tip about the ice pack worked!",
    "Priya from the Tuesday group said the same thing about the side effects.",
    "my consultant and the registrar disagree about the scan, what do I do",
    "The charge nurse on nights is a legend, made me tea at 3am.",
    "Auntie Bee keeps sending me turmeric articles lol",
    # versions, lots, models, codes
    "AndroidAPS 3.2.0.4 broke my SMB settings, had to roll back.",
    "Loop 3.4 on iOS 18.1.1, no dropouts since.",
    "Lot 23K041B, exp 2026-08, the pharmacist checked and it's not in the recall.",
    "Omnipod DASH PDM firmware 3.0.2, still the same occlusion errors.",
    "CPT 97110 is what they bill for my physio, 45 min sessions.",
    "NDC 0169-4132-12 is on the box, same as the old pens.",
    "The Medtronic 780G with Guardian 4 sensors, about 75% time in range.",
    "ICD-10 R53.83 on my sick note, which is just fatigue.",
    "Trial number ACTRN12621000455897, still open in Melbourne.",
    "Libre 2 Plus sensor reader version 2.6.1.",
    "HCPCS E0601 for the CPAP, my insurer only pays 80%.",
    # doses and labs
    "Lantus 22u at night, NovoRapid 1u per 10g carbs.",
    "Sertraline 150 mg and propranolol 10 mg as needed.",
    "Vit D was 18, now on 50,000 IU weekly for 8 weeks.",
    "Platelets 142, neutrophils 1.1, so chemo is delayed a week.",
    "eGFR 22 and potassium 5.9, nephrologist is not happy.",
    "Ferritin went from 9 to 210 after the infusion, feel human again.",
    "My TSH is 0.02 on 125 mcg so they're dropping me to 100.",
    "viral load under 40 copies, CD4 count 1120 now.",
    # helplines and public sites
    "Healthline is 0800 611 116 here in NZ, they're good at night.",
    "Need to talk? Free call or text 1737.",
    "Kids Helpline 1800 55 1800 helped my daughter when she was struggling.",
    "HSE Live is 1800 700 700 for questions about the medical card.",
    "Vandrevala Foundation helpline 1860 2662 345 is available all hours.",
    "Crohn's & Colitis UK helpline is 0300 222 5700, they helped with my PIP form.",
    "Diabetes Australia's helpline 1800 637 700 sorted out my NDSS card.",
    "Kidney Foundation of Canada has a peer line at 1-866-390-7337.",
    "mayoclinic.org and nhs.uk/conditions are where I start before googling anything.",
    # years, relative dates, ages under 90, times
    "Diagnosed in 2015, clear since 2019, now my oncologist sees me once a year.",
    "Scan last Tuesday, results on Monday, anxiety through the roof.",
    "She's 89 and refuses the walker, any tips?",
    "Caring for my 86 yo gran and my mum, who is 64.",
    "Clinic is at 14:30 and then bloods at 8.30am the next morning.",
    "Week 12 of pregnancy, day 14 of the nausea.",
    "In the spring of '22 I couldn't walk to the letterbox, now I walk 5 km.",
    # wards, beds, counts, money, misc numbers
    "Ward 4B, bed 12, is where they put everyone after the bowel resection.",
    "Building 10 at the NIH is enormous, give yourself an hour to find the clinic.",
    "The treatment cost us 34,000 rupees in total, the insurance covered half.",
    "Walked 10442 steps today after three months in bed!",
    "Paid $2,400 out of pocket for the sleep study.",
    "Bus 104 goes straight to the Royal, takes about forty minutes.",
    "Went private on Harley Street for the second opinion, cost a fortune.",
    # voices, texting, non-native, formal
    "ngl the new closed loop is a game changer, 86% tir this wk",
    "Kindly advise whether anyone has taken Ayurvedic medicine along with insulin.",
    "Sorry my english, in my country the doctor gives antibiotic for everything.",
    "I should be most grateful for any advice on stairlifts, my late husband's was removed.",
    "cant sleep again, steroid insomnia is no joke, 3am club anyone",
    "Grand so, the flare settled after the steroids and I'm back at work.",
    "Sweet as, the new nurse sorted my PICC dressing in five minutes.",
    "Bed 7 in Bay C has a window, ask for it if you're admitted for the infusion.",
    "Reference range for ferritin is 30 to 400, mine was 14.",
    "Took the 7:42 train to the clinic, the 8:15 was cancelled again.",
    "Gave blood for the 25th time today, they gave me a pin!",
    "Our support group has 1,200 members now, welcome to the new folks.",
    "The pharmacy on George Street does blister packs for free.",
    "Parkinson's UK and the Michael J. Fox Foundation both fund that trial.",
    "Cushing's was ruled out, the dex suppression test was normal.",
    "Victoza pens are 18 mg/3 mL, so a pen lasts about a month at 0.6.",
    "Dad is 88 and Mum is 87, sixty years married on Saturday!",
    "Had my second dose on a Wednesday and the third one is due in 8 weeks.",
    "Remember to register on My Health Record, it makes the ED so much faster.",
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
    elif kind == "ACCOUNT" and re.match(r"[A-Z]{2}\d\d", value):
        ok = iban_ok(value)
    elif kind == "LICENSE" and re.fullmatch(r"[A-Z]{2}\d{7}", value):
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


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand3-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
