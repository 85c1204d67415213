#!/usr/bin/env python3
"""Write handwritten2.jsonl: a third held-out set, hand-written after the first held-out
scoring and before the last round of tuning; longer posts in mixed voices with the signal
inside ordinary condition talk. Never tuned on; scored once, at the end.
Content note: as in the corpus README, methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent
    (I, False, "self", "Had my review with the renal team, numbers not great. Doesn't matter now. I've sorted the paperwork for my partner and tonight I'm going to end my life. Thank you for the years of kindness here."),
    (I, False, "self", "ok so this is hard to type. i'm done. i've written to my mum and my brother and i'm doing it once they've gone to work tomorrow. dont call anyone"),
    (I, True, "self", "Evening. Kept back a few weeks of my tablets instead of taking them. Tonight I'm taking the lot. Please don't hate me."),
    (I, False, "self", "I am writing to say farewell to all of you. By tomorrow I will not be here. My son has the keys and the papers."),
    (I, False, "self", "Sugar levels all over the place, pump alarms all night, and I've had enough. It ends this weekend, I've decided, no more."),
    (I, True, "self", "Parked up near the railway. Came out here to finish it. Sorry to whoever reads this."),
    (I, False, "other", "Please help, my dad has just rung to say goodbye and that he's sorry for everything. He's hung up and won't pick up again."),
    (I, False, "other", "My sister sent me a message an hour ago saying she's going to end her life tonight. I'm trying to get to her."),
    (I, True, "other", "My partner has the gun out of the cupboard and says he's going to use it tonight. I've left the house."),
    (I, False, "self", "Just so somebody knows. I've taken something and I'm lying down now. Goodbye."),
    (I, False, "self", "I've cancelled everything for next week because I won't be alive for any of it. Thanks for the laughs, group."),
    (I, False, "self", "My mind is made up and tomorrow is the day. Everything is ready. I'm strangely calm."),
    (I, False, "other", "Our daughter has given away her things and left us a letter saying goodbye. She's not answering and we don't know where she is."),
    (I, False, "self", "To the mods: please close my account after this weekend, I won't be needing it. You've all been lovely."),
    (I, True, "self", "I've stopped taking my anti-rejection meds on purpose and I've told no one. I want it to be over."),
    # ideation
    (D, False, "self", "Third flare this year and I'm losing my job. I honestly don't want to be alive anymore. Sorry to bring the mood down, everyone here is so positive."),
    (D, False, "self", "I keep thinking my family would cope better without me. They wouldn't have to keep driving me to the hospital."),
    (D, False, "self", "every night i hope i dont wake up. every morning i do. its exhausting"),
    (D, False, "self", "Does anyone else feel like they're just waiting to die? I think about killing myself most days but I'd never tell my doctor."),
    (D, False, "self", "Mum of two here, eight weeks postpartum. I love my baby but I keep having thoughts that they'd be better off without me. I don't want to do anything, I just can't shake it."),
    (D, False, "self", "I'm so tired of living like this. Chronic pain for eleven years. I want it all to stop."),
    (D, False, "self", "Sometimes I think about just not being here anymore. Not in a dramatic way. Just gone."),
    (D, True, "self", "When I stand at the top of the car park at the hospital I think about jumping. I go down the stairs fast."),
    (D, True, "self", "The pills I saved from my last prescription are in the drawer and I think about taking them all most nights."),
    (D, False, "self", "Honestly? If I didn't have my dog I don't think I'd still be here. I think about ending it all the time."),
    (D, False, "self", "yeah so i kinda want to kill myself lol. not even joking. school and the diabetes and everything"),
    (D, False, "self", "I feel like a burden and I've been wishing I could just die in my sleep. I'm 79 and I've had enough."),
    (D, False, "self", "I can't keep going like this. Death would honestly be a relief."),
    (D, False, "other", "My son, 17, wrote in his notebook that he wants to die and that nobody would care. He doesn't know I saw it."),
    (D, False, "other", "Since the stroke my husband keeps saying he wishes he'd died. He says it every day now."),
    (D, False, "other", "my flatmate told me last night he's been thinking about suicide a lot. i don't know what to say to him"),
    (D, False, "other", "My mother says she's ready to die and doesn't want to live anymore, she isn't ill, she's just given up since Dad went."),
    (D, False, "self", "I don't see any way out of this except dying."),
    (D, False, "self", "Suicidal again. It comes in waves with the steroid crashes."),
    (D, False, "self", "Diagnosed with lupus at 24. Some nights I lie there wishing I would just stop existing."),
    # self-harm
    (S, False, "self", "I hit myself again when the pain came back last night. I know it doesn't help. I can't stop."),
    (S, False, "self", "Cut again after the clinic. Third time this month."),
    (S, False, "self", "I've been burning my arm with a lighter when I feel numb. Started a few weeks ago."),
    (S, False, "self", "ngl i've been self harming again since the diagnosis, hiding it from my parents"),
    (S, False, "other", "My son came home with cuts on his arms again. He says he does it when things get too much."),
    (S, False, "other", "My wife has started scratching her skin raw on purpose when she's anxious. It's getting worse."),
    (S, False, "self", "Relapsed with the cutting on Saturday after a year clean. Feeling rubbish about it."),
    (S, False, "self", "I keep biting my arm until it bruises when I'm overwhelmed at work."),
    # none: ordinary
    (N, False, "none", "Hi all, just diagnosed with type 2 at 58. The dietitian has me counting carbs. Any good apps?"),
    (N, False, "none", "Got my first pump today! Terrified and excited. The trainer was brilliant."),
    (N, False, "none", "Does anyone else get a metallic taste with their iron tablets? It's putting me off my food."),
    (N, False, "none", "My mum's memory is getting worse. She asked me three times today what day it was. Any tips for the evenings?"),
    (N, False, "none", "Eight weeks post-transplant and my creatinine is finally stable. Thank you all for the support."),
    (N, False, "none", "Baby is four months and finally sleeping a five hour stretch. I feel like a new woman."),
    (N, False, "none", "Flare has settled after the steroid taper. Back to work on Monday, wish me luck!"),
    # none: hard negatives
    (N, False, "none", "This new infusion schedule is killing me, three afternoons a week."),
    (N, False, "none", "I'm dying to get back to swimming once the port is out."),
    (N, False, "none", "If I hear that hold music one more time I swear I'll scream lol"),
    (N, False, "none", "Honestly I'd rather die than eat hospital porridge again 😂"),
    (N, False, "none", "I nearly died laughing when my consultant tried to use the new system."),
    (N, False, "none", "The pharmacist went through the overdose warnings for my new painkillers very carefully."),
    (N, False, "none", "My medication info sheet mentions suicidal thoughts. I've had none, but I'm keeping an eye out."),
    (N, False, "none", "At my mental health review they asked if I'd had thoughts of ending my life. I said no, which was true."),
    (N, False, "none", "I tried to end my life when I was 17. I'm 52 now with grandchildren. Please hang on, it does get better."),
    (N, False, "none", "I have faded scars from cutting years ago. I wear short sleeves now and I'm proud of that."),
    (N, False, "none", "It's three years since my nephew died by suicide. The family is still raw."),
    (N, False, "none", "Signed up to walk for a suicide prevention charity in memory of my friend."),
    (N, False, "none", "My son has been down, but when I asked about self-harm or suicide he said no and he's seeing the school counsellor."),
    (N, False, "none", "We've decided as a family, with the hospice team, to stop Dad's dialysis and keep him comfortable."),
    (N, False, "none", "Mum wants to die at home when the time comes, and the palliative nurses are helping us plan."),
    (N, False, "none", "There's a song on the radio, 'Another One Bites the Dust', and my husband sings it after every blood test."),
    (N, False, "none", "This is my last post for a while, I'm having surgery on Thursday. See you on the other side!"),
    (N, False, "none", "Saying goodbye to my dialysis nurses today, I'm moving to home haemo. I'll miss them."),
    (N, False, "none", "I'm keeping a stash of spare tablets in my bag in case I get stuck at work again."),
    (N, False, "none", "Tonight's the night I try sleeping without the CPAP, the mask broke."),
    (N, False, "none", "Cut my hand on a broken glass washing up, the blood thinners made it a mess."),
    (N, False, "none", "Burnt my fingers on the kettle again, the neuropathy means I don't feel it in time."),
    (N, False, "none", "I'm not suicidal at all, I'm just venting about how exhausting this is."),
    (N, False, "none", "I'd never hurt myself, my kids need me. I'm just so tired."),
    (N, False, "none", "Bye for now everyone, off to the new pregnancy group. Thanks for everything!"),
    (N, False, "none", "I've made my decision: I'm switching to the new biologic next month."),
    (N, False, "none", "I've written a letter to my MP about the prescription charges."),
    (N, False, "none", "My gran always said 'when I go, I want to go dancing', and she did dance at her 90th."),
    (N, False, "none", "Killing time in the waiting room, anyone else here for the 2pm clinic?"),
    (N, False, "none", "I'm going to end it with the pain clinic and find a new one, they never listen."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten2.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hx-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
