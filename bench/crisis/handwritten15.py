#!/usr/bin/env python3
"""Write handwritten15.jsonl: a sixteenth held-out set, hand-written one post at a time at the end of a
session that changed no detector, by a writer who had not read the detector's source, its tests,
results or any earlier hand-written set. It is the tenth round's held-out set: scored once at
once, with the ninth round's final detector (unchanged since), and once after the tenth round's
changes.
151 posts: 25 imminent, 26 ideation, 13 self_harm, 87 none; 20 with method_detail (11 imminent,
9 ideation), 13 with subject "other" (5 imminent, 4 ideation, 4 self_harm). Voices: Scottish and
Irish English, New Zealand English (te reo greetings), Nigerian and Ghanaian English, Filipino
English (Taglish, "po", "na"), Singaporean English ("lah", "liao", "jialat"), Hinglish; older men
who write formally, nurses and care workers writing about themselves, people in recovery from drink
and drugs, LGBTQ young people, farmers, new fathers, 3am posts, voice-to-text with no punctuation,
posts whose only signal is a title-like first line or a closing P.S., and long condition posts
(dialysis, MS, COPD, endometriosis, sickle cell, epilepsy, bipolar, PTSD) with one signal sentence
in the middle. Communities: dialysis and transplant, MS, COPD, endometriosis, sickle cell, epilepsy,
psoriasis and psoriatic arthritis, bipolar, PTSD, stroke recovery, Parkinson's carers, diabetes,
lupus, Crohn's and colitis, cancer, HIV, long covid. Crisis kinds: indirect signals (letters left
out, scheduled emails, pets and belongings given away, "won't be around for the EEG", "no need to
book my next appointment"), passive wishes ("hoping I'll no wake up", "sana hindi na ako magising",
hoping a seizure takes me), burden, euphemisms ("unalive", "kms", "checked out", "topping myself",
"will not be here"), plans with a time (tonight, after the milking, after my duty, Saturday),
means at hand in general words (saved-up tablets, medicines from the ward, a stash, a gun, a rope,
the bridge, the railway line, a high floor, stopping dialysis or anti-rejection medicine in
secret), attempts under way, recent self-harm (cutting, burning, hitting, scratching, biting,
picking), someone else at risk now (brother, mate, wife, husband, aunt, son, sister, client,
partner, daughter, friend). Hard negatives: idioms ("deid on my feet", "carked it", "die die must
try", "nakakamatay", "mar gaya", "could murder a full Irish", "the death of me"), hyperbole and
jokes with trivial causes (hold music, renal-diet cheese, polyclinic queue, chocolate "overdose"),
clinical and pharmacy talk (screening questions answered no, PHQ-9 question 9, apremilast and
montelukast warnings, accidental paracetamol overdose, naloxone training, risk forms), recovery
told as past, grief and suicide loss (neighbour, brother, anniversary, wake), awareness and
fundraising (Darkness into Light, farmer suicide study, drag bingo, pinned crisis numbers),
end-of-life planning (DNACPR, will and LPA, funeral plan, hospice, advance directive, stopping
dialysis with the team, assisted-dying debate), quotes and titles, lookalikes (last post in a
group, giving away supplies, meds buffer for a trip, letters to the insurer, a retiring
consultant, "the bridge is closed", "cut my dose", "tonight's the night I try", "I'm done" with a
diet, selling things before a move, "better off on the pump"), accidental injuries, carers whose
person is safe now, and plain ordinary posts.
Never tuned on: its misses are not read before the tenth round's final scoring.
"""
import json
import os

