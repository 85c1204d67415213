#!/usr/bin/env python3
"""Generate out/model_train.jsonl: extra training posts for the crisis model (train.py),
built from a small phrase grammar (openers x cores x times x tails) rather than whole
sentences, for a broader spread of wording than templates.py. Written from the labels and
hard-negative kinds of the corpus README only; never from a held-out set's posts.

usage: gen_model.py [--posts N] [--seed S]

Content note: as in the corpus README, methods are named only in the plainest words.
Standard library only; reuses gen.py's noise and layout and voices.py's condition talk.
"""
from __future__ import annotations

import argparse
import json
import os
import random

import gen as G
import voices as V

HERE = os.path.dirname(os.path.abspath(__file__))

LEAD = ["", "", "", "honestly ", "tbh ", "i think ", "some days ", "lately ", "most nights ",
        "ngl ", "to be honest ", "the truth is ", "if im honest ", "since the diagnosis ",
        "since the flare ", "these days ", "every day now ", "right now ", "still "]
WISH = [
    "i want to die", "i wanna die", "i wish i was dead", "i wish i were dead",
    "i wish i could go to sleep and not wake up", "i hope i dont wake up tomorrow",
    "i keep thinking about killing myself", "i think about ending my life",
    "i think about suicide a lot", "i have been having suicidal thoughts", "i feel suicidal",
    "i dont want to be alive anymore", "i dont want to be here anymore", "i dont want to exist",
    "i wish i didnt exist", "i want to disappear for good", "i want it all to stop for good",
    "everyone would be better off without me", "my family would be better off if i was gone",
    "im just a burden and they would be happier without me", "i see no reason to keep living",
    "i have nothing left to live for", "i keep thinking about unaliving myself",
    "i want to kms", "im so tired of being alive", "i wouldnt mind if i never woke up",
    "i pray god takes me in my sleep", "i think it would be easier to be dead",
    "i dont see the point in living anymore", "i want to end it all", "i want to end it",
    "i cant see a way out except dying", "death feels like the only way out",
    "i keep picturing not being here", "part of me wants to just check out for good",
    "i have no will to live", "id be better off dead", "life isnt worth living anymore",
    "i wish something would just kill me", "i want my life to be over",
]
WISH_TAIL = ["", "", "", " and i cant shake it", " and it scares me", " but i havent told anyone",
             " and nobody knows", ", the pain is too much", ", i am so tired", " since they changed my meds",
             ". not going to do anything, just the thoughts", " every single day", " more and more"]
INTENT = [
    "im going to kill myself", "i am going to end my life", "im ending it", "i will end it",
    "im going to do it", "i have decided to end my life", "i am going to take my life",
    "im going to finish it", "i have made up my mind to die", "i am going through with it",
    "im checking out for good", "im going to unalive myself", "ive decided, im done with life",
    "i will not be alive", "i wont be here", "this is the end for me", "im going to end things",
]
TIME = ["tonight", "tomorrow", "this weekend", "on {day}", "after my shift", "once everyone is asleep",
        "when the kids are at school", "after the appointment", "before the morning", "today",
        "this afternoon", "once my partner leaves for work", "by the end of the week", "in the morning",
        "tonite", "tmrw", "when it gets dark", "after i post this"]
FINAL = ["ive written letters to everyone", "ive given my things away", "the will is sorted",
         "ive said my goodbyes", "this is my goodbye", "this is my last post", "goodbye everyone",
         "please look after my cat", "i wrote notes for my family", "dont book my next appointment",
         "i wont need the next appointment", "ive scheduled messages for my kids",
         "tell the group i said bye", "thank you all for everything, goodbye"]
MEANS = ["the tablets ive been saving", "my saved up tablets", "the pills i stockpiled",
         "the rope in the garage", "the gun in the house", "all my insulin", "my stockpiled painkillers"]
