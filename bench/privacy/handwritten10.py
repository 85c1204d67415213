#!/usr/bin/env python3
"""An eleventh held-out set, written by hand, one post at a time, at the end
of the seventh round of scanner changes, by a writer who had not read the
scanner's source nor any of the earlier hand-written sets. It serves as the
eighth round's "before": scored once before that round's changes and once
after, and never tuned on.

Voices: mainstream US, UK, Irish, Canadian (one line of French), Australian,
New Zealand (with te reo words), Indian, Singaporean and South African
English; carers writing for a parent, grandparent or spouse; teenagers
texting in lower case; older, formal writers; people copying the top of a
letter, a form or a prescription into the post; "is it safe to share my X
here?" posts with the X in them; identifiers announced in one sentence and
given in the next; identifiers at the end of a long clause, in lists,
brackets and after colons, and split across a line break.

About half of the posts carry identifiers (one to three each), covering all
19 kinds with at least six of each and extra weight on national ids (NHS
numbers in three layouts, Scottish CHI numbers, SINs, Aadhaar, Irish PPS
numbers old and new style, a New Zealand NHI, South African ID numbers, a
Singapore NRIC), health-plan ids (US member ids, Medicare MBIs, a Medicaid
CIN, OHIP with version code, a BC PHN, Australian Medicare, Southern Cross,
Vhi, a South African medical aid), record numbers (MRN, UR, UHID, hospital
and folder numbers, patient ids, letters, slashes and dashes),
street addresses (US, UK across a line break, Irish with Eircode, Quebec,
Australian unit, New Zealand, Indian flat, Singapore HDB block, South
African), names (diacritics, Irish and Afrikaans particles, hyphenated,
initials, after titles and relation words, lower case), phones (US, UK,
Irish across a line break, Australian, New Zealand, Singaporean,
Canadian), ages of 90 and over said in passing (bare, bracketed, spelled
out), device serials (hearing aid, pumps, CPAP, pacemaker,
oxygen concentrator, spinal cord stimulator, CGM reader, alarm
hub), licences (UK and Indian driving licences, DEA, NPI, AHPRA, an NMC
PIN) and ZIPs (ZIP, ZIP+4, and Canadian, UK, Australian and Singapore
postcodes given on their own as where someone lives). Also dates of birth,
admission, surgery, implant, death and a due date (day-first
slashed, ISO, dotted, spelled, ordinal, without a year), faxes, emails (two
spelled out, one plus-addressed), SSNs (dashed, spaced, ungrouped), accounts
(IBANs, a sort-code account, a BSB account, an HSA, a hospital billing
account), Luhn-valid cards (spaced, dashed, Amex layout, bare), VINs and
plates (Irish, UK, Indian), personal URLs, IPv4 and IPv6.

The rest are hard negatives: versions shaped like IP addresses, lot and
batch numbers, an NDC, doses, lab values and reference ranges, blood
pressures, scores, ICD-10 codes, a trial id, public helplines of all nine
countries, hospital switchboards, eponymous hospitals, syndromes, charities
and streets, public figures, bare first names, contractions after a role
word, public holidays and awareness days with their dates, years alone and
relative dates, ages under 90, numbers of 90 and over that are not ages,
device model numbers, prices, distances, wards, beds and rooms, bus routes,
times, and order numbers.

Labelling choices where the corpus README is brief: CHI, Aadhaar, PPS, NHI,
South African ID and NRIC numbers are national numbers like the NHS number
and SIN and are labelled NATIONAL_ID; OHIP, BC PHN and Australian Medicare
numbers are health-card numbers and are labelled HEALTH_PLAN_ID, an OHIP
version code inside the span; AHPRA numbers and an NMC PIN are professional
licences and are labelled LICENSE; a full non-US postcode given on its own
as where someone lives is labelled ZIP, while a postcode inside a street
address is part of the ADDRESS span; a clinic's or a named clinician's
practice fax is a workplace fax. Only identifiers of the poster, their
family or household, or a named member of their care team are labelled.

usage: python3 bench/privacy/handwritten10.py > bench/privacy/out/handwritten10.jsonl

Same format as handwritten8: labels beside each post as (kind, value)
pairs, code-point offsets found by the script (a value must occur exactly
once in its post), checksums checked through handwritten7's label().
"""
from __future__ import annotations

import json
import sys

from handwritten7 import label

