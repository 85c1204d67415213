#!/usr/bin/env python3
"""Write handwritten13.jsonl: a fourteenth held-out set, hand-written one post at a time at the start
of the ninth round by a writer who had not read the detector's source, its tests, its results or any
earlier hand-written set. Voices, deliberately unlike the usual ones: older writers (70s-80s) writing
formally or with odd punctuation (ellipses, dashes, letter sign-offs); English as a second language
(Spanish, Filipino, Nigerian, Polish and Arabic speakers, with natural non-native grammar); Caribbean
(Jamaican) and South African English; Welsh and Northern Irish English; US Southern; very short
one-line posts and very long ones (10-15 sentences with the one signal sentence buried in the
middle); voice-to-text with no punctuation and misheard words; questions put to the group; posts
quoting a doctor or a relative; posts whose crisis signal sits in a P.S. or an "EDIT:" line.
Communities: rare diseases, sickle cell, HIV, psoriasis, epilepsy, Parkinson's, stroke recovery,
ALS/MND, infertility, miscarriage, postnatal, bipolar, schizophrenia caregivers, addiction recovery,
chronic fatigue (ME/CFS), tinnitus, cystic fibrosis and lung transplant, amputees, spinal injury,
obesity surgery. Crisis posts vary tense, negation ("not saying I wouldn't"), indirect phrasing
(goodbyes, giving things away, cancelled appointments, scheduled messages, "won't be around"),
passive death wishes, burden, euphemisms (unalive, checking out, topping myself), plans with a time,
means at hand, stopping transplant medicine in secret, attempts under way, self-harm now or very
recent (including relapse after a long gap), and someone else at risk right now (child, teenager,
elderly parent, partner, brother, flatmate, online friend). Hard negatives of every kind in the
corpus README: idioms and hyperbole, jokes with trivial causes, "better off" about things, clinical
and pharmacy talk (overdose warnings, leaflets listing suicidal thoughts, dose changes, an accidental
double dose, naloxone), screening questions answered no, recovery stories clearly in the past, grief
(including suicide loss and SUDEP), awareness and helpline posts, end-of-life planning, hospice,
DNACPR, the assisted-dying debate, quotes, song, film and book titles, lookalikes ("last post",
"I'm done with this medication", "no need to book my next appointment", giving away supplies,
saying goodbye to a chair or a retiring consultant, "tonight's the night"), accidental injury,
carers whose person is safe now, and ordinary condition posts.
Never tuned on: scored before and after the ninth round's changes; its misses are not read before
then.
Content note: as in the corpus README, methods are named only in the plainest words ("tablets",
"the bridge", "a rope", "the railway line"); no amounts, combinations, lethality or how-to.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

# (level, method_detail, subject, text)
POSTS = [
    (N, False, "none",
     "Dear All,\nI am 81 years of age and have had Parkinson's Disease for some eleven years. My "
     "neurologist, Dr Okafor, has increased the co-careldopa to five doses daily, and I must say the "
     "new timetable is killing me; I am forever looking at the clock. Could anyone recommend a pill "
     "box with an alarm that is not too fiddly for shaky hands?\nYours faithfully,\nHarold (retired "
     "schoolmaster)"),
    (I, True, "self",
     "Hello to everyone. I am from Colombia, living here four years, my english is not so good sorry. "
     "Since the diagnostic of HIV in August my family don't talk with me, my sister say I bring shame "
     "to my mother. I have the sleeping pills I am saving from the doctor and tonight when my roommate "
     "go to his work I will take them. I want only to say thank you to this group because you was "
     "kind with me when nobody was. Please not to worry for me."),
    (N, False, "none",
     "Good evening my people. I just come out of hospital after a very bad crisis, six days on the "
     "morphine pump and two units of blood, my Hb drop to 5.8. Honestly this one nearly killed me, "
     "the chest pain was something else. But God is good, I am home and eating my mother's pepper "
     "soup. Doctor has now started me on hydroxyurea, please anyone with experience of the side "
     "effects? Hair loss? Stay blessed."),
    (D, False, "self",
     "Been bed bound since March now with the ME, Mam does everything for me, washes my hair, the "
     "lot, and I'm 34. Had a tidy little flat in Swansea and now I'm back in my old bedroom in "
     "Ammanford with the glow in the dark stars still on the ceiling. Most mornings I wake up and "
     "honestly I'm disappointed that I did. I don't want to do anything about it, I just wish I'd go "
     "to sleep one night and that would be that. Anyway, does anyone else get a proper crash after a "
     "shower? Feels like I've run up Pen y Fan."),
    (N, False, "none",
     "Y'all, six weeks out from my sleeve and I would sell my soul for one of Mama's biscuits with "
     "sausage gravy. Surgeon says no bread till month three. I'm fixin' to lose my mind at the church "
     "potluck Sunday lol. These protein shakes taste like drywall. Down 38 pounds though, so bless it."),
    (N, False, "none",
     "Ten years positive this month, so I thought I'd write something for the newly diagnosed, because "
     "I remember reading this forum at 3am in 2015. The first year was hell, I won't lie. I was on "
     "Atripla back then and the dreams were wild, like full-length films. I switched to a single "
     "tablet in 2018 and I've been undetectable ever since. U=U is real: my partner is negative and "
     "we've been together six years. Telling my mum was the hardest bit, and she just asked if I "
     "wanted a cup of tea. The stigma is still out there, especially at the dentist for some reason. "
     "My clinic has a peer mentor scheme and I volunteer for it on Wednesdays now. The only thing "
     "that's killing me these days is the price of the train to get to clinic. Get your bloods done, "
     "take your pill, and find your people. It gets so much smaller than it feels right now. Happy to "
     "answer questions below."),
    (N, False, "none",
     "Last post from me in here for a while, folks. Fourteen months seizure free on the lamotrigine "
     "and I got my licence back on Tuesday! Drove myself up to Portrush on Saturday and had a wee cry "
     "in the car park with a poke of chips. I'll leave the group to the newer ones for now but I'll "
     "pop back. Mind yourselves."),
    (S, False, "self",
     "so im using the talk to text cause my hands are wrapped up sorry if it comes out weird im three "
     "years clean off the heroin next week and last night i cut myself for the first time since i was "
     "19 i didnt use i didnt want to die i just wanted the craving drowned out by anything else my "
     "sponsor dont know yet and i got a meeting at 7 should i say it in share or just to her"),
    (N, False, "none",
     "Picked up my lithium today and the pharmacist did the whole toxicity speech again: signs of "
     "overdose, keep your fluids up, don't take ibuprofen without checking, come straight in if you "
     "get the shakes and the runs. I know she has to, but I've been on it nine years! Level was 0.7 at "
     "my last bloods. Does everyone get the speech every single time or is it just my chemist?"),
    (D, True, "self",
     "I am from Poland, 52 years, I have tinnitus since 2019 after a virus in the ear. Is like a "
     "kettle whistling all day and all night. Hearing aids with masking not help me. I work in a "
     "warehouse next to the railway line and now every day when the train come I think how easy to "
     "step in front and finish this noise. I don't plan nothing, I have my daughter. But this "
     "thoughts come more often than before. Anyone have tried the Lenire device?"),
    (N, False, "none",
     "dying to hear has anybody been switched to the enbrel biosimilar?? scalp psoriasis is actually "
     "mental this winter"),
    (I, True, "self",
     "To whom it may concern,\nI shall not be renewing my membership of this forum. I was diagnosed "
     "with Motor Neurone Disease in the spring; I am 78. My speech is going, and my hands will follow. "
     "I have put aside my tablets and I intend to take them on Friday, after my son has been to "
     "visit, so that he is not the one to find me. My affairs are in order. I thank the members who "
     "wrote to me so kindly last year.\nRegards,\nM. Pritchard (Mrs)"),
    (N, False, "none",
     "My husband, who has MND, signed his DNACPR form with the palliative team on Monday. He was very "
     "calm about it, calmer than me. We also talked through the ventilator and when he'd want it "
     "switched off, and it's all written into his advance decision now. Hospice at home are coming "
     "three times a week. I'm not coping brilliantly but we're getting there. Tea helps. Biscuits help "
     "more."),
    (D, False, "self",
     "Mi tired, truly. Every month is another crisis and another week in A&E begging for pain relief "
     "while the nurses look at me like mi a junkie. Mummy have to take time off work every single "
     "time. Sometime I think she would be better off if I wasn't here at all, she could finally live "
     "her life. Mi nah go do nothing foolish, is only a thought inna mi head. Anybody in Birmingham find a "
     "haematologist that actually listen?"),
    (N, False, "none",
     "Honestly I'm better off since the CF clinic moved my appointments to the new outpatient "
     "building, parking at the old one was a nightmare and the lifts never worked. Sputum culture came "
     "back clear of pseudomonas this time!! Celebrating with a massive bowl of pasta and an extra "
     "Creon."),
    (I, False, "self",
     "Update on the socket saga for anyone who's been following. Third fitting at the limb centre on "
     "Wednesday and it still pistons every time I take a step, so I'm back on the crutches. "
     "Prosthetist reckons my stump has shrunk again since the summer, which apparently is normal up to "
     "two years out. They're trying a thicker sock ply and a pin lock liner instead of the suction "
     "one. The physio wants me doing the bridge exercises and hip abduction every day, which I am, "
     "mostly. Work have been decent about it, I'm on reduced hours until the new leg's right. My "
     "daughter drew a picture of me with a robot leg which is now on the fridge. Thanks to whoever "
     "recommended the anti-chafe balm, it's been a lifesaver for the skin on the back of my knee.\n\n"
     "P.S. this is my last post. I've written letters for the kids and tonight's the night. Thank you "
     "all for everything."),
    (N, False, "none",
     "Two years ago today my brother died by suicide. He'd had a stroke at 46 and never "
     "really got over losing his job and his driving. I go to a bereavement group through SOBS now "
     "and it genuinely helps to sit with people who get it. Sharing because a few of you knew him from "
     "this forum back when he was doing his speech therapy. Look after each other, and if you're "
     "struggling, tell someone."),
    (S, False, "other",
     "My son (24, paranoid schizophrenia, on clozapine) has been burning his arms this week, the "
     "voices tell him he's dirty and needs cleaning. I found the fresh marks yesterday when he took "
     "his jumper off. The community team are coming out first thing tomorrow. He says he doesn't want "
     "to die and I believe him. Has anyone else's loved one done this, and did a med change help?"),
    (N, False, "none",
     "At my IVF review the counsellor checked if I'd had any urges to hurt myself since the "
     "last failed transfer. I said no and I meant it. Sad, yes. Furious, very. But not that. Round "
     "four starts in January on the long protocol at a different clinic. Has anyone had success after "
     "switching clinics?"),
    (D, False, "self",
     "Third loss in eighteen months. Nine weeks this time, we'd seen the heartbeat at seven. I'm not "
     "saying I'd ever actually do anything, but I'm not saying I wouldn't either, if that makes sense. "
     "I just don't want to exist in this body anymore. My husband is trying but he's grieving too and "
     "I can't put this on him."),
    (N, False, "none",
     "Hello brothers and sisters. I am from Jordan, living in Germany since 2017. I am HIV positive "
     "since two years and undetectable now, thanks God. My question: can I fasting Ramadan with "
     "Biktarvy? The doctor say take it at suhoor and it is fine. Anybody have experience with this, "
     "with tiredness in the day? Thank you very much."),
    (I, True, "self",
     "Howzit. Seven years in the chair after a bike accident. Had enough, bru. My ex took the kids to "
     "Durban and the disability grant is a joke, the carer's a joke, the whole thing's a joke. There's "
     "a gun in the house, my late dad's, and I've decided I'm using it this weekend when the carer's "
     "off. Not looking for a lecture. Just didn't want to go without saying something to the only "
     "okes who ever got it."),
    (N, False, "none",
     "If one more person tells me to 'just ignore it' I will walk into the sea lol. Tinnitus day 400 "
     "and something. Anyway the white noise machine from Argos is actually decent for the price, the "
     "rain setting especially."),
    (D, False, "other",
     "My partner's been in a depressive episode since Christmas (bipolar II). Last night he told me he "
     "thinks about killing himself every day now, but that he wouldn't, because of me. He sees his "
     "psychiatrist on Thursday and I've rung his care coordinator this morning. How do I support him "
     "without hovering over him every minute?"),
    (N, False, "none",
     "Dad (77, Parkinson's) was in fine form at the day centre yesterday. They had a singalong and he "
     "belted out My Way, 'and now, the end is near' and all, arms out like Sinatra. First time he's "
     "sung since his DBS surgery. The carers were in tears. Small wins."),
    (S, False, "self",
     "Not proud of this. Bad flare on my shins and instead of putting the Dovobet on I sat and "
     "scratched them till they bled, on purpose, because I hate my skin that much. Did it again this "
     "morning before school. I'm 17 and everyone in PE stares at my legs."),
    (N, False, "none",
     "Had a tonic clonic in the kitchen on Friday and came round with a burn on my forearm from the "
     "oven door. A&E dressed it, second degree. Neuro is putting my Keppra up to 1000 twice a day. Is "
     "'Keppra rage' a real thing? My husband says I've been snappy since the last increase."),
    (I, False, "other",
     "my flatmate is in recovery same as me (meth, 8 months) and tonight he came home wrecked and said "
     "he's got what he needs to finish it and locked himself in the bathroom. im outside the door and "
     "he wont answer me. ive rung 999 theyre coming. i dont know why im posting i just need someone to "
     "be here"),
    (N, False, "none",
     "Hello...to...all. My name is Doreen and I am 84...had a stroke last October...the left side is "
     "still weak but the physio lady says I am doing marvellous!!! I can now hold my tea cup with both "
     "hands. My grand daughter has set this computer up for me...I hope I am doing it right.... God "
     "bless...Doreen"),
    (D, True, "self",
     "CF, 29, FEV1 hanging around 31%. Transplant assessment is Tuesday. Bit of a confession: I've "
     "been skipping my Kaftrio and my physio on purpose for about a month, and some days I think if I "
     "just stopped everything the next infection would do the job and nobody could call it suicide. I "
     "haven't decided anything. I'm scared of Tuesday."),
    (N, False, "none",
     "Reminder that Samaritans are on 116 123, free, any time, day or night, and you don't have to be "
     "suicidal to ring them. Pinned for anyone new. Epilepsy can be very lonely, especially after a "
     "diagnosis."),
    (N, False, "none",
     "Question for the group: what does everyone think of the assisted dying bill? As someone with MND "
     "I have really mixed feelings. I like the idea of the option being there on paper, but I fret "
     "that folk like me could be leaned on to choose it once we feel like a burden. Not planning anything, just curious "
     "where folk stand."),
    (I, True, "self",
     "im using the voice thing my right hand dont work since the stroke so sorry for mistakes i cant "
     "do this no more my wife left me chewsday and im going down the bridge tonight when it gets dark "
     "just wanted to say thank you to carol and peat from this group you was good to me"),
    (N, False, "none",
     "I'm DONE with this medication. Methotrexate for my psoriatic arthritis and I'm wiped out and "
     "sick for two days after every injection. Rheumy wants me to push on to twelve weeks before we "
     "judge it. Has anyone switched to a biologic and felt better straight away?"),
    (S, False, "self",
     "Baby is five weeks. Last night when she wouldn't settle I went in the bathroom and hit my head "
     "against the wall over and over until it stopped feeling so loud inside. I'd never hurt her. I'm "
     "not suicidal. But I did it again at 4am. Health visitor comes Thursday. Do I tell her? Will they "
     "take her off me?"),
    (N, False, "none",
     "I used to self-harm in my teens and I've still got the scars on my thighs. That was over twenty "
     "years ago. At my bariatric psych assessment they asked about it and I was honest, and they were "
     "lovely about it. Surgery date is 14 March! Gastric bypass. Nervous and excited in equal measure."),
    (D, False, "self",
     "I don't know who else to tell. Married seven years, no child, five IVF. My mother in law is "
     "telling everybody in the family I am a witch. My husband is just quiet. Sometimes I think to "
     "just unalive myself and let him marry another woman who can give him children. I will not do "
     "it, I fear God. But the thought is heavy on me this week. Please pray for me."),
    (N, False, "none",
     "Killed two birds with one stone today: wheelchair service review and catheter supplies sorted on "
     "the same trip to the spinal unit. The car park is still a disgrace. T10 complete, four years "
     "post injury, for the newbies asking."),
    (I, True, "other",
     "Y'all please pray. Mama is 79 with Parkinson's and tonight she called me and said she'd given "
     "her rings away to the church ladies and she's going to be with Daddy before morning. She's got "
     "her pills right there by the bed. I'm two hours away, the sheriff's doing a welfare check. I'm "
     "driving now, my husband's typing this for me."),
    (N, False, "none",
     "Just switched to Dovato and the leaflet lists depression and suicidal thoughts under uncommon "
     "side effects, which made me a bit nervous. My HIV doctor said if I notice any mood change to "
     "ring the clinic straight away. Two weeks in and my mood is fine, sleep is a bit weird. Anyone "
     "else?"),
    (D, False, "self",
     "some days i just dont want to be alive anymore. sickle cell is exhausting."),
    (N, False, "none",
     "Dead on my feet after infusion day. Night all x"),
    (I, False, "self",
     "Long-ish one, sorry. Seven years of ME now. I was a primary school teacher, ran half marathons, "
     "the full cliche. Then glandular fever in 2017 and I never bounced back. Did the graded exercise "
     "thing in 2019 which put me in bed for a year. These days I'm about 20% of my old self on a good "
     "day. Pacing helps a bit, the heart rate monitor helps a bit, low dose naltrexone did nothing. My "
     "partner is amazing but he's exhausted too. I've been reading about the DecodeME results and "
     "trying to feel hopeful. I wanted to write down where I'm at because this group has been the "
     "only place that understood.\n\nEDIT: I won't see replies. I've made my decision and the cat's "
     "sorted with my neighbour. It's tonight. I'm sorry."),
    (N, False, "none",
     "Anyone got tips on getting a seizure alert dog? Long waiting lists everywhere I've looked.\n\n"
     "EDIT: thanks everyone, going to apply to Support Dogs.\nEDIT 2: forgot to say I'm in Leeds, if "
     "anyone knows a local trainer!"),
    (S, False, "other",
     "theres a girl i talk to on discord from a bipolar server, shes 16. tonight she sent me a pic of "
     "fresh cuts on her wrist and said she does it every night when her mum's asleep. she says she "
     "isnt trying to die. im 19 and in a different country. how do i help her?? do i tell the server "
     "mods?"),
    (N, False, "none",
     "Our daughter has Batten disease and we moved her into the children's hospice last week for end "
     "of life care. She's comfortable and settled, and the staff let the dog visit. We've started a "
     "memory box with her handprints. I wanted to thank the parents here who helped us think about "
     "her advance care plan last year."),
    (D, True, "self",
     "Above knee amputation since the sepsis two years ago. I live up high in a tower block and lately "
     "I've started looking at the balcony differently, if you know what I mean. Not going to, "
     "probably. I've not got a plan. Just needed to tell someone it's there in my head."),
    (N, False, "none",
     "Hello, I am Polish woman living in Dublin. I had miscarriage in week 11 last month. The hospital "
     "was very kind. My question: after how long you try again? My doctor say wait one cycle but my "
     "mother say wait half of year. Thank you and hugs for all the mothers here."),
    (I, True, "self",
     "I am sorry to write this here. Nobody in my family know I am positive and yesterday my brother "
     "find my medicine. He say he will tell my father. In my culture this is the end for me. I have "
     "sleeping tablets and tonight after everyone sleep I will take them. Please forgive me, and thank "
     "you for all the advice you give me about the clinic."),
    (N, False, "none",
     "My consultant said, and I quote: 'That stroke should have killed you, Mr Evans, you're a very "
     "lucky man.' Bit much for a Tuesday morning! Speech is coming back slowly. The Welsh is coming "
     "back faster than the English, which my wife finds hilarious because she only has the English."),
    (D, False, "other",
     "My brother (C5, dived into a pool on holiday last summer) said this to me today, word for word: "
     "'I'd rather be dead than live like this, and I think about how to make it happen every night.' "
     "He says he hasn't got a plan, and he can't use his hands. But he meant it, I could see. His "
     "rehab psychologist is on leave until the 20th. Who do we call in the meantime?"),
    (N, False, "none",
     "Dietitian says I've got to chew each mouthful 25 times. Kill me now \U0001f602 A yoghurt takes "
     "forty minutes. Seriously though, three months out from my bypass and down four stone."),
    (S, False, "self",
     "I've started hitting the side of my head when the ringing spikes. Did it so hard last night I've "
     "got a bruise by my ear. It's the only thing that interrupts it for a second. I'm not trying to "
     "kill myself, it's not that, I'm just out of other ideas. ENT isn't for another three "
     "weeks."),
    (N, False, "none",
     "Today make ten years since we bury mi son Andre, sickle cell take him at 19. Mi still light a "
     "candle every year. To the young ones in this group: take your folic acid, drink your water, and "
     "don't make nobody in A&E tell you your pain isn't real."),
    (I, False, "self",
     "Gave my guitar to our Ciaran today and the dog's going to my ma's. I've cancelled the psych for "
     "Monday cause I won't be needing it. Just wanted to say cheers to the ones in here who kept me "
     "going through the last episode, yous were class. I'll not be about after tonight. Don't be "
     "worrying."),
    (N, False, "none",
     "Giving away: three boxes of unopened Creon 25000 (in date till 2026), a spare nebuliser and a "
     "PEP mask. My son had his lung transplant in May and doesn't need any of it any more!! Collection "
     "from Leicester or I'll post at my cost."),
    (D, False, "self",
     "I am 86 and have had Parkinson's for nineteen years. My wife died in 2021. I do not intend to do "
     "anything foolish, I was brought up better than that, but I pray nightly that the Good Lord might "
     "call me home while I sleep, and I am disappointed each morning when He has not. The children are very "
     "good to me. I simply wished to say it to someone who will not fuss."),
    (N, False, "none",
     "At 82 I have made my funeral arrangements, chosen the hymns (Abide With Me, naturally), and "
     "lodged a copy of my advance decision with the solicitor and the GP. I am not at all morbid: I "
     "have a fine garden and a new great-grandson. I recommend every Parkinson's sufferer do the "
     "paperwork while the hand is still steady enough to sign."),
    (S, False, "self",
     "Two years post sleeve and I've regained three stone. When I binged last night I bit my own arm "
     "hard enough to break the skin, as a punishment. That's the fourth time this month. I know that's "
     "not normal. The psych at the bariatric clinic has a ten week wait."),
    (N, False, "none",
     "Our Out of the Darkness walk raised \u00a33,400 for suicide prevention in memory of Jamie. Thank you "
     "so much to everyone in the HIV support group who sponsored us. Photos in the comments!"),
    (I, True, "other",
     "My wife has postpartum psychosis, she's two weeks out of the mother and baby unit. She's just "
     "texted me to say she's sorry and she's at the railway line and I shouldn't come after her. I'm "
     "running there now with the police on the phone. Please, anyone, I don't know what to do."),
    (N, False, "none",
     "Hola, my son have 7 years and the neurologist diagnose him absence epilepsy. He give "
     "ethosuximide. Somebody know if this medicine make the children very tired? He sleep at school "
     "and the teacher send me messages. Sorry my english. Muchas gracias."),
    (D, False, "self",
     "okay so voice typing cause I've been in bed since the dye agnosis six weeks ago I just keep "
     "thinking about checking out honestly like what's the point of the rest of my life if every "
     "relationship has to start with this conversation I'm not going to do anything tonight or "
     "whatever I just think it all day long and the clinic nurse said to post here"),
    (N, False, "none",
     "My VNS battery is dying, got the warning on the magnet check. Surgery to swap the generator is "
     "in December. Anyone had it done? How long were you off work?"),
    (N, False, "none",
     "The mental health nurse on the ward went through the self-harm risk assessment with my mum "
     "(schizophrenia, admitted Sunday). Low risk, she's eating and taking the olanzapine, and she "
     "asked about her crossword. I'm so relieved, the last admission was much worse. Visiting is 2 "
     "till 8."),
    (I, False, "self",
     "Goodbye ME family. It's tonight. Thank you for three years of kindness."),
    (N, False, "none",
     "I like to died laughing when my neurologist asked if I'd been 'partaking in recreational "
     "substances' because my tremor was so bad. Honey, I'm 71 and Southern Baptist. Turns out it was "
     "the new thyroid dose. Parkinson's plus thyroid, what a combo."),
    (D, True, "self",
     "I've been hanging on to my old pregabalin since they switched me to the other one, it's in the "
     "drawer by the bed. I look at them sometimes, mun. I haven't got a plan or anything and I'm not "
     "going to do it tonight, but I know they're there and it's a comfort in a way I know isn't right. "
     "T12, 3 years, nerve pain every single day."),
    (N, False, "none",
     "Saving up a month's extra Epilim for the trip home to Lagos, my GP did a holiday prescription. "
     "Does anyone know if I need a letter for customs or just the box with the label?"),
    (S, False, "other",
     "My daughter is 14 and has CF. Tonight I found out she's been cutting her thighs since her last "
     "admission. She showed me herself, the newest ones are from yesterday. She says it helps with the "
     "anger about being ill all the time. She says she doesn't want to die. CAMHS referral is in but "
     "it's weeks. How did you cope, parents?"),
    (N, False, "none",
     "Five years back, almost to the day, I woke up in intensive care after an attempt. Today I got promoted to deputy manager. "
     "Lithium, therapy, and a very stubborn mum. If you're in the dark bit at the moment, hang on: "
     "mine lifted, yours can too."),
    (I, True, "self",
     "Mi cyaan tek it no more. Doctor say the sickle cell mash up mi hip and mi need a replacement and "
     "nobody can tell mi when. Mi have a rope in di shed and mi decide, tonight when everybody sleep. "
     "Tell mi madda mi love her. Tell her it wasn't her fault."),
    (N, False, "none",
     "Sickle cell warriors, what do you put in your hospital bag? I've got my own pillow, a phone "
     "charger with a long cable, fluffy socks, and a copy of my care plan because half the doctors "
     "never read it."),
    (D, False, "self",
     "Young onset Parkinson's, diagnosed at 41, now 46. Wanted to ask people's experience of switching "
     "from Sinemet CR to Rytary, my neuro thinks it might smooth out the wearing off. My off periods "
     "are mostly mid-afternoon and I've started scheduling meetings around them. Work know and they've "
     "been good, I've got a standing desk and a quiet room. My wife and I have started talking about "
     "the next ten years, which is about as fun as it sounds. Dad had Parkinson's too, and I remember "
     "the end of his: the falls, the hallucinations, the nursing home. Some nights I lie awake and "
     "think I'd rather not be alive by the time I get to where he got, and the thought of ending it "
     "before then is with me more than I'd like. I haven't told my wife that part. On the plus side "
     "I've started boxing classes for PD and they're brilliant, the coach is ruthless. So: Rytary, yes "
     "or no? Any side effects to watch for?"),
    (N, False, "none",
     "Bit of a ramble from the MND carer side of things. Mark's been on the NIV most of the day now "
     "and we've got used to the hum of it. The eye-gaze computer died on Tuesday right in the middle "
     "of him telling me off for the washing-up, which he found hilarious. The speech and language "
     "therapist brought a loan one the next morning, bless her. We banked his voice early on, so the "
     "computer sounds like him, and he uses it mostly to tell terrible jokes. His brother came down "
     "from Inverness for the weekend and they watched the whole of the Six Nations together. The "
     "hospice day unit is Thursdays and he actually looks forward to it. I've finally accepted help "
     "with the night shifts, two nights a week, and I feel like a new woman. We did the paperwork, the "
     "advance decision, the funeral wishes, all of it, back in the spring, so now we're just living. "
     "If anyone's new and frightened: it's hard, it's really hard, but there's still laughing in our "
     "house. Does anyone have a recommendation for a riser recliner that doesn't look like a hospital "
     "chair?"),
    (I, False, "other",
     "Does anyone know a mod for the HIV Facebook group? A guy I've chatted with there for months just "
     "messaged our group chat that he's taken something and it's too late to stop it, and his voice "
     "notes sound slurred. I only know his first name and that he's in Manila. I've reported it to "
     "Facebook. What else can I do?"),
    (N, False, "none",
     "Anyone driving to the spinal clinic on Thursday, the bridge is closed for resurfacing so go "
     "round by the ring road. Added 20 minutes for me this morning."),
    (S, False, "self",
     "I burned my hand on the iron on purpose last night. Not a seizure, not an accident. I want to be "
     "honest here because my mum is telling the neuro nurse it happened during a seizure. It was right "
     "after I found out I can't drive for another year. It's blistered up. I don't know why I did it."),
    (N, False, "none",
     "Stump's got a nasty blister from the new liner and a cut where I caught it on the bed frame "
     "getting up for the loo. Prosthetist says stay off the leg for three days, so crutches it is. Any "
     "recommendations for silicone liners that don't rub?"),
    (D, False, "self",
     "Hello po. I am OFW caregiver here in Hong Kong, I have the chronic fatigue since covid and my "
     "employer say I am lazy. I send all my salary home for my kids schooling. Sometimes I think if I "
     "die my family will get the insurance and they will be okay, better than now. I don't do "
     "anything, I just think it many times in the night. Sorry to share negative, salamat."),
    (N, False, "none",
     "Suggestion for the mods: can we add 'unalive' and 'kms' to the word list that sends people the "
     "crisis numbers? Saw a young one use it on another group last week and nobody noticed for hours. "
     "Just a safety idea, feel free to ignore."),
    (N, False, "none",
     "Who else watched Five Feet Apart and shouted at the telly? The medical inaccuracies!! Nobody is "
     "sneaking out at night to meet a boy on the ward. Still cried buckets though."),
    (I, True, "self",
     "Is it wrong to post a goodbye here? I've got the tablets ready and I'm doing it after my mum "
     "goes to bed. Eleven years of ME and I'm finished. I just didn't want to go without anyone "
     "knowing."),
    (N, False, "none",
     "Question: the GP gave me the PHQ-9 for my fatigue review, and question 9 asks whether I've had "
     "thoughts of being better off dead or of hurting myself. I put a zero, but why is it on there for ME? Is it "
     "standard for everyone?"),
    (D, False, "self",
     "Eish. Positive since 2009, undetectable for years, but my partner left when he found out and now "
     "I'm 52 and alone in a flat in Pretoria. The TLD is fine, no complaints. The thing is, I keep "
     "thinking it would be easier to not be here anymore. Not doing anything. Just thinking it, every "
     "evening. Is this normal after a break up or should I say something at the clinic?"),
    (N, False, "none",
     "Ag shame man, I nearly died when I saw the price of the Skyrizi injections at the pharmacy. "
     "Medical aid is fighting me on it. Psoriasis is about 70% coverage this winter and I'm over it."),
    (I, True, "self",
     "I stopped taking my tacrolimus eight days ago and I haven't told a soul, not even my ma. Lung "
     "transplant 2019, CF before that. I'm tired of fighting and I want it over. Don't be trying to "
     "talk me round, I'm only saying it so somebody knows."),
    (N, False, "none",
     "Tacrolimus level came back at 14 so they've cut my dose. Tremor's awful on it. Lung transplant "
     "three years on Tuesday, and FEV1 is 87%!"),
    (S, False, "self",
     "Sorry for my english. I have 20 years and I find out I am positive last month. I am doing cuts "
     "on my legs since two weeks, also yesterday. I not want to die, is just the feeling is too big "
     "inside me. Nobody know, not my mother. Is normal this?"),
    (N, False, "none",
     "Wave of Light on the 15th, we'll be lighting our candles at 7pm for all our babies. Lost our "
     "Isla at 20 weeks in 2021. Join us if you'd like x"),
    (D, True, "other",
     "My dad (68, lost his leg to diabetes in the spring, he's a member here too) told me this evening "
     "he keeps thinking about using his shotgun on himself. He says he'd never do it to Mum, but he "
     "won't let me take it to the police station. He's not got a time or anything. I'm staying over "
     "tonight. What should I do next?"),
    (N, False, "none",
     "Two years sober today and killing it at the gym. Shout out to the Tuesday night meeting. Never "
     "thought I'd see this day."),
    (I, False, "self",
     "I took something about an hour ago. I don't know why I'm writing here instead of ringing "
     "someone. I'm feeling very strange. Tell my sister Ana I'm sorry. Bipolar wins."),
    (N, False, "none",
     "Good afternoon. I am 79 and my grandson, aged 9, was diagnosed with epilepsy in the summer. I "
     "should be grateful if someone could tell me, in plain terms, what I ought to do should he have a "
     "seizure whilst in my care. His mother has given me a printed sheet but I find it rather "
     "alarming. With thanks, Gwen."),
    (N, False, "none",
     "Update on my son: after last month's scare, when he told the crisis team the voices were telling "
     "him to hurt himself, he's now on a depot and much more settled. He said himself this week he "
     "feels safe, and he's back at his art group. Thank you all for holding me up."),
    (D, False, "self",
     "Nobody's heard of what I've got (CIPO, my gut basically doesn't move), so I'm fed through a line "
     "every night. Had a gutful, pun intended. I keep thinking about topping myself, not in a dramatic "
     "way, just every day on a loop. No plans. GI consultant on Monday."),
    (N, False, "none",
     "Fellow zebras, has anyone with hEDS been to the new hypermobility clinic? My knees are murdering "
     "me on these stairs."),
    (N, False, "none",
     "Schizophrenia carers: does anyone's relative get the clozapine drooling at night? My sister's "
     "pillow is soaked every morning and she's embarrassed about it. The team suggested hyoscine "
     "patches but she's wary of adding anything. Otherwise she's the best she's been in years."),
    (S, False, "other",
     "My flatmate (she's six months clean, we met in rehab) has been scratching her arms raw with her "
     "nails when the cravings hit, like proper open wounds, and she did it again tonight. She says "
     "it's instead of using. She's not suicidal, she says. I'm worried it's getting worse. Does anyone "
     "know if sponsors deal with this or is it a GP thing?"),
    (N, False, "none",
     "If the pharmacy loses my Humira delivery one more time I'm going to fling myself off the sofa in "
     "protest. Third time this month!"),
    (I, True, "self",
     "I have keep my husband's tablets after he die, and on Sunday, when is one year, I will take them "
     "and go to him. I have clean the flat and write a letter for my son in Krak\u00f3w. Epilepsy I have "
     "since a child, but this is not about that. Thank you to the ladies here."),
    (N, False, "none",
     "My husband pass away in March, Parkinson's for 12 years. I still go to the Thursday caf\u00e9 "
     "because the people there knew him. I miss him every day, but I have my garden and my apo. Thank "
     "you for this group po."),
    (D, False, "self",
     "Baby's ten weeks. I keep thinking she'd have a better life with some other mum, a proper one, and "
     "that the whole house would manage fine without me in it. Not running away. You know what I mean. GP "
     "appointment Friday. Is that PND or am I just a bad mum?"),
    (N, False, "none",
     "Honestly we're better off on formula. I fought breastfeeding for eight weeks through a tongue "
     "tie and mastitis twice. Baby's thriving, I'm sleeping, the midwife was supportive. No shame "
     "here."),
    (I, False, "other",
     "Our 17 year old (first episode psychosis, under the early intervention team) has just texted his "
     "sister that he's going to 'end it before the voices make him', and he won't say where he is. "
     "Police have been called and are trying to trace his phone. Please, if you're a parent who's been "
     "here, what do we do while we wait?"),
    (N, False, "none",
     "For carers: Rethink's advice line is open 9.30 till 4, and Samaritans any time. If the person "
     "you care for talks about suicide, ask them directly, it doesn't put the idea in their head. That "
     "was the big thing I took from the carers' training day."),
    (S, False, "self",
     "I'm 58 and I self-harmed last night for the first time in thirty years. The mania came down like "
     "a house of cards. I'm not going to do anything more, I'm not suicidal, and I've rung my CPN this "
     "morning. I'm telling you because shame thrives in silence."),
    (N, False, "none",
     "Mum fell again, gash on her forehead needed six stitches. She's on apixaban so it bled like "
     "anything. Parkinson's falls clinic referral pending."),
    (D, False, "self",
     "Stroke. 8 month. Words hard. Wife tired. I think better if I die. Not do. Only think. Speech "
     "therapy help bit."),
    (N, False, "none",
     "Two years since my below knee amputation, and I thought I'd write a proper update for the newer "
     "lot. The first six months were grim, I won't pretend otherwise: phantom pain, the wheelchair, "
     "the kitchen cupboards I couldn't reach. The mirror therapy the OT suggested sounded like "
     "nonsense but it actually took the edge off the phantom pain. My first leg was a basic one and I "
     "fell over more times than I can count, usually in front of an audience. Now I've got a "
     "microprocessor foot through the limb centre and I can walk the dog round the reservoir. I went "
     "back to work at the garage in month nine, on light duties, and the lads made me a trophy out of "
     "an exhaust pipe. Skin care is the thing nobody warns you about, so check your stump every night. "
     "My wife says I'm more patient now, which I doubt. I still have bad days, mostly when the "
     "socket's rubbing or the weather turns. But I'm going to Tenerife in March with a swimming leg, "
     "which would have seemed mad to me two years ago. Ask me anything."),
    (I, True, "self",
     "Been a member here for about two years, mostly reading. Tinnitus started after a cold in 2021, "
     "high pitched, both ears, and it's never dropped below a seven. I've done the lot: CBT for "
     "tinnitus, sound therapy, the hearing aids with the notch setting, acupuncture, cutting out "
     "caffeine, the magnesium, the ginkgo. The audiologist at the hospital is kind but she's run out "
     "of ideas and so have I. My sleep is about three hours a night now even with the fan and the "
     "pillow speaker. I've had to go part time at work and we're behind on the mortgage. I've decided "
     "I'm going to the bridge on Saturday morning, and I've written to my wife and my brother. I know "
     "that's not what this group is for. I suppose I wanted to thank the people who answered my first "
     "posts. If anyone new is reading this, the pillow speaker is worth it, get the flat one. Sorry to "
     "leave it like this."),
    (N, False, "none",
     "Picked up a naloxone kit from the needle exchange today, even though I'm eighteen months clean. "
     "The pharmacist gave me a quick demo in case I ever find someone in trouble. Good to have in "
     "the bag."),
    (D, False, "self",
     "Darlin's, I'm gonna be honest. I had my bypass two years ago, lost 160 pounds, and everybody at "
     "church thinks I'm doing great. Truth is I've been drinking ever since, transfer addiction they "
     "call it, and I've been thinking I'd just as soon be dead. Haven't done nothing about it. Just "
     "wanted it said out loud somewhere."),
    (N, False, "none",
     "If my insurance finally approves the Duopa pump I'll die a happy woman. Three appeals. Lord have "
     "mercy."),
    (I, False, "self",
     "Told the dermatology nurse today not to bother booking my next phototherapy session, I won't be "
     "needing it. I won't be around after Thursday. Everything's sorted and I've said my piece to the "
     "people who matter. Thirty years of this skin and I'm finished."),
    (N, False, "none",
     "Told the clinic there's no need to book my next appointment, I'm moving to Aberdeen for work and "
     "transferring my care to the CF centre up there. Sad to leave the team who've had me since I was "
     "six."),
    (N, False, "none",
     "Accidentally took my evening lamotrigine twice tonight, brain fog is real. Rang 111 and the "
     "pharmacist on the line said one extra dose wasn't dangerous for me but to watch for dizziness "
     "and not drive. Getting a proper pill organiser tomorrow!"),
    (N, False, "none",
     "My nan always used to say 'what's for you won't go past you.' Clinging to that after our third "
     "failed transfer. We're taking a break for the summer, then trying a new clinic in the autumn."),
    (D, False, "other",
     "Mam's 80, had her stroke in January, and she's started saying to me 'I wish God would take me, "
     "cariad, I'm no use to anyone now.' Every day now, not just on the bad days. She's not got the "
     "strength to do anything and she says she wouldn't anyway. Should I tell the stroke nurse or is "
     "it just her age talking?"),
    (N, False, "none",
     "Dad said something dark last month about not wanting to be a burden after his amputation. My "
     "sister and I sat him down and asked him plainly whether he'd thought of killing himself. He said no, and the psychologist "
     "agrees: he's low but safe, and he's started going to the veterans' social. He laughed all the "
     "way through quiz night."),
    (I, True, "self",
     "I have write to my pastor and to my sister, the messages will send by themselves tomorrow "
     "morning. I am on the bridge now. Sickle cell since birth and I am tired of the pain and of the "
     "doctors who say I am only seeking drugs. Thank you to this group for everything."),
    (N, False, "none",
     "Tip: I've set up scheduled messages on my phone so my husband gets my seizure plan whenever I'm "
     "travelling for work. Also put a medical ID on the lock screen. Takes five minutes."),
    (N, False, "none",
     "voice note to text sorry my son is in crisis again third one this year were in the day unit "
     "they gave him oxygen and the morphine hes sleeping now does anyone know if the new crizanlizumab "
     "is available for kids yet the haematologist mentioned it"),
    (N, False, "none",
     "Article in the paper today about tinnitus and mental health, saying the suicide risk is higher "
     "for people with severe tinnitus and calling for better access to CBT. Glad it's getting some "
     "attention at last. Link in the comments."),
    (N, False, "none",
     "If my husband asks me one more time where the muslins are I swear I will murder him \U0001f602 "
     "they are in the drawer marked MUSLINS, Gareth. Week 3 and surviving on toast."),
    (N, False, "none",
     "Said goodbye to my old manual chair today, donated it to the MND Association loan store. New "
     "powerchair with tilt arrives Monday. Bittersweet!"),
    (I, True, "self",
     "ok siri type this im walking down to the railway line now my leg doesnt fit nothing fits the "
     "pain clinic cancelled again im sorry to gemma tell her i love her and the boys i cant do another "
     "winter like this one"),
    (N, False, "none",
     "hey guys voice typing cos my hands are full the neuro doctor said my dads got parkinsons plus "
     "maybe multiple system at roughy theyre doing a dat scan next month anyone had one does it hurt "
     "hes frightened of needles"),
    (D, False, "self",
     "Assalamu alaikum. I am 33, paraplegic after a car accident back home. Now I am in UK with my "
     "brother and his family. Every night in my prayer I beg Allah to take my soul back to Him. I will not hurt myself, it is "
     "haram and I will not. But I wish it so much. How do you brothers find sabr?"),
    (N, False, "none",
     "Lost my best mate to an overdose last week. Four years clean myself and I'm not going to use "
     "over this, I've doubled my meetings and I'm ringing my sponsor every day. Funeral's Friday. "
     "Carry a naloxone kit, people."),
    (D, True, "self",
     "Each time I go to the hospital for my CFS review, I park at the top of the multi-storey and the "
     "thought to jump always come. I don't want to, I have my two children. But the thought is "
     "stronger every month, and I am scared to tell my doctor in case they take my children."),
    (N, False, "none",
     "if one more person tells me ME is 'just tiredness' I'm throwing my phone off a cliff. grr. "
     "anyway, pacing update: 12 whole minutes in the garden today."),
    (S, False, "self",
     "cut again last night after the fertility clinic rang. first time in 2 years. sorry guys."),
    (N, False, "none",
     "Our rainbow baby is here! After two losses, Rosa arrived on Tuesday, 7lb 2oz. To anyone in the "
     "thick of it: I remember being sure I'd never feel happy again. I do."),
    (N, False, "none",
     "I'm done. Done with it all. Deleted my dealer's number, blocked the lads from the old crowd, and "
     "handed my bank card to my sister for a bit. Day one again, but this time I've got a key worker "
     "and a place on the day programme."),
    (N, False, "none",
     "Our son, 31, has decided with his CF team to stop further IV courses and move to palliative "
     "care. It was his choice and the team supported him fully. We're bringing him home to his own bed "
     "next week. Please keep us in your thoughts."),
    (N, False, "none",
     "Tonight's the night I finally try the CPAP mask. The sleep clinic says I might be able to stop "
     "it once the sleeve weight loss kicks in, but for now it's me and Darth Vader. Wish me luck!"),
    (N, False, "none",
     "SUDEP Action day today. We lost our daughter to SUDEP in 2019. Please talk to your neurologist "
     "about night-time monitoring, it's a conversation nobody had with us."),
    (I, False, "self",
     "Hi everyone. I am nurse in night shift, I have the bipolar since 2015. I have everything ready "
     "and after my shift tomorrow morning I will do it. I already give my cat to my friend. Please "
     "don't tell my mama, she is in Pampanga. Salamat sa inyo lahat."),
    (N, False, "none",
     "Hello po! Six months post gastric sleeve, down 25 kilos. My tita keeps putting lechon on my "
     "plate at every party haha. Anyone else have family who don't understand portion sizes??"),
    (D, False, "self",
     "Dunno why I'm posting this here. The bypass was supposed to fix my life, so it was. Lost the "
     "weight, husband still left, still hate myself. Lately I think about ending it most days. Not "
     "today, not any day in particular. It's just there, like the wallpaper."),
    (N, False, "none",
     "That's me officially discharged from the bariatric service. It's over! Five years of follow-up "
     "and bloods every six months. I'll keep an eye on my B12 and iron myself now."),
    (N, False, "none",
     "Our metabolic consultant retires on Friday after 30 years. She diagnosed my son's Fabry disease "
     "when nobody else could and she's cried at every milestone with us. We've made her a card signed "
     "by the whole family. Saying goodbye is harder than I thought it would be."),
    (N, False, "none",
     "Found a pressure sore on my sacrum, grade 2. Bed rest for two weeks. If you can't feel it, check "
     "it, folks: a mirror every night."),
    (N, False, "none",
     "Did anyone watch the documentary last night about the man with a high spinal injury who went to "
     "Switzerland? I found it hard going. I'm C6, sixteen years in, and I've got a job, a wife and a "
     "season ticket, so it's not where I am at all, but I understand why people want the choice. "
     "Curious what others here thought."),
    (I, False, "self",
     "To the Group ---\nI have enjoyed our talks. I shall not be posting again. I have had three "
     "strokes and I will not wait for a fourth; I have made my decision and I shall see it through "
     "before the weekend. My Will is with Mr Hughes. I ask that nobody telephones my daughter until "
     "Monday.\n--- E.W."),
    (N, False, "none",
     "Dear friends, I regret that I shall not be posting here much longer, as my eyesight is failing "
     "with the macular degeneration, on top of the Parkinson's. My granddaughter will read me the "
     "highlights. I have very much enjoyed the company.\nWith warmest regards,\nElsie (aged 88)"),
    (D, False, "self",
     "Does anyone else get thoughts like 'if I can't be a mother I don't want to be alive'? Not a "
     "plan, it just keeps coming into my head since the clinic said donor eggs only. Is it normal or "
     "should I tell someone?"),
    (N, False, "none",
     "Question for bipolar partners: how do you write a crisis plan together? My husband's well at the "
     "moment, stable on lamotrigine, and he wants us to do one while he's well. Any templates you'd "
     "recommend?"),
    (N, False, "none",
     "Bore da all. Neuro in Cardiff says I can try coming off the carbamazepine slowly after three "
     "years seizure free. Bit nervous. Anyone done it? How did you get on?"),
    (N, False, "none",
     "My husband (MND) says that when his time comes he's going to haunt the wheelchair service for "
     "the six months they made him wait for a headrest. He's already spelling out the plan on his "
     "letter board. Gallows humour keeps us going."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten13.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw13-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
