#!/usr/bin/env python3
"""A sixth held-out set, written by hand, one post at a time, without
reading the scanner's source or running the scanner on any of it. Voices
not used in the earlier sets: Ghanaian, Kenyan, Jamaican (some patois),
Malaysian, Pakistani, Hong Kong and French-Canadian writers of English,
Appalachian US, Geordie, very formal older writers, voice-to-text without
punctuation and heavy typos. About half the posts carry identifiers of all
19 kinds, weighted towards names, street addresses, postcodes, dates tied
to a person, ages over 89, phones, emails and record and member numbers;
several are long posts with the identifier mid-sentence, and some use
unusual layouts (spaced digits, dotted phones and dates, digits in words,
`(at)`/`at`/`dot` emails, surname-first names). The other half are hard
negatives: eponymous hospitals and syndromes, drug brands, public figures
(including a public doctor), charities named after people, bare first
names, public helplines of these countries, versions, lots, doses, lab
values, `ninety` in a blood pressure or a day count, ICD and CPT codes,
trial ids, years and relative dates, ages under 90, wards, beds and rooms,
public organisation websites.

usage: handwritten5.py > handwritten5.jsonl

Same format as handwritten3 and handwritten4 (labels beside each post,
offsets found by the script, checksums checked).
"""
from __future__ import annotations

import json
import sys

from handwritten3 import label

