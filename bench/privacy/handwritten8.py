#!/usr/bin/env python3
"""A ninth held-out set, written by hand, one post at a time, during the
sixth round of scanner changes, without reading the scanner's source or
running the scanner on any of it. It is meant to be scored twice, once
before the round's changes and once after, and never tuned on.

Voices: mainstream US, UK, Irish, Canadian, Australian, New Zealand,
Indian, Singaporean and South African English; texting style, typos and
all-lowercase posts, older and formal writers, carers, teenagers, and long
posts with the identifier in the middle of one sentence.

About half the posts carry identifiers, spread over all 19 kinds with at
least five of each and extra weight on the hardest ones: device serials
(hearing aids, pumps, a CPAP, a pacemaker and an ICD, CGMs, an oxygen
concentrator, a monitoring hub; S/N, SN:, serial, sticker, "device no." and
transmitter-ID cues, upper and lower case, spaced and dashed), national ids (NHS and Scottish CHI numbers, SINs, Aadhaar, a South
African ID number, a New Zealand NHI and an Irish PPS number), ages over 89
said in passing (bare, bracketed, spelled out), dates tied to a person
(birth, admission, discharge, surgery, appointment, due date, death;
day-first, year-first, dotted, spelled, ordinal, no year), record numbers
(MRN, UR, UHID, hospital number, chart and patient ids, letters and
digits), health-plan ids (US member id, MBI, Medicaid, OHIP with version
code, BC PHN, Australian Medicare, ABHA, VHI, a South African medical aid),
street addresses (US, UK, Irish with Eircode, Canadian in French, Australian
unit, Indian flat, Singapore HDB block, South African) and
ZIPs (ZIP, ZIP+4, and postcodes given on their own as where someone
lives). Also names from many countries (diacritics, initials, lower case
after relation words), phones in many layouts with and without cues, fax,
emails (one spelled out, one plus-addressed), SSNs (dashed, spaced,
ungrouped), accounts, IBANs and an Australian BSB account, Luhn-valid cards
with and without a cue, licences (UK, US, Indian driving licences, DEA,
NPI), plates and VINs, personal URLs, IPv4 and IPv6.

The other half are hard negatives: versions shaped like IP addresses, lot
and batch numbers, an NDC, doses, lab values, blood pressures,
scores, ICD-10 codes, a trial id, public helplines of all nine countries,
hospital switchboards, eponymous hospitals, syndromes and charities,
public figures and public doctors, bare first names, public dates
(holidays, awareness days, news), years alone and relative dates, ages
under 90, 90-and-over numbers that are not ages, device model numbers
without serials, prices, step counts, wards, beds and rooms, bus routes,
and street names without numbers.

Labelling choices where the README is silent or brief: the README's
NATIONAL_ID names NHS numbers and SINs; CHI, Aadhaar, the South African ID
number, the NHI and the PPS number are the same kind of national number and
are labelled NATIONAL_ID. Australian Medicare, OHIP and BC PHN numbers are
the README's "health-card number" and are labelled HEALTH_PLAN_ID. The
README's ZIP names US ZIPs; a full non-US postcode given on its own as
where someone lives is the same Safe Harbor identifier and is labelled
ZIP, while postcodes inside a street address are part of the ADDRESS span.
Only identifiers of the poster, their family or household, or a named
member of their care team are labelled.

usage: python3 bench/privacy/handwritten8.py > bench/privacy/out/handwritten8.jsonl

Same format as handwritten7: labels beside each post as (kind, value)
pairs, code-point offsets found by the script (a value must occur exactly
once in its post), and checksums checked when the script runs through
handwritten7's label() and check_value() (Luhn cards and SINs, mod-11 NHS
and CHI numbers, mod-97 IBANs, DEA, NPI, VIN check digits, Verhoeff for
Aadhaar, the Australian Medicare check digit). The SA ID number passes
Luhn; the NHI and PPS numbers pass their own check and, since
handwritten3 applies Luhn to other national ids, Luhn on their digits too.
"""
from __future__ import annotations

import json
import sys

from handwritten7 import label

