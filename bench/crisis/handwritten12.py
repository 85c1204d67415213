#!/usr/bin/env python3
"""Write handwritten12.jsonl: a thirteenth held-out set, hand-written one post at a time at the end
of the eighth round by a writer who had not read the detector's source (nor its tests, results or
earlier sets), to serve as the ninth round's "before". Voices: mainstream UK, Australian, Indian,
Canadian and US English; teenagers and texting style (lowercase, abbreviations, no punctuation),
older writers, carers and parents, typos, run-on sentences, long posts (8-15 sentences) with the one
signal sentence in the middle of ordinary condition talk, posts about someone else (child, partner,
parent, sibling, roommate, friend). Communities: diabetes, long covid, kidney transplant, dialysis,
breast cancer, chronic pain, Crohn's and colitis, MS, COPD, lupus, dementia caregivers, new
parents, heart failure, endometriosis, fibromyalgia. Crisis posts vary tense, negation, indirect
phrasing (goodbyes, giving things away, cancelled appointments, scheduled messages, "won't be
around"), passive wishes, burden, euphemisms, plans with a time, means at hand, attempts under way,
self-harm now or very recent, someone else at risk right now. Hard negatives of every kind in the
corpus README: idioms, hyperbole and jokes with trivial causes, "better off" about things, clinical
and pharmacy talk, screening questions answered no, recovery stories told as past, grief (including
suicide loss), awareness and helpline posts, end-of-life planning and the assisted-dying debate,
quotes and song titles, lookalikes, accidental injury, carers whose person is safe, ordinary posts.
Never tuned on: to be scored once, at the round's end; its misses are not read before then.
Content note: as in the corpus README, methods are named only in the plainest words ("tablets",
"the bridge", "a rope", "the railway line"); no amounts, combinations or how-to.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, True, "self", "Rang the renal unit this morning and told the nurse I won't be in for Thursday, or for any session after that. She thinks I'm going on holiday. I'm not. I've stopped going to dialysis and I haven't told my son, and I want it over with. The fluid is already building up in my ankles and I'm letting it. Please don't anyone ring the unit for me."),
    (I, True, "self", "ok so nobody read this til tmrw i guess. been hiding my tablets from mum for like 3 weeks and im taking them tonight after she goes to bed. my libre keeps beeping and i dont even care anymore. sorry guys u were the only ones who got it"),
    (I, True, "self", "Three years post-transplant and I've been so careful, I know. As of last Sunday I stopped taking my tacrolimus on purpose. My creatinine will climb and this time I'm not going to ring anyone about it, I want the kidney to fail and take me with it. My wife thinks the new pill organiser is why the boxes look full. I'm posting because I can't say it out loud."),
    (I, True, "self", "Sitting in the car at the lookout past the reservoir. Pain's been a 9 for eleven days straight and the new patches haven't touched it. I'm going to jump off the cliffs once it gets dark, I've made my mind up. Left the ute keys on the bench for Dazza. Cheers for all the yarns in here, you lot were alright."),
    (I, True, "self", "Bit of a long one, sorry. The respiratory nurse came out Monday and upped my Trelegy and changed the rescue pack, so I've got the steroids and the amoxicillin in the drawer if I flare again. The oxygen concentrator is loud but I'm used to it now. Pulmonary rehab has been cancelled twice because of staff shortages. My wife goes to her sister's on Saturday for the night. I've put a rope in the garage and I'm doing it on Saturday while she's away. I've paid the gas bill up front and left the car insurance papers on the side. The grandkids came round yesterday and I gave them my old stamp albums. Anyway the spirometry was 38 percent which is about where it's been. Thank you for reading all my moaning over the years."),
    (I, True, "self", "MS fatigue has taken my job, my driving and most of my friends. I finish my last shift at the garden centre on Friday and after that I'm going to the railway line behind our building. I've been thinking about it for months and now it's decided. I cancelled my Ocrevus infusion for next month. Not looking for anyone to talk me out of it, just didn't want to vanish without saying something."),
    (I, True, "self", "Dear sisters, I have been collecting my sleeping tablets since my third cycle of chemo. Tonight after my husband sleeps I will take them, I have decided. The port site is paining and the hair is all gone and I cannot be this burden on my children any longer. I have kept my gold bangles in the almirah with a note for my daughter-in-law. Please pray for them."),
    (I, True, "self", "Ejection fraction is down to 20 and the cardiologist is talking about an LVAD workup. I'm not doing any of it. My husband's gun is in the hall closet and I'm using it tonight when he's on nights. I've written to both boys. The furosemide has me up every hour anyway so I'll be awake."),
    (I, False, "self", "I've set up emails to go out to my kids at 9 tomorrow morning. They'll explain everything. This is my last post in here and I wanted to say thank you to the ladies on the Thursday fibro chat, you kept me going longer than I would have managed. My pain specialist appointment on the 14th can go to someone else. I've made my decision and it's tonight."),
    (I, False, "self", "Took Biscuit round to my neighbour this afternoon and told her he's hers now. Gave my sewing machine and all the fabric stash to the lady from church. Endo nurse rang about the hormone injection and I told her not to bother rebooking. I'm ending things tonight. I don't know why I'm typing this here except that you're the only people who knew me properly."),
    (I, False, "self", "i already took something like an hour ago. i just wanted someone to know in case. dont call anyone please i mean it. the endo pain was so bad today and the gyn said another 8 month wait for the lap and i just couldnt"),
    (I, False, "self", "Could someone let the rheumatology clinic know I won't be attending my review next month? I won't be around by then. The letters are written and the cat's food is ordered to be delivered to my brother's. Sunday is when. I'm sorry to dump this on a lupus forum, I didn't know where else to put it."),
    (I, False, "self", "The baby is at my mum's for the night, first time since she was born. I told everyone it's so I can catch up on sleep. It isn't. I'm going to end my life while she's there and safe. I've written a long letter to Tom and put it in the nappy bag so he finds it in the morning. She deserves a mum who isn't like this."),
    (I, False, "self", "this is goodbye i guess. tonights the night. sorry to everyone in the crohns group chat for going quiet, it wasnt u. tell jess the hoodie is hers"),
    (I, False, "self", "Mum goes into the care home on Monday. The social worker says it's the right place and I believe her, the staff seem kind and they know about her sundowning. After that I'll have done the last thing I'm needed for. I intend to finish my own life on Monday night once she's settled. The house papers are with the solicitor and my brother has the spare keys. I've looked after her for nine years and there is nothing left of me."),
    (I, False, "self", "im going to kill myself after my sister leaves for work tomorrow i have everything i need i have been sick for 2 years with this long covid and nobody believes me not even my gp who keeps saying its anxiety i just want it to stop i am sorry"),
    (I, False, "self", "Paid off the credit card, updated the will, told the endo I won't need the appointment in March. Cleared out my pump supplies and posted them to a girl from here who was short. I'm going to do it this weekend. It's not the diabetes exactly, it's everything on top of it. Thanks for the years of carb counting tips."),
    (I, False, "self", "Evening all. Weight up 2kg overnight so I took the extra furosemide like the heart failure nurse said, and the swelling has gone down a bit. Cardiac rehab rang to book me in for six weeks of sessions, I said I'd think about it. I've decided I'm going to end it on Friday when the carers have been and gone. The district nurse thinks I'm doing better because I've been chattier. My daughter is in Spain until the 20th. I did my bloods on Tuesday and the potassium was fine. Funny how none of it matters now."),
    (I, False, "self", "Sorry for this message everyone. By morning I will be no more. I have already started, I am writing only so that somebody knows. My creatinine was 4.1 at the transplant clinic and they are talking of going back to dialysis and I cannot go back to that life. Please tell Ravi bhaiya on this group that I was grateful."),
    # imminent, someone else
    (I, True, "other", "my son just texted me a photo from the bridge saying sorry mum i love you. he's 19 and was diagnosed with type 1 in september and hasn't coped at all. i'm in the car on my way and his dad has rung the police. he won't answer his phone. please if anyone is near the uni"),
    (I, True, "other", "My partner has just told me he's taken the tablets he's been saving up. He's locked himself in the bathroom and won't open the door. He's been in agony with his back since the fusion and the pain clinic discharged him last week. I've called 999 and they're on their way. I don't know why I'm typing this, my hands won't stop shaking."),
    (I, True, "other", "need advice NOW my roommate has a rope in his room and just said tonights the night. hes locked the door. he has crohns and has been so low since his surgery. ive called campus security theyre coming. what do i say to him through the door"),
    (I, False, "other", "My dad rang me at lunch, which he never does, and said thank you for everything and that I'd been a good son. He's given his watch to my nephew this week and cancelled his COPD review. He told me he wouldn't be around much longer and then hung up. Now he's not answering and I'm two hours away. I've asked his neighbour to knock."),
    (I, False, "other", "A lady from our MS group sent everyone a message this morning that was obviously scheduled, thanking us and saying she'd be gone by the time we read it. Nobody can get hold of her. I've rung the police in her town with her address from the Christmas card list. I feel sick."),
    (I, False, "other", "My sister has lupus and has been in a bad way for months. Tonight at her daughter's party she gave me her engagement ring and her good jewellery and told me she's going to end it this weekend after the kids go back to their dad's. She laughed it off when I asked her straight. I'm staying at hers tonight and I've rung her GP's out of hours line."),
    # ideation, the author
    (D, True, "self", "Some days on the machine I think about just not turning up for dialysis anymore and letting it happen quietly. I haven't done it, and I'm not saying I will. But the thought is there every Monday, Wednesday and Friday, sitting beside me for four hours. My fistula has been playing up and they had to needle me three times last week."),
    (D, True, "self", "Does anyone else get this? Since my rejection scare the idea of stopping my anti-rejection meds so it all just stops keeps creeping in. I haven't missed a single dose and I know the pharmacist would notice. I just can't stop thinking it. Transplant coordinator says my levels are fine."),
    (D, True, "self", "There's a bridge on the way to the pain clinic and every single time I drive over it I think about going off the side. I'm not planning anything, I just want to be honest with someone about it. The pregabalin has made me foggy and my physio has given up on me. Fourteen years of this."),
    (D, True, "self", "i keep thinkin about using my insulin to just not wake up. not gonna lie its been in my head since the dka in november. my consultant says im doing better cos my a1c came down lol if only she knew"),
    (D, True, "self", "My late husband's shotgun is still up in the loft. The police said I should hand it in and I never got round to it. Lately I find myself thinking about it far more than I should, on the bad breathless nights especially. I'm 74 and I don't see the point in dragging on with this COPD. I haven't been up there. I just think about it."),
    (D, True, "self", "I've got a drawer of old painkillers from every flare I've had since 2015 and lately I open it and think about swallowing them all and being done with fibro for good. I don't think I would. But I open the drawer more than I'm comfortable admitting. New rheumatologist on the 3rd, maybe I'll tell her."),
    (D, True, "self", "Standing on the platform this morning with my cane, the fast train came through and I had the thought again, about stepping off in front of it. I didn't move. It's been happening most mornings since my relapse in the summer. I'm on the waiting list for the MS psychologist."),
    (D, False, "self", "Another 14 hours in bed today. I go to sleep every night hoping I won't wake up in the morning, and then I do, and it's the same PEM crash all over again. Long covid month nineteen."),
    (D, False, "self", "My children have enough on with their own families. I'm 81, the heart is failing, and I honestly think they'd be better off without the worry of me. I won't do anything silly, though some nights I do wish the Lord would get a move on. The new tablets make me dizzy when I stand."),
    (D, False, "self", "lowkey wanna unalive myself after todays colonoscopy results. inflammation is worse not better and they want to put me on steroids AGAIN which means the moon face again in year 11"),
    (D, False, "self", "hypo at 3am again and honestly lying there thinking i should just kms and be done with the finger pricks forever. not gonna but yeah. 15 years of this"),
    (D, False, "self", "Update on the lupus nephritis: protein in the urine is down a bit, which the renal team are pleased about. They want to keep me on the mycophenolate for at least another year. The hair loss has slowed. Work have been understanding and let me do three days a week from home. Truth is I'd rather not be alive, and nobody knows that. I still go to every appointment and smile. My husband thinks I'm coping. The next infusion is the 12th."),
    (D, False, "self", "Before my excision surgery the anaesthetist asked if I had any questions and all I could think was that part of me wishes I just wouldn't come round afterwards. I still feel that way now, a week on. The endo pain is still there, even after they took out so much. I'm so tired of fighting my own body."),
    (D, False, "self", "New dad here, baby is 7 weeks. I've been thinking about killing myself most nights since he came. I don't have any plan and I'd never leave him. But it's there when I'm doing the 2am feed. My wife has her own stuff with the recovery from the section and I can't put this on her."),
    (D, False, "self", "Dad's dementia is getting worse and I'm doing every night now. I've started wishing I could just disappear for good and not wake up. I know that's an awful thing for a carer to say. He doesn't even know who I am most days."),
    (D, False, "self", "Canadian here, finished rads in the spring. Honestly part of me hopes the cancer comes back and finishes me off. I know people in here would give anything to be clear and I feel guilty even typing it. My oncologist says the scans look great."),
    (D, False, "self", "Been thinking a lot about checking out. Not in a holiday way. The COPD has taken everything I enjoyed, I can't even get to the pub at the end of the road. The nebuliser is my best mate now."),
    (D, False, "self", "After my kidney transplant I thought life will be normal but it is not. Every month some new infection, new tablets. I feel I am a burden to my family, they will be better without me. I think of ending my life very often these days. I have not told my doctor."),
    (D, False, "self", "Topping myself has been on my mind a fair bit this week, not gonna lie. Fibro flare's been brutal and the GP took me off the amitriptyline. Not planning anything, just needed to say it somewhere that isn't my head."),
    (D, False, "self", "whats the point of any of it id rather be dead honestly i think about it every day now since the last relapse took my left leg again my neuro says we can try a new dmt but i dont even care"),
    (D, False, "self", "I'm not going to do anything, so please don't panic. But I keep thinking everyone round me would breathe easier if I was gone. Fifteen years on dialysis does that to you. The new consultant is nice though."),
    (D, False, "self", "So the pain management programme finished last week. Eight sessions of pacing and CBT and mindfulness. Some of it helped, the pacing diary especially. My GP has switched me from co-codamol to tramadol, which I'm not sure about. The TENS machine is good on the bad days. Most days now I have suicidal thoughts that come and go, especially in the evening. I've not told the team because I'm scared they'll stop the meds. I'm seeing the physio again in April. Anyone used the TENS on their neck?"),
    # ideation, someone else
    (D, True, "other", "Since the amputation my husband has started telling me he thinks about the gun in his cabinet. He says he wouldn't, but he says it most nights now. His diabetes was never well managed and now he can't get out to his allotment. I'm frightened to leave him on his own."),
    (D, True, "other", "Mum is 79 and on dialysis three times a week. Yesterday she told me she's been thinking of just stopping dialysis without telling the team, so that it ends. She hasn't missed a session yet. I don't know whether to tell the unit."),
    (D, False, "other", "my daughter is 14 and has crohns and last night she told me she wants to die. she said she doesnt have a plan she just wants it all to stop. she's asleep now and i am sat on the landing. we have the ibd nurse tomorrow. what do i even say"),
    (D, False, "other", "A friend from our long covid support group messaged me at midnight saying he wished he was dead, and that it's on his mind constantly. He's not answered since but he's read my replies. He lives alone. I've sent him the Samaritans number."),
    # self-harm, the author
    (S, False, "self", "Relapsed after two years clean. Cut my thigh after the endo appointment yesterday where she told me my a1c was the worst it's been. I just needed it to stop buzzing in my head. Cleaned it up myself."),
    (S, False, "self", "Burned my wrist with a lighter on purpose last night. The fatigue and the brain fog and the job centre letters, it all built up. Not suicidal, it was more that I needed one feeling that made sense."),
    (S, False, "self", "hit my head against the wall on purpose after the argument with my mum about my insulin. theres a bruise now and i told school i walked into a door"),
    (S, False, "self", "The lupus rash itches but this isn't that. I've been scratching my arms on purpose until they bleed, every evening this week. My rheumatologist thinks it's a flare of the skin stuff. It isn't."),
    (S, False, "self", "When the Crohn's cramps get really bad I've been biting my arm on purpose. Did it again this morning, there are teeth marks. It feels like the only bit of the pain I get to choose."),
    (S, False, "self", "The urges came back this week after the new fibro diagnosis and I gave in last night. First time in a long while. Feeling a bit raw today."),
    (S, False, "self", "I'm 62 and I've started hurting myself again, the first time since I was a teenager. Since my mastectomy I've been doing it every few days. I'm ashamed to write it."),
    (S, False, "self", "sh again last nite. long covid month 9 n i cant do school or see my mates. sorry"),
    (S, False, "self", "Punched the garage wall on purpose till my knuckles split last night. Endo pain had me on the floor again and the hospital sent me home with paracetamol. My partner saw the blood this morning."),
    (S, False, "self", "I've been stabbing my fingers with the lancet way more than I need to test, on purpose, to feel it. My fingertips are a mess. Did it a lot yesterday after clinic."),
    # self-harm, someone else
    (S, False, "other", "Saw fresh cuts on my son's arm this morning when he reached for the milk. He's 16 and was diagnosed with MS in the summer. He said it's been happening this week. I've rung the GP and we're going in at 4."),
    (S, False, "other", "My roommate has been burning herself with her hair straighteners, I saw it happen last night. She's got endo and has been off uni for weeks. She made me promise not to tell anyone but I'm worried."),
    (S, False, "other", "My wife has started hitting herself on the legs during her fibro flares, hard, on purpose. She did it again yesterday. She says it distracts her from the other pain. I didn't know what to say."),
    # none: idioms
    (N, False, "none", "Methotrexate week again and it's absolutely murdering my appetite. Folic acid the day after helps a bit. Anyone got tricks for the nausea?"),
    (N, False, "none", "Dead on my feet after three nights on the ward with Dad. His sats are better now so they're letting him home Friday with the oxygen."),
    (N, False, "none", "my pump died mid bolus in the middle of maths and i had to do injections for the rest of the day lol. medtronic are sending a new one"),
    (N, False, "none", "This heat is killing me. The COPD hates humidity and I've barely left the lounge with the fan on. Roll on autumn."),
    (N, False, "none", "Dying for a proper cuppa after the Remicade, they only had the weak stuff on the unit. Four hours in that chair."),
    (N, False, "none", "I nearly died laughing when the consultant turned up in Christmas socks with reindeer on. Good appointment otherwise, creatinine stable."),
    (N, False, "none", "Over my dead body am I going back on the low FODMAP diet. Did it for six weeks and it nearly broke me. Dietitian agreed we can try something else."),
    (N, False, "none", "The battery on my Dexcom receiver is dead as a dodo. Using the phone app now. Anyone know if they do replacements for free?"),
    # none: hyperbole and jokes with a trivial cause
    (N, False, "none", "If that pharmacy hold music plays one more time I'm chucking myself out the window lol, 47 mins to ask about a repeat."),
    (N, False, "none", "Shoot me if I ever pay six quid for a gluten-free loaf again. It was the size of a paperback."),
    (N, False, "none", "Kill me now, it's the hospital jelly again. Third day running. At least the tea lady is lovely."),
    (N, False, "none", "Honestly I'd rather die than sit through one more GTT. That drink is vile. Baby is measuring fine though so probably no more, thank god."),
    (N, False, "none", "the school nurse is gonna be the death of me lmao she wants me to check my sugar in front of her EVERY lunchtime"),
    (N, False, "none", "Could have died of shame when I keeled over on the nurse mid blood draw. She was very nice about it. Low iron again."),
    (N, False, "none", "end me, 5 hour wait in A&E for a sprained ankle and the vending machine ate my coins"),
    # none: better off about things
    (N, False, "none", "Honestly I'm better off without the night feeds now she's sleeping through. First full night in seven months and I feel human."),
    (N, False, "none", "Traded in my old tubed pump for an Omnipod and I'm so much better off without the tubing catching on door handles."),
    (N, False, "none", "Gave up sugar in tea after my diagnosis and I'm better off without it, can't stand it sweet now."),
    (N, False, "none", "My kidney function is better off without the ibuprofen I was popping for years, apparently. Nephrologist was blunt about it."),
    # none: clinical and pharmacy talk
    (N, False, "none", "The pharmacist spent ages explaining the overdose risk with paracetamol when you're on co-codamol as well, because people don't realise both contain it. Really useful, I'd never thought of it. Worth asking yours."),
    (N, False, "none", "The leaflet for my montelukast lists suicidal thoughts and mood changes as a rare side effect. I asked my GP about it and she said to flag anything, but I've been fine on it for a year. Just sharing in case anyone else gets a fright reading the leaflet."),
    (N, False, "none", "Had the mood questionnaire at the diabetes clinic today, the PHQ-9. Q9 asks whether you've felt you'd be better off dead. Ticked not at all, and I meant it. Nice that they check though."),
    (N, False, "none", "Pre-op assessment for my hysterectomy this morning. The nurse asked the suicide and self-harm questions, all of them, and I said no, because it's true. The rest was bloods and an ECG."),
    (N, False, "none", "My husband was given a naloxone kit with his new opioid prescription after his back op. The pharmacist showed me how it works in case of an accidental overdose. I keep it in the kitchen drawer."),
    (N, False, "none", "On prednisone for the colitis flare and my consultant warned me about mood swings and said to report any thoughts of self-harm straight away. None so far, just very hungry and very awake."),
    (N, False, "none", "They made me fill in a self-harm risk form when I was admitted for the lupus flare. Every box was no. I think it's standard on that ward now."),
    (N, False, "none", "Transplant pharmacist told us that a tacrolimus overdose shows up as tremor and kidney problems, which is why they're so strict about the trough levels. Mine was a bit high this week so they've dropped me half a milligram."),
    (N, False, "none", "The GP reckons the hypo last week was an accidental insulin overdose, I'd bolused twice for the same meal because I forgot. Put a note on my phone now."),
    (N, False, "none", "Psych nurse at the pain clinic asked whether I ever think about ending my life. Honest answer was no, not now and not ever really, and she moved on to sleep. Twenty minute chat, quite helpful."),
    # none: recovery, told as past
    (N, False, "none", "Twelve years since I tried to end my life after my Crohn's diagnosis. I volunteer on a peer support line now and I'm doing well. If you're where I was, it can change."),
    (N, False, "none", "Went to the beach in shorts for the first time and didn't hide my old scars. Haven't self-harmed in six years. My partner held my hand the whole way down the sand."),
    (N, False, "none", "My psychologist and I archived my safety plan this week because I haven't needed it in over a year. Keeping the card in my wallet anyway."),
    (N, False, "none", "When I got my MS diagnosis in 2019 I was suicidal for a while. Therapy and an antidepressant got me through, and I'm in a really good place now. Running my first 10k in May."),
    (N, False, "none", "used to sh back in year 9, two years clean now. got a tattoo over the old marks last weekend, sunflowers. feeling proud tbh"),
    (N, False, "none", "Last spring, after the rejection scare, I was in a very dark place. I'm not there anymore. The kidney is working and I'm back at work part time."),
    (N, False, "none", "Eight years since my overdose. I'm a peer supporter on the COPD ward now and I tell people I was there once too."),
    # none: grief
    (N, False, "none", "Three years today since my brother died by suicide. I'm taking the day off and going up to the hills he loved. Grief still catches me in the supermarket."),
    (N, False, "none", "I joined a suicide loss support group after losing my husband in March and it's the first place I've been able to talk properly. We meet on Tuesday evenings. If you've lost someone this way, it helps."),
    (N, False, "none", "We lost Margaret from our dialysis shift this week. She was the one who always brought the biscuits. The funeral's on Friday and a few of us are going."),
    (N, False, "none", "Mum died peacefully at the hospice on Sunday morning. The nurses were wonderful with her and with us. Thank you everyone in this dementia group for getting me through the last two years."),
    (N, False, "none", "Lit a candle for Dad tonight, it would've been his 70th. Heart failure took him two winters ago."),
    (N, False, "none", "My best friend took her own life last autumn and I still can't believe it some days. Her sister and I did the charity walk in her name on Saturday."),
    (N, False, "none", "Sad news for the group, Geoff from the Tuesday breathe easy class passed away in hospital. His COPD had been bad for a while."),
    # none: news and awareness
    (N, False, "none", "Our MS society branch is doing a sponsored walk for suicide prevention in September. Link in my bio if anyone fancies joining or donating."),
    (N, False, "none", "Mod note: every board has the crisis lines pinned up top. UK Samaritans 116 123, Lifeline in Australia 13 11 14, 988 in the US and Canada. Please use them if you need to."),
    (N, False, "none", "Saw a study in the news about higher suicide risk in people with chronic pain. Made me think how much this forum does for people. Good to see it being researched."),
    (N, False, "none", "World Suicide Prevention Day today. Our renal unit has a yellow ribbon display in the waiting room and leaflets for families."),
    (N, False, "none", "Did a mental health first aid course through work. They teach you to ask directly about suicide if you're worried about someone. Eye opening, recommend it to anyone who's a carer."),
    (N, False, "none", "Started my Samaritans volunteer training last week. Six weeks of evenings. My own long covid means I can only do short shifts but they were fine with that."),
    (N, False, "none", "Our local hospital trust has a campaign called ask twice, about checking on people with long term conditions. Posters all over the diabetes centre."),
    # none: end of life
    (N, False, "none", "We had the DNR conversation with Dad's cardiologist today. Dad told her plainly he wants no resuscitation if his heart stops, and the form's signed. It was hard but he seemed calmer after."),
    (N, False, "none", "Mum and her renal team agreed this week that she'll come off dialysis and go to the hospice for comfort care. She's at peace with it. We're taking it in turns to sit with her."),
    (N, False, "none", "MPs are arguing over the assisted dying bill again. As someone with progressive MS I have mixed feelings, part of me wants the option there and part of me worries disabled people would feel pushed. What does everyone think?"),
    (N, False, "none", "Finally finished my advance directive with the palliative nurse. It says what I want if I can't speak for myself. Feels sensible, not morbid."),
    (N, False, "none", "Husband's heart failure team talked to us about switching off the shock function on his ICD when the time comes, so his last days are comfortable. We've agreed to it with them."),
    (N, False, "none", "Here in Canada MAID has been legal for a while now and there's a big debate about expanding it. My oncologist says very few of her patients ask. Interesting discussion on the radio this morning."),
    (N, False, "none", "I've been writing down my funeral wishes with the hospice nurse, what music, who speaks. Stage four breast cancer and I want to be the one who decides these bits. My daughter helped me pick the songs."),
    (N, False, "none", "Nan's moved to end of life care in the nursing home. The GP has stopped most of her tablets and she's comfortable. The staff let us stay overnight."),
    # none: quotes and song titles
    (N, False, "none", "The M*A*S*H theme, Suicide Is Painless, was playing on the ward radio mid-infusion, and my nurse and I got talking about the show. She'd never seen it."),
    (N, False, "none", "Grandad's motto was that you're a long time dead, so have the pudding. Thought of him at the diabetes dietitian today."),
    (N, False, "none", "Doing Hamlet in English and the teacher made me read the to be or not to be speech out loud. Had a hypo halfway through lol."),
    (N, False, "none", "Another One Bites the Dust was playing in the physio gym while I was falling over on the balance board. Very funny."),
    (N, False, "none", "Rewatched Dead Poets Society on the sofa during a fatigue day. Still cried at the end."),
    # none: lookalikes
    (N, False, "none", "Last post in this group from me, I'm moving over to the transplant group now I've had the call. Thank you all for the dialysis years. I'll pop back with updates."),
    (N, False, "none", "Giving away my spare Omnipod pods and Libre sensors since I've switched systems. All sealed and in date. Message me if you need them, happy to post."),
    (N, False, "none", "I've been saving up a few weeks of my meds for a long trip to see family in Kerala, the GP signed off on the extra supply. Anyone know how to carry it through customs?"),
    (N, False, "none", "Rheumatologist said I can cut my dose of prednisolone to 5mg from Monday. Fingers crossed the joints behave."),
    (N, False, "none", "The bridge is closed again on the way to the hospital so I was late for my bloods. Roadworks till March apparently."),
    (N, False, "none", "Our consultant is retiring after 30 years at the renal unit and today was my last clinic with her. I got quite emotional. She looked after me since I was a kid."),
    (N, False, "none", "I won't be around for next month's coffee morning, I'm away in Portugal for my sister's wedding. Save me a scone."),
    (N, False, "none", "Tonight's the night I try the new CPAP mask. Wish me luck, the last one leaked like a sieve."),
    (N, False, "none", "I've written all my letters to the insurer and the pension people about my ill health retirement. Nice to have it all sorted at last."),
    (N, False, "none", "Got everything I need in the hospital bag for the section on Thursday, nappies, snacks, phone charger. Nervous but excited."),
    # none: accidental injury
    (N, False, "none", "Cut my finger chopping onions and because I'm on warfarin it wouldn't stop for ages. All good now, steri strips and a cup of tea."),
    (N, False, "none", "Burnt my foot on the hot water bottle without feeling it because of the neuropathy. The podiatrist is dressing it twice a week."),
    (N, False, "none", "Both arms are purple from this week's blood tests, they couldn't find a vein. My partner says I resemble a plum."),
    (N, False, "none", "Scratched my shins raw in my sleep again, the lupus rash is itchy as anything. Got a cream from the derm."),
    (N, False, "none", "Had a fall in the garden yesterday, MS leg gave way, cut my forehead on the step. Two stitches at the walk-in centre."),
    (N, False, "none", "cut my hand on a broken glass at a party by accident and had to go to A&E, they gave me a tetanus jab. my mum was so annoyed"),
    # none: carers whose person is safe
    (N, False, "none", "Like the nurse advised, I asked our lad directly whether he'd been thinking about suicide. He said no, he's fed up with the Crohn's but not that. We've booked the GP and the IBD psychologist anyway."),
    (N, False, "none", "My wife has been low since her diagnosis but she's safe, she's seeing a psychologist every week and she talks to me about it. Just wanted to share that it's getting a bit easier."),
    (N, False, "none", "Dad was very down after the heart failure news. We had a long talk and he isn't suicidal, he's just grieving the things he can't do now. We're keeping an eye on him."),
    (N, False, "none", "My daughter's friend said something worrying at a sleepover, so I let the school know. The counsellor checked in with her and she's okay, she was quoting a song."),
    (N, False, "none", "My partner's mood went through the floor on interferon, so his MS nurse switched him and he's much brighter now. We check in every evening."),
    (N, False, "none", "Mum with dementia keeps asking to go home. The memory nurse explained she usually means her childhood home. She's settled and eating well."),
    # none: ordinary long posts
    (N, False, "none", "Long update from my three month review. HbA1c down from 64 to 52, which my DSN was really pleased with. We've moved me onto the Libre 3 so no more scanning. I've been walking after tea every night and that seems to help with the evening spikes. The dietitian suggested I try more protein at breakfast. My feet check was fine, no neuropathy. Blood pressure a bit high so they're rechecking in a month. Eyes screening booked for June. Overall a good day."),
    (N, False, "none", "Day 40 post transplant. The new kidney is working well and my creatinine has come down to 120. They've reduced my clinic visits to once a week. The tacrolimus tremor is annoying but apparently it settles. I'm not allowed to drive yet. My wife has been amazing with the tablets chart. Mild infection last week, sorted with antibiotics. Just wanted to post something positive for the people still waiting."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten12.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw12-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