WITH_IDENTIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    # ------------------------------------------------------------ national ids
    ("Good afternoon. I have been asked by the surgery to confirm my NHS number before my cataract appointment can be rebooked, and their letter gives it as 938 166 6229. I should be grateful to know whether it is usual for somebody to telephone unannounced and ask me to read it aloud, as the caller would not give her name or department.",
     [("NATIONAL_ID", "938 166 6229")]),
    ("is it safe to put my pps number up here? the hse form for the long term illness card keeps bouncing it back. its 1814789V and ive typed it in about five times, mam says im doing it wrong but im not. the gp says just fax the form to the surgery at 01 555 2290 and they'll sort it but we don't have a fax obviously",
     [("NATIONAL_ID", "1814789V"), ("FAX", "01 555 2290")]),
    ("Is it safe to share my SIN here? The disability tax credit form wants it and my rheumatologist's office won't touch their section until I've done mine. I typed 317 252 500 into the box and the portal said invalid, so now I'm second-guessing whether I even remember my own number.",
     [("NATIONAL_ID", "317 252 500")]),
    ("My father-in-law, Jean-Luc Thibodeaux, was moved into long-term care in Sudbury last week and the intake package wants his social insurance number. Found it on an old T4 slip: 500-912-845. Does a care home actually need that, or is it only for the pension people?",
     [("NAME", "Jean-Luc Thibodeaux"), ("NATIONAL_ID", "500-912-845")]),
    ("My father's UHID at the hospital is BLR/23/118304 and now the billing counter is asking Aadhaar also, for the PMJAY card. I have given 3962 8412 1055 but they are saying it is not linked with his mobile. Kindly advise if anyone has faced this, nobody there is explaining properly.",
     [("MRN", "BLR/23/118304"), ("NATIONAL_ID", "3962 8412 1055")]),
    ("Copying it off the letter the Mater sent Dad so I don't get anything wrong:\n\nPatient: Mr Pádraig Ó Conchúir\nPPSN: 6260004WA\nAddress: 14 Dún Emer Drive, Dundrum, Dublin 16, D16 R6F3\n\nIs it normal for an outpatients letter to have the PPS number printed on it? It came in a window envelope and you could nearly read it through the plastic.",
     [("NAME", "Pádraig Ó Conchúir"), ("NATIONAL_ID", "6260004WA"), ("ADDRESS", "14 Dún Emer Drive, Dundrum, Dublin 16, D16 R6F3")]),
    ("kia ora whānau, my koro turns 91 this winter and we're trying to get his hearing aids funded. The audiology form wants his NHI, it's CRS6684, and a letter from his doctor at the Frankton practice, who is on leave until next month. Does anyone know whether it goes through the Enable NZ pathway or something else?",
     [("AGE_OVER_89", "91"), ("NATIONAL_ID", "CRS6684")]),
    ("Discovery keeps rejecting Dad's chronic medicine application because the dependant code apparently doesn't match. His ID number is 4803125713084 and the membership number on his card is 189034562, I've checked both against the card three times now. Anyone in Joburg know a number that gets you an actual human?",
     [("NATIONAL_ID", "4803125713084"), ("HEALTH_PLAN_ID", "189034562")]),
    ("My ah ma is 93 and the polyclinic keeps telling me to bring her down with her IC for the CHAS renewal. She cannot even walk to the void deck now. Her NRIC is S1945807E, can I do it online with my own Singpass or must she be there in person one?",
     [("AGE_OVER_89", "93"), ("NATIONAL_ID", "S1945807E")]),
    ("For the pain clinic referral I need to list:\n- NHS number: 453-331-4783\n- date of birth: 2 November 1968\n- current medication\nDoes 'current' include the amitriptyline I stopped but still have half a box of? Sorry, the fog is bad today.",
     [("NATIONAL_ID", "453-331-4783"), ("DATE", "2 November 1968")]),
    ("Mum is 96 now and the care home in Perth wants her CHI number for the flu jab list. I've got it off an old prescription as 111129 7339, and the first part matches her birthday so I think it's right. Would they not have it already from the GP practice?",
     [("AGE_OVER_89", "96"), ("NATIONAL_ID", "111129 7339")]),
    ("My gran (92) needs her SASSA grant reviewed because the clinic sister says she now needs full-time care. The form asks for her ID, 3408222573083, plus a doctor's letter. Has anybody done this at the Mitchells Plain office? We waited six hours there in the rain last time.",
     [("AGE_OVER_89", "92"), ("NATIONAL_ID", "3408222573083")]),
    # ------------------------------------------------------- health-plan ids
    ("Mom is 94 and the hospice nurse told us to keep her Medicare card by the phone for the oxygen order. The number on it is 7QK2-WD3-RN58. Is that the same thing as the MBI they keep asking about, or is there a separate one hiding somewhere?",
     [("AGE_OVER_89", "94"), ("HEALTH_PLAN_ID", "7QK2-WD3-RN58")]),
    ("finally got my new medicare card in the mail. mbi is 3hv9j27px41 and apparently the old one literally had my social printed on it, 412-67-3390, who thought that was ok. do i have to tell my part d plan myself or does cms do it",
     [("HEALTH_PLAN_ID", "3hv9j27px41"), ("SSN", "412-67-3390")]),
    ("BCBS denied the Mounjaro again even with the prior auth. Member ID XQH824719305, plan is through my husband's work. I paid for this month myself at the counter with 5289707124810756 just to not go without, which I now realise I should not have typed here. Does anyone have an appeal letter that actually worked?",
     [("HEALTH_PLAN_ID", "XQH824719305"), ("CREDIT_CARD", "5289707124810756")]),
    ("Medicaid switched my son to a different managed care plan without telling us and now the pharmacy can't find him. His CIN is KT48213M and the caseworker never calls back. We're in 11221 if anyone knows a navigator around Bushwick who helps with this stuff.",
     [("HEALTH_PLAN_ID", "KT48213M"), ("ZIP", "11221")]),
    ("ServiceOntario renewed my health card and the version code changed, so the pharmacy system flagged it. New one reads 2447-364-528-KT. My endo's office wants a copy sent to their fax, 905-555-0138, before my next visit. Do other clinics still insist on fax for this?",
     [("HEALTH_PLAN_ID", "2447-364-528-KT"), ("FAX", "905-555-0138")]),
    ("Does a BC PHN carry over when you move to Alberta? Mine's 9364 219 872 and the new walk-in said they can't bill it after three months. We're in T4P 2K9 now, Red Deer, and I can't find a family doctor taking patients anywhere.",
     [("HEALTH_PLAN_ID", "9364 219 872"), ("ZIP", "T4P 2K9")]),
    ("Southern Cross want me to ring back about pre-approval for the knee scope but their line shuts at 5. Membership number is 40188273 if anyone from there lurks here lol. Or they can ring me on 027 443 9106 after work, I'm a sparky and can't answer on the tools.",
     [("HEALTH_PLAN_ID", "40188273"), ("PHONE", "027 443 9106")]),
    ("Vhi keep sending my claim form back because the consultant's stamp isn't on it. My membership number (0061427309) is right there at the top in block capitals. Can the consultant's secretary just email them directly?",
     [("HEALTH_PLAN_ID", "0061427309")]),
    ("My wife's Aetna ID is W284716093 and her new neurologist, Dr. Farah Siddiqui, says the MRI was approved on her side. Aetna says they never received any request. Who do I believe and who do I call first?",
     [("HEALTH_PLAN_ID", "W284716093"), ("NAME", "Farah Siddiqui")]),
    ("From the transfer form the hospital sent home with her:\n\nMedicare No. 5814 68190 2\nUR 442917\nNext of kin: daughter\n\nShe's been shifted to the rehab ward and nobody rang us. Is it usual for Box Hill to move people without telling family?",
     [("HEALTH_PLAN_ID", "5814 68190 2"), ("MRN", "442917")]),
    # ------------------------------------------------------------ record numbers
    ("Copying the top of the clinic letter so you can see what I mean:\n\nRe: Mrs Bernadette O'Shaughnessy\nDOB: 17/08/1931\nHospital No: K1047736\n\n'...reviewed in falls clinic, mechanical fall, no further action.' That's my nan. Has anyone else's gran been told 'mechanical fall' and sent home with nothing?",
     [("NAME", "Bernadette O'Shaughnessy"), ("DATE", "17/08/1931"), ("MRN", "K1047736")]),
    ("The portal says my record number is RXH-0083-2197 but the billing statement has a totally different account number, HB-20418836, for the same ER visit. Which one do I quote when I dispute the charge? Insurance already paid their part.",
     [("MRN", "RXH-0083-2197"), ("ACCOUNT", "HB-20418836")]),
    ("If anyone from the transplant coordinator team reads this: my patient ID is 7731-AX-20 and I still haven't had the crossmatch results back. Please reach me at d.kowalczyk58@gmail.com because my phone is on the blink.",
     [("MRN", "7731-AX-20"), ("EMAIL", "d.kowalczyk58@gmail.com")]),
    ("Surgery is booked for March 14th at 7am. The pre-op sheet says MRN: A00-448-213, nothing by mouth after midnight, bring all meds in their bottles. It's my first time being put under and I'm shaking just typing this out.",
     [("DATE", "March 14th"), ("MRN", "A00-448-213")]),
    ("The NUH appointment SMS shows hospital no. 2019-48821Z but when I log in to HealthHub nothing shows under cardiology. Is that normal ah? If anyone knows, can whatsapp me at 8234 5710, I don't check here so often.",
     [("MRN", "2019-48821Z"), ("PHONE", "8234 5710")]),
    ("At Tygerberg they kept asking for my brother's folder number and none of us knew what that was. It's the number on the yellow card: 44711285. Posting so other families know to bring it along, it saved us two hours at the second visit.",
     [("MRN", "44711285")]),
    ("update on mum: shes out of icu!! mrn e4829017 in case the social worker needs it, she said she'd check this thread. thank u all for the messages, i read every single one at 3am",
     [("MRN", "e4829017")]),
    ("Dr. Keisha Holloway-Grant's office asked me to fax my outside labs to (312) 555-0196 but who owns a fax anymore. My MRN is 00731846 if that helps anyone tell me whether the portal upload counts instead.",
     [("NAME", "Keisha Holloway-Grant"), ("FAX", "(312) 555-0196"), ("MRN", "00731846")]),
    # ------------------------------------------------------------ addresses
    ("We're moving Dad in with us next month. Do I update his address with the VA before the move or after? New one will be 4127 Larchmont Ave, Toledo, OH 43613. His old building had the mailboxes broken into twice and I don't want his meds going walkabout.",
     [("ADDRESS", "4127 Larchmont Ave, Toledo, OH 43613")]),
    ("Hospital transport keeps going to the wrong flat. The right address is Flat 3, 22 Cranbrook Road,\nIlford IG1 4PU and the entrance is round the back by the bins. That's the third dialysis run missed this month. If the transport office want to ring me first it's 07700 900418.",
     [("ADDRESS", "Flat 3, 22 Cranbrook Road,\nIlford IG1 4PU"), ("PHONE", "07700 900418")]),
    ("Pour ceux à Montréal: the CLSC nurse comes to the house for Maman's leg dressings, 2218 rue Fleury Est, Montréal, QC H2B 1L3. Does anyone know if they can also do the INR draws at home or is that a separate request through the GMF?",
     [("ADDRESS", "2218 rue Fleury Est, Montréal, QC H2B 1L3")]),
    ("Chemist keeps dropping Nan's Webster pack at the wrong unit. She's at Unit 4/18 Kooyong Rd, Caulfield North VIC 3161, not the one downstairs. She's ninety-five and won't open the door to strangers, so the pack just sits in the foyer.",
     [("ADDRESS", "Unit 4/18 Kooyong Rd, Caulfield North VIC 3161"), ("AGE_OVER_89", "ninety-five")]),
    ("District nurse is meant to come on Tuesdays for my ulcer dressing but they still have my old address. The new one is 27 Te Awa Lane, Frankton, Hamilton 3204. Rung the clinic twice and I'm still getting reminder texts for the old house in Dinsdale.",
     [("ADDRESS", "27 Te Awa Lane, Frankton, Hamilton 3204")]),
    ("Please suggest a home sample collection lab which comes to Flat 302, Sai Krupa Apartments, 5th Cross, Malleshwaram, Bengaluru 560003. Mother is bedridden after the hip fracture and her HbA1c is due. One big chain said no slot for two weeks.",
     [("ADDRESS", "Flat 302, Sai Krupa Apartments, 5th Cross, Malleshwaram, Bengaluru 560003")]),
    ("The home care team needs to come to Blk 418 Bedok North Ave 2, #07-115, Singapore 460418 but our lift is under upgrading until next month. How are they going to bring the hoist up? My father is 90 and cannot manage stairs at all.",
     [("ADDRESS", "Blk 418 Bedok North Ave 2, #07-115, Singapore 460418"), ("AGE_OVER_89", "90")]),
    ("The ambulance couldn't find us last night because the GPS sends them round to the back gate. Our address is 12 Jacaranda Street, Menlo Park, Pretoria, 0081, use the front entrance on the corner. My husband's sugar was 1.9 and they took forty minutes.",
     [("ADDRESS", "12 Jacaranda Street, Menlo Park, Pretoria, 0081")]),
    ("Mail-order keeps leaving my insulin in the lobby where it sits out in the heat. I'm at 88 Harmon St Apt 2R, Brooklyn, NY 11237 and the label says the apartment right on it, they just don't bring it up. Does anyone use a mail-order pharmacy that actually ships with cold packs?",
     [("ADDRESS", "88 Harmon St Apt 2R, Brooklyn, NY 11237")]),
    # ------------------------------------------------------------ names
    ("My mum's consultant at Beaumont is Prof. Siobhán Ní Bhriain and she's lovely, but it's impossible to get a review with her. Mum was last seen in the spring and the letter said three months. Has anyone had luck writing to the secretary directly?",
     [("NAME", "Siobhán Ní Bhriain")]),
    ("Letter says my referral was triaged by Mr T. Ramaswamy, consultant orthopaedic surgeon, and I'm 'routine', which apparently means a year. The GP practice says they faxed the urgent form from 0161 496 0732 weeks ago and the hospital says it never arrived. Is it worth paying for a private opinion meanwhile?",
     [("NAME", "T. Ramaswamy"), ("FAX", "0161 496 0732")]),
    ("my son tyler brennan has his first endo appt without me in the room tomorrow bc hes 16 and apparently thats the rule now. i wrote his pump serial on a sticky note for him (NWQ7702184K) because the clinic always asks and he never knows it. how do i not hover",
     [("NAME", "tyler brennan"), ("DEVICE", "NWQ7702184K")]),
    ("Łukasz Wiśniewski, my partner, was told at A&E that his chest pain was 'just anxiety' and sent home. Two days later it was a pulmonary embolism. I want to make a formal complaint, where on earth do I start?",
     [("NAME", "Łukasz Wiśniewski")]),
    ("My dad's geriatrician at TTSH, Dr Tan Wei Ling, suggested dementia day care for him. Any centres near 521142? That's us, Tampines side. He gets agitated in big groups so smaller is better. Can email me at lee_hui_min@singnet.com.sg if you prefer not to post.",
     [("NAME", "Tan Wei Ling"), ("ZIP", "521142"), ("EMAIL", "lee_hui_min@singnet.com.sg")]),
    # ------------------------------------------------------------ phones
    ("ok so if anyone from the teen t1d meetup wants to carpool to the walk text me 614 555 0182!! my mom says its fine as long as she meets ur parents first. also i post my cgm graphs on instagram.com/jess.t1d.life if u want to follow lol",
     [("PHONE", "614 555 0182"), ("URL", "instagram.com/jess.t1d.life")]),
    ("Mam's page where she posts about living with MS is facebook.com/siobhan.mcgrath.5, she'd love a bit of support from people who get it. The public health nurse has her old mobile too, the new one is 086 218\n4475 if she's reading, sorry everyone else!",
     [("URL", "facebook.com/siobhan.mcgrath.5"), ("PHONE", "086 218\n4475")]),
    ("Hospital in the home asked for a contact number for Dad and it's mine: 0491 570 156. I work nights so before 2pm they'll get the voicemail. We're in 2770, out past Mt Druitt, does anyone know if their nurses actually come out this far?",
     [("PHONE", "0491 570 156"), ("ZIP", "2770")]),
    ("Home care coordinator said to leave a callback number in the thread since the messaging is broken, so here it is: +1 416 555 0199 (my cell, not my mother's landline, she won't pick up a number she doesn't know). We're at M4C 1B5 if they need to match the file.",
     [("PHONE", "+1 416 555 0199"), ("ZIP", "M4C 1B5")]),
    ("I'm the one who posted about the CPAP mask leaking. The DM thing isn't working for me so: (617) 555-0143, texts better than calls, I'm on shift. The machine's serial is 22171480933 if you want to compare with yours, the supplier says mine isn't on the recall list.",
     [("PHONE", "(617) 555-0143"), ("DEVICE", "22171480933")]),
    # ------------------------------------------------------------ faxes
    ("My late husband was a GP in Randburg for thirty years and died on 9 Jan 2023. The council wants his patient records transferred and all I have is his old letterhead: Dr Pieter-Jan Botha, Fax: 011 555 8820. Where does one even begin with something like this?",
     [("DATE", "9 Jan 2023"), ("NAME", "Pieter-Jan Botha"), ("FAX", "011 555 8820")]),
    # ------------------------------------------------------------ emails
    ("I've emailed PALS three times from margaret.oyelaran@btinternet.com and had nothing back, not even an automatic reply. Then the NHS app told me someone signed in from 86.44.201.17, which isn't my broadband. Are these connected or am I being paranoid?",
     [("EMAIL", "margaret.oyelaran@btinternet.com"), ("IP", "86.44.201.17")]),
    # ------------------------------------------------------------ ssns
    ("Dad's SS number for the Medicaid long-term care application, copying it from his card so I stop hunting for it: 287 44 1036. Born 3rd of October 1944, if anyone wonders why the form says he's too young for the senior program.",
     [("SSN", "287 44 1036"), ("DATE", "3rd of October 1944")]),
    ("ssn 531820947 keeps getting rejected on the marketplace app, says identity could not be verified. i just turned 26 and got kicked off my parents plan. we're in 78704-2219 if that matters for which navigator to call",
     [("SSN", "531820947"), ("ZIP", "78704-2219")]),
    ("My disability application (SSN 609-21-4457) was denied for the second time and the letter says my lupus 'does not meet the listing'. Anyone near 60625 who can recommend a disability lawyer that doesn't take half the back pay?",
     [("SSN", "609-21-4457"), ("ZIP", "60625")]),
    ("I received a telephone call from a gentleman who said he was from Medicare and needed to verify my Social Security number. Foolishly I read it out, 348-90-2716, and then the card number he asked for as well, 4412 6212 7996 0956. I am 93 years of age and should have known better. What ought I to do now?",
     [("SSN", "348-90-2716"), ("CREDIT_CARD", "4412 6212 7996 0956"), ("AGE_OVER_89", "93")]),
    ("They asked for his social at the pharmacy counter in front of the whole line. It's 220 51 8843 and I swear the guy behind us was typing on his phone. We're in 30310 and it's the only pharmacy within walking distance, so changing isn't really an option.",
     [("SSN", "220 51 8843"), ("ZIP", "30310")]),
    # ------------------------------------------------------------ accounts
    ("Got clamped at Cork University Hospital while Dad was in resus. Reg is 191-D-44827 if the car park company reads this, and they said the refund goes back to my account, IE49AIBK93115279108672. Eighty euro for parking while your father is having a heart attack.",
     [("VEHICLE", "191-D-44827"), ("ACCOUNT", "IE49AIBK93115279108672")]),
    ("The private physio owes me for the sessions I cancelled when I was admitted, and wants to pay it back into GB10 NWBK 6016 1362 4854 59. Do you usually need an IBAN for a transfer inside the UK, or have they got the wrong end of the stick?",
     [("ACCOUNT", "GB10 NWBK 6016 1362 4854 59")]),
    ("Looking after Mum's money now she's in the home and it's chaos. The direct debit for the fees keeps failing, sort code 20-45-77, account number 53178402, and the bank say it's fine their end. Meanwhile the private hospital charged her card, 4060-9830-8172-8947, twice for the same deposit.",
     [("ACCOUNT", "53178402"), ("CREDIT_CARD", "4060-9830-8172-8947")]),
    ("NDIS plan manager needs my bank details to reimburse the vehicle mods: BSB 062-914, account 1047 2286. The mechanic also wants the VIN, which is WVWZZZ1KX9W386521. Is an older Golf even wide enough for a transfer board?",
     [("ACCOUNT", "1047 2286"), ("VEHICLE", "WVWZZZ1KX9W386521")]),
    ("Can I use my HSA for a CGM without a prescription? The HSA account is 8830017724 with Fidelity and the debit card that came with it is 4480 5963 0586 9768, but the pharmacy declined it at the register.",
     [("ACCOUNT", "8830017724"), ("CREDIT_CARD", "4480 5963 0586 9768")]),
    # ------------------------------------------------------------ cards and the rest
    ("Is this a scam? A text said my prescription delivery failed and I had to re-enter my card. I put in 5311862901095592 before thinking. Now my Dexcom app shows a sign-in from 203.118.42.9 that isn't our wifi either. What do I lock first?",
     [("CREDIT_CARD", "5311862901095592"), ("IP", "203.118.42.9")]),
    ("The claim denial says rendering provider NPI 1659844975 isn't in network, but it's the same rheumatologist I've seen for five years. So the infusion center charged my Amex, 3785 248766 02940, the full $4,100. Did she leave the plan without telling anyone?",
     [("LICENSE", "1659844975"), ("CREDIT_CARD", "3785 248766 02940")]),
    # ------------------------------------------------------------ licences
    ("If you're looking for a pain doctor in Tucson who takes AHCCCS, mine is Dr. Marisol Etcitty. Her NPI is 2154394086 if your plan asks for it on the referral. She actually listens, which after eleven years of this is rare.",
     [("NAME", "Marisol Etcitty"), ("LICENSE", "2154394086")]),
    ("Copying what's at the bottom of the script so you can see what I mean:\nDr. Anil Varghese, MD\nDEA# FM6322642\nRefills: 0\nThe pharmacy down the road won't fill it because he's in Florida and I've moved to Georgia. Is that actually a rule?",
     [("NAME", "Anil Varghese"), ("LICENSE", "FM6322642")]),
    ("Is there a way to check a doctor is actually registered? The telehealth mob that prescribed my ADHD meds gave their AHPRA number as MED0004392698 and I can't find it on the register. They also want my GP to send a referral to +61 2 9555 0174 by fax, not email.",
     [("LICENSE", "MED0004392698"), ("FAX", "+61 2 9555 0174")]),
    ("DVLA want my driving licence number on the medical form after the seizure. It's OKONK757228M99AB off the card. They also asked for the reg of the car, YD19 XKP, which seems odd if they're going to take the licence anyway. Do I declare the one seizure or wait for the neurologist?",
     [("LICENSE", "OKONK757228M99AB"), ("VEHICLE", "YD19 XKP")]),
    ("RTO is asking for Form 1A medical certificate for my father's licence renewal, he is 78. Licence no. is MH12 20110062821. Which doctor can sign, any MBBS or only government? If anybody has the correct format please mail to priyavenkat82 at yahoo dot co dot in.",
     [("LICENSE", "MH12 20110062821"), ("EMAIL", "priyavenkat82 at yahoo dot co dot in")]),
    # ------------------------------------------------------------ vehicles
    ("The wheelchair van conversion company needs the VIN before they'll quote: 1HGCM8267JA004352. Is a sedan even something they can convert, or am I wasting everyone's time?",
     [("VEHICLE", "1HGCM8267JA004352")]),
    ("Toyota sent a recall letter saying 2T1BURHE4KC123987 needs a part replaced, and I'm not allowed to drive for six months on the new seizure medication anyway. Can my sister take it in for me, or does it have to be the registered owner?",
     [("VEHICLE", "2T1BURHE4KC123987")]),
    ("To whoever parked behind KA 05 MN 4471 at the hospital yesterday, that's my car. You blocked the exit for an hour and my mother missed her dialysis slot. Please park properly.",
     [("VEHICLE", "KA 05 MN 4471")]),
    # ------------------------------------------------------------ devices
    ("Grandad's left hearing aid has gone completely dead after three weeks, SN 2318-KX-00472 on the box. He's 86 and it's his only way of following the cricket. I'm a district nurse myself, NMC PIN 91A0273E, so I know the audiology pathway is meant to be quicker than this.",
     [("DEVICE", "2318-KX-00472"), ("LICENSE", "91A0273E")]),
    ("The device clinic needs the serial number off my pacemaker ID card for the new home monitor. PCM 5512097 H, I think, the print is tiny. It went in on 21/06/2019. Do I need to register it again because I've moved?",
     [("DEVICE", "PCM 5512097 H"), ("DATE", "21/06/2019")]),
    ("Mom's 98 and her oxygen concentrator alarm went off at 2am. The after-hours line wanted the serial from underneath, IN9931-0427, and then said someone would call back. Nobody did. If the hospice coordinator wants to reach me directly, it's cheryl dot baptiste at outlook dot com.",
     [("AGE_OVER_89", "98"), ("DEVICE", "IN9931-0427"), ("EMAIL", "cheryl dot baptiste at outlook dot com")]),
    ("Two things. The pharmacist refused my oxycodone after the hip because the DEA number on the script, BK5163441, 'didn't verify' even though the surgeon's office swears it's right. And radiology want the serial of my spinal cord stimulator before the MRI, the card says NAV231874B. Anyone had an MRI with one?",
     [("LICENSE", "BK5163441"), ("DEVICE", "NAV231874B")]),
    ("Tech support wanted the address of Mum's fall-alarm hub so they could look at it remotely. The label screen shows fe80::1c2b:9aff:fe4d:7e10, and the hub serial is FH-20731-Q. Took ten minutes to read all that out with her shouting in the background.",
     [("IP", "fe80::1c2b:9aff:fe4d:7e10"), ("DEVICE", "FH-20731-Q")]),
    ("dads libre reader serial 0mq8817txq keeps saying sensor error and his heart monitor box shows no connection with 192.168.1.254 underneath it. helpline said reset the router, we did like four times. do i call abbott with the reader serial or the sensor one??",
     [("DEVICE", "0mq8817txq"), ("IP", "192.168.1.254")]),
    # ------------------------------------------------------------ urls
    ("We set up a fundraiser for my brother Dara's CAR-T travel costs: gofundme.com/f/help-dara-beat-aml. Mods, please take this down if it's not allowed, I just didn't know where else to share.",
     [("URL", "gofundme.com/f/help-dara-beat-aml")]),
    ("Updates on my father, Walter Krzyzewski, will go on his CaringBridge from now on, www.caringbridge.org/visit/walterkrzyzewski, because it's too hard to answer everybody one by one. Thank you for every prayer.",
     [("NAME", "Walter Krzyzewski"), ("URL", "www.caringbridge.org/visit/walterkrzyzewski")]),
    ("Our whānau has a Givealittle page for Aroha's kidney transplant travel to Auckland: https://givealittle.co.nz/cause/aroha-needs-a-kidney. Any shares appreciated. Questions can go to tama.ngata+clinic@xtra.co.nz, that's the inbox we set up for all her hospital stuff.",
     [("URL", "https://givealittle.co.nz/cause/aroha-needs-a-kidney"), ("EMAIL", "tama.ngata+clinic@xtra.co.nz")]),
    ("I write about life with a stoma at https://guttedbutgrateful.blogspot.com/ (my own blog, no ads, no sponsorships). Today's post is about getting back in the pool for the first time.",
     [("URL", "https://guttedbutgrateful.blogspot.com/")]),
    # ------------------------------------------------------------ ips and zips
    ("The home haemodialysis tech asked for the router address so the machine can report in. The settings page says 2a02:8084:4e2:1f00::3b. Is that what they want or is there another number?",
     [("IP", "2a02:8084:4e2:1f00::3b")]),
    ("Someone logged into my MyChart from 41.13.220.87 last night. I'm in Cape Town on holiday so maybe that's just my own phone on the hotel wifi? The sign-in was right after my results from the admission on 2024-11-03 came through.",
     [("IP", "41.13.220.87"), ("DATE", "2024-11-03")]),
    ("anyone near BT9 7AB going to the antenatal aqua class at the City? could do with a buddy. midwife moved my due date to 22.06.2027 after the scan so i've a while to go yet",
     [("ZIP", "BT9 7AB"), ("DATE", "22.06.2027")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    # versions, lots, codes
    "The Omnipod app pushed 1.6.0.27 to my phone last night and since then it asks me to re-pair every single pod. Anyone else stuck on that build, or is it worth waiting for the next release?",
    "My Libre 3 reader is on firmware 2.10.0.4 and the sensors from lot 3K49B2 keep failing on day eight. Abbott replaced two already. Is it the batch or is it me?",
    "Pharmacist said the recall only covers batch EX7714 of the metformin ER, and mine is from a different batch, so I'm fine to keep taking it. Still feels a bit dodgy.",
    "For anyone comparing boxes, the NDC on my Trulicity pens is 0002-1433-80 and the pharmacy swapped to a different one this month, same dose. Does the NDC change mean anything for insurance?",
    "iOS 18.2 broke the Dexcom follow alerts for my partner again. The fix was turning critical alerts off and on in settings. Posting in case it helps someone at 3am.",
    "the new version of the pump app is 3.1.0 and it logged me out three times today. if youre on android 14 maybe wait",
    # doses and labs
    "Started on 500 mg metformin twice a day, going up to 1000 mg in two weeks. The stomach stuff is real. How long before it settles?",
    "A1C went from 9.1% to 6.8% in six months with diet changes and Ozempic 0.5 mg. Not bragging, just want the newly diagnosed folks to know it can move.",
    "eGFR dropped from 52 to 44 since spring and the nephrologist wants to repeat it in a month before panicking. Anyone else see it bounce back after being dehydrated?",
    "BP this morning was 148/96, then 132/84 after I'd sat for ten minutes. Which one do I write down for the clinic diary?",
    "Fasting sugars running 6.2 to 7.4 mmol/L, reference range on the lab sheet says 3.9 to 5.5. The GP says that's fine for pregnancy? It doesn't sound fine.",
    "TSH came back 0.02 on 125 mcg levothyroxine so they're dropping me to 100 mcg. Does anyone feel the drop straight away or does it take weeks?",
    "Potassium 5.9 on Monday, 5.1 on the repeat. Renal nurse thinks the first sample was haemolysed. The waiting between those two results was brutal.",
    "SpO2 sits around 91 to 93 on room air now, and they've said the cut-off for home oxygen is 88. So I wait, I suppose.",
    "Her sugar was 190 after the birthday cake, which honestly for a six year old on her second week of insulin I'll take. Correction dose brought it down by bedtime.",
    "Temp was 100.4 at midnight and the oncology ward says to come in at 100.4 or above, so we went. Four hours in a chair for a negative blood culture, but better safe.",
    "Ejection fraction is 35 now, up from 25 last year. Cardiologist is pleased, I'm cautiously pleased. Entresto 49/51 twice a day if anyone's curious.",
    "PHQ-9 was 19 at intake and 11 today. Still not great but a lot better than where I started in January.",
    # icd, trials
    "The claim came back with code E11.65 instead of E11.9 and now the insurer wants more paperwork. What's the difference in plain English?",
    "My neurologist mentioned a trial, NCT05817318, for people with relapsing MS. Has anyone here enrolled in it? Phase 3, infusions every six months.",
    "Sick note says M79.7 which I looked up and it's fibromyalgia. Nobody actually told me that was the diagnosis, I found out from a code on a form.",
    # helplines and switchboards
    "If you're in a dark place tonight, in the US you can call or text 988, in the UK and Ireland Samaritans are on 116 123, and in Australia Lifeline is 13 11 14. Please reach out.",
    "NZ folks: 1737 is free to call or text any time, and Healthline is 0800 611 116 if it's more of a medical worry. Both got me through a rough patch last winter.",
    "SADAG's helpline is 0800 567 567 and they were so kind when I rang about my brother. South Africans, save it in your phone.",
    "For Singapore, SOS is 1767 and they do WhatsApp too now. For India, Tele-MANAS is 14416. Sharing because someone asked in the other thread.",
    "Pieta is 1800 247 247 in Ireland and it's free. I know it's hard to pick up the phone, I was the same.",
    "Kids Help Phone (1-800-668-6868) helped my daughter when she couldn't talk to me about it. Canadian parents, put it on the fridge.",
    "Couldn't get through to the ward so I rang the Royal Melbourne switchboard on (03) 9342 7000 and they put me straight through. Worth knowing if the direct line rings out.",
    "Toronto General's main line is 416-340-4800, ask for patient information and they can tell you which unit someone's on. Took me a day to figure that out.",
    "Groote Schuur switchboard is 021 404 9111 if anyone needs it for the cardiac clinic, the clinic's own number never gets answered.",
    "Called NHS 111 at 2am and they sent an ambulance within the hour. Whatever people say about the system, the 111 call handler was brilliant.",
    "Healthdirect (1800 022 222) told me to go to ED rather than wait for my GP, and they were right. Appendix.",
    # eponyms and public figures
    "Diagnosed with Hashimoto's last month and Sjögren's is now being 'considered'. Is it common to collect autoimmune conditions like stamps?",
    "My son has Asperger's and Ehlers-Danlos, and the hypermobility clinic at Great Ormond Street has a two-year wait. Anyone been seen privately in the meantime?",
    "We did the Terry Fox Run again this year in his honour. Four years cancer-free for me, and my kids ran the whole 5 km.",
    "Macmillan nurses are angels. The one at our hospital sat with me for an hour when I couldn't stop crying in the car park.",
    "Has anyone had treatment at Peter MacCallum? The oncologist in Geelong wants to refer me there for the trial and I'm nervous about the travel.",
    "Michael J. Fox's foundation has a really good page explaining DBS. Might help anyone whose neuro has just mentioned it.",
    "Selma Blair talking about her MS on the telly made my mum finally open up about hers. Funny what gets through.",
    "Seeing Nick Jonas perform with a CGM on his arm finally convinced my 12 year old to stop hiding his under a sleeve at school.",
    "Read an interview with Dr. Michael Mosley about fasting years ago and my GP rolled his eyes when I mentioned it. Anyone actually tried the 800 calorie thing?",
    "The clinic on Harley Street quoted £350 for a first appointment. I'm not that desperate yet. Is the NHS waiting list really 40 weeks?",
    "Guillain-Barré after a stomach bug, of all things. Six weeks in hospital, three in rehab, and I'm walking with a stick now.",
    "Tata Memorial's OPD was packed but the doctors were patient with us. Sharing because people worry it's too crowded to go.",
    # first names, contractions, roles
    "Shoutout to Priya, the night nurse on our ward, who brought my mum a cup of tea at 4am when she couldn't sleep. Little things.",
    "The consultant won't prescribe anything stronger until the MRI's back, and the GP won't touch it because it's 'under the hospital'. Stuck in the middle.",
    "Surgeon'll see me in six weeks, physio's booked for Thursday, and the OT hasn't rung. Nurse didn't seem surprised when I told her.",
    "my endo said i'm 'doing great' and then the dietitian said the opposite lol. who do i listen to",
    "Had Jess again for my infusion today, she's the only one who gets the cannula in first go. I hope she never leaves.",
    "Doctor can't say whether it's the lupus or the meds causing the rash. Dermatologist's away till next month. So, wait and see, again.",
    # public dates, years, relative dates
    "World Diabetes Day is 14 November and our clinic is doing free foot checks in the foyer. Worth popping in if you're local.",
    "World Kidney Day falls on 11 March next year. Our transplant group is walking 5 km in blue shirts, join us if you can.",
    "If your relative is going to be in hospital over Christmas Day (25 December), ask the ward about visiting early. Ours let families stay all day and the nurses wore tinsel.",
    "Anzac Day on 25 April means the pharmacy's shut, so make sure you've got enough of your scripts filled before the long weekend.",
    "Diwali sweets and type 1 are a tough combination. Any families have a plan for this year? We tried pre-bolusing last time and still went high.",
    "St Patrick's Day (17 March) is a hard one when you're newly sober. Have an exit plan and a mate on speed dial.",
    "Waitangi Day long weekend and of course that's when my pump decided to die. Tandem got a new one to me in two days though.",
    "Diagnosed in 2019, remission in 2021, relapse last spring. Starting a new line of treatment next week.",
    "Three weeks post-op and I can finally do the stairs without the rail. Next Tuesday is the first follow-up.",
    # ages under 90 and non-age numbers over 89
    "My grandmother is 89 and sharper than me. She does her own insulin and corrects the nurses when they get it wrong.",
    "Dad's 86 and has just been told he's too old for the knee replacement. Is there actually an age cut-off for that?",
    "The 90-day supply works out cheaper through mail order than three separate fills at the counter. Just make sure your plan allows it.",
    "I lost 95 pounds over two years and my sleep apnea is nearly gone. Still using the CPAP out of habit though.",
    "The number 96 bus to outpatients turned up 40 minutes behind schedule this morning. If you've got an early slot, leave yourself a buffer.",
    "Our hospital has 120 beds and two of them were free last night. Ward 9 is the cardiac ward, bed 14 is by the window if you get lucky.",
    "She's in room 412 on the oncology floor, visiting hours 11 to 8. Bring snacks, the vending machine only takes coins.",
    "Ran 10 km yesterday at 92% of my old pace. Eighteen months after the heart attack. Cardiac rehab works, people.",
    # models, prices, distances, order numbers
    "Switched from the Medtronic 780G to the Tandem Mobi. Smaller, but the tubing feels flimsier. Anyone else made that switch?",
    "Phonak Audéo L90 versus Oticon Intent for a moderate loss? Audiologist is pushing the Phonak, price is about the same.",
    "ResMed AirSense 11 was $1,299 before insurance. The AirMini was cheaper but louder. Can anyone compare them for travelling?",
    "The Inogen One G5 is lighter but the battery only lasts four hours on setting 2. We drive 300 km to the specialist so it's a problem.",
    "Pharmacy order #884213907 says delivered but it isn't on the doorstep. Tracking on the courier site says 'out for delivery' still. Who do I even chase?",
    "Amazon order 112-4837261-9921033 for test strips never came. Lesson learned, I'm buying them from the pharmacy from now on.",
    "Parking at the hospital is $28 a day. Over a six-week radiotherapy course that's more than my electricity bill.",
    "The nearest dialysis unit is 85 km away so we do three round trips a week. Anyone know about travel assistance schemes in Queensland?",
    "Appointment's at 08:45 and the bus gets in at 08:40. Wish me luck.",
]


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand10-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
