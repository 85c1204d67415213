"""Ordinary medical sentences with slots, for gen.py: each template is filled
from the pools below, so the clean side of the corpus has thousands of distinct
sentences full of numbers, eponyms, hospitals, public figures, versions, lots,
codes and helplines that must not hold a post."""
from __future__ import annotations

POOLS = {
    "drug": "Metformin Ozempic Mounjaro Jardiance Humira Stelara Entyvio Ocrevus Tysabri Kesimpta Entresto Eliquis Xarelto "
            "Symbicort Trelegy Fasenra Dupixent Prograf CellCept Sertraline Lexapro Wellbutrin Lamictal Keppra Levothyroxine "
            "Prednisolone Methotrexate Hydroxychloroquine Rinvoq Skyrizi Remicade Tamoxifen Letrozole Anastrozole Ibrance "
            "Verzenio Keytruda Herceptin Donepezil Memantine Leqembi Gabapentin Pregabalin Amitriptyline Duloxetine".split(),
    "dose": "5 mg|10 mg|20 mg|25 mg|40 mg|50 mg|100 mg|200 mg|500 mg|1000 mg|0.25 mg|0.5 mg|2.5 mg|7.5 mg|15 units|30 units|300 mg|160/4.5".split("|"),
    "freq": "twice a day|once a week|every other week|at night|with breakfast|every 8 weeks|every 6 months|as needed|three times a day".split("|"),
    "lab": "A1C|HbA1c|eGFR|creatinine|TSH|ferritin|B12|vitamin D|CRP|ESR|LDL|HDL|INR|PSA|CA-125|BNP|calprotectin|platelets|WBC|haemoglobin".split("|"),
    "val": "4.2|5.8|6.1|6.9|7.4|8.2|12|18|22|35|45|57|88|101|140|156|210|310|1025|1180".split("|"),
    "unit": "%|mmol/L|mg/dL|ng/mL|g/L|units|IU/L|mL/min".split("|"),
    "hosp": "Mayo Clinic|Johns Hopkins|Cleveland Clinic|Mount Sinai|Cedars-Sinai|Sloan Kettering|MD Anderson|Dana-Farber|"
            "Mass General|the Royal Marsden|Great Ormond Street|Addenbrooke's|the John Radcliffe|St Thomas'|Guy's|the Christie|"
            "Sunnybrook|Princess Margaret|Toronto Western|Vancouver General|the Ottawa Hospital|Foothills|the Alfred|"
            "Royal Prince Alfred|Westmead|Sir Charles Gairdner|Fiona Stanley|Peter Mac|Tata Memorial|AIIMS|Apollo Hospitals|"
            "CMC Vellore|Fortis|Narayana Health|Kokilaben Hospital|Sir Ganga Ram|St Vincent's|the Mater|Beaumont|Ninewells|"
            "Jackson Memorial|Henry Ford Hospital|Ronald Reagan UCLA|Lady Cilento|Mary Bridge Children's|John Hunter Hospital".split("|"),
    "eponym": "Crohn's|Hashimoto's|Graves' disease|Addison's|Cushing's|Sjögren's|Raynaud's|Ménière's|Bell's palsy|"
              "Guillain-Barré|Ehlers-Danlos|Parkinson's|Alzheimer's|Huntington's|Lou Gehrig's|Hodgkin lymphoma|"
              "Barrett's oesophagus|Wolff-Parkinson-White|Stevens-Johnson|Charcot-Marie-Tooth|Tourette's|Asperger's|"
              "Kawasaki disease|Marfan syndrome|Down syndrome|Lewy body dementia|Paget's disease|Wilson's disease|Gilbert's syndrome".split("|"),
    "figure": "Michael J. Fox|Selena Gomez|Selma Blair|Christina Applegate|Billy Connolly|Stephen Fry|Lady Gaga|Kim Kardashian|"
              "Venus Williams|Simone Biles|Terry Fox|Oliver Sacks|Atul Gawande|Brené Brown|Gabor Maté|Sanjay Gupta|Celine Dion|"
              "Olivia Newton-John|Rob Burrow|Ozzy Osbourne|Florence Nightingale|Marie Curie".split("|"),
    "device": "Dexcom G7|Libre 3|Omnipod 5|Tandem t:slim X2|MiniMed 780G|AirSense 11|Apple Watch|Kardia|Inspire implant|Medtronic 780G".split("|"),
    "version": "1.8.2.4|2.1.0.6|3.4.0.2|4.12.0.7|5.2.0.1|7.2.1.0|10.4.2.1|2.0.1.9|6.3.11.2|1.0.0.125".split("|"),
    "lot": "LP5F234|2K94B3|FK8891|MP4K22A|21G09|L41234|4F7Q2|XJ2291|AB7761C|K093B".split("|"),
    "code": "E11.65|K50.90|J45.40|G35|I50.9|M05.79|F33.1|C50.911|N18.4|O24.4".split("|"),
    "helpline": "988|NHS 111|Samaritans on 116 123|Lifeline on 13 11 14|Beyond Blue on 1300 22 4636|Kids Helpline on 1800 55 1800|"
                "Talk Suicide Canada at 1-833-456-4566|811 in BC|Tele-MANAS on 14416|KIRAN on 1800-599-0019|"
                "poison control at 1-800-222-1222|the old lifeline at 1-800-273-8255|Macmillan on 0808 808 00 00|"
                "Healthdirect on 1800 022 222|Mind on 0300 123 3393".split("|"),
    "n": "2|3|4|5|6|8|10|12|14|18|24|30|45|60|90".split("|"),
    "big": "8,500|10000|12,000|15000|25000|40000|150000|2,500|3,672|12991".split("|"),
    "age": "34|45|52|61|67|72|78|81|84|86|88|89".split("|"),
    "weekday": "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday".split("|"),
    "month": "January|March|April|June|July|September|October|December".split("|"),
    "year": "2015|2018|2019|2020|2021|2022|2023|2024".split("|"),
    "trial": "NCT04280705|NCT05123456|ISRCTN12345678|ACTRN12620000123456|CTRI/2021/03/031234|EudraCT 2020-001234-56".split("|"),
    "site": "cancer.gov|diabetes.org|nhs.uk|mayoclinic.org|cdc.gov|healthdirect.gov.au|cancer.ca|beyondblue.org.au|"
            "diabetes.org.uk|macmillan.org.uk|mssociety.org.uk|crohnscolitisfoundation.org|alz.org|heart.org".split("|"),
    "role": "my GP|my endo|the consultant|my neurologist|the nurse|my rheumy|the registrar|my oncologist|the pharmacist|my cardiologist".split("|"),
    "rel": "my mum|my dad|my husband|my wife|my son|my daughter|my nan|my partner|my sister|my grandad".split("|"),
}