PLACES = ["the railway line", "the bridge", "the car park roof", "the cliffs", "the tracks"]
METHOD_IDEATION = [
    "i keep thinking about taking {means}", "i think about using {means} on myself",
    "whenever i pass {place} i think about jumping", "i have {means} and i keep thinking about it",
    "i keep looking at {means} and thinking how easy it would be",
]
METHOD_IMMINENT = [
    "im going to use {means} {time}", "{time} im taking {means}", "i have {means} ready for {time}",
    "im going to {place} {time} and thats it", "{time} i go to {place} and im not coming back",
]
UNDERWAY = ["ive already taken something", "i took all my tablets an hour ago", "ive taken an overdose",
            "i swallowed the pills already", "its already done, i feel sleepy"]
HARM = [
    "i cut myself again last night", "i cut again", "i burned my arm on purpose",
    "i hurt myself again after the appointment", "i relapsed and self harmed", "i self harmed tonight",
    "i hit myself until i bruised", "i scratched my arms until they bled on purpose",
    "i keep hurting myself when the pain gets bad", "the urge to cut came back and i gave in",
    "i banged my head on the wall on purpose again", "i punched the wall till my knuckles split on purpose",
    "im cutting again", "i bit my arm till it bled", "i have been self harming every night",
    "i started hurting myself again", "i carved into my leg again",
]
HARM_TAIL = ["", "", " and i feel awful", ", first time in months", " and im hiding it", ", not suicidal",
             " and i dont know how to stop", " and my partner doesnt know"]
