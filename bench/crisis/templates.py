"""Label-bearing sentence templates for gen.py.

Content note: synthetic sentences about suicide and self-harm, for testing safety tooling.
Methods are named only in the plainest words (the pills I've been saving, the bridge, the
train line, the gun in the house) and never with a dose, a quantity, a place or a how-to.

Slots: {time} a time soon, {rel} a person ("my son"), {he}/{him}/{his}/{himself}/{hes}
that person's pronouns, {He} capitalised, {meth} a method object, {means} means at hand.
Each template list is split by gen.py: about 30% of the templates of every list appear only
in the held-out part, so held-out measures new phrasings, not new slot fillers.
"""

TIMES = ["tonight", "tomorrow", "this weekend", "on Friday", "on Sunday night", "after my shift",
         "once the kids are asleep", "when everyone is out", "before my next appointment",
         "after the scan on Thursday", "at the end of the week", "later today", "in the morning",
         "once my partner leaves for work", "this arvo", "before the holidays are over",
         "after the school run", "when my husband goes away next week", "tomoz", "by morning"]

# Method objects in plain words only (see the content note).
METHOD_PILLS = ["the pills I've been saving", "the tablets I kept back", "my stash of old painkillers",
                "the pills I've been hoarding", "all the tablets I've saved up",
                "the pain meds I stockpiled"]
METHOD_PLACES = ["the bridge", "the train line", "the railway tracks", "the top of the car park",
                 "the cliffs", "the overpass"]
METHOD_GUN = ["the gun in the house", "my dad's gun"]
METHOD_STOP = ["stopping dialysis without telling anyone", "stopping my transplant meds on purpose",
               "skipping my insulin on purpose so it ends"]

# ---- imminent, self -------------------------------------------------------------------------
IMMINENT_INTENT_TIME = [
    "I'm going to kill myself {time}.",
    "{Time} I end my life.",
    "I've decided I'm ending it {time}.",
    "I'm going to take my own life {time}, I've made my mind up.",
    "It ends {time}. I'm ready.",
    "I'm done. I'm ending things {time}.",
    "I'll be gone {time}, I've decided.",
    "Going to finish it {time}, nobody will talk me out of it.",
    "im gonna kms {time} for real",
    "I plan to end my life {time}.",
    "I'm going to top myself {time}.",
    "{Time} is when I'm going to do it. I'm going to end my life.",
    "i'm going to unalive myself {time}",
    "I have decided to end my life {time} itself.",
    "My mind is made up, {time} I'm going to kill myself.",
    "I won't be alive {time}, I've decided.",
    "I'm checking out for good {time}.",
    "i cant do this anymore, ending it {time}",
    "I'm not going to be alive {time}.",
    "I'm going through with it {time}, I'm going to end my life.",
]
IMMINENT_FINALITY = [
    "This is my last post. Thank you all for being kind to me.",
    "Goodbye everyone. I'm sorry for everything.",
    "By the time anyone reads this I'll be gone.",
    "I've written letters to my kids and left them where they'll find them.",
    "If nobody hears from me after tonight, that's why.",
    "Please don't bother booking my next appointment, I won't be needing it.",
    "I've given my cat to my neighbour and left my passwords for my sister. I won't be here next week.",
    "I've scheduled messages to my family for the morning. Goodbye.",
    "I won't be around after tonight. Thank you for everything.",
    "I wanted to say goodbye to the only people who understood. I won't be here tomorrow.",
    "I'm saying my goodbyes now. Look after each other.",
    "Sorry to everyone I've let down. This is goodbye.",
    "I cancelled my clinic appointments because I won't be alive for them.",
    "Tell the mods to delete my account after I'm gone.",
    "I wrote a note for my partner and put it on the table. I'm not going to be here much longer.",
    "I've sorted my will and who gets the dog. I won't be around after the weekend.",
    "I've said what I needed to say to my mum. Tonight is the night.",
    "Signing off for good. Thank you all.",
    "I've cleared out my things so nobody has to deal with it after I'm gone.",
    "My goodbye messages are written and set to send on Sunday.",
    "Last message from me, I won't be here by the morning.",
    "i wont be here tmrw. sorry everyone",
]
IMMINENT_DECISION = [
    "I've made my decision and I'm doing it {time}.",
    "I've got everything I need and I'm going to do it {time}.",
    "I have a plan and a date. It's {time}.",
    "I've picked the day and I'm not scared anymore.",
    "Please don't try to stop me, I'm going through with it {time}.",
    "Everything is ready and I'm going to go through with it {time}.",
    "I've set a date and it's {time}.",
    "Nothing is going to change my mind, it happens {time}.",
    "I've got it all planned out for {time}.",
    "I know exactly when I'm doing it and it's {time}.",
]
IMMINENT_UNDERWAY = [
    "I've already taken something and I'm just waiting for it to work.",
    "I took something a little while ago. I just wanted someone to know.",
    "I've started and I'm not going to stop this time.",
    "It has already started and I feel calm now. I just wanted to say it somewhere.",
]
IMMINENT_METHOD = [  # method_detail: true
    "I've got {pills} out on the table and I'm taking them {time}.",
    "I'm at {place} right now and I'm not going back home.",
    "I'm going to {place} {time} and I'm not coming back.",
    "I've decided to use {gun} {time}.",
    "I've been {stop} and I want it to be over soon.",
    "{Pills} are in my bag and {time} is when I use them.",
    "I'm sitting in the car near {place} and I came here to end it.",
    "I know which bridge, and I'm going there {time}.",
    "I'm taking {pills} {time}, I've decided.",
    "I've decided on {place} and I'm going {time}.",
    "I've kept {pills} for months and {time} is the night.",
    "There's {gun} and I'm going to use it on myself {time}.",
]

