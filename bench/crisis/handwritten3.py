#!/usr/bin/env python3
"""Write handwritten3.jsonl: a fourth held-out set, hand-written before the second round of
tuning began and before any rule of that round changed. Voices unlike the earlier sets:
Australian, UK, Indian, Canadian English, teenagers texting, older people, carers; typos,
run-on sentences, long posts with the signal in one middle sentence, posts about someone
else, and many hard negatives of every kind in the corpus README. Never tuned on: scored
once before the round ("before") and once at its end ("after").
Content note: as in the corpus README, methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, False, "self", "G'day all, been lurking here since my resection. The infusion nurse rang to reschedule and I told her not to bother. Truth is I've made up my mind, I'm ending things this arvo while the missus is at her sister's. Cheers for the yarns over the years."),
    (I, False, "self", "Namaste everyone. Today I am writing my last message on this forum. Dialysis thrice weekly has finished me financially and mentally. I have decided to end my life tonight itself, kindly do not inform my son."),
    (I, False, "self", "ok so like nobody irl knows but im gonna do it tmrw after skool. wrote notes for my bros. sry guys ur the only ppl who got it"),
    (I, False, "self", "I am 81 and have buried my wife and both my brothers. The hospice talk is not for me, I shall not wait for it. I have put my affairs in order and on Sunday I intend to take my own life. I wished to thank the members who kept me company."),
    (I, True, "self", "Sorry eh, this isn't a usual post. Pump's been beeping all day and I just don't care anymore. I've been saving up my insulin and I'm going to use it all tonight once my roommate heads to work."),
    (I, True, "self", "so the appointment got moved again and the pharmacy messed up my script and my landlord wants me out by friday and honestly i have decided i am not going to be here by friday anyway i have the rope in the garage and i will go through with it when everyone is asleep"),
    (I, False, "self", "i cnat keep goign. tonigth i'm gonna kil myself. i've got evrything i need. bye"),
    (I, False, "self", "Quick update on the lupus: hydroxychloroquine seems to be helping my joints, and the rheumatologist is happy with my kidney function. Skin rash still flares in the sun. I won't be at the next appointment though, because I have chosen Friday and that's when I finish it. Anyway, for anyone starting HCQ, get your eyes checked yearly."),
    (I, True, "self", "Drove out to the bridge on the ring road. Sat in the car for an hour. Going back up there when it gets dark to jump and that'll be that. Love to my girls."),
    (I, True, "self", "Caring for mum round the clock with her dementia and there's nothing left of me. I've been squirreling away my sleeping tablets for months. Once her carer arrives in the morning I'm taking the lot."),
    (I, True, "self", "Took all my tablets about twenty minutes ago. Feeling floaty. Just wanted someone to know, don't ring anyone."),
    (I, False, "self", "this is goodbye. i love you all. i'm not gonna make it to the morning and thats my choice."),
    (I, False, "self", "Set my emails to go out to my kids on Monday morning. By then it'll be done. The cat's going to my neighbour."),
    (I, True, "self", "Cancelled my next chemo, no need to rebook it. I'm going tonight, on my own terms, with the tablets I've stored up."),
    (I, False, "self", "Final post. Thanks for being kind to me these three years. Don't book my follow up."),
    (I, False, "self", "I've settled on Saturday. The letters are written. My sister gets the dog."),
    # imminent, someone else
    (I, False, "other", "My grandson (17) sent a snapchat saying he's sorry for everything and 'this is it'. His phone's off now. His mum is driving round to his flat. What do we do??"),
    (I, True, "other", "My younger brother messaged on WhatsApp that he is going to hang himself in his hostel room tonight. He is not picking up the call. I am in another city."),
    (I, True, "other", "Mum's been so low after the stroke and tonight she told me she's stopped taking her warfarin and her other pills on purpose because she wants to go. She's made me promise not to tell the GP."),
    (I, True, "other", "My mate Dazza texted 'goodbye cobber, look after the dog for me' and now he won't answer. He's been on about the cliffs near his place all week."),
    (I, False, "other", "my gf just said she took a bunch of stuff and wants to sleep forever. shes not making sense on the phone"),
    (I, True, "other", "My husband left a note on the kitchen table saying he's sorry and that he loves us. His truck's gone and so is his hunting rifle."),
    # ideation, the author
    (D, False, "self", "I'm 74, widowed, and the COPD is getting worse. I'm not going to do anything daft, but I do go to bed each night hoping the Lord takes me before morning."),
    (D, False, "self", "lowkey wish i could just vanish forever. like not exist. nobody would even notice tbh"),
    (D, False, "self", "Honestly reckon the family'd be better off with me out of the picture. The Crohn's costs us a fortune."),
    (D, False, "self", "Sometimes I feel there is no use of my living. My in-laws say I am a burden on the family since the diagnosis."),
    (D, False, "self", "I keep picturing my own funeral and feeling relieved. Is that normal with MS fatigue? I don't have a plan or anything."),
    (D, False, "self", "i dont wnat to be alive anymroe. the pain is constnat"),
    (D, False, "self", "started the new biologic and it's fine I guess and work is fine and my partner is fine and I just lie there at night thinking how much easier it would be if I just didn't wake up and I don't know who to tell"),
    (D, False, "self", "Hi all, question about sensors falling off in the heat, what adhesive do you use? I've tried Skin Tac. Also, tbh, I've been having thoughts of suicide again for the past couple of weeks, no plan, just there in the background. Anyway, the overpatches from the pharmacy are rubbish."),
    (D, False, "self", "I'm not scared of dying anymore, I'm scared of living another 30 years like this. Some days I want to die so badly."),
    (D, False, "self", "Had the mood questions at my GP and I lied and said no. I think about ending it most days."),
    (D, False, "self", "Tbh I'm just tired. Tired of being a patient. I don't want to keep going."),
    (D, False, "self", "The thought of topping myself is the only thing that helps me sleep at the moment."),
    (D, True, "self", "Whenever I'm at the station I think about stepping in front of the train. I've never told anyone that."),
    (D, True, "self", "I keep my old oxy from after the surgery hidden in my sock drawer and I think about taking it all constantly. I'm not going to, not now anyway."),
    (D, True, "self", "Dad's shotgun is still in the shed since he passed and I think about using it on myself way too much these days."),
    (D, False, "self", "unaliving myself sounds better every day ngl"),
    (D, False, "self", "I wish I'd never woken up after the transplant op."),
    (D, False, "self", "most days i feel like disappearing for good. not like running away, like actually gone"),
    (D, False, "self", "I have no plan, I have decided nothing, but I think about death as my escape every single day."),
    (D, False, "self", "If my scan is bad on Friday I'm done, I'll end it."),
    (D, False, "self", "my therapist asked if i'm safe and i said yes but honestly i'm not sure i want to be alive"),
    (D, False, "self", "Lost my job, lost the flat, and now the kidney's failing. I don't see the point in carrying on."),
    (D, False, "self", "I've told my daughter I've had a good innings and I'd rather not see another winter. I mean it more than she thinks."),
    (D, False, "self", "Reckon I'd be better off six feet under, mate. Not joking this time."),
    # ideation, someone else
    (D, False, "other", "Grandad keeps telling the nurses he wishes he'd just die in his sleep and that he's had enough of living."),
    (D, False, "other", "My 15 yr old told me last night she wants to kill herself. She's got an appointment with CAMHS on Thursday but I'm terrified."),
    (D, False, "other", "My father-in-law keeps saying he wants to die rather than be a burden on us. He says it daily since his amputation."),
    (D, True, "other", "My wife said she thinks about driving her car into a tree on the way home from chemo. She says she'd never do it, but she thinks it."),
    (D, False, "other", "My best friend has been saying stuff like 'what's even the point of me' and 'you'd all be happier without me around'. Should I tell her parents?"),
    (D, False, "other", "my bf keeps saying he wants to unalive and idk what to do hes 16"),
    # self-harm, the author
    (S, False, "self", "relapsed last nite after 8 months. cut my thigh. feel so stupid"),
    (S, False, "self", "I burned my wrist with the lighter on purpose after the clinic rang. Haven't done that since I was at uni."),
    (S, False, "self", "been scratching my arms till they bleed again when my sugars r high and i get angry"),
    (S, False, "self", "Punched the bathroom wall over and over till my knuckles split. I know it's not healthy."),
    (S, False, "self", "I have started hurting myself when the pain becomes too much. My husband does not know."),
    (S, False, "self", "Wearing long sleeves in 30 degree heat again because of the marks. Did it again on Tuesday."),
    (S, False, "self", "The urge won tonight. I hurt myself. I'm okay, I'm not trying to die, just needed it to stop."),
    (S, False, "self", "self harming again, 3 times this week. i don't want to die i just want to feel something"),
    (S, False, "self", "I bite my hands until they bruise when I get overwhelmed by the tinnitus."),
    (S, False, "self", "Ashamed to write this at 62 but I've been hitting myself on the head when the pain gets unbearable. My wife caught me yesterday."),
    (S, False, "self", "Relapsed with self harm over the weekend after a month clean. Not proud."),
    (S, False, "self", "keep digging my nails into my skin until it bleeds during flares"),
    (S, False, "self", "Hit my legs with my fists till they bruised after the infusion was cancelled"),
    # self-harm, someone else
    (S, False, "other", "Found fresh cuts on my daughter's thighs when I was helping her with her stoma bag. She says it's been every night."),
    (S, False, "other", "My son (14) has been burning himself on his arm, his brother told me. He's type 1 and the burnout is real."),
    (S, False, "other", "My flatmate's been cutting again, I saw the plasters and the blood on the towel."),
    (S, False, "other", "My partner punched the wall until his hand swelled after his ALS consult and today he did it again. He says it helps."),
    (S, False, "other", "my mate from school has been self harming, she showed me her arm at lunch. should i tell a teacher?"),
    # none: idioms
    (N, False, "none", "This methotrexate nausea is killing me, anyone got tips? Ginger isn't cutting it."),
    (N, False, "none", "Been flat out like a lizard drinking, dead on my feet after the night shift. The Crohn's fatigue is next level."),
    (N, False, "none", "Me mum's dying to meet the new nephrologist, she reckons he's a dish."),
    (N, False, "none", "My Dexcom died in the middle of the night and I nearly threw it out the window lol"),
    (N, False, "none", "I could kill for a proper cup of chai after this fasting blood test."),
    (N, False, "none", "Physio nearly killed me today, legs are jelly. Worth it though."),
    (N, False, "none", "The hospital parking fees are daylight robbery, they'll be the death of me."),
    (N, False, "none", "That exam was brutal, i literally died when i saw q3. anyway my sugars tanked after"),
    (N, False, "none", "My knees are shot, I'm over it, honestly ready to throw in the towel on running and just swim instead."),
    (N, False, "none", "The new pump went dead on Sunday, had to go back to pens for a day."),
    (N, False, "none", "Black ice nearly killed me this morning, car went sideways on the 401. All good, just shaken."),
    (N, False, "none", "My son is dying to get his learner's permit but the endo wants his A1c down first."),
    (N, False, "none", "Lol my sister says she's going to kill me for telling mum about her tattoo"),
    # none: hyperbole and jokes
    (N, False, "none", "I'd rather jump off a bridge than sit through another two hour wait in outpatients lol"),
    (N, False, "none", "if the pharmacy puts me on hold one more time i'm gonna kms 💀"),
    (N, False, "none", "Kill me now, the insurance company wants the form in triplicate. 😂"),
    (N, False, "none", "If I hear 'have you tried yoga' one more time I swear I'll walk into the sea haha"),
    (N, False, "none", "hospital jelly is so bad i'd rather die tbh. lol"),
    # none: clinical talk
    (N, False, "none", "Pharmacist went through overdose risks with my new opioid script: keep them locked away from the grandkids, don't double up. Very thorough."),
    (N, False, "none", "The leaflet for my new acne tablets lists suicidal thoughts as a rare side effect. Has anyone had mood changes on it?"),
    (N, False, "none", "Nurse asked me the usual questions at the pre-assessment, did I ever have thoughts of harming myself. Said no, all fine, op is on Thursday."),
    (N, False, "none", "PHQ-9 question 9, does anyone else find it awkward? I always tick 'not at all' but it makes me think."),
    (N, False, "none", "Our pharmacy now hands out naloxone kits for free, worth picking one up if anyone in your house is on strong painkillers."),
    (N, False, "none", "Filling in the self-harm risk form for my son's school trip was a bit much, he's fine, it's standard."),
    (N, False, "none", "Doctor sahib explained that stopping immunosuppressants suddenly can cause rejection, so I am strictly taking them on time."),
    (N, False, "none", "As a mental health nurse I often ask patients if they've had thoughts of ending their life. It's not scary to ask, it saves lives."),
    (N, False, "none", "In my support group we talked about how to respond if a friend says they want to die. Very useful training."),
    # none: the past, in recovery
    (N, False, "none", "It's been 12 years since I tried to kill myself. Today I walked my daughter down the aisle. Hold on, folks."),
    (N, False, "none", "Old scars on my arms from when I was a teenager. The new dermatologist asked and I was honest, it's long behind me."),
    (N, False, "none", "Five years free of self harm today! Celebrating with a massive cake and my insulin ratio is already crying."),
    (N, False, "none", "My safety plan is still on the fridge but I haven't needed it in two years. Thinking I might take it down."),
    (N, False, "none", "Back in 2015 I overdosed on my tablets. I'm in a much better place now with my renal team and my dog."),
    (N, False, "none", "I used to think everyone would be better off without me. Not any more, three years of therapy later."),
    (N, False, "none", "Long post sorry. Update: the new nephrologist is great, potassium is down, fluid restriction is hard in summer, and I'm finally sleeping. Husband's been a rock. A year ago I was in a dark place and wanted to end it, but that's behind me now. Next review in 3 months."),
    # none: grief
    (N, False, "none", "Three years today since my brother took his own life. Lighting a candle for him tonight."),
    (N, False, "none", "Went to my first suicide loss support group meeting. Everyone was so kind."),
    (N, False, "none", "My uncle died by suicide when I was 12 and I still think about him around the holidays."),
    (N, False, "none", "Our carers' group lost a member last week, she passed away in her sleep. Funeral is Friday."),
    # none: news and awareness
    (N, False, "none", "Doing the Out of the Darkness walk on Saturday for suicide prevention, sponsor link in my bio."),
    (N, False, "none", "Saw a study in the news about suicide rates among dialysis patients, quite sobering. Do the units have psych support?"),
    (N, False, "none", "Reminder: in Australia Lifeline is 13 11 14, in the UK Samaritans is 116 123. Save them in your phone for a mate."),
    (N, False, "none", "R U OK? Day at work today, we all wore yellow. Ask your mates, and mean it."),
    # none: worried caregivers, no current risk
    (N, False, "none", "My husband's been really low since his amputation. I asked him straight out if he'd thought about suicide and he said no, and he's seeing a counsellor weekly now."),
    (N, False, "none", "Mum is sad a lot since Dad died but she's safe, she's got her church group and the GP is keeping an eye."),
    (N, False, "none", "My teen has been a bit withdrawn since the T1 diagnosis. School counsellor checked in, no self harm, just adjusting."),
    (N, False, "none", "Worried about my dad, he's not eating much, but when I asked he said 'I'm not going anywhere, love.' Got him a GP appt."),
    (N, False, "none", "Teen here: my friend said she wanted to kill herself last year but she's in therapy now and doing so much better. Proud of her."),
    # none: end of life
    (N, False, "none", "Dad's consultant and the family agreed he'd stop dialysis and move to comfort care at the hospice. Peaceful so far."),
    (N, False, "none", "Wrote my advance directive today, DNR included. Feels good to have it sorted while I'm well."),
    (N, False, "none", "Our state is debating voluntary assisted dying again. Thoughts from people with terminal diagnoses?"),
    (N, False, "none", "Mum's on palliative care now, she's chosen to stop chemo and the team supports her. We're making a memory box."),
    (N, False, "none", "Dr said without the transplant I'd be dead by now, so grateful to my donor family."),
    # none: quotes and titles
    (N, False, "none", "They played 'Don't Fear the Reaper' at the infusion centre lol, nurses thought it was hilarious."),
    (N, False, "none", "Nan always said 'when I go, I want to go dancing.' She's 92 and still doing Zumba."),
    (N, False, "none", "Watching Suicide Squad during my dialysis session, the kids' recommendation. Not bad."),
    # none: lookalikes
    (N, False, "none", "This is my last post in the T2 group, moving over to the pump users group now I'm on insulin. Thanks all!"),
    (N, False, "none", "Giving away my spare pen needles and test strips, DM me, free to a good home."),
    (N, False, "none", "Sent a letter to the insurer about the denied claim. Final appeal."),
    (N, False, "none", "Saying goodbye to my consultant today, she's retiring after 30 years. Got her a card and cried like a baby."),
    (N, False, "none", "Been stocking up on my tablets because of the shortage, pharmacist gave me two months."),
    (N, False, "none", "The bridge on my route to the clinic is closed for repairs so it's an extra 20 mins."),
    (N, False, "none", "Cut my dose of pred down to 5mg today, finally!"),
    (N, False, "none", "tonight's the night i try the new closed loop. wish me luck"),
    (N, False, "none", "I'm saving my pain meds for the long flight to Delhi, doc said only take them if needed."),
    (N, False, "none", "I've decided, I'm going through with the bariatric surgery in March."),
    (N, False, "none", "Made my decision, I'm leaving the support group, it's just not for me. Take care everyone."),
    (N, False, "none", "Not coming back to this forum for a while, exams. Bye guys, see you in June."),
    (N, False, "none", "My rope access job is ending so I'm switching to a desk role, my back will thank me."),
    (N, False, "none", "Dad's guns have finally been handed in at the police amnesty, his dementia is getting worse and we didn't want them in the house."),
    (N, False, "none", "Took my last tablet of the antibiotic course today, yay."),
    (N, False, "none", "I'm done with the Libre, switching back to finger pricks."),
    (N, False, "none", "Gave my old insulin pump to a charity that sends them abroad. Goodbye old friend!"),
    (N, False, "none", "Our group leader asked everyone to share their goals for the new year. Mine: to make it to my son's wedding."),
    (N, False, "none", "My cat knocked my tablets off the bedside table and I found them all under the bed lol"),
    # none: accidental injury
    (N, False, "none", "Sliced my finger chopping onions and on apixaban it bled for ages. Any tips?"),
    (N, False, "none", "Burned my foot on the hot water bottle, couldn't feel it with the neuropathy."),
    (N, False, "none", "Arms are covered in bruises from all the blood draws this week, look like a pin cushion."),
    (N, False, "none", "Woke up with scratches all over my legs, must have been itching in my sleep with the eczema."),
    # none: negation, hypotheticals, fiction
    (N, False, "none", "I'm not suicidal, just angry at the system. The wait for rheumatology is 14 months."),
    (N, False, "none", "I have never wanted to end my life, even on the worst days, and I want to tell anyone newly diagnosed that it does get better."),
    (N, False, "none", "My doctor asked if I want to die. I said no, I want to live, I just want less pain."),
    (N, False, "none", "Writing a novel where the main character has thoughts of suicide. Any T1D readers willing to check the hospital scenes?"),
    (N, False, "none", "I'd never hurt myself, but the pain is making me miserable. Any advice on TENS machines?"),
    (N, False, "none", "There's no point going to the walk-in centre on a Sunday, the wait is 6 hours."),
    (N, False, "none", "I feel like I'm dying every time I get the flu on immunosuppressants, but it passes."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten3.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hy-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
