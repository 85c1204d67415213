#!/usr/bin/env python3
"""Write handwritten14.jsonl: a fifteenth held-out set, hand-written one post at a time at the end
of the ninth round by a writer who had not read the detector's source, its tests, results or any
earlier hand-written set, to serve as the tenth round's "before". Voices: mainstream US, UK,
Australian, Canadian and Indian English; young adults on Reddit-style forums (throwaways, "tbh",
"lowkey", no capitals), men who understate ("not great tbh", "bit of a bleak one"), people in
chronic pain, parents of teenagers, partners of veterans, rural writers, shift workers (nights,
12-hour ward shifts), students; texting style, typos, run-on sentences, very long posts with the
one signal sentence in the middle of ordinary condition talk. Communities: diabetes, cancer, IBD,
MS, lupus, chronic pain, long covid, heart failure, kidney disease and dialysis, mental health,
eating disorders, dementia carers, pregnancy loss, autism parents, ADHD, migraine, arthritis.
Crisis kinds: indirect signals (goodbyes, giving things away, cancelled plans and appointments,
"won't be around", apologising, sorting affairs, scheduled emails, "last post"), passive death
wishes, burden, euphemisms ("unalive", "checking out", "topping myself", "if I am no more"),
plans with a time, means at hand, attempts under way, recent self-harm (cutting, burning, hitting,
scratching, biting, picking), someone else at risk now (child, partner, veteran partner, sibling,
parent, roommate, friend). Hard negatives of every kind in the corpus README: idioms, hyperbole
and dark jokes with trivial causes, "better off" about things, clinical and pharmacy talk,
side-effect leaflets, screening questions answered no, PHQ-9, recovery stories told as past,
grief and suicide loss, awareness, fundraising and helpline posts, end-of-life planning, hospice,
wills, DNR, the assisted-dying debate, quotes, song, book and film titles, lookalikes ("last post
here", "done with this diet", giving away spare supplies, "won't be around next week, camping"),
accidental injuries, carers whose person is safe now, ordinary posts.
Never tuned on: scored once with the ninth round's final detector; its misses are not read before
the next round.
Content note: as in the corpus README, methods are named only in the plainest words ("tablets",
"the bridge", "a rope", "the railway line"); no amounts, combinations, lethality or how-to.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # 1
    (N, False, "none",
     "Metformin is absolutely killing my stomach this week. Doc said to try the slow release "
     "version but the pharmacy is out till Friday. Anyone take it with food and find that "
     "helps?"),
    (I, True, "self",
     "Cardiology rang this morning to move my echo to later in the month. I didn't have the "
     "heart to tell the girl on the phone I won't need it. I've been putting my tablets aside "
     "since Christmas and tonight, once the house has gone quiet, I'm taking them. Sorry to put "
     "this on you all. This group has been kinder to me than most people have."),
    (N, False, "none",
     "dying to know if anyone has used the new sensor patches in proper heat. going to "
     "Queensland in Jan and last summer my old one peeled off at the beach within a day"),
    (D, False, "self",
     "Honestly, I go to bed most nights half hoping I just won't wake up. I'm not going to do "
     "anything, I haven't got it in me, but the hoping is there every night now. Rheumy put my "
     "pred back up on Monday and the joint pain in my hands is the worst it's been since 2021."),
    (N, False, "none",
     "Reminder from the mod team since it's been a heavy week in here: if you are in crisis, "
     "please reach out. UK and Ireland: Samaritans on 116 123, any time. US and Canada: call or "
     "text 988. In India, Tele-MANAS is 14416, and in Australia you can ring Lifeline on 13 11 "
     "14. You can also message any of us mods and we will reply as fast as we can. Look after "
     "each other."),
    (I, False, "self",
     "throwaway bc my main is linked to my irl. im 22, t1 since i was 9, and im just done. "
     "wrote letters for my mom and my little brother, theyre in the top drawer of my desk. "
     "doing it this weekend when my roommates go home for break. not looking to be talked out "
     "of it i just didnt want to go without someone knowing"),
    (N, False, "none",
     "My pump died mid-flight somewhere over Greenland lol. Thank god I packed pens. Flight "
     "attendant was lovely and found me a juice box when I went low from the stress of it."),
    (S, False, "self",
     "Got home from the endo appointment, A1c up again, and sat on the bathroom floor "
     "scratching my arms until they bled. On purpose. Haven't done that since I was nineteen "
     "and I'm thirty-one now. Not wanting to die or anything. It was that or scream and I had "
     "nowhere to put it."),
    (N, False, "none",
     "Ten years today since my overdose. I was twenty, newly diagnosed with Crohn's and sure my "
     "life was over. This morning I ran the parkrun with my daughter on my shoulders for the "
     "last bit. If you're where I was, it really can change. Off to eat cake now."),
    (I, False, "other",
     "Please, anyone who's been here. My 15yo (autistic, very literal, has been struggling "
     "since the school changed his timetable) just texted me from his room 'I love you mum, "
     "it's not your fault' and he's locked the door. He won't answer. I've rung 999 and my "
     "husband is trying to get the door off. I don't know why I'm typing this, I just can't "
     "stand still."),
    # 11
    (N, False, "none",
     "I could murder a bacon sandwich right now. Day two of the low residue diet before my "
     "scope and the only thing in this house I'm allowed is white toast and clear jelly."),
    (D, False, "self",
     "My daughter gave up her job to look after me when the heart failure got bad. She'd be "
     "better off without me, and I think that every time she has to help me in and out of the "
     "bath. I wouldn't do anything to myself. But I do wish I'd gone in my sleep last winter "
     "when I was in hospital."),
    (N, False, "none",
     "Question about my pre-op appointment yesterday. One of the things the nurse went through "
     "was whether I'd had any thoughts of ending my life or harming myself in the last two "
     "weeks. I said no, which is true, I'm nervous about the surgery but that's it. Is it "
     "normal to be asked that before a knee replacement? It threw me a bit."),
    (I, True, "self",
     "Righto. Eleven years of this back and the pain clinic discharged me yesterday, 'nothing "
     "more we can offer'. I've got a rope out in the shed and I'm going out there after tea "
     "tonight. Kel's away at her sister's till Thursday. Someone tell her to look after the "
     "dog. I mean it."),
    (N, False, "none",
     "Just a heads up to the long covid lot, a study in the news this week found people with "
     "post viral fatigue report more depression and suicidal thoughts than the general "
     "population, and the researchers are calling for proper mental health support in long "
     "covid clinics. About time honestly. Link in the comments."),
    (N, False, "none",
     "If I have to listen to that hold music at the rheumatology booking line for one more "
     "minute I'm going to walk into the sea lol. 47 minutes so far. Same four bars of Vivaldi."),
    (S, False, "self",
     "relapsed last night after 8 months clean. cut on my thigh where nobody sees. not "
     "suicidal, i just needed the noise in my head to stop after the consultant said i need "
     "another resection. feel stupid. my counsellor is on leave till the 20th"),
    (N, False, "none",
     "Last post in this group from me. Transplant finally happened in March so from now on "
     "you'll find me in the post-transplant group instead, since I'm off dialysis. You lot got "
     "me through three years of Tuesdays, Thursdays and Saturdays on the machine. Thank you, "
     "truly."),
    (D, False, "self",
     "lowkey been wanting to unalive for like a month now. not gonna do anything, the thoughts "
     "are just really loud. stims havent helped and the psych waitlist here is 8 months. idk "
     "what im asking really"),
    (N, False, "none",
     "Giving away my spare test strips and two boxes of lancets, switched to a sensor and "
     "they're just sitting in the cupboard. In date till next year. Free to anyone in the Leeds "
     "area, message me."),
    # 21
    (I, False, "self",
     "Not great tbh. Sorted the will out Tuesday, cancelled the colonoscopy, gave the car to my "
     "nephew. Won't be around after Friday so don't wait on me for that Humira paperwork "
     "thread. Cheers for everything lads. Honestly."),
    (N, False, "none",
     "Cut my pred dose down today for the first time in four months!! Rheumy says slowly, so "
     "it's only a small step, but I nearly cried in the car park. Here's hoping the flare stays "
     "away."),
    (D, True, "self",
     "Every morning the freight train comes along the railway line at the bottom of our road "
     "and every morning I stand at the kitchen window and think about walking out in front of "
     "it. I don't have a plan or a day. I'm not going anywhere today. It's just the thought, "
     "every single morning, since the pain got this bad."),
    (N, False, "none",
     "My brother took his own life four years ago today. He had Crohn's like me and was the one "
     "who taught me how to change my first stoma bag. Lighting a candle tonight. If anyone else "
     "has lost someone this way, the SOBS group near me has been a lifeline."),
    (S, False, "other",
     "Found my 14yo's bathroom bin full of bloody tissues this morning and when I asked her, "
     "she admitted she's been cutting again since the paediatrician took her off her ADHD meds "
     "three weeks ago. She says she's not trying to kill herself. I believe her but I'm "
     "shaking. We've got the GP at 4."),
    (N, False, "none",
     "Dead on my feet. Three nights in a row on the ward, two of them with a migraine brewing, "
     "and now I've got to stay up for the boiler man. Anyone else on shifts find triptans knock "
     "them out completely?"),
    (I, True, "self",
     "I am on dialysis three times in week since two years. From this week I have stopped "
     "going, I told the centre I am going to my native place but it is not true. I want it to "
     "finish now. My son is abroad, please do not message him, he will only worry and he cannot "
     "come. This is my last message in this group. Thank you to all."),
    (N, False, "none",
     "My neuro started me on a new preventative and the leaflet says in rare cases it can cause "
     "low mood and suicidal thoughts, and to tell your doctor straight away if you get those. "
     "Anyone on it? So far I'm just tired and everything tastes weird."),
    (D, False, "self",
     "not great tbh. been thinking everyone would be fine if i wasnt here. dont really want to "
     "talk about it, just putting it down somewhere. back to work monday."),
    (N, False, "none",
     "Better off without the pump, if I'm honest. Went back to pens in June, A1c came down and "
     "I don't have a tube catching on every door handle. Not saying it's right for everyone."),
    # 31
    (I, True, "self",
     "Long one, sorry. Diagnosed RRMS in 2019 at 27. Did everything right, started Ocrevus, "
     "changed my diet, gave up the hockey league, kept working from home when the fatigue got "
     "bad. The last MRI showed new lesions and my neuro is talking about it maybe being "
     "progressive now. My girlfriend left in August. I've been driving around since the "
     "appointment and I'm parked near the bridge and I'm going to jump off it once it gets "
     "dark. I'm not sure why I'm writing all this out. I guess someone should know I tried. My "
     "mom still thinks I'm at work. Please don't think it was the forum's fault, you guys were "
     "the only ones who got the bladder stuff."),
    (N, False, "none",
     "Shoot me now. The insurance company wants ANOTHER prior authorization for the same "
     "biologic I've been on for six years. Third time this year. Faxing forms like it's 1994."),
    (D, False, "self",
     "Sometimes I feel that if I am no more, my family will be free of this burden of my sugar "
     "and my dialysis expenses. My husband is taking loans. I am not going to do anything, "
     "please do not worry, but these thoughts are coming daily now."),
    (N, False, "none",
     "My husband did two tours and we'd been worried about him since his shoulder surgery. Last "
     "week the VA counsellor asked him outright about suicidal thoughts. His answer was no, and "
     "at home he told me the same, and I actually believe him. He's sleeping better and back at "
     "the woodworking. Posting because this group told me to ask, and I'm glad I did."),
    (I, True, "other",
     "My husband did two tours and has been sleeping in the garage since his neurologist gave "
     "him the Parkinson's diagnosis. Tonight he gave me his wedding ring and said to give his "
     "rifle to his brother after. The rifle isn't in the safe. I'm at my neighbour's with the "
     "kids and the police are on the way. Can someone just stay with me on here."),
    (N, False, "none",
     "We had the DNR conversation with Dad yesterday. He's 84, heart failure, and he was very "
     "clear: no CPR for him when his heart goes. The palliative nurse was brilliant, explained "
     "everything. Oddly calm afterwards. We had fish and chips."),
    (S, False, "self",
     "punched the wall till my knuckles split after the neuro appt. on purpose like. not great "
     "tbh. wife doesnt know, told her i caught it on the van door."),
    (N, False, "none",
     "Won't be around next week, we're going camping up at the lakes with no signal. First trip "
     "since my ostomy! Packed about a hundred spare bags. Wish me luck with the long drop "
     "toilets."),
    (I, False, "self",
     "ok i did it. took something about half an hour ago, feel weird and floaty. not telling my "
     "flatmate. just wanted to say thanks to the people on here who replied to my fatigue posts "
     "last year, you were nice to me when nobody irl believed long covid was real"),
    (N, False, "none",
     "Anyone else's GP ask 'any thoughts of harming yourself' at every single diabetes review? "
     "I always say no and then feel weirdly guilty like I've lied, even though I haven't. Is it "
     "a box they have to tick?"),
    # 41
    (D, False, "self",
     "Two years of long covid and I'm cactus. Some days I reckon I'd be better off dead, and I "
     "don't say that lightly. Not going to do anything about it. The GP upped the sertraline "
     "and said ring if it gets worse. It's not worse. It's just this."),
    (N, False, "none",
     "As a mental health nurse who also has lupus, can I say: if you're worried about someone, "
     "ask them directly whether they're thinking about suicide. Asking won't plant it. That's "
     "one of the most common myths we hear and it stops people asking."),
    (I, True, "self",
     "Out here the nearest neighbour is a twenty minute drive. The hands are so bad now I can't "
     "do the gates or hold a bucket, and my son wants to sell the place. I've got Dad's old "
     "shotgun down from the top of the wardrobe and I'll do it in the morning before the lad "
     "comes to feed the cattle. I've left the paperwork on the kitchen table. I'm not after "
     "sympathy."),
    (N, False, "none",
     "The hospital jelly on ward 7 could kill a man. Green. Why is it always green. Pray for "
     "me, I'm in till Monday for IV iron."),
    (D, False, "other",
     "My husband told the VA nurse he was fine but last night he finally told me he's been "
     "thinking about killing himself most days since the back surgery didn't work. He says he "
     "isn't planning anything and wouldn't do that to the kids. How do I get him to tell "
     "someone who can actually help?"),
    (N, False, "none",
     "Saying goodbye to Dr. Patel today, she's retiring after three decades on the renal ward. "
     "She diagnosed me at 16. Took her a card and a plant and I'm not ashamed to say we both "
     "cried."),
    (S, False, "self",
     "I've been biting the insides of my arms when the urge to purge gets bad. It leaves marks "
     "that go purple. I did it again tonight after dinner. I know it's self-harm, my dietitian "
     "would be so disappointed. Not trying to die, just trying not to do the other thing."),
    (N, False, "none",
     "Done with this diet. Six weeks of low FODMAP and I still bloat like a balloon. Going back "
     "to the GI to talk about SIBO testing instead."),
    (I, False, "other",
     "My brother (Crohn's, bowel resection in the summer) has sent all of us a scheduled email "
     "that says goodbye and thanks us for trying. It was set to send at 9. It's 8:40 and he's "
     "not answering and my mum is driving over there now. I'm three hours away."),
    (N, False, "none",
     "Nan always said 'I'll sleep when I'm dead' and honestly with this MS fatigue I've decided "
     "I disagree with her. Slept eleven hours. Still knackered."),
    # 51
    (D, False, "self",
     "Long post, bear with me. I've had Crohn's since I was 14 and I'm 29 now. This flare "
     "started in April after I tried to taper off the azathioprine and it hasn't let up. I'm on "
     "the liquid diet for six weeks, I can't work, and my manager has been decent but I can "
     "tell they're losing patience. The surgeon says another resection is likely. I've caught "
     "myself wishing I'd die on the table so I wouldn't have to wake up and do all of this "
     "again. Anyway, the reason I'm posting is I wanted to ask about the drink flavours, "
     "vanilla is making me gag. Does the strawberry one go down any easier? And does anyone "
     "know if you can mix them with ice?"),
    (N, False, "none",
     "I was in a really dark place after my diagnosis in 2016 and I tried to end my life. I "
     "spent two weeks on a psych ward. Nine years later I'm a peer supporter for the kidney "
     "charity and I've got a transplant that's going strong. Not saying it's easy, just that "
     "it's possible."),
    (I, True, "self",
     "I'm at the station. I've been on the platform for an hour watching them go through. The "
     "ED has won, I'm so tired of it. I'm going to go down onto the railway line when it gets "
     "dark. I've written to my parents, the letter's in my coat."),
    (N, False, "none",
     "My teenager says she'd rather die than let her mates spot me waving at the school gate. "
     "Relatable, I suppose. Did anyone else's autistic kid suddenly develop a very strong sense "
     "of embarrassment at 13?"),
    (D, True, "self",
     "There's a drawer in the bedroom with the leftover painkillers from my hip op, and I keep "
     "opening it and just looking. I don't think I'd do it. I haven't decided anything. But I "
     "keep going back and looking at them, and that's new for me."),
    (N, False, "none",
     "Going to end it with my rheumatologist. Not like that lol. She dismissed my fatigue for "
     "the fourth time and I've asked for a referral to someone else. Anyone have "
     "recommendations in Bristol?"),
    (S, False, "other",
     "My partner has started hitting his head against the wall when the nightmares wake him up. "
     "Three times this week, he's got a bruise on his forehead. He says he doesn't want to die, "
     "it just 'resets' him. He's ex-RAF and has fibro. We're seeing his GP tomorrow but I "
     "wanted to know if anyone else's partner does this."),
    (N, False, "none",
     "Anyone else's CGM die exactly two hours before the ten day mark? Every. Single. Time. "
     "Rang the company, they're sending a replacement, but I'm finger-pricking tonight like "
     "it's 2010."),
    (I, False, "self",
     "Last night shift tonight, and I mean last. When I clock off at 7 I'm going to end it. "
     "Left my locker key with Dev and paid the overdraft off. Nobody at work knows and I'd "
     "rather keep it that way. My sugars have been good this month, funny enough."),
    (N, False, "none",
     "Hospice update: Mum moved in on Sunday. The room looks over a garden and the nurses let "
     "the dog visit. She's comfortable and sleeping most of the day. I never thought I'd say a "
     "hospice felt like a relief but it does."),
    # 61
    (D, False, "self",
     "exam szn + crohns flare and i keep thinking id rather not exist. not in a dramatic way. "
     "just like. not being here would be easier than all this. anyway does anyone know if you "
     "can get extra time in exams for ibd"),
    (N, False, "none",
     "Burnt the back of my hand on the oven door last night and didn't even feel it till I saw "
     "the blister. Diabetic neuropathy is no joke. Nurse said keep it clean and watch for "
     "infection."),
    (N, False, "none",
     "Three years self-harm free today. I used to hide my arms all summer and now I wear short "
     "sleeves to my infusions. I still have the urges sometimes but I ring my sister or I go "
     "for a walk instead. Proud of myself for once."),
    (D, False, "self",
     "When the aura starts now, my first thought isn't make the pain stop. It's I want to be "
     "dead. Not a plan, I wouldn't. But that's the thought, straight away, before I even reach "
     "for the triptan. That scares me more than the migraine does."),
    (N, False, "none",
     "The radiographer put Don't Fear the Reaper on during my MRI, through those awful "
     "headphones. Honestly a choice by the radiographer. I laughed so much they had to redo a "
     "sequence."),
    (I, False, "other",
     "My partner (ex-army, fibro and PTSD) messaged me from work: 'sorry for everything, look "
     "after the kids for me, I won't be coming home.' His phone's going straight to voicemail "
     "and his boss says he left at lunch. I've called the police. I'm sitting by the window."),
    (N, False, "none",
     "We lost our daughter at 22 weeks, one year ago today. We planted a magnolia in the garden "
     "and today it's flowering, which felt like something. Thank you to everyone in this group "
     "who held me up last spring."),
    (S, False, "self",
     "I burned my wrist on purpose last night. Chronic pain for nine years and somehow choosing "
     "where the pain goes made me feel like I had some say in it. I know how that sounds. Not "
     "suicidal. Just telling someone because I can't tell my mum."),
    (N, False, "none",
     "Has anyone read When Breath Becomes Air? Our cancer book club is doing it next month and "
     "I'm not sure I'm ready for it three months after finishing chemo. Is it hopeful or just "
     "sad?"),
    (D, True, "self",
     "There's a rifle in the house for the coyotes and since the MS took my legs last winter "
     "the thought of turning it on myself comes round more often than I'd like to admit. No "
     "plans. I'm not about to do anything. Just thinking about it, a lot, and nobody out here "
     "to say it to."),
    # 71
    (N, False, "none",
     "Bruises up both arms from three days of blood draws. I look like I've gone ten rounds "
     "with somebody. The phlebotomist said my veins 'roll'. Any tips for getting them to "
     "behave?"),
    (I, True, "other",
     "my roommate has been hoarding her pills, i found the bag under her bed, and she just told "
     "me shes doing it tonight after her last exam. she made me swear i wouldnt say a word. im "
     "telling. do i call campus security or 911? she has anorexia and her parents are in "
     "another state"),
    (N, False, "none",
     "Canada's MAID debate on the news again. Mum chose it last year with her palliative team, "
     "after the ALS took her speech. It was peaceful and it was her choice. I know people feel "
     "strongly both ways. I just wanted to say it was right for her."),
    (D, False, "other",
     "My 16yo told her therapist she wants to die and wishes she could disappear. She says "
     "there's no plan. She's in treatment for anorexia and has been going backwards since "
     "Christmas. We've got CAMHS on Tuesday. How do I keep her safe till then, what do I "
     "actually do tonight?"),
    (N, False, "none",
     "I'm going to kill my husband if he eats my hypo jelly babies again. Third bag this month. "
     "I've started hiding them in the glove box."),
    (I, False, "self",
     "so ive cancelled my adhd review and the dentist and the thing with my mates on saturday "
     "and ive given my switch to my cousin and i know how this reads but im actually calm for "
     "the first time in ages, it's happening tomorrow morning and i just wanted to say bye to "
     "the only place online i ever felt normal"),
    (N, False, "none",
     "Wrote my will this week. 41, two kids, lupus, and a mortgage — my solicitor said it's the "
     "most sensible thing anyone with a chronic illness can do. Also did a lasting power of "
     "attorney while I was at it. Weirdly satisfying."),
    (S, False, "self",
     "Yesterday after the big fight with my in-laws about my PCOS and not conceiving, I cut my "
     "hand purposely. It is paining now. I do not want to die, only that feeling was too much "
     "to hold inside. My husband has not seen it yet."),
    (N, False, "none",
     "They've shut the bridge into town for roadworks, so my infusion trip is now 50 minutes "
     "each way. Anyone from the Ipswich area found a better route to the day unit?"),
    (D, False, "self",
     "Bit of a bleak one, lads. Been thinking about topping myself on and off since the colitis "
     "came back. Not going to do anything daft, GP appointment is Monday and I'll tell her. "
     "Just needed it written down before then."),
    # 81
    (N, False, "none",
     "PHQ-9 at my pain clinic today. Question 9 is the one that asks about being better off "
     "dead or hurting yourself. I ticked 'not at all' and then the psychologist still asked me "
     "about it out loud, which I think is actually good practice? Scored 8 overall, mild."),
    (I, True, "self",
     "Day 19 of this migraine. Nothing's touched it, not the nerve block, not the infusion. I'm "
     "on the top floor of the car park at work, I'm sitting on the edge and I'm going to jump. "
     "Tell my mum I'm sorry. Tell her it wasn't her fault."),
    (N, False, "none",
     "Pharmacist went through the overdose risks with my new painkillers really carefully today "
     "and handed me a naloxone kit, which apparently is standard now with opioids. Felt a bit "
     "alarming at first but she was lovely about it. Anyone else been given one?"),
    (D, False, "self",
     "Since we lost him at 22 weeks I don't want to be alive. I'm not going to do anything, I "
     "promised my husband, and I'm seeing the bereavement midwife on Thursday. But I wake up "
     "and I don't want to be here."),
    (N, False, "none",
     "Does anyone else's kid with autism hate the seams in socks? We've been through nine "
     "brands. He'd rather go barefoot in snow. Seam-free recommendations welcome."),
    (S, False, "self",
     "Okay so, long post. Type 1 for 22 years, pump user, and the last month has been a mess. "
     "I've had highs every night from what I think is a bad batch of insulin, my endo moved my "
     "appointment twice, and work has been brutal because it's year end. I haven't been "
     "sleeping. The urge won on Tuesday and I cut again, first time in two years, on my upper "
     "arm. It's healing okay and I've told my therapist. I'm not in danger, I just feel like I "
     "undid something. Anyway, the actual question: has anyone else had a bad batch and how did "
     "you get the pharmacy to replace it?"),
    (N, False, "none",
     "Killing two birds with one stone today: bloods at 9, then picked up my methotrexate and "
     "the folic acid from the same chemist. Very efficient for someone who can't grip a pen."),
    (D, True, "self",
     "I drive over the bridge to get to my infusions every three weeks and lately I picture "
     "pulling over and going over the side. I haven't. I'm not going to today. But it's there "
     "every time I cross, and it's getting louder."),
    (N, False, "none",
     "Twenty years ago my husband died by suicide. I raise money for the mental health charity "
     "every year with a sponsored walk on his birthday. This year it's 26 miles along the coast "
     "path. Link in my bio if anyone wants to sponsor. He'd have laughed at me in walking "
     "boots."),
    (I, False, "self",
     "Scan shows it's back, in the liver this time. I'm not doing chemo again and I'm not "
     "waiting around for it either. I have what I need and I'm using it tonight. Please don't "
     "ring my husband, he's on nights and I want him to hear it properly, not from a stranger."),
    # 91
    (N, False, "none",
     "Anyone managed to cut down on fluid in the heat with heart failure? My limit is 1.5 "
     "litres and it's 30 degrees here. I'm chewing ice cubes and sucking frozen grapes."),
    (D, False, "self",
     "I care for mum full time (Alzheimer's, she doesn't know me most days) and honestly I've "
     "started thinking about killing myself. Not planning. Just the idea of it sitting there in "
     "the background like a door I could open. My brother hasn't visited since June."),
    (N, False, "none",
     "Woke up having scratched both shins to ribbons overnight. It's the lupus rash, it's "
     "always worse at night, and there was blood on the sheets. Derm's given me a new cream and "
     "told me to wear cotton gloves to bed."),
    (D, False, "other",
     "My brother on dialysis admitted to me yesterday evening that ending it has been on his "
     "mind. He said he wouldn't do anything yet but he's tired of the machine and tired of "
     "being everyone's problem. I'm his only family. I've booked to go with him to clinic on "
     "Thursday."),
    (N, False, "none",
     "Sorting out lasting power of attorney for my dad now that the dementia diagnosis is "
     "official. Also moving his bank stuff online and getting his affairs in order while he can "
     "still sign. Anyone got tips on the health and welfare form?"),
    (I, False, "self",
     "this is my last post here. my stoma nurse was lovely, please say thanks to her if you "
     "know her from the hospital group. i've scheduled some emails to go out tomorrow "
     "afternoon. when people see this i'll already be gone. please don't be sad, it isn't "
     "anyone's fault"),
    (N, False, "none",
     "Everybody Hurts came on at the end of the group session and the whole room went quiet. "
     "Our facilitator said that song got her through her first year after diagnosis. It's a "
     "good one."),
    (S, False, "other",
     "My little sister (19, lupus) has been deliberately scratching her forearms until they "
     "bleed, she showed me last night and said it helps when the fatigue makes her feel like "
     "she's not real. She doesn't want to die, she says. She's agreed to tell her rheumy nurse "
     "on Friday and I'm going with her."),
    (N, False, "none",
     "Saving up my tablets before the trip to India, six weeks away and my pharmacy will only "
     "give me a month's supply at once. Anyone know how to get the GP to do an early "
     "prescription for travel?"),
    (D, True, "self",
     "Stopped by the barn the other day and looked up at the beams and thought about a rope. It "
     "scared the hell out of me. I'm not going to. I just needed to tell someone who isn't my "
     "wife, because she has enough on her plate with my back."),
    # 101
    (N, False, "none",
     "Gluten-free bread is the reason I want to die. Jk obviously but who makes this stuff. It "
     "tastes like a damp yoga mat and it costs four quid a loaf."),
    (I, True, "self",
     "I am 78 and I have decided. I have the pills my doctor gave me put away in a jar since "
     "the spring, and on Sunday after church I am going to take them. My affairs are in order. "
     "I have written to my daughter. I wanted to thank this group for the company these last "
     "years."),
    (N, False, "none",
     "Our daughter was in hospital after an attempt two years ago. She's 19 now, finished her "
     "first year at uni, and she's the one reminding ME to take my MS meds. She gave me "
     "permission to share this. To anyone in the thick of it with their teen: there is an "
     "after."),
    (S, False, "self",
     "Had a shocker of a day. Slammed my head into the doorframe on purpose because the "
     "migraine wouldn't stop and I wanted a different pain. Got a lump now. I'm not going to do "
     "anything worse, just ashamed and needed to say it out loud to someone."),
    (N, False, "none",
     "Moving to Perth for my partner's job, so I won't be at the Christmas meetup this year. "
     "Gutted. If anyone knows a good MS nurse team over there please shout."),
    (D, True, "self",
     "I've been keeping my old antidepressants in a box instead of handing them back, and if "
     "I'm honest part of me knows why I haven't. No plan. I'm not going to take them. Just "
     "knowing they're there is a thing I think about."),
    (N, False, "none",
     "Last night was my first time at the group for people bereaved by suicide, six months "
     "after my dad. I sat in the car for ten minutes before going in. Nobody made me talk. "
     "Going back next month."),
    (I, True, "other",
     "My mum has stopped taking her anti-rejection meds on purpose. She told me today on the "
     "phone, very calmly, that she wants to go before the kidney fails on its own and that "
     "she's saying goodbye to the grandkids this weekend. She made me promise not to tell the "
     "transplant team. I'm ringing them in the morning, or should I ring now?"),
    (N, False, "none",
     "Giving away my old running shoes and my marathon medals box to my nephew. MS means I'm "
     "not running anymore but he's just started and I'd rather they got some use. Bittersweet "
     "but mostly sweet."),
    (D, False, "self",
     "68, RA for thirty years. Lately the thought of checking out early has been visiting. "
     "Nothing planned, I'd never do that to my grandchildren, but the thought comes most "
     "evenings when my knees wake me."),
    # 111
    (N, False, "none",
     "Sliced my finger opening a tin of beans and it would NOT stop bleeding, on apixaban since "
     "the AF. Held it up for twenty minutes. A&E nurse glued it and told me off for not coming "
     "in sooner."),
    (S, False, "self",
     "I cut last weekend for the first time since high school. I'm 34. Long covid since 2022, "
     "lost my job in March. I'm not trying to die but I needed something to happen that I "
     "controlled. Telling my doctor on Tuesday."),
    (N, False, "none",
     "Assisted dying bill is back in parliament and my MS group chat is split right down the "
     "middle. Some of us want the choice, some of us are terrified of the pressure it puts on "
     "disabled people. Can we have a civil thread about it here?"),
    (D, False, "self",
     "doing 12s on the ward with fibro and honestly on the drive home i think how easy it'd be "
     "to stop existing. wouldnt hurt anyone. ok it would. but thats where my head is at most "
     "nights"),
    (N, False, "none",
     "Tonight's the night I try the new insulin pump settings the DSN set. Fingers crossed the "
     "basal overnight isn't a rollercoaster. Will report back tomorrow."),
    (I, False, "self",
     "My neighbour has my cat now. I told her it's because of the hospital stays. It isn't. "
     "I've said sorry to my ex for everything. Heart failure clinic is next Thursday and I "
     "won't be going. It's tonight. I'm not scared anymore. Thank you all."),
    (N, False, "none",
     "The self-harm risk form at A&E caught me off guard. I was in for a gallstone, and they "
     "asked whether I'd ever hurt myself. I said I did as a teenager, nothing for twenty years. "
     "The nurse just nodded and moved on. Is that normal?"),
    (D, False, "other",
     "My best mate from the ED group keeps messaging me late at night that she wishes she were "
     "dead. Every night this week. She says she won't do anything and she's got her therapist "
     "Monday but I'm scared and I don't know if I'm saying the right things back."),
    (N, False, "none",
     "We're better off without that consultant. The new one actually listened, ordered the "
     "calprotectin and the MRI, and for the first time in three years someone has a plan for "
     "me."),
    (S, False, "self",
     "Been picking my skin till it bleeds on purpose since chemo started. My arms and the backs "
     "of my hands. Chemo nurse saw the scabs yesterday and asked. I'm not suicidal, it's just "
     "something to do with the fear. I'm going to see the psych-onc person next week."),
    # 121
    (N, False, "none",
     "Fell on the stairs last night when my leg gave out (MS), broke my wrist. Cast for six "
     "weeks. Anyone got tips for doing up a bra one-handed?"),
    (I, True, "self",
     "Walked to the bridge again this morning and this time I'm not walking home. Sitting on "
     "the railing typing this. Chronic pain since the car crash in 2015, seven surgeries, "
     "nothing left to try. Sorry to whoever reads this."),
    (N, False, "none",
     "My husband is low since his heart attack but he's safe. He's seeing the cardiac rehab "
     "psychologist, and we talked about it properly: no thoughts of hurting himself, he's just "
     "frightened. We've made a plan for the bad days. Posting because I was so scared last "
     "month."),
    (D, False, "self",
     "Everyone keeps saying fight. I'm tired of being the reason my wife can't sleep and the "
     "kids might not go to uni because of the bills. Some days I think it'd be kinder to them "
     "if I just stopped being here. Oncology follow-up is next week."),
    (N, False, "none",
     "Mum chose with her renal team to stop dialysis last month. They'd talked about it for a "
     "year. She had her grandchildren round, the hospice team came to the house, and she died "
     "peacefully on Saturday. Thank you to everyone here who helped me understand what to "
     "expect."),
    (N, False, "none",
     "Watching The Fault in Our Stars with my 14yo who's just finished treatment. She cried, I "
     "cried, the dog sat on both of us. She says the book is better."),
    (D, True, "self",
     "The idea that keeps coming back is skipping dialysis for a week and letting things take "
     "their course. I've not acted on it and my wife has no idea it's in my head. I'll be in "
     "the chair on Wednesday as usual. It just sits with me through every session on the "
     "machine."),
    (N, False, "none",
     "My safety plan was stuck to my fridge for two years after my attempt. I took it down last "
     "month because I don't need it in the same way any more, and I put it in a drawer just in "
     "case. Just wanted to mark that. Lupus still rubbish, head much better."),
    (I, True, "self",
     "Stopped taking my insulin on Sunday and I'm not starting again. I want this to be over "
     "and this is the way I've chosen. I've told work I'm on annual leave. I'm only posting so "
     "that somebody knows it wasn't an accident."),
    (N, False, "none",
     "Movember this year: I'm growing a truly awful tash for men's mental health and suicide "
     "prevention. My GP said it's the worst one she's seen. Type 2 since 40, three years of "
     "being open about the low days. Talk to your mates, lads."),
    # 131
    (N, False, "none",
     "Letters to the insurer all sent, finally. Appeal for the biologic, a letter from my "
     "gastro, my flare diary. Now we wait. Sorry everyone for the endless rants this month."),
    (I, False, "self",
     "Not a great week. Gout in both feet again on top of the RA. Told the wife I'm off fishing "
     "on Sunday morning but I'm not coming back from it, and I've left a note on the workbench "
     "saying which tools go to our lad. No more posts from me after the weekend. Ta for the "
     "advice on the allopurinol, it did help a bit."),
    (N, False, "none",
     "Dad's hospice nurse told us this morning it's probably days. We've moved the bed so he "
     "can see the garden. He asked for his old records and we've got Sinatra on. Not really "
     "asking anything, just needed to write it down."),
    (N, False, "none",
     "I'm going to kill this flare before it kills my holiday. Started the steroid taper, "
     "ordered extra ostomy supplies, and I'm not leaving the sofa until Thursday."),
    (N, False, "none",
     "My daughter (16, ADHD) has been really low since her exams, so I asked her straight out "
     "if she's ever had thoughts of hurting herself or not wanting to be here. She said no, and "
     "then we talked for an hour about her friendship group. She's got a counsellor at school. "
     "I think she's okay. Just glad I asked."),
    (N, False, "none",
     "Anyone pacing with a heart-rate monitor for long covid? I'm trying to stay under 110 and "
     "it feels like I can't even hoover the stairs without it beeping at me."),
    (N, False, "none",
     "Suicide prevention walk in our town on Saturday! The migraine group is walking as a team "
     "in purple. We've raised £640 so far for the local crisis line. Come and say hi, bring "
     "sunscreen."),
    (N, False, "none",
     "Advance directive is signed and with my GP. I've said no ventilation if the MS gets to "
     "that point, and yes to everything that keeps me comfortable. My wife and I went through "
     "it together. Felt strangely freeing."),
    (N, False, "none",
     "Does anyone's stomach go crazy on the new tirzepatide dose? Third week and I'm living on "
     "crackers. Endo says it settles."),
    (N, False, "none",
     "My friend from this forum, Jo, died last week. Not suicide, her heart just gave out after "
     "twelve years of lupus. Her husband asked me to let you all know. She loved this group."),
    # 141
    (N, False, "none",
     "Is arthritis in the thumbs normal at 38? Can't open jars, can't turn keys. Got a jar "
     "opener gadget from the chemist and it's changed my life. Recommend."),
    (N, False, "none",
     "Year 9 options evening tonight with my autistic son and I am dead set on keeping him away "
     "from the loud hall. The school has offered a quiet room appointment instead. Finally."),
    (N, False, "none",
     "My old pump goes back to the company today. Eight years, two countries, one time it got "
     "stuck in a train door. Said goodbye to it like an old friend. The new one is smaller and "
     "talks to my phone."),
    (N, False, "none",
     "The fatigue after ADHD meds wear off is brutal. Anyone take a small top-up dose in the "
     "afternoon? Asking for the sake of my evening shifts at the pub."),
    (N, False, "none",
     "Is it normal for my mum (vascular dementia) to ask about her own mother every evening? "
     "Her mum's been dead since 1989. The nurse says to go along with it gently rather than "
     "tell her again. It breaks my heart every time, but she's calm and eating well."),
    (N, False, "none",
     "New to kidney stuff. Just got told my eGFR is 42, stage 3. Is it okay to keep doing "
     "weights at the gym? Nephrologist appointment isn't until November."),
    (N, False, "none",
     "Two years ago I wrote on here that I didn't want to be alive. Just wanted to say I'm "
     "still here, I've been on a med that works for the migraines for eighteen months, and I'm "
     "getting married in June. Thank you to whoever replied to me that night, you know who you "
     "are."),
    (N, False, "none",
     "Hi all, newbie here. Just diagnosed with heart failure at 52 after a virus. On bisoprolol "
     "and something called Entresto. Feeling overwhelmed but OK. Where do I start?"),
    (N, False, "none",
     "Suicide Squad was on telly last night and my husband fell asleep in the first ten "
     "minutes, which is how I know his new beta blocker is working. Silver linings."),
    (N, False, "none",
     "Eating disorder recovery update: one year since I left the inpatient unit. Eating three "
     "meals, went to a restaurant last week and ordered dessert. The thoughts still come but "
     "they don't drive. Thank you for being here."),
    # 151
    (N, False, "none",
     "Is it just me or is the lupus clinic waiting room the coldest place on earth? Bring a "
     "blanket, is my advice. And snacks. And a phone charger. It's a four hour wait minimum."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten14.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw14-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