WITH_IDENTIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    # names
    ("Please my people, pray for my mother. Her full name is Akosua Mensah-Bonsu and the ward keeps writing only Mensah on the forms, so two of her lab results have gone missing already.",
     [("NAME", "Akosua Mensah-Bonsu")]),
    ("Di nurse seh fi sen everyting to Dr. Marcia Chin-Quee, a she follow up mi sugar from mi first pregnancy.",
     [("NAME", "Marcia Chin-Quee")]),
    ("My neurologue, Dr Geneviève Lapointe-Gagnon, she say the new lesions are very small, so I think it is good news? I am not sure to understand the MRI report in English.",
     [("NAME", "Geneviève Lapointe-Gagnon")]),
    ("ok so my wife just got out of surgery her name is carla benavides she's in room 412 on the fourth floor if anybody from church wants to come by tonight",
     [("NAME", "carla benavides")]),
    ("My girlfriend's physio in Tsuen Wan, Miss Cheung Wai-ling, give her very good stretching for the frozen shoulder, can recommend.",
     [("NAME", "Cheung Wai-ling")]),
    ("The social worker at the cancer centre, a Mr. O. Boateng, helped us fill the forms for the travel grant, very patient man.",
     [("NAME", "O. Boateng")]),
    ("Yours sincerely,\nWinifred Ashcombe-Lyle (Mrs)\nformerly of the parish nursing guild",
     [("NAME", "Winifred Ashcombe-Lyle")]),
    ("Salam all, Nurul Huda binti Ismail here, first time post, my son just got diagnose with type 1 at age 8.",
     [("NAME", "Nurul Huda binti Ismail")]),
    ("Respected members, my uncle Muhammad Arshad Qureshi was admitted on 14-02-2024 for the chest pain and till now no one has given us a clear report.",
     [("NAME", "Muhammad Arshad Qureshi"), ("DATE", "14-02-2024")]),
    ("Sending the harambee money through M-Pesa to 0722 604 185, that is the line of my brother Otieno Kamau, he is the one collecting for Mama's chemo sessions.",
     [("PHONE", "0722 604 185"), ("NAME", "Otieno Kamau")]),
    # addresses
    ("Anybody who wants the spare walking frame can pick it at House No. 14, Abotsi Street, Dzorwulu, Accra. It is the house with the blue gate.",
     [("ADDRESS", "House No. 14, Abotsi Street, Dzorwulu, Accra")]),
    ("Mi deh a 17 Lyndhurst Road, Kingston 5, if anybody wah come fi di extra test strips, jus call first cause a shift work mi do.",
     [("ADDRESS", "17 Lyndhurst Road, Kingston 5")]),
    ("We live now at 4820 rue Saint-Denis, Montréal, H2J 2L6, more close to the hospital for the dialyse of my husband three time a week.",
     [("ADDRESS", "4820 rue Saint-Denis, Montréal, H2J 2L6")]),
    ("Y'all can send Papaw a card at 1187 Caney Fork Rd, Hindman, KY 41822, he'd be tickled to death to get mail from folks.",
     [("ADDRESS", "1187 Caney Fork Rd, Hindman, KY 41822")]),
    ("Unit 12-3, Jalan SS 2/24, Petaling Jaya is my mother house, the physio come there every Tuesday, very convenient for her.",
     [("ADDRESS", "Unit 12-3, Jalan SS 2/24, Petaling Jaya")]),
    ("drop the cooler at 2209 north kedzie boulevard apartment 3 whenever you get a chance thank you so much for doing this",
     [("ADDRESS", "2209 north kedzie boulevard apartment 3")]),
    # postcodes and ZIPs
    ("Anybody near 24701 know a black lung clinic that'll take the miners' card? Papaw's breathin is gettin worse by the week.",
     [("ZIP", "24701")]),
    ("i moved to 43215 last moth and cant find a rhuematologist takin new patinets, any1 got a name?",
     [("ZIP", "43215")]),
    ("We're in NE6 5TR if anyone fancies a cuppa and a natter about the stoma, divvent be shy like.",
     [("ZIP", "NE6 5TR")]),
    ("Moving Mom from 37604 to 28803 in the fall, so she'll need a new heart doctor up near Asheville.",
     [("ZIP", "37604"), ("ZIP", "28803")]),
    ("Postal code J4K 2T8, Longueuil. Somebody know a good ergothérapeute who speak French and English for my father?",
     [("ZIP", "J4K 2T8")]),
    # ages
    ("Habari wote. My dad is 92 and the urologist says the prostate surgery is too risky at his age, are there other options?",
     [("AGE_OVER_89", "92")]),
    ("Mi granny a ninety-four an she still a cook Sunday dinner fi di whole yard, di doctor seh har pressure good.",
     [("AGE_OVER_89", "ninety-four")]),
    ("My popo is 96 this year and still go yum cha every morning, but now her knee very pain, the doctor say no more stairs.",
     [("AGE_OVER_89", "96")]),
    ("Mamaw's fixin to turn 99 come spring and she still won't let nobody help her hoe the garden.",
     [("AGE_OVER_89", "99")]),
    ("I am, at ninety, perhaps the eldest member of this group, and I find the exercises recommended by the physiotherapist most beneficial to my balance.",
     [("AGE_OVER_89", "ninety")]),
    ("Dadi Amma is 103 masha'Allah and only now the doctor has started her on a water tablet for the swelling.",
     [("AGE_OVER_89", "103")]),
    ("Date of birth 07.03.1931, aged 94, for the avoidance of doubt when the surgery telephones.",
     [("DATE", "07.03.1931"), ("AGE_OVER_89", "94")]),
    # dates
    ("Mi operation set fi di 12th a June, pray fi mi people dem, mi frighten bad.",
     [("DATE", "12th a June")]),
    ("My wife due date is 3/9 but the O&G say maybe come earlier, she keep having tightening lah.",
     [("DATE", "3/9")]),
    ("Wor lass's appointment's come through for the 23rd of Novembor, been waitin since the summer like.",
     [("DATE", "23rd of Novembor")]),
    ("my daughter was born november seventh two thousand nineteen and they caught the diabetes at eighteen months",
     [("DATE", "november seventh two thousand nineteen")]),
    ("Dear Members, I write to inform you that my late husband, Mr. Reginald Ashworth-Coombe, departed this life on the 2nd of February 2025, having borne his illness with great fortitude.",
     [("NAME", "Reginald Ashworth-Coombe"), ("DATE", "2nd of February 2025")]),
    ("Transplant anniversary on 2025.08.19, one whole year with my brother's kidney, feeling blessed.",
     [("DATE", "2025.08.19")]),
    ("Ma chirurgie is the 4 décembre at Sacré-Coeur, for the hip, I am nervous because I live alone.",
     [("DATE", "4 décembre")]),
    # phones and faxes
    ("You can reach me on 024 417 3690 anytime, I will tell you how we managed the sickle cell crises with the small one.",
     [("PHONE", "024 417 3690")]),
    ("Whatsapp me at +60 12-338 7041, I got extra pen needles and alcohol swab, free only, just come collect.",
     [("PHONE", "+60 12-338 7041")]),
    ("Can whatsapp me 9137 5528, I stay Sha Tin, can share the physio exercise sheet with picture.",
     [("PHONE", "9137 5528")]),
    ("call me at five oh three four four one seven two eight eight anytime after work i have the extra pump supplies just sitting here",
     [("PHONE", "five oh three four four one seven two eight eight")]),
    ("text me 412.555.0187 if ya need a ride to the infusion place, I'm up that way every other Thursday anyhow",
     [("PHONE", "412.555.0187")]),
    ("Kindly note that my physician's facsimile number is 0113 496 0732, should any member wish to forward the article in question to him directly.",
     [("FAX", "0113 496 0732")]),
    ("Long post, sorry in advance. Dad's heart failure has been up and down since the winter, and the worst part honestly hasn't been the swelling or the breathlessness, it's the paperwork. The cardiology office kept sending his medication changes to the old pharmacy, so last week I finally gave them the fax at his assisted living, 615-555-0148, and made the receptionist read it back to me twice. Then the home health agency said they never got the orders either. Does anyone have a system for keeping all these offices talking to each other? I've started a binder with every discharge sheet and his weights every morning, which the nurse liked. His Entresto went up again and they're watching his potassium.",
     [("FAX", "615-555-0148")]),
    # emails
    ("You may email me at sana.rehman92 at yahoo dot com, I will share the diet chart the dietitian gave us for my father's kidneys.",
     [("EMAIL", "sana.rehman92 at yahoo dot com")]),
    ("heres my emial kel.moriarty@outlook.com if u want the recipies, the low sodum ones that actualy taste ok",
     [("EMAIL", "kel.moriarty@outlook.com")]),
    ("Write me at j.ofori(at)gmail(dot)com, I have the list of which pharmacies in Kumasi keep the hydroxyurea in stock.",
     [("EMAIL", "j.ofori(at)gmail(dot)com")]),
    # SSNs
    ("So we finally got Mom moved into the memory care place after months on the waitlist, and the intake was a whole afternoon of forms. At one point the billing lady asked me for Mom's Social and, without thinking, I read it off as 219-48-7730 right there at the front desk with three other families sitting behind me. Nobody seemed to notice but I've been kicking myself all week. Is it worth freezing her credit? She hasn't used a card in years. Otherwise the staff seem kind, she's eating better, and she only asked to go home twice yesterday, which for her is a good day.",
     [("SSN", "219-48-7730")]),
    ("Me Social is 5 2 8 4 1 9 0 6 7, the VA feller said to write it on ever page of the claim, is that safe to do?",
     [("SSN", "5 2 8 4 1 9 0 6 7")]),
    # record numbers
    ("Anyone know if QMH can transfer my mum's records? Her HN number is HN06381247, the private clinic keep asking me for it.",
     [("MRN", "HN06381247")]),
    ("They photocopy everything there. Anyway my father's hospital registration no. is RN0884215, how to get the discharge summary online ah?",
     [("MRN", "RN0884215")]),
    ("Members may recall that I wrote in the spring concerning my wife's hip. I am pleased to report that the operation was at last performed on Tuesday the 9th of September, after two cancellations, and that she is now walking with a frame. The hospital number assigned to her, namely 7720-3341-K, appears on all the correspondence, and I mention it only because the physiotherapy department has twice sent letters bearing another patient's details under that same number. I have written to the Patient Advice service. In all other respects the care has been exemplary.",
     [("DATE", "9th of September"), ("MRN", "7720-3341-K")]),
    # health plan ids
    ("Chale, the NHIS card for my papa expired. The number on it is 0472-3318-09, they said we should renew at the district office before they will do his dialysis again.",
     [("HEALTH_PLAN_ID", "0472-3318-09")]),
    ("NHIF member number 4419027 was rejected by the hospital again, they say the employer has not remitted. Anyone had this?",
     [("HEALTH_PLAN_ID", "4419027")]),
    ("Bonjour, my RAMQ card is TREM 5402 1518 and the pharmacy in Laval say it's not valid no more, somebody had this problem?",
     [("HEALTH_PLAN_ID", "TREM 5402 1518")]),
    ("Mamaw's new Medicare card come in the mail, number's 7HW9-XK4-PT61, do I need to call the pharmacy or will they find it theirselves?",
     [("HEALTH_PLAN_ID", "7HW9-XK4-PT61")]),
    # accounts and cards
    ("For donation kindly use IBAN PK88HABB0017429300551862, the title of account is my brother's name, it is for his liver transplant in Islamabad.",
     [("ACCOUNT", "PK88HABB0017429300551862")]),
    ("If you want to help, the Equity account is 0180293874561 under Wanjiru Njoroge, it is for the transplant fund.",
     [("ACCOUNT", "0180293874561"), ("NAME", "Wanjiru Njoroge")]),
    ("Need to vent a bit. My mother's cataract op at the private hospital was supposed to be covered by the insurance, but on the day the counter say the guarantee letter never came, so they make us pay deposit first. I gave my card 4539-7201-8836-4116 because no choice, she already fasting and the anaesthetist waiting. Now two weeks already and the insurance still say processing. The op itself went very well, she can see the clock on the wall without spectacles, but this claim thing is giving me headache. Any tips how to push them?",
     [("CREDIT_CARD", "4539-7201-8836-4116")]),
    ("They charge my Amex 3782 910455 62187 for the MRI deposit twice and the refund take 6 weeks, so slow.",
     [("CREDIT_CARD", "3782 910455 62187")]),
    # licences
    ("Pharmacy says Doc's NPI, 1620473987, ain't showin up in their computer, so my pain pills are held up again.",
     [("LICENSE", "1620473987")]),
    ("why is the docters DEA AK4286135 printd right there on my botle for anyone to read, is that normall??",
     [("LICENSE", "AK4286135")]),
    ("My PA drivers license 28 491 736 got pulled after the seizure in March, how long did it take yall to get yours back?",
     [("LICENSE", "28 491 736")]),
    # vehicles
    ("We are selling the adapted van of my father now that he is in the CHSLD and don't drive no more. It has the ramp on the side and the hand controls, around 140 000 km, always serviced at the garage. The VIN is 2HGFC2F52MH517206 if someone want to check the history before, and I can send the pictures. We prefer a family who need it rather than the dealer, the price is negotiable. Also if someone know a good place to donate his power wheelchair, please tell me, it is almost new.",
     [("VEHICLE", "2HGFC2F52MH517206")]),
    ("Our car was towed from outside the renal unit even though we had the disability sticker, reg KDG 421M, white Probox.",
     [("VEHICLE", "KDG 421M")]),
    ("Some numpty's blocked us in at the Freeman again, me reg's ND67 XRP, if you're the one in the silver Astra shift it man",
     [("VEHICLE", "ND67 XRP")]),
    # devices
    ("It has been a long month. The defibrillator they put in Baba last year fired twice on Sunday night while he was sleeping, and we rushed him to casualty. The technician who came from the company needed the serial from the device card, which reads PZX604218S, so they could download what happened from the box. They said the leads are fine and it was a real fast rhythm, not a fault, so it did its job. They have increased the amiodarone and he must avoid heavy lifting for now. If anyone has an ICD and has had shocks, how did you cope with the fear afterwards? He does not want to sleep alone now.",
     [("DEVICE", "PZX604218S")]),
    ("Hearing aid serial no. 21HK40773 on the left one, it fall in the MTR and somebody hand it in, so I need to prove it is mine.",
     [("DEVICE", "21HK40773")]),
    ("my dexcom transmiter id is 8KR4QF and it keeps sayng transmiter not found, replaced the sensor twice allready",
     [("DEVICE", "8KR4QF")]),
    # URLs and IPs
    ("Updates on Papaw will be on caringbridge.org/visit/earlcombs from now on, Mamaw can't keep up with all the phone calls.",
     [("URL", "caringbridge.org/visit/earlcombs")]),
    ("We have set up a page for Ama's surgery: https://www.gofundme.com/f/help-ama-owusu-heart-surgery, any small amount helps, God bless.",
     [("URL", "https://www.gofundme.com/f/help-ama-owusu-heart-surgery")]),
    ("Has anyone else had trouble with the telehealth video calls from upcountry? My nephew set up the laptop for my mother's follow-up with the cardiologist in Nairobi, but the call kept freezing after two minutes. The hospital IT person asked him where the connection was coming from and he gave them 41.90.66.213, then they said their firewall was blocking it because of too many attempts. After they whitelisted it the call worked and the doctor adjusted her warfarin. Now I am worried whether it was safe to give that number out. Is it something personal?",
     [("IP", "41.90.66.213")]),
    ("The hospital portal says suspicious login from 2001:e68:5424:3c10::4a, that is my own home wifi in Subang, why they block me?",
     [("IP", "2001:e68:5424:3c10::4a")]),
    # national ids
    ("Me NHS number's 943 476 5919 and the chemist still cannit find us on the system, what a carry on.",
     [("NATIONAL_ID", "943 476 5919")]),
    ("My SIN is 274 193 564, the insurance want it for the long term disability form, is it normal they ask this?",
     [("NATIONAL_ID", "274 193 564")]),
    ("The surgery wishes to have Mother's NHS number for the transport booking: 401-023-8712. I trust that is the correct form.",
     [("NATIONAL_ID", "401-023-8712")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    # Ghana
    "Korle Bu and Komfo Anokye both have sickle cell clinics, but the queue at Korle Bu this morning was serious, we sat there from 6am.",
    "Please is it safe to take Coartem when you are already on hydroxyurea? My doctor is travelling till next week.",
    "Here the National Ambulance number is 112 and they came in about forty minutes, which for Accra traffic is a miracle.",
    "Thank you Kwame and Efua for the prayers, my mother is eating small small now.",
    "The Noguchi Memorial Institute did the test for free as part of their study.",
    # Kenya
    "Aga Khan did the CT scan and Kenyatta did the biopsy, the reports took two weeks each.",
    "Kenya Red Cross toll free 1199 helped us get Mama to hospital during the floods, they are heroes.",
    "Mama is 84 and on Amlodipine 5mg and Losartan 50mg, pressure was 138/86 yesterday.",
    "Wangari Maathai had ovarian cancer too, I read about it after Mama's diagnosis and it gave me strength.",
    "Ward 6 bed 14 at the referral hospital looks right out over the city, small mercies.",
    "Paid KSh 3,500 for the echo and another 1,200 for the ECG at the private clinic.",
    # Jamaica
    "Mi pressure did 150/95 dis mawnin even after mi tek di Norvasc, mi a go back a di clinic.",
    "Bob Marley dead from a melanoma under him toenail, so unno check unno foot dem, especially if unno diabetic.",
    "University Hospital a di West Indies waiting room full from 5 a clock, carry food and water.",
    "Mi A1C drop from 9.8 to 7.1 in six month since mi cut out di white rice and di soda.",
    "Tanks Sandra fi di bush tea recipe, it settle mi belly good.",
    # Malaysia
    "HbA1c went down from 9.1 to 7.4 after six months on Jardiance, thank you all for the encouragement lah.",
    "Befrienders KL is 03-7627 2929, I called them one night when I really cannot cope, very kind people.",
    "Sultanah Aminah hospital the waiting for orthopaedic clinic very long, almost 3 hours.",
    "Mixtard 30, 12 units in the morning and 8 units at night, doctor say adjust by 2 units if the sugar high.",
    "My ah ma is 88 and still insist to go pasar malam every Friday night.",
    "Queen Elizabeth Hospital in Kota Kinabalu has the only cardiac cath lab nearby, we drove four hours.",
    # Pakistan
    "Shaukat Khanum charged 45,000 rupees for the PET scan, the Zakat department covered half.",
    "Edhi ambulance 115 reached in 20 minutes, Allah bless the Edhi Foundation.",
    "Aga Khan University Hospital has a good diabetes educator, ask for the foot care session.",
    "Abbu's creatinine is 2.8 and the eGFR 24, the nephrologist says dialysis maybe next year.",
    "Umang helpline 0311 7786264 is free and confidential if anybody is struggling with the depression.",
    # Hong Kong
    "Queen Mary and Prince of Wales both have good rheumatology, but the waiting time for new case is over 100 weeks.",
    "The Samaritan Befrienders Hong Kong hotline 2389 2222 is 24 hours, Cantonese and English.",
    "My popo is in her 80s and her T-score is -2.9, the doctor start Prolia every 6 months.",
    "Version 4.2 of the HA Go app finally let me see the lab results, much better than before.",
    "Lot number KJ2291 on the flu vaccine box, I took photo of it in case of reaction.",
    # French-Canadian
    "Info-Santé 811 is very good for the question at night, the nurse call me back in 30 minutes.",
    "The CHUM and Sainte-Justine both use the same system now, so my daughter's file follow her when she turn 18.",
    "Hôpital Maisonneuve-Rosemont did my cataract, very fast, two weeks between the two eyes.",
    "Ozempic 0.5 mg each Sunday since January, I lose 9 kg, but the nausea the first month was terrible.",
    "Céline Dion talk about the stiff person syndrome, it help people understand my condition a bit more.",
    # Appalachian
    "Doc says my A1C's 8.3, down from 10.2 back in the spring, so I reckon the walkin's helpin.",
    "Papaw worked the mines forty-one years and now he's on 3 liters of oxygen round the clock.",
    "Mamaw's 87 and sharp as a tack, but her sugar gets low if she skips supper.",
    "Dolly Parton's Imagination Library sends the grandbabies books every month, it's a blessin with all the hospital bills.",
    "Route 23 was closed by the rockslide so we were two hours late to the heart doctor, they still saw us.",
    # Geordie
    "The Freeman did me bypass and the RVI did me hip, canny care at both like.",
    "Rang NHS 111 at three in the mornin and they had a paramedic round within the hour, champion.",
    "Alan Shearer's doin a charity walk for the prostate lot, might gan along if me legs let us.",
    "Me sats were 93% on air and 97% on two litres, the nurse says that's aboot right for us.",
    "Bed 92 by the window on Ward 31, best spot in the place if you ever end up there.",
    # formal older writers
    "I was diagnosed in the autumn of 1998 and have managed the condition with diet and, latterly, Metformin.",
    "Sir William Osler observed that the good physician treats the disease and the great physician the patient; I have found this to be true.",
    "Parkinson's disease has robbed me of my handwriting, hence my reliance upon this keyboard.",
    "I turned 89 on Sunday and was presented with a cake by the staff of the day centre, which was most thoughtful.",
    "The Macmillan nurse visits each fortnight and the district nurse on Mondays.",
    # voice-to-text
    "my blood pressure was one forty over ninety this morning and the doctor wants me to take the lisinopril at night instead",
    "take two five hundred milligram tablets with food is what the pharmacist said not on an empty stomach",
    "ok update day ninety after the transplant and my creatinine is holding steady at one point two",
    "thank you Denise for the casserole you are an angel seriously",
    # heavy typos
    "my rhuematolgist says its probly Sjogrens and not lupis, starting plaquenil 200mg twice a day",
    "Hashimotos and now they think Addisons to?? my levothyroxin is 100mcg",
    "had a colonscopy tusday, the prep was awfull but they found nothign, next one in 5 yrs",
    "my insurence wont cover the Dexcom G7 untill i try the Libre 3 frist, so anoying",
    # codes, numbers, models, sites, public figures
    "ICD-10 on the referral says M05.79 and the CPT for the infusion was 96413, does that sound right?",
    "NCT04863638 is the trial they want me for, phase 3, placebo controlled.",
    "Over 90% of people with this mutation respond to the tablets, the geneticist said, so fingers crossed.",
    "Clinic is 10:30 on Thursday, they moved us to room 95 on the second floor.",
    "I posted a picture of my scar in the group last week, thank you for all the kind comments.",
    "diabetes.org.uk and kidneycareuk.org both have good leaflets on sick day rules.",
    "Dr. Sanjay Gupta's documentary on CNN about chronic pain was worth watching.",
    "Due in the second week of March, no exact date yet because my cycles are irregular.",
    "Medtronic 780G with the Guardian 4 sensor, SmartGuard on the 100 target.",
    "This is a long one, sorry. Since the diagnosis in 2021 I have been through three rheumatologists, two changes of biologic and more blood tests than I can count. Methotrexate 20 mg a week made me so sick on Fridays that I could not work, so they moved me to the injection, which was better. Humira worked for about eighteen months then stopped, and now I am on Rinvoq 15 mg. My CRP went from 48 to 6 in eight weeks, which the nurse called a dramatic response. The Arthritis Foundation website has good fact sheets, and the Versus Arthritis helpline was kind when I called. My only advice to the new people is to keep a diary of your joints every day, because the appointments are short and you forget.",
    "My father is 79 and has had type 2 for twenty years, and last month the doctor at the district hospital finally moved him from glibenclamide to insulin because the sugars were always above 15. He was very afraid of the needle at first, but my sister showed him on an orange and now he does his own 14 units every night before the news. We check his feet every Sunday after church, as the diabetes nurse taught us. He walks to the market and back, about 3 km, and says he feels stronger than before Christmas.",
]


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand5-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