# ---- ideation, self -------------------------------------------------------------------------
IDEATION = [
    "I keep thinking about killing myself.",
    "Most nights I hope I just don't wake up.",
    "Honestly everyone would be better off without me.",
    "I don't want to be alive anymore.",
    "I've been having thoughts of suicide again.",
    "I wish I could go to sleep and never wake up.",
    "Suicide is on my mind more and more.",
    "I'm so tired of being alive.",
    "Part of me wants to just stop existing.",
    "I think about ending my life most days.",
    "ngl i kinda want to unalive myself",
    "i wanna kms honestly",
    "I've been wondering if it'd be easier to not be here at all.",
    "Some days I wish the illness would just hurry up and finish me off.",
    "My kids would be better off without a mum like me.",
    "I don't see the point in living anymore.",
    "I'm a burden to my family and they'd be happier if I was dead.",
    "I keep thinking about just checking out for good.",
    "I'd rather be dead than carry on like this.",
    "I feel suicidal most evenings.",
    "The thought of ending it all keeps coming back.",
    "I want to die, I really do.",
    "I hate waking up every morning, I wish I didn't.",
    "i lowkey want to die all the time tbh",
    "I wouldn't care if I didn't make it through the operation.",
    "I've started to think about topping myself.",
    "I can't see a future where I'm still here.",
    "Every night I pray not to wake up.",
    "I find myself thinking I would rather not exist.",
    "I just want to disappear forever, and not in a holiday way.",
    "My husband would cope better with the life insurance than with me.",
    "I don't want to live like this anymore, I'd rather be gone.",
    "When I'm in bed I think about how easy it would be to not be here.",
    "Been having suicidal thoughts since the diagnosis.",
    "i dont wanna be here anymore",
    "I told the nurse I was fine but I'm thinking about suicide a lot.",
    "If I'm being honest I want to end it all.",
    "There's no reason for me to keep living.",
    "I'm not suicidal, I just... actually I am. I think about it every day.",
    "I keep wishing a car would hit me on the way to the clinic.",
]
IDEATION_METHOD = [  # method_detail: true
    "I keep looking at {pills} and thinking about ending it.",
    "Every time I cross {place} I think about jumping.",
    "I think about using {gun} on myself more than I should.",
    "Sometimes I think about {stop} and just letting it happen.",
    "I've thought about {place} a lot lately, how it would all be over.",
    "{Pills} are in the drawer and I think about them every night.",
    "When I drive I think about steering off the road and not having to do this anymore.",
    "Standing on the platform I think about the train and how it would end things.",
]