WITH_IDENTIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    # ---------------------------------------------------------- device serials
    ("Good evening. I am writing on behalf of my mother, who is 96 and still insists on doing the crossword in ink every morning. Her cardiologist, Dr. Harold Weintraub, would like the pacemaker interrogated because the device clinic never received last quarter's transmission. The serial number printed on her bedside monitor card is PJN418827S. Should I read that to the clinic over the telephone, or is there a more secure way?",
     [("AGE_OVER_89", "96"), ("NAME", "Harold Weintraub"), ("DEVICE", "PJN418827S")]),
    ("nan's 93 and just got her new hearing aids from audiology, the left one already whistles when she puts her glasses on lol. s/n on the little box is 2214H0QKT, does anyone know if phonak will swap it or do we go back thru the nhs",
     [("AGE_OVER_89", "93"), ("DEVICE", "2214H0QKT")]),
    ("ok so my mom made me post this bc she cant figure out the forum lol. my dexcom receiver serial is SM81204477 and it wont pair w my phone since the update, we tried restarting like 6 times. anyone??? also mods i think my account got hacked, the login history shows 101.188.72.14 yesterday and thats my school wifi but i was home sick all day",
     [("DEVICE", "SM81204477"), ("IP", "101.188.72.14")]),
    ("ResMed emailed about the humidifier tub recall and want the serial off my AirSense before they post a new one. Sticker underneath says 23191457382, is that the long one they mean or is there another number hidden somewhere?",
     [("DEVICE", "23191457382")]),
    ("Medtronic sent a replacement pump but the S/N NG2948156H on the paperwork doesn't match the one in the box. Do I ring them or the diabetes nurse first? Don't want to start it if it's not registered to me.",
     [("DEVICE", "NG2948156H")]),
    ("Grandad (94) had another fall last night and while the paramedics were there his oxygen concentrator started alarming. The sticker on the back says IC4829X77 and the supplier won't send an engineer without it, so I'm posting it here so I don't lose it again, the paper's already in the bin.",
     [("AGE_OVER_89", "94"), ("DEVICE", "IC4829X77")]),
    ("My hubby's right hearing aid, SN: 22-0418771, has been back for repair three times now and the shop keeps telling us it's within tolerance. He's 97 and can't hear the telly even with the subtitles up, so whose tolerance is that?",
     [("DEVICE", "22-0418771"), ("AGE_OVER_89", "97")]),
    ("Device no. on the implant card the cardiac unit at Groote Schuur gave me is 88K2-31075 and the new cardiologist wants it before he'll book the MRI. Do they actually need to see the card or is the number enough?",
     [("DEVICE", "88K2-31075")]),
    ("omnipod pdm serial ab7734kq (lowercase on the screen weirdly) keeps throwing pod errors, support line is a 40 min hold. is it the pdm or the pods",
     [("DEVICE", "ab7734kq")]),
    ("The ICD shocked me twice on Sunday while I was hanging washing. The clinic pulled the data remotely off the serial, RZB 206174 H, and said it was lead noise, not my heart. I'm 34 and now I flinch every time I lift my arm.",
     [("DEVICE", "RZB 206174 H")]),
    ("My son was born on the fourth of March and spent his sixth birthday in the ED with a sugar of 31. Two years on he does his own finger pricks. Question though: his G6 transmitter ID is 8G4K7P and the app rejects it after the phone reset, do we need a new one?",
     [("DATE", "fourth of March"), ("DEVICE", "8G4K7P")]),
    ("Tech support for Dad's remote monitoring hub asked for two things: the serial, which is HB-7730-2291 on the base, and its IP address, which the settings page shows as 192.168.0.47. Still won't upload his readings. We've been at it since lunch.",
     [("DEVICE", "HB-7730-2291"), ("IP", "192.168.0.47")]),
    # ------------------------------------------------------------ national ids
    ("Mam was admitted to the Mater on the 3rd of February and there's still no date for the hip. I'm lodging a complaint through Your Service Your Say and the form wants her PPS number, 5210786I, which I've put in, but they've come back twice asking for a GP letter as well. Is that standard or are they stalling?",
     [("DATE", "3rd of February"), ("NATIONAL_ID", "5210786I")]),
    ("kia ora, my koro's NHI is BJG9233 but Waikato gave him a patient label with a hospital number, M3309128, and now the new GP practice has him down with someone else's birthdate and allergies. anyone else had this? kinda scary with his warfarin",
     [("NATIONAL_ID", "BJG9233"), ("MRN", "M3309128")]),
    ("I should be grateful for advice. A letter from the hospice arrived this morning addressed to my late husband, NHS number 791 563 0962, date of birth 12/07/1931, but the results enclosed belong to a different patient altogether. Whom ought I to notify, the hospice or the Trust?",
     [("NATIONAL_ID", "791 563 0962"), ("DATE", "12/07/1931")]),
    ("Anyone in Glasgow had the bowel screening kit turn up with the wrong CHI on it? Mine came with 1403522324 on the label, which is my mum's, not mine. We're both at G41 2PE so I reckon they've mixed us up at the lab.",
     [("NATIONAL_ID", "1403522324"), ("ZIP", "G41 2PE")]),
    ("Ouma was born 23 August 1947 and Home Affairs has her ID as 4708232108088, but the hospital file has her birthday on the wrong day so the medical aid keeps rejecting the claim. Have any SA carers sorted this without queueing for a whole day?",
     [("DATE", "23 August 1947"), ("NATIONAL_ID", "4708232108088")]),
    ("letter from the orthotics clinic today had 554 361 0165 printed at the top and an appt for the 9th of may, no idea what that number is for?? is it my nhs one or a clinic thing",
     [("NATIONAL_ID", "554 361 0165"), ("DATE", "9th of may")]),
    ("my nhs no is 1320971121 i think?? the app keeps saying verification failed and my mum's at work so i cant ask her. is it bc of my vpn, it says im on 203.0.113.57",
     [("NATIONAL_ID", "1320971121"), ("IP", "203.0.113.57")]),
    ("Service Canada has asked for my late father's social insurance number in order to close his CPP file. It is 245-779-939. However, the death certificate lists his middle name incorrectly, and they will not proceed until it is amended. Has anyone dealt with Vital Statistics in Nova Scotia on a correction?",
     [("NATIONAL_ID", "245-779-939")]),
    # -------------------------------------------------------------------- MRN
    ("Dad's UR number at the Royal Melbourne is 3094417 and they've lost his discharge summary AGAIN. We're out near Wodonga, postcode 3690, so every time they stuff this up it's a four hour round trip for a bit of paper. Sorry, needed to vent.",
     [("MRN", "3094417"), ("ZIP", "3690")]),
    ("My father's UHID at the hospital is MH-2291-0047735 and the billing counter asks for it every single visit. If any of the volunteers from the group can drop the spare wheelchair, we stay at Flat 12B, Sai Krupa Apartments, 4th Cross, Malleswaram, Bengaluru 560003. Please call before coming, he sleeps in the afternoon.",
     [("MRN", "MH-2291-0047735"), ("ADDRESS", "Flat 12B, Sai Krupa Apartments, 4th Cross, Malleswaram, Bengaluru 560003")]),
    ("my ah ma (91) was warded at TTSH last week, discharged liao. polyclinic appt card says patient no. 2403-558-197, can i use that to book the follow up on the app or must use her singpass?",
     [("AGE_OVER_89", "91"), ("MRN", "2403-558-197")]),
    ("Quick q: my MRN at the new hospital system is E00739184 but at the old place it was all numbers. Does the patient portal link both or do I have to request records from each one separately? And while I'm asking, insurance denied a claim saying the NPI was wrong; the right one for my therapist is 1891582680, I looked it up, so somebody in billing fat-fingered it.",
     [("MRN", "E00739184"), ("LICENSE", "1891582680")]),
    ("My op is Tues 21/5 at the Royal Free and the renal unit told me to quote my hospital number, RFH0482231, on every email and leave the NHS number off because of the data thing. Odd but fine. Nil by mouth from midnight, how does anyone survive that",
     [("DATE", "21/5"), ("MRN", "RFH0482231")]),
    ("Mum's UR is 00-418-622 at St Vincent's and their pharmacy won't release the Webster pack unless I bring it written down, and her Medicare, 4221 45765 3, came up invalid at the pathology desk as well, so someone's typed something wrong somewhere. She's eighty-eight so remembering either of them herself isn't happening.",
     [("MRN", "00-418-622"), ("HEALTH_PLAN_ID", "4221 45765 3")]),
    ("Whipple booked for 2025-11-06 at Sunnybrook, my first big surgery at 41. My chart # is A-559203 if anyone from the HPB team lurks here (I know at least one of you does 👀). Please send good vibes.",
     [("DATE", "2025-11-06"), ("MRN", "A-559203")]),
    ("discharged jan 7th after 19 days in, the ward staff were angels. still got the wristband on my fridge, pt id 4471-2290-B, feels weird to throw it out",
     [("DATE", "jan 7th"), ("MRN", "4471-2290-B")]),
    # ----------------------------------------------------------- health plans
    ("My OHIP card got renewed last month and the new one reads 1585-314-584-KT, so if your clinic portal still shows the old version code that's probably why the requisition bounced. Also my GP's office only takes the disability tax credit form by fax, 416-555-0199, which I had to send from the library like it's 1998.",
     [("HEALTH_PLAN_ID", "1585-314-584-KT"), ("FAX", "416-555-0199")]),
    ("Hi all. My gran passed on the 14th of June and the medical aid is still debiting every month. Her membership number was 902 448 1176, if anyone has been through this and knows which department actually stops it. I've phoned the general line four times now.",
     [("DATE", "14th of June"), ("HEALTH_PLAN_ID", "902 448 1176")]),
    ("The specialty pharmacy mailed my Humira to the wrong house again. The label had 30307-2214, which is our zip, so I guess the driver picked a random porch on the block. And BCBS (member ID XEH483920175) won't cover a replacement because it was 'delivered'. Anyone else with this pharmacy dealing with this?",
     [("ZIP", "30307-2214"), ("HEALTH_PLAN_ID", "XEH483920175")]),
    ("mom's social is 287519036 and her new Medicare card has the MBI as 3TW9-K47-PV28, but the advantage plan says neither matches their records, which makes zero sense. she's had the same number since 1961",
     [("SSN", "287519036"), ("HEALTH_PLAN_ID", "3TW9-K47-PV28")]),
    ("ohio medicaid sent my son's renewal with his ID 71903358204 at the top and MY ss# 606-12-4470 underneath instead of his, and now the dentist says he's not active. who do i even call, the county or the state",
     [("HEALTH_PLAN_ID", "71903358204"), ("SSN", "606-12-4470")]),
    ("My husband is ninety-two and his Medicare card, 3170 72424 3, was taken by the ambulance officers on Saturday and never returned to us. Does anyone know whether the hospital would have kept it at the ED desk?",
     [("AGE_OVER_89", "ninety-two"), ("HEALTH_PLAN_ID", "3170 72424 3")]),
    ("For the Ayushman card they linked my mother's ABHA number 91-4827-3360-1195, but at the empanelled hospital Dr K. Raghunathan's office says it is not showing in their system. Anyone from Pune faced this?",
     [("HEALTH_PLAN_ID", "91-4827-3360-1195"), ("NAME", "K. Raghunathan")]),
    ("BC folks, my PHN is 9698 658 215 and the new walk-in clinic says I'm not registered with MSP. I've lived here six years!! Is there a way to check online before I go in again?",
     [("HEALTH_PLAN_ID", "9698 658 215")]),
    # -------------------------------------------------------------- addresses
    ("if anyone wants the commode chair, free to a good home, self collect at Blk 417 Ang Mo Kio Ave 10, #08-1126, Singapore 560417. weekday evenings ok, my mum will be home",
     [("ADDRESS", "Blk 417 Ang Mo Kio Ave 10, #08-1126, Singapore 560417")]),
    ("Can anyone recommend a care agency that covers us? Mum's at 14 Elmfield Grove, Headingley, Leeds LS6 2BQ and the council's list is three years out of date, half of them have closed. Also her GP surgery says the hospital never got the referral, so the consultant's secretary gave me their fax, 020 7946 0321, to send it over myself. Who still uses fax in 2025?!",
     [("ADDRESS", "14 Elmfield Grove, Headingley, Leeds LS6 2BQ"), ("FAX", "020 7946 0321")]),
    ("so the thing nobody warns you about with chemo brain is how sneaky it is. i was fine for the first two rounds, then last week i drove to my old place at 418 w magnolia st instead of home and sat in the driveway for ten minutes before it clicked. my oncologist says it usually lifts once treatment ends but honestly it scared me more than the hair loss did",
     [("ADDRESS", "418 w magnolia st")]),
    ("Dropping off the spare BiPAP masks this arvo for whoever asked, I'll leave them at Unit 4/27 Pacific Hwy, Gosford NSW 2250 in the meter box. Don't be shy, they're just sitting in the cupboard.",
     [("ADDRESS", "Unit 4/27 Pacific Hwy, Gosford NSW 2250")]),
    ("Send the signed petition letters to me at Apt 6, Glenview Court, Ballincollig, Co. Cork, P31 X2F8 and I'll bundle them up for the minister's office before the Dáil comes back. Unrelated, VHI want the membership no. on my pre-approval form, mine is 0418827653, but the consultant's secretary says it's the procedure code that matters. who do I believe?",
     [("ADDRESS", "Apt 6, Glenview Court, Ballincollig, Co. Cork, P31 X2F8"), ("HEALTH_PLAN_ID", "0418827653")]),
    ("My mom's staying at 23 Jacaranda Avenue, Bryanston, 2191 with my brother now, so the hospice nurse needs the new address. Does the referral have to go through the GP again or can the hospice just update it?",
     [("ADDRESS", "23 Jacaranda Avenue, Bryanston, 2191")]),
    ("Nonna turns 100 next month and still refuses a walking frame. We've moved her in with us at 2281 N Kedzie Ave Apt 3F, Chicago, IL 60647, but Medicare keeps mailing her statements to the old house in Peoria.",
     [("AGE_OVER_89", "100"), ("ADDRESS", "2281 N Kedzie Ave Apt 3F, Chicago, IL 60647")]),
    ("Pour ceux qui demandaient, I'm in Montreal. Maman's new place is 3390 rue Saint-Hubert, app. 2, Montréal QC H2L 3Z6 and the CLSC nurse starts coming next week, fingers crossed. Separate question: my employer's disability insurer wants my SIN on the claim form, 594 837 387, and i'm nervous about emailing it to some random claims address. Is that normal for an LTD claim or should I push back?",
     [("ADDRESS", "3390 rue Saint-Hubert, app. 2, Montréal QC H2L 3Z6"), ("NATIONAL_ID", "594 837 387")]),
    # -------------------------------------------------------------------- ZIP
    ("any good memory care places near 44118?? my dad is 90 and my sister and i cant keep splitting nights, were both falling apart",
     [("ZIP", "44118"), ("AGE_OVER_89", "90")]),
    ("We're in K1S 3T7 if anyone from the Ottawa MS group wants to carpool to the infusion clinic on Thursdays. Text me at 613-555-0147, no calls please, I'm usually napping after Ocrevus lol.",
     [("ZIP", "K1S 3T7"), ("PHONE", "613-555-0147")]),
    ("anyone do dialysis near 85032? just moved here for my wife's job and the closest center has a 3 month waitlist. text me if you know a good one, 602.555.0188",
     [("ZIP", "85032"), ("PHONE", "602.555.0188")]),
    ("The foundation's grant application asked for my ZIP+4, which I gave as 60614-3302, and they still turned me down for being outside their service area. Their service area is Chicago.",
     [("ZIP", "60614-3302")]),
    ("any good physiotherapist who does home visits in 411038? my mother had her knee replaced and the hospital one charges too much. pls call on +91 98450 12763, my brother will pick up if I'm at work",
     [("ZIP", "411038"), ("PHONE", "+91 98450 12763")]),
    ("new to pumps, is there a Tandem trainer who comes out to 97404 or do I really have to drive to Portland for the start?",
     [("ZIP", "97404")]),
    # ----------------------------------------------------------------- phones
    ("Mr Oluwaseun Adeyemi did my bypass at Wythenshawe and I can't rate him enough. If anyone's on his list and wants a chat beforehand, ring me on 07700 900481, I'm free most mornings.",
     [("NAME", "Oluwaseun Adeyemi"), ("PHONE", "07700 900481")]),
    ("Our oncologist, Dr Anneliese van der Merwe, is moving to Cape Town and I'm gutted. If you're also her patient in PE and want to share lifts to wherever we get sent, whatsapp me on 082 555 3814, petrol is killing me",
     [("NAME", "Anneliese van der Merwe"), ("PHONE", "082 555 3814")]),
    ("due on 18 Oct with twins and the consultant wants me in from 34 weeks. anyone else in Wellington due around then? my cell is 021 555 7302, would love a twin mum to talk to",
     [("DATE", "18 Oct"), ("PHONE", "021 555 7302")]),
    ("Dr. Ngozi Okonkwo's direct line at the clinic is (206) 555-0193 and honestly she's the only rheumatologist in Seattle who calls her patients back.",
     [("NAME", "Ngozi Okonkwo"), ("PHONE", "(206) 555-0193")]),
    # -------------------------------------------------------------------- fax
    ("Fax no. for Dr Meenakshi Pillai's rooms is +61 2 5550 1288 if you're also on her list and the online referral keeps failing like mine did.",
     [("NAME", "Meenakshi Pillai"), ("FAX", "+61 2 5550 1288")]),
    ("Our home care coordinator, Siobhán Ní Bhriain, only takes forms by fax, 021 455 8830, so if you're in the same HSE area you'll need one of those fax apps too. She's lovely otherwise.",
     [("NAME", "Siobhán Ní Bhriain"), ("FAX", "021 455 8830")]),
    # ------------------------------------------------------------------ email
    ("happy to send the spreadsheet I use for tracking carbs and boluses, email me at kayla dot brennan at outlook dot com (written out because of the bots)",
     [("EMAIL", "kayla dot brennan at outlook dot com")]),
    ("If your group would like the Parkinson's exercise handouts, drop me a line at margaret.hollis58@btinternet.com and I'll post paper copies. I'm not much good with attachments.",
     [("EMAIL", "margaret.hollis58@btinternet.com")]),
    ("My email's thabo.mokoena@webmail.co.za if anyone from the Joburg transplant group wants to swap notes on tacrolimus levels, mine are all over the place since the generic switch.",
     [("EMAIL", "thabo.mokoena@webmail.co.za")]),
    ("my aunty lim siew ling is on the same lupus meds, she says the hair loss stops after 3 months. pls email me at weiling_tan+caregiver@gmail.com for the CTG grant form template, dont PM cos i rarely check",
     [("NAME", "lim siew ling"), ("EMAIL", "weiling_tan+caregiver@gmail.com")]),
    ("Sir/Madam, kindly forward the diabetic diet chart to my son at r.venkatesh1962@yahoo.co.in as I am not able to download it from this website. Also, the insurance desk is again asking for my Aadhaar, 3522 5875 8726, though it was given at admission and at pre-authorisation both. Is this some TPA rule? Thanking you in advance.",
     [("EMAIL", "r.venkatesh1962@yahoo.co.in"), ("NATIONAL_ID", "3522 5875 8726")]),
    # -------------------------------------------------------------------- SSN
    ("Here is where we are after six weeks of back and forth with the disability office. They lost the first application, then decided the neurologist's letter was missing a signature, then mailed a denial to the apartment we moved out of two years ago. When I finally reached a person, she read my husband's number back as 512-48-7730 and it matched, so at least the file exists somewhere. Now they want the neuropsych testing repeated even though it was done in January. Has anyone won an appeal without hiring a lawyer?",
     [("SSN", "512-48-7730")]),
    ("Filling out the FMLA paperwork and HR sent it back because I wrote my SSN as 431 66 2095 without dashes. Seriously? Three weeks of leave for chemo, held up over dashes. And the oncology office wants the form faxed to (503) 555-0162, not emailed. OK boomer.",
     [("SSN", "431 66 2095"), ("FAX", "(503) 555-0162")]),
    ("Long story but I'll try. My aunt is 94 and lives alone in a trailer outside Tulsa, and the home health agency stopped coming after her recert got lost. I spent Friday on hold, and then the agency told me they had resubmitted everything under 219-04-8812, which is my late uncle's social, not hers, so now the system thinks a dead man needs wound care. Her pressure sore is getting worse and that nurse was the only one dressing it. I'm driving up this weekend but I live three hours away.",
     [("AGE_OVER_89", "94"), ("SSN", "219-04-8812")]),
    # ------------------------------------------------------ cards and accounts
    ("Hospital billing account 70023318841 went to collections even though the charity care application was approved in writing, and when I paid the small leftover part with my Visa, 4183 7977 4527 9101, it got applied to a different bill. Anyone fought this in Texas?",
     [("ACCOUNT", "70023318841"), ("CREDIT_CARD", "4183 7977 4527 9101")]),
    ("ok which of you lovely lot set up the fundraiser page, I've tried 5349 3211 9808 8212 three times and it just says payment failed",
     [("CREDIT_CARD", "5349 3211 9808 8212")]),
    ("I attempted to pay the hospital invoice by telephone using my American Express, 3761 226858 94535, and the automated system rejected it each time. Is there a person one can actually speak to?",
     [("CREDIT_CARD", "3761 226858 94535")]),
    ("my hsa acct # is 2210098437 and the new debit card still hasnt come so i put the cgm on my discover 6011418679573210 and now its a whole thing getting reimbursed 🙃",
     [("ACCOUNT", "2210098437"), ("CREDIT_CARD", "6011418679573210")]),
    ("Can someone on the committee check the raffle payment went through? I used 2221-8589-7934-1286 and my bank app has had it pending since Friday.",
     [("CREDIT_CARD", "2221-8589-7934-1286")]),
    ("For Mam's hospice collection, the page is gofundme.com/f/bridget-dolan-hospice-fund, and anyone paying from abroad can use the IBAN GB85 NWBK 6016 1373 0607 95 instead. Sorry, I know you lot were asking for ages.",
     [("URL", "gofundme.com/f/bridget-dolan-hospice-fund"), ("ACCOUNT", "GB85 NWBK 6016 1373 0607 95")]),
    ("Dutch expat in Dublin here. I was admitted 11.02.2025 with DKA while home visiting family, and my Dutch insurer wants to reimburse to NL32 INGB 4045 2033 45, but the invoice is in my married name. Anyone untangled this?",
     [("DATE", "11.02.2025"), ("ACCOUNT", "NL32 INGB 4045 2033 45")]),
    ("Here's the details for Aunty Pat's wheelchair fund: BSB 062-912, account 1048 2276. Every bit helps, the ramp alone is $4k.",
     [("ACCOUNT", "1048 2276")]),
    # --------------------------------------------------- licences and vehicles
    ("The pharmacy flagged my husband's oxycodone script because Dr. Farid Haddad's DEA number, BH4099936, didn't match what they had on file. Has this happened to anyone after their doctor changed practices?",
     [("NAME", "Farid Haddad"), ("LICENSE", "BH4099936")]),
    ("DVLA have my licence, HOLLI753116MA9KL, on hold pending the neurologist's report, so the car (KX19 TFE) is sat on the drive and I'm paying road tax on it for nothing. Eleven weeks and counting.",
     [("LICENSE", "HOLLI753116MA9KL"), ("VEHICLE", "KX19 TFE")]),
    ("DMV wants my neurologist to sign off before they reinstate my license, D4125587, after the seizure. Meanwhile my car's been in the driveway with expired tags for 6 months, plate 8KWT512, and I'm scared they'll tow it.",
     [("LICENSE", "D4125587"), ("VEHICLE", "8KWT512")]),
    ("traffic police took my DL KA05 20190012345 because my hand was shaking from the tremor and he thought I was drunk. also wrote down my car KA 51 MK 4471. neuro gave me a letter but how do I get the licence back?",
     [("LICENSE", "KA05 20190012345"), ("VEHICLE", "KA 51 MK 4471")]),
    ("Selling Dad's truck now that he's in care, it has the swivel seat fitted. VIN 1FTFW1E5XKF416797 if you want to run a history check. PM me.",
     [("VEHICLE", "1FTFW1E5XKF416797")]),
    ("Mam's car 191-D-40522 got clamped outside Beaumont while she was inside having chemo. They waived it after I rang, but honestly.",
     [("VEHICLE", "191-D-40522")]),
    # -------------------------------------------------------------- URLs, IPs
    ("Grandma passed on the thirtieth of December, at home, with the dog asleep on her bed. Her page, https://www.caringbridge.org/visit/dorothykaminski, will stay up for a while if you'd like to leave a note. Thank you all for the last year of advice.",
     [("DATE", "thirtieth of December"), ("URL", "https://www.caringbridge.org/visit/dorothykaminski")]),
    ("add me on fb, facebook.com/darren.okafor.5, I run a little group for blokes with prostate cancer in Brisbane, we do a barbie once a month",
     [("URL", "facebook.com/darren.okafor.5")]),
    ("I blog about life after a stoma at https://sineadsgutfeelings.wordpress.com, come say hi, there are lots of low-residue recipes and one very honest post about bag leaks.",
     [("URL", "https://sineadsgutfeelings.wordpress.com")]),
    ("i post my thyroid diary on insta, instagram.com/ananya.thyroidjourney, pls follow, people in India need to talk about this more",
     [("URL", "instagram.com/ananya.thyroidjourney")]),
    ("The portal locked me out saying there was a suspicious login from 86.143.22.170, which is literally my home IP. Reported it to the hospital IT but they were useless.",
     [("IP", "86.143.22.170")]),
    ("My ISP gave me 2a02:c7f:5a14:2200:9d3b:1f2e:8a4c:61b0 and the hospital video appointment thing blocks it?? Works fine on 4G. Anyone else having telehealth problems at home?",
     [("IP", "2a02:c7f:5a14:2200:9d3b:1f2e:8a4c:61b0")]),
    # --------------------------------------------------------- names, ages
    ("My great-aunt, aged ninety-one, has just been told she needs a TAVI. Is that mad at her age or do people do well? She still drives to bridge on Wednesdays.",
     [("AGE_OVER_89", "ninety-one")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    # versions, lots, codes
    "Omnipod 5 app updated to 1.2.4.17 overnight and now the activity button is greyed out. Anyone else on that build?",
    "The sleep app reports firmware SW 10.0.1.9 on the AirSense 11, is that the one that fixed the ramp bug or is there a newer one?",
    "Got the recall letter about the Ozempic pens, but lot EL9261 isn't on their list, so I think we're fine? Pharmacist said to keep the box just in case.",
    "Pharmacist swapped my sertraline to a different maker, batch 23K045B, and the tablets are a different shape now. Same 50 mg though, so I'm telling myself it doesn't matter.",
    "For anyone price comparing in the States, the NDC on my Lantus box is 0088-2220-33 and the cash prices between pharmacies range wildly.",
    "Discharge summary lists I50.22 and N18.4, which I gather is chronic systolic heart failure and stage 4 CKD. Would have been nice if someone had told me in words.",
    "does anyone know why my sick note says F41.1 instead of depression?? does it matter for work",
    "the number on the side of the pump box, MMT-1780, is just the model right? not the serial? the rep said to have the serial ready and im confused",
    "Switching from the MiniMed 780G to the t:slim X2 with Control-IQ next month. Worth it? Mostly sick of the calibration alerts.",
    "ResMed AirSense 11 or Philips DreamStation 2? Insurance covers either and my sleep doc doesn't care which.",
    "Phonak Audéo P90 vs the Oticon Intent 1, anyone tried both? The audiologist is pushing the Phonak but the Oticon app looks nicer.",
    # labs, doses, scores
    "A1c down from 9.4 to 6.8 in five months on Mounjaro 7.5 mg, fasting mostly 5.9 to 6.4 mmol/L. Finally something that works!",
    "BP was 162/98 at the GP and 128/82 at home on the Omron an hour later. White coat much?",
    "INR 3.4 today, so they've dropped the warfarin to 4 mg Mon/Wed/Fri and 5 mg the other days. Retest in a week.",
    "QTc 468 on the last ECG so the psychiatrist won't go any higher on the citalopram. Back to the drawing board.",
    "PHQ-9 went from 21 to 9 and the GAD-7 from 17 to 8 over the summer. Small wins, but I'll take them.",
    "lol my endo said my time in range was 71% and i should be proud. i am NOT proud i ate a whole pizza sunday",
    "Percocet 5/325 every 6 hrs for the first four days, then just paracetamol 1g. Tip: set alarms, don't chase the pain.",
    "Basal 14 units of Tresiba, ICR 1:10 at breakfast and 1:12 the rest of the day. Still spiking after porridge, any ideas?",
    "Sats were 94% on room air, resp rate 22, they watched me for 90 minutes in resus and let me go with a stronger inhaler.",
    "eGFR has held at 38 for a year now, creatinine 162. Nephrologist is happy, I'm cautiously happy.",
    # helplines and switchboards
    "If tonight's a bad one, Samaritans are on 116 123 any hour, and for non-urgent stuff NHS 111 beats sitting in A&E for seven hours.",
    "Lifeline 13 11 14, Beyond Blue 1300 22 4636, and 000 if it's an emergency. Save them in your phone before you need them, mate.",
    "Canadian teens, save these: 1-800-668-6868 for Kids Help Phone (texting 686868 works as well), and 988 now answers here too.",
    "Tele-MANAS is 14416, free and available in regional languages also. Please share with the elderly parents in your building.",
    "SOS runs a 24 hour line on 1767, and the IMH mental health helpline is 6389 2222 if you need someone at 2am.",
    "SADAG's suicide crisis line is 0800 567 567 and they answer on WhatsApp too. Nobody should have to wait for a psychiatrist appointment to talk to someone.",
    "In NZ you can free call or text 1737 to talk to a trained counsellor, and Healthline is 0800 611 116 if you're not sure whether to go in.",
    "Pieta is 1800 247 247 and Samaritans Ireland is 116 123 as well, same number as across the water.",
    "Ring the GOSH switchboard on 020 7405 9200 and ask for the ward directly, the PALS line never picks up.",
    "The main number for SickKids is 416-813-1500, they'll transfer you to the diabetes clinic if the portal messages go nowhere.",
    "Mayo's general line, 507-284-2511, was honestly faster than their online request form when we wanted a second opinion.",
    "In the US it's 911 for emergencies and 988 for a mental health crisis. In Singapore it's 995 for an ambulance. Check your own country's before you travel.",
    # eponyms, hospitals, charities
    "Guy's were brilliant with my ablation, then I got moved to St Thomas' for rehab. Both the same trust so at least the notes followed me.",
    "Addenbrooke's finally diagnosed my Hashimoto's after the GP had been calling it anxiety for three years.",
    "Anyone with both Sjögren's and Ehlers-Danlos? My rheumy says they're unrelated but my joints would like a word.",
    "Ronald McDonald House gave us a room for the whole six weeks of NICU. Can't recommend them enough, put them in your will.",
    "Peter Mac has a dedicated adolescent and young adult cancer team, ask for a referral if you're under 25.",
    "Sir Ganga Ram Hospital's endocrine OPD is on the second floor, go early, the token counter opens at 8.",
    "Groote Schuur's renal unit is stretched thin but the staff there are incredible, honestly.",
    "Tan Tock Seng's geriatric clinic sorted Ah Ma's medications in one visit, after the polyclinic took months.",
    "St Mary's on Praed Street has the best sickle cell day unit I've been to, and I've been to a few.",
    "If your neuro hasn't mentioned any studies, have a look at the trial finders run by Parkinson's UK or by the foundation Michael J. Fox set up.",
    # public figures
    "Seeing Christina Applegate talk so openly about MS is what made me finally tell my manager.",
    "Dr Michael Mosley's fast 800 book is what got me into remission, although I know it's not for everyone.",
    "Selena Gomez being open about her lupus and the kidney transplant got my teenage daughter to finally talk to me about her own diagnosis.",
    # public dates, relative dates, years
    "World Kidney Day is 13 March this year and our unit is doing free BP checks in the foyer if anyone's nearby.",
    "World Diabetes Day on 14 November, the clinic's lit up blue again. Nice gesture, would prefer shorter waits.",
    "Waitangi Day long weekend and the pharmacy's shut till Tuesday, so ration your scripts, people.",
    "The budget on 30 October said nothing about carer's allowance. Again.",
    "Christmas Day on the ward wasn't as grim as I feared, the nurses wore antlers and there was trifle.",
    "Diagnosed in 2017, on Ocrevus since March, next MRI in about three weeks. Scanxiety is real.",
    "Diwali sweets and type 1 do not mix well, ask me how I know. Already planning for next year.",
    # ages under 90, 90+ that are not ages
    "Dad's 89 and still mows his own lawn, heart failure and all. Stubborn as a mule, and I love him for it.",
    "Mum is eighty-seven and has just started on apixaban, any tips for the bruising? She looks like she's been in a fight.",
    "I am 86 years of age and have managed my diabetes with diet and walking alone since 1994. I mention this only to encourage the younger members.",
    "Hit 12,408 steps today for the first time since the transplant!! 🥳",
    "Bus 96 stops right at the front entrance, the 12 goes the long way round through the industrial estate.",
    "Ward 7B, bed 12, if you're visiting bring earplugs, the man across from me snores like a tractor.",
    # prices
    "£9.90 per item now for English scripts, so if you're on more than two things a month the prepayment certificate pays for itself.",
    "R1,450 co-payment for the MRI even with the medical aid. Daylight robbery.",
    "S$35 for the polyclinic consult plus meds, much cheaper than the GP near my office.",
    "₹2,400 a month for the branded one, the Jan Aushadhi generic was ₹310. Same molecule.",
    # streets, bare first names, websites, trials
    "The new diabetes centre is on Main Street by the bus depot, so parking is a nightmare. Get dropped off if you can.",
    "parked on Grafton Street for the dermatologist and it cost me more than the actual consult",
    "The eye clinic off Orchard Road does diabetic retinal screening too, no need to trek all the way to SNEC.",
    "Thanks Aroha, that tip about freezing the Fortisip into ice blocks got Mum eating again this week.",
    "@Deepa yes, the 5am spike is dawn phenomenon, my endo explained it exactly like that. Later basal helped me.",
    "beyondblue.org.au has a forum too, and healthhub.sg explains the Singapore subsidies better than the hospital did.",
    "hse.ie has the Long Term Illness scheme form, type 1 is on it so you shouldn't be paying for pump supplies at all.",
    "I'm in NCT04876131, the phase 3 one. Can't say much but the infusions are quick and the nurses are lovely.",
    # long negatives
    "This is long, sorry. My mother-in-law moved in with us in the spring after her second stroke, and I don't think any of us understood what it would take. She needs help with washing and dressing, her speech comes and goes, and the evenings are the worst because she gets frightened when the light goes. The occupational therapist was wonderful and got us a perching stool and rails for the bathroom, and the district nurses come twice a week for her leg ulcer. What I wasn't ready for was the paperwork: the carer's assessment, the attendance allowance form, the blue badge, each one asking the same questions in a slightly different order. My advice, for what it's worth, is to keep one notebook with every phone call and who you spoke to, because you will be asked.",
    "My dad has had sugar for almost thirty years, and this year his feet started going numb, so the doctor sent him to the podiatry department at the district hospital. They found a small ulcer on his heel that he hadn't even felt. Now we dress it every day with the cream they gave, and my son checks his feet with a mirror every night before bed. His sugar levels were always above 250 after lunch because he eats rice three times a day and won't hear of chapati at night. Slowly we are changing that. If your parent is diabetic, please look at their feet, they won't tell you anything is wrong.",
    "ok so im 16 and got diagnosed with type 1 in year 10 and honestly the first few months were rough. i hated doing injections at school so i'd skip lunch which made everything worse. now im on a pump and a cgm and its SO much better, i can just bolus from my phone and nobody even notices. my advice to anyone new is talk to your diabetes team about school, they wrote a care plan and now the teachers actually get it. also carry jelly beans everywhere, trust me",
    "I have been a member of this forum for some years, mostly reading rather than writing, and I thought I should finally contribute. I was diagnosed with heart failure in my late seventies, and I was told at the time that I might have a few years. I am now 84, I walk to the shops most days, and I take my tablets as prescribed: bisoprolol, ramipril, a water tablet in the morning and the new one whose name I can never pronounce. I weigh myself every morning and ring the heart failure nurse if I put on more than two kilos in a few days. I should like to say to newcomers that a diagnosis is not the end of the story.",
]


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand8-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