OTHER_WISH = [
    "{p} told me {he} wants to die", "{p} said {he} wishes {he} was dead", "{p} keeps saying {he} wants to end it",
    "{p} thinks about killing {himself} most days", "{p} says we would be better off without {him}",
    "{p} admitted {he} has been having suicidal thoughts", "{p} doesnt want to be alive anymore",
    "{p} said {he} wants to disappear for good", "{p} keeps saying {he} wishes {he} wouldnt wake up",
]
OTHER_INTENT = [
    "{p} said {he} is going to kill {himself} {time}", "{p} texted goodbye and said {he} is ending it {time}",
    "{p} told me {he} is going to end {his} life {time}", "{p} rang to say sorry and goodbye and now {he} wont answer",
    "{p} has taken all {his} tablets and wont tell me how many", "{p} posted that {time} is {his} last night",
    "{p} said {he} has {means} and is doing it {time}",
]
OTHER_HARM = [
    "{p} has been cutting again", "i found fresh cuts on {his} arms, {p} says {he} did it on purpose",
    "{p} is burning {himself} again", "{p} admitted {he} hurts {himself} every week",
    "{p} has been hitting {himself} on purpose", "{p} showed me where {he} cut last night",
]
NEG = [
    # idioms, hyperbole, jokes
    "the {drug} is killing me", "this fatigue is killing me", "my back is killing me", "im dying to try the new pump",
    "i could murder a curry", "my sensor died again", "my phone died at the clinic", "im dead on my feet",
    "that wait nearly killed me lol", "id rather die than ring the helpline hold music again lol",
    "kill me now, the booking system changed again haha", "the stairs will be the death of me",
    "if i eat one more hospital sandwich ill top myself lol", "i nearly died laughing at the nurse",
    "shoot me, i forgot my pen at home", "killed two birds with one stone at the pharmacy",
    "i want to die of embarrassment, my pump beeped in church", "feel like death warmed up after the infusion",
    "im killing myself trying to keep up with work and appointments", "{p} is killing {himself} at the gym for the wedding",
    "im working myself to death this month", "i nearly killed myself laughing at the ward round", "{p} will kill me if i miss another appointment",
    "bored to death in the waiting room", "the cake in the cafe is to die for", "i literally died when the nurse got my name wrong lol",
    "im killing myself with all these overtime shifts", "the commute is slowly killing me",
    # clinical
    "the pharmacist explained the overdose risk with paracetamol", "the leaflet lists suicidal thoughts as a rare side effect",
    "the nurse asked if i had thoughts of harming myself and i said no, i am fine",
    "the phq9 asks if youd be better off dead, i always answer not at all",
    "they gave me a naloxone kit because im on strong opioids", "the ward does a self harm risk form for everyone",
    "the psychiatrist asked the suicide screening questions, all no", "what are the signs of an overdose on this drug",
    # past, recovery
    "years ago i tried to end my life, now im doing well", "i used to self harm as a teen, the scars have faded",
    "my safety plan is in a drawer, i havent needed it for years", "ten years since my overdose and im running again",
    "i had suicidal thoughts after the diagnosis but that was years ago", "when i was at uni i used to cut, not anymore",
    # grief, news, awareness
    "my uncle died by suicide last year and i still miss him", "we lost my friend to suicide, the anniversary is today",
    "im doing a walk for suicide prevention next month", "the samaritans number is 116 123, save it",
    "a study in the news says suicidal thoughts are more common with chronic illness",
    "our support group talked about grief after losing someone to suicide",
    # caregivers, no current risk
    "i asked my dad if he had thoughts of suicide and he said no", "my daughter is low but safe and seeing her therapist",
    "my husband is depressed but the gp checked and hes safe",
    # end of life
    "mum signed a dnr and is going into the hospice", "dad chose with his team to stop dialysis and start comfort care",
    "im filling in my advance directive", "the assisted dying debate was hard to watch",
    "my palliative nurse says months, ive made peace with it",
    # lookalikes
    "this is my last post in this group, im moving to the transplant group", "giving away my spare supplies, message me",
    "i wrote a final letter to the insurer", "said goodbye to my consultant, shes retiring",
    "saving up my inhalers because of the shortage", "the bridge is closed so the bus took ages",
    "the doctor told me to cut my dose", "tonights the night i try the new pump",
    "im done with this stupid meter, getting a new one", "i took all my tablets this morning with breakfast",
    "ive sorted my will before the surgery like the coordinator said", "wont be around on here this weekend, going camping",
    "i stopped taking metformin because of the side effects, the gp switched me",
    "cant wait for this taper to end", "i feel like giving up on this diet lol",
    # people out of reach for an ordinary reason; coming round slowly; weather on a bridge
    "dad isnt answering his phone, hes probably asleep in front of the telly", "cant get hold of my brother, hes on nights this week",
    "mum never picks up when shes at church, her phone lives in her handbag", "my sister went quiet on whatsapp, turns out she was on a flight",
    "i always take ages to come round after a general anaesthetic", "wish the sedation would wear off quicker, im so groggy",
    "the wind on the bridge was so strong the vans were nearly blown over the side", "the car slid off the side of the lane in the ice, nobody hurt",
    # accidental injury
    "i cut my finger chopping onions and on blood thinners it wouldnt stop", "i burned my hand on the oven, didnt feel it with the neuropathy",
    "my arms are bruised from the blood draws", "i scratched my legs raw in my sleep",
    # negation
    "im not suicidal, just exhausted", "i would never hurt myself, but the pain is grinding me down",
    "i dont want to die, i want to live without pain", "i have never self harmed but i understand why people do",
    "theres no point ringing at 8am, the lines are full", "i am not going to do anything stupid, just venting about the wait",
]
# Everyday sentences with the words of crisis talk ("carved", "last night", "already done",
# "the bridge", "jump", "rope", "cut", "burn"), so that no single word decides.
NEG_WORDS = [
    "i carved a pumpkin with {p} last night", "{p} carved the roast on sunday", "{p} posted that tonight is {his} last night in the city before flying home",
    "its already done, i posted the forms and feel relieved", "i feel sleepy after the new tablets, is that normal",
    "ive taken my tablets already this morning", "i took all my tablets with food like the nurse said",
    "its my last night in hospital, going home tomorrow", "tonight is my last night shift before the holiday",
    "i said goodbye to the ward staff today", "wrote letters to my pen pals this weekend", "i gave my old clothes to the charity shop",
    "i wish i could sleep through the night", "i wish i didnt have to fast for the blood test", "i want the pain to stop so i can go back to work",
    "i want to disappear under a blanket for the weekend", "i want this week to be over", "cant wait for this flare to end",
    "im done for the day, off to bed", "i gave up sugar in my tea", "i wont be here next week, im on holiday",
    "we checked out of the hotel early", "{p} goes to the bridge club on {day}", "the railway line reopened so the train to clinic is easier",
    "{p} bought a skipping rope for {his} physio", "{p} loves jumping on the trampoline", "i got my hair cut today",
    "trying to cut down on carbs", "the heartburn is back", "got sunburnt at the beach", "i hurt my back lifting the shopping",
    "i hit my head on the cupboard door, no harm done", "i scratched the car on the gate", "the dog bit my hand, just a nip",
    "i keep thinking about the holiday", "i keep thinking about going back to uni", "i think about my late husband every day",
    "{p} says {he} is tired of the hospital food", "{p} is going to end {his} lease and move closer", "i am going to end my contract with the gym",
    "tonight im going to try the new recipe", "im going to do it, im booking the surgery", "i made up my mind to try the new pump",
    "i have a plan for the appointment, i wrote my questions down", "i have everything i need for the trip",
    "i dont want to be a burden on the nurses, so i ring less", "{p} doesnt want to go to the day centre anymore",
    "i cant see the point of the new app", "nothing left in the fridge, need to shop", "i have no energy left after work",
    "{p} wants to die {his} hair purple", "i took something for the headache and it worked", "im so tired of being on hold",
]
# The openers of crisis talk finished with an ordinary goal ("i wish i would ... heal faster"),
# so that an opener alone does not decide: every opener with every goal.
LOOKALIKE_OPEN = ["i wish i would", "i wish i could", "part of me wishes i could", "some days i just want to",
                  "i pray i will", "i keep thinking about how to", "i use my insulin to", "i take my tablets at night to"]