# ---- self-harm, self ------------------------------------------------------------------------
SELF_HARM = [
    "I cut again last night.",
    "I've been hurting myself on purpose to cope with the pain.",
    "I burned myself again this week, I don't know why I keep doing it.",
    "The urge to self-harm won last night and I gave in.",
    "I relapsed and self-harmed after two months clean.",
    "I've been hitting myself when the frustration gets too much.",
    "I scratched my arms until they bled on purpose.",
    "i hurt myself again today, just to feel something",
    "I've started cutting again since the diagnosis.",
    "My legs are covered in fresh marks again and I'm hiding them.",
    "I self-harmed tonight. I don't want to die, I just needed it to stop.",
    "The self-harm is back and it's getting worse.",
    "I keep punching walls until my hands bruise, it's the only release.",
    "i sh again last night after the hospital call",
    "I've been biting my hands until they bruise when I panic.",
    "Had a relapse with self-harm this weekend.",
    "I hurt myself deliberately after the appointment.",
    "I've been burning my skin when everything gets too loud.",
    "I cut myself after the argument, first time in ages.",
    "Been self harming most nights this week",
]

# ---- other person ---------------------------------------------------------------------------
OTHER_IMMINENT = [
    "{Rel} said {he} is going to kill {himself} {time}.",
    "{Rel} texted me goodbye and now {he} won't answer {his} phone.",
    "{Rel} left a note saying sorry and goodbye, and I can't reach {him}.",
    "{Rel} has been giving {his} things away and said {he} won't be around much longer.",
    "{Rel} rang to say {he} loves us and that it's goodbye. {He} isn't picking up now.",
    "{Rel} told me {he} has a plan and it's happening {time}.",
    "{Rel} posted a goodbye message online and I don't know where {he} is.",
    "{Rel} says {he} has decided to end {his} life {time}.",
    "{Rel} told me not to worry because {time} {he} won't be a problem anymore.",
]
OTHER_IMMINENT_METHOD = [
    "{Rel} has been saving {his} pills and told me {he} is taking them {time}.",
    "{Rel} said {he} is going to the bridge {time} and won't come back.",
    "{Rel} told me there's a gun in {his} car and {he} will use it {time}.",
    "{Rel} has stopped going to dialysis without telling the team, and {he} says {he} wants it over.",
]
OTHER_IDEATION = [
    "{Rel} keeps saying {he} wants to die.",
    "{Rel} told me {he} thinks about suicide every day.",
    "{Rel} says we'd all be better off without {him}.",
    "{Rel} admitted {he} has been having thoughts of ending {his} life.",
    "{Rel} keeps telling the nurses {he} wishes {he} hadn't woken up.",
    "{Rel} said {he} doesn't want to be alive anymore.",
    "{Rel} wrote in {his} diary that {he} wants to kill {himself}.",
    "{Rel} says {he} is a burden and wishes {he} was dead.",
    "{Rel} told the school counsellor {he} wants to unalive {himself}.",
    "{Rel} has been talking about not wanting to be here anymore.",
]
OTHER_IDEATION_METHOD = [
    "{Rel} told me {he} thinks about jumping off the bridge on the way to the hospital.",
    "{Rel} keeps mentioning the pills {he} has saved and says {he} thinks about taking them all.",
]
OTHER_SELF_HARM = [
    "I found fresh cuts on {rel_poss} arms last night.",
    "{Rel} admitted {he} has been hurting {himself} again.",
    "{Rel} has been burning {himself}, I saw the marks today.",
    "{Rel} told me {he} started cutting again after the diagnosis.",
    "{Rel} has been scratching {his} arms raw on purpose.",
    "{Rel} keeps hitting {his} head against the wall when {he} gets upset, and did it again tonight.",
    "The school rang, {rel} has been self-harming in the toilets.",
]

