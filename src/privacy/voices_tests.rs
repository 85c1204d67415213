//! Synthetic posts in UK, Irish, Indian, Pakistani, Nigerian, Kenyan,
//! South African, Australian, Canadian, Hispanic and East Asian voices,
//! written for these tests (not taken from any corpus): names and
//! look-alikes the scanner must tell apart. Each must-hold post is also
//! checked in lowercase where a listed name carries it.

use super::{scan, should_hold, DEFAULT_THRESHOLD};

/// Posts naming a person beyond a bare first name: must be held.
pub(super) const MUST_HOLD: &[&str] = &[
    "My GP Dr Nkechi Okafor has been brilliant with the referral.",
    "Saw consultant Mr Rajiv Menon at the Royal Free, he wants another scan.",
    "Our district nurse Sister Mary Flanagan comes on Tuesdays.",
    "Sr. Bernadette O'Sullivan on ward 7 was so kind to mum.",
    "My son is named Arjun Venkataraman, he was diagnosed at six.",
    "A lovely nurse called Thandiwe Mokoena stayed with me overnight.",
    "The physio, a chap called Liam O'Brien, fixed my posture.",
    "Regards,\nAnanya Krishnan",
    "Kind regards, Oluwaseun Adeyemi",
    "Warm regards,\nMeera Iyer",
    "Cheers all, Siobhan Ní Bhriain",
    "My husband J. Whitfield-Smith is still in ICU.",
    "Please pray for my dad, R. Chatterjee, surgery is tomorrow.",
    "My oncologist Dr. A. Kowalczyk changed the plan.",
    "Dr Smith-Jones at the clinic said it's fine.",
    "My rheumy Dr O'Connell wants to try methotrexate.",
    "My neurologist is Dr. Xiaoling Zhang at the Alfred.",
    "Our paediatrician Dr Nguyen Thi Lan was very patient.",
    "My wife Guadalupe Hernández is the one with lupus, I'm posting for her.",
    "My mum, Fatuma Wanjiru, is 78 and newly diagnosed.",
    "My sister Chiamaka Eze just got her transplant date.",
    "My brother-in-law Sandeep Gupta had the same surgery.",
    "My cardiologist, Dr Hiroshi Tanaka, says the echo looks good.",
    "I'm Kwame Mensah, 42, newly diagnosed with type 2.",
    "Hi, I am Aisha Bello from Lagos, living with sickle cell.",
    "My name is Deepika Ramaswamy and I have MS.",
    "Ask for Nurse Joanne Pritchard on the day unit, she's ace.",
    "The endo, Dr. Mehmet Yilmaz, moved me to a pump.",
    "Prof. Ingrid Johansson runs the trial clinic.",
    "My partner Rhys Llewellyn drove me to every chemo session.",
    "Our carer Maria José Fernandes helps with Dad's meds.",
    "Massive thanks to Dr Tariq Siddiqui in Bradford.",
    "Shout out to Nurse Tomasz Nowak for getting the cannula in first go.",
    "Mum's consultant Mrs Helen McAllister rang this morning.",
    "My daughter, Zara Qureshi, starts university next month despite her Crohn's.",
    "The surgeon was Dr. Emeka Nwosu and he was brilliant.",
    "Hugs,\nLakshmi Subramanian",
    "Love, Grandma Rosa Delgado",
    "Best wishes,\nYuki Matsumoto",
    "Thanks again - Ngozi Okonkwo",
    "My husband's GP, Dr Bronwyn Fitzgerald, referred him on.",
    "We saw Dr. van der Berg last week, he was lovely.",
    "My midwife Kerry-Ann Campbell said baby is measuring fine.",
    "My uncle Wei Chen passed last spring from the same cancer.",
    "My friend D'Arcy MacLeod told me about this forum.",
    "Dr Ravi Shankar Prasad at AIIMS saw my father.",
    "My grandson Mateo Alvarez is 9 and on insulin.",
    "I'm a carer for my mother, Beatriz Santos, who has dementia.",
    "The nurse practitioner, Keisha Washington, was great.",
    "My niece Aroha Ngata is doing her first marathon for the charity.",
    "Posted by Harpreet Kaur for her husband.",
    "My therapist Jacqueline Dubois suggested journaling.",
    "My GP, Dr Obi, signed the form.",
    "Consultant Miss Fiona Gallagher did my lumpectomy.",
    "Our vicar, Rev. Thomas Whitaker, visited Mum in hospital.",
    "My boyfriend Diego Ramírez has been a rock.",
    "Dr. Nakamura's nurse, Emily Tran, called with results.",
    "My GP is Dr Anjali Deshpande in Pune.",
    "His name is Oluwadamilare Adebayo and he is 14.",
    "My father-in-law Giuseppe Russo is on the ward now.",
    "Hi everyone, Bongani Dlamini here, caregiver for my wife.",
    "My surgeon, Mr. Padraig Ó Súilleabháin, was honest with us.",
    "Pls pray for my ammi, Shabnam Akhtar, she is in ICU.",
    "My amma Saraswathi Pillai had her bypass yesterday.",
    "Dr. K. Venkatesh at Apollo did the angiogram.",
    "The GP, Dr Hannah Kowalski, was dismissive at first.",
    "Nurse Adaeze Obi is a legend.",
    "Our neighbour Mrs Gwen Pritchard drove me to dialysis.",
    "Cheers, Mick Doyle",
];