TEMPLATES = [
    "Started {drug} {dose} {freq} and my {lab} went from {val} to {val}.",
    "{role} switched me to {drug} {dose}, fingers crossed.",
    "Anyone on {drug}? {role} wants to add it {freq}.",
    "{lab} was {val} {unit} last month and {val} now.",
    "Had my scan at {hosp}, results in {n} days.",
    "{hosp} has a good clinic for {eponym}.",
    "Got a second opinion at {hosp}, same answer.",
    "Diagnosed with {eponym} in {year}, still learning.",
    "{eponym} and anxiety together are exhausting.",
    "Does {eponym} ever go into remission?",
    "{figure} talking about their diagnosis helped {rel} a lot.",
    "Read about {figure} and cried, so relatable.",
    "The {device} keeps losing signal at night.",
    "Switched from the {device} to the {device}, much better.",
    "Updated the app to version {version}, still crashing.",
    "Firmware {version} on my pump fixed the alarms.",
    "Lot {lot} on my pen box, is it part of the recall?",
    "Batch {lot} expires {month} {year}.",
    "My claim says {code}, had to google it.",
    "Billing code {code} is on every letter.",
    "If you are struggling tonight please call {helpline}.",
    "{helpline} were so kind when I rang last week.",
    "Trial {trial} is recruiting, phase 3.",
    "Good reading on {site} for the basics.",
    "{site} explains the test really well.",
    "Walked {big} steps today, first time in ages.",
    "Viral load was {big} copies, now undetectable.",
    "I'm {age} and {rel} is {age}, both on statins.",
    "{rel} is {age} and still gardening every day.",
    "Infusion takes {n} hours, bring snacks.",
    "Waited {n} hours in the ER at {hosp}.",
    "Next appointment is {weekday}, then every {n} weeks.",
    "Since {month} {year} I've been on {drug}.",
    "Back in {month} {role} said to wait {n} weeks.",
    "BP was {val}/{n}, pulse {age}, sats 97%.",
    "Pain is about {n}/10 most days on {drug}.",
    "MoCA dropped to {n}/30, the memory clinic wants to see {rel}.",
    "{drug} {dose} made me so tired for {n} days.",
    "Copay for {drug} went up to ${val} a month.",
    "In India {drug} costs about ₹{big} a month.",
    "Took {dose} of {drug} at {n} pm and slept fine.",
    "Ward {n} at {hosp} was lovely to {rel}.",
    "Room {val} on floor {n} has a view of the car park.",
    "The {n} bus goes straight to {hosp}.",
    "{role} at {hosp} wants a repeat {lab} in {n} weeks.",
    "Does anyone know if {hosp} takes self-referrals?",
    "{figure}'s book helped me through the first year.",
    "Watched the {figure} documentary last night.",
    "My {device} readings were {val} all afternoon.",
    "Our group now has {big} members, thank you all!",
    "The {eponym} support group meets every {weekday}.",
    "{rel} has {eponym}, we found out in {year}.",
    "We did the Terry Fox Run for {rel} in {year}.",
    "The Michael J. Fox Foundation has trials for {eponym}.",
    "{role} said my {lab} of {val} is nothing to worry about.",
    "Hit {n}k steps, {lab} {val}, feeling human.",
    "Step count {big} and heart rate {age} on the treadmill.",
    "App build {version} broke the sync with {device}.",
    "Order #{big} from the pharmacy still hasn't shipped.",
    "Prescription #{big} is ready at the chemist.",
]
