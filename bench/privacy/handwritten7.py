#!/usr/bin/env python3
"""An eighth held-out set, written by hand, one post at a time, during the
fifth round of scanner changes, without reading the scanner's source or
running the scanner on any of it. It is meant to be scored once, at the
round's end, and not tuned on. It tries to read like what an outside judge
would write: mainstream US, UK, Canadian, Australian and Indian English,
texting style, typos, older and formal writers, carers, teenagers, and
long posts with the identifier in the middle of one sentence.

About half the posts carry identifiers, spread over all 19 kinds with at
least four instances of each: names from many countries (diacritics,
initials with the surname after a role, lower-case names after relation
words), street addresses (direction prefixes, unit suffixes, lower case,
UK, Canadian, Australian and Indian layouts), ZIPs, ZIP+4 and postcodes in
passing, dates tied to a person (day-first, year-first, spelled out,
ordinals, no year), ages over 89 said in passing, phones (cue words or
none, +1, dotted, spaced, area/exchange-line, UK, Australian, Indian),
fax, emails (some spelled out), SSNs (dashed, spaced, ungrouped), record
numbers (mixed letters and digits, bracketed, UR and UHID cues), member
ids (US insurer, MBI, Medicaid, OHIP with version code, BC PHN, Australian
Medicare, ABHA), accounts, IBANs, sort codes and BSBs, Luhn-valid cards
with and without a cue, licences (driving, DEA, NPI, a state medical
licence), plates (US, UK, Canadian, Australian, Indian) and VINs, device
serials (letters only, mixed case, sticker and S/N cues), personal URLs,
IPv4 and IPv6, and NHS numbers, SINs and an Aadhaar number. Some numbers
have no cue at all where a checksum proves them. Cue words come
abbreviated, possessive, slangy and misspelt.

The other half are hard negatives: versions shaped like IP addresses, lot
and batch numbers, an NDC, doses, lab values, blood pressures, ICD-10 and
CPT codes, trial ids, eponymous hospitals, syndromes and charities, drug
brands, public figures and public doctors, bare first names of members,
public helplines of the five countries, public websites, years alone and
relative dates, ages under 90, 90-and-over numbers that are not ages,
wards, beds, rooms and floors, bus and streetcar routes, street names
without numbers and "done at <hospital>". Following the README, Australian
Medicare and Canadian health-card numbers are labelled HEALTH_PLAN_ID (the
README's "health-card number"); the Aadhaar number is labelled NATIONAL_ID.
Shop order and tracking numbers were left out, since the README does not
decide them.

usage: python3 bench/privacy/handwritten7.py > bench/privacy/out/handwritten7.jsonl

Same format as handwritten3 to handwritten5: labels beside each post as
(kind, value) pairs, code-point offsets found by the script (a value must
occur exactly once in its post), and checksums checked when the script
runs (Luhn cards and SINs, mod-11 NHS numbers, mod-97 IBANs, DEA, NPI, VIN
check digits, Verhoeff for Aadhaar, the Australian Medicare check digit).
"""
from __future__ import annotations

import json
import re
import sys

from handwritten3 import check_value as check_value3

KINDS = {
    "NAME", "ADDRESS", "ZIP", "DATE", "AGE_OVER_89", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
    "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
    "NATIONAL_ID",
}