LOOKALIKE_GOAL = ["come round quicker after the anaesthetic", "heal faster after the op", "sleep through without waking",
                  "not wake up with a high", "not wake up in pain", "get my energy back", "go back to work full time",
                  "keep my sugars steady overnight", "stop feeling sick on chemo days", "see the end of this flare"]
LOOKALIKES = [f"{o} {g}" for o in LOOKALIKE_OPEN for g in LOOKALIKE_GOAL]
# Someone out of reach, and the ordinary reason told with it.
UNREACHED = ["{p} wont pick up again", "{p} isnt answering {his} phone", "cant get hold of {p} today", "{p} has gone quiet on whatsapp"]
UNREACHED_WHY = [", {he} is at bingo", ", {he} is at the pictures with {his} phone off", ", turns out {his} phone died",
                 " but {he} texted later and all is fine", ", {he} was asleep after a night shift", ", {he} always leaves it in the car"]
LOOKALIKES += [f"{u}{w}" for u in UNREACHED for w in UNREACHED_WHY]
# Things and vehicles going off the side or over the edge in weather and accidents.
LOOKALIKES += ["the wind on the {place} nearly blew the vans over the side", "{p} worries the car will slide off the side of the road in the ice",
              "a lorry went off the side of the motorway in the storm, it was on the news", "the kids threw sticks over the side of the bridge"]
OTHER_P = [("my son", "he", "him", "his", "himself"), ("my daughter", "she", "her", "her", "herself"),
           ("my husband", "he", "him", "his", "himself"), ("my wife", "she", "her", "her", "herself"),
           ("my mum", "she", "her", "her", "herself"), ("my dad", "he", "him", "his", "himself"),
           ("my best friend", "she", "her", "her", "herself"), ("my brother", "he", "him", "his", "himself"),
           ("my flatmate", "he", "him", "his", "himself"), ("my partner", "they", "them", "their", "themselves")]


def fill(t: str, r: random.Random) -> str:
    p = r.choice(OTHER_P)
    out = t.replace("{time}", r.choice(TIME)).replace("{means}", r.choice(MEANS)).replace("{place}", r.choice(PLACES))
    out = out.replace("{p}", p[0]).replace("{he}", p[1]).replace("{him}", p[2]).replace("{his}", p[3])
    out = out.replace("{himself}", p[4]).replace("{day}", r.choice(V.DAYS)).replace("{drug}", r.choice(V.DRUGS))
    if p[1] == "they":
        out = out.replace("they is", "they are").replace("they has", "they have").replace("they wants", "they want")
        out = out.replace("they keeps", "they keep").replace("they thinks", "they think").replace("they says", "they say")
        out = out.replace("they wishes", "they wish").replace("they was", "they were").replace("they hurts", "they hurt")
    return out