/// Ordinary posts with places, organisations, eponyms, roles and bare
/// first names: must not be held.
pub(super) const MUST_NOT_HOLD: &[&str] = &[
    "My GP said the bloods were fine and to come back in six weeks.",
    "The consultant wants another MRI before deciding.",
    "Sister on the ward said visiting is 2pm to 8pm.",
    "We went to Great Ormond Street and then the Royal Marsden.",
    "Diagnosed with Hashimoto's and Graves' in the same year, go figure.",
    "Parkinson's UK has a helpline, and the Michael J. Fox Foundation too.",
    "Saw a documentary about Stephen Hawking and cried for an hour.",
    "Is Ozempic or Mounjaro better for weight? Asking for myself.",
    "Regards to everyone who replied, you are all stars.",
    "Thanks all, feeling better after the infusion.",
    "Lived in New South Wales, now in Queensland, same rheumy wait times.",
    "The Cleveland Clinic and Mayo Clinic both have good pages on this.",
    "Took Metformin 500 mg and Januvia, A1C down to 6.8%.",
    "Down's syndrome support group meets at St Mary's on Thursdays.",
    "My son is called a warrior by his nurses, and he is.",
    "They named the new wing after a donor, I think.",
    "Is Dr Google making anyone else anxious?",
    "Thanks to everyone here, I finally asked about Humira.",
    "Queen Elizabeth Hospital in Birmingham has a great liver unit.",
    "Princess Alexandra Hospital was packed on Friday night.",
    "I'm Indian and the diet advice never fits what we cook.",
    "My nan is Irish and swears by tea for everything.",
    "Cushing's was ruled out, now they're checking Addison's.",
    "The Christie in Manchester is where I had radiotherapy.",
    "Apollo Hospitals in Chennai did my transplant workup.",
    "AIIMS Delhi has a long queue but the doctors are good.",
    "Johns Hopkins and Sloan Kettering both have trials open.",
    "The Alfred in Melbourne has a CF clinic.",
    "Sunnybrook in Toronto is where my MS nurse works.",
    "Our GP surgery switched to online booking, nightmare.",
    "Mr Motivator videos are my physio now lol.",
    "Listening to Taylor Swift during chemo helps.",
    "Thanks for listening.\n— Priya",
    "Bell's palsy hit me last year, mostly better now.",
    "Does anyone else get Raynaud's in summer?",
    "Nurse said my veins are tiny, third attempt worked.",
    "The registrar was lovely but the wait was four hours.",
    "Regards, from a tired mum of three.",
    "Love this community, cheers everyone.",
    "Cheers, and good luck with the scan tomorrow!",
    "- a grateful caregiver",
    "Macmillan nurses are angels, honestly.",
    "Called the Samaritans last night and it helped.",
    "Marie Curie hospice nurses were with Dad at the end.",
    "Guy's and St Thomas' have a great kidney team.",
    "Addenbrooke's in Cambridge did my liver biopsy.",
    "The Lister hospital car park costs a fortune.",
    "King's College Hospital has a sickle cell unit.",
    "Novo Nordisk and Eli Lilly make the GLP-1s.",
    "Watching Grey's Anatomy is not helping my health anxiety.",
    "Santa Claus brought me a new glucose meter, ha.",
    "Mother Teresa quote on my fridge keeps me going.",
    "Went to Victoria station then the Royal London.",
    "My consultant is away so I'm seeing the registrar.",
    "Sr. on the unit was strict about visiting hours.",
    "Started Januvia, Jardiance next if this fails.",
    "The Mayo Clinic diet page and the NHS page disagree.",
    "Mahatma Gandhi fasted a lot, not recommended with diabetes lol.",
    "Anyone tried the Libre 3 with the Omnipod 5?",
    "My doctor is great, the receptionist less so.",
];

fn held(text: &str) -> bool {
    should_hold(&scan(text), DEFAULT_THRESHOLD)
}

#[test]
fn names_in_many_voices_are_held() {
    let missed: Vec<&&str> = MUST_HOLD.iter().filter(|t| !held(t)).collect();
    assert!(missed.is_empty(), "not held: {missed:#?}");
}

#[test]
fn look_alikes_in_many_voices_are_not_held() {
    let held_wrongly: Vec<&&str> = MUST_NOT_HOLD.iter().filter(|t| held(t)).collect();
    assert!(held_wrongly.is_empty(), "held: {held_wrongly:#?}");
}

#[test]
fn lowercase_look_alikes_are_not_held() {
    for t in MUST_NOT_HOLD {
        assert!(!held(&t.to_lowercase()), "{t}");
    }
}

/// Without capitals only listed names can be found; most still are.
#[test]
fn most_lowercase_names_are_still_held() {
    let found = MUST_HOLD.iter().filter(|t| held(&t.to_lowercase())).count();
    assert!(
        found * 10 >= MUST_HOLD.len() * 7,
        "{found} of {}",
        MUST_HOLD.len()
    );
}