# ---- hard negatives (level none) ------------------------------------------------------------
NEG_IDIOM = [
    "This heat is killing me.", "The steroids are killing my sleep.", "I'm dying to hear how the new pump works for you.",
    "I could murder a cup of tea right now.", "My phone died halfway through the video appointment.",
    "I'm dead on my feet after the night feeds.", "That cake at the hospital cafe is to die for.",
    "Killed two birds with one stone and got my bloods done at the same visit.",
    "My knees are absolutely killing me today.", "Bored to death in the waiting room.",
    "I nearly died laughing when the nurse said that.", "My glucose monitor died again, third one this month.",
    "I'd kill for a proper night's sleep.", "scared me to death when the alarm went off",
    "the queue at the chemist is killing me lol", "The battery on my pump is dead again.",
    "I was so embarrassed I wanted the floor to swallow me up.", "My dad would kill me if I missed another appointment.",
    "this deadline at work is going to be the death of me", "im literally dead 😂 my nan tried to use the app",
]
NEG_JOKE = [
    "I'd rather die than drink that bowel prep again lol.", "Kill me now, the clinic is running two hours late.",
    "Shoot me, they've lost my referral again.", "If I have to ring the insurance hotline once more I'll scream.",
    "i'd honestly rather die than sit through another glucose test haha", "Just kill me, the hold music is back.",
    "I'm going to die of embarrassment if the nurse mentions it again.",
    "If the hospital food doesn't finish me off the parking fees will 😂",
    "kms if i have to do another 24 hour urine collection lol jk",
    "The hospital jelly is a crime against humanity, I'd rather starve.",
    "My husband says he'd rather die than wear the compression socks. Drama queen.",
]
NEG_CLINICAL = [
    "The pharmacist explained the overdose risk of mixing my painkillers with alcohol.",
    "The leaflet says suicidal thoughts are a rare side effect, so my doctor checks in monthly. I feel fine.",
    "My nurse went through the suicide screening questions and I answered no to all of them.",
    "Question 9 on the PHQ-9 always feels strange to answer, but I always say not at all.",
    "They gave us a naloxone kit with the new prescription, just in case.",
    "The pre-op form asked about self-harm history, which felt random.",
    "The psychiatrist asked if I'd had thoughts of harming myself and honestly I haven't.",
    "I'm a nurse and we had training on suicide risk assessment today.",
    "The isotretinoin consent form had a whole section on depression and suicide warnings.",
    "My GP asked if I ever feel like ending my life, I said no and meant it.",
    "Our ward does a self-harm risk form for every admission now.",
    "The dietitian warned me that an iron overdose is dangerous for kids, so we keep it locked away.",
]
NEG_PAST = [
    "Ten years since my overdose and I'm training for a half marathon now.",
    "I attempted suicide when I was nineteen. I'm 45 now and so glad I'm still here.",
    "My old scars from self-harm don't bother me anymore.",
    "I used to cut as a teenager, it's been over a decade.",
    "I made a safety plan years ago and haven't needed it in a long time.",
    "After my diagnosis I was suicidal for a while, but therapy helped and I'm in a good place.",
    "Five years free of self-harm this week!",
    "When I first started dialysis I wanted to die, but this group changed that.",
    "I was in a very dark place after the amputation, but that was years ago.",
    "Back in uni I self-harmed a lot. Nowadays I volunteer with a youth helpline.",
]
NEG_GRIEF = [
    "We lost my brother to suicide three years ago and the anniversary is this week.",
    "My best friend died by suicide last spring and I still think about her every day.",
    "I'm going to a suicide bereavement support group for the first time.",
    "My uncle took his own life when I was a kid, which is why I talk openly about mental health.",
    "We planted a tree for Dad on the anniversary of his death.",
    "My cousin's funeral was on Saturday, she died by suicide and the family is shattered.",
    "Grief comes in waves since Mum passed.",
]
NEG_AWARENESS = [
    "Our group is doing the suicide prevention walk next month, who's in?",
    "Reminder that 988 takes texts too, if anyone ever needs it.",
    "There was a good news piece on self-harm in teenagers last night.",
    "A new study on suicide risk in chronic illness is getting a lot of coverage.",
    "Samaritans are on 116 123 any time, just putting it here for everyone.",
    "The hospital has started a mental health line for dialysis patients.",
    "Our church is hosting a talk on suicide prevention for families.",
]
NEG_CAREGIVER = [
    "I asked my son straight out if he was thinking about suicide and he said no. We've booked him a counsellor anyway.",
    "Mum has been very low, but she's safe and seeing someone weekly.",
    "My husband is down about losing his licence but he isn't talking about hurting himself.",
    "The doctor said to watch our daughter for dark thoughts on the new meds, and so far there's nothing like that.",
    "Dad's been grumpy on the steroids. No safety worries, just hard work.",
    "My teenager seems withdrawn since starting insulin. Any tips for getting her to open up?",
    "My wife cries after every session, but she says she isn't having any thoughts of harming herself.",
]
NEG_END_OF_LIFE = [
    "We signed Dad's DNR after a long talk with the palliative team.",
    "Mum moved into hospice this week, she's comfortable.",
    "When the time comes I want to die at home, not in hospital. My oncologist knows.",
    "I've filled in my advance directive so my kids know my wishes.",
    "Our state is debating an assisted dying law and I have mixed feelings.",
    "Dad and his team decided to stop dialysis and move to comfort care.",
    "I'm not scared of dying, I'm scared of pain at the end, so we've planned with hospice.",
    "Granddad has weeks left, the palliative nurses have been wonderful.",
]
NEG_QUOTE = [
    "\"Don't Fear the Reaper\" came on the radio in the infusion suite and we all laughed.",
    "They were playing \"Stayin' Alive\" while teaching CPR, which I suppose is the point.",
    "My nan always said \"you'll be dead a long time, so enjoy your tea\".",
    "Someone had \"Live and Let Die\" on in the waiting room.",
    "We read \"Do not go gentle into that good night\" at Grandad's funeral.",
    "My dad's favourite line at every checkup is \"not dead yet\".",
]
NEG_LOOKALIKE = [
    "This is my last post in this group, I'm moving over to the transplant group. Thanks all!",
    "Giving away my spare test strips and sensors to anyone who needs them.",
    "Wrote the letters to the insurance company tonight, fingers crossed.",
    "Said goodbye to my old pump today, the new one arrives Monday.",
    "Our consultant is retiring so we said our goodbyes at clinic.",
    "I've been saving up my meds because we're travelling for a month.",
    "I'm stockpiling a few weeks of tablets because the pharmacy keeps running out.",
    "The bridge on the main road is closed so the drive to dialysis takes forever.",
    "The doctor cut my dose in half and I feel much better.",
    "Tonight's the night I finally try the new pump!",
    "I've made my decision, I'm going ahead with the surgery on Friday.",
    "I've got everything I need for the hospital bag.",
    "I'm ending things with my boyfriend tonight, it's been a long time coming.",
    "I won't be around for a few days, surgery on Tuesday.",
    "Logging off for the night, thanks for the chat everyone.",
    "I'm taking a break from the forum for a while to focus on my health.",
    "Got my affairs in order for the move, so much paperwork.",
    "We've set a date for the transplant!",
    "I wrote a note on my phone of everything I want to ask the consultant.",
    "I finally cut out sugar and my numbers are better.",
    "I'm giving away my old clothes since I've lost so much weight.",
]
NEG_ACCIDENT = [
    "Cut my finger chopping veg and on blood thinners it bled for ages.",
    "Burned my hand on the oven because the neuropathy means I can't feel heat.",
    "My arms are covered in bruises from all the blood draws.",
    "I scratch my eczema in my sleep and wake up with marks.",
    "Cut myself shaving and it wouldn't stop bleeding, platelets are low.",
    "Burnt my tongue on soup since chemo changed how I feel temperature.",
    "I banged my head on the cupboard door and it's come up in a lump.",
]
NEG_NEGATION = [
    "I'm not suicidal, just exhausted from all of this.",
    "I would never hurt myself, but I'm really struggling with the pain.",
    "No thoughts of ending it, I'm just so tired.",
    "I don't want to die, I want to feel better.",
    "To be clear I'm safe, I'm not going to do anything, I just need to vent.",
    "I've never wanted to kill myself, but this flare is testing me.",
    "im not gonna hurt myself dont worry, just sad",
]

HARD_NEGATIVE_KINDS = {
    "idiom": NEG_IDIOM, "joke": NEG_JOKE, "clinical": NEG_CLINICAL, "past": NEG_PAST,
    "grief": NEG_GRIEF, "awareness": NEG_AWARENESS, "caregiver": NEG_CAREGIVER,
    "end_of_life": NEG_END_OF_LIFE, "quote": NEG_QUOTE, "lookalike": NEG_LOOKALIKE,
    "accident": NEG_ACCIDENT, "negation": NEG_NEGATION,
}
