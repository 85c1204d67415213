#!/usr/bin/env python3
"""Write handwritten7.jsonl: an eighth held-out set, hand-written one post at a time at the start of
the sixth round, before any change of that round. Voices: Welsh, Ghanaian, Kenyan, Filipino,
Malaysian, Pakistani, Canadian (French-Canadian writers in English too), Hong Kong, Appalachian and
Midwestern US, Geordie and Northern English, Gen-Z slang and abbreviations, very formal older
writers, people writing on behalf of a parent, short aphasia-like sentences, heavy typos; long
posts with the signal in one middle sentence, posts about someone else (partner, child, parent,
friend, online friend), and hard negatives of every kind in the corpus README.
Never tuned on: to be scored once before the round ("before") and once at its end ("after"); its
misses are not read in between.
Content note: as in the corpus README, methods are named only in the plainest words.
"""
import json
import os

I, D, S, N = "imminent", "ideation", "self_harm", "none"

POSTS = [
    # imminent, the author
    (I, False, "self", "Diolch to everyone on here over the years. I posted letters to Mam and my sister this morning, and tonight after tea I'm ending my life. The unit can give my dialysis chair to someone who still wants it."),
    (I, True, "self", "Please pray for me, I am tired of this sickle cell pain. For some months I have been gathering my tablets and this night I will swallow all of them. My wife and children should not suffer my hospital bills again."),
    (I, True, "self", "Sorry eh, nobody here has to fix this. I'm heading out to the car in the garage once the kids are at their dad's tonight and I'm not coming back in. MS took everything else."),
    (I, False, "self", "ngl this is it for me. wrote my notes, set my pfp to black, gonna kms tn once my mum's asleep. ty for being the only ppl who got it"),
    (I, False, "self", "Sorry for my English po. I have decided, after my chemo on Thursday I will end my life already. I gave my savings to my pamangkin for her schooling. Please do not tell my ate."),
    (I, True, "self", "Sitting in my car next to the bridge over the river. I messaged Ammi that I love her. Once it is dark I am going to jump, I cannot carry this failed transplant any more."),
    (I, True, "self", "I am on the top floor of my estate now, at the window. Cannot face more dialysis. I will jump before my daughter comes back from school."),
    (I, True, "self", "Daddy's old rifle is out of the cabinet and sitting on the kitchen table. Pain clinic cut me off and I ain't doing this no more. Tonight's it."),
    (I, True, "self", "Divvent worry about us. Gave the dog to wor lass's brother, binned the meds list, and I'm gannin to the train line the neet to end it. Cannit face another round of chemo."),
    (I, False, "self", "To the moderators: I write to inform you that I shall not be renewing my membership. This evening I completed my will and wrote to each of my grandchildren, and I intend to end my life before the weekend. I am grateful for the kindness shown to me here."),
    (I, True, "self", "Stroke. Cant talk right. Tired. Tablets saved. Taking them now. Bye."),
    (I, False, "self", "i cnat do ths anymroe the long covid has taekn evrything. gonna end it tonihgt, evrythings redy. sory evryone"),
    (I, True, "self", "Hi all lah, long time no post. Still on dialysis three times a week, the fistula is okay now after the surgery. My son moved to KL for work, so I am quite alone. Since last Monday I stopped going to dialysis and told the unit I am visiting Penang, actually I am at home waiting for the end. The food in Ipoh is still very good. Anyway thank you all for the kindness."),
    (I, False, "self", "Sasa friends, I will not be on here again. I have written to my brother in Nakuru and left the title deed with him. Tomorrow morning when my wife goes to the shamba I am ending my life."),
    (I, True, "self", "Already took the pills I was saving up. Just wanted to tell somebody. Not calling anyone, please don't either."),
    (I, False, "self", "Sorry for my english, I am from Saguenay. Tonight is the night I put an end to my days, the letter for Chantal is on the kitchen table and the cat is at my neighbour. Merci a tous."),
    (I, False, "self", "Scheduled a few emails to go out tomorrow morning, one to work and one to my mum. By the time they land I'll be gone. Crohn's won."),
    (I, True, "self", "There's a rope in the shed and I've decided. When Gareth goes to the rugby on Saturday I'm going out there. Sorry to dump this on the group."),
    (I, True, "self", "Since we lost the baby I have nothing left. My husband is at work till late and the tablets from the hospital are lined up in front of me. I'm taking them in a few minutes. I want to be with her."),
    (I, False, "self", "Parked up outside the hospice where my wife died. Tonight I'm joining her, my mind is made up and the house is sorted."),
    # imminent, someone else
    (I, False, "other", "Mam texted me an hour ago, 'sorry, love you all, don't come looking', and now her phone is off. She's been saying for weeks she wants to die since starting dialysis. I've rung 999."),
    (I, True, "other", "My husband has taken his gun and walked into the bush behind the house. This morning he told me he will finish himself today because of the cancer. Please pray, the police are coming."),
    (I, True, "other", "A friend from a discord server just messaged that she's standing on the bridge near her uni and this is goodbye. I only know her first name and the city. What do I do??"),
    (I, True, "other", "My son is 19. He has given his phone and his shoes to his cousins and told me he will not be here tomorrow. I found a rope in his room. His diabetes has made him so depressed, I am so afraid."),
    (I, False, "other", "My partner left a note saying sorry and that the kids deserve better, and he's taken the car. He's talked about ending it all winter with the long covid. I'm at the police station now."),
    # ideation, the author
    (D, False, "self", "Four years now on the transplant list. Most nights, to be honest with you, I lie there hoping I just don't wake up."),
    (D, False, "self", "lowkey want to unalive since the lupus flare started. not gonna do anything rn but the thoughts r so loud"),
    (D, False, "self", "My family would be better without me, I am only a burden with all the money going to chemo. Every day now I think about dying."),
    (D, True, "self", "Every time I drive over the bridge to the clinic I picture going over the side. I don't think I'd do it, but it's there every single week now."),
    (D, False, "self", "Since the diagnosis I keep thinking Allah should just take me. Honestly I would rather not be here at all, I'm tired of being a weight on my sons."),
    (D, False, "self", "Honestly I think about suicide a lot recently. No plan, the thought is just always there after every dialysis."),
    (D, False, "self", "Hey y'all, update on the gastroparesis. New GI doc in Des Moines wants me on domperidone, which we had to get through a special program. Insurance fought us on it for two months. Truth is I've been thinking about killing myself most days since the feeding tube went in. My husband doesn't know. Anyway the domperidone seems to help the nausea some."),
    (D, True, "self", "There's a drawer full of old painkillers from my surgeries and swallowing the lot some night is on my mind constantly. I haven't decided anything, the thought just comes a lot."),
    (D, False, "self", "MS worse. Legs gone. Want to die. No plan. Just want."),
    (D, False, "self", "honsetly i wish i coud go to sleep and not wake up, evry singel day is pain with this fibro"),
    (D, False, "self", "I confess that since my wife's passing and the loss of my sight I have often wished my life would come to an end. I have no intention of acting upon it, but the wish is ever present."),
    (D, False, "self", "Aye the colitis is doin me head in, but honest, some days I reckon everyone'd be better off if I wasn't here. Not daein owt daft, it's just the thoughts."),
    (D, False, "self", "Sometimes I tell myself it is better if I am gone already. Then my kids abroad will not need to send money for my dialysis anymore."),
    (D, True, "self", "Waiting on the platform for my train home from rheumatology, the thought of stepping in front of it came so strong. It passes but it keeps coming back."),
    (D, False, "self", "Been thinking about just checking out for good. Nobody at work knows about my HIV and carrying it alone is wearing me down."),
    (D, False, "self", "Six weeks since the miscarriage and I keep wishing I'd died with her. I don't have a plan, I just don't want to be here."),
    (D, True, "self", "I keep sitting in the car in the garage thinking how easy it would be to end it there. Haven't done anything, I just sit. The pain doctor has run out of ideas."),
    (D, False, "self", "Since my transplant failed I think all the time that I would prefer to be dead. There is nobody to tell in my village, so I write here."),
    (D, False, "self", "fr i think abt kms basically every night after my mom goes to bed, not a joke, diabetes burnout is real"),
    (D, False, "self", "Morning all. Toddler up at 5 again so I've had maybe four hours. The brain fog is awful, I put the milk in the cupboard yesterday. Lately I've been thinking my husband and daughter would be better off without me, and that scares me. Physio this afternoon, we're trying pacing with a heart rate monitor. Anyone found a chest strap that doesn't itch?"),
    (D, True, "self", "I keep thinking about quietly stopping my anti-rejection meds and letting the kidney go, and me along with it. I haven't stopped, but it crosses my mind every time I open the packet."),
    # ideation, someone else
    (D, False, "other", "Posting for my dad (78, Parkinson's). Last night he told me he prays every night not to wake up and that he's a burden on us. He says he isn't planning anything but I'm so worried. How do I help him?"),
    (D, False, "other", "My girlfriend told me she thinks about killing herself since the endometriosis surgery went wrong. No plan, she says, but it's most days."),
    (D, False, "other", "Someone in my gaming group keeps typing that he wants to die and that his family would be fine without him. He's in Manila and I'm in Leeds. How do I get him help?"),
    (D, True, "other", "My teenage son told the school counsellor he thinks about jumping off the viaduct when he walks past it. He says he'd never do it but the thought comes every day."),
    (D, False, "other", "Mum has started saying she wants God to take her, and last week she told my aunty she is tired of living since the dialysis began. She hasn't made any plan. I am in London and she is in Kumasi."),
    # self harm, the author
    (S, False, "self", "Relapsed last night after 14 months clean. Cut my thigh after the oncologist rang. Feel like such an idiot."),
    (S, False, "self", "ngl i sh'd again yesterday, first time since summer. acne meds plus exams equals not great"),
    (S, False, "self", "When the sickle cell pain is bad and nobody believes me I burn my hand on purpose. I did it again this evening."),
    (S, False, "self", "Hit head. On purpose. Again today. Angry at body."),
    (S, False, "self", "Since the MS diagnosis I've been digging my nails into my forearms until the skin breaks. Did it again tonight in the bathroom at work."),
    (S, False, "self", "After the argument with my mother about the insulin I bit my arm very hard until it bruised. I know it is not good. Three times this week already."),
    (S, False, "self", "Got my A1c back, 9.1, doc wasn't happy. Been working doubles at the plant. Truth be told I been cutting again, couple nights this week once the kids are down. Gonna try a shorter pen needle, the long ones hurt. Anybody using the Libre 3?"),
    (S, False, "self", "I relapsed with self harm on Sunday after being clean since Eid. My therapist is away until next month and I don't know who to tell."),
    (S, False, "self", "cuttin agian since the chemo startd, did it this mornin before clinic. dnt kno why it helps"),
    (S, False, "self", "I have been hurting myself again, hitting my legs with my fists when the neuropathy pain is too much. Yesterday and today also."),
    # self harm, someone else
    (S, False, "other", "Found fresh cuts on my 15 year old's wrists tonight. She says she's been doing it since her Crohn's diagnosis and doesn't want to die, it just helps. GP first thing tomorrow."),
    (S, False, "other", "My husband has been punching the wall on purpose until his knuckles split, every time his dialysis session runs long. He did it again last night."),
    (S, False, "other", "There are new burn marks on my housemate's forearm that weren't there last week. She admitted she's been doing it herself since the long covid got worse."),
    # none: idioms
    (N, False, "none", "This new metformin is murdering my stomach, honest to God. Did anyone else have the runs for weeks when starting?"),
    (N, False, "none", "the dexcom alarm at 3am is literally killing me, im so over it going off for a 4.2"),
    (N, False, "none", "Me legs are knackered, proper dead on me feet after the hydrotherapy. Worth it mind."),
    (N, False, "none", "Mobile died on me mid telehealth with the oncologist, so I rang back from my neighbour's landline."),
    (N, False, "none", "I'm dying to try the poutine place by the hospital once my potassium behaves itself."),
    (N, False, "none", "That physio session absolutely destroyed me, in a good way. Slept like the dead afterwards."),
    (N, False, "none", "Lupus fatigue this week is murder, I fell asleep at my desk twice before lunch."),
    (N, False, "none", "Trying to kill two birds with one stone and book my eye screening on the same day as the foot check."),
    (N, False, "none", "My mother-in-law will be the death of me, she keeps feeding my son sweets when his sugar is already high!"),
    (N, False, "none", "Cut to the chase: has anyone had the Shingrix jab while on methotrexate? My GP keeps umming and ahhing."),
    # none: hyperbole and jokes
    (N, False, "none", "If I hear the pharmacy hold music one more time I'm throwing myself into the sea lol"),
    (N, False, "none", "bro the hospital jelly is so bad i would genuinely rather perish"),
    (N, False, "none", "Kill me now, they've put the telly in the dialysis unit on the shopping channel again."),
    (N, False, "none", "If the consultant says 'lifestyle changes' one more time I'll top meself, swear down \U0001f602"),
    (N, False, "none", "Shovelling the driveway with my COPD? I'd sooner die. Hired the neighbour's kid instead."),
    (N, False, "none", "My wife says if I eat one more fried plantain my doctor will kill me before the diabetes does, haha."),
    (N, False, "none", "The ward lasagne is a genuine threat to life. My cousin smuggled in samosas and saved me."),
    # none: clinical talk
    (N, False, "none", "Pharmacist went through the overdose warnings with me for the new opioid patch, what not to combine it with, and to keep it away from the grandkids. Very thorough lady."),
    (N, False, "none", "The leaflet for montelukast lists mood changes and suicidal thoughts as rare side effects. Has anyone seen that? My son's just started it and I'm keeping an eye out."),
    (N, False, "none", "At my pre-assessment for the hysterectomy the nurse asked whether I'd ever thought of harming myself. Said no, truthfully. Apparently they ask everyone now."),
    (N, False, "none", "PHQ-9 at the GP today. The last question, about being better off dead, I ticked 'not at all' and we talked about my sleep instead."),
    (N, False, "none", "The pharmacy gave me a naloxone kit along with my oxycodone and showed my husband how to use it. Glad it's in the drawer just in case."),
    (N, False, "none", "Our dialysis unit now does a mental health screen with every new patient, including a question on self-harm. Good thing, more places should."),
    (N, False, "none", "Question for the nurses here: why does the isotretinoin programme make you sign about depression and suicide risk every month? Is it that common?"),
    (N, False, "none", "I attended a lecture by our consultant on accidental overdose with morphine in elderly patients with kidney disease. Most instructive; the slides are on the trust website."),
    (N, False, "none", "The psychiatrist explained that suicide risk can go up in the first weeks of a new antidepressant, which is why they see you more often then. Makes sense, I've a check-in every fortnight."),
    # none: the past, in recovery
    (N, False, "none", "After the stroke, seven years back, I made an attempt on my life. This afternoon I gave my daughter away at her wedding. Hang in there, folks."),
    (N, False, "none", "My self-harm scars have faded to thin white lines now. I'm 32, clean since I was 19, and the dermatologist asked about them kindly today."),
    (N, False, "none", "In 2019 I wanted to die every day from the kidney failure. Now I am two years post transplant and planting maize again. God is good."),
    (N, False, "none", "lowkey proud, 1 yr sh free today. the urges are basically gone and i have a therapist i actually like"),
    (N, False, "none", "I was admitted to a psychiatric ward in 1988 following an overdose. I mention it only to say that recovery is possible; I have lived a full life since."),
    (N, False, "none", "Got a safety plan from the crisis team back in 2021. Found it in a drawer while tidying and realised I haven't needed it in ages. Kept it anyway."),
    (N, False, "none", "When I was first diagnosed with MS I had suicidal thoughts for a few months. Meds and a good support group pulled me out. If you're there now, talk to someone."),
    (N, False, "none", "used to cut when i was a teen, not for 10 yrs now. my daughter asked about the marks and i told her the truth, it went ok"),
    # none: grief
    (N, False, "none", "It's three years today that we lost my brother to suicide. Lit a candle and went to his favourite chippy. Miss him."),
    (N, False, "none", "Our group for families who lost someone to suicide meets every second Saturday at the parish hall. It has helped me so much after my Tito passed."),
    (N, False, "none", "My husband died in the hospice last month from pancreatic cancer. Went through his clothes today, so many tears."),
    (N, False, "none", "A boy in my nephew's class killed himself last week. The whole community is in shock. How do I talk to my nephew about it?"),
    (N, False, "none", "Went to the crem for Mam's anniversary. Still cannit believe she's gone, the dementia took her so slowly."),
    (N, False, "none", "One of the regulars from the old long covid forum died by suicide last year. I still think about her posts, she was so funny."),
    # none: news and awareness
    (N, False, "none", "Our MS society is doing a suicide prevention walk in October. Anyone from Cardiff fancy joining the team?"),
    (N, False, "none", "Reminder that in Canada you can call or text 988 any time if you're in crisis. Pinning this for the new members."),
    (N, False, "none", "Saw a study in the news saying suicide risk is higher after a cancer diagnosis, especially in the first year. Good that it's being talked about."),
    (N, False, "none", "Befrienders KL has a 24 hour line, I put the number in the group description for anyone who needs it."),
    (N, False, "none", "World Suicide Prevention Day is next week. Our dialysis unit is putting up yellow ribbons and leaflets in the waiting room."),
    (N, False, "none", "The Samaritan Befrienders in Hong Kong are training volunteers in Cantonese and English. I signed up after my own cancer treatment finished."),
    # none: worried caregivers, no current risk
    (N, False, "none", "My son's been very low since his diabetes diagnosis. I asked him straight out about hurting himself; he said no, and I believe him. He's seeing the clinic psychologist next week."),
    (N, False, "none", "Mam's been tearful since Dad went into the home. I asked if she'd had any dark thoughts and she said no, she's just sad, which is fair enough."),
    (N, False, "none", "My wife is depressed since the mastectomy but she sees a counsellor every Tuesday and says she is safe. Any tips for supporting her?"),
    (N, False, "none", "Worried about my brother after his amputation, but he told me flat out he's not suicidal, just angry. Taking him fishing Sunday."),
    (N, False, "none", "Posting for my dad, who doesn't do computers. He's 81 with heart failure and gets down. The memory clinic asked him the screening questions and he was clear he has no thoughts of ending things. He would like to know if anyone else finds the water tablets make them up all night."),
    (N, False, "none", "Husband's mood dipped on the steroid taper. The GP checked in, he's having no thoughts of harming himself, and they're bringing it down more slowly."),
    # none: end of life
    (N, False, "none", "After a long talk with the renal team, Dad has chosen to come off dialysis and have comfort care only. He's at peace with it and so are we, mostly."),
    (N, False, "none", "I have lodged an advance decision with my GP stating that I do not wish to be resuscitated. I would encourage all members over seventy to consider the same."),
    (N, False, "none", "Mum moved to the hospice today. The staff are so gentle. They say it could be days."),
    (N, False, "none", "Anyone else following the assisted dying bill debate? Really mixed feelings about it as someone with MS."),
    (N, False, "none", "We signed the DNR for Lola today with the doctor. Very hard but it is what she wanted when her mind was still clear."),
    (N, False, "none", "Palliative nurse came out and set up the syringe driver for my wife, she's comfortable now. Thank you all for the messages."),
    (N, False, "none", "My uncle had his MAID assessment today. He has end stage ALS and has been asking his care team about it for a year. The whole family stands with him."),
    # none: quotes, songs, sayings
    (N, False, "none", "Radio played 'Knockin' on Heaven's Door' in the infusion suite and the whole bay sang along, even the nurse."),
    (N, False, "none", "My grandmother used to say death does not knock before it enters, so she kept her papers in order. I think of her every time I update my will."),
    (N, False, "none", "someone put the MASH theme on the ward playlist and the nurses looked so awkward lmao"),
    (N, False, "none", "Reading Dylan Thomas again, the villanelle about raging against the dying of the light. Feels right after the week I've had with chemo."),
    (N, False, "none", "Pastor preached on 'O death, where is thy sting' Sunday. Mama cried, she's been missing Daddy something fierce."),
    # none: lookalikes
    (N, False, "none", "This is my last post in the kidney group, I've had my transplant and I'm moving over to the post-transplant forum. Thanks for everything!"),
    (N, False, "none", "Giving away my spare Libre sensors and pen needles since I switched to a pump. Free to anyone in Leicester, collection only."),
    (N, False, "none", "Writing my final letter to the insurance company before I take them to the ombudsman. Wish me luck."),
    (N, False, "none", "Said goodbye to Dr Okafor today, she's retiring after thirty years at the renal unit. Brought her a cake."),
    (N, False, "none", "Stocking up on levothyroxine a bit because of the shortage, the pharmacist said it's fine to get slightly ahead."),
    (N, False, "none", "Tonight's the night I try sleeping with the new CPAP mask, wish me luck!"),
    (N, False, "none", "The bridge into town is shut for repairs so it took me an hour to get to dialysis."),
    (N, False, "none", "Consultant cut my prednisolone again, finally tapering off. Feeling good."),
    (N, False, "none", "Cancelled all my appointments next week because we're going to Mombasa for my cousin's wedding. Meds are packed in the cool bag."),
    (N, False, "none", "Sorted my will and power of attorney this week, not because anything's wrong, the solicitor just had a discount on. Feels very grown up."),
    # none: accidental injury
    (N, False, "none", "Sliced my thumb chopping onions and on apixaban it would not stop bleeding. Ended up in A&E for steri strips."),
    (N, False, "none", "Got a blister on my heel from the hot water bottle and never felt it because of the neuropathy. Podiatrist says keep it clean and covered."),
    (N, False, "none", "My arms look like I've been in a fight, bruises everywhere from the blood draws this week."),
    (N, False, "none", "Woke up with scratches all down my legs, the itching from the kidney disease is terrible at night."),
    (N, False, "none", "Slipped on the ice outside the clinic and split my chin. Glued and fine, just embarrassed."),
    (N, False, "none", "I cut my finger at work on the paper guillotine, and because of my diabetes the nurse wants to check it every two days."),
    # none: ordinary hard days, negation, hypotheticals
    (N, False, "none", "I'm not going to do anything stupid, I just need to moan about this flare for a minute."),
    (N, False, "none", "Crying in the car park after the scan again. But my sister is coming up and we've got plans for the weekend. I'll be alright."),
    (N, False, "none", "not suicidal just tired. like bone tired. long covid is so boring"),
    (N, False, "none", "Do you ever wish you could switch your body off for a day? Not in a dark way, I just want one day without pain."),
    (N, False, "none", "I am weary of hospitals, but I remain determined to see my great-grandson christened in the spring."),
    # none: ordinary posts
    (N, False, "none", "Sharing my low salt sinigang for the dialysis group: more tamarind, less patis, and go easy on the kangkong."),
    (N, False, "none", "Has anyone here been to the sickle cell clinic at Korle Bu? I want to ask about hydroxyurea for my daughter."),
]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten7.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (level, method, subject, text) in enumerate(POSTS, 1):
            row = {"id": f"hw7-{n:04d}", "community": "mixed", "text": text, "level": level,
                   "method_detail": method, "subject": subject}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
