"""Name, street and city pools for gen.py, written by hand for this generator
(no third-party lists), by voice. Kept apart from the scanner's own lists:
many of these names are deliberately absent from them."""
from __future__ import annotations

GIVEN = {
    "us": """James Mary Robert Patricia Michael Jennifer David Linda Ashley Tyler Brianna Jaden Latoya DeShawn Keisha
Jamal Marisol Guadalupe Alejandro Ximena Jorge Rosa Carmen Luis Brittany Kayla Cody Dustin Shelby Savannah Colton
Tanisha Darnell Imani Aaliyah Malik Esperanza Yesenia Maribel Hector Ignacio Chelsea Kaitlyn Madison Brayden Hunter
Dakota Destiny Jasmine Marquis Trevon Shaniqua Lakisha Ebony Tremaine Ricardo Valeria Camila Mateo Santiago Dolores
Earl Wanda Gladys Mildred Harold Eugene Bernice Lorraine Vernon Doris""",
    "uk": """Oliver Amelia Harry Isla George Poppy Alfie Freya Archie Imogen Callum Niamh Siobhan Aoife Ciaran Eilidh
Rhys Cerys Gethin Bethan Hamish Morag Fergus Ailsa Kirsty Lachlan Saoirse Oisin Padraig Roisin Dervla Gráinne
Declan Eamon Nuala Bronagh Wojciech Agnieszka Krzysztof Małgorzata Tomasz Zofia Priya Sunil Rajinder Harjit Nasreen
Imran Farhana Tariq Bilal Ayesha Kemi Chidi Tolu Jermaine Shanice Leanne Gemma Stacey Wayne Darren Gavin Kelly
Jodie Lauren Nigel Gillian Maureen Bernard Mavis Doreen Trevor Clive""",
    "ca": """Liam Emma Noah Olivia Étienne Geneviève Mathieu Sébastien Josée Marc-André Marie-Claude Benoît Hélène
Chantal Sylvie Réjean Gaétan Normand Ginette Yannick Mélanie Harpreet Gurpreet Jaspreet Manpreet Baljit Sukhwinder
Wei Xiaoling Jun Mei Hyun-woo Ji-yeon Thanh Linh Tuan Aanya Keegan Brody Tanner Kenzie Brynn Cheyenne Wyatt Maddox
Kateri Tecumseh Siksika Nakoma Aponi Tayanita Mackenzie Brock Jolene Darcy Lorne Murray Gord Elspeth Ruthanne""",
    "au": """Jack Charlotte William Mia Lachlan Matilda Cooper Isla Harrison Ruby Banjo Indi Kirra Jarrah Tahlia
Bronte Bodhi Shane Narelle Kylie Craig Darryl Sheree Leanne Bruce Shazza Dazza Nikolaos Eleni Giorgos Despina Vasiliki
Giuseppe Concetta Salvatore Carmela Nguyen Thi Huong Minh Duc Hoa Ling Yan Jing Tamati Aroha Wiremu Mere Ngaire
Koa Leilani Sione Mele Losana Tevita Kye Jye Brodie Tarni Shontelle Jayden Kayden""",
    "in": """Aarav Vihaan Aditya Arjun Sai Ishaan Ananya Diya Saanvi Aadhya Kavya Priyanka Sneha Pooja Divya Lakshmi
Meenakshi Saraswathi Venkatesh Srinivas Subramaniam Karthik Murugan Senthil Thenmozhi Selvi Anbu Gopal Raghav
Harish Suresh Ramesh Mahesh Dinesh Rajesh Mukesh Sunita Anita Kamala Sushma Nirmala Geeta Rekha Usha Jyoti Neha
Rohit Rahul Amit Sumit Vikram Abhishek Nikhil Siddharth Shreya Tanvi Aishwarya Gurleen Simran Navjot Mohammed Farhan
Zainab Ayaan Imtiaz Shabana Nasir Rukhsana Debashish Sourav Subhash Anirban Moumita Sreeja Tanushree Joydeep
Rituparna Biswajit Bhavesh Hetal Jignesh Mitali Chirag Kinjal Parminder Tejinder Sukhbir Lalitha Padma Girija
Ashwin Naveen Pradeep Sandeep Rakesh Manoj Vinod Anil Sanjay""",
    "other": """Zoë José Søren Ngozi Chukwuemeka Oluwaseun Adaeze Tendai Thandiwe Sipho Nomvula Kwabena Akosua Wanjiru
Otieno Achieng Mehmet Ayşe Emre Yusuf Fatma Hiroshi Yuki Haruto Sakura Minji Seo-yeon Dmitri Svetlana Olena Bohdan
Anastasia Matteo Giulia Lorenzo Chiara Ines Joaquín Luciana Agustín Renée Zoltán Ágnes Dorota Björn Åsa Ingrid
Astrid Niamh Kofi Abena Amara Ikenna Folasade Babajide Yetunde Chinonso""",
}

