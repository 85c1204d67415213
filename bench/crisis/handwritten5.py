#!/usr/bin/env python3
"""Write handwritten5.jsonl: a sixth held-out set, hand-written one post at a time at the start of
the fourth round, before any change of that round. Voices: UK, Irish, Australian, New Zealand,
Indian and Canadian English, teenagers texting, older people, carers; typos, run-on sentences,
long posts with the signal in one middle sentence, posts about someone else, and many hard
negatives of every kind in the corpus README. Never tuned on: scored once before the round
("before") and once at its end ("after"); its misses are not read in between.
Content note: as in the corpus README, methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, False, "self", "Right so this is hard to type. The consultant rang about the scan and it's spread again. I've put the house deeds and a letter for Siobhan in the hall drawer. I'm ending things tonight after the match finishes, I'm not frightened anymore."),
    (I, True, "self", "sat in the car at the top of the multi storey. gonna jump when its dark enough. tell my nan i love her"),
    (I, False, "self", "Kia ora whanau. I won't be on here after this weekend. I've decided to take my own life on Saturday while everyone's away at the marae. Thanks for all the korero over the years."),
    (I, True, "self", "Respected members, I am 58, sugar patient and kidneys failing. I have collected my sleeping tablets for two months and today night I am going to swallow all. Kindly pray for my wife."),
    (I, False, "self", "ok so ive decided. 2moro after skool im doing it. wrote letters 4 my sis n my bff. dont message me"),
    (I, False, "self", "Update on the shoulder: physio has me doing the wall crawls and the band exercises three times a day and honestly the range is coming back a bit. Pain clinic appointment got moved to the 14th which is annoying. The truth is I've given my cat to the lady next door and I mean to end my life before the 14th ever comes. Anyway the band exercises are worth it if your shoulder is frozen like mine was."),
    (I, True, "self", "I quit my dialysis three weeks ago and told the unit I'd moved to my sister's in Moncton. Nobody knows. I want to be gone before Christmas and it won't be long now."),
    (I, False, "self", "I am 81. I have had a good innings and I have decided that this evening I shall end it. The solicitor has everything in order. Please do not think badly of me."),
    (I, False, "self", "Fair dinkum I'm done. Told the boss I'm not coming in Monday, won't be needing to. Going to top myself tonight after the footy."),
    (I, False, "self", "i already took a load of stuff about 20 mins ago. feeling weird and floaty. not telling anyone where i am"),
    (I, True, "self", "Got a rope from the hardware shop today. It's in the shed. Tonight I'm going to use it and be done with all of this."),
    (I, False, "self", "i cnat keep goin. im gonna kil myself tonite, sorry to evry1 who tryed to help me"),
    (I, False, "self", "I've set my email to send to my brother on Thursday morning with the passwords and where the dog's papers are. By Thursday I won't be here to do it myself."),
    (I, True, "self", "Standing on the bridge over the motorway right now. Just wanted someone to know. I'm going over."),
    (I, False, "self", "This will be my last message to anyone. I've made up my mind and it happens this weekend."),
    (I, True, "self", "I am having my stored tablets in front of me. I will take them after everyone in the house sleeps. Sorry to all the group members."),
    (I, False, "self", "No point rebooking my infusion for the 3rd. I'm ending my life on Sunday and I've made my peace with it."),
    (I, False, "self", "so the rheum said my bloods are worse and my mum is away til next week and i been thinking about it for ages and tonight is the night i end it i just wanted to say thank u to the ppl in this group who were nice to me"),
    (I, True, "self", "Heading down to the train tracks now. Not coming back from this one. Love to my girls."),
    # imminent, someone else
    (I, False, "other", "My dad sent the family group chat a message saying he loves us and he's sorry, and now nobody can reach him. He's been saying he wants to die since Mum passed. Ringing 999 now."),
    (I, True, "other", "My sister says she's walking to the river tonight to end it. She's got her coat on and won't let me take her keys off her."),
    (I, False, "other", "my gf just snapped me saying this is goodbye and shes gonna kill herself tonight. shes not opening my msgs pls help"),
    (I, True, "other", "Mate's taken his shotgun out of the safe and says he's ending it tonight. I'm on my way over and I've called triple zero."),
    (I, False, "other", "My husband, who has Parkinson's, has written letters to each of the children and told me this morning that he will not be here by Friday. He has been very low. I do not know what to do."),
    (I, True, "other", "My son has stopped his transplant meds on purpose and told me today he wants to die before the end of the month. He's 19."),
    # ideation, the author
    (D, False, "self", "Most nights lately I go to bed hoping the morning doesn't come for me. Nine years of Crohn's and I'm knackered."),
    (D, False, "self", "ngl i wanna die. every1 at school thinks im faking the pots"),
    (D, False, "self", "What is the use of my living like this. My children have to carry my burden. Better I am gone."),
    (D, False, "self", "Reckon the whanau would be better off without me to be honest. I'm just a cost to everyone now."),
    (D, False, "self", "I am 90 and I pray each night that the Lord will take me. I am tired of being a nuisance to the nurses."),
    (D, False, "self", "Quick one about the Libre sensor, mine keeps peeling off at the edges in the heat, anyone found a good overpatch? Also a bit of a confession, I've been thinking about suicide most days since the divorce and I don't really know who to say it to. Back to the sensor, the clear ones from the chemist are rubbish."),
    (D, True, "self", "When I drive over the high bridge on the way to dialysis I picture driving off it. I haven't got a plan, it just shows up in my head every single time."),
    (D, False, "self", "I don't want to be alive anymore. That's it, that's the post."),
    (D, False, "self", "i jsut want to dissapear forever and not be alive, evrything hurts"),
    (D, False, "self", "I'm fierce tired of it all. Part of me wants to go to sleep and stay gone."),
    (D, False, "self", "Kind of hoping the next hypo just takes me, to be honest."),
    (D, False, "self", "Full-time carer for Mam, she's got Alzheimer's. Lately I catch myself wanting to be dead too, I'm that worn out. I love her to bits but there's no way out that I can see."),
    (D, True, "self", "I've got a box of Mum's old tablets I never took back and I keep looking at it and thinking about swallowing the lot. Not tonight, I'm not planning anything, it's just there in my head."),
    (D, False, "self", "Been thinking about unaliving lately tbh. therapy waitlist is 6 months"),
    (D, False, "self", "Thoughts about killing myself have been coming back since they switched my meds. No plan, but they're loud."),
    (D, False, "self", "death honestly feels like the only way out of this pain now."),
    (D, False, "self", "Every day is just marking time till the end now, and honestly I'd welcome the end coming sooner."),
    (D, True, "self", "I keep thinking I could just stop the anti-rejection tablets and let it happen. Nobody would know for a while."),
    (D, False, "self", "Some arvos I sit in the ute and think about not being around anymore. Doesn't help that the crop failed."),
    (D, False, "self", "i dont see a future for me at all. i think about my funeral a lot and it feels like relief"),
    (D, False, "self", "mum says im being dramatic but i genuinely think about ending it like every day since the diagnosis and i dont know how to tell her"),
    (D, True, "self", "There's a rope in the garage from the camping gear and I've caught myself thinking about it more than once. I'm not going to do anything tonight."),
    (D, False, "self", "Sometimes I feel to end my life only, then this pain will stop."),
    (D, False, "self", "If I didn't wake up tomorrow I wouldn't be sorry. I'm so tired."),
    # ideation, someone else
    (D, False, "other", "My daughter (15) told her school counsellor that she thinks about killing herself most days. We only found out yesterday."),
    (D, False, "other", "Dad keeps saying he'd be better off dead since the leg came off. He said it again at tea tonight and he meant it."),
    (D, False, "other", "Himself came out with it over dinner: he wishes he was dead. Forty years married and he's never once said the like, not before this diagnosis."),
    (D, False, "other", "My best friend keeps texting that she wants to disappear for good and not be alive. She's still saying it today."),
    # self-harm, the author
    (S, False, "self", "Came home from the diabetes clinic and cut myself. Had been clean since last spring."),
    (S, False, "self", "relapsed on sh yesterday. 3 months clean gone. dont tell me to call someone"),
    (S, False, "self", "When the pain gets unbearable I hold a lighter to my arm. Did that again this morning, it's becoming a habit."),
    (S, False, "self", "Last night I kept slamming my head into the bedroom door till my thoughts went quiet. Happening more since the seizures got worse."),
    (S, False, "self", "keep scratching at my wrists till they bleed, on purpose. its the only thing that helps atm"),
    (S, False, "self", "I am hurting myself again with the blade since last week. My parents don't know."),
    (S, False, "self", "I'm 63 and I've started hitting myself when I'm angry at my body. Did it twice this week. I feel so ashamed."),
    (S, False, "self", "The new neuro nurse is lovely, she actually listens. Sorting the DLA forms is another story, they want everything in triplicate. I should say I've gone back to cutting, a few times this week, mostly on my legs where no one sees. Anyway if anyone has done the PIP assessment, how long did it take?"),
    (S, False, "self", "Did the thing with the razor again last night. Wearing long sleeves to work in 35 degree heat to hide it."),
    (S, False, "self", "i bit my arm till it bled again yesterday when the tics got bad. i do it on purpose so i dont scream"),
    # self-harm, someone else
    (S, False, "other", "My son (14) has been cutting his thighs, I found the plasters and blood on his sheets this week. He admitted it."),
    (S, False, "other", "My partner burns herself with cigarettes when she's stressed, found a fresh one today."),
    (S, False, "other", "Caught my teenage daughter hitting herself in the bathroom last night, she says she does it most days since the diagnosis."),
    (S, False, "other", "My flatmate has been cutting again, she showed me the fresh ones this morning and asked me not to tell anyone."),
    # none: idioms
    (N, False, "none", "The metformin is murdering my stomach this week, anyone else?"),
    (N, False, "none", "My pump battery died mid-flight, absolute nightmare with the cabin crew."),
    (N, False, "none", "That prep for the colonoscopy nearly killed me haha, never again"),
    (N, False, "none", "Killing time in the waiting room, two hours late as usual."),
    (N, False, "none", "I'd kill for a decent night's sleep. The steroids have me up at 4 every morning."),
    (N, False, "none", "Knock 'em dead at your job interview tomorrow, you've got this!"),
    (N, False, "none", "My phone's on its last legs, so if I go quiet that's why."),
    (N, False, "none", "Nearly died of embarrassment when my stoma bag made a noise in the quiet carriage."),
    (N, False, "none", "Dying for a cup of tea after the fasting bloods this morning."),
    (N, False, "none", "These new shoes will be the death of me lol, blisters everywhere"),
    (N, False, "none", "The heat is killing me, 40 degrees in Adelaide today and the aircon's broken."),
    (N, False, "none", "I'm going to end it with this endocrinologist and find a new one, she never listens."),
    (N, False, "none", "Kill two birds with one stone: bloods and the flu jab on the same trip."),
    # none: hyperbole and jokes
    (N, False, "none", "if i have to do one more glucose tolerance test i will literally die lmao"),
    (N, False, "none", "Honestly I'd rather jump off a cliff than sit through another phone queue with that music on loop 😂"),
    (N, False, "none", "kill me now, the hospital wifi is down again 🙄"),
    (N, False, "none", "My cat is plotting my murder because I'm late with his breakfast."),
    (N, False, "none", "Pretty sure this infusion chair is trying to kill me, my back is wrecked"),
    (N, False, "none", "omg the nurse was like 'any thoughts of hurting urself' and i was like no im just hangry lol"),
    # none: clinical talk
    (N, False, "none", "The pharmacist explained that taking too much paracetamol can damage the liver, so I keep a chart on the fridge now."),
    (N, False, "none", "Started sertraline. The insert says to tell the doctor about any thoughts of suicide, which freaked me out a bit, but I've not had any. Is that warning standard?"),
    (N, False, "none", "Annual review ticked off: the GP ran through the mood questions, the self-harm one and the one about wanting to end it. Answered no across the board and meant it."),
    (N, False, "none", "PHQ-9 at the memory clinic today, they always ask the question about being better off dead. Mum answered no and then asked for a biscuit."),
    (N, False, "none", "Our ward had naloxone training today, useful for anyone caring for someone on strong opioids."),
    (N, False, "none", "The nurse doing the overdose risk assessment for my dad's morphine pump said he's low risk because I manage it."),
    (N, False, "none", "On my mental health first aid course we learned to ask directly if someone is thinking of suicide. Asking doesn't put the idea in their head."),
    (N, False, "none", "The pain clinic psychologist asked whether I feel hopeless. I said sometimes, but no thoughts of ending it."),
    # none: the past, recovery
    (N, False, "none", "Twelve years on from my attempt, and this afternoon I walked across the stage as a qualified nurse. It does get better."),
    (N, False, "none", "My old self-harm scars show when I wear short sleeves and I've stopped caring. They're part of my story."),
    (N, False, "none", "Had my safety plan on the fridge for years. Took it down last month because I genuinely don't need it anymore, and I feel good about that."),
    (N, False, "none", "When I was 17 I used to cut. I'm 34 now with two kids and a mortgage and I haven't done it since uni."),
    (N, False, "none", "Last year I was suicidal after the transplant failed. I'm on the list again, seeing a psychologist, and honestly I'm in a much better place."),
    (N, False, "none", "My mate tried to take his life in 2019. He's doing great now, just got engaged to his girlfriend."),
    (N, False, "none", "Our GP asked if I'd ever self-harmed. Told her honestly it was only as a teenager."),
    (N, False, "none", "Lost my father to suicide at twelve, and my twenties were a mess of services and wards. At forty I've a good therapist and a garden I love. Posting because the memory clinic asked about family history today and it brought it all up, but I'm fine, just reflective."),
    # none: grief
    (N, False, "none", "Two years gone today since we lost our Ciaran to suicide. Lit a candle at his photo. Miss you, bro."),
    (N, False, "none", "Our local suicide bereavement group meets on Thursdays, it's helped me so much since losing my son."),
    (N, False, "none", "My friend from the dialysis unit died last week. Going to her funeral tomorrow, she was a gem."),
    (N, False, "none", "Nan passed away peacefully in the hospice on Sunday. She was 94 and sharp to the end."),
    # none: news and awareness
    (N, False, "none", "Signed up for a charity fun run raising money for suicide prevention next month, anyone else running?"),
    (N, False, "none", "Reminder for our Aussie members: Lifeline is 13 11 14 if you ever need it."),
    (N, False, "none", "Saw a news piece about a study linking chronic pain to higher suicide risk. Interesting but grim reading."),
    (N, False, "none", "World Suicide Prevention Day is on the 10th, our clinic is handing out leaflets in the foyer."),
    (N, False, "none", "Going to a talk tonight on supporting someone who's suicidal, run by the carers' centre."),
    (N, False, "none", "My son's school had an assembly on self-harm awareness and he came home with good questions."),
    # none: worried carers, no current risk
    (N, False, "none", "Been worried sick about my fella since the stroke, he's so flat. Sat him down last night and asked plainly whether he'd had any thoughts of hurting himself. He said no, not at all, and he's booked the GP for Tuesday."),
    (N, False, "none", "My daughter is low after the diagnosis but she's safe, she's talking to the school counsellor and eating again."),
    (N, False, "none", "My dad says he's fed up with the pain, but when I asked he said he's not thinking of ending anything, he just wants a better mattress."),
    # none: end of life
    (N, False, "none", "Mum signed the do-not-resuscitate form today. The hospice have a bed for her from Monday. It feels calm, she's ready."),
    (N, False, "none", "Dad and the kidney doctors agreed together that dialysis ends this week and he goes onto comfort care. We're all taking turns sitting with him."),
    (N, False, "none", "Anyone written an advance care directive? Mine says no ventilation if I'm not going to recover."),
    (N, False, "none", "Parliament's voting on end-of-life choice again, would love to hear from people with a terminal diagnosis what they think."),
    (N, False, "none", "Palliative nurse came round today and sorted Dad's syringe driver, he's comfortable now."),
    (N, False, "none", "When my time comes I want to go peacefully, not in an ICU. Talked to my kids about it over the Sunday roast."),
    # none: quotes, songs, fiction
    (N, False, "none", "Radio played 'Another One Bites the Dust' right as the nurse took my blood lol"),
    (N, False, "none", "My grandad used to say the only sure things are death and taxes, and he'd have loved the tax bit of this hospital bill."),
    (N, False, "none", "Reading To Kill a Mockingbird with my Year 9s, any tips for explaining it to kids with ADHD?"),
    (N, False, "none", "Watched a film last night where the main character attempts suicide, it was handled really sensitively."),
    (N, False, "none", "Grandma keeps joking she'll outlive us all, and she probably will at this rate"),
    # none: lookalikes
    (N, False, "none", "This is my last post in the T1 teens group because I'm turning 18 and moving to the adult one. Thanks for everything!"),
    (N, False, "none", "Pump start went well, so I've got boxes of unused pen tips and strips to pass on. Free to anyone in Hamilton."),
    (N, False, "none", "Writing letters to my insurer and the hospital billing office this weekend, wish me luck."),
    (N, False, "none", "Last clinic with Dr Mahony before she retires, after three decades on the ward. Brought her a card and some flowers."),
    (N, False, "none", "Been saving up my tablets because the chemist keeps running out and I'm going to India for six weeks."),
    (N, False, "none", "Heads up: the bridge into town is shut for roadworks, give yourself an extra half hour to get to outpatients."),
    (N, False, "none", "Cut my dose of prednisone down today, feeling ok so far."),
    (N, False, "none", "Tonight's the night, first run with the new closed loop system. Nervous!"),
    (N, False, "none", "Ending my membership at the gym, just can't afford it with the prescription charges."),
    (N, False, "none", "Final goodbye to my old Omnipod, the new one arrived today 🎉"),
    (N, False, "none", "I'm checking out of the hospital tomorrow morning finally! Two weeks on the ward."),
    (N, False, "none", "My plan is ready: meal prep Sunday, bloods Monday, and then the beach."),
    (N, False, "none", "Got a rope for the tyre swing for the grandkids at the weekend."),
    (N, False, "none", "Took all my tablets this morning like I'm meant to, set an alarm now so I don't forget."),
    (N, False, "none", "I'm not going to be around on the forum much next month, off travelling to Queenstown."),
    (N, False, "none", "Standing on the edge of the pool at hydrotherapy terrifies me but I did it!"),
    (N, False, "none", "I'm moving to Perth next month so this is my last post here for a while, thanks all."),
    (N, False, "none", "Work dinner tonight, my last night before the holiday, going to eat everything."),
    # none: accidental injury
    (N, False, "none", "Sliced my thumb chopping onions and because of the warfarin it wouldn't stop bleeding for ages."),
    (N, False, "none", "Burned my hand on the kettle and didn't feel it, the neuropathy is getting worse."),
    (N, False, "none", "Arms covered in bruises from the blood draws this week, I look like I've been in a fight."),
    (N, False, "none", "Scratched my eczema in my sleep and woke up with blood on the pillow."),
    (N, False, "none", "Fell off my bike and grazed both knees, on blood thinners so it looks like a crime scene."),
    # none: negation, hypotheticals, ordinary hard days
    (N, False, "none", "I'm not going to kill myself, so please stop asking, I just need to vent about the waiting list."),
    (N, False, "none", "Rough week, had a big cry in the car park, but I'm okay and my sister is coming over tonight."),
    (N, False, "none", "I'd never do anything to myself, I just feel flat. Is that normal after the steroids?"),
    (N, False, "none", "Feel like giving up on this diet honestly, the cravings are insane."),
    (N, False, "none", "i'm so done with this flare lol, back to bed with the hot water bottle"),
    (N, False, "none", "I'm done with people telling me to just try yoga."),
    (N, False, "none", "No thoughts of suicide or anything like that, just really anxious about the biopsy on Friday."),
    (N, False, "none", "Some days I want to throw the glucometer out the window but I keep going."),
    (N, False, "none", "Long post, apologies. Diagnosed with lupus in the spring, had the rash, joint pain, the works. Hydroxychloroquine started in June and the eye test was fine. Work have been decent about flexible hours. The fatigue is what gets me, I come home and I'm dead on my feet by 7. Anyone got tips for pacing that actually work?"),
    (N, False, "none", "Bit of a rant. The council still hasn't fixed the ramp outside my flat, the physio says the knee is slow, and the chemist gave me the wrong strength twice this month. I'm fed up but I'm not giving up, I've booked a chat with the patient advice service and my neighbour is driving me to the next appointment."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten5.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hv-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
