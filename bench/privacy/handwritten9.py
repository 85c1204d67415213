#!/usr/bin/env python3
"""A tenth held-out set, written by hand, one post at a time, at the start
of the seventh round of scanner changes, by a writer who had read neither
the scanner's source nor any earlier hand-written set, and who did not run
the scanner on any of it. It is meant to be scored twice, once before the
round's changes and once after, and never tuned on.

Voices, chosen to differ from the earlier sets: older and formal writers
(retired teachers, widowers, carers writing letters to the forum); English
as a second language from Spanish, Filipino (Taglish), Nigerian (including
Pidgin), Polish, Arabic, Chinese, Vietnamese and Portuguese speakers;
Jamaican and Trinidadian, Scottish, Welsh, South African, Australian and
US Southern English; teenagers texting; voice-to-text with no punctuation;
long posts with the identifier buried in the middle of a paragraph; posts
laid out as lists or forms ("Patient name: ... / DOB: ... / MRN: ...");
identifiers split across a line break; identifiers in parentheses or after
a colon with no cue word.

About 90 posts carry identifiers (about 160 of them), spread over all 19
kinds with at least six of each and extra weight on national ids (NHS
numbers spaced, dashed, unspaced and split over a line; Scottish CHI
numbers; Canadian SINs; Aadhaar; Polish PESEL; Philippine PhilSys;
Nigerian NIN; South African ID numbers), ZIPs and postcodes given on their
own as where someone lives (US ZIP and ZIP+4, Canadian, UK outward and
inward), licences (UK, Californian, Texan, Ontario, Polish, Philippine and
Nigerian driving licences, DEA numbers, NPIs, a Philippine PRC nursing
licence), street addresses (US with apartment, UK with flat and split over
a line, Welsh, Indian flat and wing, Filipino block/lot and barangay,
Nigerian, Polish ul. with flat, Canadian, Australian unit, Jamaican lot),
record numbers (MRN, UR, UHID, hospital and chart numbers, patient ids,
Nigerian and Polish hospital register numbers, letters and digits), names
(Polish, Nigerian, Filipino, Arabic, Vietnamese, Portuguese, with
diacritics, hyphenated, lower case, initial and surname, after Mr, Pan,
Smt., Sister, Nurse, Mx, Prof and Dr), health-plan ids (Medicare MBI, US
member and policy ids, a New York Medicaid CIN, PhilHealth, RAMQ, OHIP
with version code, Australian Medicare, Nigerian NHIA, a Jamaican insurer)
and device serials (insulin pumps, an Omnipod PDM, a Dexcom transmitter
id, a pacemaker, a loop recorder, a CPAP, a hearing aid, a cochlear
implant, an oxygen concentrator, a glucose meter). Also dates of birth,
admission, surgery, death and due dates in many layouts; ages of 90 and
over in figures and words; phones and faxes in US, UK, Polish, Nigerian,
Filipino, Trinidadian, Indian, Australian and Canadian layouts; emails
plain and spelled out; SSNs dashed, spaced and ungrouped; bank, HSA and
hospital billing accounts, Polish and Portuguese IBANs and a Nigerian
account; Luhn-valid cards of four brands with and without a cue; plates of
several countries and VINs; personal URLs; IPv4 and IPv6.

The other half are hard negatives: versions shaped like IP addresses, lot
and batch numbers, an NDC and a product REF code, doses, lab values and
reference ranges, ICD-10 codes, public trial ids, public helplines and
hospital switchboards of several countries, eponymous hospitals, syndromes
and charities, streets named after people without numbers, public
figures, bare first names, public holidays and awareness days with their
dates, years alone, ages under 90, 90-and-over numbers that are not ages,
device model numbers, prices, distances, step counts, wards, beds, rooms,
times and a bus route.

Labelling choices where the README is silent or brief: the README's
NATIONAL_ID names NHS numbers and SINs; CHI, Aadhaar, PESEL, PhilSys, the
Nigerian NIN and the South African ID number are the same kind of national
number and are labelled NATIONAL_ID. PhilHealth, RAMQ, OHIP, Australian
Medicare, NHIA and private insurers' member numbers are health-plan or
health-card numbers and are labelled HEALTH_PLAN_ID. A nursing licence
number is labelled LICENSE alongside driving licences, DEA numbers and
NPIs. A non-US postcode given on its own as where someone lives is
labelled ZIP; postcodes inside a street address are part of the ADDRESS
span. A value split over a line break is labelled with the newline inside
its span. Only identifiers of the poster, their family or household, or a
named member of their care team are labelled.

usage: python3 bench/privacy/handwritten9.py > bench/privacy/out/handwritten9.jsonl

Same format as handwritten7 and handwritten8: labels beside each post as
(kind, value) pairs, code-point offsets found by the script (a value must
occur exactly once in its post), and checksums checked when the script
runs, through handwritten7's label() and check_value() (Luhn cards, SINs
and OHIP numbers, mod-11 NHS and CHI numbers, mod-97 IBANs, DEA, NPI, VIN
check digits, Verhoeff for 12-digit national ids, the Australian Medicare
check digit). The PESEL numbers pass their own weighted check and Luhn;
the NIN and SA ID numbers pass Luhn; the PhilSys number, being 12 digits,
passes Verhoeff.
"""
from __future__ import annotations

import json
import sys

from handwritten7 import label