WITH_IDENTIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    # ------------------------------------------------------------------ names
    ("Mum's new geriatrician at the Box Hill clinic is Dr Thi Thanh Nguyen and honestly she's the first one who's explained the Lewy body stuff to us in plain English. Unrelated, but the serial on the bottom of Mum's oxygen concentrator is HQWKTZRP, all letters, and the supplier swears that can't be right. Anyone got the same model?",
     [("NAME", "Thi Thanh Nguyen"), ("DEVICE", "HQWKTZRP")]),
    ("My father's cardiac surgeon, Dr. K. Ramalingam, has advised bypass within the month itself and given the date as 19th March. We are thinking to take one more opinion before deciding, kindly share your experiences.",
     [("NAME", "K. Ramalingam"), ("DATE", "19th March")]),
    ("my nan margaret o'sullivan (91) is on ward 4 with a chest infection and the nurses keep mixing her up with another margaret two beds down, had to point at her wristband twice today",
     [("NAME", "margaret o'sullivan"), ("AGE_OVER_89", "91")]),
    ("Diolch pawb. The stoma nurse, Siân Prydderch, came out to the house this afternoon and sorted the leaks in about ten minutes flat. Wish I'd rung her weeks ago. Less happy with the warden who ticketed me outside the hospital on Monday, my reg is LK19 HWN and the blue badge was right there in the window.",
     [("NAME", "Siân Prydderch"), ("VEHICLE", "LK19 HWN")]),
    ("Hello, I am writing for my mother Małgorzata Wiśniewska because her English is not so good. She has the Parkinson's six years now and the tablets stop working around 3 o'clock every day. If somebody here speak Polish please phone me, +44 7700 900128, she would love to talk with someone who understand.",
     [("NAME", "Małgorzata Wiśniewska"), ("PHONE", "+44 7700 900128")]),
    ("ok so my mom made me join this lol. im 15 and got t1d in like september. my endo is dr camila reyes-whitaker and shes actually chill, she didnt even yell about my a1c. hmu at xo.lilyrose.xo@icloud.com if ur a teen w it too",
     [("NAME", "camila reyes-whitaker"), ("EMAIL", "xo.lilyrose.xo@icloud.com")]),
    ("Our family doctor in Gatineau, Dre Élise Tremblay-Bouchard, retire in June and nobody take new patients in J8Y 6T2, we are a bit in panic for the prescriptions of my husband.",
     [("NAME", "Élise Tremblay-Bouchard"), ("ZIP", "J8Y 6T2")]),
    ("Pls keep my sister Chiamaka Okonkwo-Eze in your prayers, she goes in for the mastectomy on Thursday 6 March and she's putting a brave face on it but I know she's terrified.",
     [("NAME", "Chiamaka Okonkwo-Eze"), ("DATE", "6 March")]),
    ("My late husband's vascular consultant, a Mr D. A. MacLeod, was the one who first noticed the aneurysm on a routine scan, and I have always felt that we owed him those extra years together.",
     [("NAME", "D. A. MacLeod")]),
    ("Posting for my dad Gurmeet Singh Dhaliwal, he got his new kidney at St. Paul's last week and he's already asking the nurses for roti lol. Quick q tho, his work insurance wants his S.I.N. for the LTD claim, 107-653-073, is that normal or a scam??",
     [("NAME", "Gurmeet Singh Dhaliwal"), ("NATIONAL_ID", "107-653-073")]),
    ("Our haemo, Dr Çağla Yıldırım, wants a bone marrow biopsy before she'll commit to a diagnosis. Has anyone had one done while awake? The telehealth with her dropped out four times last week too, the IT bloke had me read out 203.219.44.170 and whitelisted it, so at least that's sorted.",
     [("NAME", "Çağla Yıldırım"), ("IP", "203.219.44.170")]),
    ("Mom's home health aide, Abdirahman Warsame, is honestly the only reason she's still eating, he sits with her and talks about the old days and she finishes the whole plate for him. Now if only Medicaid would behave. Her id is KT48813L and the dentist still says she's not covered for dentures.",
     [("NAME", "Abdirahman Warsame"), ("HEALTH_PLAN_ID", "KT48813L")]),
    ("Siobhán Keane here, Niamh's mam. Her CF nurse Aoife Ní Bhriain rang back within the hour about the Kaftrio side effects, which was a relief. A few of ye asked where to send something for the trip to the specialist in London: IE60 AIBK 9311 5270 4188 26. Thanks a million.",
     [("NAME", "Siobhán Keane"), ("NAME", "Aoife Ní Bhriain"), ("ACCOUNT", "IE60 AIBK 9311 5270 4188 26")]),
    ("my brother in law haruto ishikawa is the one driving dad to chemo now since i cant get the time off, hes been a legend. plate 8KJR412, grey RAV4, if anyone from the group sees him in the cancer center lot at 7 say hi",
     [("NAME", "haruto ishikawa"), ("VEHICLE", "8KJR412")]),
    # -------------------------------------------------------------- addresses
    ("If anyone from the Tuesday caregiver group wants Dad's leftover Ensure and the shower chair, it's on the porch at 1418 NW 62nd St Apt 4, Oklahoma City. Just grab it, no need to knock.",
     [("ADDRESS", "1418 NW 62nd St Apt 4, Oklahoma City")]),
    ("Cards for Grandad, Walter Pennington, can go to 27 Hollybank Road, Sheffield S7 2DL. He's been dead chuffed with the ones that came last week, keeps lining them up on the windowsill.",
     [("NAME", "Walter Pennington"), ("ADDRESS", "27 Hollybank Road, Sheffield S7 2DL")]),
    ("Mom's finally settled in her new condo, 1207-55 Harbour Sq, Toronto, ON M5J 2L1, and the building has a nurse on site twice a week which is a huge weight off my shoulders.",
     [("ADDRESS", "1207-55 Harbour Sq, Toronto, ON M5J 2L1")]),
    ("Meals on Wheels keep leaving Dad's lunch at the wrong unit, we're 3/118 Beach Rd, Mentone VIC 3194, not the house out the front. Anyone know who to complain to? Text me, 0491 579 274.",
     [("ADDRESS", "3/118 Beach Rd, Mentone VIC 3194"), ("PHONE", "0491 579 274")]),
    ("come by 512 e cedar ln after 6 if u want the spare nebulizer, its in a box by the garage door, my kid outgrew the mask",
     [("ADDRESS", "512 e cedar ln")]),
    ("What a week. Our car no. KA 05 MN 4417 was towed from the hospital gate while we were rushing Appa into casualty, and now the home sample collection is also a mess. Address given is Flat 304, Sai Residency, 12th Main Road, Indiranagar, Bengaluru 560038, but still the lab boy went to the wrong building twice while Appa is fasting since night.",
     [("VEHICLE", "KA 05 MN 4417"), ("ADDRESS", "Flat 304, Sai Residency, 12th Main Road, Indiranagar, Bengaluru 560038")]),
    ("I don't post much, but I wanted to thank everyone who wrote after my sister's stroke. She is home now, or rather she is at my home, since the doctors didn't want her going back to the house at 88 Willow Creek Drive, Unit B where she lived alone for forty years with all those stairs down to the laundry. The occupational therapist came out Wednesday and we've put rails in the bathroom. Her speech is slowly coming back and she can say my name again, which I will admit made me cry. The hardest part is she doesn't understand why she can't go home. If anyone has advice on how to talk to her about selling the place I'd be grateful.",
     [("ADDRESS", "88 Willow Creek Drive, Unit B")]),
    ("This is long, sorry. Pop, 96, has finally agreed to move closer to us after the second fall, so from next week he'll be at Unit 5, 22 Kingfisher Cres, Mermaid Waters QLD 4218, which is five minutes from our place instead of three hours. The aged care assessment took months and the ACAT lady was lovely but the paperwork nearly killed me. He's still grumbling about leaving his shed. Does anyone know if the home care package follows him or do we start again in a new region?",
     [("AGE_OVER_89", "96"), ("ADDRESS", "Unit 5, 22 Kingfisher Cres, Mermaid Waters QLD 4218")]),
    # ------------------------------------------------------- ZIPs, postcodes
    ("Moving from 94122 to 78745 at the end of the month for my husband's job, so I need a new MS neurologist in Austin who takes BCBS. Any names?",
     [("ZIP", "94122"), ("ZIP", "78745")]),
    ("any gastro within 20 mi of 30309-4512 that does weekend infusions and takes anthem?? also my member ID XQH884210573 keeps getting bounced for the pump, rep says its a coding issue on the doctors side",
     [("ZIP", "30309-4512"), ("HEALTH_PLAN_ID", "XQH884210573")]),
    ("We're BS7 8QT and Mum's 95, does anyone know if the memory clinic at Southmead takes self-referrals or do we have to go through the GP again?",
     [("ZIP", "BS7 8QT"), ("AGE_OVER_89", "95")]),
    ("Just moved to K2P 1L4 and the closest walk-in has a six hour wait on a good day, and now the lab says my OHIP card 5516-856-472-KT has an expired version code even though I renewed at ServiceOntario last month. How do people here ever get a family doctor?",
     [("ZIP", "K2P 1L4"), ("HEALTH_PLAN_ID", "5516-856-472-KT")]),
    ("We're out at postcode 2770 and the nearest paediatric endo is an hour and a half away in peak hour. Last visit I got booked in the Westmead car park too, rego CX83LM, while I was inside with the baby because there wasn't a single spot. Is telehealth ok for the three monthly reviews?",
     [("ZIP", "2770"), ("VEHICLE", "CX83LM")]),
    ("We have shifted to Warje, PIN 411052, anyone knows a good physiotherapist who will do home visits for my father-in-law after the hip replacement? Also the insurance asked my DL no. MH12 20190034871 on the cashless claim form, why would they need driving licence for a hospital stay?",
     [("ZIP", "411052"), ("LICENSE", "MH12 20190034871")]),
    # ------------------------------------------------------------------ dates
    ("Mum's DOB is 14/03/1938 and her NHS no. is 606 718 3609, both on every letter, and still the receptionist at the new practice keeps typing the birthday the American way. Small thing but it drives me mad.",
     [("DATE", "14/03/1938"), ("NATIONAL_ID", "606 718 3609")]),
    ("My son was born on the twenty-third of May and spent his first three weeks in the NICU with a hole in his heart. He's a cheeky toddler now and you'd never know.",
     [("DATE", "twenty-third of May")]),
    ("lumpectomy is booked for aug 3rd!! any tips on what to pack or wear home? i own zero button up shirts lol. also the pharmacy charged my visa 4736 1420 6503 1810 three times for the same script so thats fun",
     [("DATE", "aug 3rd"), ("CREDIT_CARD", "4736 1420 6503 1810")]),
    ("Discharged 12 Nov after nine days on the cardiac ward. The letter has his hosp no X3318842 on it but the GP surgery says they've got nothing, so the tablets haven't been changed. First night home felt very strange without the beeping.",
     [("DATE", "12 Nov"), ("MRN", "X3318842")]),
    ("My mother was admitted on 5th Jan 2024 with dengue and her platelets went down to 18,000, but by God's grace she is recovering. Only problem, my Aadhaar 9231 9159 2969 is linked to the old mobile so the OTP for her registration never comes to me. How to change without going to the centre?",
     [("DATE", "5th Jan 2024"), ("NATIONAL_ID", "9231 9159 2969")]),
    ("This is going to be a long one. My dad, Desmond Achterberg, was diagnosed with vascular dementia in the spring and I've been trying to hold everything together since. The memory clinic finally gave him a follow-up on the 14th of October, after we'd chased it for months, and then cancelled it by text the day before. He gets confused about the days anyway, so I'd spent all week reminding him, and he'd put his good jacket out. I rang PALS and they were sympathetic but that doesn't get him seen. I'm not sure what else to do apart from keep ringing. How do other people get anywhere with this?",
     [("NAME", "Desmond Achterberg"), ("DATE", "14th of October")]),
    # ------------------------------------------------------------------- ages
    ("My great-uncle, aged 90, has just been told he needs a pacemaker, and he's mostly worried about whether he can still use his electric blanket. Anyone know?",
     [("AGE_OVER_89", "90")]),
    ("Nana turns 100 this Saturday and the home are doing a cake and the card from the King. Of course she left her hearing aid on the bus yesterday, the sticker on the back says PHK20944118 and lost property want proof it's hers before they'll hand it over.",
     [("AGE_OVER_89", "100"), ("DEVICE", "PHK20944118")]),
    ("my ninety-seven year old grandpa just got the all clear from the skin cancer doc and celebrated with a full stack of pancakes lmao legend",
     [("AGE_OVER_89", "ninety-seven")]),
    ("Aunty Flo is a hundred and two and still finishes the cryptic every morning, in ink. I just wanted to share that because this group needs some good news.",
     [("AGE_OVER_89", "a hundred and two")]),
    # ----------------------------------------------------------------- phones
    ("Anyone in the GTA want to carpool to the Thursday night support group at Princess Margaret? I'm sick of paying for parking, got a ticket last week even with the accessible permit on the dash, licence plate CFXZ 882. My cell is +1 (416) 555-0172, text first because I never pick up unknown numbers.",
     [("VEHICLE", "CFXZ 882"), ("PHONE", "+1 (416) 555-0172")]),
    ("617.555.0139 is me if the group chat thing doesn't work, I have extra Libre sensors from my old script. Also does anyone know how the Omnipod warranty works? S/N kT39bWq2 on the back of my controller and it keeps throwing an error.",
     [("PHONE", "617.555.0139"), ("DEVICE", "kT39bWq2")]),
    ("call 503/555-0164 and ask for Rita, she runs the wig swap out of her basement and won't take a penny for it",
     [("PHONE", "503/555-0164")]),
    ("Please contact my son Arvind Krishnamurthy on +91 98450 12873, he is handling all the hospital matters because I am not good with the phone these days.",
     [("NAME", "Arvind Krishnamurthy"), ("PHONE", "+91 98450 12873")]),
    ("my # is 2 0 6 5 5 5 0 1 9 8 (spaced out so the scrapers cant read it lol) text if u want to vent about the cpap, mine is ser# A2B91773 and its on the recall list apparently, no idea if i should keep using it",
     [("PHONE", "2 0 6 5 5 5 0 1 9 8"), ("DEVICE", "A2B91773")]),
    ("So a bit of background first. My husband was diagnosed with stage 3 colon cancer in the summer and we've been doing the whole circuit, surgery, then the port, then FOLFOX every two weeks. The oncology team are good but the one person who actually answers is the nurse navigator, Tamika Ellison-Ford, who gave me her direct line, 872-555-0143, the week the neuropathy got bad, and said to call her before I called the main desk. I guess my question is whether it's normal to lean on one person like that. I feel guilty ringing her, but the main line puts me on hold for forty minutes.",
     [("NAME", "Tamika Ellison-Ford"), ("PHONE", "872-555-0143")]),
    # ------------------------------------------------------------------- faxes
    ("Easiest way to get the FMLA paperwork to me is my office fax, (312) 555-0186, or call my cell at 312 555 0107, HR won't take email attachments for some reason.",
     [("FAX", "(312) 555-0186"), ("PHONE", "312 555 0107")]),
    ("Doc said send the referral to his rooms, facks number (08) 5550 3317, lol yes my spelling is terrible, I mean fax.",
     [("FAX", "(08) 5550 3317")]),
    ("Kindly fax the reports to my clinic, fax no. +91 80 4112 7365. I am a GP myself and following up my brother's case from here, the UHID on his file is APH1187340 but the billing section says they cannot apply the package rate.",
     [("FAX", "+91 80 4112 7365"), ("MRN", "APH1187340")]),
    ("My fax at the chambers is 020 7946 0381 if the hospice needs the consent forms back signed, I'm never home during the day.",
     [("FAX", "020 7946 0381")]),
    # ----------------------------------------------------------------- emails
    ("Happy to send my spreadsheet of carb counts for South Indian food, email me at anjali.menon.1987@gmail.com and I will share the sheet.",
     [("EMAIL", "anjali.menon.1987@gmail.com")]),
    ("DVLA finally sent my licence back after the TIA, KOWAL507148DJ9JK, eleven weeks it took them! Celebrating by clearing out the spare room. Got a CPAP mask I never used, medium nasal pillows, still sealed, dave dot kowalczyk at hotmail dot com if anyone wants it.",
     [("LICENSE", "KOWAL507148DJ9JK"), ("EMAIL", "dave dot kowalczyk at hotmail dot com")]),
    ("If you'd rather skip the GoFundMe fees you can transfer direct, BSB 062-914 acc 1047 8832, it's Mum's account for the respite care. Flick me an email, bronwyn.kaye [at] bigpond [dot] com, and I'll send you a receipt.",
     [("ACCOUNT", "062-914"), ("ACCOUNT", "1047 8832"), ("EMAIL", "bronwyn.kaye [at] bigpond [dot] com")]),
    ("Dear all, I find this forum rather difficult to navigate, so should any member wish to correspond about the cataract operation, my email address is g.whitmore@btinternet.com.\n\nYours faithfully,\nGeoffrey Whitmore",
     [("EMAIL", "g.whitmore@btinternet.com"), ("NAME", "Geoffrey Whitmore")]),
    ("For the surgery fund my brother's SBI a/c no. is 38274519063, kindly share in your circles, operation is next month in Vellore. You can write to me at rajesh (dot) iyer (at) yahoo (dot) co (dot) in for any queries.",
     [("ACCOUNT", "38274519063"), ("EMAIL", "rajesh (dot) iyer (at) yahoo (dot) co (dot) in")]),
    # ------------------------------------------------------------------- SSNs
    ("The SSA lady made me read Dad's social out loud over the phone, 412-67-9083, while I was sitting in the pharmacy waiting area. And his chart # at the cancer center is 0055120-9, which I swear I've recited to twenty schedulers this week. Is it paranoid to want to freeze his credit?",
     [("SSN", "412-67-9083"), ("MRN", "0055120-9")]),
    ("Applying for disability again and my SS# 318550742 got typed wrong on the last denial letter, no wonder they couldn't find my records 🙄",
     [("SSN", "318550742")]),
    ("my socail security number is 523 81 4470 and the hospital billing put somebody elses on my account, acct # 20048817352, and now its gone to collections even tho im on the payment plan. how do i fix this without going back in person",
     [("SSN", "523 81 4470"), ("ACCOUNT", "20048817352")]),
    ("Long post, sorry. Grandpa's dementia has got to the point where he can't manage his mail, so my aunt and I split things up. I took the Medicaid application, which is a nightmare in this state, and she took the bank stuff. Last week the caseworker called and said his file was missing his Social, so I read it to her, 604-29-1187, and she said that's not what they had on file at all. Turns out the nursing home typed one digit wrong on the original form. Three months of back and forth because of one number. If you're doing this for a parent, triple check every form before it goes in.",
     [("SSN", "604-29-1187")]),
    # ---------------------------------------------------------------- records
    ("Does anyone know how to get the patient portal to merge two charts? My husband has one under (MRN: K4471920) and another one they made in the ER by mistake, and his allergies are only on the first. Now it's locked me out for unusual activity from 73.158.22.91, which is my own couch.",
     [("MRN", "K4471920"), ("IP", "73.158.22.91")]),
    ("Medicare card 6034 93029 2 keeps getting knocked back at the new chemist, the girl reckons it's the wrong IRN. Mum's UR number is 2231847 as well if anyone at the Alfred can find her notes, the clerk on the ward said to quote it whenever I phone.",
     [("HEALTH_PLAN_ID", "6034 93029 2"), ("MRN", "2231847")]),
    ("Hospital day from hell. The pharmacy wanted the number on his bracelet, the long one under the barcode, 40228813, for the discharge meds, and it took me an hour to work that out. Then 6011853342244197 got skimmed at the parking machine on level 2, so if you paid there last week check your statements.",
     [("MRN", "40228813"), ("CREDIT_CARD", "6011853342244197")]),
    # ------------------------------------------------------------ health plans
    ("My medicare # is 3QT7-HX2-RW58 and the pharmacy says its not active even though I turned 65 on January 12 and signed up on time",
     [("HEALTH_PLAN_ID", "3QT7-HX2-RW58"), ("DATE", "January 12")]),
    ("We created the ABHA for Amma, number 91-6037-2218-4490, but the hospital counter still asked for the physical card, so what is the use?",
     [("HEALTH_PLAN_ID", "91-6037-2218-4490")]),
    ("Dad was born 1947-06-21 and his PHN is 9215 736 815, and somehow the clinic in Kelowna has him down as a woman born in 1974. How does that even happen.",
     [("DATE", "1947-06-21"), ("HEALTH_PLAN_ID", "9215 736 815")]),
    # --------------------------------------------------------------- accounts
    ("For anyone who asked, donations for Alfie's new wheelchair can go straight to our account, sort code 20-32-06, account 53917402, reference WHEELS. Thank you all so much.",
     [("ACCOUNT", "20-32-06"), ("ACCOUNT", "53917402")]),
    # ------------------------------------------------------------------ cards
    ("I gave the credt card number over the phone to the mobility scooter place, 5354-3247-8349-9333, and now there are two charges I never made. Reported it but ugh.",
     [("CREDIT_CARD", "5354-3247-8349-9333")]),
    ("Amex 3770 763357 04941 was on file at the clinic and somebody there ran it for a $900 consult I never had, am I crazy to think it was staff?",
     [("CREDIT_CARD", "3770 763357 04941")]),
    ("2249 3828 5921 4651 printed on the receipt in full!! not masked at all, the urgent care just gave the whole thing to my 12 yr old to hold",
     [("CREDIT_CARD", "2249 3828 5921 4651")]),
    # --------------------------------------------------------------- licences
    ("Two pharmacy questions. Is it normal that the doctor's DEA number BM0434542 is printed right on my pill bottle? And they said my rheumy's NPI 1081844981 came back inactive so the refill is stuck, she just moved practices, is that why?",
     [("LICENSE", "BM0434542"), ("LICENSE", "1081844981")]),
    ("DMV wants a medical form before they'll renew my drivers lic D4827105 because of the seizures, has anyone done the DS 326 with their neuro?",
     [("LICENSE", "D4827105")]),
    ("My psychiatrist's medical licence # is A128844 and my insurer still insists she's out of network, can they even do that when she's the only one taking patients?",
     [("LICENSE", "A128844")]),
    # --------------------------------------------------------------- vehicles
    ("Selling Dad's wheelchair-accessible F-150 now that he's in long-term care. VIN is 1FTFW1E51NF663923 if you want to run a history report, it has the lift in the back.",
     [("VEHICLE", "1FTFW1E51NF663923")]),
    ("JTDKB20U0LU321468, silver Prius, back window smashed in the hospital garage last night. My wife's insulin cooler was on the seat, so if anyone saw anything please tell security.",
     [("VEHICLE", "JTDKB20U0LU321468")]),
    # ---------------------------------------------------------------- devices
    ("My pacemaker ID card says implanted 2/2/21, serial PJN882015S, and the airport security guy wanted to see it before he'd let me skip the scanner.",
     [("DATE", "2/2/21"), ("DEVICE", "PJN882015S")]),
    # ------------------------------------------------------------------- URLs
    ("My sister made a fundraiser for my husband's treatment, gofundme.com/f/support-for-deepak-and-family, even one share would mean the world to us.",
     [("URL", "gofundme.com/f/support-for-deepak-and-family")]),
    ("add me on fb if u want, facebook.com/shannon.mcgrory.77, I post all the low FODMAP recipes there that didnt make me sick",
     [("URL", "facebook.com/shannon.mcgrory.77")]),
    ("Updates on Mom's chemo will be at caringbridge.org/visit/rosannamelendez from now on, I can't keep up with the texts. Thank you all.",
     [("URL", "caringbridge.org/visit/rosannamelendez")]),
    ("I've been blogging the whole transplant journey at https://hannahfitzgeraldwrites.blogspot.com if anyone wants the warts-and-all version.",
     [("URL", "https://hannahfitzgeraldwrites.blogspot.com")]),
    ("Running the 10K for my dad, justgiving.com/page/gemma-holloway-10k, he was diagnosed with MND in the summer and I'm not a runner so this is going to hurt",
     [("URL", "justgiving.com/page/gemma-holloway-10k")]),
    ("follow my t1d journey at instagram.com/t1d.with.tariq, i post my cgm graphs and the foods that wreck them lol",
     [("URL", "instagram.com/t1d.with.tariq")]),
    # -------------------------------------------------------------------- IPs
    ("Got kicked off the hospital portal for 'too many logins' from 86.142.77.203, which is literally my home broadband, so now I can't see my blood results.",
     [("IP", "86.142.77.203")]),
    ("NHS app support asked for my IP for the complaint form, it's 2a00:23c6:8e14:d401::1f, is it safe to put that on the form or is that a scam thing?",
     [("IP", "2a00:23c6:8e14:d401::1f")]),
    ("The telehealth link would not open from our house, the hospital IT said they had blocked 49.207.183.12, which is our home connection, because of some spam.",
     [("IP", "49.207.183.12")]),
    # ------------------------------------------------------------ national ids
    ("Mum's number from the top of her GP letter, 5428964235, is what the hospice asked for. I hope I read it off right, the print is tiny.",
     [("NATIONAL_ID", "5428964235")]),
    ("My SIN is 237 694 823 and Service Canada still has my old address, so the CPP disability letters keep going to my ex's place.",
     [("NATIONAL_ID", "237 694 823")]),
    ("Have rung the surgery four times about my husband's repeat prescription. They say there's no record under his NHS number, 283 203 7259, and yet he's been with them since 1979.",
     [("NATIONAL_ID", "283 203 7259")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    # versions, lots, codes
    "Updated the Dexcom app to 1.14.2.3 last night and now the graph won't load at all, readings are there but it's just a blank screen. Anyone else?",
    "t:slim firmware 7.6.0.21 is out, does it fix the bluetooth dropouts or should I hold off?",
    "Version 3.21.0.448 of the MyChart app finally lets me see my son's results as his proxy, took them long enough.",
    "Lot EL9261 on the Shingrix box, expiry 08/2026, keeping the sticker in case the second dose knocks me out like the first.",
    "Got a text from the chemist that batch 4K7731B of my metformin SR is being recalled, do I just swap it or see the GP first?",
    "NDC on the Mounjaro box is 0002-1506-80 and the pharmacy computer says it doesn't match the script, so now I wait.",
    "The claim came back with ICD-10 K50.012 and CPT 99214, does that mean they coded it as Crohn's with obstruction? I never had an obstruction.",
    "Has anyone enrolled in NCT05092412? It's an oral GLP-1 study and they're recruiting at a few sites in Ontario.",
    # doses, labs, blood pressures
    "Mounjaro 7.5 mg since February and I'm down 11 kg, but the sulphur burps are no joke.",
    "TSH 4.8 and free T4 11.2, GP says borderline and recheck in six weeks, I feel anything but borderline.",
    "bp was 152/94 this morning then 138/88 after a coffee and a sit down, go figure",
    "Tacrolimus 3 mg twice a day, trough 9.2, they want it between 8 and 10 for the first year.",
    "Platelets 92 and neutrophils 1.1 so chemo got pushed a week, gutted.",
    "my resting hr is like 110 just standing up, the cardiologist said its probably POTS and to up my salt",
    "INR 2.8 today so no change to the warfarin, 4 mg Mon Wed Fri and 3 mg the other days.",
    # eponymous hospitals, syndromes, charities
    "Sir Charles Gairdner did my dad's bypass in 2016 and the cardiac rehab there was brilliant, can't recommend it enough.",
    "Kokilaben quoted 4.5 lakhs for the knee replacement and Sir H. N. Reliance was a bit less. Any experience with either?",
    "Great Ormond Street were amazing with our son, and Alder Hey before that when we still lived up north.",
    "Guillain-Barré after a stomach bug, three weeks in hospital and six months of physio, but I'm walking the dog again.",
    "Ehlers-Danlos hypermobile type plus POTS, the classic combo apparently, my cardio said it like it was a meal deal.",
    "Ménière's flare on the train home, had to get off two stops early and sit on a bench for half an hour.",
    "Hashimoto's, Raynaud's and now Sjögren's, my body just collects eponyms at this point.",
    "Kawasaki disease at age 3, now 19 and the cardiologist is finally discharging me!",
    "Marie Curie nurses came overnight in Dad's last week and I'll never forget them, doing the daffodil collection for them this year.",
    "Stayed at the Ronald McDonald House near SickKids for six weeks while our little one was in the NICU, those volunteers are angels.",
    "Found two studies near Boston through the Michael J. Fox Foundation's trial finder, which is actually easy to use.",
    "Our whole chemo unit is doing the Terry Fox Run in matching shirts this September.",
    "The McGrath Foundation breast care nurse was the one who held it all together for me, so we're doing the Pink Test fundraiser at the cricket club.",
    # drug brands and devices
    "Keytruda every three weeks, cycle 9 tomorrow, the fatigue hits on day 3 like clockwork.",
    "Inspire implant for sleep apnoea, anyone? My ENT thinks I'm a candidate but the surgery sounds scary.",
    # public figures, public doctors
    "Selena Gomez talking about her lupus and the kidney transplant was the first time my friends actually got what I have.",
    "Yuvraj Singh played a World Cup with a tumour in his chest, I think about that whenever I moan about chemo brain.",
    "Dame Deborah James and the bowelbabe fund have done so much for awareness, my GP even mentioned her when she sent me for the FIT test.",
    "Dr Devi Shetty's talk on heart health was forwarded in our family WhatsApp group, good reminder to get the ECG done every year after 40.",
    "Dr Karl on the radio this morning explained the whole mRNA thing better than my GP ever did, love that man.",
    "Watched Dr Hilary on the telly going through menopause and HRT, finally made the appointment.",
    # bare first names
    "Thanks Deb and Ravi for the tips on the shower chair, it arrived today and Mum loves it.",
    "omg Priyanka your post about the steroid rage made me feel so seen, i threw a spoon at my brother yesterday",
    "Welcome to the group Tomasz! Ask anything, no question is too silly here.",
    # public helplines and numbers
    "You can ring Samaritans free on 116 123, day or night. Please do if tonight is a bad one, I did last winter.",
    "Lifeline 13 11 14 or Beyond Blue 1300 22 4636 if you're in Aus and struggling, they got me through a very dark patch.",
    "Kids Help Phone is 1-800-668-6868 or text 686868, im 16 and used it last year and they were so nice about it",
    "Tele-MANAS 14416 is free and they speak Tamil also, I called for my brother when he was very low.",
    "call or text 988 if it gets that bad ok? seriously. it helped me",
    "Healthdirect on 1800 022 222 told us to go straight to ED, which was the right call, it was her appendix.",
    "The Macmillan helpline (0808 808 00 00) went through the PIP forms with me, they were brilliant.",
    "Cancer Council on 13 11 20 have a free legal and financial service, worth knowing about if work is being difficult.",
    "The Canadian Cancer Society line 1-888-939-3333 found us a volunteer driver for radiation, five days a week for six weeks.",
    "SAMHSA's helpline is 1-800-662-4357, free and confidential, they helped me find a treatment place for my son.",
    # public websites
    "nhs.uk/conditions/sepsis has the symptoms laid out really clearly, everyone should read it once.",
    "healthdirect.gov.au has a symptom checker that's pretty sensible, it doesn't just tell you it's cancer like Google does.",
    "diabetes.ca has the carb counting guide as a free PDF, and crohnsandcolitis.ca has a good one for travel.",
    "mayoclinic.org and medlineplus.gov are the only two sites my neurologist says to trust, everything else is forums like this lol",
    # years, relative dates, ages under 90, numbers that are not ages
    "Diagnosed in 2017, relapsing-remitting, on Ocrevus since 2020 and no new lesions on the last two scans.",
    "Three weeks post op today and I can finally lift the kettle, small wins.",
    "Diagnosed in March 2022, and they're planning to take the port out in November, fingers crossed.",
    "I'm 67 and just started insulin, feel like a kid learning to ride a bike again.",
    "Dad's 89 and sharper than me, but his hearing is going and he won't wear the aids.",
    "my 84 yo nan just learned to video call so she can see the baby, she thinks it's witchcraft",
    "She's 89 in a fortnight and says she wants a party with a proper band, no arguing.",
    "Day 100 post transplant today, the magic number they kept going on about!",
    "Ninety minutes of hold music from the insurance company just to be told to call back tomorrow. I can't.",
    "Took the 96 bus to the hospital and it took over an hour, next time I'm getting a taxi.",
    # wards, rooms, routes, streets, hospitals
    "Ward 7B, bed 12, if any of the volunteers are doing the tea round today, she takes it milky with two sugars.",
    "Room 1104 at the Foothills looks straight out at the mountains, if you end up on that unit ask for it.",
    "The 501 streetcar is the easiest way to Princess Margaret if you're coming from the east end.",
    "Parking on Harley Street is impossible, get the tube to Regent's Park and walk.",
    "the clinic on bathurst st moved upstairs and the elevator's always broken, fyi if ur in a wheelchair call ahead",
    "MRI done at Sunnybrook, bloods done at the local lab, and the results still took three weeks to reach my GP.",
    "Echo and TMT done at Apollo Greams Road, reports were ready the same evening itself.",
    "Oncology day unit is on the 14th floor, take the lift by the café, the other one doesn't go past 12.",
    # prices and times
    "Prescription charge went up to £9.90 an item, thank god for the prepayment certificate.",
    "₹45,000 for the angiogram at the private hospital, the government one was free but a 3 month wait.",
    # long posts without identifiers
    "Long one, sorry. My husband was diagnosed with early onset Alzheimer's at 58, which I know is young, and the last two years have been a blur. The diagnosis was done at the Mayo Clinic after the local neurologist kept saying it was stress, and his MoCA was 19/30 by then. He's on donepezil 10 mg and memantine, and the days are better than the nights. I've joined a carers' group that meets on the second Monday of the month, and the Alzheimer's Association 24/7 line, 1-800-272-3900, has been a lifeline at 3 am more than once. What nobody tells you is how lonely it gets when your friends stop calling. If you're early in this, please take the help that's offered.",
    "My mother is 72 and has had sugar for almost twenty years, and this year the doctor finally started her on insulin because the fasting readings were always above 200. She was very scared of the needle, so my daughter practised with her on a pillow, and now she does her own 12 units before dinner. We check her feet every Sunday like the diabetes educator taught us, and she walks in the colony park in the evening, about 2 km. HbA1c came down from 10.1 to 8.2 in four months. Still a long way, but the direction is good.",
    "Update for those who asked. The bowel resection went ahead at the Royal North Shore and I was in for eight days, which is longer than they said, because the ileus wouldn't settle. They kept me nil by mouth for three of those, with the NG tube, which I would not wish on anyone. I'm home now on Endone for a few more days and then just Panadol. The stoma nurse comes Tuesdays and Fridays. Biggest tip: walk the ward corridors as soon as they let you, even if it's ten metres with the drip stand. It really does get things moving again.",
    "im 17 and ive had crohns since i was 13 and honestly year 12 has been the worst for it. stelara every 8 weeks now and it mostly works but exams make everything flare. my school finally gave me a toilet pass and extra time after my mum had a meeting with the head of year. if ur young and just diagnosed, tell ur teachers early, i waited way too long because i was embarrassed. also the crohns and colitis uk website has a letter template for schools which helped loads.",
]


def verhoeff_ok(digits: str) -> bool:
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = d[c][p[i % 8][int(ch)]]
    return c == 0


def au_medicare_ok(digits: str) -> bool:
    body = [int(c) for c in digits[:8]]
    return digits[0] in "23456" and sum(x * w for x, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(digits[8])


def check_value(kind: str, value: str) -> None:
    digits = re.sub(r"\D", "", value)
    if kind == "NATIONAL_ID" and len(digits) == 12:
        if not verhoeff_ok(digits):
            raise ValueError(f"Aadhaar {value!r} fails Verhoeff")
        return
    if kind == "HEALTH_PLAN_ID" and re.fullmatch(r"\d{4} \d{5} \d", value):
        if not au_medicare_ok(digits):
            raise ValueError(f"Medicare {value!r} fails its check digit")
        return
    check_value3(kind, value)


def label(text: str, marks: list[tuple[str, str]]) -> list[dict]:
    out = []
    for kind, value in marks:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind}")
        if text.count(value) != 1:
            raise ValueError(f"{value!r} occurs {text.count(value)} times in its post")
        start = text.index(value)
        check_value(kind, value)
        out.append({"kind": kind, "start": start, "end": start + len(value), "value": value})
    return sorted(out, key=lambda s: s["start"])


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand7-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
