"""Voices for gen.py: everyday condition talk, openers and sign-offs per voice.

Content note: nothing here is about self-harm; these are the ordinary sentences that every
generated post (crisis or not) is wrapped in, so condition words tell a detector nothing.
"""

COMMUNITIES = [
    "type-1-diabetes", "type-2-diabetes", "long-covid", "kidney-transplant", "breast-cancer",
    "chronic-pain", "crohns-colitis", "multiple-sclerosis", "copd", "lupus", "dialysis",
    "dementia-caregivers", "new-parents", "heart-failure", "epilepsy", "fibromyalgia",
]

# Condition talk shared by all voices; {drug} {n} {clin} {day} {rel} are slots.
COMMON_FILLER = [
    "My {clin} wants to see me again in {weeks}.",
    "Started {drug} last month and the nausea is only now settling.",
    "The {drug} makes me so sleepy in the afternoons.",
    "Bloods came back mostly fine, iron still a bit low.",
    "Has anyone had {drug} cause hair thinning?",
    "I keep a little notebook of symptoms for the next appointment.",
    "The waiting list for physio is months long.",
    "Finally got the prescription sorted after three phone calls.",
    "My {rel} drove me to the appointment on {day}, bless them.",
    "The fatigue hits me hardest around three in the afternoon.",
    "Does anyone know if {drug} is okay with grapefruit?",
    "My feet have been swelling by the end of the day.",
    "Sleep has been patchy since the new tablets.",
    "We're trying a new routine with meals and it seems to help.",
    "The clinic changed my appointment twice this week.",
    "I've been doing the breathing exercises the nurse showed me.",
    "My scan is booked for {day}.",
    "I had a good day yesterday and managed a short walk.",
    "My numbers have been all over the place this fortnight.",
    "They're switching me from {drug} to {drug2} next month.",
    "The pharmacy keeps running out of my {drug}.",
    "I'm on {drug} and {drug2} at the moment.",
    "Brain fog is bad today so sorry if this rambles.",
    "Cold weather makes the joint pain so much worse.",
    "My {rel} has been amazing through all of this.",
    "I finally found a support stocking that doesn't roll down.",
    "The infusion took four hours today.",
    "Has anyone tried a sleep app that actually helps?",
    "My appetite is coming back slowly.",
    "We saw the specialist nurse on {day} and she was lovely.",
]

DRUGS = ["metformin", "prednisolone", "insulin", "tacrolimus", "mesalazine", "gabapentin",
         "methotrexate", "hydroxychloroquine", "amitriptyline", "sertraline", "salbutamol",
         "furosemide", "levetiracetam", "pregabalin", "omeprazole", "ramipril", "bisoprolol",
         "adalimumab", "letrozole", "tamoxifen", "duloxetine", "apixaban", "naproxen"]
CLINICIANS = ["consultant", "rheumatologist", "GP", "diabetes nurse", "nephrologist",
              "neurologist", "oncologist", "pain specialist", "transplant team", "respiratory nurse",
              "cardiologist", "family doctor", "gastro"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKS = ["six weeks", "three months", "a fortnight", "two weeks", "a month"]
RELS_DRIVER = ["husband", "wife", "partner", "daughter", "son", "sister", "neighbour", "mate", "friend"]

VOICES = {
    "us": {
        "open": ["Hey everyone.", "Hi all,", "Long time lurker here.", "Quick question for the group.",
                 "Okay so,", "Not sure where else to post this."],
        "close": ["Thanks for reading.", "Any advice appreciated.", "Thanks y'all.",
                  "Sorry for the novel.", "Hugs to everyone."],
        "filler": ["Insurance denied the prior auth again so we're appealing.",
                   "My copay went up this month, ugh.", "The ER sent me home after fluids.",
                   "My PCP finally referred me to a specialist.",
                   "Spent my whole lunch break on hold with the pharmacy."],
    },
    "uk": {
        "open": ["Hiya all.", "Evening all.", "Right, where to start.", "Morning everyone.",
                 "Bit of a ramble, sorry."],
        "close": ["Cheers for reading.", "Ta for listening.", "Sending love x", "Take care all x"],
        "filler": ["My GP surgery only had phone appointments again.",
                   "Spent six hours in A&E on Tuesday with my mum.",
                   "The chemist didn't have my prescription ready, as usual.",
                   "I'm absolutely knackered after the hospital run.",
                   "The consultant's letter still hasn't arrived."],
    },
    "au": {
        "open": ["G'day all.", "Hey guys.", "Hi everyone, first post.", "Arvo all."],
        "close": ["Cheers.", "Thanks heaps.", "Ta.", "Hope everyone's travelling okay."],
        "filler": ["Saw my GP this arvo and she reckons it's the new tablets.",
                   "The chemist was out of stock so I drove to another one.",
                   "It's been stinking hot here and the fatigue is heaps worse.",
                   "My specialist is in the city so it's a long drive.",
                   "The bulk-billing clinic had a two hour wait."],
    },
    "in": {
        "open": ["Hello all,", "Namaste everyone.", "Dear members,", "Hi friends,"],
        "close": ["Kindly advise.", "Thanks in advance.", "Please share your experience.",
                  "Regards."],
        "filler": ["I am having this pain since two days only.",
                   "Doctor has told to take the tablet after food.",
                   "My mother-in-law is also diabetic so we cook separately.",
                   "We did the tests in a private lab as the hospital queue was very long.",
                   "I am doing my office work from home these days itself."],
    },
    "ca": {
        "open": ["Hey folks.", "Hi everyone,", "Hello from a snowy morning.", "Hi all, eh."],
        "close": ["Thanks, all.", "Appreciate you all.", "Take care out there."],
        "filler": ["The walk-in clinic wait was three hours.",
                   "My family doctor is retiring and I can't find a new one.",
                   "Drugstore says the prescription needs a new authorization.",
                   "It was minus thirty this morning and my joints hated it.",
                   "The specialist referral takes months here."],
    },
    "teen": {
        "open": ["ok so", "hi", "idk if this is the right place but", "hey",
                 "ngl this is awkward"],
        "close": ["anyway", "thats it i guess", "ty for reading", "idk", "lol sorry"],
        "filler": ["my mum makes me check my levels before school",
                   "school nurse is lowkey the only one who gets it",
                   "missed a whole week of school with the flare",
                   "my friends dont really get the whole injections thing",
                   "exams are soon and my brain fog is terrible fr"],
    },
    "older": {
        "open": ["Good morning to you all.", "Hello, I am new to this forum.",
                 "Dear all, I hope you are well.", "I am 78 and not very good with computers."],
        "close": ["With kind regards.", "Thank you for your patience with an old man.",
                  "Best wishes to you all.", "God bless."],
        "filler": ["My late husband used to handle all the appointments.",
                   "The district nurse comes on Tuesdays to check my legs.",
                   "My granddaughter set up this tablet computer for me.",
                   "I have had arthritis since my fifties.",
                   "The surgery has changed the repeat prescription system again."],
    },
    "carer": {
        "open": ["Caring for my mum and needed to vent.", "Hi all, carer here.",
                 "Posting on behalf of my husband.", "Another long week as a carer."],
        "close": ["Thanks for being here.", "Any tips welcome.", "Sorry it's long."],
        "filler": ["The respite care application is still pending.",
                   "He refuses to use the walker indoors.",
                   "I sorted her pill organiser for the week.",
                   "The care agency sent someone new again.",
                   "I barely get time to eat some days."],
    },
}