WITH_IDENTIFIERS: list[tuple[str, list[tuple[str, str]]]] = [
    # ------------------------------------------------------------ older, formal
    ("Good afternoon to all. I write as a retired headmistress of seventy-eight, lately diagnosed with atrial fibrillation, and I confess that the correspondence from the cardiology department leaves me quite bewildered. The most recent letter gives my NHS number as 475 087\n0145 and names the clinic as a Tuesday, whereas the text message I received says Thursday. Would it be more proper to telephone the department, or ought I simply to present myself on both days?",
     [("NATIONAL_ID", "475 087\n0145")]),
    ("Good day. I am seeking counsel from those who have navigated a long-term care insurance claim on behalf of a parent with Alzheimer's disease. Our elder law attorney requires that the nursing facility fax the assessment directly to his office, and the facility declines to do so until I supply the number in writing. For the benefit of any staff at my mother's facility who may read this forum, it is (205) 871-4460. I would be grateful for any experience of the claims process in Alabama.",
     [("FAX", "(205) 871-4460")]),
    ("I should like to share, at some length I am afraid, my experience of the pre-admission process for a hip replacement at our regional hospital, as I suspect it may be of use to others of my vintage who are not comfortable with computers. The first letter arrived in early February asking me to complete an online health questionnaire, which I could not manage, and when I rang the number on the letter I was promised a paper copy by post. It never came. A second letter, a fortnight later, quoted my UR number as 4418203 and asked me to attend the pre-admission clinic in person, which I duly did, only to be told that the anaesthetist was unavailable and I should have to come back. On the third visit everything went smoothly and the nurse was kindness itself. My advice to anyone in a similar position is to ask, on the very first call, for the name of one particular person in the booking office, and to keep a written log of every conversation. I now have a date for surgery and am cautiously optimistic.",
     [("MRN", "4418203")]),
    ("My husband, who will be ninety-five in the spring, had his pacemaker replaced last month. The new device card lists a serial number of CWK338104H, and I am told the bedside monitor must be registered under that number before it will send anything to the clinic. The instructions are printed in a type so small that neither of us can read them even with the magnifier. Is there a helpline for older people who need assistance setting up these home monitors?",
     [("AGE_OVER_89", "ninety-five"), ("DEVICE", "CWK338104H")]),
    ("My mother-in-law, who is ninety-two, has received a letter from the DMV requiring her to retake the driving test because her ophthalmologist reported her macular degeneration. Her license, B7206614, is valid through next year and she is, to put it mildly, furious. Has anyone helped an elderly parent through this, and is there any avenue of appeal?",
     [("AGE_OVER_89", "ninety-two"), ("LICENSE", "B7206614")]),
    ("The Social Security office has asked that I write my mother's number, 538-21-4407, on every page of the disability paperwork, and I am uneasy about sending it through the ordinary post. She is in memory care and cannot attend to it herself. To compound matters, her new Medicare card bears a number, 4TW7-HK2-QA58, that differs from the one her cardiologist holds, and his claims are being returned. Must I contact each of her physicians individually? There are seven.",
     [("SSN", "538-21-4407"), ("HEALTH_PLAN_ID", "4TW7-HK2-QA58")]),
    ("In gathering my late wife's medical records for the estate, I was advised to request them by record number; her chart was 88-3021-7K at the county hospital. She passed on 11 November 2023. The records office says it requires letters testamentary, which the probate court has yet to issue. In the meantime I am selling her pickup to meet the funeral costs, and the buyer wishes to check the VIN, 1FTEW1EP0MKE52914, against the title, which I believe is somewhere among the hospice papers. Has anyone obtained records without the letters?",
     [("MRN", "88-3021-7K"), ("DATE", "11 November 2023"), ("VEHICLE", "1FTEW1EP0MKE52914")]),
    ("I have been asked by the DVLA to complete a medical questionnaire regarding my epilepsy, and I have entered my driving licence number as MACLE553147F99JX. My neurologist has been rather vague as to whether I must surrender the licence in the meantime. Separately, the council's Blue Badge form requires the VIN of the car in which my son will drive me, which the log book gives as SALGS2SV7KA539220. Has anyone been through either process, and how long did the DVLA take to reply?",
     [("LICENSE", "MACLE553147F99JX"), ("VEHICLE", "SALGS2SV7KA539220")]),
    ("A word of warning to fellow carers. I received a telephone call purporting to come from the hospital's patient finance office, asking me to confirm my late husband's bank details so that a refund of parking charges could be made. Foolishly I read out the sort code and the account number, 31926804, before it dawned on me that the hospital would have no reason to ask. The bank has since frozen the account. In the same week an online supplier of compression stockings charged me twice against 5275349820463881 and does not answer its telephone. I am beginning to feel one cannot be too careful.",
     [("ACCOUNT", "31926804"), ("CREDIT_CARD", "5275349820463881")]),
    ("I am a widower living alone at G51 4TQ and was recently diagnosed with macular degeneration. Could anyone recommend a befriending service or a volunteer driver scheme in Glasgow for trips to the eye clinic? The RNIB have been helpful, but their list seems out of date. In return, I run a small walking group for people with COPD that meets by the canal on Wednesday mornings; anyone wishing to join may write to me at hamish.mcallister@btinternet.com and I shall send details. We go at the pace of the slowest.",
     [("ZIP", "G51 4TQ"), ("EMAIL", "hamish.mcallister@btinternet.com")]),
    ("Bore da. I care for my husband, who has Parkinson's, and we have been waiting since the autumn for an occupational therapy assessment for a stair rail. The latest letter from the health board was correctly addressed to 12 Heol y Felin, Llanelli SA15 3PD, but contained another patient's name and appointment. Should I report this as a data breach? Separately, the surgery has asked that the solicitor's letter about my lasting power of attorney be faxed rather than emailed; the solicitor's fax is 029 2018 4456. I did not know such machines were still in use.",
     [("ADDRESS", "12 Heol y Felin, Llanelli SA15 3PD"), ("FAX", "029 2018 4456")]),
    ("Posting for my grandfather (b. 30/01/1931), who would like to know whether anyone else his age has been offered the RSV jab. He has had both Covid boosters and the flu one this winter and describes himself as 'a pin cushion'. He is otherwise in fine fettle and walks to the paper shop daily.",
     [("DATE", "30/01/1931")]),
    ("For anyone considering home haemodialysis in later life, I have written up our first year in great detail on my blog, grannygwen-dialysis.blogspot.com. My husband dictates, I type, and our granddaughter sorted out the photographs. The training took eight weeks and the plumbing a further three, and I would do it all again.",
     [("URL", "grannygwen-dialysis.blogspot.com")]),
    # ----------------------------------------------------------- second-language
    ("hello, sorry my english is not so good. my mother have diabetes and her insulin from the mail pharmacy never arrive, they say they send it to 4127 Magnolia Ridge Dr Apt 12B, Jackson, MS 39211 and that is correct but nothing come in two weeks. she is using the last pen now. also other question, for my husband the clinic ask social security number on the form for financial help, I write 651-03-8842 but he is resident not citizen yet, they will report him to somebody? I am very worry for both",
     [("ADDRESS", "4127 Magnolia Ridge Dr Apt 12B, Jackson, MS 39211"), ("SSN", "651-03-8842")]),
    ("Alguien sabe? My son have asthma and the Medicaid card KT48213P is not accepted at the new pediatric clinic in the Bronx, they say is not active but we renew in June. So they make me pay the visit, I put my card 4611 2899 2714 9437 and the page say declined three times but the bank say the money is there. Now I am scared they charge me three times. Who I call first, Medicaid or the bank?",
     [("HEALTH_PLAN_ID", "KT48213P"), ("CREDIT_CARD", "4611 2899 2714 9437")]),
    ("Hi po, ask lang. My Lola was confined last month for pneumonia and now billing says her claim is on hold because the member data record is not updated. I already gave her PhilHealth number 19-025183746-2 twice. The address on her MDR is still the old one, Blk 7 Lot 14, Mabuhay St., Brgy. San Isidro, Parañaque City, but she lives with us in Cavite now. Do we need to go personally to the office or pwede online? Salamat po in advance",
     [("HEALTH_PLAN_ID", "19-025183746-2"), ("ADDRESS", "Blk 7 Lot 14, Mabuhay St., Brgy. San Isidro, Parañaque City")]),
    ("Hello fellow nurses and patients! I'm a Filipino RN working in Dubai and my PRC license number 0719442 is expiring soon, so I need CPD units before I can renew and keep my DHA. Our head nurse, Sister Maria Teodora Villanueva, said some online seminars count. Any recommendations for legit providers? Ayoko ng fake certificates.",
     [("LICENSE", "0719442"), ("NAME", "Maria Teodora Villanueva")]),
    ("Hi! My tito had a mild stroke and his neuro said no driving muna for 3 months. Problem is the car is under his name, plate NBC 4172, and his LTO license N02-09-047712 expires next month. Can I renew it for him with an SPA or does he need to be there personally for the medical? Salamat!",
     [("VEHICLE", "NBC 4172"), ("LICENSE", "N02-09-047712")]),
    ("Hello po. Our daughter got her cochlear implant at PGH last year and yesterday her sound processor fell off in the jeepney 😢. The audiology clinic asked for her hospital no. (2019-045531) and the implant serial, which is 5120883471 on her ID card. Does Cochlear have a replacement program here in the Philippines? Ang mahal po talaga.",
     [("MRN", "2019-045531"), ("DEVICE", "5120883471")]),
    ("Hi! I'm applying for a PWD ID for my kuya after his stroke and the barangay is asking for his PhilSys number. It's 3332-1400-7280 from the ePhilID printout, is that enough or do they need the physical card? Also looking for a caregiver who can stay with him on weekdays in Mandaue, please text 0917-824-5531, that's my ate who lives with him. Thanks po!",
     [("NATIONAL_ID", "3332-1400-7280"), ("PHONE", "0917-824-5531")]),
    ("Salamat sa lahat. My Lola passed away peacefully on June 22 at the age of 98, at home like she wanted. Thank you for all the advice about hospice and about the morphine, it made her last weeks so much more comfortable. I will still read here.",
     [("DATE", "June 22"), ("AGE_OVER_89", "98")]),
    ("Hello kabayan! Any Filipino caregivers here in Calgary? I live in T2E 3K9 and my employer's mother has dementia, and I want to learn more about how to handle the sundowning in the evenings. Is there free training for caregivers in Alberta?",
     [("ZIP", "T2E 3K9")]),
    ("Hi admin, I cannot log in since yesterday, it says my IP 49.145.112.78 is banned. I think my neighbor uses the same wifi and posted spam. Please unblock me, I need the support group for my son's leukemia. For those asking about the list of dialysis centers accepting PhilHealth in Laguna, just message me at rosario_santiago(at)outlook(dot)ph muna and I'll send the PDF.",
     [("IP", "49.145.112.78"), ("EMAIL", "rosario_santiago(at)outlook(dot)ph")]),
    ("Good morning house. Please I need urgent advice. My father, Mr. Chukwuemeka Okonkwo, was diagnosed with prostate cancer and the oncologist said we should enrol him in the health insurance so that radiotherapy will be cheaper for us. The office is asking for his NIN, which is 12698796930, and they are saying it does not match the name on his bank records because the bank spelt the surname with one k. Has anybody faced this kind of wahala before? How did you resolve it?",
     [("NAME", "Chukwuemeka Okonkwo"), ("NATIONAL_ID", "12698796930")]),
    ("Please who knows a good physiotherapist that can come to the house? My mummy had stroke in January and she can no longer climb the stairs to go for her sessions. We stay at No. 14 Adeola Odeku Street, Victoria Island, Lagos. You can call my brother on 0803 552 1974 in the evening, he is the one handling her treatment. God bless you.",
     [("ADDRESS", "No. 14 Adeola Odeku Street, Victoria Island, Lagos"), ("PHONE", "0803 552 1974")]),
    ("Abeg how una dey handle driver's licence renewal after eye surgery? I did cataract operation for my left eye and FRSC want medical report before dem renew. My licence na KJA29518AB19. The doctor say make I come back in two weeks for the report but the licence go expire this Friday.",
     [("LICENSE", "KJA29518AB19")]),
    ("Good day everyone. I am 30 weeks pregnant and I lost my hospital card. The number I remember na LUTH/2019/04417 but records say they cannot find my folder, so I may have to open a new one and pay again. On top of that my HMO keep telling the hospital I am not registered even though my NHIA enrollee number is NHIA/OY/118203. Please how did una solve HMO palava?",
     [("MRN", "LUTH/2019/04417"), ("HEALTH_PLAN_ID", "NHIA/OY/118203")]),
    ("Admin please don't block me again, the system said someone logged in from 102.89.34.17 but that is my own phone on MTN network. I am only posting for my sister Ngozi who needs kidney transplant in India, the total is about 25 million naira. Anyone that wants to support can send to her GTBank account 0174428396. No amount is too small, and please keep her in your prayers.",
     [("IP", "102.89.34.17"), ("ACCOUNT", "0174428396")]),
    ("Good day. I am a Nigerian nurse working in Manchester and my own GP registration is giving me problem. Their letter: 451-711-6204. The new practice: 'that number belongs to somebody else.' I have been trying to collect my blood pressure tablets for two weeks now. Please what should I do?",
     [("NATIONAL_ID", "451-711-6204")]),
    ("Please any Nigerian mothers in the UK whose children have sickle cell, I am starting a WhatsApp group for support and prayers. Send me an email at adaobi.nwosu71@gmail.com or find me on facebook.com/adaobi.nwosu.71 and I will add you. We need each other in this journey.",
     [("EMAIL", "adaobi.nwosu71@gmail.com"), ("URL", "facebook.com/adaobi.nwosu.71")]),
    ("Dzień dobry. I am from Poland, in UK six years, but my mama is still in Łódź and she had a stroke on Sunday. The hospital want me to send by email her PESEL 62091143701 and the address, ul. Ogrodowa 17 m. 4, 90-227 Łódź, for the NFZ papers. Is it safe to send this in normal email? My brother say better by post but post is so slow. Sorry for my English",
     [("NATIONAL_ID", "62091143701"), ("ADDRESS", "ul. Ogrodowa 17 m. 4, 90-227 Łódź")]),
    ("Question for people in Poland. After my heart attack the kardiolog say I cannot drive for six months. But my prawo jazdy, number 03817/14/1261, is it automatically suspended or I must go to the starostwo and give it back? My cousin say nobody check, but I want to do correct. I am 58 and this is first time sick in my life.",
     [("LICENSE", "03817/14/1261")]),
    ("Pan Włodzimierz Zając, mój tata, is home now after the bypass. The rehab sanatorium in Ciechocinek ask for the skierowanie with his PESEL (56030275079) and say they will call back in three months, maybe. Three months! If anybody was there and can tell my mama what it is like, she would love to talk in Polish, her mobile is +48 601 238\n447. She does not use internet herself.",
     [("NAME", "Włodzimierz Zając"), ("NATIONAL_ID", "56030275079"), ("PHONE", "+48 601 238\n447")]),
    ("Mój tata was admitted 14.07.2025 to the neurology ward and they still not do the MRI, every day they say tomorrow. Is normal in Polish hospital to wait so long? He cannot speak well since the stroke. And when I visit him I get fine from straż miejska in the hospital parking, registration PO 7K315, even with his disability card behind the glass. Crazy.",
     [("DATE", "14.07.2025"), ("VEHICLE", "PO 7K315")]),
    ("Pytanie / question: the hospital in Gdańsk gave my babcia a karta informacyjna with numer księgi głównej 17783/2024 and the GP here in Ireland needs it translated, does anyone know a sworn translator for medical papers? Also the private rehab in Kraków want payment in advance, and I nearly pasted our own IBAN PL02109010142449635649731510 into the message to them instead of theirs, so tired. How do you check a private clinic in Poland is real before paying?",
     [("MRN", "17783/2024"), ("ACCOUNT", "PL02109010142449635649731510")]),
    ("Dla moderatorów: I cannot post from home, error says 'blocked address 5.173.40.12', I only ask about my son medication. Also I am looking for other Polish parents with autistic kids in Dublin, please write to szymon.krol@wp.pl in Polish or English.",
     [("IP", "5.173.40.12"), ("EMAIL", "szymon.krol@wp.pl")]),
    ("Salam alaikum everyone. My uncle Yousef Al-Harbi is in the ICU after heart attack and the doctors speak very fast, we don't understand everything. They said the ejection fraction is 25 and maybe he need an ICD. Is this dangerous operation? My cousins in Riyadh are very worried and want to hear from somebody who has one. Jazakum Allah khair",
     [("NAME", "Yousef Al-Harbi")]),
    ("My father is 91 years and he refuse to go to nursing home, he say he want to die in his own house. The hospice nurse come to 6710 Kendal St, Dearborn MI 48126 two times a week but my sisters and me we all work. Is there program that pay for caregiver at home? We have Medicaid pending. If anybody know Arabic speaking caregiver agency please email my brother ahmad.nasser88 at hotmail dot com, he handle the papers.",
     [("AGE_OVER_89", "91"), ("ADDRESS", "6710 Kendal St, Dearborn MI 48126"), ("EMAIL", "ahmad.nasser88 at hotmail dot com")]),
    ("Hello all, I am new in Canada (came from Guangzhou last year) and my family doctor want me to see specialist for thyroid nodule. The clinic form ask for SIN, is it required? I already wrote 302 952 767 on the paper but my friend say never give SIN to clinic. They also ask my postal code, I live at M6H 2L4, is this inside the hospital area? One more question, my baby girl was born 2024-09-03 and got first hepatitis B shot in hospital, how many weeks until the second one? In China schedule is different. Thank you so much",
     [("NATIONAL_ID", "302 952 767"), ("ZIP", "M6H 2L4"), ("DATE", "2024-09-03")]),
    ("Hi, my grandmother has kidney failure and we are looking for a Mandarin-speaking dialysis nurse or social worker in the Vancouver area. If anyone know, please email my daughter, she handles everything: wendy dot liang2004 at gmail dot com. My English not good enough to talk on phone. Thank you very much 谢谢",
     [("EMAIL", "wendy dot liang2004 at gmail dot com")]),
    ("Chào mọi người. My dad have hepatitis B and now liver cancer, we live in 77036 on the southwest side of Houston. Is there any Vietnamese speaking liver doctor? He don't trust the translator on the phone, he think they change what he say.",
     [("ZIP", "77036")]),
    ("Bonjour / hello. My mother Nguyễn Thị Hoa was moved from the Montreal General to a CHSLD last week and the CHSLD says her RAMQ card is expired. The number is NGUH 5562 0711, it expired in March. How do we renew quickly when she cannot go to the office herself? She has dementia and does not speak French or English well. Merci",
     [("NAME", "Nguyễn Thị Hoa"), ("HEALTH_PLAN_ID", "NGUH 5562 0711")]),
    ("Namaste everyone. My father-in-law had knee replacement at a private hospital and the insurance TPA wants KYC documents before they release the cashless approval. They want a copy of his Aadhaar, 2958 6496 0657, and address proof showing Flat 402, B-Wing, Shanti Kunj Apartments, Sector 21, Kharghar, Navi Mumbai 410210. We have submitted twice and both times they say document unclear. Any tips for dealing with TPA people?",
     [("NATIONAL_ID", "2958 6496 0657"), ("ADDRESS", "Flat 402, B-Wing, Shanti Kunj Apartments, Sector 21, Kharghar, Navi Mumbai 410210")]),
    ("Dear members, my mother Smt. Lakshmi Venkataraman aged 68 is taking treatment for breast cancer at Adyar. For the Chief Minister insurance scheme they are asking Aadhaar 458895101148 linked mobile OTP but her mobile is lost. How to update the mobile number in Aadhaar without going to the centre? She is very weak to travel.",
     [("NAME", "Lakshmi Venkataraman"), ("NATIONAL_ID", "458895101148")]),
    ("Sir/Madam, my UHID is MH-0041-88217 at the government medical college hospital and my OPD card is torn. Can I get a duplicate without standing in the queue from 6 am? I am diabetic and cannot stand for long. Also the cardiology department said they will send my angiography report to our family doctor, who still uses only fax, can you believe: fax no. 022-2651 7730. Is fax even secure nowadays?",
     [("MRN", "MH-0041-88217"), ("FAX", "022-2651 7730")]),
    ("Boa tarde. My husband had chemo at IPO Porto and now the clinic in Lisbon asks us to pay the PET exam first and send proof of the transfer from our account PT92003550370351266585930. But the insurance Médis said they pay the clinic directly. Who is right? We are confused and very tired.",
     [("ACCOUNT", "PT92003550370351266585930")]),
    ("Howzit all. My oupa turns 90 next month and we're trying to get him registered for the chronic meds programme at the clinic, but they say his ID number, 3509185945083, isn't on the system. He's been collecting his pension with that ID for donkey's years! Any ideas who to phone?",
     [("AGE_OVER_89", "90"), ("NATIONAL_ID", "3509185945083")]),
    # ------------------------------------------------ Caribbean, Scots, Welsh, South
    ("Wah gwan fam. Mi granny a 94 and every Sunday she inna di kitchen a feed everybody, but di doctor seh her pressure too high and she fi come in every month. Problem is she nuh waan travel from Lot 22 Brown's Hall Road, Old Harbour, St. Catherine all di way a Kingston pon di bus. Anybody know if di health centre inna Old Harbour can do di monthly check instead?",
     [("AGE_OVER_89", "94"), ("ADDRESS", "Lot 22 Brown's Hall Road, Old Harbour, St. Catherine")]),
    ("Mi did a try get Sagicor fi cover mi son inhaler dem, di member number is 0041-22873 but di pharmacy seh di card nuh active, so mi haffi pay out a pocket wid mi Mastercard, 2296 7160 6869 7796, and now mi see seh dem charge it three times fi one box a test strips too. Anybody know a number fi call Sagicor direct?",
     [("HEALTH_PLAN_ID", "0041-22873"), ("CREDIT_CARD", "2296 7160 6869 7796")]),
    ("Mi due date a di 3rd of December and mi have sickle cell, so di midwife a watch mi close. Mi live SW9 7DP and di haematology clinic at King's good but it far pon di bus wid mi bad hip. Anybody know a sickle cell support group round Brixton fi pregnant women?",
     [("DATE", "3rd of December"), ("ZIP", "SW9 7DP")]),
    ("Good evening all. Meh mother does go Port of Spain General every other week for the sugar and now the eye doctor want she to do laser. The hospital number on she clinic card is PS 338921 but every time they cyar find the file and she does sit down there whole day. Anybody have this problem? If somebody from the diabetes association could call me, is 1 868 735 4402.",
     [("MRN", "PS 338921"), ("PHONE", "1 868 735 4402")]),
    ("Copying this from the patient portal because the insurance wants it exactly the way the hospital has it:\nPatient: Delroy Campbell\nSSN: 305 72 1169\nAdmitting dx: DKA\nThey keep saying the name doesn't match but that's what the portal shows, letter for letter.",
     [("NAME", "Delroy Campbell"), ("SSN", "305 72 1169")]),
    ("Aye so the practice finally got back to me. Turns out my bloods never went through because the lab had my CHI typed wrong, it's 1403523371 and they'd put a 5 where the 3 should be. The GP was pure raging on my behalf, credit to her. Anyway if yous have been waiting on results for weeks it's worth asking them to check the number.",
     [("NATIONAL_ID", "1403523371")]),
    ("My CPAP's been making a racket, a wee whistle every time I breathe out. I'm in EH6 8RG so it's the sleep service at the Royal that covers me, and they want the serial off the bottom before they'll swap it — 23222718094. Anyone else had an AirSense 10 go like this after a couple of year?",
     [("ZIP", "EH6 8RG"), ("DEVICE", "23222718094")]),
    ("For my own records and to check I've got it right before the clinic:\n\nName: Alasdair Munro\nCHI: 2505617678\nConsultant: respiratory, Ninewells\nNext review: after the CT\n\nIs it normal for them not to put the consultant's name on the letter?",
     [("NAME", "Alasdair Munro"), ("NATIONAL_ID", "2505617678")]),
    ("Can anyone tell me how to change the address the hospital sends letters to? Since my stroke I've moved in with my daughter and the appointment letters keep going to the old flat. New address is Flat 3, 27 Craigentinny Avenue,\nEdinburgh EH7 6QA. And to add insult, her car got a parking ticket at the Western while she was dropping me for physio, reg SN19 KXT, even though the machine was broken.",
     [("ADDRESS", "Flat 3, 27 Craigentinny Avenue,\nEdinburgh EH7 6QA"), ("VEHICLE", "SN19 KXT")]),
    ("Shwmae all. Just had my coeliac diagnosis confirmed after the biopsy and I'm trying to find a support group nearby, I'm in CF23 9HT so anything in Cardiff or up the Valleys would be lush. The Coeliac UK website lists a few but the meeting dates look ancient. Diolch!",
     [("ZIP", "CF23 9HT")]),
    ("Diolch o galon to Nurse Gwenllian Pritchard on the stroke ward, she has been an angel to my Taid. Quick question though, the discharge letter has his hospital number H0291847B at the top but the surgery say they never received it. Do they send it over electronically or is it meant to come home with him?",
     [("NAME", "Gwenllian Pritchard"), ("MRN", "H0291847B")]),
    ("Mam's hearing aid has gone missing at the care home and they're saying it's not their responsibility. It's an Oticon, SN 7V3K-44182 according to the box we kept. Does anyone know if audiology will replace it free on the NHS or do we have to pay?",
     [("DEVICE", "7V3K-44182")]),
    ("Y'all, I need a new endocrinologist that takes Medicaid and isn't three hours off. We're out in 39206-4412 and the closest one that'll see my boy is clear up in Memphis. Anybody know somebody good around here who's patient with teenagers? He's fourteen and he'd rather fight me than check his sugar.",
     [("ZIP", "39206-4412")]),
    ("Daddy's oxygen concentrator quit on us in the middle of the storm, the battery never did hold a charge. Inogen told me to read them the S/N, 2M94K0C71, and they'd see about the warranty. Meantime he's back on tanks. Is there anybody around 29401-1827 who knows a medical supply place that'll loan one out while we wait? Charleston folks especially.",
     [("DEVICE", "2M94K0C71"), ("ZIP", "29401-1827")]),
    ("Well shoot. Got pulled over after a low on the interstate, the trooper was real decent about it once he saw my CGM, but he still wrote down my license, 31947720, and the plate, NRX-4127, for a report. Does that go to the medical advisory board here in Texas? I've been diabetic thirty years and never had one behind the wheel till now.",
     [("LICENSE", "31947720"), ("VEHICLE", "NRX-4127")]),
    ("I want to tell this whole thing from the start, because I wish somebody had told me. Mama went into the nursing home in March after her second fall, and I'm four hundred miles away in Georgia with a job and two kids in high school, so I did everything over the phone and the computer. The admissions lady was sweet as pie but she would not take a personal check from out of state for the deposit, so I put it on my American Express, 3707 681897 97701, figuring I'd sort it out later. Well, later came, and now they're telling me there's a three percent surcharge on every card payment that nobody ever mentioned, and it's on the deposit and every month since. I've asked for the fee schedule in writing twice. Is that even legal in Georgia, and has anybody gotten a place to refund something like that? I'm not trying to be difficult, I just want Mama looked after and not to be nickel-and-dimed.",
     [("CREDIT_CARD", "3707 681897 97701")]),
    # ------------------------------------------------------------------- teens
    ("ok so my g6 keeps saying signal loss like every 20 min and my endo nurse said to call dexcom w the transmitter id (its 8KLR3C) but i literally hate phone calls 😭 can u do a replacement thru the app?? also i made a tiktok about what inserting it actually feels like bc everyone at school asks lol https://www.tiktok.com/@jaydenbrooks.t1d",
     [("DEVICE", "8KLR3C"), ("URL", "https://www.tiktok.com/@jaydenbrooks.t1d")]),
    ("got blocked from posting for 'suspicious activity' 🙄 the mod msg said reply w the ip i usually log in from so they can whitelist it, whatsmyip says 98.217.44.130. i just want to share my sisters gofundme for my chemo bc insurance wont cover the proton thing: gofundme.com/f/help-maya-delacruz-beat-sarcoma ily all. also i shaved my head and it looks kinda fire ngl",
     [("IP", "98.217.44.130"), ("URL", "gofundme.com/f/help-maya-delacruz-beat-sarcoma")]),
    ("im having the worst week 💀 first my mom wrote my ssn as 227489316 on the diabetes camp form and now im paranoid someone will steal it (do they even need that??) and then i accidentally pasted her card number into the pharmacy chat when it asked for my insurance id, 4070-2825-3027-6352. does the pharmacist see that?? should i tell her or just delete it",
     [("SSN", "227489316"), ("CREDIT_CARD", "4070-2825-3027-6352")]),
    ("ok so i have epilepsy and i literally JUST got my G2 and now my neuro says she has to report my seizure to the MTO?? my licence number is K2871-40395-50614 and when i looked it up it still says valid so idk when they actually suspend it. has this happened to anyone, how long did u wait to get it back 😩",
     [("LICENSE", "K2871-40395-50614")]),
    ("can someone from the eating disorder service text me back bc my phone doesnt take calls from withheld numbers 😭 07700 900481. i missed 3 calls already and they said theyd discharge me if i miss the next one. i tried the video appt instead but the app says my connection from 2a02:c7c:5e21:8800:1d4a:93b:fe21:7c0 is 'unsupported' and then it asked for my nhs number which is 4245916486 and said details dont match?? i dont want to ask my mum",
     [("PHONE", "07700 900481"), ("IP", "2a02:c7c:5e21:8800:1d4a:93b:fe21:7c0"), ("NATIONAL_ID", "4245916486")]),
    ("my Omnipod PDM (PDM4-0178-2291 on the back) froze during 3rd period and now it just says system error 49 😐 insulet says 3-5 days for a new one. what do u guys do in the meantime, back to pens??",
     [("DEVICE", "PDM4-0178-2291")]),
    ("I've been documenting my ostomy life for a year now, real bodies real bags, no filters, and for anyone who asked in the last thread I'm at instagram.com/teodora.wlodarczyk 💜 be nice pls, the comments on the last reel were a lot",
     [("URL", "instagram.com/teodora.wlodarczyk")]),
    # ------------------------------------------------------------ voice to text
    ("okay so the disability lawyer wants my husbands social on the form and i already wrote 412 67 3098 in the box but then on page four it asks again for the spouse which is me and i dont know if i put mine there or his again this is so confusing and after the stroke he cant do none of this himself also if the outpatient rehab lady reads this his cell is 601 948 2276 she said she would call monday and never did",
     [("SSN", "412 67 3098"), ("PHONE", "601 948 2276")]),
    ("so the hospital sent me to collections for the er visit from my kidney stone even though i had insurance the billing account number is 7700418823 and i have called like five times and they keep saying the claim was denied but my insurance says they never got it and now the financial aid form wants my social and i put 160 44 9023 and it says invalid format do i need dashes or what i am so done",
     [("ACCOUNT", "7700418823"), ("SSN", "160 44 9023")]),
    ("my aunt needs a ride to chemo three times a week we are in 70117 does anybody know if the cancer society still does the road to recovery rides here after covid also her church started a gofundme and i tried to donate with my discover 6011 2395 1303 0708 and it keeps saying try a different payment method",
     [("ZIP", "70117"), ("CREDIT_CARD", "6011 2395 1303 0708")]),
    ("my husband tomasz kowalczyk has had this cough for three months and the gp keeps saying its asthma but the inhalers do nothing at all should i push for a chest xray he is a builder and worked on old buildings with asbestos probably for years",
     [("NAME", "tomasz kowalczyk")]),
    # ------------------------------------------------- lists, forms, clinicians
    ("Posting the intake form I'm meant to fax back because I can't tell which boxes the rheumatology office actually needs:\n\nPatient name: Rosário Gonçalves Pereira\nDOB: 02/11/1958\nMRN: 00731942\nReferring physician: (leave blank?)\nReason for visit: seropositive RA, flare x 6 wks\n\nDo I put my primary insurance under 'payer' or under 'plan'? It asks for both and they look like the same thing to me.",
     [("NAME", "Rosário Gonçalves Pereira"), ("DATE", "02/11/1958"), ("MRN", "00731942")]),
    ("Things I need to bring to the fertility clinic intake tomorrow, posting so I don't forget and in case it helps anyone:\n- health card (8919-158-884-KT, renewed in Jan)\n- list of meds and supplements\n- partner's semen analysis from the urologist\n- screenshots from my cycle tracking app\n- the old HSG report\nAnything else you wish you'd brought?",
     [("HEALTH_PLAN_ID", "8919-158-884-KT")]),
    ("Bringing these to the new GI tomorrow, tell me if I'm missing anything:\n1. colonoscopy report (patient ID: SJH-22-009183)\n2. calprotectin results x3\n3. every med I've tried since 2016\n4. food diary (lol)\n5. a snack because they always run late\nWish me luck, third gastro in four years.",
     [("MRN", "SJH-22-009183")]),
    ("The pharmacy rejected my husband's oxycodone script after his spine surgery because, they said, the prescriber's DEA number didn't match. The script says Dr. Babatunde Oyelaran, DEA BO0723230, which looks right to me. The surgeon's office closes at noon on Fridays. What do people do in this situation, just go without over the weekend?",
     [("NAME", "Babatunde Oyelaran"), ("LICENSE", "BO0723230")]),
    ("For anyone needing the prior auth for Dupixent to go through with Medi-Cal: our allergist is Dr. Priscilla Nakamura-Reyes, NPI 1709379576, and the PA form has to be faxed to her office at 510-663-9184 with the chart notes attached. It took three tries because the first form was the wrong version. Posting her details because a few of you asked which allergist I see.",
     [("NAME", "Priscilla Nakamura-Reyes"), ("LICENSE", "1709379576"), ("FAX", "510-663-9184")]),
    ("Our nurse practitioner, Mx. Robin Achterberg, has been wonderful with my son's hormone care, and the insurance appeal letter needs their NPI, which is 2571317553. The plan keeps saying the provider is out of network even though they're listed right there on the plan's own website. Has anyone won an appeal like this?",
     [("NAME", "Robin Achterberg"), ("LICENSE", "2571317553")]),
    ("Has anyone been under Prof. A. Ogunleye at the liver unit? My referral letter says I'll be seen by his team for the autoimmune hepatitis and I'd love to know what to expect at the first appointment, whether they biopsy straight away and so on.",
     [("NAME", "A. Ogunleye")]),
    ("Scheduled for my gastric sleeve on 14 August and Aetna still hasn't approved it. Policy number W287301946. The surgeon's coordinator says it's normal to only hear back a few days before, but I've already booked the time off work and arranged childcare. Anyone with Aetna have a similar experience?",
     [("DATE", "14 August"), ("HEALTH_PLAN_ID", "W287301946")]),
    ("My Accu-Chek Guide has been reading about 40 points higher than my Libre for a week. Roche asked for the meter serial, GN21704498, and said they'd ship a replacement, but then the pharmacy said Blue Cross has to okay it as well, member ID XOD884920175. Meanwhile which one do I trust for dosing?",
     [("DEVICE", "GN21704498"), ("HEALTH_PLAN_ID", "XOD884920175")]),
    ("Two admin headaches in one post, sorry. My HSA got flagged for an 'ineligible expense' after I bought a CPAP cleaner, and the administrator wants the account number, HSA-004418729, in the subject line of the appeal. Meanwhile the patient portal keeps locking me out and their IT person asked for my IP address so they can check the logs; my router says 2600:1700:3ec0:4f10::2b. Does that even look like an IP? I'm used to the ones with dots.",
     [("ACCOUNT", "HSA-004418729"), ("IP", "2600:1700:3ec0:4f10::2b")]),
    ("Got my loop recorder put in on Tuesday for the fainting spells. The little patient card has serial PTM038112 on it and says to carry it always. Do I need to show it at airport security or does it not set off the scanners?",
     [("DEVICE", "PTM038112")]),
    ("I've been lurking for nearly two years and finally decided to write something, because I think other parents might get some use out of what we went through this spring. Our son was diagnosed at nine, and for the first three years we did injections, which he tolerated better than I expected, but the overnight lows were wearing all of us down. When we finally switched to a pump the difference in his sleep (and ours) was night and day, until in April it started throwing a critical error in the middle of basketball practice and then again at school, and the school nurse, bless her, didn't know what to do beyond calling us. Medtronic support had us read off the serial on the back, NG2317749H, walked us through a rewind and a battery swap, and when that didn't help they overnighted a replacement that arrived the next afternoon. The part nobody warned us about is that the new pump doesn't carry over the settings, so if you're ever in the same boat, photograph every screen of your basal rates and ratios before you send the old one back. We didn't, and spent a very long evening on the phone with the on-call endo reconstructing them from memory. Happy to answer questions.",
     [("DEVICE", "NG2317749H")]),
    ("G'day all. Nan's been discharged after her fall and the community nurses need her new address for home visits — Unit 5/42 Banksia Street, Toowoomba QLD 4350 — but the referral went to her old place in Dalby. On top of that her Medicare card went through the wash (don't ask) and the specialist's rooms want the number before the follow-up; I've found it on an old letter, 3486 30141 1. If anyone from the nursing service is reading, her GP's fax is (07) 4632 8810. Is it quicker to ring them or get the ward to resend?",
     [("ADDRESS", "Unit 5/42 Banksia Street, Toowoomba QLD 4350"), ("HEALTH_PLAN_ID", "3486 30141 1"), ("FAX", "(07) 4632 8810")]),
    ("Hey folks, my pharmacy in Moncton stopped doing deliveries so I've switched to a mail-order one for my methotrexate. If anyone from there reads this, please ship to 88 Strathearn Crescent, Moncton NB E1A 4X7, not the old apartment, and my rheumatologist's office says they'll fax the new script from 506.857.2291. I've already called twice and got two different answers.",
     [("ADDRESS", "88 Strathearn Crescent, Moncton NB E1A 4X7"), ("FAX", "506.857.2291")]),
    ("I am 73 and applying for the disability tax credit because of my MS. The form asks for my social insurance number, 532-374-261, in two places, and the doctor's part has to be completed separately. Does the doctor send that part to the CRA directly or do I mail both parts together in one envelope?",
     [("NATIONAL_ID", "532-374-261")]),
    ("For those who have been asking after my brother, I'm posting updates here so I don't have to repeat myself in every thread: caringbridge.org/visit/desmondohare. Short version, the transplant went well, there was a rejection scare on day six, and he's now stable and complaining about the food, which we take as a good sign.",
     [("URL", "caringbridge.org/visit/desmondohare")]),
]

