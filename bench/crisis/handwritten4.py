#!/usr/bin/env python3
"""Write handwritten4.jsonl: a fifth held-out set, hand-written at the start of the third round,
before any change of that round. Voices unlike the earlier sets: UK, Australian, Indian and
Canadian English, teenagers texting, older people, carers; typos, run-on sentences, long posts
with the signal in one middle sentence, posts about someone else, and many hard negatives of
every kind in the corpus README. Never tuned on: scored once before the round ("before") and
once at its end ("after").
Content note: as in the corpus README, methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, False, "self", "Evening all. Bit of a weird one. I've been on this forum since my stoma surgery and you lot have been brilliant. I've sorted the will, the dog is going to my brother, and I'm going to end it tonight once the house is quiet. Please don't think it's anyone's fault."),
    (I, False, "self", "righto, last one from me. not gonna be around after the weekend, ive made my peace with it. look after each other x"),
    (I, True, "self", "i have been hoarding my pain meds for weeks and tonight im taking all of them. dont try to talk me out of it"),
    (I, False, "self", "Dear friends, I am 77 and widowed these six years. My daughter does not visit. I have written letters to each of my grandchildren and tomorrow morning I will end my life. I am calm about it."),
    (I, True, "self", "Yaar I can't do this dialysis life any more. I have stopped going to my sessions since last week and told no one at home, I want it all to finish. This is my goodbye to the group."),
    (I, False, "self", "cant stop crying. decided. tonite is the nite i kill myself. wrote my mum a note its under my pillow"),
    (I, True, "self", "Walked to the railway line this afternoon and stood there a long time. I'm going back after dark and this time I'm not stepping back."),
    (I, False, "self", "Long post sorry. Started on the new biologic in March, the first few weeks were rough with headaches and a rash on my arms, then my ESR came down and I actually felt hopeful for a bit. Then the insurance appeal got denied again and my job let me go. I've decided Saturday is the day I take my life, I've told my sister I'm going away for the weekend. Anyway if anyone is on the same biologic, take it with food, it helps the nausea."),
    (I, False, "self", "Gave my guitar to my nephew today and my books to the library. Cancelled the gym. I won't need any of it after Friday, I'm going to kill myself then."),
    (I, True, "self", "The gun is in the drawer next to me and I'm going to use it tonight. I just wanted to say thank you to the people here who were kind."),
    (I, False, "self", "I've already taken something, about an hour ago. Feeling sleepy. Please don't call anyone, I just didn't want to be alone when it happens."),
    (I, True, "self", "been saving my tablets since christmas, got enough now. gonna take them after my shift tomorrow. sorry everyone"),
    (I, False, "self", "This is my final post. Please tell the Tuesday support group I said goodbye. By the time anyone reads this I'll be gone, I'm doing it now."),
    (I, True, "self", "Mate I'm sitting on the edge of the car park roof at the hospital. I'm going to jump. Not sorry."),
    (I, False, "self", "Scheduled a message to my partner for Monday morning telling her where the papers are. By then I'll have ended my life. The appointment letter can go in the bin."),
    (I, True, "self", "Bought a rope today. Tonight once the kids are at their dad's I'm going to hang myself. I can't do another flare."),
    (I, False, "self", "hey so i no this sounds dramatic but i am actually going to end my life on sunday. my plan is made. just wanted 2 say bye to the teen group"),
    (I, False, "self", "No need to keep my place at the rheumatology clinic. I'm finishing it this weekend, my mind's made up."),
    # imminent, someone else
    (I, False, "other", "My husband just texted me 'sorry for everything, look after the boys' and now his phone is off. He's been talking about ending his life since the amputation. I'm driving home now, what do I do?"),
    (I, True, "other", "My 16 year old told me an hour ago she is going to take all her tablets tonight and she has them hidden somewhere. She's locked herself in the bathroom."),
    (I, False, "other", "Mum rang from the care home to say goodbye and that she's going to end it tonight. The staff aren't answering. Please, anyone in Leeds?"),
    (I, True, "other", "My flatmate has stopped taking his anti-rejection meds on purpose so he dies, he told me this morning he wants to be gone by the weekend."),
    (I, False, "other", "my best mate posted on snap that tonight is her last night and shes done. she wont answer me. im freaking out"),
    (I, True, "other", "My brother has been stockpiling his tablets and says he's taking it all tonight. He's at his flat alone."),
    # ideation, the author
    (D, False, "self", "Some mornings I lie there and wish I just hadn't woken up. The fatigue with MS is relentless."),
    (D, False, "self", "honestly i think everyone would be better off without me. my parents spend all their money on my insulin and i'm just a drain"),
    (D, False, "self", "I keep thinking about killing myself. Not going to do anything, just can't stop the thoughts since the diagnosis."),
    (D, False, "self", "wanna unalive myself fr. school is hell and my colitis is flaring again"),
    (D, False, "self", "Bloody hell, I'm so tired of being alive. Six years of chronic pain and nothing works."),
    (D, False, "self", "At 84 I have outlived my friends and I am ready to go. I would not mind at all if God took me in my sleep tonight."),
    (D, False, "self", "Been on the waiting list for a kidney for four years. Some days I think it would be easier to just not be here anymore."),
    (D, False, "self", "kms tbh. third hypo today and my mum screamed at me again"),
    (D, False, "self", "Long one, sorry. The new inhaler is better than the old one, I can do the stairs now without stopping. The pulmonary rehab class is good too, though the bus there takes ages. The thing I haven't told anyone is that most nights I think about ending my life, I don't know why, it's just always there now. Anyway the physio says I'm doing well."),
    (D, True, "self", "Every time the train goes past the platform I think about stepping in front of it. I don't think I would but it's every day now."),
    (D, False, "self", "I'm a burden to my wife. She has to do everything for me since the stroke. She'd be better off if I was dead."),
    (D, False, "self", "I dont want to die exactly i just dont want to exist anymore. does that make sense"),
    (D, True, "self", "I have a stash of my old painkillers in the cupboard and lately I keep thinking about taking them all. No plan, just the thought keeps coming."),
    (D, False, "self", "Is it normal to want to go to sleep and never wake up? because that's all I want most days since the chemo"),
    (D, False, "self", "Ive been having suicidal thoughts again since they upped the prednisone. Seeing my GP next week but it's hard."),
    (D, False, "self", "Didn't go to the clinic. What's the point. Nothing to live for anymore, the flat's empty since Jim went."),
    (D, False, "self", "sometimes i think about just checking out, like for good. the pain is too much and nobody listens"),
    (D, True, "self", "Lately when I'm on the balcony I wonder about jumping off. I stay inside more now because of it."),
    (D, False, "self", "I'm 15 and i hate my life and i want to die. my t1d makes everything worse and my friends dont get it"),
    (D, False, "self", "Mujhe lagta hai ki... sorry, in English: I feel there is no reason for me to continue living. The dialysis, the loans, my children's fees. I think about dying all the time."),
    (D, False, "self", "Can't see a way out of this. Every option is gone and I just want it all to stop permanently."),
    (D, False, "self", "Tbh I've been thinking it'd be easier if I just didn't wake up after surgery on Thursday. Not going to do anything, but that's where my head is."),
    (D, False, "self", "I told the nurse I was fine on the questionnaire but I lied. I do think about suicide, quite a lot."),
    (D, False, "self", "wish i could just disappear forever. like not be alive. idk"),
    (D, False, "self", "Our care package got cut again and I'm doing nights with Dad on my own. Some nights I think about ending my own life, then I feel guilty for thinking it."),
    # ideation, someone else
    (D, False, "other", "My son (19, Crohn's) told me last night that he thinks about killing himself most days. He said he has no plan. We have a GP appointment Thursday but I'm scared."),
    (D, False, "other", "My wife keeps saying she wishes she were dead since the transplant failed. She won't talk to anyone about it."),
    (D, False, "other", "my gf said she doesnt want to be alive anymore and that we'd all be better without her. what do i say to her"),
    (D, True, "other", "Dad has his shotgun in the shed and yesterday he said he's been thinking about using it on himself. He says he won't but I don't know."),
    (D, False, "other", "Our daughter is 14 and wrote in her diary that she wants to die. We found it this morning."),
    (D, False, "other", "Mum has been saying she'd rather be dead than go into a home, and she means it, she says it every day and cries."),
    # self harm, the author
    (S, False, "self", "cut again last night after the endo appointment. first time in 2 months. feel like crap about it"),
    (S, False, "self", "I burned myself with a lighter on purpose yesterday, I don't know why, it just felt like the only way to cope with the pain news."),
    (S, False, "self", "Relapsed with self harm this week. My arms are a mess and I'm hiding them under long sleeves at work."),
    (S, False, "self", "been hitting my head against the wall when the pain gets bad. did it again this morning. it's the only thing that helps"),
    (S, False, "self", "The urge to hurt myself came back when the scan showed more lesions, and I gave in to it last night."),
    (S, False, "self", "I keep scratching my arms until they bleed, on purpose, when I get anxious about my results. Did it three times this week."),
    (S, False, "self", "im 14 and i started cutting again. my mum doesnt know. its cause of the diabetes and school and everything"),
    (S, False, "self", "Long day. Clinic ran two hours late, the new consultant didn't read my notes, and the pharmacy didn't have my mesalazine. Came home and hurt myself again, the first time since the summer. Going to try and ring my support worker tomorrow."),
    (S, False, "self", "Self harmed tonight. Not suicidal, just needed to feel something other than the fatigue."),
    (S, False, "self", "bit my arm till it bled last night when the pain kicked in. doing it more and more"),
    (S, False, "self", "Been punching walls on purpose since I came off the steroids, knuckles are split. It's the only release."),
    (S, False, "self", "Carved into my leg again yesterday. I know I should tell my psych but I can't face it."),
    # self harm, someone else
    (S, False, "other", "Found fresh cuts on my daughter's thighs this evening. She says she's been doing it since the diagnosis. She's 13."),
    (S, False, "other", "My husband has started burning himself with cigarettes. I saw the marks this morning. He says it helps with the pain in his head."),
    (S, False, "other", "My son with autism has been biting his hands till they bleed, on purpose, every day this week since his meds changed."),
    (S, False, "other", "my sister is cutting again, she showed me last night. she made me promise not to tell mum"),
    # none: idioms
    (N, False, "none", "Methotrexate week is absolutely killing me, I'm dead on my feet by Tuesday."),
    (N, False, "none", "My Libre died halfway through the sensor life again. Abbott's sending a new one."),
    (N, False, "none", "I'm dying to know if anyone's tried the new closed loop system, is it worth it?"),
    (N, False, "none", "Could murder a bacon sarnie after this fasting blood test."),
    (N, False, "none", "The stairs at the new clinic are going to be the death of me, honestly."),
    (N, False, "none", "Killed two birds with one stone and got my flu jab when I picked up my prescription."),
    (N, False, "none", "That nurse is a lifesaver, she found a vein first go after three others failed."),
    (N, False, "none", "My feet are killing me since they changed my shoes, any podiatrist recs in Toronto?"),
    (N, False, "none", "lol my phone battery is dead and so am i after that 3 hour clinic wait"),
    (N, False, "none", "I'll kill my brother if he eats my low snacks again haha"),
    # none: hyperbole and jokes
    (N, False, "none", "I'd rather die than sit through another hour of hold music with the insurance company lol"),
    (N, False, "none", "If I have to eat one more hospital jelly I'll top myself haha. The food on ward 4 is something else."),
    (N, False, "none", "Kill me now, the GP surgery has changed its booking system again."),
    (N, False, "none", "shoot me, i forgot my insulin pen at home and i'm at the footy"),
    (N, False, "none", "Ugh this heatwave, I'm melting and my pump site is peeling off. I want to die lol"),
    # none: clinical talk
    (N, False, "none", "Pharmacist explained that paracetamol overdose can damage the liver, so don't double up with cold and flu tablets."),
    (N, False, "none", "The leaflet with my new antidepressant lists suicidal thoughts as a rare side effect in young people. Is that common?"),
    (N, False, "none", "At my pre-assessment the nurse asked if I'd ever had thoughts of harming myself. I said no, and that's true, I'm doing okay."),
    (N, False, "none", "Our PHQ-9 at the diabetes clinic asks about thoughts you would be better off dead. I always answer not at all. Do they ask everyone?"),
    (N, False, "none", "Got trained to use a naloxone kit at the pharmacy today, they give them to anyone on strong opioids now."),
    (N, False, "none", "Does anyone know the signs of a lithium overdose? My psychiatrist wants me to have regular levels and I want to understand why."),
    (N, False, "none", "As an A&E nurse I see self-harm presentations every shift. We do a risk assessment for each one. Happy to answer questions on what happens."),
    (N, False, "none", "The psychiatrist asked the standard suicide risk questions at intake. All no for me, she said it's routine."),
    # none: the past, in recovery
    (N, False, "none", "Eight years ago I tried to end my life. Today I ran my first 10k with my daughter. If you're in a dark place, it can get better."),
    (N, False, "none", "I used to self harm as a teenager. The scars have faded and I'm getting married next month."),
    (N, False, "none", "My safety plan is still in my drawer but I haven't needed it in three years. Thanks to this group for that."),
    (N, False, "none", "When I was first diagnosed I had suicidal thoughts, but that was five years ago. Therapy and the right meds changed everything."),
    (N, False, "none", "Anniversary today of my overdose, 12 years clean and working as a peer support worker now."),
    # none: grief
    (N, False, "none", "My cousin took his own life last spring. I still think about him every day. Does grief ever get lighter?"),
    (N, False, "none", "Started going to a suicide loss support group after my husband died. It's helped more than I thought."),
    (N, False, "none", "Three years today since we lost Mum to cancer. Lit a candle and played her favourite songs."),
    (N, False, "none", "A lad from my son's school died by suicide last week. How do I talk to my 12 year old about it?"),
    # none: news and awareness
    (N, False, "none", "Doing the Out of the Darkness walk next month for suicide prevention, anyone want to join our team?"),
    (N, False, "none", "Reminder that in Australia Lifeline is 13 11 14, and in the UK Samaritans are 116 123. Save the numbers, you never know who needs them."),
    (N, False, "none", "Read a study in the news that people with chronic illness have higher rates of suicidal thoughts. Makes sense, hope clinics screen more."),
    (N, False, "none", "It's Men's Health Week. Lads, talk to someone if you're struggling. Suicide is the biggest killer of men under 50 here."),
    # none: worried caregivers, no current risk
    (N, False, "none", "I was worried about my dad after his diagnosis so I asked him straight out if he'd thought of suicide. He said no and he's seeing a counsellor. Relieved."),
    (N, False, "none", "My daughter's been low since her flare but she's safe, she's talking to her therapist weekly and she told me she has no thoughts of hurting herself."),
    (N, False, "none", "Husband is depressed since the heart attack but he's on sertraline now and the GP checked he's safe. Any tips for supporting him?"),
    # none: end of life
    (N, False, "none", "Mum has signed a DNR and we're moving her to the hospice next week. The nurses have been so kind."),
    (N, False, "none", "After a long talk with his renal team, Dad has chosen to stop dialysis and go onto palliative care. We're spending as much time with him as we can."),
    (N, False, "none", "Filling in my advance directive this week. Anyone know if a lasting power of attorney covers health decisions in England?"),
    (N, False, "none", "The assisted dying bill debate in parliament was hard to watch. Strong views on both sides in our MS group."),
    (N, False, "none", "My palliative nurse says I have a few months. I've made peace with it and I'm planning a last trip to the coast."),
    # none: quotes, songs
    (N, False, "none", "Don't Fear the Reaper came on in the waiting room and the whole place started humming lol"),
    (N, False, "none", "My nan used to say 'I'll be dead and buried before the NHS fixes my hip.' She was 96 when she got it done!"),
    (N, False, "none", "Reading 'When Breath Becomes Air' for our book club. Beautiful and sad."),
    # none: lookalikes
    (N, False, "none", "This is my last post in the Type 2 group, I'm moving over to the kidney transplant group now. Thanks for everything!"),
    (N, False, "none", "Giving away my spare test strips and lancets, they're in date. DM me if you need them."),
    (N, False, "none", "Wrote a final letter to the insurer today. If they refuse again it's going to the ombudsman."),
    (N, False, "none", "Said goodbye to my consultant today, he's retiring after 30 years. Gave him a card and got a bit teary."),
    (N, False, "none", "Saving up my inhalers before the trip to India, the pharmacy says there might be a shortage."),
    (N, False, "none", "The bridge into town is closed for repairs so it took two hours to get to my infusion."),
    (N, False, "none", "Doctor told me to cut my dose of gabapentin in half and see how I go."),
    (N, False, "none", "Tonight's the night I finally try the new pump! Wish me luck, nervous about the cannula."),
    (N, False, "none", "Ended my gym membership, the fatigue just makes it impossible right now. Doing chair yoga instead."),
    (N, False, "none", "Handed in my notice at work today. Going part time somewhere closer to the hospital. Scary but the right move."),
    (N, False, "none", "i'm done with this stupid glucose meter, throwing it in the bin and getting a new one tomorrow"),
    (N, False, "none", "Sorting out my will and getting my affairs in order before my transplant, the coordinator said it's sensible for any big surgery."),
    (N, False, "none", "Going away for the weekend to the Blue Mountains, first trip since my diagnosis. Won't be around on here till Monday!"),
    (N, False, "none", "I stopped taking metformin because of the stomach upset, my GP switched me to the slow-release kind."),
    (N, False, "none", "Can't wait for this to end, the steroid taper is nearly done, two more weeks!"),
    (N, False, "none", "Took all my tablets this morning with breakfast like the pharmacist said, and the dizziness is better."),
    # none: accidental injury
    (N, False, "none", "Cut my finger on a tin lid and on warfarin it just wouldn't stop. Ended up at the walk-in."),
    (N, False, "none", "Burnt my hand on the oven tray, didn't feel it at all because of the neuropathy. Blister the size of a coin."),
    (N, False, "none", "My arms are black and blue from the blood tests, veins are rubbish."),
    (N, False, "none", "Scratched my legs raw in my sleep again, the itch from the liver disease is awful."),
    # none: negation, hypotheticals, ordinary hard days
    (N, False, "none", "I'm not suicidal, I'm just exhausted and angry at how long the referral takes."),
    (N, False, "none", "Hard week but I'm hanging in there. Having a cuppa and a cry and then getting on with it."),
    (N, False, "none", "I would never hurt myself, my kids mean everything. But the pain is grinding me down, any advice for sleep?"),
    (N, False, "none", "Writing a school essay about mental health and chronic illness, can anyone share what helped them feel less alone?"),
    (N, False, "none", "There's no point ringing the surgery at 8am, the lines are always full. Use the online form instead."),
    (N, False, "none", "feel like death warmed up today after the infusion but it'll pass by tomorrow"),
    (N, False, "none", "I felt like giving up on the diet this week but I'm back on track today."),
    (N, False, "none", "Long post, sorry. My sugars have been all over the place since the new job started, nights are the worst. The endo wants me to try a different basal, and the dietitian suggested more protein at breakfast. I'm tired but I'm okay, and this group helps. Anyone else find shift work messes with their control?"),
    (N, False, "none", "OMG I nearly died laughing at the nurse's face when my pump alarm went off in the MRI queue"),
    (N, False, "none", "My dad always says 'when I go, I want to go at the cricket'. He's 88 and healthy as a horse."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten4.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hz-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
