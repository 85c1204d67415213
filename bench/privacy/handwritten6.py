#!/usr/bin/env python3
"""A seventh held-out set, written by hand, one post at a time, by a writer
who had not read the scanner's source (nothing under `src/`) and never ran
the scanner, the CLI or the scorer on any of it. Voices: Scottish
(Glaswegian and Highland), Irish, Nigerian,
South African (with some Afrikaans), Singaporean, Trinidadian, Tamil and
Bengali Indian English, rural Australian, New Zealand (with some te reo),
Texan and Southern US, AAVE, writers whose first language is Polish,
Spanish, Arabic or Portuguese, teen texting with emoji, carers writing at
3am, an autistic literal plain style, and heavy typos. (handwritten.py
also has Irish, Scottish, Nigerian, South African and Singaporean writers;
none of its sentences or those of the other sets is reused here, checked
with bench/crisis/overlap.py at 8 words.)

About half the posts (79 of 154) carry identifiers of all 19 kinds,
weighted towards what people really post: names (surname-first, initials
with surname, diacritics, particles such as `van der`, `de la`, `da`,
`Al-`, `Mc`, lower-case names after relation words), street addresses in
UK, Irish, Australian, New Zealand, South African, Singapore, Nigerian and
Trinidadian forms (a Glasgow flat, an Irish townland with Eircode, an HDB
block and unit, an RMB and an RD rural delivery, a PO box, a Trinidad LP
(light-pole) number),
postcodes, Eircodes and ZIPs on their own, dates tied to a person
(day-first, year-first, dotted, spelled-out, ordinal, with and without a
year), ages over 89 in digits and words, phones in each country's format
(+234, South African with `(0)`, Singapore 8-digit, Irish in words,
Australian 04xx, NZ 021, UK 07700), a fax, plain and obfuscated emails,
record numbers (a South African folder number, an NZ NHI, an Indian
hospital registration number), member numbers (Medicare AU and US, a plan
member id), CHI and NHS numbers, device serials, plates of four countries
and a VIN, an IBAN and a NUBAN, card numbers, licences, personal URLs and
IPs. Several are long posts with the identifier mid-sentence, and some use
unusual layouts (spaced digits, dotted dates, digits in words,
`[at]`/`AT`/`dot` emails).

The other 75 are hard negatives: eponymous hospitals, syndromes and
diseases (Hodgkin, Crohn, Addison, Guillain-Barre, Sjogren, Raynaud,
Meniere, Kawasaki; the Royal Marsden, Groote Schuur, Chris Hani
Baragwanath, St Vincent's, Maria Sklodowska-Curie, King Faisal, Albert
Einstein), drug brands and generic names, public figures and public
doctors, charities named after people, bare first names of members, public
helplines and public organisation numbers of these countries, public
websites, app versions, lot and batch numbers, doses, lab values, blood
pressures, ICD-10 and CPT codes, trial ids, years alone and relative dates,
ages under 90, `ninety` that is not an age, wards, beds, rooms, bus routes,
street names without a number, and mentions of photos and biometrics
(which the README does not list as a kind). No hospital postcode or
address appears: the README does not say they are public.

Non-US postcodes given on their own as where someone lives are labelled
ZIP, as in the earlier hand-written sets. A Scottish CHI number is labelled
NATIONAL_ID (it is the NHS number of NHS Scotland and is mod-11 valid).

usage: handwritten6.py > handwritten6.jsonl

Same format as handwritten3 to handwritten5 (labels beside each post,
offsets found by the script, checksums checked). A label may carry a third
element naming an extra check for a format that handwritten3's checker does
not know (Australian Medicare, NZ NHI, Singapore plate, Nigerian NUBAN).
"""
from __future__ import annotations

import json
import re
import sys

from handwritten3 import label as _label

