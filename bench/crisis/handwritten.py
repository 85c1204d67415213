#!/usr/bin/env python3
"""Write handwritten.jsonl: posts written one by one in varied voices, never tuned on.

A second held-out set made by a different method from gen.py: no templates, no slots.
Written before the detector's rules; scored only at the end.
Content note: as in the corpus README, methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # ---- imminent ------------------------------------------------------------------------
    (I, False, "self", "Evening all. Bloods were fine at the renal clinic which is something. I've sorted everything out for the kids, the letters are in the drawer, and tonight is it for me. I'm sorry."),
    (I, False, "self", "cant keep going. sorted my stuff, gave my games to my little brother. gonna do it when mum goes to bed"),
    (I, True, "self", "I've been putting my tablets aside for weeks instead of taking them. The house is empty on Saturday and that's when I'll take them all."),
    (I, False, "self", "Hello dear members. I have decided that I will end my life this Sunday. I have made arrangements for my dog. Please do not reply to convince me."),
    (I, False, "self", "G'day. Just wanted to say thanks to this group for the last few years. I won't be posting again after tonight, I've made my peace with it and I'm ready to go."),
    (I, True, "self", "Drove to the bridge after work. I'm sat in the car now. I don't think I'm coming home this time."),
    (I, False, "self", "Please don't book me in for next month's review, there won't be a me to review. Tomorrow morning I'm going through with it."),
    (I, False, "self", "My dialysis nurse is lovely and I'm sorry to do this to her. Friday I'm going to end things. I've written to my brother to explain."),
    (I, False, "other", "My nan rang me in tears to say goodbye and that she's taken something. She won't tell me where she is. What do I do"),
    (I, False, "other", "My flatmate left his keys, his wallet and a note saying sorry on my bed and he's not answering. His phone is off."),
    (I, True, "other", "My son just told me he's been saving up his tablets and he's going to take them tonight after we're asleep. I'm sitting outside his room."),
    (I, False, "self", "if u dont hear from me after this weekend its cos im gone. love u all x"),
    (I, False, "self", "Sorry to unload on you all. I have a plan and I'm going to carry it out once my husband leaves for his night shift."),
    (I, False, "self", "Right. Decision made, it's tonight. Everything's in order, the will, the passwords, the cat. Take care of each other."),
    (I, True, "self", "The gun is in the cupboard and I've made up my mind to use it on myself this weekend."),
    (I, False, "self", "I've deleted all my other accounts. This is the last one. I'm ending it before the end of the week."),
    (I, False, "other", "My husband texted the family chat \"sorry for everything, I love you all\" and now nobody can get hold of him. He has been talking about ending it for weeks."),
    (I, True, "self", "I stopped going to my dialysis sessions and haven't told anyone. I want it over with and I'm not going back."),
    (I, False, "self", "i already took something about an hour ago. i just dont want to be alone when it happens"),
    (I, False, "self", "Namaste. This is my final message here. Tomorrow I will not be alive. Thank you all for the support during my treatment."),
    # ---- ideation ------------------------------------------------------------------------
    (D, False, "self", "Honestly I'm so sick of waking up every morning to the same pain. Some days I wish I just wouldn't."),
    (D, False, "self", "ive been thinking about suicide alot lately tbh. not gonna do anything i dont think but its always there"),
    (D, False, "self", "I'm 81, my wife has passed, and I find myself hoping each night that the good Lord takes me in my sleep. I don't see much reason to carry on."),
    (D, False, "self", "Three years of this and I've started to feel like my family would honestly be better off if I wasn't around dragging them down."),
    (D, False, "self", "Does anyone else get intrusive thoughts about killing themselves after a bad flare? Because I do, nearly every night now."),
    (D, False, "self", "i just want to not exist for a while. like forever. idk"),
    (D, False, "self", "Bit of a long one. The consultant says the transplant is failing and we're back on the list. Mum's been brilliant, driving me everywhere. Work are being decent. But if I'm honest, I've been thinking about killing myself, more than I've let on to anyone. Anyway, has anyone had the new tacrolimus brand?"),
    (D, False, "self", "I'm a burden on my husband. Every day he does everything for me. He'd have a better life if I was dead, and I think about that a lot."),
    (D, False, "self", "Mate I'm done with all of it. I keep thinking it'd be easier to just not wake up."),
    (D, False, "self", "sometimes i think abt unaliving myself, the fatigue is unreal and nobody at school gets it"),
    (D, True, "self", "Every time I'm on the platform waiting for the train to the clinic I think about stepping off. I don't want to but the thought won't leave me."),
    (D, True, "self", "I look at the pills I've been keeping in the bedside drawer and think about taking them. I haven't. But I think about it."),
    (D, False, "self", "Not sure I want to be alive anymore. The new meds haven't helped and I'm so tired."),
    (D, False, "self", "My therapist asked if I was having suicidal thoughts and I said no but I lied. I have them most days."),
    (D, False, "self", "What's even the point. I'd be better off dead than stuck in this body."),
    (D, False, "other", "My dad has been telling the nurses he wants to die since the amputation. He says it every visit."),
    (D, False, "other", "my best mate keeps saying she wants to kms and i dont think shes joking anymore"),
    (D, False, "other", "Our 15 year old told the school counsellor she thinks about killing herself. We found out today."),
    (D, True, "other", "My brother told me he thinks about driving into the river on his way home from work. He says he wouldn't, but he thinks about it."),
    (D, False, "other", "My mother keeps saying she is tired of living and wishes God would take her."),
    (D, False, "self", "Sorry to post this here. Since the baby came I keep having this thought that everyone would be happier if I disappeared for good."),
    (D, False, "self", "I wish I was dead. There, I said it."),
    (D, False, "self", "I don't want to die exactly, I just don't want to be here anymore, if that makes sense."),
    (D, False, "self", "My kidneys are failing and part of me is relieved, I'd quite like it all to be over."),
    (D, False, "self", "i cant do this anymore i just want to die"),
    (D, False, "self", "Been struggling. I keep thinking about ending it all. I'm not going to do anything tonight, I just needed to type it somewhere."),
    # ---- self-harm -----------------------------------------------------------------------
    (S, False, "self", "I cut last night for the first time in two years. I feel so stupid."),
    (S, False, "self", "been hurting myself again since the diagnosis, mainly my arms. long sleeves at school"),
    (S, False, "self", "I keep scratching my wrists until they bleed when the pain gets bad. I know I need to stop."),
    (S, False, "self", "Had a setback and burned myself on purpose. I'm okay, I just needed to say it to someone."),
    (S, False, "self", "The urge to hurt myself has been massive this week and I gave in on Tuesday."),
    (S, False, "self", "Relapsed tonight after six months. Self-harm, I mean. Not proud."),
    (S, False, "self", "I punch my legs when the nerve pain flares so I feel something else. Did it again this morning."),
    (S, False, "other", "Found out my daughter has been cutting herself. She's 14. She showed me her arm last night."),
    (S, False, "other", "My husband has started hitting himself in the head when he gets frustrated with the MS. He did it again today and there's a bruise."),
    (S, False, "other", "My son's teacher called, he's been self harming at school. We had no idea."),
    (S, False, "self", "i sh'd again. three weeks clean gone. idk why i bother"),
    (S, False, "self", "Started picking and cutting at my skin on purpose again. It's the only thing that makes the anxiety quieter."),
    (S, False, "self", "I hurt myself on purpose yesterday. I don't want to die, I promise, I just didn't know what else to do."),
    (S, False, "other", "My girlfriend's been burning her arms again since the chemo started, I saw fresh marks tonight."),
    (S, False, "self", "Hello. I am 16. I have started cutting since my diabetes diagnosis. My parents do not know."),
    # ---- none: ordinary ------------------------------------------------------------------
    (N, False, "none", "Does anyone have tips for keeping insulin cool on a long flight? We're off to Perth next month."),
    (N, False, "none", "Quick one: my GP wants me to try a different statin. Did anyone else find the muscle aches went away?"),
    (N, False, "none", "Had my first infusion today. Four hours in the chair but the nurses were lovely. Knackered now."),
    (N, False, "none", "hi im 15 and just got diagnosed with crohns. is it normal to feel this tired all the time"),
    (N, False, "none", "Dear all, my husband has started the new memory tablets. He is more confused in the evenings. Is this normal?"),
    (N, False, "none", "Finally got the blue badge approved! Parking at the hospital will be so much easier."),
    (N, False, "none", "The snow has been brutal and my lungs hate the cold. Staying inside with a puffer and a good book."),
    (N, False, "none", "Our little one is 6 weeks and feeding every two hours. How did you all survive this stage?"),
    # ---- none: hard negatives ------------------------------------------------------------
    (N, False, "none", "This paperwork is killing me. Three forms for one blood test."),
    (N, False, "none", "I could die of embarrassment, I fell asleep in the waiting room and snored."),
    (N, False, "none", "kill me now lol the wait at the clinic is 3 hours"),
    (N, False, "none", "I'm dying to know if anyone has tried the new closed loop pump."),
    (N, False, "none", "My Libre sensor died after two days again, does anyone else have this?"),
    (N, False, "none", "i literally died when the nurse called me by my mums name 😂"),
    (N, False, "none", "Honestly I'd rather die than do the glucose tolerance test again, that drink is vile haha"),
    (N, False, "none", "The pharmacist sat me down and explained how dangerous an overdose of paracetamol is for my liver, so I'm very careful now."),
    (N, False, "none", "My new medication leaflet lists suicidal thoughts as a possible side effect. Has anyone had that? I'm fine, just nervous."),
    (N, False, "none", "At pre-op they asked if I'd ever thought about harming myself. I said no, which is true, but it was an odd question before a knee op."),
    (N, False, "none", "Twelve years ago I tried to take my own life. Today I ran my first 10k. If you're in the dark, it can get better."),
    (N, False, "none", "I have old self-harm scars on my arms and the phlebotomist didn't bat an eyelid. Small kindnesses."),
    (N, False, "none", "I used to think about suicide a lot when I was first diagnosed, but that's long behind me now. Life is good."),
    (N, False, "none", "It's ten years today since we lost my brother to suicide. Hug your people."),
    (N, False, "none", "Going to my first suicide loss support group tonight. Nervous."),
    (N, False, "none", "The prevention walk raised over two thousand for the crisis line this year, well done all!"),
    (N, False, "none", "Just a reminder that Lifeline is 13 11 14 if anyone needs it, day or night."),
    (N, False, "none", "My son has been quiet since starting dialysis. I asked him if he'd had any thoughts of hurting himself and he said no, and he's agreed to see the psychologist."),
    (N, False, "none", "Mum is very low since Dad died, but she's safe, she has a counsellor and we visit every day."),
    (N, False, "none", "We've put a DNR in place for Grandad after talking with the palliative team. It's what he wants."),
    (N, False, "none", "After a lot of thought, Dad and his renal team have agreed to stop dialysis and focus on comfort. We're spending the time together."),
    (N, False, "none", "The assisted dying bill is being debated in parliament this week. Strong feelings on both sides in our house."),
    (N, False, "none", "When my time comes I'd like to die at home with my dog on the bed. My palliative nurse has written it down."),
    (N, False, "none", "They played \"Another One Bites the Dust\" in the gym at cardiac rehab. Dark humour, physios."),
    (N, False, "none", "This will be my last post here for a while, I'm moving over to the post-transplant group. Thanks for everything!"),
    (N, False, "none", "Saying goodbye to my consultant today, she's retiring after 30 years. I cried a bit."),
    (N, False, "none", "I've been saving my tablets up because we're going abroad for six weeks and the chemist needed notice."),
    (N, False, "none", "The bridge into town is closed for repairs so it took me ages to get to the clinic."),
    (N, False, "none", "Tonight's the night, first time trying the new pump overnight! Wish me luck."),
    (N, False, "none", "The doctor cut my dose and the dizziness is already better."),
    (N, False, "none", "I cut my hand on a tin can and with the blood thinners it just would not stop."),
    (N, False, "none", "Burnt my arm on the oven tray. Neuropathy means I didn't notice until it blistered."),
    (N, False, "none", "I've decided. I'm going ahead with the surgery next Friday. Scared but ready."),
    (N, False, "none", "I'm not suicidal or anything, just really fed up with being ill all the time."),
    (N, False, "none", "I would never hurt myself, I've got my kids. But some days are really hard."),
    (N, False, "none", "My mum always said \"you'll be a long time dead, so have the cake\". Had the cake."),
    (N, False, "none", "I'm breaking up with my boyfriend tonight. It's for the best."),
    (N, False, "none", "I gave away all my spare sensors and pump supplies to a family who couldn't get them."),
    (N, False, "none", "Wrote letters to my MP and the health board about the waiting times. Nothing yet."),
    (N, False, "none", "My teenager joked he'd rather die than be seen with me at the shops. Teenagers!"),
    (N, False, "none", "the heat is killing me and my sugars are all over the place"),
    (N, False, "none", "My dad keeps joking that he's not dead yet every time the doctor asks how he is."),
    (N, False, "none", "Our ward nurses do a self-harm risk check on every admission. I think it's a good thing."),
    (N, False, "none", "I've got everything ready for the hospital stay tomorrow, bag packed, chargers, snacks."),
    (N, False, "none", "It's been five years since my overdose. I'm a support worker now and I love it."),
    (N, False, "none", "My uncle killed himself when I was twelve. That's why I'm so open about mental health with my kids."),
    (N, False, "none", "The news today said self-harm admissions in teenagers have gone up. Worrying."),
    (N, False, "none", "My neighbour's dog died last week and she's heartbroken. I took her some soup."),
    (N, False, "none", "Stuck on hold with the insurer for an hour, somebody shoot me 😂"),
    (N, False, "none", "I scratch my psoriasis in my sleep and wake up with bloody marks, any tips?"),
    (N, False, "none", "This is goodbye to my old wheelchair, the new one is so much lighter!"),
    (N, False, "none", "No thoughts of harming myself, I just feel flat. Is that the new tablets?"),
    (N, False, "none", "I'm ending my gym membership, I can't go during chemo anyway."),
    (N, False, "none", "I've set the date for my transplant! 14 months on the list and finally."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