SURNAMES = {
    "us": """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Washington Jefferson Okafor Kowalski Schwartz Hoffman Castellanos Villanueva Quintanilla Delacroix Whitfield
Abernathy Pettigrew Boudreaux Thibodeaux Fontenot Kaczmarek Wojcik Nakamura Tanaka Yamamoto Delgado Espinoza""",
    "uk": """Smith Jones Williams Taylor Davies Evans Thomas Roberts Walker Wright Thompson Robinson Hughes Edwards
Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper Morris Ward Moore King Watson
Baker Harrison Morgan Patel Young Allen Mitchell James Anderson Phillips Lee Bell Parker Davis Murphy O'Brien
Ó Súilleabháin Ní Bhriain MacLeod McAllister Fitzgerald Llewellyn Pritchard Cadwaladr Ap Rhys Fforde Featherstonehaugh
Kowalczyk Nowak Wiśniewski Begum Akhtar Hussain Chaudhry Siddiqui Okonkwo Adeyemi Mensah Boateng Ferguson Gallagher
Brennan Doherty Quigley McGuinness Donnelly Sinclair Urquhart Farquharson Menzies Whitelaw Ashworth Higginbottom""",
    "ca": """Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque
Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe Thériault
MacDonald MacKenzie MacNeil Campbell Fraser Sandhu Dhillon Grewal Gill Sidhu Brar Chan Wong Leung Zhang Li Liu Chen
Tran Pham Kim Park Choi Littlechild Cardinal Bear Crowchild Wolfe Whitehorse Sinclair Ironstand Okimaw""",
    "au": """Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen Tran Le Pham
Papadopoulos Georgiou Nikolaidis Karagiannis Rossi Russo Ferraro Esposito Bianchi Romano Costa Kelly Ryan O'Connor
McCarthy Walsh Murphy Doyle Harvey Campbell Stewart Mitchell Hughes Ngata Parata Tuhiwai Fonoti Tuilagi Havili
Fifita Vainikolo Moana Cheung Huang Zhou Wu Xu Sun Duong Vo Dang Ho Bui Waititi Thorpe Gooda Mundine Yunupingu""",
    "in": """Sharma Verma Gupta Agarwal Mehta Shah Patel Desai Joshi Kulkarni Deshpande Patil Pawar Jadhav Iyer Iyengar
Krishnan Subramanian Venkataraman Raghavan Narayanan Ramaswamy Pillai Nair Menon Kurup Panicker Reddy Rao Naidu
Chowdary Goud Banerjee Chatterjee Mukherjee Bhattacharya Ganguly Das Dutta Sen Ghosh Bose Mitra Chakraborty Sengupta
Singh Kaur Sandhu Dhillon Gill Grewal Bajwa Ahluwalia Malhotra Kapoor Khanna Chopra Arora Bhatia Sethi Bhasin Mehra
Khan Qureshi Ansari Siddiqui Shaikh Sayyed Hussain Naqvi Rizvi Baig Mirza Thakur Chauhan Rathore Yadav Tiwari Mishra
Pandey Dubey Trivedi Chaturvedi Saxena Srivastava Tripathi Hegde Shetty Kamath Bhat Gowda Achari Pandit Kaul Raina""",
    "other": """Lefèvre Núñez Kjær Müller Schröder Nguyễn Trần Lê Okafor Eze Nwosu Obi Adebayo Okonkwo Dlamini Mokoena
Nkosi Ndlovu Moyo Mutasa Kamau Odhiambo Wanjiku Yılmaz Kaya Demir Şahin Öztürk Tanaka Suzuki Watanabe Kowalczyk
Wiśniewska Petrov Ivanova Shevchenko Kovalenko Bianchi Colombo Ferrari García Fernández Álvarez Muñoz Jiménez
Horváth Nagy Lindqvist Johansson Andersson Nilsson Asante Owusu Appiah Mensah Nwachukwu Okeke""",
}