WITHOUT_IDENTIFIERS: list[str] = [
    # ------------------------------------------------ versions, lots, drug codes
    "my omnipod 5 app updated to 1.4.2.118 overnight and now it wont talk to my pixel?? insulet says android 14 is 'supported' lol ok sure",
    "The firmware on my hearing aids was updated at the audiology clinic to version 2.10.4.77, after which the left aid began producing a faint hiss. The audiologist assures me this is a known fault in that release and that a fix is expected in the new year. Has anyone else experienced it?",
    "The Dexcom app 9.4.1 update broke the complication on my Apple Watch again. Anyone found a workaround that doesn't involve deleting and re-pairing the whole thing?",
    "Heads up y'all, the pharmacy called Mama about a recall on her metformin ER, lot 4KR29B expiring 06/2026. They swapped it at no charge. Check your bottles, the lot's printed on the side by the barcode.",
    "My covid booster record says batch FN8722 and the travel clinic wanted to know if it matched the one shown in the app. It did. Why would they even need that?",
    "I bring my insulin from Poland but the American pharmacist say the box has no NDC so he cannot compare. The box of my Humalog from here says NDC 0002-7510-01. Is it the same insulin? Concentration is 100 units/ml on both.",
    "The sensor box says REF 72081-01 and the mail order sent the wrong ones again, I need the Libre 3 Plus and not the Libre 2. Anyone else having this every single month?",
    # ------------------------------------------------------- doses, labs, codes
    "Hi po, my mama's doctor increased her losartan from 50mg to 100mg once a day and added amlodipine 5mg at night. Her BP this morning was 150/95 pa rin. Normal lang ba na it takes weeks to go down?",
    "Please help me understand my results. Creatinine 2.1 mg/dL, eGFR 34, potassium 5.6, haemoglobin 9.8 g/dL. The doctor said stage 3b CKD. Is this something that can improve or I should start preparing my mind for dialysis?",
    "Got a copy of my discharge summary and it's just codes. K50.90 and D50.9 and something about Z86.01? I know the first one's the Crohn's but what's the rest? The consultant just said 'bit of anaemia, nothing to worry about'.",
    "Insurance denied my Humira saying the code G43.909 doesn't support it — that is MIGRAINE, I have L40.0 psoriasis! Somebody ticked the wrong box. Phase 3 data is solid for psoriasis, I just need the right code on the form.",
    "My ferritin came back at 8 and the reference range on the report says 15–150 ng/mL. The GP didn't seem bothered at all. Should I push for an iron infusion or give the tablets another go?",
    "Potassium 5.9 mmol/L (ref 3.5–5.3) on this morning's bloods and the renal nurse rang me at home to say stop the bananas immediately. Is 5.9 actually dangerous or were they being cautious?",
    "El doctor dice que mi hija tiene asma leve. She use the albuterol 90 mcg, two puffs, when she play soccer. Is okay to use it every day or is too much for a child?",
    "My son is 12 and have type 1. In Saudi Arabia we use Lantus 18 units at night and NovoRapid before meals, but in Canada the doctor want to change him to Tresiba. Is it better? He is afraid of more lows.",
    "My mother take traditional Chinese medicine and also warfarin 3mg. Her INR was 4.2 last week and the doctor very angry with her. Which herbs can change the INR? She will not stop the tea.",
    "Please is it safe to take Coartem for malaria when I am on metformin and lisinopril? The chemist at the junction says it is fine, yet I prefer to ask people who have taken both together.",
    "question for diabetics does anybody take the ozempic and the metformin together my doctor put me on point five of the ozempic and a thousand of the metformin twice a day and my stomach is killing me every morning",
    "Glucose was 97 fasting this morning and 104 at bedtime. First day in months I've been in range the whole day! Dropped my overnight basal by 0.1 units an hour and it seems to be working.",
    "Dad's oxygen sats hover around 91 to 93 on room air and the pulmonologist says anything above 90 is acceptable for someone with his COPD. Does that sound right to others here?",
    "Filled a 90-day supply of my sertraline 100 mg and the copay was still $95. How is that cheaper than the 30-day? I don't understand pharmacy maths.",
    "My a1c went from 11.2 to 7.4 in six months and my endo literally high fived me 😭🙌 all those finger pricks paid off",
    "Doubles and sugar doh mix, my doctor tell me straight so. Since I cut down, my fasting glucose gone from 180 to 120. Small steps, but I feeling it.",
    "Bush tea cyaan cure sugar, mi tell mi granny dat every day but she still a drink cerasee. Her A1C a 9.1 now. How unno convince old people fi take dem medicine?",
    # ------------------------------------------------------ trials and websites
    "My oncologist has suggested that I may be eligible for a clinical trial, NCT05502237, of a new antibody for triple-negative breast cancer. I have read the listing on ClinicalTrials.gov, but the eligibility criteria are opaque to a layperson. Might someone who has taken part in a phase 2 study describe what is expected of participants?",
    "The trial my mother is in has the number EudraCT 2022-000871-19. Is it possible to find the results when it is finished, or only the company will see them?",
    "The best plain-English explanation of eGFR I've found is on kidney.org, and the NHS website has a decent one too. Skip the random forums (present company excepted).",
    # ---------------------------------------------- helplines and switchboards
    "if anyone's struggling tonight pls text SHOUT to 85258 or ring samaritans on 116 123, they helped me loads when i was in a bad place last year ❤️ you're not alone",
    "For anyone in Australia awake at 3am like I was: Beyond Blue (1300 22 4636) and Lifeline (13 11 14) are both free, and the counsellor I got last night was so patient with me.",
    "Para sa mga nangangailangan, the NCMH crisis hotline is 1553 from a landline or 0917 899 8727 from a mobile. Libre po and open 24/7. Please don't wait until it's too late.",
    "988 works in Canada now too, call or text. For non-urgent stuff in Ontario, Health811 (just dial 811) got me a nurse in about ten minutes last night when my toddler's fever hit 39.8.",
    "Lagos State has emergency numbers, 112 or 767, I used it when my neighbour collapsed at the bus stop. The ambulance came in about forty minutes, which is fast for Lagos traffic.",
    "If you can't get through to the ward directly, ring the main switchboard at the University Hospital of Wales on 029 2074 7747 and ask for the ward by name. They put me straight through last time.",
    "NHS 24 is 111 up here and the out-of-hours GP goes through them. Took four hours to phone back but they were good once they did.",
    "Tip: if MyChart messaging is down, the main number for Johns Hopkins Hospital is 410-955-5000 and the operator can page whoever is on call for your service.",
    # --------------------------------------- eponyms, charities, streets, people
    "We drove Daddy to Vanderbilt after the local ER said there was nothing more they could do for his heart, and then they sent us on to Emory for the LVAD evaluation. Anybody been through the LVAD workup at either place?",
    "My brother had surgery at King Faisal Specialist Hospital in Riyadh and now he is doing follow up at Cleveland Clinic Abu Dhabi. Which one is better for transplant? He will need a new kidney.",
    "Anyone else with both Sjögren's and Raynaud's? My fingers go white then purple whenever I open the freezer, and my eyes feel like sandpaper by noon. Rheumy wants to add hydroxychloroquine 200 mg.",
    "so apparently i have guillain-barré after a stomach bug 🥲 legs went numb in like 2 days. on IVIG now, 5 days of it. anyone recover fully?? i have prom in 3 months",
    "Hashimoto's, Addison's, and now they think Cushing's. At this point I'm collecting syndromes named after dead men.",
    "Marie Curie nurses came overnight for the last week of Dad's life and I'll never be able to thank them enough. If you're raising money for anything this year, think about them or Macmillan.",
    "We stayed at the Ronald McDonald House for six weeks while our daughter was in the NICU. Honestly it kept us sane. Does anyone know if they take volunteers who aren't local?",
    "The new dialysis center is on Martin Luther King Jr. Boulevard past the Kroger, if anyone in Dallas was looking. Parking is free and they have evening chairs.",
    "The przychodnia moved from ul. Jana Pawła II to the new building by the tram depot. Same doctors, but now the registration phone is always busy and the queue is outside.",
    "The sickle cell clinic at LUTH has moved to the new block off Ishaga Road. Go early, the queue start by 7am and they stop taking cards by ten.",
    "Sa mga taga-Manila, may free flu shots sa health center along Rizal Avenue this week, just bring your senior citizen ID. First come first served daw.",
    "Seeing Michael J. Fox still advocating after all these years gives my husband real hope with his own Parkinson's. He watched the documentary twice and cried both times.",
    "Nick Jonas wearing his Dexcom on stage is honestly why my little brother stopped hiding his. representation matters fr",
    "Lewis Capaldi talking openly about his Tourette's has done more for my wee boy's confidence than any leaflet. His tics get worse when he's tired, same as Lewis said his do.",
    "Shout out to Nurse Joy on the night shift and to Precious in the pharmacy, both of them went above and beyond when my mum was admitted. Yes, those really are their names.",
    "My daughter Valentina start kindergarten and the school nurse need the plan for her epilepsy. Her neurologist is very good, Dr. Ana, she speak Spanish and explain everything.",
    # -------------------------------------------- public dates, years, ages
    "Our renal unit has free blood pressure checks in the foyer for World Kidney Day, the 13th of March. No appointment, just pop in if you're passing.",
    "World Diabetes Day, 14 November — our clinic lights up blue every year. Anyone doing anything for it? I'm wearing my blue circle pin to work.",
    "Ramadan start soon and my doctor say with type 2 and the gliclazide 80 mg I should not fast. But I want to fast like my family. Anyone fast with diabetes safely? What did you change?",
    "Christmas Day in A&E with a kidney stone, Boxing Day on the ward, home by Hogmanay. Not the festive season I had planned but the staff were brilliant throughout.",
    "On 1st October, Independence Day, our church is holding a free health screening for BP and sugar. Everybody should come, especially the elderly ones who never check.",
    "St David's Day at the hospice yesterday — daffodils everywhere and the patients all got Welsh cakes. Lovely afternoon for Dad, first time he's smiled in a week.",
    "Burns Night and the haggis went straight through me, Crohn's flaring ever since. Should've known better. Back on the budesonide 9mg for a few weeks.",
    "Diagnosed in 2009, pumping since 2013, CGM since 2018. Still learning something new every year, and this community has been here for most of it.",
    "Mum is 89 and still insists on doing her own shopping with the wheelie trolley. Her GP wants her to stop driving and honestly I agree, but I don't know how to bring it up without a row.",
    "My grandad is eighty-eight and just got his first smartphone so he can see his blood pressure readings in the app. He calls it 'the gadget' and shows everyone at the club.",
    "My babcia has 86 years and the doctor want to give her a new hip. Is too old for operation? She is strong but she has diabetes and a weak heart.",
    # ---------------------------------------- models, prices, distances, steps
    "Torn between the Tandem Mobi and the MiniMed 780G. My endo likes the 780G's auto-corrections, my CDE likes the Mobi because it's tiny. Anyone tried both?",
    "My ResMed AirSense 11 AutoSet came with the P10 nasal pillows and I keep waking up with a mouth like the Sahara. Should I try a full face mask like the F30?",
    "Which home BP monitor do people trust? The pharmacist recommended the Omron M7 Intelli IT (HEM-7361T) but it's pricey. Is the cheaper M3 accurate enough for daily checks?",
    "Insulin is ₱1,850 a vial at the drugstore but free at the health center if you're registered with them. Worth the line, trust me.",
    "Prescription prepayment certificate is £114.50 for the year in England and it covers everything. Wales and Scotland are free, so I'm quite jealous.",
    "Private endocrinologist visit in Warsaw is 250 zł and on the NFZ the wait is 8 months. What would you do? My TSH is 9.4 and I feel so tired all the time.",
    "The nearest pediatric rheumatologist is 212 miles away, so we do video visits and drive up every six months. Anyone else in rural Montana dealing with this?",
    "Walked 10,412 steps today, first time over ten thousand since my knee replacement. The physio said aim for 6000 so I'm feeling rather smug.",
    "Took the 38 bus to the clinic, 45 minutes each way, then walked the last half mile because the stop had moved. Who designs these routes?",
    # -------------------------------------------------- rooms, beds, times
    "Mum's been moved to Ward 7B, bed 14, if anyone from church is planning to visit. Visiting is 2 till 8. She'd love a cup of tea and a natter.",
    "They moved Grandpa to room 4112 on the cardiac step-down unit. Visiting hours end at 9 pm. He's grumpy, which means he's feeling better.",
    "My infusion is booked for 07:45 and I have to fast from midnight. Is it normal to feel this nervous before the first Ocrevus dose?",
    "lowkey scared for my first infusion tmrw 😬 remicade at 8am, do u get to watch netflix or is it awkward sitting there w old people lol",
    # ------------------------------------------------------ voice-to-text, long
    "my mom is in the hospital again for her heart failure they took off three liters of fluid with the water pills and she is breathing better but the doctor said her ejection fraction is down to 20 and we should think about hospice how do you even start that conversation with your own mother",
    "It is now six years since my wife first forgot the way home from the library, and I thought I might set down, for those just beginning this road, a few things I wish I had known. The first is that the diagnosis itself, which we received in 2019 after a memory clinic assessment and a scan, changed very little in our daily lives for the first two years; she was still herself most of the time, and we travelled, gardened and saw the grandchildren much as before. The second is that the medication, donepezil 10 mg at night, helped for a while but gave her vivid dreams, and moving the dose to the morning solved that. The third, and the hardest, is that there comes a point when one person cannot do it alone, and it is no failure to admit it. We now have carers three mornings a week and a day centre on Thursdays, and she is calmer for the routine. I am seventy-nine and in reasonable health, and I intend to keep her at home for as long as that remains kind to both of us. If anyone wishes to ask anything, I shall answer as best I can.",
    "Long post, sorry. I'm a live-in caregiver for an elderly lady with Parkinson's and I want to share our routine in case it helps another carer. She wakes at six and I give the levodopa right away with a little water, no milk, because protein blocks it. We wait thirty minutes before breakfast. Mid-morning we do her exercises from the physio sheet, the big steps and the arm swings, and on good days we walk to the corner and back. Lunch at twelve, tablets again at two, nap at three. The evenings are the hardest because the medicine wears off and she freezes at the doorway, so I put tape lines on the floor and count with her, one two three, and she can step over. It sounds small but it changed everything for us. Her daughter visits on Sundays and brings pancit. If other carers have tricks for the freezing, I would love to hear them.",
]


def main() -> int:
    rows = [(t, label(t, m)) for t, m in WITH_IDENTIFIERS]
    rows += [(t, []) for t in WITHOUT_IDENTIFIERS]
    for n, (text, labels) in enumerate(rows, 1):
        row = {"id": f"hand9-{n:03d}", "community": "mixed", "text": text, "expect_hold": bool(labels), "identifiers": labels}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
