#!/usr/bin/env python3
"""Write handwritten9.jsonl: a tenth held-out set, hand-written one post at a time during the
seventh round by a writer who had not read the detector's source (nor its results or earlier
misses). Voices: mainstream UK, Australian, Indian, Canadian and US English; teenagers and texting
style; older and very formal writers; carers, support workers and worried family; typos, run-on
sentences and all-lowercase posts; long posts (8-15 sentences) with the one signal sentence in the
middle; posts about someone else (partner, child, parent, sibling, friend, online friend, someone
the author cares for). Conditions: cancer, dialysis, transplant, diabetes, chronic pain, MS,
Parkinson's, heart failure, endometriosis, IBS, arthritis, migraine, bipolar, depression, anxiety,
PTSD, postnatal, eating disorders, dementia caring, stroke, hearing loss, infertility. Hard
negatives of every kind in the corpus README: idioms, hyperbole and jokes, clinical talk,
recovery told as past, grief (including for a suicide), awareness and signposting, end-of-life
planning and policy debate, lookalikes, news, books and TV, moderators' and volunteers' posts,
accidental injury, honest reassurance.
Never tuned on: to be scored once, at the end of the seventh round; its misses are not read
before then.
Content note: as in the corpus README, methods are named only in the plainest words ("tablets",
"the bridge", "a rope"), with no amounts, combinations, places or how-to.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, False, "self", "I've been a member here since my first admission with heart failure back in 2016 and you have all been very good to me. This afternoon I cancelled the milk and left a letter for my son propped on the mantelpiece. Tonight I mean to end things, I am too tired of sitting in this chair fighting for every breath. Please don't think badly of me."),
    (I, True, "self", "righto not gonna drag this out. been putting my pain tablets aside for months ever since the specialist started cutting me back, and tonight after the footy I'm taking every one of them. dog's going to my sister's. cheers for all the yarns over the years, you lot were good value"),
    (I, False, "self", "Namaste to all members. I have decided today is my last day. I have transferred the fixed deposit into my daughter's name and written a letter to my brother. Tonight after everyone at home is sleeping I will finish my life. Kindly do not inform the dialysis centre until morning."),
    (I, True, "self", "i'm done. there's a rope in my closet and my parents are away at my brother's hockey tournament all weekend. tonight's the night. the treatment team can stop calling me. sorry to everyone in the recovery thread, you tried"),
    (I, False, "self", "Quick pump update for anyone who was following my saga with the insurance. They finally approved the Omnipod after three appeals and a letter from my endo, so that's something. The adhesive is way better than my old infusion sets and I haven't had a single site fall off at the gym. My A1c came back at 7.4, which is the best it's been since college. I'm booked back with the endo for a review in March. I won't be around for that one though, I've made up my mind and this weekend is when I'm ending my life. I just wanted somebody to know it wasn't the diabetes that did it, it was everything else. Anyway if anyone wants my leftover Dexcom sensors, message me before Friday. Thanks for all the advice on here, honestly."),
    (I, True, "self", "I'm sat in the car near the bridge. The MS has taken my legs and now it's going for my eyes too. Once it gets dark I'm going to walk up there and jump. I've texted my sister to say I love her. That's all."),
    (I, False, "self", "cant do this. baby is at my mums. i wrote him a letter for when hes older. ending it tonight before dave gets home from work. im so sorry"),
    (I, True, "self", "My hands shake too much with the Parkinson's to type properly so forgive the mistakes. I have put my tablets by over the last few weeks and I will take them on Sunday while Margaret is at church. The will is with the solicitor and the dog is booked into the kennels. I have had a good life and I do not want the rest of it."),
    (I, False, "self", "I've taken something. I just wanted someone to know. Please don't ring anyone, the endo pain wins this round, it's won every round"),
    (I, True, "self", "I haven't been to my dialysis sessions since the third. I told the unit I was staying with my daughter in Calgary but I'm home in Regina with the blinds down. I'm not going back. I'm letting it end this way and I wanted someone to know before it gets bad."),
    (I, False, "self", "gave my guitar to my little brother and my switch to my best mate today. told them i'm having a clear out lol. this is my last post on here. i'm going through with it tomorrow after college. thank you for trying with me x"),
    (I, True, "self", "The car is in the garage and the keys are in my hand. Wife's at her mother's till Sunday. Seven years of daily migraine and I'm finished with all of it. Doing it now. Sorry."),
    (I, False, "self", "Set up emails to my kids and the guys from my old unit to go out at 6am. I'll be gone by then. The PTSD never once let up, not a single night in eleven years. Don't blame the doc at the VA, she tried harder than anyone."),
    (I, True, "self", "After the fifth IVF failed my in-laws are telling everyone it is my fault. I am sitting at the railway station now. When the next train comes I will jump in front of it. Please do not tell anybody from my family group."),
    (I, False, "self", "Eight months since the stroke and I've done everything the physios asked. I can walk to the end of the road with the stick now, which I couldn't at Christmas. Speech is slow but my grandson says he can understand me fine. The occupational therapist got me a kettle tipper and a perching stool. My wife died in 2019 so it's just me and the cat. The community team have been very good, I can't fault them. There's no need to book my next physio session, I won't be here for it, I am ending my life on Friday. I've paid up the council tax and left the cat's food out for the neighbour. Thank you to this group for the company on the long evenings. Please tell the new ones that the stroke nurses are worth listening to."),
    (I, True, "self", "Got Dad's pistol out of the safe tonight. Scans came back, it's in my liver now. I'm not doing chemo again, I'm doing this instead, tonight. Love to all y'all."),
    (I, False, "self", "Dear all. I have now lost the last of my hearing and with it any company worth the name. I have settled my affairs, returned my library books and written to my nephew. I intend to take my own life on Wednesday. Thank you for the many kind replies over the years."),
    (I, True, "self", "standing on the top level of the car park at uni. cant do another semester of this, the IBS and the panic attacks, i'm so tired. going to jump in a few minutes. sorry mum"),
    (I, True, "self", "I've got all my pills lined up on the kitchen counter. The rheumatoid has wrecked my hands, Bill's gone, and the kids are all out west. I'm taking them tonight after the news. I just needed to tell a person."),
    (I, False, "self", "i keep typing this and deleting it but ok the thing is i've decided and it's going to be saturday when my flatmate goes home for the weekend and i've already sorted who gets the cat and paid my share of the rent up front so nobody gets stuck with it and i just wanted to say this group was the only place i ever felt normal with the bipolar"),
    # imminent, someone else
    (I, True, "other", "My husband has been on the diabetes side of this forum for years. He just texted me at work saying he has taken all his tablets and he's sorry. I'm driving home now and I've rung 999, please can someone tell me what to do while I'm waiting"),
    (I, False, "other", "My father is 72 with Parkinson's and lives alone in Chennai. He called me this morning and said a proper goodbye, told me he has given his watch to my son and today he will end his life. Now his phone is switched off. My cousin is going to his flat. What else can I do from Bangalore?"),
    (I, True, "other", "someone from our discord (online friend, 16, has crohns) just posted a pic of a bridge and said this is it, bye guys, tonight. we only know she lives in ohio. what do we do"),
    (I, False, "other", "I'm a support worker for a young man with cerebral palsy. Today he gave me his bank card and his laptop and asked me to pass them to his mum after tomorrow, because he said he'll be gone by then. He won't talk about it since. My manager isn't answering and I'm on shift till ten."),
    (I, True, "other", "Mate of mine from the men's shed, early motor neurone disease, told me tonight there's a rope in his garage and he's using it this weekend. I've rung his daughter. I'm sitting outside his place not sure whether to knock."),
    # ideation, the author
    (D, False, "self", "Third surgery for the endometriosis and the pain is back within a month. I'm not going to do anything. But lately I find myself wishing I was dead, properly dead, not just asleep for a while."),
    (D, False, "self", "Some days I reckon the missus and kids would do better cashing in my life insurance than having me laid out on the couch with my back. No plan or anything like that, the thought just sits there."),
    (D, True, "self", "Since the rejection episode I keep thinking I should quietly stop the tacrolimus and let everything finish. I have not stopped it, but the thought comes every single morning when I open the pill box."),
    (D, False, "self", "ngl been thinking abt kms a lot since exams started. not gonna do anything i just dont see the point of me tbh"),
    (D, False, "self", "At 84 with a heart that's packing it in, I pray most nights that the Lord takes me before morning. I've no complaints about my doctors. I'm simply ready to be gone and I wish He'd get on with it."),
    (D, True, "self", "There's a gun in my husband's nightstand and ever since this depressive episode started I think about it every time I walk past the bedroom. I haven't touched it. I don't have a plan. I just can't stop thinking about it."),
    (D, False, "self", "Had my diabetes review this morning. HbA1c is down to 58 from 71, so the nurse was pleased. The metformin still upsets my stomach but the slow release one is a bit better. I've been referred to a dietitian, which is a six month wait round here. My daughter bought me a step counter and I'm doing about four thousand a day. Work have been understanding about the appointments. Truth be told though, most days lately I think my family would honestly be happier if I just died, and I've started to believe it. I didn't say that to the nurse. Anyway, does anyone know if the slow release can be taken at night instead? It might help with the bloating."),
    (D, False, "self", "Bub is nine weeks old. Everyone keeps telling me it's the best time of my life but every night when I'm feeding her I think she'd be better off with a mum who isn't me, and that it'd be easier for everyone if I wasn't alive."),
    (D, True, "self", "Every time my husband drives us over the bridge to the MS clinic I think about jumping. I've never told him. I don't think I'd actually do it, but it gets louder every month."),
    (D, False, "self", "Since my oncologist told me the treatment has stopped working I find I have been thinking seriously about taking my own life rather than waiting. I have done nothing about it and I have made no plans, but I think it right that I say so somewhere."),
    (D, False, "self", "evry day i think abuot ending my life, the pain never stops not even for an hour. i dont have a plan i just think it constnatly"),
    (D, True, "self", "I still have the box of tablets from when they switched my antidepressant and some nights I sit and look at it and think about taking them all. I haven't. I see my dietitian on Thursday and I'm trying to hold on for that."),
    (D, False, "self", "Dialysis 3x a week for 6 years. Honestly I've been thinking about checking out. Not like, this week. Just more and more often."),
    (D, False, "self", "Fourteen days of migraine this month. I keep thinking God should just take me, what is the use of this kind of life. My husband says I am being dramatic but I am meaning it."),
    (D, False, "self", "ever since the crash i don't sleep and when i do it's the same dream and honestly i've started thinking it would be better to be dead than keep living it every night, i'm not going to do anything because i've got my daughter but the thought is there more often than it isn't"),
    (D, True, "self", "Standing at the station for the train in to the neurologist, I get thoughts of stepping off in front of it. I've had them for a few months now. I've no intention of it, I just needed to say it somewhere."),
    (D, False, "self", "I'm 23 and I plan my whole life around where the nearest bathroom is. Lately I've been thinking I'd rather be dead than do another fifty years of this. And I don't mean that in a jokey way."),
    (D, False, "self", "After my stroke I cannot walk or go to the office. Daily I am thinking better I am no more, then my son can live his own life without looking after me."),
    (D, False, "self", "We got the call this morning that the last embryo didn't take. I keep thinking I don't want to be alive any more. I'm safe right now, my sister is here, but I wanted to be honest with someone."),
    (D, True, "self", "With all the heart tablets in this house I keep thinking about swallowing them all one night. I won't, probably, but it's on my mind a lot more than it should be."),
    (D, False, "self", "Caring for Mum with dementia around the clock, four years now. I love her, but lately I've started thinking I'd like to die before she does, just so it all stops. No plan, nothing like that."),
    (D, False, "self", "im 15 with JIA and everyone at school thinks im faking it. sometimes i think about killing myself so they would believe me. i wont but i think it"),
    # ideation, someone else
    (D, False, "other", "My husband told me last night that since the cancer came back he's been thinking about suicide most days. He says he hasn't got a plan. We've got a GP appointment on Monday, how do I keep him going till then?"),
    (D, True, "other", "Dad is 78 and on dialysis. He admitted to me yesterday that he keeps thinking about just not turning up to his sessions without telling the unit, so that it would all be over. He hasn't missed one yet. I don't know if I should tell his nephrologist behind his back."),
    (D, False, "other", "My 14 year old with type 1 told her school counsellor she wishes she was dead. The counsellor rang me straight away. She's at home with me now and says she has no plan, she's just sick of it all. Where do we even start?"),
    (D, False, "other", "my online friend from the POTS server keeps saying everyone would be better off without her and she wants to disappear for good. she's in canada and im in the uk, how do i help from here"),
    # self-harm, the author
    (S, False, "self", "cut again last night after the dietitian weighed me. first time in 4 months. not suicidal i just needed it all to stop"),
    (S, False, "self", "Burned my wrist on purpose after the gyno told me it's probably just bad periods, again. Haven't done that since I was 17. Feel so stupid."),
    (S, False, "self", "Been punching the wall till my knuckles bleed whenever the mixed episodes hit. Did it again this morning. My psych doesn't know."),
    (S, False, "self", "Whenever the anxiety comes I am scratching my arms until they bleed. Yesterday my colleague noticed the marks. I am doing it on purpose, I cannot stop myself."),
    (S, False, "self", "Long time lurker, first proper post. I've had lupus for six years and depression for longer than that. The hydroxychloroquine seems to be helping my joints finally. My new rheumatologist is much better than the last one and actually listens. I've been back at work three days a week since September. Things were going alright, I thought. Then on Saturday I relapsed and cut my thigh. Two years clean before that. I haven't told my partner yet. I'm seeing my GP on Thursday about the rash anyway so I might mention it. I don't really know what I'm asking for, I just wanted to say it to people who might understand."),
    (S, False, "self", "I'm 70 and I've been hitting my head against the bathroom wall when the tinnitus gets unbearable. Did it twice this week. I'm not trying to kill myself, I just need it to stop for a moment."),
    (S, False, "self", "bit my arm so hard it bruised during the panic attack at work today. keep doing it on purpose lately. idk how to stop"),
    (S, False, "self", "The urge won and I cut tonight. Cleaned it up, it isn't deep. Telling my psych on Wednesday, just needed to say it out loud first."),
    (S, False, "self", "i know this sounds insane but when the cramps are bad i dig my nails into my legs on purpose till they bleed because at least that pain is mine and i did it twice again this week and now my legs are a mess"),
    # self-harm, someone else
    (S, False, "other", "Found plasters all over my daughter's upper arms when she came out of the shower. She's 15, in treatment for anorexia, and she's admitted she's been cutting since she came home from the ward. She says she doesn't want to die."),
    (S, False, "other", "Noticed burn marks on my partner's forearm this morning. He has CRPS and he finally told me he's been burning himself on purpose when the pain gets too much. Says it's been going on a few weeks."),
    (S, False, "other", "My younger brother is 19 and has type 1. Since last month he is hitting his head on the wall on purpose whenever his sugars go crazy and he gets frustrated, and yesterday it was bleeding. Doctor is only next week."),
    (S, False, "other", "I support a young woman with autism and anxiety in supported living. This week she's been picking at her old scars on purpose until they open, and last night she cut her arm again. Her social worker is on leave."),
    # none: idioms
    (N, False, "none", "Prednisolone is absolutely killing me this week, moon face and I'm up at 4am scrubbing the skirting boards. Anyone got tips for the steroid insomnia?"),
    (N, False, "none", "Dying for a proper flat white but the cardiac nurse reckons I should cut back. One a day is torture, mate."),
    (N, False, "none", "My glucometer died right in the middle of the wedding function, so I was guessing my sugars the whole evening. Which brand do you all use in India?"),
    (N, False, "none", "This humidity is murder on my joints. Anyone with RA in Florida have a strategy besides hiding indoors till October?"),
    (N, False, "none", "I could kill for a bag of salt and vinegar crisps but my potassium and phosphate are through the roof. Dialysis life."),
    (N, False, "none", "my phone died at the endo appt so i couldnt show her my dexcom graphs, she was NOT impressed lol"),
    (N, False, "none", "Managed to kill two birds with one stone today: fasting bloods and the flu jab at the same visit, so only one morning off work."),
    (N, False, "none", "Got my shot today, the new monthly migraine injection. Arm's sore but if it works I'll take it. First one's always the worst apparently."),
    (N, False, "none", "My rheumatologist offered me a place on the biologics trial and I jumped at the chance. Starts next month, fingers crossed."),
    (N, False, "none", "Confession: I completely overdosed on chocolate at Christmas and my readings were a disaster. Back on track now, but wow, the Quality Street."),
    # none: hyperbole and jokes
    (N, False, "none", "If I have to listen to the hold music at the GP surgery one more time I swear I'll throw myself out the window lol. 47 minutes today."),
    (N, False, "none", "Hospital custard tried to kill me today. Honestly the lumps had lumps."),
    (N, False, "none", "if my mum posts one more pic of me in my hospital gown on facebook im literally going to die 💀"),
    (N, False, "none", "I'd honestly rather be dead in a ditch than do another colonoscopy prep. That stuff is evil. (Joking, but seriously, any tips for the taste?)"),
    (N, False, "none", "My mother-in-law says if I don't eat her laddoos she will die of sadness. The diabetes educator says if I do eat them I'll die. Stuck in the middle, haha."),
    (N, False, "none", "Wanted to kill my husband when he ate the last of my gluten-free bread. He's lucky he's cute."),
    (N, False, "none", "Everyone would be better off if the pharmacy just opened on Sundays. Third weekend running I've nearly run out of my Creon."),
    # none: clinical talk
    (N, False, "none", "Pharmacist here, volunteering on the forum. A reminder since a few people asked: a paracetamol overdose can damage the liver even when you feel fine at first, so check cold and flu remedies for hidden paracetamol before taking them alongside your regular painkillers. Ask at the counter if unsure."),
    (N, False, "none", "The leaflet for my son's new antidepressant mentions suicidal thoughts among the side effects in under-25s and it frightened him. His GP explained it's something they keep an eye on in the first few weeks. He's doing well, I just wondered if anyone else got that talk."),
    (N, False, "none", "Filled in the PHQ-9 at the surgery today. Question 9, the one about thoughts you'd be better off dead, I put 'not at all' and I meant it. Mood's the best it's been in years since the new meds."),
    (N, False, "none", "Pre-op assessment for my hysterectomy today and the nurse asked whether I'd had any thoughts of harming myself. I said no, she ticked the box and we moved on to allergies. Is that standard everywhere in Australia now?"),
    (N, False, "none", "Our pain clinic now gives everyone on opioids a naloxone kit and a little card. I was a bit offended at first, but the nurse explained it's for accidental overdose, like if a grandkid gets into the cupboard. Makes sense really."),
    (N, False, "none", "Interesting pharmacology lecture today on drugs with a narrow therapeutic index, where the gap between a helpful level and a lethal one is small. Digoxin was the example, which explains why my nan with heart failure has so many blood tests."),
    (N, False, "none", "Endo cut my levothyroxine dose because my TSH came back suppressed. Anyone else feel jittery for a few weeks before a dose change settles?"),
    (N, False, "none", "Nursing student here. We spent today learning how to fill in the self-harm and suicide risk assessment forms before our mental health placement. Heavy stuff, but the tutor was brilliant about it."),
    (N, False, "none", "Hypo talk at diabetes clinic today: they said if you ever inject your rapid-acting instead of your long-acting by mistake, ring 111 and keep eating carbs, don't just sleep it off. I mixed up my pens once years ago so it hit home."),
    # none: the past, in recovery
    (N, False, "none", "Twelve years ago this week I was in ICU after an overdose. This morning I finished my first 10k and my daughter was screaming at the finish line. If you're in the dark place right now, it can change. It did for me."),
    (N, False, "none", "I have faint white scars on my forearms from when I was a teenager. My new rheumatologist noticed them and asked gently. I told her they're from twenty years ago and I'm well now. It was nice to be asked kindly."),
    (N, False, "none", "I tried to end my life in 1989, after my first husband died. I'm 74 now, a great-grandmother, and I volunteer on the phones with Lifeline on Tuesdays. I share that because somebody once shared theirs with me."),
    (N, False, "none", "My safety plan has been stuck on the fridge since my bad year in 2019. Took it down today, not throwing it out, I just don't need to look at it every morning anymore. It lives in a drawer now, just in case."),
    (N, False, "none", "Two years back I was admitted after I tried to take my life with postpartum depression. Now my daughter is two, I am on the right medicines, and I am finally enjoying her. New mothers, please speak to your doctor early."),
    (N, False, "none", "Five years stable on lithium this month, so I thought I'd post something hopeful for once. Back in 2018 I was sectioned after a suicide attempt and honestly didn't think I'd see thirty. I'm 33 now. The bloods every three months are a pain and I've put on weight, but I'll take it. I work part time at a garden centre and I've got an allotment. My psychiatrist and I have a relapse plan we've only needed once, for a wobble in 2021. I still get low in January. But I've not had a single thought of ending it in years. If you're newly diagnosed and scared, it can get better than this. Happy to answer questions about lithium."),
    (N, False, "none", "Three years in recovery from anorexia. I used to hide food and hurt myself most nights, now I'm a peer mentor for the eating disorder charity. Still have hard days, but nothing like back then."),
    # none: grief
    (N, False, "none", "My brother died by suicide two years ago today. I'm not in a bad way, I just wanted to say his name somewhere: Daniel. He loved terrible puns and Leeds United."),
    (N, False, "none", "Lost my husband to pancreatic cancer in March. The hospice team were angels. Some mornings I still set out two mugs."),
    (N, False, "none", "Our support group for families bereaved by suicide meets at the community centre on the first Monday of the month. It's helped me more than anything since we lost our son. Just putting it out there in case anyone here needs it."),
    (N, False, "none", "Today is the first death anniversary of my father-in-law. We did the pooja and fed the crows as per custom. My husband was very quiet, he still feels he should have noticed the heart symptoms sooner."),
    (N, False, "none", "Our dialysis friend Gerry passed away on Sunday. He brought the nurses doughnuts every Friday without fail. The unit won't be the same. RIP mate."),
    (N, False, "none", "I've just heard from his sister that Tom, who posted here as northernlights, took his own life last month. I'm heartbroken. He was so kind to me when I was newly diagnosed. I wanted his friends here to know."),
    # none: awareness and signposting
    (N, False, "none", "Mod note: nobody needs to wait for a forum reply if suicidal thoughts come up. Samaritans (UK) answer 116 123 day and night, free. Australians can ring Lifeline on 13 11 14. For the US and Canada it's 988, by call or text."),
    (N, False, "none", "Mum's been low since her stroke so I've been reading up. The leaflet from the ward says: if you are worried someone is thinking about suicide, ask them directly, are you thinking of killing yourself? So I asked. She laughed and said no, she just wants her independence back. Still glad I asked."),
    (N, False, "none", "Walking in the Out of the Darkness event this Saturday to raise money for suicide prevention, for my cousin. Team name is Pancakes for Pete. Donation link is in my profile!"),
    (N, False, "none", "World Suicide Prevention Day is on 10 September. Our hospital in Kochi is holding a free talk for diabetes patients on depression and where to get help. Please share with anyone who may benefit."),
    (N, False, "none", "reminder that if ur friend says something like i wanna die and u think theyre serious, tell an adult. we had a whole assembly on it today and honestly it was good"),
    (N, False, "none", "It's R U OK? Day on Thursday. Our MS group is doing a morning tea at the library hall. Bring a plate and check in on someone."),
    # none: end of life
    (N, False, "none", "Mum has signed her DNR form with the heart failure nurse. We all talked it through together and she's at peace with it. Strange feeling, but the right one."),
    (N, False, "none", "Interesting debate on CBC this morning about expanding MAID to people whose only condition is mental illness. I'm torn. I have MS and I'd want the option one day, but I worry about depressed people who aren't getting proper care. What do you all think?"),
    (N, False, "none", "After a long talk with his nephrologist and the palliative team, Dad's choice is to finish with his sessions and be kept comfortable from here on. He's at peace and the whole family is with him. Thank you for all the support over the years."),
    (N, False, "none", "Stopping treatment after talking with my oncologist. The side effects were taking more than the chemo was giving back. Hospice at home starts next week and I feel oddly calm. Plenty of good days left, I hope."),
    (N, False, "none", "Finally wrote my will and an advance health directive after my cardiologist suggested it. Didn't realise how much paperwork there was. Tip: the Public Trustee here in Queensland does wills for free."),
    (N, False, "none", "I volunteer at our local hospice on Wednesdays. Today a lovely man with motor neurone disease told me he's ready to go and just wants his grandchildren round him. It was a privilege to sit with him."),
    (N, False, "none", "Parliament is debating assisted dying again and my MP has written asking my view as a disability campaigner. I'm against it as drafted, mostly because of the pressure it could put on disabled people. Have any of you written to yours?"),
    (N, False, "none", "My husband and I, both in our eighties, sat down with the GP to write our advance care plans. No tubes and no resuscitation for either of us. Then we went for fish and chips."),
    # none: lookalikes
    (N, False, "none", "Last post from me in here, folks. Heading across to the type 1 parents' group now that my son has been diagnosed too. Thanks for everything, you lot kept me sane."),
    (N, False, "none", "I'm done with this medication. Three months of topiramate and all I've got is pins and needles and forgetting words mid sentence. Neuro appointment Tuesday to switch."),
    (N, False, "none", "Giving away all my maternity clothes and the breast pump now that we've finished IVF for good and decided to enjoy life as the two of us. Free to anyone in Pune, DM me."),
    (N, False, "none", "Won't be around for my next clinic appointment because I'm off to see my daughter in Perth for six weeks! The rheumy nurse has sorted a phone review instead."),
    (N, False, "none", "Said goodbye to my old insulin pump today. Twelve years of service, it saw me through two pregnancies. Bit emotional honestly. The new one arrives Monday."),
    (N, False, "none", "Packed my hospital bag for surgery tomorrow. I think I've got everything I need: phone charger, lip balm, big comfy knickers and a very long book."),
    (N, False, "none", "Writing letters to all my son's teachers explaining his epilepsy before the new school year. Anyone got a good template they'd share?"),
    (N, False, "none", "Physio has me doing little jumps on a mini trampoline to build bone density. Felt like a kid again. Osteoporosis doesn't stand a chance."),
    (N, False, "none", "Did the low ropes course at my grandson's party and didn't fall off once. Not bad for a new hip at 71."),
    (N, False, "none", "Sunday night ritual: all my pills lined up and sorted into the weekly organiser. Put a podcast on and it's almost relaxing. Transplant life."),
    (N, False, "none", "Tonight's the night, first dinner without the feeding tube in three months! Wish me luck with actual food."),
    (N, False, "none", "I've decided to end it with my rheumatologist. Moving to a new practice after she dismissed my pain three visits in a row."),
    (N, False, "none", "Asked the GP for an extra month of my tablets because we're going to India for my cousin's wedding. Any tips for carrying insulin through Dubai airport?"),
    (N, False, "none", "Finally got the car in the garage before the snow so I can get to my infusion on Monday without scraping the windshield for twenty minutes. Small wins."),
    (N, False, "none", "Won't be here next week, folks, I'm going off grid camping with the grandkids. Jane, our other moderator, is holding the fort."),
    (N, False, "none", "Set up scheduled texts on Dad's phone to remind him about his Parkinson's tablets. Game changer, he hasn't missed a dose all week."),
    # none: news, books, TV, fiction
    (N, False, "none", "Just finished A Little Life and I'm in pieces. The self-harm parts were hard going. Not sure I'd recommend it if you're struggling, but it's beautifully written."),
    (N, False, "none", "Did anyone watch the documentary about junior doctors last night? The bit where the registrar talked about losing a patient to suicide really stayed with me."),
    (N, False, "none", "Saw in the news that a big study found people with long-term pain are at higher risk of depression and suicidal thoughts, and that GPs should ask about it more. Good that it's being talked about."),
    (N, False, "none", "For my creative writing class I wrote a story where the narrator's brother has died by suicide and she's clearing out his flat. My tutor says it's the best thing I've written. Writing has helped me more than the IBS diet ever did."),
    (N, False, "none", "Grey's Anatomy has killed off yet another character I loved. Why do I keep doing this to myself."),
    (N, False, "none", "They played Another One Bites the Dust on the radio in the cardiology waiting room. The whole room cracked up."),
    # none: moderators and volunteers
    (N, False, "none", "Mod here. Just a reminder that posts mentioning self-harm or suicide will get a private message from the team with support links. You're not in trouble and nothing gets deleted, we just want to check in."),
    (N, False, "none", "Volunteer peer supporter here. If you care for someone with dementia and it's all getting too much, our carers' chat runs every Thursday at 7pm. No judgement, plenty of tea."),
    # none: worried family, no current risk
    (N, False, "none", "My husband has been very low since his stroke and I was worried. His stroke nurse asked him straight out whether he'd had thoughts of ending his life and he said no, he's frustrated, not suicidal. He starts counselling next week."),
    (N, False, "none", "My mother is very quiet since her hearing got worse. I asked her honestly if she feels like not living and she said no, she only feels left out of conversations. We are getting her hearing aids checked and I am learning some signing."),
    (N, False, "none", "Our 16 year old has been moody and hiding in his room. The diabetes team psychologist screened him, no thoughts of self-harm, just a lot of burnout. She's seeing him every fortnight now."),
    # none: accidental injury
    (N, False, "none", "Cut myself shaving and on warfarin it bled for ages. Walked into the team meeting with toilet paper stuck to my chin."),
    (N, False, "none", "Grabbed the kettle wrong and burned my palm. With the MS I barely felt it until it blistered."),
    (N, False, "none", "Fell in the garden again, Parkinson's freezing. Grazed both knees like a six year old. My husband's fitting a rail by the back step."),
    # none: hard days, honest reassurance
    (N, False, "none", "Rough week with the endo pain, cried at work and cancelled all my plans. I'm not going to hurt myself or anything, I just need to vent to people who get it."),
    (N, False, "none", "Honestly some days with this heart failure I feel like I'm just existing. But I've got my garden and my dog and I'm not going anywhere yet!"),
    (N, False, "none", "I'm tired, not suicidal. There's a difference and I wish my GP understood that instead of reaching for the mood questionnaire every time I say I'm exhausted."),
    # none: everyday
    (N, False, "none", "Week three of low FODMAP and I am losing my mind. I would kill for garlic bread. Honestly I'd sell a kidney for an onion at this point. My dietitian says the reintroduction phase starts next week, thank god. The bloating is a lot better, I'll give it that. My partner has been brilliant and eats the same as me so I'm not tempted. Work lunches are the killer, everything has garlic in it. I've been taking rice and chicken in a tub every day like a bodybuilder. Anyone got a decent low FODMAP stock cube they'd recommend in the UK? The ones I've found taste like salty water."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten9.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw9-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
