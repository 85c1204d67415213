#!/usr/bin/env python3
"""Write handwritten8.jsonl: a ninth held-out set, hand-written one post at a time at the start of
the seventh round, before any change of that round, by a writer who had not read the detector's
source. Voices: Scottish (Glaswegian and Doric), Irish, Nigerian, South African, Singaporean,
Trinidadian, Tamil and Bengali Indian English, rural Australian, New Zealand (with te reo words),
Texan and Southern US, AAVE, writers whose first language is Polish, Spanish, Arabic or Portuguese,
an autistic-literal plain style, poetic and metaphorical writers, sarcastic and dark-humour writers,
emoji-heavy teenagers, carers at 3am, very old writers, voice-to-text without punctuation, heavy
typos. Health contexts: cancer, dialysis, diabetes, chronic pain, MND/ALS, fibromyalgia,
endometriosis, sickle cell, HIV, psoriasis, long covid, postnatal, eating disorders, dementia
carers, transplant, epilepsy, IBD, lupus, COPD. Long posts with the signal in one middle sentence,
run-on posts, one-liners, indirect signals (goodbyes, giving things away), posts about someone else
(partner, child, parent, friend, online friend, a resident in care, a patient's relative), and hard
negatives of every kind in the corpus README, in the same voices.
Never tuned on: to be scored once before the round ("before") and once at its end ("after"); its
misses are not read in between.
Content note: as in the corpus README, methods are named only in the plainest words; no amounts,
combinations, places or how-to.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, False, "self", "Cannae dae this anymair. Telt the unit I'm no comin in on Friday an I meant it. There's a wee letter for ma maw on the mantelpiece. The night's the night I end it, sorry pals."),
    (I, True, "self", "Fit like aabody. I'll nae be postin again. There's a rope in the byre, an fan the wife's awa tae her sister's the morn I'm gaun oot there tae finish masel. Canna breathe, canna work the ferm, canna see the pint o ony o it."),
    (I, True, "self", "Ah lads I'm sorry. The chemo isn't touching it and I'm not going back for the next round. After Mass on Sunday I'm driving out to the cliffs and I'm going to jump. Mammy has the dog. Mind yourselves."),
    (I, False, "self", "My brothers and sisters in this group, thank you for everything. I have settled all my debts and I handed my phone and laptop to my younger brother yesterday. Tonight I am going to take my life, I cannot bear another crisis in that ward. May God forgive me."),
    (I, True, "self", "Eish guys, sorry to drop this on you. I've been keeping back my tablets for months and the clinic sister never noticed. Tonight when my flatmate is on night shift I'm swallowing all of them. I don't want to be sick anymore."),
    (I, True, "self", "Sorry to trouble everyone here. Tonight after my parents sleep I going up to the top of my HDB block, already decided. No point anymore with the kidneys and the eyes and the foot. Thank you for listening to me last time."),
    (I, False, "self", "Allyuh, doh vex with me. I give away mih clothes to mih cousins and write a letter for Mammy. By tomorrow morning I go be gone, I done with this lupus eating me out from inside. Real love to allyuh."),
    (I, True, "self", "Dear all, I am writing honestly for one time. From ten days I am not taking my anti-rejection tablets, the doctor does not know and my amma does not know. I want the new kidney to fail and I want to go. Please do not inform anyone in my family."),
    (I, False, "self", "Didi, bhaiya, I am sorry to write this here. Baby is sleeping at my shashuri's tonight. I have decided I will finish my life tonight itself, I am not a good mother and everyone will manage better without me. Please pray for my son."),
    (I, True, "self", "Not much for posting. Back's stuffed, can't work the property, bank's on me every week. Got the rifle out of the safe and I'm taking it down the back paddock this arvo. Tell the missus I'm sorry if she ever reads this."),
    (I, False, "self", "Kia ora whanau. I've said my goodbyes to my mokopuna and left my pounamu with my sister. I'm ending it tonight once the kids are in bed. Nga mihi for all the aroha on here over the years."),
    (I, True, "self", "Y'all have been good to me. ALS has near about took my hands and I won't let it take the rest of me. My daddy's pistol is on the nightstand and I'm doing it before my wife gets home from church."),
    (I, False, "self", "i'm done fr. wrote my lil brother a letter, gave my cousin my PS5 and my jordans. tonight i'm ending it, ain't going back to that ER to get treated like a junkie one more time. love y'all"),
    (I, True, "self", "I am sorry for my English. I collect my tablets from many months, they are in the box now in front of me. Today evening when my husband goes to work I will take them. I am not able for this pain more, the fibromyalgia is every day everywhere."),
    (I, False, "self", "Hola, sorry. I send messages to my mama and my sister in Valencia to say goodbye, they think is normal messages. After my shift tonight I am going to end my life. The endometriosis win, I have no more fight inside."),
    (I, True, "self", "Peace be on all of you. I cannot live with these seizures any more, and now I lost my job because of them. I am sitting near the railway line now and I am going to end it there tonight. I only want that someone knows."),
    (I, False, "self", "I am eighty-nine years of age, and since my wife died and my kidneys failed I have no wish to go on. I have put my affairs in order, written to my son in Canada and given my medals to my grandson. I intend to end my life tonight. Thank you all for your company these two years."),
    (I, True, "self", "I am going to state this clearly. I have saved my tablets. I am going to take them at 11pm tonight. I have told no one. I am posting this so that it is recorded somewhere."),
    (I, False, "self", "ok so im talking this into my phone because my hands are bad today i just wanted to say thanks to everyone on here ive sorted the house and left the keys with the neighbour and im ending my life tonight i cant keep doing the long covid anymore sorry"),
    (I, True, "self", "Hey all. Weather's turned cold down here, my tomatoes are done for the year. Granddaughter started pre-K and just loves her teacher. I quit going to dialysis three weeks back and told the center I moved in with my sister, so now I'm just waiting to go and I don't want nobody stopping it. The fistula arm aches some in the cold. Church had a fish fry Saturday and I brought my slaw. Anyhow, y'all take care now."),
    # imminent, someone else
    (I, True, "other", "It's 3am and I've just found my husband's tablets hidden in his sock drawer, saved up. He typed on his eye-gaze board that he is taking them tonight while I sleep and that I'm not to stop him. The MND has taken his voice but not his mind. I've rung out of hours and I'm sitting right beside him."),
    (I, False, "other", "guys my online friend from the t1d server just sent 'bye, thank u for everything' 💔 and says she's ending it tonight 😭😭 she's not answering and i only know her username and that she lives in ohio what do i do"),
    (I, True, "other", "My young lad is after ringing me from the bridge in town saying he's sorry and he can't do the Crohn's anymore, then he hung up. The guards are on the way and I'm in the car now. Please God."),
    (I, False, "other", "I work nights in a care home. One of our residents, a lovely lady with COPD, gave me her rings tonight and said that before morning she will end her life, she has made up her mind. She will not say more. I have told the nurse in charge and we are checking her every few minutes but I am so worried."),
    (I, True, "other", "I'm a dialysis nurse and I'm shaken. The wife of one of my patients told me in the car park that she has been saving her husband's tablets and she is going to take them tonight, she can't cope with the caring any more. I called the crisis team and stayed with her. Waiting for them now."),
    # ideation, the author
    (D, False, "self", "Honestly, see these days, I just want tae no wake up. Been like that since the amputation. No gonnae dae anythin, just sayin it oot loud somewhere."),
    (D, False, "self", "Sure what use am I to anyone now. Herself has to wash me and dress me, and I lie awake thinking they'd all be better off if I was dead. That's the truth of it with this MS."),
    (D, False, "self", "Since my status came out in the family, I keep praying that God should just take me in my sleep. Living like this is not living, everybody is looking at me anyhow in the compound."),
    (D, True, "self", "Every time the taxi crosses the bridge on the way to the transplant clinic I think about jumping. I won't, my ouma needs me, but the thought won't leave me alone."),
    (D, False, "self", "Sometimes I think if I die also good, then my children don't need to spend so much on my chemo. Not going to do anything lah, just this thought keep coming back every night."),
    (D, False, "self", "Some nights I does lie down and wish the Lord would just take me, oui. Ent have no plan, I just tired tired of the needles and the foot doctor and everything."),
    (D, True, "self", "Many times I am thinking to stop coming for dialysis and just finish. I have not done it, I come every Monday Wednesday Friday, but the thought is always sitting in my head."),
    (D, False, "self", "I am feeling I should not be here. My in-laws say I am only a sick burden with my lupus and I am starting to believe them. I think about suicide nearly every night."),
    (D, False, "self", "Yeah nah, I'm not right. Been thinking about topping myself most days since the third back op. Haven't got a plan or anything, just can't see the point of carrying on."),
    (D, False, "self", "Kia ora. Two years of long covid and I'm over it. Some days I genuinely want to be dead. Not going to act on it, my tamariki keep me here, but I need to say it somewhere."),
    (D, True, "self", "Got a shotgun in the hall closet from when I used to hunt. Since the scans came back I catch myself thinking about using it on myself. Ain't decided nothing. Just scares me how often it comes."),
    (D, False, "self", "lowkey wish i could just not exist no more. dialysis three times a week at 24 aint living. not bout to do nothing tho just tired"),
    (D, False, "self", "Every day I am thinking it is better I die. My daughter must come from Wroclaw to help me with the oxygen and I am only trouble for her. I do not have any plan, only these thoughts."),
    (D, True, "self", "I have the pills from my last operation in the cupboard and I think very much about taking all of them one night. I don't decide nothing, it is only in my head, but it is very often with this fibro."),
    (D, False, "self", "I ask Allah to take my soul. I am tired from this sugar and the injections and my wife crying. I will not do anything haram, but I wish to be dead."),
    (D, False, "self", "Is normal to want to die every day? I am not going to do nothing, but since the stoma I look in the mirror and I think I prefer not to exist. Sorry, my English is not perfect."),
    (D, False, "self", "Statement: I have suicidal thoughts most days. I do not have a plan. I do not have a date. I am writing this because my support worker said to tell someone and this is someone."),
    (D, True, "self", "The river under the old bridge looks so still from the bus, and I picture going in and staying under. It isn't the chemo fog talking, I wish I were dead, and the water is where my mind goes. No plan, no day, just the pull."),
    (D, False, "self", "Fun fact: when your pancreas and your employer both quit on you in the same month, you start idly hoping the universe does you a favour. Not joking this time, I think about being dead most days. Ha. Anyway."),
    (D, False, "self", "ed brain is so loud rn 😞 i keep thinking everyone's life would be easier without me in it 💀 not gonna do anything i promise just needed to say it 🫠"),
    (D, True, "self", "Morning all. Started the new biologic last month and the injection pen is so much easier than the old one. Plaques on my elbows are nearly gone, which I never thought I'd see. Still itchy on the scalp, using the tar shampoo. Work have been decent about appointments. What I've kept from everyone is that crossing the footbridge over the motorway each morning I think about throwing myself off it, and it's getting stronger. I don't think I'd actually do it. Dermatologist wants to review at twelve weeks. Anyone else find the pen stings a bit?"),
    (D, False, "self", "i keep thinkin i wnat to die evry tiem the pain crisis come. no plna, just thikning it alot latly. sory for spellig im on my phone in the ward"),
    # ideation, someone else
    (D, False, "other", "My man telt me last night he thinks aboot killin himsel maist days since the dialysis started. Says he's no gonnae dae it but I cannae stop worryin. GP on Monday."),
    (D, False, "other", "My 15 year old told her school counselor she wishes she was dead because of her diabetes and the bullying. She says she would never do anything. We're getting her in with somebody Thursday but I'm a wreck."),
    (D, True, "other", "Dad is 84 and has told me twice this week that he keeps looking at his shotgun and thinking it would be easiest for everyone. He says he hasn't decided anything. Mum died in March and his COPD is worse."),
    (D, False, "other", "My friend from church who has breast cancer told me she wishes to die and thinks about ending her life almost every day. She said she has no plan. How do I support her please?"),
    # self harm, the author
    (S, False, "self", "Cut again last night efter the dietician. First time in months. Feel like pure rubbish aboot it."),
    (S, False, "self", "I burned my hand on purpose yesterday because the pain in my chest was too much and I wanted a different pain. I am not trying to die, I just don't know how to stop doing it."),
    (S, False, "self", "Last night I hit my head on the wall many times after my HbA1c result came. Today got bruise. Don't know why I do this again."),
    (S, False, "self", "relapsed 😔 cut last nite after the gastro appt, 4 months clean gone just like that. not suicidal just hate myself rn"),
    (S, False, "self", "Been scratching my arms till they bleed, on purpose, every night this week since the laparoscopy got cancelled again. Know it's not good. Not trying to top myself, just need it out of me."),
    (S, False, "self", "When the pain flares up I been biting my arm till it bruises, and this morning I done it again. My husband saw the marks and I lied and said it was the cat."),
    (S, False, "self", "I am ashamed. Two times this week I cut my leg when the baby is sleeping. I do not want to die, I want only to feel something different than this sadness."),
    (S, False, "self", "I hit myself on the legs on purpose yesterday and today. This is self-harm. I am reporting it here because my therapist is on leave until the 14th."),
    (S, False, "self", "Hi everyone, checking in after a long time away. Rheum bumped my hydroxychloroquine back up and the rash on my cheeks has calmed right down. Eye test was fine. I started a pottery class, which is lovely for my hands. The bit I'm not proud of is that I've been burning myself again, twice since Sunday, after nearly a year off it. Mostly I'm coping though. Kiln firing is Thursday and I've made a very wonky mug. Hope you're all okay."),
    # self harm, someone else
    (S, False, "other", "My daughter is 14 and has ulcerative colitis. Yesterday I saw cuts on her thighs, fresh ones. She told me she is doing it since the steroids made her face swollen. She says she does not want to die. I am taking her to the doctor tomorrow."),
    (S, False, "other", "Mih husband been punching the wall and hitting heself since the diagnosis, last night he bust up his knuckles on purpose. He say he ent want to dead, just vex with heself. How I could help him?"),
    (S, False, "other", "my bestie from the ed recovery discord told me she started cutting again this week 😢 she says she's safe and not suicidal but she's doing it most nights. how do i help without making it worse"),
    (S, False, "other", "Kia ora, I'm a carer in a rest home. One of our residents with dementia has been picking and scratching her arms open on purpose this week, and she tells us she deserves it. It isn't accidental. Any tips from other carers?"),
    # none: idioms
    (N, False, "none", "This heat is pure killin me, my ankles are swollen like balloons on the dialysis days. Anybody got tips for the fluid restriction in summer?"),
    (N, False, "none", "Fit like? The new inhaler's a richt pain, the spacer's deid and I'm dyin for a cuppie. Aye, nae bother otherwise."),
    (N, False, "none", "That new pen needle is after killing me, stings like a wasp. Going back to the old ones, feck it."),
    (N, False, "none", "This NHIS paperwork wants to kill me o! Three times they sent me back for one stamp. The sickle cell clinic itself is easier than that office."),
    (N, False, "none", "Lekker day, finally. My CGM died right at braai time but my sister had a spare. Dead tired now but happy."),
    (N, False, "none", "Aiyo the queue at polyclinic today, die die also must wait two hours. My sugar was 14 by the time they called my number."),
    (N, False, "none", "Heat's fixin to kill me out here, 104 today and the prednisone has me sweating buckets. Y'all stay hydrated."),
    (N, False, "none", "this new biologic got me dead 😂 my skin clearing up so fast my auntie asked if i had a filter on irl"),
    (N, False, "none", "Flat out like a lizard drinking this week, shearing's on and my sugars are all over the shop. Could murder a cold one but the doc says go easy."),
    (N, False, "none", "i literally died 💀💀 my endo said my a1c is the best it's been in 2 years!!! 🎉"),
    # none: hyperbole and jokes
    (N, False, "none", "If I have to fill in one more 'rate your pain from 1 to 10' form I shall simply walk into the sea. Anyway, the new pain clinic is fine and the physio seems sound."),
    (N, False, "none", "I'd rather die than sit through another one of those diabetes education videos from 1998, the lad in the jumper, ye know the one. Ha."),
    (N, False, "none", "The ward shepherd's pie is how they'll finally get me, not the Crohn's. Four days of it now. Send help and crisps."),
    (N, False, "none", "If the nurse poke me one more time to find a vein I go dead right here, I swear. Anyway, iron infusion done, feeling a bit better."),
    (N, False, "none", "Lord have mercy, if I hear that insurance hold music one more time I'm gonna jump out a window. Forty minutes for one prior auth."),
    (N, False, "none", "me when the nurse says 'just a small scratch' 🙂🔪 anyway bloods are fine lol"),
    (N, False, "none", "If the long covid doesnae finish me aff, the DWP form will. Forty pages. Forty."),
    # none: clinical talk
    (N, False, "none", "Pharmacist here, following up on yesterday's question. Paracetamol overdose is dangerous because liver damage can show up late, so anyone who has taken too much should go to A&E even if they feel fine. Don't wait for symptoms."),
    (N, False, "none", "The leaflet for my new epilepsy med has suicidal thoughts on it as one of the rare side effects, which freaked me out a bit. Neurologist said to tell her if my mood changes. So far I'm just sleepy."),
    (N, False, "none", "At the transplant assessment they did the PHQ-9, including the question about thoughts that you'd be better off dead. I answered 'not at all', which is true, but it was odd being asked."),
    (N, False, "none", "Our pain clinic now gives naloxone kits to everyone on strong opioids. Mine lives in the kitchen drawer. The nurse showed my husband what to do, just in case."),
    (N, False, "none", "On our ward we have to fill in a self-harm risk form on admission for every patient now. Takes ten minutes. Anyone else find the questions awkward to ask the very elderly ones?"),
    (N, False, "none", "Took my shot of insulin late and now I'm chasing a high. Lesson learned, setting an alarm from now on."),
    (N, False, "none", "Accidentally took my rapid insulin twice this morning because I forgot I'd already done it. Ate a lot of toast, tested every hour, fine now. Diabetes brain is real."),
    (N, False, "none", "My mother's doctor said her sleeping tablet is too strong for her age and the risk of falls, so they are reducing it slowly. Good news, she is sleeping okay on the lower one."),
    (N, False, "none", "Psych evaluation for the liver transplant list done today. She asked about drinking, support at home, and whether I'd ever attempted suicide. Answered honestly (no), and she was lovely."),
    (N, False, "none", "GP started me on amitriptyline for the nerve pain. The leaflet says to watch for suicidal thoughts in the first weeks, especially under 25. I'm 58, so mostly I'm watching for the dry mouth haha."),
    # none: the past, in recovery
    (N, False, "none", "When I was diagnosed with HIV in 2017 I attempted suicide. Today I am a peer counsellor at the same clinic and I got married last month. To anyone newly diagnosed: it gets better, truly."),
    (N, False, "none", "Twelve years since I was in the psych unit after my overdose. Came across the old discharge letter clearing out the attic. Odd feeling, but mostly grateful. The kids are grown and I've a garden now."),
    (N, False, "none", "Summer's coming and I'm wearing short sleeves this year, old scars and all. Haven't self-harmed in six years. The psoriasis patches get more stares than the scars do, honestly."),
    (N, False, "none", "Found my safety plan from 2019 in an old notebook. Don't need it now, but I'm keeping it as a reminder of how far I've come with the endo pain."),
    (N, False, "none", "Three years ago I wanted to die every day on dialysis. Now I have my new kidney eighteen months, I am working again and I play football with my son in the park. Alhamdulillah."),
    (N, False, "none", "Ten years back, after my first child, I had postnatal depression and was admitted. My husband was my rock. Now I volunteer with new mothers at the temple. If you are struggling please speak to your doctor."),
    (N, False, "none", "2 years clean from cutting today 🙏🏾 sickle cell still sickle celling but i'm handling it different now. therapy really do work y'all"),
    (N, False, "none", "just wanted to share my story i was in a really dark place when they told me i had MS and i thought about suicide a lot back then but that was five years ago now im on ocrevus and im coaching my daughters netball team life is good"),
    # none: grief
    (N, False, "none", "It's a year the day since my brother took his own life. Wee candle lit. Still cannae believe it. Thanks to the folk on here who messaged me last year."),
    (N, False, "none", "My aunt passed from her cancer on Sunday. Funeral is Saturday in Soweto. She fought so hard. Hamba kahle, Mama."),
    (N, False, "none", "3am and can't sleep. Mum died in the hospice last week, the dementia had taken her long before. I keep reaching for the baby monitor out of habit."),
    (N, False, "none", "Our suicide loss support group meets in the church hall on Tuesdays if anyone local needs it. I've gone since we lost our son. It helps being with people who understand."),
    (N, False, "none", "Lost my wife to ALS in June. Some days I talk to her picture on the porch. The grief counselor at the hospice has been a blessing."),
    (N, False, "none", "Some of you will remember Kiri from the lupus chat. Her whanau let me know she passed in hospital from kidney failure last week. Moe mai ra, e hoa."),
    # none: news and awareness
    (N, False, "none", "Mod note: if you are having thoughts of suicide, please call Samaritans on 116 123 or text SHOUT to 85258, any time of day. You can also post here and a moderator will reach out to you. Please don't suffer alone."),
    (N, False, "none", "Reposting what our mod wrote last week because it helped me: 'If you are thinking about ending your life, you don't have to wait until it gets worse to call.' The numbers are pinned at the top."),
    (N, False, "none", "This Saturday I'm walking the Out of the Darkness route in memory of my cousin, money goes to suicide prevention. Link in my profile if anyone wants to sponsor me."),
    (N, False, "none", "Sharing for awareness: the SOS hotline in Singapore is 1767, 24 hours. Our support group also meets at the hospital on the first Saturday of the month."),
    (N, False, "none", "R U OK? Day at the footy club yesterday. Good to see the blokes actually talking. Lifeline is 13 11 14 if any of you lot need it."),
    (N, False, "none", "Reminder from the mod team: please don't post details of methods of self-harm or suicide, even in past-tense stories. Posts with that detail will be held for review. Thanks for keeping this a safe space."),
    (N, False, "none", "Saw in the paper a study saying people with psoriasis have higher rates of depression and suicidal thoughts. Makes sense to me, the itch alone. Worth raising with your derm if you're low."),
    # none: worried caregivers, no current risk
    (N, False, "none", "3am, husband with early onset dementia finally asleep. He's been very low, so at the memory clinic I asked him plainly whether ending his life had crossed his mind. He said no, and the nurse believed him. He's just sad. So am I."),
    (N, False, "none", "Asked my son outright if he was having thoughts of hurting himself, since he's been so withdrawn. He said no, he's just fed up with carb counting and his mates. He's seeing the diabetes psychologist next week."),
    (N, False, "none", "My husband is low since the stroke but he is talking to the psychologist, and he said he is not thinking of harming himself. We pray together every night. Thank you all for asking about him."),
    (N, False, "none", "Mum's 91 and keeps saying she's had a good innings and she's ready whenever He calls. The GP asked if she wanted to harm herself and she laughed and said certainly not, she has the church raffle to run."),
    # none: end of life
    (N, False, "none", "Dad signed the DNR form today with the palliative team. It was hard, but he was clear and calm about it and we all understand. Hospice nurse is coming on Tuesdays now."),
    (N, False, "none", "After a long talk with her nephrologist and the palliative care team, Nana has decided to stop dialysis and go onto comfort care. The whanau are all coming home. She's at peace with it."),
    (N, False, "none", "The assisted dying bill is back in Parliament. As someone with MND I have mixed feelings: I want the choice to exist, but I worry about people feeling like a burden. What do others here think about the safeguards?"),
    (N, False, "none", "Filled in my advance directive at the COPD clinic. No ventilation if it comes to that, yes to pain relief. Feels good to have it written down, and my son knows where it is."),
    (N, False, "none", "Sorting out my will now the cancer's stage 4. Not being morbid, just practical. The grandchildren get the record collection."),
    (N, False, "none", "We moved Mam into the hospice yesterday. The staff are angels. She's comfortable, no pain now, and she knows us. We're taking turns sitting with her."),
    (N, False, "none", "I am 93 and have written down my funeral wishes: Abide With Me, no lilies, and a good spread after. My daughter thinks it gloomy. I think it sensible."),
    (N, False, "none", "Texas has no assisted dying law, so the hospice social worker walked us through the Medical Power of Attorney and the out-of-hospital DNR instead. Helpful if you're in the same spot."),
    # none: quotes, songs, films, fiction
    (N, False, "none", "They played Don't Fear the Reaper on the radio in the chemo suite and half the room burst out laughing. Needed that."),
    (N, False, "none", "Watched It's a Wonderful Life with my mum for Christmas, the bit on the bridge always gets me. Good film after a rough dialysis week."),
    (N, False, "none", "Our book club is reading The Bell Jar this month. Heavy going when you're on steroids and can't sleep, but the writing is beautiful. Anyone read it?"),
    (N, False, "none", "My granny used to say we'll all be dead long enough, so eat the cake. Words to live by on my birthday, type 2 or not. (Half a slice.)"),
    (N, False, "none", "I'm writing a short story for my creative writing class where the main character has sickle cell and considers suicide in one scene before choosing to live. Is that too much? I want it to feel honest, not preachy."),
    (N, False, "none", "Anyone watching the new hospital drama? Last night's episode had an overdose storyline and they got the A&E bits so wrong lol, my daughter's a nurse and she was shouting at the telly."),
    # none: lookalikes
    (N, False, "none", "Last post in this group from me! Six months post transplant and the team says I can move over to the living-well-after-transplant group. You've been a lifeline, thank you all."),
    (N, False, "none", "I'm done with this medication. Metformin and me have officially broken up, switching to the slow release one next week."),
    (N, False, "none", "Ending my treatment course on Friday, last infliximab loading dose! Then it's every eight weeks."),
    (N, False, "none", "Jumping at the chance to try the new closed loop system, my clinic offered me a place on the pilot 😁"),
    (N, False, "none", "Pulled the plug on the router to reset it and lost my whole telehealth appointment. Rescheduled for Monday."),
    (N, False, "none", "Giving away all my old maternity clothes and the breast pump, baby's weaned now. Free to a good home, message me."),
    (N, False, "none", "I've been saving a few extra weeks of my epilepsy meds because we're going to Lagos for a month and I don't want to run out. Doctor wrote a travel letter too."),
    (N, False, "none", "Saying goodbye to my old insulin pump today, she's done eight years of hard work. The new one arrives tomorrow. Weirdly emotional."),
    (N, False, "none", "Cut my prednisolone down again this morning, fingers crossed the flare stays away this time."),
    (N, False, "none", "Wrote letters to all my consultants to thank them before we move to Perth. Packing the meds fridge is a nightmare."),
    (N, False, "none", "The noisy neighbour with the drum kit won't be a problem much longer, he's moving out on Sunday. Finally some sleep between night feeds."),
    (N, False, "none", "I won't be here next week, I'm off to my cousin's wedding in Port of Spain. Sorted cover for the support group chat."),
    (N, False, "none", "Bought a skipping rope for cardiac rehab, the nurse wants a few minutes a day. My knees disagree."),
    # none: accidental injury
    (N, False, "none", "Kettle burn on my hand that I never felt till it blistered, neuropathy strikes again. The practice nurse dressed it."),
    (N, False, "none", "Bruises all over my tummy from the Clexane injections, looks like I've gone ten rounds with someone."),
    # none: long posts, run-ons, everyday words in harmless senses
    (N, False, "none", "ok so update on mama she's been in the nursing home three weeks now and the staff are real good with her the dementia is worse in the evenings they call it sundowning and she told the aide yesterday I was trying to poison her with her pills which broke my heart but the nurse said it's common anyway she ate all her pudding and she knew my name today so that's a win"),
    (N, False, "none", "Kia ora koutou, update from the renal ward. Fistula surgery went well and the surgeon was stoked. The dialysis nurse says I can start using it in about six weeks. Food in here is dire, I'd kill for a hangi. My cousin's been sneaking in kai when the nurses aren't looking. Physio has me doing laps of the corridor. The man in the next bed snores like a tractor. Home on Thursday, hopefully. Thanks for all the messages, whanau."),
    (N, False, "none", "Finally sharing my birth story. Labour was long and at one point I told the midwife I was going to die, I truly believed it in the moment. Then the epidural came and I fell asleep, which my husband will never let me forget. Baby came by emergency section in the end. Recovery was slow and the stitches were sore for weeks. My mother-in-law came from Kolkata and fed us dal and rice for a month. Baby is four months now and smiling at everyone. Health visitor says we're both doing well."),
    (N, False, "none", "Not suicidal, not in danger, just grumpy. Long covid day seven hundred and something. Anyone got good podcasts?"),
    (N, False, "none", "Gaun tae the clinic the morn for ma bloods. Aa the best tae awbody, the weather's affa dreich up here."),
    (N, False, "none", "Long time lurker. Been on the fibro group for three years, mostly reading. Pain's been a 6 most days, sleep's rubbish, the usual. Tried the pregabalin and it made me a zombie so I came off it with the GP's help. Now doing gentle yoga from a video, a woman in Cornwall with a dog that wanders through. Honestly it's the dog that keeps me coming back. My daughter says I should post more, so here I am. Hello everyone."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten8.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw8-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
