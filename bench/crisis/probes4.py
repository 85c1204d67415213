#!/usr/bin/env python3
"""Write probes4.jsonl: eighth-round probes. Variants, in other words and other voices, of the
kinds among handwritten10's misses and false alerts, and the everyday vocabulary of voices the
earlier sets had little of (Irish, Scottish, New Zealand, US Southern, veterans, farmers, new
mothers, teenagers' abbreviations), each beside the hard negatives its rule must leave alone.
Tuned on. Content note: methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # stepping in front of a train or traffic
    (I, True, "self", "at the station. when the express comes through i'm walking out in front of it. sorry everyone"),
    (D, True, "self", "Some mornings on the platform I think about stepping in front of the train. I step back, but the thought is there."),
    (N, False, "none", "Stepped out in front of a cyclist on the way to clinic, gave us both a fright, no harm done."),
    (N, False, "none", "The train was cancelled so I stepped out in front of the station to ring a taxi."),
    # the car in the garage
    (I, True, "self", "The wife's away at her sister's and I've the car in the shed. Tonight I'm going out to it and that'll be the end of me."),
    (N, False, "none", "Car's in the garage for its MOT so I'll be getting the bus to my infusion tomorrow."),
    # stopping treatment in secret, waiting for the end
    (I, True, "self", "I have stopped going for my chemo and told my family the nurse comes to the house. I am waiting for the end now."),
    (I, True, "self", "stopped my insulin on purpose four days ago and havent told a soul. want this to be the end of me"),
    (N, False, "none", "Mum and her consultant agreed to stop the chemo and she's at the hospice now, comfortable and waiting for the grandchildren to visit."),
    (N, False, "none", "I have stopped going for my physio sessions since the pain settled, the physio said that's fine."),
    # wishing the end would come
    (D, False, "self", "Not scared of dying at all. What scares me is years more of this, and I catch myself wishing the end would hurry up."),
    (D, False, "self", "every night i hope it just takes me in my sleep. not going to do anything, just wish it would"),
    (D, True, "self", "Each dialysis session I sit there and think about just letting the kidneys take me, skipping the next one and the one after."),
    (N, False, "none", "Can't wait for the end of this course of steroids, the moon face is driving me mad."),
    (N, False, "none", "Wishing the end of the school holidays would come sooner, the kids are bouncing off the walls."),
    # suicidal thoughts back, but safe
    (D, False, "self", "The suicidal thoughts have come back this week. I'm safe, no plan, my CPN knows, just needed to tell people who understand."),
    (D, False, "self", "ngl the thoughts about ending it are back since the flare. not gonna act on them, my therapist knows"),
    (N, False, "none", "Had suicidal thoughts back in my twenties. Not for years now, and my care plan doesn't need the crisis bit any more."),
    # thinking about taking someone else's medicines, the author the subject
    (D, True, "self", "Dad's old morphine is still in the drawer since he passed and lately I think about taking it myself."),
    (D, True, "self", "I look after my husband's tablets and some evenings I think about swallowing the lot of them. I won't. But the thought comes."),
    (N, False, "none", "I look after my husband's tablets and some evenings I forget to give him the evening ones, any tips for reminders?"),
    # someone else taking them tonight
    (I, True, "other", "Found a stash of tablets in my sister's room with letters to each of us. She says she's taking them after her shift tonight. I'm with her and ringing 999."),
    # goodbyes
    (I, False, "self", "Consider this my goodbye to everyone in the group. I won't be around after this weekend."),
    (N, False, "none", "Consider this my goodbye to the old pump, the new one arrives Monday and it's tubeless!"),
    # voices: Irish, Scottish, NZ, Southern, veterans, farmers, new mothers, teenagers
    (D, False, "self", "God forgive me but I'm thinking of doing away with myself, the pain in my back is desperate and I'm worn out from it."),
    (I, False, "self", "am done. gonna top myself the night when the weans are at their da's"),
    (D, False, "self", "yeah nah bro i reckon everyone'd be sweet without me around. been thinking bout ending it heaps"),
    (I, True, "self", "Y'all I'm fixin to end it tonight. Got my granddaddy's rifle out of the closet and I'm done hurting."),
    (I, True, "self", "Been carrying my service pistol again. Tonight I'm going to eat it. Tell the guys from my unit I'm sorry."),
    (D, False, "self", "Twenty-two a day they say, and most days lately I think I'll be one of them. Haven't told the VA."),
    (I, True, "self", "Third bad harvest and the bank's calling in the loan. There's a rope in the barn and I'm going out there tonight, the missus thinks I'm checking the stock."),
    (D, False, "self", "Baby is six weeks and I keep thinking she'd be better off with a mum who isn't me. Some nights I think about not being here at all."),
    (S, False, "self", "relapsed on sh last night after 5 months clean. it was bad. didnt tell anyone"),
    (S, False, "self", "i sh'd again today, the urges after weigh in were too strong"),
    (S, False, "self", "Banged my head off the wall till it bled after the dietitian again. Keep doing it when I'm overwhelmed."),
    (S, False, "self", "Been using a blade on my legs again where no one sees. Three times this week."),
    (S, False, "other", "My daughter's been burning herself with a lighter, I found the marks tonight and she admitted it."),
    # hard negatives in those voices
    (N, False, "none", "That new consultant would be the death of me, fierce slow, but sure look he's thorough."),
    (N, False, "none", "yeah nah the new pump is sweet as, been heaps better since i switched"),
    (N, False, "none", "Y'all, I'm fixin to make a casserole for the lady down the road after her hip surgery."),
    (N, False, "none", "Twenty-two years in the army and the knees show it. VA finally approved the new brace."),
    (N, False, "none", "There's a rope swing in the barn the grandkids love, I worry about my hip when I push them."),
    (N, False, "none", "Used to self-harm as a teenager. Thirty now, ten years free, and I run the peer support group at the clinic."),
    (N, False, "none", "If anyone here ever tells you they are thinking about suicide, take them seriously, ask them directly and stay with them. From a crisis line volunteer."),
    (N, False, "none", "After my son was born I had terrible PND and wanted to die. That was back in 2016. Treatment and my husband got me through, I'm well now."),
    (N, False, "none", "Won't need my next batch of metformin, the GP has moved me onto a different tablet. Does the repeat cancel itself?"),
    (N, False, "none", "My grandad always says 'when I'm gone you can have the clock'. He says it every Christmas, he's 88 and sharp as a tack."),
    (N, False, "none", "We'd all be better off with a proper diabetes nurse in the practice, the locums change every week."),
    (N, False, "none", "Honestly the group would be better off with a pinned thread about travel insurance."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probes4.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"p4-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