STREETS = """Maple Oak Elm Cedar Pine Main Church Park Washington Lincoln Jefferson Madison Franklin Highland Sunset
Lakeview Hillcrest Meadow Willow Birch Spruce Chestnut Walnut Magnolia Dogwood Sycamore Cherry Poplar Orchard Ridge
Valley River Spring Mill Station Market Victoria Albert Kings Queens Rosebery Acacia Wattle Banksia Jacaranda Kauri
Harbour Beach Bay Ocean Coronation Jubilee Windsor Hanover Elgin Dundas Bloor Yonge Robson Granville Laurier Papineau
Sherbrooke Gandhi Nehru Tilak Ambedkar Shivaji Patel Sardar Rajaji Anna Netaji Sector 14th 5th 42nd 3rd""".split()

CITIES = {
    "us": [("Columbus", "OH"), ("Savannah", "GA"), ("Fresno", "CA"), ("Boise", "ID"), ("Tulsa", "OK"), ("Omaha", "NE"),
           ("Dayton", "OH"), ("Spokane", "WA"), ("Knoxville", "TN"), ("Albany", "NY"), ("Tucson", "AZ"), ("Raleigh", "NC"),
           ("Springfield", "IL"), ("Madison", "WI"), ("Austin", "Texas"), ("Des Moines", "Iowa"), ("Lansing", "MI")],
    "ca": [("Toronto", "ON"), ("Ottawa", "ON"), ("Calgary", "AB"), ("Halifax", "NS"), ("Winnipeg", "MB"), ("Regina", "SK"),
           ("Vancouver", "BC"), ("Montreal", "QC"), ("Saskatoon", "SK"), ("Moncton", "NB"), ("Kelowna", "BC")],
    "uk": [("Leeds", ""), ("Glasgow", ""), ("Cardiff", ""), ("Bristol", ""), ("Belfast", ""), ("Sheffield", ""),
           ("Norwich", ""), ("Aberdeen", ""), ("Swansea", ""), ("Leicester", ""), ("Derby", "")],
    "au": [("Fitzroy", "VIC"), ("Parramatta", "NSW"), ("Toowoomba", "QLD"), ("Geelong", "VIC"), ("Hobart", "TAS"),
           ("Fremantle", "WA"), ("Ballarat", "VIC"), ("Wollongong", "NSW"), ("Cairns", "QLD"), ("Adelaide", "SA")],
    "in": [("Bengaluru", "KA"), ("Pune", "MH"), ("Chennai", "TN"), ("Hyderabad", "TS"), ("Kolkata", "WB"), ("Jaipur", "RJ"),
           ("Lucknow", "UP"), ("Kochi", "KL"), ("Ahmedabad", "GJ"), ("Indore", "MP")],
}

_GIVEN = {k: v.split() for k, v in GIVEN.items()}
_SURNAMES = {k: v.replace("Ó Súilleabháin", "Ó_Súilleabháin").replace("Ní Bhriain", "Ní_Bhriain").replace("Ap Rhys", "ap_Rhys").split()
             for k, v in SURNAMES.items()}


def _pool(table: dict, voice: str) -> list[str]:
    key = voice if voice in table else "us"
    return table[key]


def given(rng, voice: str = "") -> str:
    pool = _pool(_GIVEN, voice) if voice and rng.random() < 0.8 else _GIVEN[rng.choice(list(_GIVEN))]
    return rng.choice(pool)


def surname(rng, voice: str = "") -> str:
    pool = _pool(_SURNAMES, voice) if voice and rng.random() < 0.8 else _SURNAMES[rng.choice(list(_SURNAMES))]
    return rng.choice(pool).replace("_", " ")


def full_name(rng, voice: str) -> str:
    first, last = given(rng, voice), surname(rng, voice)
    r = rng.random()
    if r < 0.08:
        return f"{first} {rng.choice('ABCDEFGHJKLMNPRST')}. {last}"
    if r < 0.14:
        return f"{first} {surname(rng, voice)}-{last}"
    return f"{first} {last}"


def initial_surname(rng, voice: str) -> str:
    last = surname(rng, voice)
    i = rng.choice("ABCDEFGHJKLMNPRSTVW")
    return rng.choice([f"{i}. {last}", f"{i} {last}", f"{i}.{rng.choice('ABCDEJKMS')}. {last}"])
