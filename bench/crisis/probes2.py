#!/usr/bin/env python3
"""Write probes2.jsonl: tuning probes of the second round (tuned on, not held out), one or
a few per kind of phrasing the first round missed or may miss: dropped subjects, "how easy
it would be", present school talk, lying on a screening, serious after a laugh, contact lost,
reversed word order, other Englishes, teen texting, older voices, carers, typos, run-ons,
and hard negatives for each new rule.
Content note: as in the corpus README, methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # dropped subjects
    (D, False, "self", "Tired after the infusion. Been having thoughts of killing myself again, mostly at night."),
    (D, False, "self", "Feeling suicidal again since the new diagnosis. Not sure who to tell."),
    (D, False, "self", "Thinking about ending it a lot lately. The pain clinic keeps cancelling."),
    (S, False, "self", "Burned again after the phone call with the hospital. Second time this week."),
    (S, False, "self", "Cut again last night. Hiding it from my partner."),
    (N, False, "none", "Cut again by the hairdresser, way too short this time lol"),
    (N, False, "none", "Been having thoughts about switching to the pump, any tips?"),
    # how easy / nice it would be
    (D, False, "self", "Lying awake thinking how easy it would be to just not wake up."),
    (D, False, "self", "Some nights I picture how peaceful it would be to not be here at all."),
    (D, False, "self", "i think about how nice it would be to just stop existing tbh"),
    (N, False, "none", "I think about how easy it would be to switch clinics, the new one is closer."),
    # present school, uni, work
    (D, False, "self", "everyone at school thinks im fine but i think about killing myself most days"),
    (S, False, "other", "My daughter's been cutting at school, her form tutor rang us today."),
    (D, False, "self", "I'm at uni and I keep wanting to die, the fatigue makes every lecture impossible."),
    (N, False, "none", "When I was at school I self harmed a lot. I'm 40 now and doing okay."),
    # lying on a screening
    (D, False, "self", "The nurse asked about suicidal thoughts and I said no, but I lied. They're there every day."),
    (D, False, "self", "Lied to my GP when she asked if I'd thought about ending my life. I have, loads."),
    (D, False, "self", "Told the psych I was safe, that was a lie. I want to die most nights."),
    (N, False, "none", "The nurse asked about suicidal thoughts and I said no, which is the truth."),
    # better off dead than (a life)
    (D, False, "self", "Honestly I'd rather be dead than stuck in this bed for another year."),
    (D, False, "self", "I'd rather die than live another decade in this body."),
    (N, False, "none", "I'd rather be dead than caught in those awful hospital gowns lol"),
    # serious after a laugh
    (D, False, "self", "i want to die lol. not joking though, it's been months."),
    (D, False, "other", "my friend keeps saying she wants to kms and i don't think she's joking anymore"),
    (N, False, "none", "if my sugar goes low one more time in maths i'll die lol"),
    # wanting it over
    (D, False, "self", "I'd really like it all to be over now. The dialysis, the bills, everything."),
    (D, False, "self", "I would love for it all to just stop. Every day is the same pain."),
    (N, False, "none", "I'd really like the wait to be over, results are due Friday."),
    # relapse near self-harm
    (S, False, "self", "Relapsed again last night. The self harm, I mean. After four months."),
    (N, False, "none", "Relapsed with my Crohn's again, back on prednisolone."),
    # contact lost
    (I, False, "other", "My son messaged 'sorry for everything, love you' and nobody can get hold of him now."),
    (I, False, "other", "My wife rang to say she's done and she loves the kids, then hung up. Her phone keeps going to voicemail."),
    (I, False, "other", "My nan said goodbye on the phone in a strange voice and she won't pick up again."),
    (N, False, "none", "Mum won't pick up the phone when she's watching the cricket, drives me mad."),
    # not coming home, no next appointment
    (I, False, "self", "Sitting in the car by the river. I don't think I'll be coming home tonight."),
    (I, False, "self", "Don't bother booking me in for next month's clinic, I won't be there. I'm doing it at the weekend."),
    (N, False, "none", "Don't bother booking me in for next month's clinic, I've moved to the hospital in town."),
    # thinking of taking them, using it on myself
    (D, True, "self", "My old painkillers are still in the bathroom cabinet and I keep thinking about taking them all."),
    (D, True, "self", "Sometimes I think about using my husband's gun on myself. He doesn't know."),
    (N, False, "none", "Thinking about taking them back to the chemist, these tablets expired last year."),
    # reasons to go out
    (I, False, "self", "Came down to the beach to end it. Sorry mum."),
    (I, False, "self", "Drove up the hills to finish it tonight. Nobody knows I'm here."),
    (N, False, "none", "Came up to the lake house to finish the jigsaw, bliss."),
    # farewells, reversed order
    (I, False, "self", "Just wanted to say farewell to everyone on here. By Sunday I won't be around."),
    (I, False, "self", "By tomorrow morning I'll be gone. Thank you for everything, group."),
    (I, False, "self", "Tonight I won't be alive any more. I'm sorry."),
    (N, False, "none", "By tomorrow I will not be here, I'm off to my sister's for the week! Back Monday."),
    (N, False, "none", "Saying farewell to my old clinic today, moving to the new renal unit."),
    # rung, texted, sent goodbye
    (I, False, "other", "My brother has rung to say goodbye and that he's sorry. Now his phone's off."),
    (N, False, "none", "My brother rang to say goodbye before his flight to Perth, such a sweetie."),
    # no way out except
    (D, False, "self", "I can't see any way out except dying."),
    (D, False, "self", "There's no way out of this other than ending it."),
    (N, False, "none", "There's no way out of the car park except past the barrier, so annoying."),
    # marks on someone's arms
    (S, False, "other", "My daughter came downstairs with new cuts on her arms. She says she does it when school gets too much."),
    (S, False, "other", "Noticed burns on my son's arm again. He admitted it's on purpose."),
    (N, False, "none", "My son came home with cuts on his arms from the bramble bushes, kids eh."),
    # goodbye to staff
    (N, False, "none", "Saying goodbye to my dialysis nurses today, I'm switching to home haemo."),
    (N, False, "none", "Goodbye to my lovely physio team, discharged at last!"),
    (N, False, "none", "Said my goodbyes to the ward staff this morning, home at last."),
    # not alive by a time
    (I, False, "self", "I'm not going to be alive this afternoon. I've made sure of it."),
    (I, False, "self", "i am not going to be alive after the weekend. done."),
    (N, False, "none", "I'm not going to be alive this afternoon if I don't get coffee lol"),
    # wouldn't care if
    (D, False, "self", "I wouldn't care if I didn't make it through the op on Tuesday."),
    (D, False, "self", "Honestly wouldn't mind if I didn't come round from the anaesthetic."),
    # decided on a place
    (I, True, "self", "I've decided on the railway and I'm going after my shift."),
    (I, True, "self", "I've picked the bridge near my work. Friday."),
    (N, False, "none", "I've decided on the railway for the trip to Melbourne, cheaper than flying."),
    # saying goodbyes now
    (I, False, "self", "I'm saying my goodbyes now. Look after each other."),
    # laughter then an unpunctuated new sentence
    (I, False, "other", "the bus was late again lol My sister rang to say goodbye and that she loves us. She is not picking up now."),
    (D, False, "self", "hospital food is grim haha I want to die most days honestly"),
    # other Englishes
    (I, False, "self", "Reckon this is it for me, mate. Going to end it this arvo after the servo shift."),
    (D, False, "self", "Heaps of bad days lately, reckon everyone would be better off if I carked it."),
    (I, False, "self", "I have decided I will end my life this week only. Kindly do not tell my family."),
    (D, False, "self", "Too much tension at home since the diagnosis, sometimes I feel like ending my life itself."),
    (D, False, "self", "Not gonna lie eh, I've been wishing I wouldn't wake up. The winters here don't help."),
    (N, False, "none", "Reckon I'll carry on with the pump, it's been heaps good."),
    # teen texting
    (D, False, "self", "istg i wanna kms every single day, school is hell and my sugars are worse"),
    (D, False, "self", "lowkey wanna unalive fr, nobody gets it"),
    (I, False, "self", "gonna do it 2nite. ive written letters for my mum n my sis. sry"),
    (N, False, "none", "that maths test had me wanting to unalive lol jk it was fine"),
    (N, False, "none", "bro the new insulin pen is so good i'm dead 💀"),
    # older voices
    (D, False, "self", "I have had a good long life and I should like it to be over now. I pray each night not to see the morning."),
    (D, False, "self", "At my age one thinks about death, but lately I wish the Lord would take me. I am so very tired of living."),
    (N, False, "none", "At my age one thinks about death now and then. I have my will done and my hymns chosen, and I am content."),
    # carers
    (D, False, "self", "Caring for my husband with dementia for six years. Some days I think we'd both be better off dead."),
    (D, False, "other", "The lady I care for keeps telling me she wants to die and asks me to help her. I've told her GP."),
    (N, False, "none", "Caring for mum is exhausting but I'd never give it up. She makes me laugh every day."),
    # typos
    (D, False, "self", "i jsut want to die. i cant do this anymroe"),
    (I, False, "self", "tonite im gonna end it. i've got evrything ready"),
    (D, False, "self", "I wish I was ded. everyone wuld be beter off"),
    # run-on with the signal inside
    (D, False, "self", "the renal team changed my binders again and the fluid limit is killing me and my partner keeps nagging about the diet and honestly some nights i just want to die and then the morning comes and i do it all again"),
    (I, True, "self", "appointment moved again and the pharmacy is useless and work wants a sick note and I've kept back enough of my tablets and I'm taking them all tomorrow when the house is empty"),
    # long, signal in one middle sentence
    (D, False, "self", "Week three of the new biologic. The injection site reactions are calming down, and my gastro is pleased with my bloods. I've been really struggling though and I keep wishing I could just go to sleep and never wake up. On a brighter note the weather has been lovely and I managed a walk."),
    (I, False, "self", "Update on my transplant workup: the cardiology tests are done and the social worker visit went fine. I won't be needing any of it because I'm ending my life on Friday. I hope the next person on the list gets their call."),
    # idioms and jokes
    (N, False, "none", "Dead keen to try the new closed loop system, anyone on it yet?"),
    (N, False, "none", "The humidity is absolutely killing me, my joints are so swollen."),
    (N, False, "none", "Killed it at my first 5k since the transplant!!"),
    (N, False, "none", "I'm dying of heat in this waiting room, no air con again."),
    (N, False, "none", "My Libre died again, third sensor this month."),
    (N, False, "none", "my mum is gonna kill me, I forgot to bolus for the pizza lol"),
    # clinical, past, grief, news, caregivers, end of life
    (N, False, "none", "My psychiatrist asked if I ever think about ending it. I said no, and I don't, but I appreciated being asked."),
    (N, False, "none", "Twenty years since my attempt. Still here, and glad of it."),
    (N, False, "none", "It was at uni that I first cut, it's been a decade now and I'm proud of how far I've come."),
    (N, False, "none", "We lost my cousin to suicide last spring. The walk in his name is on Sunday."),
    (N, False, "none", "Our local news ran a piece on the new crisis line, good to see it getting attention."),
    (N, False, "none", "My son's been down since the diagnosis but he told me he's not suicidal and he's seeing the school counsellor."),
    (N, False, "none", "Mum decided with her renal team to stop dialysis, she's at home with the palliative nurses and at peace."),
    (N, False, "none", "I've written letters to my kids for their 18th birthdays, my oncologist suggested it with the terminal diagnosis."),
    # lookalikes
    (N, False, "none", "This is goodbye from me as group admin, handing over to Priya next week. Thanks all!"),
    (N, False, "none", "Finally sorted my will and power of attorney, the solicitor was very patient."),
    (N, False, "none", "I've picked Friday for the move to the new flat, fingers crossed."),
    (N, False, "none", "No need to book my next appointment, the consultant discharged me today!"),
    (N, False, "none", "Been saving my tablets in a weekly organiser so I stop forgetting doses."),
    (N, False, "none", "We walked over the bridge to the hospital, lovely view of the river."),
    (N, False, "none", "My dad keeps his shotgun locked up for clay shooting, the club is strict about it."),
    # round 2b: nothing to live for, last night alive, not waking, overdose intent
    (D, False, "self", "Since the amputation I feel I have nothing left to live for."),
    (D, False, "self", "All I want is to be with my late wife again. Fifty years we had."),
    (I, False, "self", "My last night on this earth. Love you all, and thank you."),
    (I, False, "self", "I won't wake up tomorrow. I've made sure of it."),
    (I, True, "self", "I'm going to overdose on my tablets tonight, I've counted them out."),
    (S, False, "self", "SH again last night, first time since the spring."),
    (N, False, "none", "I have so much to live for now, my first grandson was born on Tuesday!"),
    (N, False, "none", "After this night shift I won't wake up till noon tomorrow."),
    (N, False, "none", "My last night on the ward, going home tomorrow!"),
    (N, False, "none", "My nephrologist warned me I could overdose on potassium if I'm not careful with bananas."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probes2.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"pq-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
