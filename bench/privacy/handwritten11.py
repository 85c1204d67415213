#!/usr/bin/env python3
"""A twelfth held-out set, written by hand, one post at a time, by a writer
who had not read the scanner's source nor any of the earlier hand-written
sets (only the corpus README, handwritten10's docstring, first entries and
main(), handwritten7's kinds, check_value() and label(), and the
handwritten3 checksum helpers those call). It is to be scored
once, as the eighth round's held-out set, and never tuned on.

Voices: Scottish, Welsh (with Welsh words and place names) and Northern
Irish English; New Zealand English with te reo words; Nigerian, Ghanaian
and Kenyan English; Filipino English with Tagalog; Malaysian and
Singaporean English; Canadian English mixed with Quebec French; US
Spanish-speaking families writing in English with Spanish words; carers
writing for parents, grandparents, in-laws and spouses; teenagers typing
in lower case; older, formal writers; people pasting lines from letters,
forms, a discharge summary, a pharmacy label, a bill and an insurance
card. Identifiers are given a sentence after their cue, in brackets, after
colons, in a Markdown list, split across a line break (an NHS number, a
Nigerian phone number, a Welsh address), and names come in lower case,
with particles (ap, de, dela, binti, Mac Giolla, Ní) and with diacritics
(Yoruba tone marks, fadas, the Welsh circumflex, French accents).

Eighty-nine posts carry identifiers (one to three each, 185 in all),
covering all 19 kinds with at least six of each and extra weight on
national ids (NHS numbers spaced, bare and split over lines, Scottish CHI
numbers, a Northern Irish H&C number, SINs, a Nigerian NIN, a Ghana Card,
a Kenyan ID number, a Singapore NRIC, a Malaysian MyKad, a PhilSys
number, a New Zealand NHI), health-plan ids (a Medicare MBI, a US member
id pasted off a card, a Medi-Cal BIC, Texas Medicaid, OHIP with version
code, a RAMQ card, a Nova Scotia card, PhilHealth, Ghana NHIS, Kenyan
NHIF, a Nigerian HMO enrolee id, a Malaysian medical card, a Singapore
Integrated Shield policy, Southern Cross, Bupa), record numbers (Belfast
and Welsh hospital numbers, an Edinburgh unit number, LUTH and Korle Bu
folder numbers, a Kenyatta inpatient number, PGH, HKL and NUH case
numbers, a CHUM dossier number, US MRNs and a patient id), licences (DVLA
licences for a Welsh and a Scottish surname, Northern Irish, New
Zealand, Ontario, Quebec, Philippine, Nigerian, Ghanaian and Texas
driving licences, two DEA numbers, two NPIs), device serials (a power
chair, a pacemaker, a smart insulin pen, a pump, an Omnipod PDM, hearing
aids, a CPAP, an oxygen concentrator, a cochlear processor, a Libre
reader, a home haemodialysis machine, a spinal cord stimulator) and
street addresses (Welsh across a line break, a Glasgow tenement flat,
Belfast, Auckland, Lagos, Accra with a GhanaPost digital address,
Nairobi, Antipolo, Petaling Jaya, an Ang Mo Kio HDB block, Montréal,
Chicago, San Antonio). Also names of the poster, family and named
clinicians; dates of birth, admission, discharge, appointment, surgery,
implant, death and a due date (slashed, dotted, ISO, spelled, ordinal,
without a year); ages of 90 and over (bare, bracketed, spelled out);
UK, Canadian, Kenyan, Ghanaian, New Zealand, Nigerian, Philippine and
Malaysian phones; faxes (a named GP's practice, employers' and a
husband's office, clinicians' offices, a Singapore office fax); emails
(two spelled out, one plus-addressed); SSNs (dashed, spaced, bare, and a
miskeyed one beside the correct one); accounts (two GB IBANs, a POSB
account, a GTBank NUBAN, an HSA, a hospital guarantor account); Luhn-valid
cards (spaced, dashed, Amex layout, bare); VINs and plates (Scottish,
Kenyan, Philippine); fundraiser, CaringBridge, Facebook, Instagram and
blog URLs; IPv4 and IPv6.

The other seventy-nine are hard negatives: public helplines of Scotland,
Wales, Northern Ireland, New Zealand, Singapore, Malaysia, the
Philippines, Kenya, Canada and the US; hospital switchboards; charities,
hospitals and clinics named after people (Marie Curie, Terry Fox, Michael
J. Fox, Jose R. Reyes, Tan Tock Seng, Khoo Teck Puat, Komfo Anokye,
Obafemi Awolowo, Mortimer B. Davis, Leonard Cheshire, Aga Khan); streets
named after people; public figures; bare first names (family, a nurse, a
fellow member); awareness days and public holidays with their dates; lot,
batch, order and complaint-reference numbers; device model numbers;
firmware and app versions shaped like IPv4 addresses; doses, lab values,
ICD-10 codes and trial ids (NCT, ISRCTN, PACTR); ages under 90 and
numbers over 90 that are not ages (sats, weights, Hb, a bus); prices in
five currencies, times, wards and beds, bus, jeepney and matatu routes,
and years alone.

Labelling choices where the corpus README is brief: CHI, Northern Irish
H&C, NIN, Ghana Card, Kenyan ID, NRIC, MyKad, PhilSys and NHI numbers are
national numbers like the NHS number and SIN and are labelled NATIONAL_ID;
RAMQ, OHIP (version code inside the span), Nova Scotia, PhilHealth, NHIS,
NHIF, HMO enrolee, Malaysian medical-card, Integrated Shield, Southern
Cross and Bupa numbers are health-plan or health-card numbers and are
labelled HEALTH_PLAN_ID, while plan-level RxBIN and RxGRP codes and a
dependent suffix on a card are not labelled; driving licences of every
country are LICENSE, a New Zealand licence's version number left outside
the span; a full
postcode (UK, Canadian) given on its own as where someone lives is ZIP,
and a postcode inside a street address is part of the ADDRESS span, as is
a GhanaPost digital address given with it in brackets; a street address
without a town (Glasgow, Nairobi) is still an ADDRESS; a surname-first
form from a label or summary ("VALDEZ, ANTONIO") and an initial with
surname ("E. Davies") are NAMEs, while a title with a bare surname ("Mrs
Davies") is not labelled; when a relative's name is given in two
spellings, or an SSN as both the miskeyed and the correct number, both
are labelled; a fax given for the poster's own case (a named GP's
practice, the poster's or a spouse's office, the office of the poster's
own specialist or endocrinologist) is a workplace fax and labelled, while
public switchboards and helplines are not; a date of death is a DATE tied
to the person; identifiers handed to a suspected scammer are still the
poster's own and are labelled. Only identifiers of the poster, their
family or household, or a named member of their care team are labelled.

usage: python3 bench/privacy/handwritten11.py > bench/privacy/out/handwritten11.jsonl

Same format as handwritten10: labels beside each post as (kind, value)
pairs, code-point offsets found by the script (a value must occur exactly
once in its post), checksums checked through handwritten7's label().
"""
from __future__ import annotations