def signal(level: str, other: bool, method: bool, r: random.Random) -> list[str]:
    if level == "ideation":
        if other:
            s = [fill(r.choice(OTHER_WISH), r)]
            if method:
                s.append(fill(f"{r.choice(['he', 'she'])} has {{means}} and keeps looking at it", r))
            return s
        if method:
            return [r.choice(LEAD) + fill(r.choice(METHOD_IDEATION), r) + ", no plan, just the thought"]
        return [r.choice(LEAD) + r.choice(WISH) + r.choice(WISH_TAIL)]
    if level == "imminent":
        if other:
            return [fill(r.choice(OTHER_INTENT), r)]
        if method:
            s = [fill(r.choice(METHOD_IMMINENT), r)]
        else:
            kind = r.randrange(4)
            if kind == 0:
                s = [r.choice(INTENT) + " " + fill(r.choice(TIME), r)]
            elif kind == 1:
                s = [r.choice(FINAL), r.choice(INTENT) + " " + fill(r.choice(TIME), r)]
            elif kind == 2:
                s = [r.choice(UNDERWAY)]
            else:
                s = [r.choice(WISH), r.choice(FINAL) + ", " + fill(r.choice(TIME), r) + " it ends"]
        return s
    if other:
        return [fill(r.choice(OTHER_HARM), r)]
    return [r.choice(HARM) + r.choice(HARM_TAIL)]


def cap(s: str) -> str:
    s = s.strip()
    s = s[0].upper() + s[1:] if s else s
    return s if s.endswith((".", "!", "?")) else s + "."


def everyday_pool(r: random.Random) -> list[str]:
    """NEG, NEG_WORDS or LOOKALIKES: the lookalikes drawn apart, so that their many
    combinations do not crowd out the other everyday sentences."""
    x = r.random()
    return NEG if x < 0.6 else NEG_WORDS if x < 0.9 else LOOKALIKES


def make(r: random.Random, pid: str) -> dict:
    voice = r.choice(list(V.VOICES))
    level = r.choices(["imminent", "ideation", "self_harm", "none"], [0.15, 0.2, 0.12, 0.53])[0]
    other = level != "none" and r.random() < 0.25
    method = level in ("imminent", "ideation") and r.random() < 0.3
    if level == "none":
        sig = [fill(r.choice(everyday_pool(r)), r) for _ in range(r.choice([1, 1, 2]))]
    else:
        sig = signal(level, other, method, r)
        if r.random() < 0.25:
            sig.append(fill(r.choice(NEG[:18]), r))
    parts: list[str] = []
    for _ in range(r.choice([0, 1, 2, 2, 3, 4, 6])):
        parts.append(fill(r.choice(V.COMMON_FILLER + V.VOICES[voice]["filler"]), r).replace("{n}", "2")
                     .replace("{clin}", r.choice(V.CLINICIANS)).replace("{weeks}", r.choice(V.WEEKS))
                     .replace("{rel}", r.choice(V.RELS_DRIVER)).replace("{drug2}", r.choice(V.DRUGS)))
    for s in sig:
        parts.insert(r.randrange(0, len(parts) + 1), cap(s))
    if r.random() < 0.5:
        parts.insert(0, r.choice(V.VOICES[voice]["open"]))
    if r.random() < 0.5:
        parts.append(r.choice(V.VOICES[voice]["close"]))
    text = G.add_noise(G.layout(parts, r), voice, r)
    return {"id": pid, "community": r.choice(V.COMMUNITIES), "text": text, "level": level,
            "method_detail": method, "subject": "none" if level == "none" else ("other" if other else "self")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    r = random.Random(args.seed)
    os.makedirs(os.path.join(HERE, "out"), exist_ok=True)
    with open(os.path.join(HERE, "out", "model_train.jsonl"), "w", encoding="utf-8") as f:
        for n in range(1, args.posts + 1):
            f.write(json.dumps(make(r, f"mt-{n:05d}"), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
