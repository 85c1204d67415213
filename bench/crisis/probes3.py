#!/usr/bin/env python3
"""Write probes3.jsonl: fourth-round probes, variants of each kind the round's rules are for
(other words, other voices) and the hard negatives each rule must leave alone. Tuned on.
Content note: methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # thoughts of a method act
    (D, True, "self", "most days on the drive to work i think about steering into the barrier. i wont but it's there"),
    (D, True, "other", "My nephew admitted he daydreams about stepping off the platform when the express comes through."),
    (D, True, "self", "Honestly I keep imagining swallowing all my sleepers at once. Not planning it, just the picture won't leave."),
    (N, False, "none", "Thinking about jumping on the Pilates bandwagon, any good classes near the hospital?"),
    (N, False, "none", "Kids keep thinking about jumping off the jetty at the lake, I'm a nervous wreck watching them."),
    # a jump with the place beside it
    (I, True, "self", "Went up to the top of the car park after clinic. Coming back tonight to jump."),
    (N, False, "none", "We're going to jump the queue at the flyover roadworks by going the back way."),
    # medicine and taking it all
    (D, True, "self", "I've got the leftover codeine from my op in a shoebox and part of me wants to take it all."),
    (N, False, "none", "The codeine makes me drowsy so I take it all at bedtime now, much better."),
    # stored tablets
    (I, True, "other", "Gran told me she's been storing her tablets for weeks and she'll take them once we've gone home."),
    (N, False, "none", "I'm storing my tablets in the fridge door now, the pharmacist said it's fine."),
    # stopping medicines on purpose
    (I, True, "self", "I've stopped my insulin and my heart tablets on purpose. I want this over before the new year."),
    (N, False, "none", "Stopped my iron tablets and my vitamin D on the GP's advice, bloods were fine."),
    # future perfect
    (I, False, "self", "The care package starts next month but I'll have killed myself before then."),
    (N, False, "none", "By the time the new consultant starts I'll have finished the steroid taper."),
    # scheduled messages / by then
    (I, False, "self", "Queued a couple of texts to my sons for the morning. By then I won't be around."),
    (N, False, "none", "I queued texts to the school mums about the bake sale, by then I'll be at the clinic."),
    # quantity taken
    (I, False, "other", "My wife took loads of tablets an hour ago and keeps saying she wants to die. Ambulance is coming."),
    (N, False, "none", "I took heaps of photos at the diabetes camp, the kids had a blast."),
    # no use of living
    (D, False, "self", "My son says I am strong but truly there is no use in my living now, only trouble to all."),
    (N, False, "none", "What's the use of my life coach if she never answers emails lol"),
    # own funeral
    (D, False, "self", "lately i daydream about my own funeral and it honestly feels peaceful"),
    (N, False, "none", "Went to my own funeral planning meeting at the hospice, the chaplain was lovely and it felt peaceful to have it sorted."),
    # sleeves and again
    (S, False, "self", "Got a jumper on in July to cover the fresh cuts. Did it again this morning, couldn't stop myself."),
    (N, False, "none", "Long sleeves to hide the marks from the cannula, did it again with the bruising this week lol."),
    # grave condition
    (D, False, "self", "If the transplant fails this time I'm done, I'll end it."),
    (N, False, "none", "If one more person asks if I've tried turmeric I'll end it lol"),
    # serious "rather dead than"
    (D, False, "other", "Mum keeps telling us she'd rather be dead than have another round of chemo, and she isn't joking."),
    # laugh alone after
    (N, False, "none", "that glucose drink was so rank i wanted to die. haha"),
    # past wish, better now
    (N, False, "none", "My son wanted to end his life last winter but he's getting help now and laughing again."),
    # fiction and learning what to say
    (N, False, "none", "There's a film on tonight where the main character wants to end her life, is it worth watching?"),
    (N, False, "none", "Mental health first aid taught us how to respond if a colleague says they want to kill themselves."),
    # sayings and ordinary plans
    (N, False, "none", "Grandad always said he'd be dead before they fixed the roads. He's 93 and still waiting."),
    (N, False, "none", "Right, I've made my mind up, I'm going ahead with the gastric band procedure next month."),
    (N, False, "none", "My brother's going to murder me for telling Dad about his new car haha"),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probes3.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"pt-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
