#!/usr/bin/env python3
"""Write handwritten10.jsonl: an eleventh held-out set, hand-written one post at a time during the
seventh round by a writer who had not read the detector's source (nor its tests, results or earlier
misses). Voices: mainstream UK, Australian, Indian, Canadian and US English; teenagers and texting
style, older writers, carers, parents, typos and run-on sentences with no punctuation, long posts
(8-15 sentences) with the one signal sentence in the middle, posts about someone else (child,
partner, parent, sibling, roommate, friend from a group). Crisis posts vary tense, negation,
indirect phrasing (goodbyes, giving things away, cancelled prescriptions, "last time you'll hear
from me"), passive wishes, plans with a time, means at hand, self-harm now. Hard negatives of every
kind in the corpus README: idioms, hyperbole and jokes, "better off" about things, clinical and
pharmacy talk, recovery stories told as past, grief (including suicide loss), awareness and
helpline posts, end-of-life planning and assisted-dying policy, lookalikes, books, films, news,
moderators and volunteers, accidental injury, carers whose person is safe.
Never tuned on: to be scored once, at the round's end; its misses are not read before then.
Content note: as in the corpus README, methods are named only in the plainest words ("tablets",
"the bridge", "a rope", "the car in the garage"); no amounts, combinations or how-to.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, True, "self", "Heart failure nurse is due on Tuesday but there's no need for her to come now. I've been putting my tablets by since Christmas and I'm taking them tonight once the street's gone quiet. The letter for our Janet is behind the clock on the mantelpiece. Thank you all for the company these last few years, it meant more than you know."),
    (I, False, "self", "righto this is the last time youll hear from me. cancelled the pain specialist, gave the ute to my brother, squared up with the bank. tonights the night i end it. ta for every yarn on here, legends"),
    (I, True, "self", "Kindly do not reply to this message. From last week I have stopped going for my dialysis and I am telling my son I am going to the centre only. I am just waiting now for the end to come, I do not wish to be a burden on him and his wife any longer. Thank you to all the members for your support over these years."),
    (I, True, "self", "mom thinks im at practice. im not. im up on the overpass over the highway and when it gets dark im gonna jump. sorry to whoever has to see it. t1d and school and everything its just too much"),
    (I, False, "self", "Quick update from Winnipeg for the folks who asked. The new infusion went okay, a bit of a headache afterwards but nothing major. My neuro wants another MRI in the spring, though I doubt the wait list will move by then. The snow has been brutal and I've hardly left the apartment. I gave my cat to my neighbour yesterday and on Friday night, after my sister's weekly call, I'm ending my life, my mind is made up. The spare key is with the super. Anyway the infusion nurse was lovely, her name is Lori if anyone ends up with her. Thanks for all the tips about the heated blanket. You've all been kinder to me than I deserved."),
    (I, True, "self", "ive got the pills ive been hiding from the kitchen cupboard and when everyone's asleep tonight im taking them. please dont try and find me. im done with the ed and the clinic and being weighed every week"),
    (I, True, "self", "My oxygen runs my whole life now and I'm through with it. My late husband's gun is in the nightstand and tonight I'm going to use it on myself. Please don't think badly of me, I'm seventy-nine and I've had enough."),
    (I, False, "self", "Dear all, this is my final message on the group. My will is registered, I have given my gold bangles to my daughter-in-law and written a letter to each grandchild. Tomorrow morning after the puja I will end my life. The cancer has come back in my bones and I will not go through chemo again. Please do not feel sad for me, you have all been like family."),
    (I, True, "self", "Kids are at their mum's this weekend and the car's in the garage. Once the neighbours' lights go off I'm going out there to end it. Sorry lads, the bipolar's beaten me this time."),
    (I, False, "self", "I've written a letter for my husband and another one for the baby to read when she's older. He's so much better with her than I'll ever be. When he takes her to his mom's tomorrow I'm going to kill myself. I'm sorry, I just can't feel anything for anybody anymore."),
    (I, True, "self", "on the platform now. next fast train that comes through i'm stepping out in front of it. crohns has had all of my twenties and i'm not giving it my thirties. someone tell my mum i'm sorry"),
    (I, False, "self", "I set up a few texts to go out on their own on Sunday morning, one to my boss and one each to my parents. By the time anybody reads them it will be over. Three years of long covid and I've decided, tonight I'm ending things."),
    (I, True, "self", "Haven't taken my anti-rejection meds for ten days now and I'm not telling my transplant coordinator. When this kidney fails I'm not going back on dialysis, I want it to be the end of me. Consider this my goodbye to the group."),
    (I, False, "self", "Ive had a good innings, fellas. The Parkinson's has got my hands now and I won't be a bother to my wife. Told the chemist I won't need the next script, the super and the funeral are all sorted, and I'm going to end my life before the weekend. Wanted to say thanks to the blokes in this group."),
    (I, True, "self", "Another surgery cancelled and the endo pain is exactly what it was before the last three. I've walked down to the bridge and I'm going over tonight, I can't do another decade of this. Sorry to everyone on here, you were good to me."),
    (I, False, "self", "i took something about an hour ago. feeling real weird now. not calling anybody, just didnt want to be on my own when it happens. sickle cell crisis number whatever, im done"),
    (I, True, "self", "For many months I have been collecting my sleeping tablets. Tonight after my husband is asleep I will take them. He can marry again and be happy, I am only giving him tension with my sugar and my kidneys."),
    (I, False, "self", "deleting all my accounts after this. gave my sister my hoodies and my switch. tmrw before school im gonna end it. pls dont @ me or tell anyone"),
    (I, True, "self", "Since the stroke I can't do for myself and I'll not go into a home. I've a rope out in the garage, left from when I kept the allotment, and I'm using it this afternoon while Pat is at her sister's. Everything is in order, the bills are paid."),
    (I, False, "self", "Been a minute since I posted. The VA finally approved the service dog application after fourteen months, which figures. Physical therapy on the knee is slow but it's moving. My sister flew in from Tucson last weekend and we had a good visit, grilled out, watched the game. I want y'all to know this group helped more than the VA ever did. I've said my goodbyes to the guys from my unit and tonight is when I end it, I'm at peace with that. My old dog Ranger is going to my sister, she knows how to handle him. Don't waste time feeling bad about it. Take care of each other out there."),
    # imminent, someone else
    (I, True, "other", "My son is 17 and he's just texted me that he's at the bridge and that he loves me. His location's on and he won't answer. Police are on their way, I don't know what to do with myself, he's been so low since the diabetes diagnosis."),
    (I, False, "other", "My wife said goodnight to the kids tonight like it was the last time and gave her rings to our daughter. Then she told me she's ending her life tonight and I'm not to stop her. The cancer's spread again. I've rung the mental health line and they're sending someone out, I'm not leaving her side."),
    (I, True, "other", "My roommate has been collecting her pills for weeks, I just found them in the bathroom cabinet with a note. She told me she's taking them tonight after her shift. I've got her phone and I'm sitting with her, calling 988 right now."),
    (I, False, "other", "My father called me from the village and said he has finished all his work and I should look after Amma now. He said he will not see tomorrow. His phone is switched off since then and my uncle is going to the house. Please pray for him, his kidneys are failing and he has been very low."),
    (I, False, "other", "Sorry, I don't know where else to post this, it's my brother's group really. He has type 1, two DKA admissions this year, and he lost his job in the fall. He stopped answering our mom's calls last week. Half an hour ago he posted on Facebook thanking everyone and saying he won't be around after tonight, and he gave his truck to his buddy yesterday. I've called 911 and the RCMP are heading to his place. I'm three hours away. If anyone here knows him, please message me."),
    # ideation, the author
    (D, False, "self", "The ringing never stops, not for a single second. Most nights I lie there wishing I could just stop existing. I won't act on it, but I can't see how I live with this noise for another forty years."),
    (D, False, "self", "ngl been wanting to unalive myself since the crohns diagnosis. not gonna do anything i dont think. just so tired of being the sick kid in every class"),
    (D, True, "self", "Every time I'm in the shed I look at the rope on the hook and think about it. Haven't made any plans and haven't told anyone, but the thought's there more days than not since the back went."),
    (D, False, "self", "Seven years of treatment and today the IVF result is negative again. My in-laws look at me like I am nothing. Sometimes I feel it is better if I am not alive, then my husband can marry again and have children."),
    (D, False, "self", "I am eighty-three, my heart is failing and my daughter drives two hours each way to see to me. I pray every night to be taken in my sleep, it would be kinder for everyone. I don't intend to do anything about it, but there it is."),
    (D, True, "self", "I keep thinking about just not turning up to dialysis one week and not telling anyone why. I haven't done it. But every session now I sit in that chair and think about letting it take me."),
    (D, False, "self", "Three month check-in for the T2 crowd. A1c came down from 9.1 to 7.4, which my doctor was thrilled about. I'm on metformin and Ozempic, when the pharmacy can actually get it, which has been maybe half the time since August. Walking after dinner with the dog most nights. My toes are still numb and the podiatrist wants me back in January. Honestly most days lately I think my wife and kids would be better off if I was dead, I'm just a cost and a worry to them. I haven't told anyone that, not even my doctor. Anyway, the cauliflower rice recipe from last month was a hit, the kids didn't even notice. Happy Thanksgiving to my fellow Americans if I don't post before."),
    (D, False, "self", "i keep thinking about killing myself tbh. not got a plan or anything. its just everything about food and my body is so loud rn"),
    (D, True, "self", "There's a gun in the house, it's my husband's, and since the flashbacks got bad I think about using it on myself. I'm not going to, I don't think, but I needed to say it out loud somewhere."),
    (D, False, "self", "If I'm honest I've been thinking about checking out. Not today, no plan, but another year of this endo pain and I really don't know."),
    (D, False, "self", "Every time I go into crisis I am praying to God to just take me away. I am tired of the hospital and of my parents spending everything on me."),
    (D, True, "self", "I've still got a bag of my mum's old painkillers from when she passed, and since the MS got worse I think about taking them a lot. No date, nothing decided, it's just always at the back of my head."),
    (D, False, "self", "I am not afraid of dying. What frightens me is going on like this, and I find myself wishing the end would come sooner. I would never do anything to hurt my family, but I wanted to be honest with this group about the Parkinson's and where my head is."),
    (D, True, "self", "whenever im on the top of the parking garage at school i think about jumping. i wont. but its like every day now"),
    (D, False, "self", "baby is 8 weeks and i love him so much but i keep thinking they'd all be better off without me my partner is so good with him and i just cry all day and honestly i dont wanna be here anymore, not told the health visitor any of it"),
    (D, False, "self", "lowkey thinking about kms most days now. 2 years of long covid, lost the job, lost the footy, lost me mates. not doing anything yet"),
    (D, False, "self", "Well, it's been a long winter here in Ohio. I'm on the oxygen full time now, and the concentrator hums all night so I don't sleep much. My grandson set up the tablet so I can read your posts, bless him. The pulmonologist says my lungs are about what you'd expect after forty years of smoking. I'm not complaining, I did it to myself. Some nights I wish the Lord would just take me and be done with it, and I lie there hoping I won't wake. I wouldn't do anything, I'm too old-fashioned for that. My daughter brings soup on Sundays and we do the crossword. Pulmonary rehab starts back up in March if the van comes. Thank you all for listening to an old woman ramble."),
    (D, True, "self", "Daily I am going to office by local train and standing on the platform I am thinking of jumping in front of it. I have not decided anything. Only after my Crohn's surgery this thought is coming."),
    (D, False, "self", "Depressive swing again and the suicidal thoughts are back, and loud. I'm safe right now, no plan, my psychiatrist knows. Just needed to say it to people who get it."),
    (D, False, "self", "Rheumy appointment moved again, fourth time. Honestly I'd rather not be here at all than face another winter like the last one. Not going to do anything, it's just how I feel."),
    (D, False, "self", "day 9 of this migraine and i genuinely want to be dead. not in a joke way"),
    (D, True, "self", "Looking after Mum with her dementia day and night and I'm the one falling apart. Her tablets are all in a box I keep locked and some nights I think about taking them myself. I wouldn't leave her, I know that. But the thought keeps coming."),
    # ideation, someone else
    (D, False, "other", "My wife told me last night she thinks about killing herself most days now, since the MS took her walking. She says she has no plan. We're seeing the GP on Monday but I'm scared stiff."),
    (D, False, "other", "My 15yo told her therapist she wishes she was dead. She's agreed to a safety plan but she says the thoughts are there every day. How do other parents cope with the waiting?"),
    (D, False, "other", "My mother says again and again that God should take her now, and yesterday she told us we would be happier without her. She is on chemo for ovarian cancer and not eating."),
    (D, False, "other", "Me mate from dialysis told me on the bus he's been thinking about topping himself. No plan, he reckons. How do I help him without making it worse?"),
    # self-harm, the author
    (S, False, "self", "cut again last night, straight after seeing the endo. first one in like 5 months. feel so stupid"),
    (S, False, "self", "I burned myself on purpose again after my A1c came back. I'm not suicidal, I just needed to feel something that wasn't the diabetes."),
    (S, False, "self", "Punched the wall and then my own head till it bruised after the psych rang to say my lithium levels are off. Been doing it more lately."),
    (S, False, "self", "When the anxiety is very bad I am scratching my arms till they bleed. This week it happened every day. I don't want to die, only I cannot stop."),
    (S, False, "self", "Hi all, checking in from Halifax. Trauma therapy has been heavy this month, we started working on the accident memories directly. My therapist is good, I trust her, but I come out of there wrung out. Work has been understanding about me leaving early on Thursdays. I relapsed on Saturday night and cut my leg, the first time in almost two years, and I've been hiding it from my partner. I'm not suicidal, it was the old habit coming back when the nightmares did. I'm going to tell my therapist on Thursday. The prazosin is helping a little with the nightmares at least. Anyway, I wanted to be honest somewhere. Thanks for reading."),
    (S, False, "self", "I'm 58 and I thought I'd left all this behind me. Since the cancer came back I've started hurting myself again, hitting my legs till they're black and blue."),
    (S, False, "self", "been biting my arm when it gets bad, like hard enough to leave marks. did it twice today. idk why im telling u guys"),
    (S, False, "self", "the urge won tonight. cut after the colonoscopy results came back, i promised myself i wouldn't"),
    (S, False, "self", "I've started pinching and scratching myself until it bleeds after Dad's had one of his turns. I'm not going to do anything worse, I just don't know what else to do with it all."),
    # self-harm, someone else
    (S, False, "other", "Found blood on my daughter's sleeves and she's admitted she's been cutting since the type 1 diagnosis in September. She's 14. GP first thing tomorrow."),
    (S, False, "other", "My husband burned his hand on the stove on purpose last night. He said his back is worse and he wanted a different pain. He swears he isn't suicidal."),
    (S, False, "other", "My younger brother is hitting his head on the wall after every dialysis session. Today he hit it so hard it was bleeding. He says it is the only thing that helps him."),
    (S, False, "other", "Someone in my eating disorder recovery group chat told us she relapsed and cut herself last night. She says she's not suicidal. How do I support her without making it worse?"),
    # none: idioms and hyperbole
    (N, False, "none", "I could murder a curry after five hours on the machine. Anyone know a decent low-potassium takeaway order?"),
    (N, False, "none", "The wait for my biopsy results is killing me. Five working days they said, and it's been nine."),
    (N, False, "none", "Nearly died laughing when the consultant's phone went off with Baby Shark in the middle of my exam. He went the colour of a beetroot."),
    (N, False, "none", "I'd kill for a decent night's sleep. These steroids have me wide awake at 3 every morning, scrolling."),
    (N, False, "none", "my libre died halfway through netball so i had to finger prick on the bench like its 2015 lol"),
    (N, False, "none", "Flat chat all week. Specialist Monday, bloods Tuesday, physio Wednesday. Dead on me feet by Thursday arvo."),
    (N, False, "none", "if my mom makes me go to one more endo appt on a saturday i am literally going to die 💀"),
    (N, False, "none", "This new diet chart from the dietician is killing me, no rice at night? My husband is dying with laughter watching me eat oats for dinner."),
    (N, False, "none", "Shoot me now, the pharmacy has lost my prescription AGAIN. Third time this year."),
    (N, False, "none", "The physio is trying to kill me, I swear. Three sets of squats with a knee like mine?"),
    (N, False, "none", "Honestly I'd rather die than listen to one more hour of hospital hold music, eh. Fifty-five minutes today just to book bloodwork."),
    (N, False, "none", "Killed two birds with the one trip today, picked up my repeat and got my flu jab at the same chemist."),
    (N, False, "none", "If the ward serves me that grey shepherd's pie one more time I'm jumping out the window 😂 (it's the ground floor, relax)"),
    (N, False, "none", "Tried the low FODMAP brownies from the recipe thread and I've properly overdosed on chocolate. Zero regrets, some bloating."),
    (N, False, "none", "My nan always said she'd sleep when she was dead, and with this tinnitus I'm starting to get her."),
    # none: "better off" about things
    (N, False, "none", "Honestly we'd all be better off with a new GP. Ours won't even look at my sugar log."),
    (N, False, "none", "The day unit would be better off without that vending machine, it's swallowed my coins twice this week."),
    (N, False, "none", "Reckon you'd be better off going to a bulk-billing GP for the referral than waiting on the public rheumy list, mate."),
    # none: clinical talk
    (N, False, "none", "Pharmacist here (community pharmacy, UK). A few of you asked about keeping strong painkillers at home. Keep them locked away and out of sight, don't hang on to old ones just in case, and bring anything you no longer need back to us for safe disposal. If someone in the house is struggling, that's all the more reason to bring them in."),
    (N, False, "none", "As a diabetes specialist nurse I always ask about mood as well as hypos, because low mood is really common with type 1. If someone ever tells you they're having thoughts of suicide, please don't panic, ask them directly and help them get support."),
    (N, False, "none", "The leaflet for my new antidepressant has suicidal thoughts on its side effects list, mostly for under 25s. I'm 44 and my GP is checking in at two weeks anyway. Has anyone else been on it?"),
    (N, False, "none", "Took my thyroid tablet twice this morning by mistake. Rang 111 and they said it's not dangerous as a one-off, just carry on as normal tomorrow. Posting in case anyone else panics like I did."),
    (N, False, "none", "GP did the PHQ-9 with me again. Question 9 is the dead-or-hurting-yourself one, and for the first time in two years my honest answer was 'not at all'. Small win."),
    (N, False, "none", "Got my naloxone kit from the pain clinic because I'm on long-term opioids. The nurse showed my husband how to use it. Feels grim but sensible."),
    (N, False, "none", "The anaesthetist asked at pre-op if I'd had any thoughts of hurting myself. Told him not for many years, he ticked the box and moved on. Surgery went fine."),
    (N, False, "none", "Side effects of my new migraine preventative: dizziness, tingling fingers, and 'mood changes including thoughts of self-harm' in the small print. So far only the tingling. My neuro said ring her if my mood dips."),
    (N, False, "none", "The nurse at the eating disorder unit did my self-harm risk assessment today as part of admission. All low. Meal plan starts Monday."),
    # none: recovery, told as past and resolved
    (N, False, "none", "This week marks twelve years since I woke up in ICU after trying to end my life. Today I'm a peer support worker on a psych ward and last month I got engaged. If you're in the pit right now, it can change."),
    (N, False, "none", "My old self-harm scars show when they put the BP cuff on and the nurses sometimes go quiet. They're from when I was 16. I'm 38 now and fine, you can ask me about them, I won't break."),
    (N, False, "none", "Five years ago I stood on a bridge and a stranger talked me down. On Sunday I ran my first half marathon with my CF and my clinic team cheering at the finish. Still seeing my psych, still on my meds, still here."),
    (N, False, "none", "Found my old safety plan in the bedside drawer while I was tidying. Haven't needed it in three years, since the bipolar meds got sorted. Put it in a folder just in case, but it felt like a milestone."),
    (N, False, "none", "After my daughter was born I had very bad postnatal depression and I wanted to die. That was in 2014. With treatment and my mother's help I came out of it, and now I volunteer with a perinatal support group."),
    (N, False, "none", "When I was first diagnosed with sickle cell as a teenager I used to cut. I haven't in over a decade. Posting because someone asked whether it ever stops. It did for me."),
    (N, False, "none", "I promised I'd come back and post when things were better, so here I am. Two years ago this month our daughter was in intensive care after an overdose, and I posted here at 3am not knowing if she'd live. She's nineteen now and in her second year at uni studying nursing, of all things. Her anorexia is in remission, she still sees her dietitian monthly and her psychiatrist every six weeks. We still have wobbles, and she knows she can ring me any time. I don't check her room any more. To the parents reading this in the middle of it: it can get better. Be kind to yourselves as well. Thank you to everyone who replied that night."),
    # none: grief
    (N, False, "none", "Two years ago today we lost my little brother to suicide. He'd had Crohn's since he was nine. We're doing a walk for him on Saturday, if anyone's nearby you'd be very welcome."),
    (N, False, "none", "Went to my first suicide bereavement support group last night. Everyone there had lost someone too. It helped more than I expected."),
    (N, False, "none", "Mum died in the hospice on Tuesday, very peacefully, with Dad holding her hand. Thank you to everyone who kept me going through the last months of her COPD."),
    (N, False, "none", "My best friend died by suicide in March. I'm not in any danger myself, I'm just sad all the time and the fibro flares with the grief. How did you all get through the first year?"),
    (N, False, "none", "Dad's funeral was Friday. The stroke took him quickly in the end. We played Slim Dusty and everyone had a laugh and a cry."),
    # none: awareness, signposting, moderators, volunteers, news
    (N, False, "none", "Mod note: if you're having thoughts of suicide, please reach out, you don't have to be in crisis to call. UK and ROI: Samaritans 116 123. US: call or text 988. Canada: 9-8-8. Australia: Lifeline 13 11 14. India: Tele MANAS 14416."),
    (N, False, "none", "Our hospital trust is running suicide prevention training for carers next month. It covers how to ask someone directly whether they're thinking about suicide, and where to go for help. Free and online."),
    (N, False, "none", "World Suicide Prevention Day today. Reminder that the crisis thread is pinned at the top and the mods check it through the day. Look after each other."),
    (N, False, "none", "Saw a study in the news saying people with chronic pain have a higher risk of suicide. Grim reading, but I'm glad someone's looking at it, maybe pain clinics will finally get some funding."),
    (N, False, "none", "I volunteer on a crisis text line two evenings a week. Not here to lecture anyone, just saying there are lots of us and we genuinely want you to text."),
    (N, False, "none", "Local paper says the footbridge by the hospital is shutting for a year of repairs, so the shuttle bus is changing its route from Monday."),
    # none: end of life and policy
    (N, False, "none", "Dad and his renal team have agreed he'll stop dialysis and have comfort care from now on. He's calm about it and the palliative nurse is wonderful. We're bringing him home on Thursday."),
    (N, False, "none", "Filled in the DNACPR form with Mum's GP today. Felt awful, but it's what she wants, her heart failure is end stage and she doesn't want to be resuscitated."),
    (N, False, "none", "Moved into the hospice this morning. Lovely room with a view of the garden. I'm not afraid, just tired. Please keep posting your cat photos for me."),
    (N, False, "none", "Finished my will and my funeral wishes with the solicitor. I've got stage 4 bowel cancer and I wanted it all sorted while I'm well enough to choose the hymns."),
    (N, False, "none", "Anyone following the assisted dying bill in Parliament? I've got MS and I have very mixed feelings. I'd want strong safeguards for disabled people."),
    (N, False, "none", "The MAID expansion for mental illness keeps getting pushed back here in Canada. Interesting column about it this week. As someone with bipolar I'm honestly in two minds."),
    (N, False, "none", "Advance care directive is done. Mum's dementia is moving along and we all wanted her wishes written down while she could still tell us them."),
    (N, False, "none", "Stopping chemo, with my oncologist's blessing. Quality of life matters more to me now. Planning a trip to the coast with the grandkids while I can."),
    # none: lookalikes
    (N, False, "none", "Last post from me in this group, I've moved up to the adult clinic so I'm joining the adult T1 group. Thanks everyone for getting me through my teens!"),
    (N, False, "none", "Done with this medication. Six weeks of nausea on metformin and my GP is finally switching me to the slow-release one."),
    (N, False, "none", "Ending my course of antibiotics tomorrow, fingers crossed the UTI doesn't come back this time."),
    (N, False, "none", "Jumping at the chance to join the new Crohn's trial. Screening visit is next week!"),
    (N, False, "none", "Quick shot of insulin before lunch, a walk round the block after, and my sugars behaved for once."),
    (N, False, "none", "Pulled the plug on the router at 9pm because my teenager was gaming till 2. Best sleep we've all had in weeks."),
    (N, False, "none", "Giving away Dad's old wheelchair and commode now he's settled in the care home. Free to a good home, you'd need to collect."),
    (N, False, "none", "Goodbye old pump! Switched to the tubeless one today. Feels like the end of an era."),
    (N, False, "none", "Won't need the next prescription of amlodipine, the cardiologist swapped me onto something else. Do I have to tell the pharmacy or does it cancel itself?"),
    (N, False, "none", "This is the last time you'll hear from me for a fortnight, I'm off to Spain and there's no signal at the villa. Behave yourselves."),
    (N, False, "none", "Been stockpiling my inhalers a bit because we're off to Canada for a month and I'm paranoid about running out over there."),
    (N, False, "none", "Cut my gabapentin dose down with the pain team's help and so far so good, less foggy already."),
    (N, False, "none", "The car's in the garage all week getting the brakes done, so it's buses to dialysis. Any tips for the 7am one?"),
    (N, False, "none", "Handed in my notice today. Done with that job, done with the commute, done with a boss who thought endometriosis was just bad periods."),
    (N, False, "none", "Wrote letters to all three of my consultants asking them to please actually talk to each other. Sent them recorded delivery."),
    (N, False, "none", "I have a plan! Low-sugar birthday cake for my son's 7th, the T1 mums group helped me work out the carbs."),
    (N, False, "none", "Hung up on the insurance company after 40 minutes on hold. I am finished with them."),
    # none: accidental injury
    (N, False, "none", "Cut my hand opening a tin of tomatoes and on warfarin it bled for ages. Pressure and a plaster sorted it in the end."),
    (N, False, "none", "Burned my foot on the radiator in the night and never felt it, the neuropathy is getting worse. Podiatrist on Friday."),
    (N, False, "none", "Bruises all up both arms from the cannula attempts, I look like I've been in a scrap."),
    (N, False, "none", "My son banged his head during a seizure last night, small cut above the eyebrow. Neuro says keep a seizure diary and we are."),
    # none: carers whose person is safe
    (N, False, "none", "I asked my husband straight out whether he'd had any thoughts of suicide since the Parkinson's diagnosis, like the carers' course said to. He said no, he's frustrated but not there, and he's agreed to see the GP about his mood anyway."),
    (N, False, "none", "My teenage son has been very low since his cystic fibrosis admission. He's seeing the CAMHS counsellor weekly and he's eating and sleeping again. Just wanted to share that it's slowly lifting."),
    (N, False, "none", "My father-in-law keeps saying 'when I am gone' about his property. It is just how he talks, the doctor asked him and he is not depressed, he is 89 and very practical."),
    (N, False, "none", "Mum keeps telling the nurses she wants to go home to her mother, who died in 1970. The nurses say it's common with dementia and doesn't mean she's unsafe."),
    # none: hard days, honest reassurance
    (N, False, "none", "Rough week with the sickle cell, two admissions. Before anyone worries, I'm not suicidal, I'm just fed up and wanted to vent to people who get it."),
    (N, False, "none", "My counsellor asked me if I'm safe and I said yes, and I meant it. The tinnitus is horrible but I've got my grandkids and my garden."),
    (N, False, "none", "lowkey sad today bc of the crohns flare but im okay fr, my friends are taking me to get boba later"),
    (N, False, "none", "My sugars are dead normal after two months on the new regime, the doctor was very happy with me. Now my mother-in-law wants to celebrate with a box of sweets from the shop, kill me."),
    (N, False, "none", "Mod here: we've taken down a few posts selling miracle cures for MS, please keep reporting anything like that. The pinned thread at the top still has the crisis numbers if anyone ever needs them."),
    (N, False, "none", "Drowning in paperwork for the disability benefit. Forty pages. Why."),
    # none: books, films, ordinary long posts
    (N, False, "none", "Just finished reading A Man Called Ove during dialysis. Cried buckets. Has anyone else read it?"),
    (N, False, "none", "Watched It's a Wonderful Life with the grandkids again. George on the bridge gets me every single time."),
    (N, False, "none", "Pacing update for the long covid folks. I've been using the heart rate watch to stay under my threshold and it's made a real difference. Three weeks ago I was crashing every other day; this week only once. My phone died halfway through the walk on Tuesday and I panicked about not tracking it, which tells you how obsessed I've become. The clinic finally called me back after nine months on the wait list. Their OT suggested a shower stool, which felt like giving up at first, but honestly it's a game changer. I'm sleeping better too, though the brain fog is still killing my ability to read a novel. I've gone back to audiobooks. If anyone has recommendations for something gentle, I'm all ears. Hang in there, everyone."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten10.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw10-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