WITH_IDENTIFIERS: list[tuple[str, list[tuple]]] = [
    # ------------------------------------------------------------ names
    ("me sister niamh ó súilleabháin is flyin home from Boston for the op, she's the only one of us can talk to surgeons without bawlin",
     [("NAME", "niamh ó súilleabháin")]),
    ("Ons oupa, Hendrik van der Merwe, goes in for his bypass at Groote Schuur on Monday. The whole family is driving down from Bloemfontein, it's going to be a full waiting room hey.",
     [("NAME", "Hendrik van der Merwe")]),
    ("My father name is Khalid Al-Harbi, he make dialysis three times in the week. The new center want his name exactly like the passport, with the Al and the dash, or the insurance refuse to pay.",
     [("NAME", "Khalid Al-Harbi")]),
    ("The medical social worker at NUH, one Ms K. L. Tan, help us apply MediFund already, very efficient lady, we never expect so fast.",
     [("NAME", "K. L. Tan")]),
    ("In Poland we write surname first, so on my old papers is Wiśniewska Agnieszka, but here the hospital write Agnieszka Wiśniewska and now they have two files for me with different blood results. How I fix this?",
     [("NAME", "Wiśniewska Agnieszka"), ("NAME", "Agnieszka Wiśniewska")]),
    ("Appa's oncologist is Dr. Senthil Kumaran Ramasamy, very soft spoken man, he explained the whole Hodgkin staging to us in Tamil itself so Amma also understood.",
     [("NAME", "Senthil Kumaran Ramasamy")]),
    ("my grandmama loretta mae jenkins been in that nursing home three months and they still aint fixed her hearing aid. i'm bout to pull up there fr",
     [("NAME", "loretta mae jenkins")]),
    ("Sister Róisín McGettigan on the oncology day ward in Letterkenny is a living saint, if you're ever in there tell her the woman with the purple hat said thanks.",
     [("NAME", "Róisín McGettigan")]),
    ("The surgeon is Dra. María José Gutiérrez de la Fuente, she speak Spanish so for my mother is much more easy to ask the questions before the operation.",
     [("NAME", "María José Gutiérrez de la Fuente")]),
    ("omg my mum's new boyfriend is literally my cardiologist 💀💀 dr callum fraser. like he KNOWS my resting heart rate. cannot make this up 😭",
     [("NAME", "callum fraser")]),
    ("Allyuh, mih tantie Indra Ramnarine-Singh get a stroke Sunday gone and she now by Mt Hope in the ICU. Keep she in allyuh prayers please.",
     [("NAME", "Indra Ramnarine-Singh")]),
    # ------------------------------------------------------------ addresses
    ("If anybody's got a spare perching stool ah'm at Flat 2/1, 47 Dumbarton Road, Glasgow G11 6PD. The buzzer's broke so just shout up, ye'll hear the telly.",
     [("ADDRESS", "Flat 2/1, 47 Dumbarton Road, Glasgow G11 6PD")]),
    ("We're the last house before the bog at Carrowkeel, Ballinamore, Co. Leitrim, N41 K7P2 if the community nurse is reading this, the sat nav sends everyone up the wrong lane.",
     [("ADDRESS", "Carrowkeel, Ballinamore, Co. Leitrim, N41 K7P2")]),
    ("Those who want to bring foodstuff for Mummy, we are at No. 23B Adeyemo Alakija Street, Victoria Island, Lagos. Please call before you come because of the generator wahala.",
     [("ADDRESS", "No. 23B Adeyemo Alakija Street, Victoria Island, Lagos")]),
    ("Anyone can pass me the extra lancets? I stay Blk 423 Ang Mo Kio Ave 3, #08-1127, Singapore 560423, can leave outside the door also can.",
     [("ADDRESS", "Blk 423 Ang Mo Kio Ave 3, #08-1127, Singapore 560423")]),
    ("Mail gets to us at RMB 2240 Tarcutta Road, via Wagga Wagga NSW 2650, so if anyone's sending the insulin cooler pouch that's the go. Takes a week but it gets here.",
     [("ADDRESS", "RMB 2240 Tarcutta Road, via Wagga Wagga NSW 2650")]),
    ("Pharmacy posts Dad's scripts to PO Box 118, Longreach QLD 4730 now, saves him the 200km round trip, worth asking yours if you're remote.",
     [("ADDRESS", "PO Box 118, Longreach QLD 4730")]),
    ("Physio's coming out to the farm on Thursdays now, 88 Kahikatea Flat Road, RD 2, Waitoki 0871, cheers to whoever told me to ask about the rural visits.",
     [("ADDRESS", "88 Kahikatea Flat Road, RD 2, Waitoki 0871")]),
    ("Anybody in south who could carry the commode for Granny, we by LP 45 Cipero Road, Golconda, right after the roti shop.",
     [("ADDRESS", "LP 45 Cipero Road, Golconda")]),
    # ------------------------------------------------------------ postcodes and ZIPs
    ("we're H91 E2K3 if that helps anyone work out which public health nurse covers us, the HSE website is a maze",
     [("ZIP", "H91 E2K3")]),
    ("Out past Dubbo, postcode 2830, and the nearest endo's a four hour drive. Telehealth's been a lifesaver honestly.",
     [("ZIP", "2830")]),
    ("we're way out in 79735-2218, ain't a dialysis chair for sixty miles, so Mama's doin the home kind now",
     [("ZIP", "79735-2218")]),
    ("my postal code is 650287, which polyclinic is nearest for the diabetic eye screening? the app keep saying Bukit Batok but I not sure",
     [("ZIP", "650287")]),
    # ------------------------------------------------------------ dates
    ("Ma op's finally booked fur the 14th o' March, eighteen month on the list, ah'll believe it when ah'm in the gown.",
     [("DATE", "14th o' March")]),
    ("The form ask date of birth and I write 12.05.1987 like in Poland, but the receptionist read it as December, so now my appointment letter is for somebody born in winter!",
     [("DATE", "12.05.1987")]),
    ("Admission date 2025-03-18 on the discharge summary but actually we went in the night before, got problem for the insurance claim or not?",
     [("DATE", "2025-03-18")]),
    ("Granddaddy was born the twenty-second of October, nineteen forty-one, and he tells every nurse that walks in like it's a password",
     [("DATE", "twenty-second of October, nineteen forty-one")]),
    ("granddaddy passed 6/14 and we STILL getting bills from the hospital with his name on em. how y'all get them to stop",
     [("DATE", "6/14")]),
    ("Baba was admitted on 28.02.25 with the breathlessness, and till now the echo report they have not given us.",
     [("DATE", "28.02.25")]),
    ("due date is 2 jan 😬😬 so either a christmas baby or a new year one lol, midwife says first ones are usually late",
     [("DATE", "2 jan")]),
    ("Mam's date of birth is 03/11/1938 and her name's Bridget Ní Dhomhnaill on everything, yet the pharmacy has her down as Donnelly and born in 1983, sure how would that even work?",
     [("DATE", "03/11/1938"), ("NAME", "Bridget Ní Dhomhnaill")]),
    # ------------------------------------------------------------ ages over 89
    ("Nana's 97 and after the chest infection the consultant asked us about DNR in the corridor, like it was nothing. Is that normal?",
     [("AGE_OVER_89", "97")]),
    ("Paati is 90 years and still doing kolam every morning at the gate, only now her knees are giving trouble.",
     [("AGE_OVER_89", "90")]),
    ("Meemaw's fixin to turn a hundred in the spring and she's askin the heart doctor if she can quit the blood thinner now, since she made it.",
     [("AGE_OVER_89", "a hundred")]),
    ("My great-grandfather is 95 years and 4 months old. He has dementia. He asks the same question every 11 minutes. I have timed it.",
     [("AGE_OVER_89", "95")]),
    ("My grandmother she is ninety-three and she want to fast Ramadan still, the doctor say no because of the sugar, but she not listen to anybody.",
     [("AGE_OVER_89", "ninety-three")]),
    # ------------------------------------------------------------ phones and faxes
    ("My sister in Abuja has the spare nebulizer, you can whatsapp her on +234 803 417 2296, tell her Ngozi from the forum sent you.",
     [("PHONE", "+234 803 417 2296")]),
    ("Ma's neighbour is keeping an eye, but if she doesn't answer can someone please try me on +27 (0)83 612 4407, I'm stuck in Dubai till Friday.",
     [("PHONE", "+27 (0)83 612 4407")]),
    ("ring me any evening on oh eight six, four one two, nine nine three seven, I went through the same with the stoma reversal and I'd be glad to talk",
     [("PHONE", "oh eight six, four one two, nine nine three seven")]),
    ("Give us a bell on 0491 570 156 if you want a lend of the CPAP, ours is spare since Dad went on the new one.",
     [("PHONE", "0491 570 156")]),
    ("flick me a txt on 021 447 8932 and I'll send you the meal plan the dietitian gave us, it's actually alright",
     [("PHONE", "021 447 8932")]),
    ("+65 8 1 2 3 0 9 7 4 my number, whatsapp only, I share the photos of how I set up the dialysis room at home.",
     [("PHONE", "+65 8 1 2 3 0 9 7 4")]),
    ("This is a long yin, sorry. Ma da's been livin wi us since his stroke in the spring and ah'm daein maist o the caring masel while ma man's offshore. The district nurses come in twice a week for his legs and they're lovely, but the carers fae the agency keep changin an he gets awfy confused wi new faces. Last week wan o them left wi'oot giein him his tablets an ah only fund oot at teatime. Ah've pit a note on the fridge wi ma mobile, 07700 900 418, in big letters so whoever's on knows tae phone me afore they leave. Does anybody else huv tae dae this? Ah'm at the end o ma tether some days, but he still laughs at the telly an that keeps me goin.",
     [("PHONE", "07700 900 418")]),
    ("The specialist's rooms asked me to fax the medical aid authorisation to 011 483 2290, but who even has a fax machine in 2025?",
     [("FAX", "011 483 2290")]),
    # ------------------------------------------------------------ emails
    ("email me shaz.naidoo[at]telkomsa[dot]net and I'll send you the Discovery forms, I've done that chronic application four times now",
     [("EMAIL", "shaz.naidoo[at]telkomsa[dot]net")]),
    ("drop me a line at mairi dot campbell at btinternet dot com, ah've got a wee folder of aw the leaflets fae Maggie's",
     [("EMAIL", "mairi dot campbell at btinternet dot com")]),
    ("my email is lupita.garza AT hotmail DOT com, I can send you the recipes without sugar that my abuela make",
     [("EMAIL", "lupita.garza AT hotmail DOT com")]),
    ("Bit of a long one. We're about three hours from the nearest hospital with a paediatric diabetes team, so most of our son's care is over video now, and honestly it works better than I expected. The nurse specialist checks his Libre data every fortnight and rings if something looks off. The hard part is school: the teachers are keen but they get nervous about the hypos. I wrote up a one-page plan with pictures of what to do at each number and the school reckons it's the clearest thing they've had, so I'm happy to share it with anyone, just email me at tamsin.hale.farm@xtra.co.nz and I'll send the Word version you can change. It's saved us a few panicked phone calls already.",
     [("EMAIL", "tamsin.hale.farm@xtra.co.nz")]),
    # ------------------------------------------------------------ SSNs
    ("Lady at the hospital billing window made me say Daddy's social out loud, 457-66-1290, with a whole waitin room listenin. Ain't there a better way to do that?",
     [("SSN", "457-66-1290")]),
    # ------------------------------------------------------------ record numbers
    ("My NHI is ZGT4828 if the ward rings, they've got me under my maiden name half the time and it's doing my head in.",
     [("MRN", "ZGT4828", "nhi")]),
    ("Tygerberg folder number 4417729 for my late husband, they say the file is 'lost' and now the estate lawyer needs the records.",
     [("MRN", "4417729")]),
    ("Long post, please bear with me. My father was in the cardiology ward for eleven days after the heart attack and they did the angioplasty with two stents. At discharge they handed us a big file but the discharge summary was missing, and the billing counter said it will be emailed. Two weeks have passed. When I phoned, the lady asked for the hospital registration number, which is KOL-CD-2207719, and then told me the summary is with the consultant for signature. Meanwhile our local doctor in Howrah cannot adjust his medicines without it. He is on Ecosprin, Clopitab, Rosuvas and a beta blocker and feels very tired. Is this tiredness common after stents? How do other people get the summary faster?",
     [("MRN", "KOL-CD-2207719")]),
    # ------------------------------------------------------------ health plan ids
    ("Medicare card's 2428 77813 1, IRN 2, and the chemist reckons it's come up as expired, even though it's got two years left on it.",
     [("HEALTH_PLAN_ID", "2428 77813 1", "medicare_au")]),
    ("Daddy's Medicare number off the red white and blue card is 3TK9-WM2-HA47, I got it wrote on a index card in my purse now so I quit diggin for it",
     [("HEALTH_PLAN_ID", "3TK9-WM2-HA47")]),
    ("Y'all, this is gonna be long. Daddy's been on dialysis three years and the clinic in Abilene has been real good to him, but since January his supplemental plan switched and now every month it's somethin. First the transport company said he wasn't covered, then the pharmacy said his binder needed a prior auth. Today the lady at the insurance read his member ID back to me as WXK 448 219 07 and it turns out they'd had a typo in it the whole time, one digit off, which is why nothin was goin through. Three months of phone calls over one digit. He's doin alright otherwise, his potassium's behavin and he's still fussin about the fluid limit, which I guess means he's feelin like himself.",
     [("HEALTH_PLAN_ID", "WXK 448 219 07")]),
    # ------------------------------------------------------------ accounts and cards
    ("The fundraiser account for Seánie's treatment in Germany is IE37AIBK93115247816203, every cent goes on the flights and the clinic.",
     [("ACCOUNT", "IE37AIBK93115247816203")]),
    ("For those asking how to help with the surgery bill, GTBank 0219377444, the name on it is my brother own.",
     [("ACCOUNT", "0219377444", "nuban_058")]),
    ("The clinic charge my card 4532 0177 4825 1934 twice for the MRI, wait 3 weeks already still no refund, how to escalate?",
     [("CREDIT_CARD", "4532 0177 4825 1934")]),
    ("it's 3am and I've just realised I read my whole card number out on the pharmacy's voicemail, 5424180933760214, because the automated thing wouldn't take it. should I cancel it? too tired to think",
     [("CREDIT_CARD", "5424180933760214")]),
    # ------------------------------------------------------------ licences
    ("DVLA wants ma licence back efter the seizure, number's MACLE702148R99AB, does anybody ken how long it takes tae get it returned?",
     [("LICENSE", "MACLE702148R99AB")]),
    ("The pharmacy keeps sayin the doctor's NPI 1748293655 isn't matchin up, so Mama's insulin's been held two days now",
     [("LICENSE", "1748293655")]),
    ("my pain meds label got the doc's DEA, BP4827195, stuck right on it, and now the new pharmacy says that belongs to a different doctor, so which one of em is lyin",
     [("LICENSE", "BP4827195")]),
    # ------------------------------------------------------------ vehicles
    ("Whoever owns the silver Corolla 192-G-4417 in the disabled bay at UHG, there's an ambulance trying to get round you.",
     [("VEHICLE", "192-G-4417")]),
    ("Our bakkie was stolen from outside Chris Hani Bara while I was inside with my son, CA 482-117, white Hilux, please share.",
     [("VEHICLE", "CA 482-117")]),
    ("Who park car SJK 4127 R at the drop-off point at KKH, the ambulance cannot come in, please move!",
     [("VEHICLE", "SJK 4127 R", "sg_plate")]),
    ("Sellin Daddy's truck now he can't drive, 2022 F-150, VIN 1FTFW1E5XNFA40917, it's got the swivel seat put in for his hip",
     [("VEHICLE", "1FTFW1E5XNFA40917")]),
    # ------------------------------------------------------------ devices
    ("The pacemaker clinic at Groote Schuur asked for the serial off his card, PJN702813S, because the check-up box can't connect to it.",
     [("DEVICE", "PJN702813S")]),
    ("Pump serial NG4482217H, throwing an occlusion alarm every night at about 2am, Medtronic says it's the cannula, I say it's the pump",
     [("DEVICE", "NG4482217H")]),
    # ------------------------------------------------------------ URLs and IPs
    ("We've started a BackaBuddy for my dad's spinal op: backabuddy.co.za/campaign/help-thabo-mokoena-walk-again, any rand helps 🙏",
     [("URL", "backabuddy.co.za/campaign/help-thabo-mokoena-walk-again")]),
    ("follow my journey on tiktok.com/@aoife.fights.crohns i post every infusion lol 💉✨",
     [("URL", "tiktok.com/@aoife.fights.crohns")]),
    ("Ah'm daein the Kiltwalk fur ma da, page is justgiving.com/page/fiona-mcbride-kiltwalk if ye can spare a quid",
     [("URL", "justgiving.com/page/fiona-mcbride-kiltwalk")]),
    ("The hospital portal keeps locking me out, the IT man said my address 197.210.54.33 is 'blacklisted' because of too many tries. Is this normal?",
     [("IP", "197.210.54.33")]),
    ("Telehealth kept dropping out so the clinic's IT bloke had me read him my IP, 2001:8003:1c24:6e00::1b, no idea if that was smart",
     [("IP", "2001:8003:1c24:6e00::1b")]),
    # ------------------------------------------------------------ national ids
    ("For the third time: ma CHI is 27 09 81 4439. Ah've typed it intae the online form three times noo an it still says 'not recognised'.",
     [("NATIONAL_ID", "27 09 81 4439")]),
    ("My NHS number is 485 777 3023, I give it on the phone but they say they cannot find me, maybe because of the ś in my surname?",
     [("NATIONAL_ID", "485 777 3023")]),
    # ------------------------------------------------------------ long posts, more than one kind
    ("Sorry, this is long. My mom was discharged from Addington on Friday after nearly three weeks with the pneumonia, and the hospital said they'd arrange oxygen at home. Nobody phoned. Saturday night her sats were dropping into the eighties and the supplier finally agreed to deliver if someone could meet the driver, so my brother took the concentrator from the depot to her flat at 31 Mahatma Gandhi Road, Point, Durban, 4001 just before midnight and set it all up himself from a YouTube video. She's on 2 litres now and sleeping better. Is it normal that nobody checks the machine? We don't even know how often the filter must be cleaned.",
     [("ADDRESS", "31 Mahatma Gandhi Road, Point, Durban, 4001")]),
    ("Sorry for my english, I will try to explain. My mother, Maria da Conceição Ferreira, is 78 and she live alone in Porto, and I live here in London with my family. On 15 of September she fell in the kitchen and broke the femur, and the neighbour find her only next morning. The surgery went well, but now the hospital want to send her home and she cannot walk alone yet. I am trying to arrange a cuidadora, a carer, but it is very expensive and I cannot leave my job for more than two weeks. Somebody here has the experience of caring for a parent from another country? How you manage the guilt?",
     [("NAME", "Maria da Conceição Ferreira"), ("DATE", "15 of September")]),
    ("It's gone 3 and I can't sleep so I'm finally doing the forms. Nan's 91, she's been in the Princess Alexandra since the fall, and the discharge team want her NHS number, 438 201 9575, and a contact for the care home, which is me. I've put my email, bex.thornbury@gmail.com, because I'm never off shift in time to answer the phone. Does anyone know if they'll actually email or if I'm wasting my time?",
     [("AGE_OVER_89", "91"), ("NATIONAL_ID", "438 201 9575"), ("EMAIL", "bex.thornbury@gmail.com")]),
    ("Update on Dad for the Tuesday group. He came home on the 3rd of May with the new valve and he's already bossing the physio about. If the carpark lot at the hospital are reading, our rego's CX 42 PL and the disabled permit was on the dash the whole time, we got a ticket anyway.",
     [("DATE", "3rd of May"), ("VEHICLE", "CX 42 PL")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    # Scottish
    "The Beatson's been brilliant wi ma chemo, and the number 6 bus drops ye near enough at the door, nae bother.",
    "Phoned NHS 24 on 111 at half two in the mornin and a nurse called back within the hour, cannae fault them.",
    "Breathing Space is 0800 83 85 87 if anybody's strugglin the night, they dinnae judge ye.",
    "Maggie's at Ninewells has the best soup and naebody rushes ye oot the door.",
    "Ma granny turns 89 on Sunday an she still willnae touch the zimmer, says it's fur auld folk.",
    # Irish
    "St Vincent's did my colonoscopy and the Mater did the scope before that, both grand, the prep is the worst of it.",
    "Pieta is 1800 247 247 and Samaritans is 116 123, free from any phone, please ring if you need to tonight.",
    "Guillain-Barré after a tummy bug, of all things. I'm six months into the rehab in Dún Laoghaire and walking with a stick now.",
    "Thanks a million Siobhán, the tip about the heat pad worked a treat.",
    "The 46A goes right past the hospital gate, don't bother trying to park there on a weekday.",
    "Flew over to the Royal Marsden for a second look at the scans, and the London team backed what Dublin had said, so that was a weight off.",
    "Long one, sorry. Mam was diagnosed with Sjögren's in 2019 after years of being told it was the menopause, and it's only since she got under the rheumatology team in Tallaght that things have improved. She's on hydroxychloroquine 200 mg twice a day and uses the eye drops every couple of hours, and the dentist says her teeth are in better shape than last year. The Irish Cancer Society support line, 1800 200 700, was a great help when they were checking her for lymphoma, which thank God came back clear. If anyone's newly diagnosed, keep a diary of the dryness and the fatigue, because the appointments are only ten minutes and you forget everything. And ask about pilocarpine if the mouth is bad, it's not for everyone but it helped her.",
    # Nigerian
    "LUTH and UCH Ibadan both do the kidney transplant evaluation now, but the waiting is long and the tests are many.",
    "Please is it okay to take Emzor paracetamol with the Lonart? The chemist said no problem but I want to be sure.",
    "Lagos State emergency is 112 or 767, they came in about one hour, which for that Ikorodu road traffic is not bad at all.",
    "This one will be long. My husband was diagnosed with hypertension and type 2 diabetes at 47, and for the first two years he refused the drugs, saying it is stress and he will pray. Last year his creatinine was 1.9 and the doctor at the teaching hospital warned us seriously. Since then he is taking Metformin 1g twice daily, amlodipine 10mg and losartan 100mg, and he walks every evening with our first son. The last BP was 132/84 and the fasting sugar was 6.8, which is the best it has been. I am writing so that the men who are still refusing will see that the drugs are not poison. Please go and check your pressure.",
    "Thank you Chiamaka and Bisi for the visit, Mummy was smiling the whole evening.",
    # South African
    "Groote Schuur is where Christiaan Barnard did the first heart transplant, and all these years later they did my dad's valve in the same building.",
    "Chris Hani Baragwanath casualty on a Friday night is no joke, we waited nine hours but the doctors were amazing.",
    "SADAG's helpline is 0800 567 567, free from a cellphone, they helped me when the depression after the stroke got bad.",
    "CANSA has a free wig bank at most of their offices, check cansa.org.za for the nearest one to you.",
    "Desmond Tutu lived with prostate cancer for years, and my oupa always says if the Arch could fight it so can he.",
    # Singaporean
    "SOS is 1767, 24 hours, I called one time when I really cannot take it anymore, the volunteer very patient with me.",
    "HealthHub app version 6.4 finally show my lab results properly, last time always blank one.",
    "KKH ward 56, bed 12, got window somemore, my wife say best bed in the whole ward.",
    "Can use face ID to login HealthHub or not? My father cannot remember the Singpass password at all.",
    "Long post. My father-in-law is 82 and had the stroke last month, left side weakness. He was in SGH ward 57 for nine days and then moved to the community hospital for rehab. The physio very good, now he can walk with the quad stick, but he become very moody and sometimes cry, which he never do before. The doctor say post-stroke depression is common and start him on sertraline 25mg. My wife and I take turns to visit after work, the bus 145 stop is quite near. We are thinking whether to hire a helper or put him in a nursing home, both also expensive. The AIC website got some information on the grants. Anyone went through this? How you decide?",
    # Trinidadian
    "Ambulance is 811, but down in Penal allyuh better drive yuhself, it does take forever to reach.",
    "CDAP does give the Metformin and the Glucophage free, just carry yuh clinic card by the pharmacy.",
    # Tamil and Bengali Indian English
    "CMC Vellore is very good for the Guillain-Barré, my cousin was there six weeks and now he is walking.",
    "Dr. Devi Shetty's hospital in Bangalore did the bypass for my periyappa, the package cost 2.5 lakhs.",
    "SSKM outpatient opens at 8 in the morning, we reached by 6 and still got token number 214.",
    "Sourav Ganguly had the angioplasty and was back on TV in two weeks, so Baba is asking why he needs to rest one full month.",
    # rural Australian
    "The Royal Flying Doctor Service picked Dad up from the airstrip at 2am, can't speak highly enough of them.",
    "Lifeline's 13 11 14 and Beyond Blue is 1300 22 4636, put them in your phone, the drought's been tough on everyone out here.",
    "The McGrath breast care nurse rings me every fortnight, what a service, and it doesn't cost us a cent.",
    "Fiona Stanley and Sir Charles Gairdner both do the transplant workup in Perth, we got sent to Charlies.",
    "Dr Norman Swan said on the radio that the RSV jab is worth getting if you're over 60, so I'm booked in.",
    # New Zealand
    "Starship were incredible with our wee one, and Ronald McDonald House let us stay the whole six weeks.",
    "Healthline 0800 611 116 is free, or text 1737 if you just need to talk to someone, kia kaha.",
    "Jonah Lomu's kidney disease is what made me go for the blood test, turns out my eGFR was 38.",
    "Pharmac finally funded Trikafta for the over 12s, huge day for the CF whānau.",
    # Texan and Southern US
    "MD Anderson's got a shuttle from the hotel, don't even try to park over by Mays Clinic.",
    "Poison Control's 1-800-222-1222, saved my bacon when the grandbaby got into the Eliquis.",
    # AAVE
    "sickle cell crisis had me in the ER for 14 hours and they STILL acted like i was drug seeking. pain was a 10/10 no cap",
    "Toni Braxton talkin bout her lupus is the reason my auntie finally got tested, and she got it too.",
    "thank you Keisha and Ms. Pat for the plates, y'all really showed up for my mama",
    # Polish first language
    "In Warsaw my mother was treated in the Maria Skłodowska-Curie Institute, here in UK I do not know where to go for the same.",
    "The GP give me co-codamol 30/500 but in Poland we use Ketonal, is it the same strong?",
    # Spanish first language
    "Frida Kahlo have the polio when she was a child, so my daughter like her very much, she say is her hero.",
    "In Spain they give me Nolotil for the pain, here in Texas nobody know what is it.",
    # Arabic first language
    "King Faisal Specialist Hospital did the transplant of my brother, they are very good in the kidney.",
    "My son have Kawasaki disease when he was 3, now he is 11 and the heart echo is normal, alhamdulillah.",
    # Portuguese first language
    "Hospital Albert Einstein in São Paulo made my cirurgy, very modern, but here in Lisbon the public system is more slow.",
    # teen texting
    "hba1c is 6.8 🥳🥳 first time under 7 EVER, omnipod 5 is actually goated",
    "libre 3 app update 3.6.1 broke my alarms again 🙄 anyone else",
    "bro the nurse took a pic of my rash for the derm and i look like a tomato 😭",
    # carers at 3am
    "3:40am and he's finally asleep. Gave the lorazepam 0.5mg at midnight like the hospice nurse said, it took ages to work.",
    # autistic literal plain style
    "I take 20 mg of fluoxetine at 08:00 every day. I have taken it for 412 days. I would like to know if other people also keep a count.",
    "The appointment letter says Room 14, Level 2. There is no Room 14 on Level 2. There is a Room 14A and a Room 14B. I went to 14A. It was correct.",
    "I uploaded a photo of my rash because the description box only allows 500 characters. The photo does not show my face.",
    "The new clinic uses a fingerprint scanner to check in. I do not like touching it. I asked for the paper form instead and they said yes.",
    # heavy typos
    "my rhuemy thinks its sjogrins not lupis, the dry eyes is awfull, starting hydroxycloroquine 200 twice a dya",
    "had the adisons crisis last tuesday, doubled the hydrocortizone like they said and was ok by wensday",
    # codes, trials, lots, labs
    "Referral says ICD-10 K50.90 and the billing code for the scope was CPT 45378, is that the right one for Crohn's?",
    "ACTRN12621000843875 is the trial at Peter Mac they want me for, phase 2, starting after the next scan.",
    "CTRI/2022/04/041736 is the registration printed on the consent form, the trial is for the new TB drug.",
    "Batch number on the Pfizer box was FK8891, I took a picture in case the reaction happens again.",
    # years, ages under 90, not-ages, streets, eponyms
    "Diagnosed with Hodgkin lymphoma in 2016, clear since 2018, and I still get nervous before every scan.",
    "Addison's since I was 23, I'm 58 now, and the hydrocortisone dosing has changed three times.",
    "Ninety minutes on hold with the pharmacy this morning only to be told the script was never sent.",
    "Sitting at 90 over 60 all week, the nurse says that's fine for me since I'm small.",
    "Raynaud's is brutal this winter, fingers white by the time I get to the bus stop on Princes Street.",
    "Got the Ménière's diagnosis in March, betahistine 16mg three times a day, the spinning is a bit less.",
    "Dr Michael Mosley's fast 800 thing worked for my sugars, A1C from 8.1 to 6.2 in four months.",
]


def _medicare_au(value: str) -> bool:
    d = re.sub(r"\D", "", value)
    return len(d) == 10 and d[0] in "23456" and sum(int(c) * w for c, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(d[8])


_NHI_LETTERS = {c: i + 1 for i, c in enumerate("ABCDEFGHJKLMNPQRSTUVWXYZ")}


def _nhi(value: str) -> bool:
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    total = sum((_NHI_LETTERS[c] if c.isalpha() else int(c)) * (7 - i) for i, c in enumerate(value[:6]))
    if total % 11 == 0:
        return False
    check = 11 - total % 11
    return (0 if check == 10 else check) == int(value[6])


def _sg_plate(value: str) -> bool:
    m = re.fullmatch(r"S?([A-Z]{2}) (\d{1,4}) ([A-Z])", value)
    if not m:
        return False
    letters, num, check = m.groups()
    v = [ord(letters[0]) - 64, ord(letters[1]) - 64] + [int(c) for c in f"{int(num):04d}"]
    return "AZYXUTSRPMLKJHGEDCB"[sum(a * b for a, b in zip(v, [9, 4, 5, 4, 3, 2])) % 19] == check


def _nuban_058(value: str) -> bool:
    d = "058" + value
    total = sum(int(c) * w for c, w in zip(d[:12], [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]))
    return len(value) == 10 and (10 - total % 10) % 10 == int(value[9])


EXTRA_CHECKS = {"medicare_au": _medicare_au, "nhi": _nhi, "sg_plate": _sg_plate, "nuban_058": _nuban_058}


def label(text: str, marks: list[tuple]) -> list[dict]:
    for mark in marks:
        if len(mark) == 3 and not EXTRA_CHECKS[mark[2]](mark[1]):
            raise ValueError(f"{mark[0]} value fails its {mark[2]} check")
        if text.count(mark[1]) != 1:
            raise ValueError(f"{mark[0]} value is not unique in its post")
    return _label(text, [(m[0], m[1]) for m in marks])


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand6-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