import json
import sys

from handwritten7 import label

WITH_IDENTIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    # ------------------------------------------------------------ national ids
    ("Good morning all. I am writing on behalf of my late husband's sister, who lives with me now near Aberaeron. The district nurse asked that her NHS number be kept beside the telephone for the ambulance crew, so it is written on the pad (755 511 8068), but the leaflet from the Red Cross says it belongs on the fridge in a little pot. Which do paramedics actually look at? Separately, her power chair has been stuck in first gear since Easter and the wheelchair service in Carmarthen want the number off the serial plate, which reads PW6-2288014, before they will so much as return a call.",
     [("NATIONAL_ID", "755 511 8068"), ("DEVICE", "PW6-2288014")]),
    ("Pasting the top of the letter from the Queen Elizabeth so you can see what I mean:\n\nName: Morag Elspeth MacIntyre\nCHI: 1403417903\nDate of birth: 14/03/1941\nClinic: Respiratory, Ward 5 outpatients\n\nMy mum's never had a letter with the CHI printed on it before and she's convinced the postie can read it through the wee window. Is that just how they do it now?",
     [("NAME", "Morag Elspeth MacIntyre"), ("NATIONAL_ID", "1403417903"), ("DATE", "14/03/1941")]),
    ("Right, so the surgery in Newry want my da's health and care number on the repeat form and I have it here, 569 361 4026, but the boxes on the paper are ten wee squares with no gaps. Do I just squash it together? Bit stressed, he's been in Daisy Hill since Sunday. The cardiac nurse there also wanted the wee card from his wallet for the pacemaker, it says serial PJN612418S, implanted 22/05/2019, and she says they can check it from home if he gets a monitor. Does anyone's da have one of those bedside boxes?",
     [("NATIONAL_ID", "569 361 4026"), ("DEVICE", "PJN612418S"), ("DATE", "22/05/2019")]),
    ("ok so mum made me copy my nhs number off the app for uni registration and i wrote it like\n626 309\n7590\nbut the health centre form keeps saying invalid?? is there a check digit or have i just typed it wrong. also my InPen stopped syncing and medtronic want the serial from the cap end, ZH11A40782, do i sort that before i move to cardiff or after. mum doesnt get any of this lol",
     [("NATIONAL_ID", "626 309\n7590"), ("DEVICE", "ZH11A40782")]),
    ("Bonjour, petite question pour les gens du Québec. Ma mère needs her NAS (numéro d'assurance sociale, the SIN) on the form for the disability tax credit, and Revenu Québec also wants her RAMQ number on the same page. Her SIN is 449 624 295 and the carte soleil says GAGL 5857 2214. Is it normal to put both together like that? Ça me rend nerveuse de poster ça par la poste.",
     [("NATIONAL_ID", "449 624 295"), ("HEALTH_PLAN_ID", "GAGL 5857 2214")]),
    ("My father, Gérard Thibault-LeBlanc, needs his SIN on the CPP survivor application, and so does the nursing home in Moncton for the subsidy paperwork. His is 562-151-605. One social worker told me never to hand it to a care home, another said they cannot process a thing without it. Which is right in New Brunswick? I've been writing the whole saga up at https://papaetmoi-leblanc.ca if anyone wants the long version.",
     [("NAME", "Gérard Thibault-LeBlanc"), ("NATIONAL_ID", "562-151-605"), ("URL", "https://papaetmoi-leblanc.ca")]),
    ("Good day house. Please I want to add my mother to my NHIA scheme at work and the HMO says I must bring her NIN slip. The number on the slip is 68526204455 but the portal keeps rejecting it, record not found. Her hospital card at LUTH has LUTH/PN/44172 and a different spelling of her surname from what NIMC has. Has anybody solved this kind of wahala before?",
     [("NATIONAL_ID", "68526204455"), ("MRN", "LUTH/PN/44172")]),
    ("Please, my grandmother's NHIS card has expired and at the district office they said renewal now needs the Ghana Card. Her Ghana Card number is GHA-753467006-3 and the old membership number on the NHIS card is 28134607. Can the renewal be done on the short code for her, or she must come in person? Since the stroke she cannot walk far at all.",
     [("NATIONAL_ID", "GHA-753467006-3"), ("HEALTH_PLAN_ID", "28134607")]),
    ("Hello wasee. Trying to move mum from NHIF (her old member number was 6610284) over to SHA and the registration wants her ID number, which is 38060760, plus a phone for the OTP. Thing is she uses my line. Has anyone registered a parent with their own phone without it mixing up their own account? She's on dialysis at Kenyatta twice a week so we really can't have a gap in cover.",
     [("HEALTH_PLAN_ID", "6610284"), ("NATIONAL_ID", "38060760")]),
    ("Wah this one really cannot. Got an SMS saying it's from the polyclinic, asking me to reply with my dad's NRIC to confirm his eye appointment, so I replied S3056413H. Then they said for the refund of his overpaid bill they need the POSB account, so I sent 188-47213-6, and only after that my sister said it's a scam because the polyclinic never asks like that. Anyone else got the same message? What should I do first, call the bank or SingPass?",
     [("NATIONAL_ID", "S3056413H"), ("ACCOUNT", "188-47213-6")]),
    ("Salam all. My father was warded at HKL last week under Dr Nurul Aisyah binti Kamarudin (very kind, explained everything in Malay and English), but the counter staff asked for his MyKad number at every single department. It is 580314-10-5522, I ended up writing it on a piece of paper and just showing it. His registration number HKL24038812 is printed on every form anyway. Is there no system linking the counters?",
     [("NAME", "Nurul Aisyah binti Kamarudin"), ("NATIONAL_ID", "580314-10-5522"), ("MRN", "HKL24038812")]),
    ("Hi po! Asking for my lola. Her case number sa PGH is 2023-118472, and yung social service gave us a referral slip to the Malasakit Center for her chemo meds. Then the PhilHealth desk told us to bring her PhilSys number for Konsulta, and on her registration slip it is 2088-7569-4640. Is that the same as the number on the card itself? She's 89 already so all this back and forth is really hard for her.",
     [("MRN", "2023-118472"), ("NATIONAL_ID", "2088-7569-4640")]),
    ("Kia ora koutou. Nan's NHI is ZAT6700 and the pharmacy keeps saying they can't find her under it, so I reckon the ward typed it wrong on the discharge. She's ninety-four and I'm the one doing all the running around. Can the Whangārei pharmacy look it up themselves, or do I have to go back up to the hospital?",
     [("NATIONAL_ID", "ZAT6700"), ("AGE_OVER_89", "ninety-four")]),
    ("Dear all, I attended Ninewells for my angiogram and the nurse read my CHI number back to me as 090952 1026, which is correct, yet the appointment card I was handed carries a different number entirely. Should I telephone the booking office, or simply take both to my next visit? To add insult to injury, a parking charge notice was left on my car (SN68 KXT) while I lay in recovery. I am 72 and not keen on the telephone queues.",
     [("NATIONAL_ID", "090952 1026"), ("VEHICLE", "SN68 KXT")]),
    ("Mam's NHS number is 4750418439 (no spaces on her repeat slip) and her Bupa membership no. is 872-883104-05 through Dad's old work scheme. The private hospital in Cardiff wants both for the knee replacement. Does giving the NHS number mean they'll bill the NHS instead, or is it just for the GP letters?",
     [("NATIONAL_ID", "4750418439"), ("HEALTH_PLAN_ID", "872-883104-05")]),
    # ------------------------------------------------------------ health plan ids
    ("My abuela just got her new Medicare card in the mail and wants me to put the number in the pharmacy app for her. It's 6TQ9-HN2-WA48. On the card her name is Rosario Villanueva de León, with the accent, but the pharmacy has her without it. Will that mismatch mess up her claims? She's still carrying the old card with her social on it too, I keep telling her to leave that one at home.",
     [("HEALTH_PLAN_ID", "6TQ9-HN2-WA48"), ("NAME", "Rosario Villanueva de León")]),
    ("Mi mamá is on my dad's insurance through his job. Front of her card, copied exactly:\n\nMember ID: XGM918447302\nDependent: 02\nRxBIN: 610014  RxGRP: HLTHPLN\n\nUrgent care told her yesterday the coverage was terminated, but we paid every premium. Who do I call first, the insurance or his HR? And does anyone know a clinic that takes walk-ins near 33135? That's where she lives, by Calle Ocho.",
     [("HEALTH_PLAN_ID", "XGM918447302"), ("ZIP", "33135")]),
    ("Copying what the county mailed to my tío, word for word:\n\"Your BIC ID: 94412876B. Your Medi-Cal coverage is due for renewal.\"\nThe second page has his whole social printed on it too, 273-50-9186, which seems careless to me. He only reads Spanish so I'm translating for him. Does renewal mean they might cut him off? He's on insulin and can't go without it for even a week.",
     [("HEALTH_PLAN_ID", "94412876B"), ("SSN", "273-50-9186")]),
    ("My dad's OHIP is 5823-417-906-KT, and the version code on the back changed when he renewed, which I think is why the lab in Mississauga turned him away this morning. Can ServiceOntario fix that over the phone? I'm his caregiver, text me at 905-555-0147 if you've been through it.",
     [("HEALTH_PLAN_ID", "5823-417-906-KT"), ("PHONE", "905-555-0147")]),
    ("Moved from Halifax to Ottawa in August (we're at K1S 3W7 now, the Glebe) and my Nova Scotia health card, 0041 872 553, runs out at the end of the month. Do I have to have OHIP in hand before the NS one stops, or is there a waiting gap? I'm on Humira and the thought of a gap in coverage is keeping me up.",
     [("ZIP", "K1S 3W7"), ("HEALTH_PLAN_ID", "0041 872 553")]),
    ("Hello po, ask lang. My tita, Ma. Lourdes dela Cruz, was confined at a private hospital in QC for pneumonia and they deducted PhilHealth but the amount looks small. Her PIN is 19-025563418-7. Is there a way to check online how much was claimed under her name?",
     [("NAME", "Ma. Lourdes dela Cruz"), ("HEALTH_PLAN_ID", "19-025563418-7")]),
    ("Abeg who has used Hygeia for a CS? My wife's enrolee ID is HYG/LAG/10234/A and the hospital in Ikeja says the HMO has not sent the authorisation code. Her EDD is 3rd of November and I don't want any palaver on the day itself.",
     [("HEALTH_PLAN_ID", "HYG/LAG/10234/A"), ("DATE", "3rd of November")]),
    ("My mother's AIA medical card number is 8802-4471-06 and the private hospital in Subang says the guarantee letter will take two working days. Meanwhile she is in emergency on a drip. Is it normal to pay the deposit first and claim later? They are asking RM3,000. Also when she is discharged the oxygen has to be delivered to No. 23, Jalan SS 2/75, 47300 Petaling Jaya, Selangor, which is a guarded area, anyone used Medigas there?",
     [("HEALTH_PLAN_ID", "8802-4471-06"), ("ADDRESS", "No. 23, Jalan SS 2/75, 47300 Petaling Jaya, Selangor")]),
    ("Need advice on Integrated Shield claims. My dad's policy no. is P-0448120377 and the insurer says they need the full hospital bill before paying the rider part. He was at SGH nine days for a fall. Anyone done the claim for a parent before? His email is the one on the policy, tan.kokleong52@singnet.com.sg, and he never checks it.",
     [("HEALTH_PLAN_ID", "P-0448120377"), ("EMAIL", "tan.kokleong52@singnet.com.sg")]),
    ("Southern Cross member number for my wife is 40281 7736 and they've declined her hip op as pre-existing. We've been members since 2011 and she only got the pain last year. Also when I logged into the member app to appeal it said 'new sign-in from 2406:e003:1d2b:8c01:4a1f:92ff:fe3b:7d10', is that just our Spark fibre? Has anyone here won an appeal with them?",
     [("HEALTH_PLAN_ID", "40281 7736"), ("IP", "2406:e003:1d2b:8c01:4a1f:92ff:fe3b:7d10")]),
    ("my son's medicaid id is 518830274, it's right there on the Your Texas Benefits card, but the dentist says inactive. we renewed in june! we live in 78207 if anyone knows a dentist on the west side that takes the CHIP/medicaid plans",
     [("HEALTH_PLAN_ID", "518830274"), ("ZIP", "78207")]),
    # ------------------------------------------------------------ record numbers
    ("My granda's discharge letter from the Royal has Hosp No: BH2240917 at the top, and his name spelt Seán Mac Giolla Bhríde with all the fadas, but the GP system has him down as Sean McBride. Could that be why his bloods aren't showing up at the surgery? Asking for my ma, she's frazzled.",
     [("MRN", "BH2240917"), ("NAME", "Seán Mac Giolla Bhríde"), ("NAME", "Sean McBride")]),
    ("Copying off the letter from Ysbyty Gwynedd:\n\nHospital No: M0562183\nAppointment: 12.11.2024 at 14:15, Clinic 3\n\nI can't do that date because of work. Do they prefer you ring or email to rearrange? Don't want to end up at the back of the list again.",
     [("MRN", "M0562183"), ("DATE", "12.11.2024")]),
    ("Kenyatta gave Dad inpatient number 2024/044718 when he was admitted on 14 August, and now the ward wants a deposit before theatre. If anyone here works in KNH finance or knows the waiver process, please call me, 0712 559 304. We are trying everything.",
     [("MRN", "2024/044718"), ("DATE", "14 August"), ("PHONE", "0712 559 304")]),
    ("Copying from the NUH bill: \"Case No: 24-0091822K  Patient: Tan Wei Ling\". That's my mum. The bill says MediSave deducted, but her MediSave statement doesn't show anything. Which one do I believe?",
     [("MRN", "24-0091822K"), ("NAME", "Tan Wei Ling")]),
    ("Sur la lettre du CHUM c'est écrit « No de dossier : 00987654 ». My father's cardiology follow-up was cancelled and no one called him. On top of that the SAAQ suspended his permis (L2416-140358-07) after the AVC in May, so I'm the one driving him everywhere. Should I quote the dossier number or his RAMQ card when I phone tomorrow?",
     [("MRN", "00987654"), ("LICENSE", "L2416-140358-07")]),
    ("Pasting from the discharge summary:\nPatient: ESPINOZA, MARIA GUADALUPE\nMRN: 00776341\nDischarge date: 10/06/2024\nThe instructions say follow up with PCP in 1 week, but nobody made that appointment and the clinic says they never got a referral.",
     [("NAME", "ESPINOZA, MARIA GUADALUPE"), ("MRN", "00776341"), ("DATE", "10/06/2024")]),
    ("The portal shows Patient ID 4471-0392-8, but billing says they can't find me under that. I've emailed them twice from dani.ortega.rn+billing@gmail.com and heard nothing. Is it worth going in person?",
     [("MRN", "4471-0392-8"), ("EMAIL", "dani.ortega.rn+billing@gmail.com")]),
    ("The Royal Infirmary sticker on Mum's discharge bag says unit no. 7730418L under her name, and the community pharmacist asked if that's the same as her CHI. No idea. Same week DVLA wrote wanting her licence back after the Alzheimer's diagnosis, the number on it is MCLEO611096EA7XY, and she's hidden the card somewhere in the house out of spite. What happens if it just never turns up?",
     [("MRN", "7730418L"), ("LICENSE", "MCLEO611096EA7XY")]),
    ("El expediente de mi papá en el hospital, MRN 33-481-902, says his allergy is penicillin but it's actually sulfa. He told them three times in Spanish and they wrote it wrong anyway. How do I get it corrected before his surgery on December 9th?",
     [("MRN", "33-481-902"), ("DATE", "December 9th")]),
    # ------------------------------------------------------------ licences
    ("Question about the DVLA and seizures. The letter quotes my driving licence number (EVANS702154DJ9AB) and says I must stop driving and send it back. My GP, Dr Rhodri Prys-Jones, says he'll write in support if the DVLA send him their form, and he wants it faxed to the practice on 01443 802 119 rather than posted. Is there anywhere in Pontypridd that still sends a fax?",
     [("LICENSE", "EVANS702154DJ9AB"), ("NAME", "Rhodri Prys-Jones"), ("FAX", "01443 802 119")]),
    ("The DVA medical form wants my NI licence number, 52093817, and the name of my diabetes consultant. Mine is Dr Aoife Ní Bhriain at the Ulster. Work are also on at me: HR want the fitness note faxed to them on 028 9033 1274, but the surgery only does email now. Do the DVA contact the consultant themselves?",
     [("LICENSE", "52093817"), ("NAME", "Aoife Ní Bhriain"), ("FAX", "028 9033 1274")]),
    ("Koro needs a medical cert to keep his licence (EK487613, version 218) and he's 91, so it's every two years now. The GP wants him to do the on-road test too. Any tips for keeping an old fella calm about that?",
     [("LICENSE", "EK487613"), ("AGE_OVER_89", "91")]),
    ("MTO suspended my Ontario licence after the neurologist filed a report. Licence number R4172-38506-15412. I drive for work. My family doctor says the epilepsy clinic only takes referrals by fax, to the specialist's office at 416-555-0193. Does anyone know how long the medical review takes once the EEG comes back clean?",
     [("LICENSE", "R4172-38506-15412"), ("FAX", "416-555-0193")]),
    ("LTO wants a medical certificate for my renewal, license no. D11-18-004732. I'm type 1 diabetic. Will they fail me because of insulin? And while I'm at it, I need the PWD sticker for the car, plate NBC 4417, does city hall accept the same medical cert? The clinic near the LTO charges ₱500 and I heard they just take your BP.",
     [("LICENSE", "D11-18-004732"), ("VEHICLE", "NBC 4417")]),
    ("Please has anybody renewed their FRSC licence after a seizure? Mine is KJA23568AA19 and it expires next month. They did not ask about health the last time but my brother says now they want a doctor's report. Unrelated, my pump uploader keeps failing and the support people asked for my IP, I gave them 102.89.44.17, was that okay?",
     [("LICENSE", "KJA23568AA19"), ("IP", "102.89.44.17")]),
    ("We moved my suegra in with us and I need to change the address on her Texas DL, 41827396, to ours, 2207 Guadalupe St, San Antonio, TX 78207. Can a caregiver do that online or does she have to go to DPS in person? She uses a walker.",
     [("LICENSE", "41827396"), ("ADDRESS", "2207 Guadalupe St, San Antonio, TX 78207")]),
    ("Pharmacy label, typed exactly:\n\nVALDEZ, ANTONIO\nHYDROCODONE/APAP 5-325 MG TAB\nTAKE 1 TABLET EVERY 6 HOURS AS NEEDED\nPrescriber: Dr. Aurelio Ruiz-Benítez  DEA: BR2712253\n\nIs it normal for the DEA number to be on the label? I thought that was private to the doctor.",
     [("NAME", "VALDEZ, ANTONIO"), ("NAME", "Aurelio Ruiz-Benítez"), ("LICENSE", "BR2712253")]),
    ("My pain specialist here in Houston, Dr Grace Mwangi-Otieno, printed her DEA number FM7371507 on the paper script, and the new pharmacy rejected it anyway because the script wasn't e-prescribed. Anyone know if Texas requires e-scripts for opioids now?",
     [("NAME", "Grace Mwangi-Otieno"), ("LICENSE", "FM7371507")]),
    ("The prior auth form came back denied. In the prescriber box it has NPI 1289129383, which the insurance says isn't in network, but my endo has been in network for six years. Meanwhile I've been paying for the Libre sensors out of my HSA, account 88120457763, and it's nearly empty. Is it possible they have the wrong NPI?",
     [("LICENSE", "1289129383"), ("ACCOUNT", "88120457763")]),
    ("My endocrinologist's office sent the letter with her NPI, 1910444938, and said to fax the appeal back to them at (210) 555-0168. Who even has a fax machine anymore? The library charges a dollar a page.",
     [("LICENSE", "1910444938"), ("FAX", "(210) 555-0168")]),
    # ------------------------------------------------------------ device serials
    ("My t:slim X2 is alarming 'critical pump error' and Tandem support wants the serial before they'll ship a replacement. It's 1094573 on the back. They also charged my card, 4820 6195 8741 3979, for express shipping to Ottawa, which I didn't agree to. Anyone know how long replacements take to reach Canada? I've got pens as backup but hate them.",
     [("DEVICE", "1094573"), ("CREDIT_CARD", "4820 6195 8741 3979")]),
    ("Gran's new hearing aids keep whistling. The audiologist in Inverness needs the serial of the left one, which is 2219H1KQ7 (tiny print on the inside), and she wants to know how old Gran is for the funding. She's 93. Does anyone know if whistling means the dome is the wrong size?",
     [("DEVICE", "2219H1KQ7"), ("AGE_OVER_89", "93")]),
    ("The AirSense 10 keeps showing 'high leak'. ResMed says the serial is SN 23162048177, and the myAir site shows my last login from 86.143.22.190, which isn't even my home internet, it's my work. Is someone else using my account or is that just where I last signed in?",
     [("DEVICE", "23162048177"), ("IP", "86.143.22.190")]),
    ("Oxygen concentrator keeps beeping at night. The serial on the bottom is 1410G3-2N0773 and the supplier says they'll only swap it if I give the serial AND my address, which is 23 Ravenhill Avenue, Belfast BT6 8LD. Is it daft to give that over the phone?",
     [("DEVICE", "1410G3-2N0773"), ("ADDRESS", "23 Ravenhill Avenue, Belfast BT6 8LD")]),
    ("insulet want the pdm serial for the warranty thing, mine says S/N: 0A7-119-44826 on the sticker behind the battery. do they want the pod lot number as well? pods are lot 4F29A1. also i put my mum's card 5104-3321-8196-0015 into that online pharmacy for my pods and now theres charges from some other company?? how do i stop it before she notices",
     [("DEVICE", "0A7-119-44826"), ("CREDIT_CARD", "5104-3321-8196-0015")]),
    ("Mo's cochlear implant processor fell in the lake at the bach. The serial is 5172-00431 and the insurer wants a replacement quote. Cochlear said to email them from the account holder address, which is tamati.herewini@xtra.co.nz, so I did. Fingers crossed it's covered.",
     [("DEVICE", "5172-00431"), ("EMAIL", "tamati.herewini@xtra.co.nz")]),
    ("The Libre reader my daughter uses says 'sensor error' every time. Abbott asked for the reader serial, which is MAGK1230578, and our postcode, so I gave them EH11 4BU. They're sending a replacement in 5 working days. Anyone else had this?",
     [("DEVICE", "MAGK1230578"), ("ZIP", "EH11 4BU")]),
    ("Home haemo machine (Fresenius, the serial is 4HBA2390) threw a conductivity alarm mid-session. The renal tech in Kuching came out at midnight and said the remote monitoring hasn't reported since the router changed, our IP is 175.139.71.26 now apparently. How often do people here get those alarms? My husband is asking if we should go back to the unit.",
     [("DEVICE", "4HBA2390"), ("IP", "175.139.71.26")]),
    ("My wife has a spinal cord stimulator, serial NNM331204H, and the MRI department at the General want the exact model and serial before they'll book her. The rep who put it in has left the company. Who else can confirm it's MRI safe?",
     [("DEVICE", "NNM331204H")]),
    # ------------------------------------------------------------ addresses
    ("Letter head from the council's OT service, in case it helps anyone else chase theirs:\n\nMrs E. Davies\nTŷ Gwyn, 3 Ffordd Glyndŵr\nCaernarfon LL55 1RR\n\nDear Mrs Davies, we have received your request for a stair rail. That was March. Still nothing. Is six months normal in Gwynedd?",
     [("NAME", "E. Davies"), ("ADDRESS", "Tŷ Gwyn, 3 Ffordd Glyndŵr\nCaernarfon LL55 1RR")]),
    ("Hi, anyone in Glasgow had the home oxygen assessment? They're coming to Flat 2/1, 47 Craigpark Drive, Dennistoun on Thursday and I'm two floors up with no lift. Do they check the stairs? If you've had it done and don't mind a chat, text me on 07700 900461, evenings are best.",
     [("ADDRESS", "Flat 2/1, 47 Craigpark Drive, Dennistoun"), ("PHONE", "07700 900461")]),
    ("The district nurse comes to us at 14B Kowhai Street, Te Atatū South, Auckland 0610, three times a week for Dad's leg ulcers, and each time it's someone different. Is that normal with the Waitematā service? Flick me a text on 021 384 5567 if you've got a way to get the same nurse each time.",
     [("ADDRESS", "14B Kowhai Street, Te Atatū South, Auckland 0610"), ("PHONE", "021 384 5567")]),
    ("Please I need a home physio for my father after his stroke. We are at No. 15 Adebola Oyekan Street, Surulere, Lagos. Anybody that can recommend someone reliable, not those ones that will come once and disappear. Call or WhatsApp\n+234 803\n412 7789. God bless.",
     [("ADDRESS", "No. 15 Adebola Oyekan Street, Surulere, Lagos"), ("PHONE", "+234 803\n412 7789")]),
    ("Please which home care agency in Accra is good for elderly? My mother stays at House No. 27, Ablade Road, Kanda (GPS GA-183-8164). She needs someone in the day while I'm at work. Also her folder number at Korle Bu is KB/OPD/2023/08817 and now they say the folder is missing, so the carer would have to help us start again there. My number is 024 417 3390, kindly WhatsApp me.",
     [("ADDRESS", "House No. 27, Ablade Road, Kanda (GPS GA-183-8164)"), ("MRN", "KB/OPD/2023/08817"), ("PHONE", "024 417 3390")]),
    ("We need a home nurse for mum in Nairobi after her hip surgery. We live at Apartment B4, Kileleshwa Gardens, Othaya Road. Would like someone female please. You can email me on wanjiku dot kamau at outlook dot com.",
     [("ADDRESS", "Apartment B4, Kileleshwa Gardens, Othaya Road"), ("EMAIL", "wanjiku dot kamau at outlook dot com")]),
    ("Looking for a home-service physical therapist for my dad. Address is Blk 5 Lot 12, Sampaguita St., Brgy. San Isidro, Antipolo City, Rizal 1870. He had a mild stroke last month and can't do the stairs at the clinic. Pls message 0917 842 3316, prefer someone with NC II.",
     [("ADDRESS", "Blk 5 Lot 12, Sampaguita St., Brgy. San Isidro, Antipolo City, Rizal 1870"), ("PHONE", "0917 842 3316")]),
    ("AIC assessor coming to Blk 456 Ang Mo Kio Ave 10, #08-1234, Singapore 560456 next week to see if my mum qualifies for the home care subsidy. What do they usually ask? She's 85, still quite independent, only needs help with bathing. The clinic also asked me to fax her referral to my office fax, 6356 4419, since I handle her appointments. Is that allowed?",
     [("ADDRESS", "Blk 456 Ang Mo Kio Ave 10, #08-1234, Singapore 560456"), ("FAX", "6356 4419")]),
    ("Le CLSC doit venir chez nous pour l'évaluation du maintien à domicile: 4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4. C'est pour ma mère, Geneviève Lévesque-Bouchard, back from the Jewish General last week. Does anyone know if they'll also assess the bathroom for grab bars? If you have a spare walker, email me at g.levesque-bouchard@videotron.ca.",
     [("ADDRESS", "4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4"), ("NAME", "Geneviève Lévesque-Bouchard"), ("EMAIL", "g.levesque-bouchard@videotron.ca")]),
    ("My mom's home health nurse keeps going to the wrong building. It's 1418 W Cermak Rd Apt 2, Chicago, IL 60608, the door is around the side of the taquería. How do I get the agency to put a note in the system? I post updates for the family on caringbridge.org/visit/luzmarinaortega so they know when she's had a visit.",
     [("ADDRESS", "1418 W Cermak Rd Apt 2, Chicago, IL 60608"), ("URL", "caringbridge.org/visit/luzmarinaortega")]),
    # ------------------------------------------------------------ names
    ("shoutout to dr olumide adébáyọ̀ at UCH ibadan who finally listened and diagnosed my lupus after two years of being told it was stress. i post about it now on instagram.com/ngozi.lupus.diaries, mainly for other young naija women just diagnosed. come say hi",
     [("NAME", "olumide adébáyọ̀"), ("URL", "instagram.com/ngozi.lupus.diaries")]),
    ("Writing this for my dad, Kwabena Boateng-Mensah, who refuses to use a computer. He was diagnosed with prostate cancer in Kumasi and we want a second opinion in Accra. His date of birth is 4 April 1950, the hospital keeps asking. How do we transfer the biopsy slides? While I'm in Kumasi I also have to renew my own DVLA licence, G-0443-7712, and they want an eye test first.",
     [("NAME", "Kwabena Boateng-Mensah"), ("DATE", "4 April 1950"), ("LICENSE", "G-0443-7712")]),
    ("My nan, Siân ap Gwilym, passed away on 17 September at Glangwili and the hospital still haven't released her belongings. Who do you even ask about that? The bereavement office is closed on Fridays.",
     [("NAME", "Siân ap Gwilym"), ("DATE", "17 September")]),
    ("Gerald Arthur Pennington here, 78, long-time reader, first-time poster. My cardiologist, Dr Hemi Tawhiri, has suggested a TAVI rather than open surgery. I should welcome the views of anyone who has had one at Waikato.",
     [("NAME", "Gerald Arthur Pennington"), ("NAME", "Hemi Tawhiri")]),
    ("hi im 15 and my mum is jennifer o'sullivan-tan and she has MS and i want to do a fundraiser for the walk. is it ok to put her full name on the page or is that weird? dad says ask her first lol",
     [("NAME", "jennifer o'sullivan-tan")]),
    # ------------------------------------------------------------ dates, ages
    ("My father-in-law (96) has been moved to palliative care at St Columba's. The nurses are lovely. His daughter is posting updates at https://www.facebook.com/aileen.mcgillivray.77 for the cousins abroad. If anyone has advice on what to bring, or what you wish you'd known in the last days, I'm all ears.",
     [("AGE_OVER_89", "96"), ("URL", "https://www.facebook.com/aileen.mcgillivray.77")]),
    ("Granny turned one hundred in May and had her first ever hospital stay last week, a UTI that made her very confused. She's back to herself now. Anyone else with a centenarian got tips for preventing these?",
     [("AGE_OVER_89", "one hundred")]),
    ("Lolo is 92 and still insists on climbing the stairs to his room. We want to move him downstairs but he won't hear of it. Physio visit is on 28 January, hoping she can talk sense into him.",
     [("AGE_OVER_89", "92"), ("DATE", "28 January")]),
    ("Mother, aged ninety-seven, has had her Warfarin dose changed three times in a fortnight by a locum. Her INR was 4.1, then 1.8. I am most uneasy. Is this usual?",
     [("AGE_OVER_89", "ninety-seven")]),
    # ------------------------------------------------------------ phones, faxes, emails
    ("I'm organising a support meetup for parents of kids with type 1 in KL. Saturday morning, around Bangsar. If you're interested WhatsApp me at 012-338 4471, or if you're not on WhatsApp, ahmadfaizal dot hassan at gmail dot com works too.",
     [("PHONE", "012-338 4471"), ("EMAIL", "ahmadfaizal dot hassan at gmail dot com")]),
    ("My husband's office fax is +63 2 8921 4473 and the HMO says the LOA will be faxed there since I put it as the contact on the form. He's on leave though. Can they resend it by email? I tried the HMO portal but it says my IP 121.54.32.188 is blocked, I'm in Cebu on PLDT.",
     [("FAX", "+63 2 8921 4473"), ("IP", "121.54.32.188")]),
    ("Our GoFundMe for my uncle's kidney transplant is here: gofundme.com/f/help-kwame-asante-get-his-kidney. Someone in the comments said the donate button was broken and asked me to send my card number to 'cover the fees', and like a fool I sent 4265423511615599. Is that a scam? If anyone is O positive and in Accra, email kofi.asante.gh@yahoo.com, he has been on dialysis 3 years.",
     [("URL", "gofundme.com/f/help-kwame-asante-get-his-kidney"), ("CREDIT_CARD", "4265423511615599"), ("EMAIL", "kofi.asante.gh@yahoo.com")]),
    # ------------------------------------------------------------ SSN, accounts, cards
    ("Everything the financial assistance office has asked me for so far, for Dad's bill:\n\n- his social, 412-68-3057\n- the guarantor account from the statement: 70041186\n- two paystubs and last year's tax return\n- a letter saying who lives in the house\n\nThey've also billed the same MRI twice. Is it normal for them to need the full SSN for charity care?",
     [("SSN", "412-68-3057"), ("ACCOUNT", "70041186")]),
    ("Para mi mamá's SSI application, the lady at the office wrote her social as 529 17 4463 but it's actually 529 17 4436. How do I fix it without waiting another 3 months?",
     [("SSN", "529 17 4463"), ("SSN", "529 17 4436")]),
    ("I'm helping my grandpa fill out the Medicare Part D Extra Help form. Where it says social I put 318446921, no dashes, is that okay? The online form keeps timing out, and it wants his ZIP again on every page (90022-3318).",
     [("SSN", "318446921"), ("ZIP", "90022-3318")]),
    ("Someone called saying they were the billing office at the children's hospital and couldn't find my son's account without his SSN. I gave them 601-28-7742, then they asked for a card for the copay and I read out 4407 8161 8495 9310 before the line went dead. We're in 60623 if that matters for which hospital it was. How do I check whether it was real?",
     [("SSN", "601-28-7742"), ("CREDIT_CARD", "4407 8161 8495 9310"), ("ZIP", "60623")]),
    ("Paying for Mum's care home and getting in a muddle. The GP charged £95 on my Mastercard, 5238 9083 8637 9405, for a letter they quoted £45 for. And the home want the standing order to come from my own account, GB15NWBK56004481736402, with her name as the reference. Is that normal?",
     [("CREDIT_CARD", "5238 9083 8637 9405"), ("ACCOUNT", "GB15NWBK56004481736402")]),
    ("The Direct Payments team want my bank details to pay for Dad's personal assistant. IBAN GB62RBOS83061146602271, but the form only has boxes for a sort code and account number. Which bits do I put where?",
     [("ACCOUNT", "GB62RBOS83061146602271")]),
    ("Please assist my mother's surgery, we have raised half. GTBank account 2087431956, name Adaeze Okonkwo-Ibe. Any amount is appreciated. God bless you all.",
     [("ACCOUNT", "2087431956"), ("NAME", "Adaeze Okonkwo-Ibe")]),
    # ------------------------------------------------------------ vehicles
    ("Mum's car was towed from the hospital lot during her chemo. VIN is 1HGCV1F36RA042817. The towing company wanted $280 to release it and I paid with my Amex, 3750 561654 20463, and now they say the payment never went through. She's too unwell to go herself, can I pick it up on her behalf?",
     [("VEHICLE", "1HGCV1F36RA042817"), ("CREDIT_CARD", "3750 561654 20463")]),
    ("Applying for the disabled parking permit for my dad in Nairobi. The form asks for his car registration, KDA 412X. The county portal keeps logging me out and says 'unrecognised login from 41.90.66.213', which is just our Safaricom home fibre. Does anyone know if the county accepts a letter from the doctor instead of the medical board?",
     [("VEHICLE", "KDA 412X"), ("IP", "41.90.66.213")]),
    ("Selling my late father's car, a Toyota, VIN 2T3W1RFV1PW118532. He used it for his dialysis trips. The buyer wants the service records, but the hospital has the parking pass linked to it. How do I cancel that?",
     [("VEHICLE", "2T3W1RFV1PW118532")]),
    ("The insurance company wants the VIN for my husband's car (JTDKB20U9L3559180) because they think his seizure caused the accident. Does the neurologist's letter help? He's never had one before.",
     [("VEHICLE", "JTDKB20U9L3559180")]),
    ("We've set up a Givealittle for Rawiri's rehab after the crash: givealittle.co.nz/cause/support-rawiri-paeras-recovery. He's my cousin and he's doing a bit better every week.",
     [("URL", "givealittle.co.nz/cause/support-rawiri-paeras-recovery")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    # ------------------------------------------------------------ public lines and switchboards
    "If you're in Scotland and it's the middle of the night and everything feels too much, Breathing Space is on 0800 83 85 87 and NHS 24 is just 111. I rang Breathing Space last winter after a bad week with the fibro and the man who answered let me talk for forty minutes. No shame in it.",
    "For anyone in Wales struggling: the C.A.L.L. helpline is 0800 132 737 and you can text 'help' to 81066. They were the only ones who picked up for me on Boxing Day.",
    "Lifeline Aotearoa is 0800 543 354, or free call or text 1737 any time to talk to a trained counsellor. Healthline 0800 611 116 for medical stuff. Putting them here because the pinned post has the old numbers.",
    "Northern Ireland folk, Lifeline is 0808 808 8000, open all hours. Samaritans on 116 123 as well. I've used both after my son's diagnosis and neither made me feel daft for ringing.",
    "In Singapore you can call SOS on 1767 round the clock, or the IMH helpline on 6389 2222. My counsellor at the polyclinic gave me the card and I keep it in my wallet.",
    "Malaysians, Befrienders KL is 03-7627 2929 and Talian Kasih is 15999. Making that first call is scary, I put it off for months and wish I hadn't.",
    "Filipinos here, the NCMH crisis hotline is 1553, and Hopeline is (02) 8804-4673. You can also text. Please reach out, kahit anong oras.",
    "Kenya: Befrienders Kenya is +254 722 178 177 and the Red Cross toll-free line is 1199. For anyone in Nairobi feeling alone with a diagnosis, please use them.",
    "Canada now has 988 for call or text. In Quebec you can also call 811 and choose the psychosocial option, Info-Social, which is what saved me during my postpartum depression. Ils sont vraiment gentils.",
    "In the US, 988 is the crisis line, and for substance use the SAMHSA helpline is 1-800-662-4357. If your kid gets into the meds like mine did with the gummy vitamins, ring poison control (1-800-222-1222) before anything else. She was fine.",
    "The main switchboard at Ninewells, 01382 660111, is the one to use when the ward line just rings out. Ask for the ward by its number and they'll transfer you. Took me a fortnight to learn that.",
    "If you're trying to reach the Royal Victoria in Belfast, the switchboard number on the Trust website works better than the one on the appointment letter. They'll transfer you to outpatients if you wait through the music.",
    "Macmillan's support line is 0808 808 00 00 and they helped me work out what benefits I could get during treatment. Their Welsh-language line helpers were brilliant with my nain.",
    # ------------------------------------------------------------ named charities, hospitals, streets
    "Marie Curie nurses sat with Dad through each of his final seven nights, and I'll never manage to thank them properly. If you're choosing a charity this Christmas, please think of them.",
    "Maggie's at the Beatson is the most calming place I've ever been. Free tea, comfy chairs, and someone who actually asked how I was doing rather than how my bloods were.",
    "Did the Terry Fox Run with my kids this year, 5 km in the rain. First one since my own remission. Bawled at the finish line, not sorry.",
    "The Michael J. Fox Foundation has a good trial finder for Parkinson's if you're interested in research. My husband signed up for one of their observational studies last year.",
    "Anyone been to the Jose R. Reyes Memorial Medical Center for dialysis? My tito was referred there and the queue looks long on the Facebook page.",
    "Tan Tock Seng's rehab centre is very good. My father-in-law did his stroke rehab there and now walks with just a stick.",
    "Khoo Teck Puat Hospital has the garden on the roof, my mum loved going up there after her chemo sessions. Small things help.",
    "Komfo Anokye has a new cardiac unit, has anyone used it? My uncle is on the waiting list for a valve replacement.",
    "Obafemi Awolowo University Teaching Hospital in Ile-Ife has a sickle cell clinic on Thursdays. Go early, the queue starts before 7.",
    "The pharmacy on Kwame Nkrumah Avenue stocks the insulin pens now, at least they did last week. Before that we had to go to Osu.",
    "Has anyone used the new clinic on Jalan Tun Razak? They say they have a diabetic eye screening machine, no need for dilation.",
    "There's a walk-in lab on Martin Luther King Jr Blvd that does A1C without an appointment, open till 6 on weekdays. $25 cash.",
    "The pharmacy on boulevard René-Lévesque closed, so we go to the one by the Berri-UQAM metro now. They're quicker with the blister packs anyway.",
    "The Sir Mortimer B. Davis Jewish General has a great memory clinic but the waitlist was eight months for us.",
    "The Leonard Cheshire home near us is hosting a coffee morning for carers next Saturday. Anyone from Swansea going?",
    "Tenovus Cancer Care's mobile unit was in the Tesco car park in Llanelli, and they do the chemo there too, not just support. Saved us the trip to Singleton.",
    "Aga Khan Hospital in Nairobi finally has the infusion chairs for biologics, so my rheumatologist is moving me there from the one in Westlands.",
    # ------------------------------------------------------------ public figures, first names
    "Sonia Sotomayor has had type 1 since she was a kid and she's on the Supreme Court. I told my daughter that the night she was diagnosed and she stopped crying long enough to ask who that was.",
    "Céline Dion talking about stiff person syndrome in that documentary made me feel less alone with my own rare diagnosis. I'm not a fan of her music but I cried watching it.",
    "My sister Aroha has been incredible, driving me to every infusion. I don't know what I'd do without her. Shout out to all the sisters out there.",
    "Auntie Wanjiru brings uji every morning since my surgery. Small things like that keep me going.",
    "Shoutout to nurse Precious on the night shift, you know who you are. Came back after her shift ended to check my drip.",
    "Tita Baby says I should drink ampalaya juice for my sugar. I love her but I'm sticking with the metformin my doctor gave me.",
    "My wee boy Callum asked why mummy's tummy has a bag now. Kids are so honest. We explained the stoma with his teddy and he was fine.",
    "Ngozi, if you're reading this, thank you for the message. I'm trying the fibre supplement you mentioned.",
    # ------------------------------------------------------------ awareness days and dates
    "World Kidney Day falls on 13 March, and the renal unit in Kuching is running free BP and urine checks at the mall that morning. Bring your parents along.",
    "World Diabetes Day is 14 November. Our support group in Lagos will be walking from the stadium, everyone in blue. Join us!",
    "19 June is World Sickle Cell Day. Let's keep talking about it, especially here in Ghana where so many families are affected.",
    "Purple Day for epilepsy is 26 March. My school let me wear purple instead of uniform and I did a talk for my year group. Proud of myself lol",
    "World Mental Health Day, 10 October. Be kind to yourself. I'm four years into recovery from an eating disorder and still learning.",
    "The clinic is closed on Waitangi Day, 6 February, so get your scripts in before then.",
    "St David's Day (1 March) my mam always made cawl, and this is the first year since her dementia diagnosis she didn't remember. Hard day.",
    "Jamhuri Day, 12 December, the hospital runs on a skeleton staff so if you have dialysis that week confirm your slot early.",
    # ------------------------------------------------------------ lots, batches, orders, references, models
    "Check your Libre sensors: batch EX2831 had a lot of early failures in our group. Abbott replaced mine no problem when I reported it.",
    "My Ozempic pens are from lot PP5D194 and the last two jammed. Anyone else with that lot? The pharmacy said they'd report it.",
    "Order number 112-7734519-8826630 for the BP cuff from the online store, still not arrived after 3 weeks. Is it worth chasing or just buy locally?",
    "My complaint reference with the health board is CR/2024/1187 and they promised a reply in 20 working days. It's been 35.",
    "The Omron HEM-7361T is the BP monitor my GP recommended. Anyone compared it against the clinic machine?",
    "Phonak Audéo P90 vs Oticon More 1, anyone tried both? The P90 looked more comfortable in the shop.",
    "Medtronic 780G vs Tandem Control-IQ for a teenager, any thoughts? Our clinic in Auckland offers both.",
    # ------------------------------------------------------------ versions, doses, labs, codes, trials
    "My pump updated to firmware 2.4.10.118 last night and the Bluetooth connection has been dropping since. Anyone else on that version?",
    "The CareLink app is on 3.12.0.4 and it still won't read my meter. Tried reinstalling twice.",
    "Started on 1000 mg metformin twice a day and 10 mg empagliflozin. A1C went from 9.1% to 7.4% in four months. Slowly getting there.",
    "My ferritin was 12 and the haematologist wants to do IV iron. Hb 98 g/L. Does the infusion hurt?",
    "eGFR dropped from 62 to 48 in a year. Creatinine 142. Nephrologist isn't worried but I am.",
    "TSH 6.8, free T4 11. GP says it's subclinical and wants to wait and recheck in 6 weeks. Is that normal here in Wales?",
    "My discharge letter says K50.9 and M79.7, which I looked up as Crohn's and fibromyalgia. I already knew, but seeing the codes felt strange.",
    "Anyone on the NCT05228938 trial? It's for long covid fatigue. The site in Toronto is still recruiting.",
    "Our kid is enrolled in a trial registered as ISRCTN48265317, it's testing a new asthma inhaler for children. Results won't be out for years.",
    "PACTR202109817341876 is the registration for the sickle cell hydroxyurea study they're running in Kano. My cousin's son is in it.",
    "Fasting sugar this morning was 180 mg/dL, which is bad for me. Usually around 110. Stress from work, I think.",
    # ------------------------------------------------------------ ages, big numbers
    "My gran is 87 and just had her second hip replaced. Walking with a frame already. Tough as old boots.",
    "Mum's 89 and still does the crossword every day. The memory clinic says her short-term recall is going but you'd never know from her crosswords.",
    "Oxygen sats at 94 walking, 97 resting. Pulmonologist says that's okay for me with COPD.",
    "Weighed 112 kg at diagnosis, down to 96 kg now. Took two years but I feel so much better.",
    "My step count yesterday was 10,450, the most since my knee surgery. Small wins!",
    "The 95 bus from the Royal to the city centre is the only one that has a proper ramp for my wheelchair.",
    # ------------------------------------------------------------ prices, times, wards, routes, years
    "Prescriptions are free in Scotland, Wales and Northern Ireland, but my cousin in England pays £9.90 per item. Get the prepayment certificate if you're on lots of meds.",
    "The insulin here costs ₦18,000 per vial now, it was ₦7,000 two years ago. How are people coping?",
    "Dialysis at a private centre in Accra is GH₵ 650 per session. Government hospital is cheaper but the wait is long.",
    "My mum is on Ward 4B, bed 12, at the Queen Elizabeth. Visiting is 2pm to 8pm. Bring a phone charger.",
    "Take the number 22 Lothian bus from Leith to the Western General, gets you right to the door.",
    "Jeepney from Cubao to PGH is ₱13, then walk. Or Grab if you're carrying lots of bags.",
    "The matatu route 46 passes right by Kenyatta. Get off at the hospital stage and cross at the footbridge.",
    "Diagnosed with MS in 2016, started Ocrevus in 2019. Relapse-free since. Just wanted to share some hope.",
    "Appointment's at 9:45 tomorrow and I'm already nervous. My first colonoscopy. The prep tonight is the worst part, right?",
]


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand11-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
