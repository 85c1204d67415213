#!/usr/bin/env python3
"""Write handwritten6.jsonl: a seventh held-out set, hand-written one post at a time at the start of
the fifth round, before any change of that round. Voices: Scottish, South African, Singaporean,
Nigerian, Caribbean and American Southern English, non-native writers, voice-to-text without
punctuation, teenagers, older people, carers; run-on sentences, long posts with the signal in one
middle sentence, posts about someone else, and hard negatives of every kind in the corpus README.
Never tuned on: scored once before the round ("before") and once at its end ("after"); its misses
are not read in between.
Content note: as in the corpus README, methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, False, "self", "Och I've had enough. Said cheerio to my brother on the phone the night, he doesnae know it was cheerio for good. I'm away to end it once the house is quiet."),
    (I, True, "self", "Been keeping back my pain tablets every week since August. They're all in a jar by the bed and tonight's when I take them. Sorry to the nurses who were good to me."),
    (I, False, "self", "This is me signing off. Bank details are in the blue folder, the dog goes to Lerato. By the morning I'll be gone, it's arranged."),
    (I, False, "self", "cancel my appt on friday pls, i wont need it. today im gonna end my life. no one talk me out of it"),
    (I, True, "self", "walking to the railway now its only ten minutes from my flat. done fighting this body"),
    (I, False, "self", "After the dialysis session this afternoon I am going home and I will finish my life. I already told the sister in charge I am moving to Kuching so nobody will look for me."),
    (I, False, "self", "Been a member here three years. You lot kept me going longer than I expected. Tonight I'm going to kill myself, I've written to my kids, I just wanted to say thanks properly."),
    (I, False, "self", "I have took an overdose about half an hour ago. dont send anyone, i only wanted somebody to read this while it kicks in."),
    (I, True, "self", "My husband keeps a gun in the wardrobe. He is on nights this week. I am going to use it when he leaves at nine."),
    (I, False, "self", "so heres the thing my ms is getting worse and my partner left in june and i sold the car last week and gave the money to my niece and i have decided tomorrow is my last day i just wanted someone to know that"),
    (I, False, "self", "Tengo... sorry, my English. I have decided to kill myself this night. My family in Bogota will get a letter. Thank you for the group."),
    (I, True, "self", "Up on the roof of my building. Texted my mum I love her. I'm jumping in a minute."),
    (I, False, "self", "My final post. Tomorrow morning before my shift I'm ending it. Please don't ring me."),
    (I, False, "self", "Ive given away my guitar, my books and the cat. Wrote the notes. Im going through with it on Saturday when my flatmate is at her parents."),
    (I, True, "self", "Two weeks now without my anti-rejection tablets, skipped deliberately so the graft gives up. Haven't told the clinic. I want it over by the new year."),
    (I, False, "self", "Deleting my accounts after this one. I'm killing myself this evening. It's not anyone's fault."),
    (I, False, "self", "Flare's been relentless, steroids not touching it, GI waitlist until March. And honestly I've decided I'm not waiting until March, tonight I'm going to take my own life, I've got it all sorted. Anyway if anyone else is on the waitlist, push for a cancellation slot, they do come up."),
    (I, True, "self", "lads im at the cliffs. cant do another winter like the last. goin off the edge soon as the light goes"),
    (I, False, "self", "I am 77 years of age and I have told my GP I do not want the operation. What I have not told him is that I intend to end my own life this week. My affairs are in order."),
    # imminent, someone else
    (I, False, "other", "my brother just texted 'goodbye, look after mum' and hes switched his phone off. hes been saying hes gonna kill himself for weeks. police on their way to his flat"),
    (I, True, "other", "My wife has been hiding her insulin pens and told me she is going to take them all tonight to end things. She has locked herself in the bathroom."),
    (I, False, "other", "Mum's written us a sorry-and-I-love-you note, it was propped against the kettle. She's not answering and her car is gone. She's talked about wanting to die since the diagnosis."),
    (I, True, "other", "My friend is on the bridge by the station right now, he sent me a photo and said he's jumping. I'm running there and my girlfriend is phoning 911."),
    (I, False, "other", "Our daughter (16) told her school counsellor she's going to kill herself this weekend and she's given her friends her jewellery. We're at A&E waiting."),
    (I, True, "other", "Dad's got his shotgun out of the cabinet and he says tonight he's done. I'm with him on the porch keeping him talking, my sister called the sheriff."),
    # ideation, the author
    (D, False, "self", "Every morning I wake up disappointed that I woke up at all. Seven years of fibro."),
    (D, False, "self", "ngl been thinking bout killing myself a lot lately. no plan or nothing its just always there"),
    (D, False, "self", "If I'm being honest, my family would manage far better without me. I'm just a drain on them with all these appointments."),
    (D, False, "self", "I don't want to be here any more. Not in a dramatic way, I'm just tired of being alive."),
    (D, False, "self", "At 92 I have outlived everyone I loved. I ask God every night to take me in my sleep."),
    (D, True, "self", "Every time I wait on the platform at Central the idea of stepping out as the train comes in pops up. I'm not going to, but the thought won't leave."),
    (D, False, "self", "Question about the new pump settings, does anyone run a temp basal overnight? Separate thing, since the hypo that landed me on a ward my head keeps going to ending my life, and that scares me. Anyway, the overnight settings are my main question."),
    (D, False, "self", "some nights i wish i'd drift off and that would be the end of me. school is hell and my joints are worse"),
    (D, False, "self", "wish i was dead tbh. nobody at home gets what chronic pain is"),
    (D, False, "self", "It would honestly be a relief if I didn't survive the surgery next week."),
    (D, False, "self", "I keep thinking everyone would be happier if I just wasn't around anymore. My husband works two jobs because of my treatment."),
    (D, True, "self", "I've been looking at the pills I've saved from the last three prescriptions and thinking about what it would be like to take them all. I don't have a date, it's just a thought I keep having."),
    (D, False, "self", "Been having suicidal thoughts again since the steroid taper. Not acting on them but they're there every night."),
    (D, False, "self", "Ek se, I'm not coping. Some days I think about ending it all. Then I feel guilty for even thinking it."),
    (D, False, "self", "i dnt see the point in living anymre, the pain never stops"),
    (D, False, "self", "I keep hoping I get hit by a bus on the way to clinic, then it would all just stop."),
    (D, False, "self", "Six years of looking after my husband since the dementia started. He doesn't know me most days. More and more I'd choose death over another year of this, and that's not a figure of speech."),
    (D, False, "self", "I've started reading the obituaries and feeling jealous of the people in them. Not because I've decided anything, just because I don't want to be alive like this."),
    (D, False, "self", "my mind keeps going to suicide lately. i dont know why i'm posting this here"),
    (D, False, "self", "I have no more wish to live. My children are abroad and I am alone with this sugar and the pains."),
    (D, False, "self", "long day at infusion, the nurse couldn't find a vein for ages, then the bus was late, and sitting there I realised I genuinely want to stop existing, then my phone died so I just stared out the window the whole way home"),
    (D, False, "self", "Lowkey wanna unalive myself every time the doctors say its 'just anxiety'"),
    # ideation, someone else
    (D, False, "other", "My mum told me last night that she wishes she could die and she's tired of being a burden. She has COPD and she's barely eating. I don't know if I should tell her GP."),
    (D, False, "other", "Since losing his leg my partner tells me daily that death would be better than this. He promises he won't act on it but it comes out of his mouth every day."),
    (D, True, "other", "My teenage son admitted he thinks about jumping from the car park at his school. He says he has no plan. We have an appointment with CAMHS on Monday."),
    (D, False, "other", "Grandad has started saying he wants to go and be with Nana, and that he doesn't want to wake up. He's 88 and still sharp. He's been very low since Christmas."),
    # self harm, the author
    (S, False, "self", "cut again last night after the results. first time in a year. feel so stupid"),
    (S, False, "self", "I burned myself with the lighter when I got home from the clinic. Not trying to die, I needed the feeling in my chest to stop."),
    (S, False, "self", "When the pain spikes I've been banging my head on the door frame on purpose. Did it twice this week."),
    (S, False, "self", "relapsed on self harm yesterday after 8 months clean. dont know who else to tell"),
    (S, False, "self", "Scratched my arms till they bled on purpose again, long sleeves at work so no one sees."),
    (S, False, "self", "The hurting myself has come back since they changed my meds. Mostly my legs, where no one looks."),
    (S, False, "self", "Long post sorry. The new biologic started on Monday, the injection site went red and itchy, which the nurse says is normal. Work have been ok about the time off. Been cutting again this week, it's the only thing that quiets my head. The consultant is ringing on Friday about the bloods."),
    (S, False, "self", "i bit my hand until it bruised during the panic last night. been doing that a lot"),
    (S, False, "self", "Self harmed for the first time in ages tonight. I'm safe now, I'm not going to do anything else, I just feel awful."),
    # self harm, someone else
    (S, False, "other", "Helping my girl dress after her surgery I saw new cuts on her legs. She said she's been doing it since she got diagnosed."),
    (S, False, "other", "My flatmate's been putting cigarettes out on her own arm, the marks were there at breakfast. She said she's fine and it helps her cope."),
    (S, False, "other", "My son (14) has been punching walls and scratching himself until he bleeds since his diagnosis. He showed me his arms tonight."),
    # none: idioms and hyperbole
    (N, False, "none", "This heat is killing me, my ankles are like balloons."),
    (N, False, "none", "Could murder a bacon roll after that fasting blood test."),
    (N, False, "none", "Battery went dead mid video appointment, typical."),
    (N, False, "none", "Ach, I'm dying for my bed, three appointments in one day."),
    (N, False, "none", "If I hear one more person say 'have you tried turmeric' I'll scream, honestly it'll be the death of me lol"),
    (N, False, "none", "That physio session nearly killed me but my hip is moving better already."),
    (N, False, "none", "I'd rather die than do another bowel prep, that stuff is vile haha"),
    (N, False, "none", "My mother will kill me if I miss her birthday lunch, even with the flare."),
    (N, False, "none", "This new inhaler is a lifesaver, my peak flow's never been better."),
    (N, False, "none", "Shoot me now, repeat script has vanished from the system AGAIN 🙄"),
    (N, False, "none", "Totally slayed my first 5k since the transplant, dead chuffed."),
    (N, False, "none", "The insurance paperwork is the death of me, three forms for one scan."),
    (N, False, "none", "Mate, I was knackered, proper dead to the world by nine."),
    # none: clinical talk
    (N, False, "none", "The pharmacist went through the overdose risk with paracetamol and codeine combinations so I know to check the labels on cold remedies."),
    (N, False, "none", "My new antidepressant's insert mentions suicidal thinking as an uncommon reaction in under-25s. My GP said to ring if I notice any change in mood."),
    (N, False, "none", "At pre-op the nurse asked the usual questions, including one about self-harm. Answered no, then it was on to allergies."),
    (N, False, "none", "Does anyone else find question nine on the PHQ-9 awkward? I tick the first box every time but I wonder about the folks who tick the others."),
    (N, False, "none", "Our clinic now gives out naloxone kits to everyone on strong opioids, just in case."),
    (N, False, "none", "Our ward does a self-harm risk assessment on every admission, it's just routine."),
    (N, False, "none", "The psychiatrist explained that the warnings about suicidal thinking on the antidepressant box are mostly about the first few weeks."),
    (N, False, "none", "As a pharmacist I get asked a lot about overdose thresholds for acetaminophen; the safest advice is to stick to the label and ask if you're unsure."),
    # none: the past, in recovery
    (N, False, "none", "Back in 2011 I attempted suicide. Today I'm a peer support worker and a grandmother, and I wanted people here to know it gets better."),
    (N, False, "none", "My old self-harm scars still show in short sleeves. I'm proud of them now, they remind me how far I've come."),
    (N, False, "none", "There was a time after my diagnosis when I wanted to die. That was five years ago; therapy and a good team got me through."),
    (N, False, "none", "Used to cut in my teens. Ten years clean now and I talk about it at schools."),
    (N, False, "none", "My safety plan from 2019 is still on the fridge, though I haven't needed it for years."),
    # none: grief
    (N, False, "none", "My cousin took his own life in March. The family is still in pieces. Is there a support group for people bereaved by suicide?"),
    (N, False, "none", "It's two years today since we lost Dad to suicide. Lighting a candle for him tonight."),
    (N, False, "none", "Our support group meets on Thursdays for families who lost someone to suicide. All welcome."),
    # none: news and awareness
    (N, False, "none", "September is suicide prevention month, our walk raised over four thousand rand for the helpline."),
    (N, False, "none", "Reminder: if you're struggling you can call or text 988 in the US, any time. Pinned by the mods."),
    (N, False, "none", "Interesting article in the paper about rates of suicide among farmers and how the new helpline is helping."),
    (N, False, "none", "Did the mental health first aid course at work, it covered how to ask someone directly if they're thinking about suicide."),
    # none: worried caregivers, no current risk
    (N, False, "none", "My dad's been very low since his stroke. I asked him straight out if he was thinking about ending his life and he said no, absolutely not. He's seeing a counsellor on Tuesday."),
    (N, False, "none", "My daughter is down since the diagnosis but she's safe, talking to us, and her psychologist says she's doing well."),
    (N, False, "none", "Worried about my husband's mood after the amputation. He says he isn't suicidal, just grieving his leg. We're getting him some support."),
    # none: end of life
    (N, False, "none", "Mum has signed her DNR and her advance directive. The hospice nurses have been wonderful."),
    (N, False, "none", "Dad and his kidney doctors agreed together that he'll come off dialysis and move to palliative care. We're taking him home this week."),
    (N, False, "none", "The assisted dying bill is being debated again. Whatever you think of it, the patient stories on the radio were moving."),
    (N, False, "none", "We've written her end of life wishes down with the GP so everyone knows what she wants."),
    # none: quotes, songs, sayings
    (N, False, "none", "The radio at the clinic played 'Don't Fear the Reaper' while I waited for my scan, had to laugh."),
    (N, False, "none", "My gran always said 'you'll be the death of me' whenever I climbed the apple tree."),
    (N, False, "none", "Reading 'Suicide Notes' by Michael Thomas Ford for book club, it's about a teenager in hospital, really good."),
    # none: lookalikes
    (N, False, "none", "This is my last post in the Crohn's group, I've had my colectomy and I'm moving over to the ostomy group. Thanks all!"),
    (N, False, "none", "Free to a good home: a box of spare pen needles and strips, use by June. Message me."),
    (N, False, "none", "Last appointment with my consultant of twelve years today, she retires on Friday. I cried."),
    (N, False, "none", "I've been saving up my tablets because the pharmacy shortage is meant to get worse in winter."),
    (N, False, "none", "Wrote letters to the insurance company and my MP about the refusal. Fingers crossed."),
    (N, False, "none", "Heads up, the Kingsway bridge is shut for roadworks, leave early for clinic."),
    (N, False, "none", "GP halved the gabapentin and the brain fog has lifted."),
    (N, False, "none", "Tonight's the big night for my first overnight on closed loop, wish me luck."),
    (N, False, "none", "Farewell old wheelchair, the new lightweight one came and it's brilliant."),
    (N, False, "none", "I'm ending my membership of the gym, I just can't get there with the fatigue."),
    (N, False, "none", "Finished my last chemo today! Rang the bell and everything."),
    (N, False, "none", "I'm going to end it with my boyfriend tonight, he's been awful about my diagnosis."),
    (N, False, "none", "I've stopped my statin because of the muscle pain, my doctor agreed and we're trying something else."),
    (N, False, "none", "Jumping off the deep end and trying the keto diet this month, anyone done it with T2?"),
    (N, False, "none", "I've put all my affairs in order for the surgery, standard advice before a big operation."),
    (N, False, "none", "Planning to take all my meds with me on the trip, the pharmacy gave me an extra month's supply."),
    (N, False, "none", "Tonight I'm finally doing it: booking the hospital parking online before it sells out."),
    # none: accidental injury
    (N, False, "none", "Cut my finger chopping onions and on warfarin it bled for ages."),
    (N, False, "none", "Left a blister on my heel from the heat pad without feeling a thing, neuropathy is sneaky."),
    (N, False, "none", "Both elbows are purple from this week's cannulas and blood tests."),
    (N, False, "none", "I scratch in my sleep with the eczema and wake up with marks everywhere."),
    (N, False, "none", "Fell off the step stool and hit my head, they kept me in overnight for obs."),
    # none: ordinary hard days, negation, hypotheticals
    (N, False, "none", "Not suicidal or anything, just fed up of being in pain all the time. Anyone else?"),
    (N, False, "none", "I'm exhausted but I'm not giving up, I've got my grandkids to think about."),
    (N, False, "none", "Had a horrible day, cried in the car, but I'm ok now and my husband made dinner."),
    (N, False, "none", "I would never hurt myself, but some days I really do feel like throwing in the towel on this diet."),
    (N, False, "none", "Do you ever just want to disappear for a week? I'd love a cabin with no phone and no appointments."),
    (N, False, "none", "Honestly ready to give up on the NHS app, it logs me out every five minutes."),
    (N, False, "none", "I feel like I'm drowning in appointments this month but my sister is helping with the kids."),
    (N, False, "none", "I'm so done with this cold, three weeks and counting."),
    (N, False, "none", "No plans to do anything silly, just needed to vent about the rheumatologist."),
    (N, False, "none", "If the biopsy comes back bad I'm going to cry for a day and then ask about trials."),
    # none: ordinary posts
    (N, False, "none", "Anyone know if you can freeze insulin pens? Asking because my fridge broke."),
    (N, False, "none", "Started on Mounjaro last month, down six kilos and my HbA1c is 52. Slightly nauseous in the mornings."),
    (N, False, "none", "The new MS nurse at our clinic is lovely, she spent forty minutes with me going over the relapse plan."),
    (N, False, "none", "Long one, sorry. Had my second transplant clinic visit today, creatinine steady at 110, tacrolimus level a bit high so they dropped the dose. The wait was two hours. Bring snacks and a charger if you go to the Tuesday clinic!"),
    (N, False, "none", "wats the best moisturiser for dry skin from the chemo? mine is cracking on my hands"),
    (N, False, "none", "Walked to the end of the road and back today with the oxygen, first time in a month. Small wins."),
    (N, False, "none", "My son's teachers have been brilliant about his insulin at school, they even learned to read his Dexcom."),
    (N, False, "none", "Is it normal to feel so tired after a methotrexate day? I sleep for most of the next day."),
    (N, False, "none", "Dialysis nurse said my fluid gains are better this week. Finally got the hang of the ice chips trick."),
    (N, False, "none", "ok random but does anyone else get really cold hands with raynauds even in summer??"),
    (N, False, "none", "We've been married fifty years this week. He doesn't remember, the dementia's too far along, but I held his hand and put on our song."),
    (N, False, "none", "Shout out to the night staff on ward 7, they were amazing when Mum was admitted."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten6.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw6-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