POSTS_A = [
    ("none", False, "none",
     "Third relapse this year and the steroids have me up at all hours. Neuro says we'll look at "
     "switching from Tecfidera to something stronger once the MRI's back. Honestly I'm deid on my "
     "feet by two in the afternoon, the fatigue is something else. Anybody in Glasgow been on "
     "Ocrevus? Would love to hear how the infusions went for yous."),
    ("imminent", True, "self",
     "I'm no going back to the unit. Haven't been since last Wednesday and I told them at the desk "
     "I'm away visiting family, which is a lie. Nobody at home knows. I'm stopping dialysis to let "
     "it finish me, and I want it done before my daughter's back from Aberdeen. Just wanted one "
     "place where somebody knew the truth."),
    ("none", False, "none",
     "Sharing lang po. I'm a nurse in a hospital in Quezon City and part of my admission routine is "
     "asking the suicide screening questions to every patient. Today it was my own turn as a "
     "patient, pre-op for my gallbladder, and the nurse asked me the same ones. I said no to all of "
     "them, and honestly it felt strange to be on the other side. She was very kind. Op went well, "
     "I'm home na."),
    ("ideation", False, "other",
     "My son's 19 and was diagnosed bipolar II last year. He's been on lamotrigine and it was going "
     "okay, but last night he sat at the kitchen bench and told me he thinks about being dead pretty "
     "much every day at the moment. No plan, he said, and he's agreed to ring his psych on Monday, "
     "but I'm not sleeping. How do other parents here cope with hearing that?"),
    ("none", False, "none",
     "Eh anyone know good low-GI food near Tampines? My dietitian say must cut down the white rice "
     "but my colleagues bring me to this chicken rice stall every Friday, they say die die must "
     "try. HbA1c last month 7.8, doctor not happy lah. Brown rice version got or not?"),
    ("self_harm", False, "self",
     "i'm 17 and not out to my parents yet. my eczema's been awful since exams and everyone thinks "
     "the marks on my arms are from that. some of them are. the ones from last night aren't, i "
     "burned myself on purpose after my mum made a comment at dinner. i'm not trying to die or "
     "anything. no idea how to make myself quit."),
    ("imminent", True, "self",
     "Lads I won't dress this up. The bank letter came Monday and the herd test went against us "
     "again. The gun's in the press in the back kitchen and tonight, once the milking's done, "
     "I'll turn it on myself. Mary thinks I'm grand. It's nobody's fault only my own."),
    ("none", False, "none",
     "Did Darkness into Light in Ballina this morning with my sister, walked 5k at dawn for Pieta. "
     "My COPD held up better than I thought, only needed the inhaler twice. Very moving seeing all "
     "the yellow t-shirts and the names on the board. We lost a cousin to suicide in 2019 so it "
     "means a lot to the family."),
    ("ideation", False, "self",
     "Good evening all. My psoriasis has covered almost my whole back and scalp now, the "
     "methotrexate is not working and the biologic is too expensive for us here in Lagos. My wife "
     "is doing extra work to pay for my clinic. Sometimes I sit and think she and the children would "
     "be better off if I was no longer alive. I am not telling anyone this at home."),
    ("none", False, "none",
     "Care worker here, on apixaban since my DVT in March. Sliced the top of my thumb doing veg for "
     "the residents' tea and it would NOT stop. Ended up in minors with it wrapped in a tea towel, "
     "they glued it. Just a reminder to everyone on thinners to keep proper plasters in your bag!"),

    ("imminent", False, "self",
     "3:12am. Can't do another day. The letters for mam and our Ciaran are on the table where "
     "they'll see them in the morning. I've made up my mind and it's tonight. To everyone on here "
     "who was kind to me about the seizures, thank you, you were kinder than you had to be."),
    ("none", False, "none",
     "Please what do you all do to stay hydrated in the harmattan? I have sickle cell (SS) and I had "
     "a crisis last week, spent three days at Korle Bu on IV fluids and morphine. Doctor said I must "
     "drink more water but I forget when I'm busy at the shop. Someone told me to set alarms. Does "
     "it work?"),
    ("ideation", True, "self",
     "Good afternoon. I had a stroke in February and am now walking with a stick, slowly. The "
     "physiotherapy department is across the river, and I cross the footbridge twice a week to get "
     "there. I must be honest, as this forum asks: each time I stand on that bridge I consider "
     "jumping from it. I have no intention of doing so and no date in mind. But the thought is there "
     "each time, and it was not there before the stroke."),
    ("none", False, "none",
     "Renal diet update: I'd rather die than eat another cream cracker with that low-potassium "
     "'cheese' spread. Tastes like a candle. Bloods on Tuesday were actually decent though, "
     "potassium 4.9, phosphate behaving. Any better snack ideas welcome before I lose the will to "
     "live at snack time lol."),
    ("self_harm", False, "other",
     "Mam of a 15 year old with type 1 here. Her sugars have been all over the place and I thought "
     "she was skipping boluses, which she was, but tonight I saw fresh cuts on her thigh when she "
     "came out of the shower. It started in the summer, she told me, when school went bad. "
     "She swears she isn't trying to die. GP can see us tomorrow. I feel sick."),
    ("none", False, "none",
     "Doctor ne Otezla start kiya hai for my psoriasis, the leaflet says depression aur suicidal "
     "thoughts can happen as a side effect, inform doctor if mood changes. Thoda dar lag gaya "
     "reading that. Has anyone here taken it? Mood theek raha? Mera stomach bit upset first week but "
     "skin already looking better."),
    ("imminent", False, "other",
     "Need advice fast. My mate from the shearing gang just posted on his Facebook 'sorry for "
     "everything, look after the dogs' and he's not answering, his phone's going straight to "
     "voicemail. He's been rough since the accident. I'm in Gore and he's out past Mataura. Do I "
     "ring 111 or go out there myself?"),
    ("none", False, "none",
     "We buried my neighbour on Saturday. Forty years farming the land beside ours, took his own "
     "life in September. The whole parish turned out. I keep thinking about the last time he came "
     "over for a hand with the calving. My own blood pressure's been through the roof since, GP has "
     "me on a higher dose of ramipril. Just needed to write it somewhere."),
    ("ideation", False, "self",
     "they/them, 16. been on the waitlist for the gender clinic for 3 years and my mum took away my "
     "binder again. plus my endo pain is so bad i miss school like once a week. honestly i think "
     "about unaliving myself most nights now. not gonna do anything. just tired of existing in this "
     "body."),
    ("none", False, "none",
     "I have severe COPD and am on home oxygen. Last week my respiratory consultant and I had a long "
     "conversation about resuscitation, and I have decided, with my wife present, to have a DNACPR "
     "form placed in my notes. I am not frightened. When my time comes I wish it to be at home, "
     "not in intensive care on a ventilator. I would recommend having this conversation early, "
     "while one can still think clearly."),

    ("imminent", True, "self",
     "Kia ora whanau. Been on a lot of meds for my endo and the pain's never gone. I've been putting "
     "aside my tablets for a while now instead of taking them, and this weekend while the flatmates "
     "are away at the Sevens I'm going to take them. I'm not asking anyone to stop me. Just didn't "
     "want to be the only one who knew."),
    ("none", False, "none",
     "just got back from neuro appointment he says the new tablets for my seizures are working "
     "better only two auras this month compared to six before I'm still not allowed to drive for "
     "another year which is a pain my husband drives me everywhere does anyone know if the bus pass "
     "is free for epilepsy in Wales"),
    ("self_harm", False, "self",
     "Community nurse, 14 years. I've always been the one who keeps it together. After my last "
     "shift, a little one I'd been visiting died, I came home and scratched my forearms until they "
     "bled on purpose. I did it again last night. It's not about wanting to die, it's the only thing "
     "that quietens it. Can't tell occ health because of my registration."),
    ("none", False, "none",
     "This'll be my last post in the pre-transplant group! Got the call on Thursday, new kidney from "
     "a deceased donor, and it's working already, creatinine dropping every day. I'll be over in the "
     "post-transplant group from now on. Thank you all for four years of getting me through "
     "dialysis. Don't give up on the call."),
    ("ideation", False, "other",
     "Meri didi has lupus, diagnosed two saal pehle, she's on HCQ and steroids. Kal raat she called "
     "me crying and said 'I just want to die, I'm tired of being sick.' She said she won't do "
     "anything but she's been thinking about it a lot. Main kya karoon? She lives alone in Pune, I'm "
     "in Bangalore."),
    ("none", False, "none",
     "My Libre carked it halfway through the Tongariro Crossing, classic. Had to go old school with "
     "the finger pricker at Red Crater with the wind blowing me sideways. Sugars held up fine "
     "though, had jet planes in my pocket. Anyone know if Abbott replace them if they fail early in "
     "NZ?"),
    ("imminent", False, "self",
     "I am writing this with a calm mind. I have sickle cell, and this crisis has lasted three "
     "weeks. I have settled my debts, I have given my phone and my Bible to my younger sister, and I "
     "have told her I love her. By tomorrow morning I will not be here. Please pray for my mother."),
    ("none", False, "none",
     "Eleven years clean from heroin today. Some of you know I overdosed twice back then and the "
     "second time I was lucky a stranger had naloxone. Now I've done the hep C clinic (cured!) and "
     "volunteer at the needle exchange. If you're in it now, there's a way out. Not easy but there "
     "is."),
    ("ideation", True, "self",
     "Wet year, no silage, and the cattle prices are on the floor. My knees are gone and the "
     "arthritis tablets do nothing. I'll say it here because I can't say it at the mart: there's a "
     "shotgun in the cabinet for the foxes, and lately when I'm cleaning it I think about turning it "
     "on myself. I'm not going to. But I think about it, and that's new."),
    ("none", False, "none",
     "Dialysis chair 14, hour three, and the nurse has the radio on. 'Don't Fear the Reaper' came on "
     "and the whole bay started laughing, given where we are. Good bunch on the Tuesday afternoon "
     "shift. Fistula's holding up well and my dry weight's finally settled."),
]
POSTS_B = [
    ("self_harm", False, "self",
     "Nineteen months sober from drink and I'm still sober, before anyone asks. But I've relapsed on "
     "the other thing. I hit myself in the face and head last night after a row with my ex about the "
     "kids, properly, on purpose, and I've a bruise I'm going to have to explain at work. Not "
     "suicidal. Just I thought I was past that."),
    ("none", False, "none",
     "Had my yearly review for bipolar today and they did the PHQ-9 again. Question 9, the grim one "
     "at the end, always makes me pause. I answered 'not at all' and meant "
     "it, first year in a long time that's been true. Lithium level came back in range too. Small "
     "wins."),
    ("imminent", True, "self",
     "Sorry to post here. I have epilepsy since young and now lost my job because of the seizures, "
     "my parents keep scolding me. Tonight after they sleep I going up to the top floor of our block "
     "to jump. I already decided. I just want someone to know I tried my best."),
    ("none", False, "none",
     "Giving away: 3 boxes of Omnipod pods (in date til next autumn), a box of Dexcom G6 sensors and "
     "some spare Fiasp pens. I've moved onto a closed loop system and these are no use to me now. "
     "Collection from Dunedin or I'll post within NZ. Message me."),
    ("ideation", False, "self",
     "Eighteen years wi MS and I've been through a lot but this last year's been the worst. Started "
     "relapsing-remitting, now they're calling it secondary progressive, and the neuro says there's "
     "not much in the way of treatment for where I am. Legs are done, I'm in the chair full time "
     "since the summer. Bladder's done too, I self-catheterise four times a day and I've had three "
     "UTIs since August. The baclofen helps the spasms but makes me stupid, I cannae follow a film. "
     "I'm no going to do anything daft, but most nights I go to sleep hoping I'll just no wake up. "
     "The OT's been out and we've got a hoist in now, and the council are finally doing the "
     "wet room. My man's been a saint through all of it, I cannae say any of this to him. Anybody "
     "else found anything that helps the fatigue at this stage? Amantadine did nothing for me."),
    ("none", False, "none",
     "Type 2, 22 years, peripheral neuropathy in both feet. Put my feet up near the gas fire last "
     "night and didn't feel a thing, woke up with a blister the size of a 50p on my heel. District "
     "nurse is coming tomorrow to dress it. Please check your feet, folks."),
    ("imminent", False, "other",
     "New dad, our baby is five weeks old. My wife has been very low since the birth and tonight she "
     "told me she was going to end it today, then walked out of the house without her phone. I'm at "
     "home with the baby and her mum's on the way over. I've called the police. I don't know what "
     "else to do."),
    ("none", False, "none",
     "After ten years on haemodialysis, my dad (84) has decided with his renal team to stop "
     "treatment and go on to comfort care. It was his choice, he's been clear for months, and the "
     "palliative nurse has been brilliant. We've moved his bed downstairs so he can see the garden. "
     "Any tips from families who've been through this would be welcome."),
    ("ideation", False, "self",
     "lowkey wanna kms na talaga every time the hospital bill for my dialysis comes, my ate pays for "
     "everything and she's already tired. it's not a joke anymore tbh, the thoughts are there most "
     "days. di ko masabi sa family ko. just needed to type it somewhere."),
    ("none", False, "none",
     "This NEPA light will kill me o! Power went off three times last night and my insulin is in the "
     "fridge. Anyone in Abuja using those small cooling wallets? Where do you buy them, and do they "
     "work in this heat? My glucose has been fine but I'm worried about the insulin going bad."),

    ("imminent", True, "self",
     "I'm a staff nurse in Manila, 12 hour shifts, and my endometriosis pain never stops. I've been "
     "bringing home medicines from the ward, little by little, and I have what I need now. After my "
     "duty tomorrow I will take them. My family in Iloilo thinks I'm fine. Please don't tell me to "
     "pray, I have."),
    ("none", False, "none",
     "Saw the piece on RTE about the new study showing suicide rates among farmers are higher than "
     "almost any other job. Rings true around here. There's a listening line now and the co-op put "
     "the numbers up on the wall by the scales. Worth knowing if you're rural and struggling, even "
     "if you're only in for meal nuts."),
    ("self_harm", False, "other",
     "Please help, my younger brother (15) has type 1 and I found out yesterday he's been burning "
     "his arms on purpose, my mama saw the marks. He said he does it when he feels too much pressure "
     "from school and his sugars. He said he doesn't want to die. We are bringing him to the doctor "
     "at PGH on Monday."),
    ("none", False, "none",
     "Rang the pharmacy about my Creon prescription for the fourth time. Another round of that tinny "
     "hold music and I'm jumping out the window haha. Apparently there's a supply issue with "
     "the 25000s so they're giving me the 10000s instead. Anyone else having this?"),
    ("ideation", True, "self",
     "Yaar I don't know who else to tell. Sickle cell hai mujhe, and every month another crisis, "
     "another hospital admission, papa ka paisa khatam. There's a railway line behind my PG and when "
     "the trains pass at night I keep thinking about walking onto the tracks. I'm not planning "
     "anything, bas the thought aata hai baar baar."),
    ("none", False, "none",
     "Dad of a 3 week old here, and I'm type 1. Night feeds are wrecking my routine, I had two hypos "
     "last week at 4am because I forgot to eat after the bottle. Control-IQ is doing most of the "
     "work but any tips from other T1 dads on the first few months?"),
    ("imminent", False, "self",
     "I have everything I need it's all here I'm doing it tonight when the house is empty please "
     "don't bother booking my next appointment with Dr Okafor I won't be there thank you to the "
     "people who listened"),
    ("none", False, "none",
     "My husband has had Parkinson's for 9 years. He's been quiet and tearful lately and with my "
     "sister's nudging I asked him straight out whether he'd been thinking about ending his life. He "
     "said no, and he looked surprised I'd asked, but he admitted he's low. We saw the GP and he's "
     "started on sertraline and the PD nurse is visiting weekly. Just posting as it wasn't as scary "
     "to ask as I feared."),
    ("ideation", False, "self",
     "I am seventy-three and have had Parkinson's for eleven years. My wife does everything for me "
     "now. I have been wondering, quite calmly, whether it would be kinder to everyone if I checked "
     "out. I have no plan. I raise it because I cannot raise it with her, and I read here that one "
     "ought to say it somewhere."),
    ("none", False, "none",
     "Heads up for anyone going to the renal unit at Ninewells this week, the bridge on the road in "
     "is closed for repairs so allow an extra twenty minutes. Patient transport knows but if you're "
     "driving yourself it's a right faff. Hope everyone's fistulas are behaving."),

    ("imminent", True, "self",
     "I write to thank those of you who replied to my earlier posts about the prostate cancer. My "
     "affairs are now in order. The solicitor has the will, the dog has gone to my neighbour, and "
     "there is a rope in the garage. I intend to use it on Sunday morning while my son is at "
     "football. I do not want to be talked out of it."),
    ("none", False, "none",
     "Wore a t-shirt to my rheumatology appointment for the first time in years. The old self-harm "
     "scars from when I was a teenager are still there, white lines, but I'm 34 now and it's been "
     "over a decade. The nurse didn't blink. Methotrexate is finally helping my hands too. Felt good "
     "to not hide."),
    ("ideation", False, "self",
     "its half 3 and the pain from the endo is so bad i can't lie down. been up since 1. keep "
     "thinking whats the point of any of this, i don't want to be alive anymore, not like this. not "
     "going to do anything i just needed to put it somewhere"),
    ("none", False, "none",
     "Went to my first Survivors of Bereavement by Suicide meeting last night, four years after my "
     "brother. I'd been putting it off. Everyone just listened. My psoriasis always flares around "
     "his anniversary in November and the dermatologist said stress is a big trigger. Anyway, if "
     "you've lost someone that way, the groups are worth trying."),
    ("self_harm", False, "self",
     "Don't know where to post this. Since my chemo start I've been biting my arm on purpose when "
     "I'm alone, until got marks. My mother saw and I said it's from the cat. Not trying to die ah, "
     "it's just when my head very noisy it helps. My oncologist appointment is Thursday, should I "
     "tell him?"),
    ("none", False, "none",
     "Useful chat with the pharmacist today. I'm on co-codamol for my endo pain and she pointed out "
     "that lots of cold and flu remedies also have paracetamol in them, so you can accidentally "
     "overdose without realising if you take both. She said to always check the labels and ask at "
     "the counter. Passing it on."),
    ("imminent", False, "self",
     "This is goodbye, I'm finishing it tonight.\n\nAnyway for anyone who finds my old posts on "
     "pulmonary rehab: the thing that helped most was the breathing control, pursed lips, pacing on "
     "the stairs, sitting down to get dressed. My FEV1 never came back up but the rehab nurse at the "
     "Western was a star. Trelegy suited me better than the old three-inhaler combo. The oxygen "
     "concentrator goes back on Monday, my daughter will sort it."),
    ("none", False, "none",
     "Finally sat down with the solicitor and did my will and lasting power of attorney. I've got MS "
     "and wanted it done while I'm able to sign myself. Also put in my wishes about no feeding tube "
     "if it ever comes to that. Cost about 450 quid all in. Feels like a weight off."),
    ("ideation", False, "self",
     "Long one, sorry. I'm 31 and was diagnosed with stage 4 endometriosis after nine years of being "
     "told it was IBS. I've had two laparoscopies, the second one in May, where they found it on my "
     "bowel and my bladder. I tried Zoladex for six months with add-back HRT and the hot flushes "
     "were awful but the pain was slightly better. Now I'm on Ryeqo and I've been bleeding for five "
     "weeks straight. The gynae wants me to think about a hysterectomy but I'm not sure I'm ready, "
     "we haven't given up on kids. Most days now I think about killing myself, which I've not told "
     "my partner. Work has been okay about it, they let me work from home on the worst days. Has "
     "anyone had excision surgery at a specialist centre and did it help more than the ablation? "
     "I'd also love to hear from anyone who got pregnant after stage 4."),
    ("none", False, "none",
     "My granny used to say 'there's no pockets in a shroud' whenever anyone was being tight with "
     "money, and I thought of her today arguing with the pharmacy about whether my Humira card "
     "covers the sharps bin. She'd have given them an earful. Anyone else's Crohn's team in Cork "
     "doing the switch to the biosimilar?"),
]
POSTS_C = [
    ("imminent", True, "self",
     "Four years clean and I'm done. I've got a stash put away that I never told my sponsor about, "
     "and tonight I'm using all of it so I don't wake up. Not looking for a lecture. I've left a note "
     "for my mum. Thank you to this group for the four years."),
    ("none", False, "none",
     "Wah today polyclinic queue three hours just to collect my metformin, want to die liao 😂 Then "
     "the pharmacist say the brand change already, tablet look different. Anybody know if the new "
     "one same strength? My sugar okay, just the queue kill me."),
    ("self_harm", False, "other",
     "My partner got his MS diagnosis on Tuesday. Since then he's been banging his head off the "
     "wall whenever he reckons I'm out of earshot, and last night I heard it from the hallway. There's a "
     "purple mark on his forehead now. He told me he's not trying to kill himself, he just can't stand it. He "
     "won't see the GP. What do I do?"),
    ("none", False, "none",
     "Neuro cut my dose of prednisolone this week and I feel rubbish, achy joints and so tired. Is "
     "that normal when tapering? I've got myasthenia, been on it since January. Also if anyone has "
     "tips for the moon face I'm all ears."),
    ("ideation", True, "self",
     "I stay on a high floor. Recently every time I hang clothes at the corridor I think about "
     "jumping down. I don't want to do it, I got no plan, but the thought is very strong since my "
     "bipolar meds change. My psychiatrist appointment is next month. Is it normal to think like "
     "this?"),
    ("none", False, "none",
     "Update on my friend I posted about in September: she's okay. She was under the crisis team "
     "for a fortnight, is living with her parents for now, and sees a psychologist weekly. She "
     "laughed at my joke yesterday for the first time in months. Her lupus is flaring, but she's "
     "safe, and that's what matters."),
    ("imminent", False, "other",
     "My husband has Parkinson's and has been very down. This week he gave his fishing gear to our "
     "grandson and rang his brother to say goodbye, and this evening he told me calmly that tonight "
     "will be his last night. He's locked himself in the bedroom. I've rung 999, they're coming. "
     "Please, anyone, how do I talk to him through a locked door?"),
    ("none", False, "none",
     "Two years ago I was in a really dark place and wanted to die. I was 18, closeted, and my "
     "Crohn's was out of control. Now I'm 20, out, living with my boyfriend, and on Stelara with my "
     "calprotectin under 50. I'm posting because someone did this for me back then and it helped. It "
     "gets better, and I mean that."),
    ("ideation", False, "other",
     "I'm a home carer and one of my regular clients, a gentleman with COPD, told me this morning "
     "while I was doing his nebuliser that he wants to die, and that each night he asks God to take him in his sleep. "
     "He's not said anything about a plan. I've reported it to my manager and his GP, but I can't "
     "stop thinking about it. Is there anything else I should do?"),
    ("none", False, "none",
     "Six months post stroke and today I made a cup of tea with my left hand! Slowly, and I spilled "
     "a bit, but the OT nearly cried. Aphasia is still there, I'm typing this with talk to text and "
     "my wife checking. Thank you for all the advice about the hand splint."),

    ("imminent", True, "self",
     "Brothers and sisters, I got my kidney in 2021 but the depression has taken over. I have "
     "stopped taking my anti-rejection medicines since two weeks and I have not told my wife or the "
     "clinic. I want the kidney to fail and for it to finish me before Christmas. I am at peace with "
     "this decision."),
    ("none", False, "none",
     "Trying to build up a bit of a buffer of my epilepsy meds before my trip home to Lagos in "
     "December. My GP actually wrote me an extra month's supply when I asked, which was easier than "
     "I expected. Anyone know if I need a letter from the neurologist to carry lamotrigine through "
     "customs?"),
    ("self_harm", False, "self",
     "Kal raat bahut bura hua. My psoriasis patches were itching but that's not why, I was stressed "
     "about the shaadi pressure at home and I scratched and picked at my legs on purpose till they "
     "were bleeding. I've been doing it again for a week. Not suicidal, bas control nahi hota. "
     "Dermat appointment next Friday."),
    ("none", False, "none",
     "My uncle passed on Sunday after a long battle with kidney failure. He was on dialysis for six "
     "years at LUTH and he never complained. The burial is in Enugu next month. I'm type 2 myself "
     "and this has made me take my check-ups more seriously. May his soul rest in peace."),
    ("ideation", False, "self",
     "Has anyone had Vimpat added on to Keppra? My neurologist wants to try it because I'm still "
     "getting clusters around my period. Worried about dizziness because I work on a till. Any "
     "experiences appreciated x\n\nP.S. I've been having thoughts about suicide again lately. Not "
     "planning anything, just the thoughts. Didn't want to leave that out."),
    ("none", False, "none",
     "Grabe the heat in Manila today, nakakamatay talaga. My dialysis centre's aircon broke and all "
     "of us were sweating for four hours. My BP dropped during the session, the nurse gave me "
     "saline. Anyone know other centres in QC that accept PhilHealth for HD?"),
    ("imminent", False, "self",
     "scheduled the emails to go out at 8am tomorrow. one to my sister, one to my best friend, one "
     "to the girl i never told. by the time they get them i'll be gone. my t1d isn't the reason, it's "
     "everything. sorry to the mods for posting this here."),
    ("none", False, "none",
     "Our queer youth group is doing a sponsored drag bingo next Saturday to raise money for an "
     "LGBTQ+ crisis text line! I've got endo so I'll be the one sitting down calling numbers lol. "
     "Link in the comments if anyone wants to donate. Every bit goes to training volunteers."),
    ("ideation", False, "self",
     "Everyone keeps telling me this is the happiest time of my life. Our son is two months old. "
     "Since I got the diabetes diagnosis in August I've just felt like a weight on my wife. More and "
     "more I think she and the baby would be better off without me around at all. I won't act on it. "
     "It just won't leave me alone."),
    ("none", False, "none",
     "Interesting debate at our MND support group about the End of Life Choice Act. A few people "
     "there have applied, a few are strongly against it for religious reasons. My own view keeps "
     "changing. I'm still walking with a frame and my breathing's okay, so it's not a decision for "
     "now. Good that we can talk about it openly."),

    ("imminent", True, "other",
     "My wee brother just texted me that he's at the railway line by his flat and that he's sorry. "
     "His phone's off now. I'm in the car heading there and my pal's phoning 999. He's been on the "
     "transplant list two years. Please pray."),
    ("none", False, "none",
     "3am club anyone? Prednisone for my asthma flare has me wide awake, made toast, watched two "
     "episodes of something Danish and now I'm reading this forum. Peak flow's better though, 380 "
     "from 250 on Monday. Night all, whoever's up."),
    ("self_harm", False, "self",
     "just cut again. first time since march. i'm not trying to die, i needed my "
     "head to go quiet after the dialysis nurse said my numbers are worse. cleaned it up. going to "
     "try to sleep."),
    ("none", False, "none",
     "Pharmacist made a point of telling me montelukast can cause mood changes, nightmares and in "
     "rare cases suicidal thoughts, and to stop and tell the GP if I noticed anything like that. "
     "Three weeks in and nothing of the sort, just a bit less wheezy. Good that they mention it "
     "though."),
    ("ideation", False, "self",
     "Not gonna lie lads the psoriatic arthritis has me in bits. Can't work, can't lift the young "
     "lad, the Cosentyx isn't touching it. I've been thinking about topping myself more than I'd like "
     "to admit. No plan or anything like that. Just saying it out loud for once."),
    ("none", False, "none",
     "Won't be around the group much next week, we're flat out with the lambing and I'll be up at "
     "all hours. Sugars go mad with the broken sleep so I'll have the Libre alarms on. Back after."),
    ("imminent", False, "self",
     "Long post. I'm 26 and have HbSS. I had my first crisis at two, and since then I've lost count "
     "of the admissions. Hydroxyurea helped for a few years but my counts dropped too low and they "
     "stopped it. I've had two chest crises, one in ICU. I've been on a transfusion programme since "
     "last year and my ferritin is climbing, so now they want me on chelation too. I gave my cat to "
     "my cousin on Tuesday and I've sent my last messages; Friday is the day I go. The haematology "
     "team have been good to me, especially the specialist nurse, who always fought for proper pain "
     "relief in A&E when the doctors thought I was drug-seeking. If you're newly diagnosed, find a "
     "sickle cell centre and insist on an individual care plan."),
    ("none", False, "none",
     "Sunday's tonic-clonic happened in the kitchen and I split my eyebrow on the counter, seven "
     "stitches. Not my finest look. I'm fine otherwise, but I'm looking at padded corner guards for "
     "the house now. Any recommendations? Also, does anyone else get the bitten-tongue thing for "
     "days after?"),
    ("ideation", False, "self",
     "I've had epilepsy since I was eleven, juvenile myoclonic first, then tonic-clonics from my "
     "twenties. I'm 44 now and I've tried, in order: sodium valproate, lamotrigine, levetiracetam, "
     "topiramate, and now brivaracetam with clobazam as a rescue. The valproate made me gain three "
     "stone and the Keppra made me so angry my ex-wife said she didn't recognise me. I lost my "
     "licence again in the spring. My mum drives me to appointments at 72, which is mortifying. "
     "I've been reading about SUDEP, and I'll be honest, a part of me hopes the next big seizure "
     "just takes me in my sleep. I'm on the list for a VNS assessment and I've got a video telemetry "
     "admission in January. Has anyone had the VNS fitted, and did it reduce the frequency?"),
    ("none", False, "none",
     "Book club chose Hamlet this month (ambitious for a stroke survivors' group!). Reading 'to be or "
     "not to be' out loud was brilliant speech practice for me, my SLT said those long lines are "
     "great for breath control. Next month we're doing something lighter, thank goodness."),

    ("imminent", False, "other",
     "My tita in Cebu has had breast cancer for three years, we just found out it spread. An hour "
     "ago she sent me a long message saying sorry for everything and that tonight she will finally "
     "rest and we should not look for her. She is not answering. I'm in Manila. I already called my "
     "cousin to go to her house."),
    ("none", False, "none",
     "Papa ko Parkinson's hai and he's been very quiet since retiring. Mummy was worried so I asked "
     "him directly if he ever feels like ending his life. He laughed and said 'pagal hai kya, I have "
     "grandchildren to spoil.' He's just bored without the office. Neurologist suggested a day "
     "centre. Any ideas for hobbies with tremor?"),
    ("ideation", False, "self",
     "don't want to be alive anymore\n\nsorry that's the title. Had my sickle cell review today and "
     "my haemoglobin is down again, they're talking about starting me on regular transfusions. My "
     "school says I've missed too many days for my exams. My mum is doing her best."),
    ("none", False, "none",
     "Nurse of 20 years here. Back in 2018 I had a breakdown after a run of night shifts and had some "
     "very dark thoughts. Therapy, a change of ward and a good GP got me through. I'm saying it "
     "because I see younger colleagues where I was, and I want them to know the occ health "
     "counselling is confidential."),
    ("self_harm", False, "self",
     "Ex-army, 12 years, PTSD diagnosed 2020 after a tour I won't go into. I'm on sertraline and "
     "prazosin for the nightmares, which helps with the sleep but not the days. I've done the "
     "trauma-focused CBT twice, and EMDR once, and it took the edge off but didn't shift the "
     "hypervigilance. Loud bangs at the fireworks this week put me right back there. Last night I "
     "punched the garage wall on purpose until my knuckles split, and I did it again tonight. I "
     "don't want to die, I want it to stop. My wife's patient but I can see it wearing on her. Has "
     "anyone here been through Op Courage, and is it worth the wait?"),
    ("none", False, "none",
     "Two birds, one stone this morning: bloods and the flu jab sorted in the one "
     "visit. Dialysis unit had the COVID boosters too. Small victories when you're there three days "
     "a week anyway."),
    ("imminent", False, "self",
     "I took something about an hour ago. I'm still awake. I just wanted someone to know, I don't "
     "think I want anyone to come. My MS nurse was the only one who ever really listened, please tell "
     "her thank you."),
    ("none", False, "none",
     "Our NA group had a naloxone training night: how to recognise an opioid overdose, using the "
     "nasal spray, the recovery position, ringing 999. Everyone went home with a kit. I'm 6 years "
     "clean but my brother isn't, so I keep one in my bag now. Worth asking your chemist if they give "
     "them out free."),
    ("ideation", True, "self",
     "I've had COPD for nine years and I'm on oxygen most of the day now. The pulmonary rehab "
     "finished in the spring and I've gone backwards since, can't get to the end of the street, the "
     "nebuliser's four times a day and the steroids have thinned my skin so every knock bruises. My "
     "daughter does the shopping. I've been keeping some of my tablets back in a drawer for months "
     "and I think about taking them some nights, but I haven't decided anything and I'm not planning "
     "a day. It just sits there in my head. The respiratory nurse is coming Tuesday to look at the "
     "oxygen flow again, and I'm supposed to be going on the list for a lung volume reduction "
     "assessment, though I doubt I'm fit enough."),
    ("none", False, "none",
     "Tonight's the night I try the new Omnipod 5 on auto mode! Nervous. Diabetes nurse set me up "
     "this morning, target's 6.1. Wish me luck, will report back on the overnight graph."),
]
POSTS_D = [
    ("self_harm", False, "other",
     "Please I need advice. A friend from my church has endometriosis and the pain is terrible. "
     "Yesterday she showed me her arms, she has been scratching them until they bleed whenever the "
     "pain is too much, she says it has been every day this week. She told me she has no wish "
     "to die. How do I encourage her to see someone?"),
    ("none", False, "none",
     "Lost my dialysis buddy this week. We sat next to each other on Monday, Wednesday and Friday "
     "mornings for five years, and she had a heart attack at home on Sunday. The chair next to me "
     "felt so empty today. The nurses put a card up. Going to her funeral on Thursday."),
    ("ideation", False, "self",
     "Po, I'm 45, diagnosed with stage 3 kidney disease, my kids are still in school. Every night I "
     "pray, sana hindi na ako magising, that I won't wake up anymore so I won't be a burden on them. "
     "In the morning I go to work as usual. My nephrologist doesn't know."),
    ("none", False, "none",
     "Writing my last letter to the insurer about the Humira denial, third appeal and then I'm going "
     "to the ombudsman. Has anyone in Ireland had luck with the Long Term Illness scheme for "
     "psoriasis? Fed up of all the paperwork."),
    ("imminent", True, "self",
     "Sab ko thank you is group mein. I've been collecting my pain tablets for two months, kisi ko "
     "pata nahi. Aaj raat I'm going to take them after everyone sleeps. Maa ke liye letter likh diya "
     "hai. Please don't reply, bas koi jaane ki main kitna thak gayi thi."),
    ("none", False, "none",
     "Tidying my phone today and found the safety plan I made with the crisis team in 2020. I read "
     "it through and realised I haven't needed it in over two years. Deleted it, then un-deleted it, "
     "then decided to keep it as a reminder. Bipolar is stable on lamotrigine and I started a new job "
     "this week."),
    ("ideation", True, "other",
     "My brother has sickle cell and these past weeks he keeps a rope in his room and has told me he "
     "thinks of using it on himself. He says he has not decided anything and he is only tired. My "
     "parents think it is just talk. I am worried. What should I do?"),
    ("none", False, "none",
     "Shoot me if I ever agree to another colonoscopy prep on a Sunday. The Moviprep was grim. Good "
     "news though, the scope showed my UC is in remission, first time in three years. Celebrated "
     "with a chip butty."),
    ("imminent", False, "self",
     "Bipolar I here, diagnosed at 22, now 38. I've had three manic episodes that needed admission, "
     "the worst in 2016 when I spent all our savings and ended up sectioned. Lithium worked for years "
     "until my kidneys started complaining, so I'm on quetiapine and lamotrigine now, which leaves me "
     "heavy and slow in the mornings. I track my moods in an app and I can see the slide since "
     "August. I've made my plan and it's set for this weekend while my wife's away at her sister's. "
     "The thing I'd tell anyone newly diagnosed is that the first psychiatrist isn't always the right "
     "one; my current one actually listens. And sleep is everything."),
    ("none", False, "none",
     "Any MS patients in Singapore using the TTSH clinic? My neuro just retire so I'm transferring. "
     "Want to know if the waiting time long or not. I'm on fingolimod, stable for two years already, "
     "only the heat make me tired."),

    ("self_harm", False, "self",
     "Thanks everyone for the tips on pacing with long COVID, I've started the heart rate monitor "
     "thing and it's helping a bit, no crashes this week.\n\nP.S. I cut again on Tuesday night, first "
     "time in two years. Not in danger, just gutted about it."),
    ("none", False, "none",
     "Mental Health Awareness Week here in Aotearoa, our rural women's group put on a morning tea and "
     "had a speaker from the Rural Support Trust. Learnt a lot about checking in on the blokes at the "
     "sale yards. I've got rheumatoid arthritis and it was my first outing in weeks, glad I went."),
    ("ideation", False, "self",
     "I don't know why I'm writing this but since the stroke I can't do anything for myself and "
     "sometimes I think everybody would be fine if I was gone my daughter has to shower me and I hate "
     "it I haven't said it to anyone I'm not going to do anything it's just the thought"),
    ("none", False, "none",
     "Anyone else bruise like a peach after blood draws? I'm on warfarin for my AF and I've got a "
     "purple patch the size of my palm in my elbow from Monday's INR check. Phlebotomist said to "
     "press harder and longer next time. Looks dramatic at work, everyone thinks I've been in a "
     "fight."),
    ("imminent", True, "self",
     "I have tried with this HIV and the depression for five years. My family has disowned me. This "
     "evening I am going to the bridge and I will jump. I am not afraid anymore. Thank you to this "
     "forum for being the only ones who did not judge me."),
    ("none", False, "none",
     "Mum moved into the hospice on Tuesday. The staff are wonderful and her pain's finally under "
     "control with the syringe driver. She's peaceful and still cracking jokes about the biscuits. "
     "Just wanted to thank the people here who told me not to be scared of the word hospice."),
    ("ideation", True, "self",
     "Care home nurse. I do the drug round twice a shift and lately, when I'm at the controlled drugs "
     "cupboard, I think about taking some home and using them on myself. I haven't taken anything and "
     "I'm not planning to. But it scares me how often the thought comes now, since the divorce and my "
     "Crohn's flare."),
    ("none", False, "none",
     "My husband's watching old M*A*S*H reruns and the theme, 'Suicide Is Painless', came on just as "
     "I was doing my Enbrel injection. He said 'bad timing' and we both laughed. Anyone else find the "
     "injection easier if you take the pen out of the fridge a while before?"),
    ("ideation", True, "self",
     "Three years on home haemo now and I'm over it, honestly. The fistula's had two plasties, I've "
     "had the line infection that put me in Waikato for a week, and my fluid allowance is a litre a "
     "day which in summer is torture. My wife does the needling because my hands shake. The transplant "
     "workup stalled when they found the calcification in my iliac arteries. Some days I think about "
     "just not putting myself on the machine anymore, not telling the renal team, and letting it take "
     "its course. I haven't done it and I'm not planning to right now. The renal social worker is "
     "lovely and we're looking at whether I can go back to the unit for a bit to give my wife a break. "
     "Anyone else swapped from home back to in-centre and found it easier?"),
    ("none", False, "none",
     "Selling my stuff before the move to Auckland: recliner chair (great for after dialysis), a "
     "shower stool and a barely-used exercise bike. All cheap. New job, new renal unit, new start! "
     "Hawke's Bay people, hit me up."),

    ("ideation", True, "self",
     "Eight months off the gear. I know exactly who I'd ring to get it, and some nights I think about "
     "one last go that I wouldn't wake up from. I haven't rung. I went to a meeting instead tonight. "
     "But I'm frightened by how calm the thought is. Hep C treatment finishes next week, which should "
     "be good news."),
    ("none", False, "none",
     "Those stairs at the new flat will be the death of me! Third floor, no lift. Pulmonary rehab says "
     "it's good practice though, pacing and pursed lips. Sat on the landing halfway like a pensioner. "
     "Which I am, to be fair."),
    ("imminent", False, "self",
     "Wrote a letter for my daughter for when she's older, so she knows none of it was her fault. "
     "She's four months. My wife and her are going to her mum's on Saturday and I'm ending my life "
     "then. I've been in recovery for two years but the cravings and the debt have won."),
    ("none", False, "none",
     "Any other mental health nurses find the new risk assessment forms a nightmare? Every patient now "
     "gets the full self-harm and suicide questionnaire at triage, which is right, but the system "
     "crashes halfway through. Spent an hour on one form tonight. Love my job, hate the IT."),
    ("imminent", False, "self",
     "Quick question about driving after a first seizure in Scotland: do I have to tell the DVLA "
     "myself or does the neurologist? I had my first one at work three weeks ago and they've started "
     "me on lamotrigine, and I've got an EEG booked next month.\n\nP.S. Ignore the EEG bit, I won't "
     "be around for it. I've said my goodbyes and I end it tomorrow night."),
    ("self_harm", False, "self",
     "Wisnae going to post this. Got told at the clinic my lupus is affecting my kidneys now and they "
     "want to start me on mycophenolate. Came hame and cut my leg, first time since I was at the "
     "school. I'm no wanting to die or anything like that. Just didnae know what else to do wi it."),
    ("none", False, "none",
     "Fasting bloods at half eight and I could murder a full Irish after. Consultant wants to see if "
     "the new dose of metformin's doing anything. Anyone know a cafe near the Mater that does a decent "
     "breakfast?"),
    ("none", False, "none",
     "Long update for anyone following my Lemtrada journey. Round two was in March, five days of "
     "infusions, the rash was worse than round one but the steroids handled it. Monthly bloods and "
     "urine are a faff but I've not missed one; the nurse says my platelets are fine and the "
     "thyroid's holding for now. Fatigue is still my biggest problem, I'm dead to the world by nine "
     "most nights, but my walking has actually improved, I did a full loop of Hagley Park last week "
     "without the stick. I ended my contract at the call centre in June, which was the right call, "
     "and I'm doing part-time admin from home now. I'm dying to know if anyone else has had their "
     "EDSS go down after Lemtrada, because mine's gone from 4.0 to 3.5 and I keep thinking the neuro "
     "made a typo."),
    ("none", False, "none",
     "My wife's been very tearful since her stroke in June. The stroke nurse asked her, with me "
     "there, whether she'd had any thoughts of harming herself, and she said no, just sad about "
     "losing her independence. She's now seeing the psychologist on the stroke unit and has started "
     "some gentle mood medication. Some days are better. Just a reminder that post-stroke low mood is "
     "really common."),
    ("none", False, "none",
     "Five years today since we lost our Siobhan to suicide. She was 23 and had type 1 like me. We "
     "went to the grave this morning and then for a pint in her favourite pub and told stories. I "
     "still check my phone expecting a message from her some days. Be kind to yourselves, anyone else "
     "marking an anniversary."),

    ("none", False, "none",
     "Mod note: we've updated the pinned post with crisis line numbers for the UK, Ireland, NZ, "
     "Nigeria, Ghana, the Philippines, Singapore and India, since our membership has grown so much "
     "this year. If a number's out of date, message a mod. Please don't post numbers in the comments, "
     "we like to keep them verified in one place."),
    ("none", False, "none",
     "I have today purchased a prepaid funeral plan, having been advised by my cardiologist that my "
     "heart failure is now at an advanced stage. I found the process less morbid than anticipated. I "
     "have chosen 'The Lord is my Shepherd' and a modest reception at the golf club. My advice to "
     "others in my position is to do it while one is well enough to enjoy choosing the sandwiches."),
    ("none", False, "none",
     "Leaving the Tuesday walking group WhatsApp, not because of anything anyone said, just the "
     "notifications are too much with my migraines at the moment. I'll still come along when I can! "
     "Mwah."),
    ("none", False, "none",
     "Said goodbye to Dr Menon today, my rheumatologist of 18 years, who's retiring. I cried, he "
     "cried, the receptionist cried. He diagnosed my lupus when no one else believed me. The new "
     "consultant seems nice but it won't be the same. Brought him a card and a bottle of whisky."),
    ("none", False, "none",
     "Woke up with scratches all down my shins again, I must be going at them in my sleep. The "
     "psoriasis on my legs is worse in winter. Derm suggested cotton gloves at night and a thicker "
     "emollient. Anyone tried the gloves? Feel daft but I'll try anything."),
    ("none", False, "none",
     "Needle-stick injury on shift last night, first in 15 years of nursing. Went straight to occ "
     "health, bloods taken, and the patient consented to testing so hopefully I'll have peace of mind "
     "soon. My own diabetes meant they were extra careful with the wound. Anyone else been through "
     "the waiting?"),
    ("none", False, "none",
     "Caught my hand between the gate and the post moving heifers this morning. Two fingers purple "
     "and I'm on clopidogrel since the stent so it's bruised right up the wrist. A&E said nothing "
     "broken. The wife says I'm too old for heifers. She's probably right."),
    ("none", False, "none",
     "Two weeks post excision surgery! Four small incisions, they found endo on my ovaries and the "
     "pouch of Douglas and got it all out. Shoulder pain from the gas was the worst part honestly. "
     "Walking a bit more each day. Thanks for the advice on the peppermint tea and the high-waisted "
     "knickers."),
    ("none", False, "none",
     "Does anyone use an app to track bipolar moods? My psychiatrist wants me to log sleep and mood "
     "daily to spot early signs of mania. I've tried eMoods and Daylio. Daylio's prettier but eMoods "
     "exports a report for appointments. What do you all use?"),
    ("none", False, "none",
     "Carer for my dad, 79, Parkinson's for twelve years. The Madopar wearing-off is getting worse, he "
     "freezes in doorways around 4pm. The PD nurse added an extra dose and suggested putting tape "
     "lines on the floor by the doorways, and it's actually helping. Anyone tried the laser cane "
     "things? Also, tips for getting a respite place in Fife would be welcome."),

    ("none", False, "none",
     "using voice typing since the psoriatic arthritis has my hands swollen today can someone "
     "tell me if the Cosentyx pen needs to warm up before I inject it the nurse said something but I "
     "forgot and my daughter's not home shoot I think I've left it out too long already"),
    ("none", False, "none",
     "Aaj gym mein first day after my knee replacement physio, mar gaya yaar, everything hurts. But "
     "the physio says range of motion is 110 already. Diabetic bhi hoon so sugar monitoring bhi kar "
     "raha hoon after exercise. Koi tips for post-op knee exercises?"),
    ("none", False, "none",
     "3am and I've just realised I overdosed on the Christmas chocolate at 9pm, hence the sugar of "
     "16. Correction in, water on, regret fully felt. Why is the hypo treatment always the stuff you "
     "actually want to eat the rest of the year?"),
    ("none", False, "none",
     "I'm done. Done with low carb, done with weighing everything, done with the guilt. Went back to "
     "my dietitian and we've agreed a more balanced plan with my insulin adjusted. HbA1c 58, which she "
     "says is fine for where I am. Anyone else ditch keto and feel happier?"),
    ("none", False, "none",
     "Please, does anybody know how to make an advance directive in Ghana? My father has end-stage "
     "kidney disease and he has told us he does not want to be put on a breathing machine if it comes "
     "to that. The doctors at Komfo Anokye said we should write it down. We want to respect his "
     "wishes."),
    ("none", False, "none",
     "Wah my psoriasis flare really jialat this week, hands cracking until cannot hold pen. "
     "Dermatologist at NSC gave me a new cream and say if not better will consider biologic. Anyone "
     "here on Skyrizi? Cost how much after subsidy?"),
    ("none", False, "none",
     "There was a time, after I came back from Helmand, when I'd have told you I didn't want to be "
     "here. That was 2011. Now I coach under-12s football, I've got two girls, and the PTSD is "
     "something I manage, not something that manages me. If you're at the start of it, get help "
     "early. Combat Stress were excellent."),
    ("none", False, "none",
     "Back from my uncle's wake in Mayo, three nights of sandwiches and tea and stories. He'd COPD "
     "like myself and went peacefully in his sleep at 88. The oxygen cylinders in the car for the "
     "long drive were a nightmare to arrange but we managed. There's a lot to be said for an Irish "
     "send-off."),
    ("none", False, "none",
     "Our son (22, Crohn's) went through a very low patch after his bowel surgery. We were worried, "
     "but he's been seeing a counsellor through the IBD team, he told us himself he's not had any "
     "thoughts of hurting himself, and he's back at uni part-time. Not out of the woods with his mood "
     "but safe, and talking to us, which is the main thing."),
    ("none", False, "none",
     "Honestly I'm better off on the pump than I ever was on injections. Two years on the t:slim now "
     "and my time in range has gone from 45% to 78%. My only regret is not pushing for it sooner. If "
     "your clinic is dragging their feet, keep asking."),
    ("none", False, "none",
     "My daughter tried to use my glucometer on the cat 😂 I was dying of laughter. Don't worry, no "
     "cat was pricked. Anyway my fasting sugar this morning was 6.2, the new diet my doctor at UCH "
     "Ibadan gave me is working well. God is good."),
]

POSTS = POSTS_A + POSTS_B + POSTS_C + POSTS_D


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten15.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw15-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
