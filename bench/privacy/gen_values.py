"""Identifier values for gen.py: national formats, with valid checksums where
the real identifier has one, in the layouts people actually type.

Every function takes a `random.Random` and a voice ("us", "uk", "ca", "au",
"in", "text", "formal") and returns the value exactly as it appears in the post.
"""
from __future__ import annotations

import string

from gen_names import full_name, initial_surname, surname, given, STREETS, CITIES

LETTERS = string.ascii_uppercase
NORTH_AMERICA = ("us", "ca", "text", "formal")


def digits(rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_complete(partial: str) -> str:
    """Appends the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


def spaced_every_digit(rng, d: str) -> str:
    sep = rng.choice([" ", "-", " - ", "."])
    return sep.join(d)


# ---------------------------------------------------------------- phones


def nanp_digits(rng) -> str:
    area = str(rng.randint(2, 9)) + digits(rng, 2)
    while area[1:] == "11" or area in ("800", "888", "877", "866", "855", "844", "833", "900"):
        area = str(rng.randint(2, 9)) + digits(rng, 2)
    exch = str(rng.randint(2, 9)) + digits(rng, 2)
    while exch[1:] == "11":
        exch = str(rng.randint(2, 9)) + digits(rng, 2)
    return area + exch + digits(rng, 4)


def nanp(rng) -> str:
    d = nanp_digits(rng)
    a, x, l = d[:3], d[3:6], d[6:]
    return rng.choice([
        f"({a}) {x}-{l}", f"{a}-{x}-{l}", f"{a}.{x}.{l}", f"{a} {x} {l}", f"+1 {a} {x} {l}",
        f"+1-{a}-{x}-{l}", f"+1 ({a}) {x}-{l}", f"1-{a}-{x}-{l}", f"1 ({a}) {x}-{l}", f"{a}/{x}-{l}",
        f"({a}){x}-{l}", f"+1{d}", d, d, f"{a} {x}-{l}", spaced_every_digit(rng, d), f"1{d}",
    ])


def uk_phone(rng) -> str:
    m = "7" + str(rng.randint(4, 9)) + digits(rng, 8)
    return rng.choice([
        f"0{m[:4]} {m[4:]}", f"0{m[:4]} {m[4:7]} {m[7:]}", f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}",
        f"+447{m[1:]}", f"0{m}", f"020 {digits(rng, 4)} {digits(rng, 4)}", f"0161 {digits(rng, 3)} {digits(rng, 4)}",
        f"01{digits(rng, 3)} {digits(rng, 6)}", f"0{m[:4]}-{m[4:]}",
    ])


def au_phone(rng) -> str:
    m = "4" + digits(rng, 8)
    return rng.choice([
        f"0{m[:3]} {m[3:6]} {m[6:]}", f"0{m}", f"+61 {m[:3]} {m[3:6]} {m[6:]}", f"+61{m}",
        f"(0{rng.choice('2378')}) {digits(rng, 4)} {digits(rng, 4)}", f"0{rng.choice('2378')} {digits(rng, 4)} {digits(rng, 4)}",
        f"0{m[:3]}-{m[3:6]}-{m[6:]}",
    ])


def in_phone(rng) -> str:
    m = str(rng.randint(6, 9)) + digits(rng, 9)
    return rng.choice([
        f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"+91{m}", f"{m[:5]} {m[5:]}", m, f"0{m}", f"+91 {m[:3]} {m[3:6]} {m[6:]}",
        f"0{rng.choice(['11', '22', '80', '44', '33'])}-{digits(rng, 8)}",
    ])


def phone(rng, voice: str) -> str:
    return {"uk": uk_phone, "au": au_phone, "in": in_phone}.get(voice, nanp)(rng)


def fax(rng, voice: str) -> str:
    if voice in NORTH_AMERICA:
        d = nanp_digits(rng)
        a, x, l = d[:3], d[3:6], d[6:]
        return rng.choice([f"({a}) {x}-{l}", f"{a}-{x}-{l}", f"{a}.{x}.{l}", f"1-{a}-{x}-{l}", f"+1 {a} {x} {l}", d])
    return phone(rng, voice)


# ---------------------------------------------------------------- government numbers


def ssn_digits(rng) -> str:
    while True:
        a = digits(rng, 3)
        if a not in ("000", "666") and not a.startswith("9"):
            break
    g = f"{rng.randint(1, 99):02d}"
    s = f"{rng.randint(1, 9999):04d}"
    return a + g + s


def ssn(rng, voice: str) -> str:
    d = ssn_digits(rng)
    return rng.choice([
        f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d, f"{d[:3]}-{d[3:5]}-{d[5:]}",
        spaced_every_digit(rng, d), f"{d[:3]}.{d[3:5]}.{d[5:]}",
    ])


def nhs_digits(rng) -> str:
    while True:
        d = digits(rng, 9)
        total = sum(int(c) * (10 - i) for i, c in enumerate(d))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return d + str(check)


def sin_digits(rng) -> str:
    return luhn_complete(str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + digits(rng, 7))


def national_id(rng, voice: str) -> tuple[str, str]:
    """Returns (value, which) so the template can name it."""
    if voice == "ca" or (voice not in ("uk",) and rng.random() < 0.4):
        d = sin_digits(rng)
        return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d]), "sin"
    d = nhs_digits(rng)
    return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"]), "nhs"


# ---------------------------------------------------------------- payment and banking


def card(rng, voice: str) -> str:
    kind = rng.random()
    if kind < 0.12:
        d = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return rng.choice([f"{d[:4]} {d[4:10]} {d[10:]}", f"{d[:4]}-{d[4:10]}-{d[10:]}", d])
    prefix = rng.choice(["4", "4", "4", "51", "53", "55", "2221", "2720", "6011", "65", "3530"])
    d = luhn_complete(prefix + digits(rng, 15 - len(prefix)))
    g = [d[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(g), "-".join(g), d, " ".join(g), f"{g[0]}{g[1]} {g[2]}{g[3]}"])


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(num) % 97:02d}"


def iban(rng) -> str:
    country, bban = rng.choice([
        ("GB", "".join(rng.choice(LETTERS) for _ in range(4)) + digits(rng, 14)),
        ("IE", "".join(rng.choice(LETTERS) for _ in range(4)) + digits(rng, 14)),
        ("DE", digits(rng, 18)),
        ("FR", digits(rng, 23)),
        ("NL", "".join(rng.choice(LETTERS) for _ in range(4)) + digits(rng, 10)),
    ])
    raw = country + iban_check(country, bban) + bban
    if rng.random() < 0.6:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def account(rng, voice: str) -> tuple[str, str]:
    """Returns (value, which): which is "iban", "sort", "bsb" or "acct"."""
    r = rng.random()
    if r < 0.22:
        return iban(rng), "iban"
    if voice == "uk" and r < 0.6:
        s = digits(rng, 6)
        return rng.choice([f"{s[:2]}-{s[2:4]}-{s[4:]} {digits(rng, 8)}", f"{s[:2]}-{s[2:4]}-{s[4:]}, account {digits(rng, 8)}"]), "sort"
    if voice == "au" and r < 0.6:
        return f"{digits(rng, 3)}-{digits(rng, 3)} {digits(rng, 6)}", "bsb"
    n = rng.choice([8, 9, 10, 11, 12, 14])
    d = digits(rng, n)
    return rng.choice([d, d, f"{d[:4]}-{d[4:8]}-{d[8:]}" if n > 8 else d, f"{d[:4]} {d[4:]}", f"XXXX{d[-4:]}{digits(rng, 2)}" if False else d]), "acct"


# ---------------------------------------------------------------- records and plans


def mrn(rng, voice: str) -> str:
    r = rng.random()
    if r < 0.35:
        return digits(rng, rng.choice([6, 7, 8, 9, 10]))
    if r < 0.55:
        return "".join(rng.choice(LETTERS) for _ in range(rng.choice([1, 2, 3]))) + digits(rng, rng.choice([6, 7, 8]))
    if r < 0.7:
        return f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}-{digits(rng, 6)}"
    if r < 0.8:
        return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"
    if r < 0.9:
        return digits(rng, 2) + rng.choice(LETTERS) + digits(rng, 5) + rng.choice(LETTERS)
    return spaced_every_digit(rng, digits(rng, 8))


def mbi(rng) -> str:
    al = [c for c in LETTERS if c not in "SLOIBZ"]
    an = al + list(string.digits)
    v = (str(rng.randint(1, 9)) + rng.choice(al) + rng.choice(an) + rng.choice(string.digits) + rng.choice(al)
         + rng.choice(an) + rng.choice(string.digits) + rng.choice(al) + rng.choice(al) + digits(rng, 2))
    return rng.choice([v, f"{v[:4]}-{v[4:7]}-{v[7:]}"])


def health_plan(rng, voice: str) -> tuple[str, str]:
    """Returns (value, which): "mbi", "ohip", "phn", "ramq", "aumedicare", "abha", "member"."""
    if voice == "ca":
        which = rng.choice(["ohip", "phn", "ramq", "ahcip"])
        if which == "ohip":
            return f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.choice(LETTERS)}{rng.choice(LETTERS)}", which
        if which == "phn":
            return f"9{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", which
        if which == "ahcip":
            return f"{digits(rng, 5)}-{digits(rng, 4)}", which
        return f"{''.join(rng.choice(LETTERS) for _ in range(4))} {digits(rng, 4)} {digits(rng, 4)}", which
    if voice == "au":
        return rng.choice([f"{rng.randint(2, 6)}{digits(rng, 3)} {digits(rng, 5)} {rng.randint(1, 9)}", f"{rng.randint(2, 6)}{digits(rng, 9)}"]), "aumedicare"
    if voice == "in" and rng.random() < 0.6:
        return f"{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}", "abha"
    if voice in NORTH_AMERICA and rng.random() < 0.3:
        return mbi(rng), "mbi"
    r = rng.random()
    if r < 0.4:
        return "".join(rng.choice(LETTERS) for _ in range(3)) + digits(rng, 9), "member"
    if r < 0.7:
        return rng.choice(LETTERS) + digits(rng, 9), "member"
    return digits(rng, rng.choice([9, 10, 11, 12])), "member"


def npi(rng) -> str:
    while True:
        base = str(rng.randint(1, 2)) + digits(rng, 8)
        full = luhn_complete("80840" + base)
        return base + full[-1]


def dea(rng) -> str:
    a = rng.choice("ABFGM")
    b = rng.choice(LETTERS)
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return a + b + "".join(map(str, d)) + str(check)


def driver_licence(rng, voice: str) -> str:
    if voice == "uk":
        s = surname(rng).upper().replace("'", "")[:5].ljust(5, "9")
        return f"{s}{digits(rng, 6)}{rng.choice(LETTERS)}{rng.choice(LETTERS)}9{rng.choice(LETTERS)}{rng.choice(LETTERS)}"
    if voice == "ca":
        return f"{rng.choice(LETTERS)}{digits(rng, 4)}-{digits(rng, 5)}-{digits(rng, 5)}"
    if voice == "au":
        return digits(rng, rng.choice([8, 9]))
    if voice == "in":
        return f"{rng.choice(['MH', 'KA', 'DL', 'TN', 'UP'])}{digits(rng, 2)} {digits(rng, 11)}"
    return rng.choice([
        rng.choice(LETTERS) + digits(rng, 7), rng.choice(LETTERS) + digits(rng, 12),
        f"{rng.choice(LETTERS)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}", digits(rng, 9),
        f"{rng.choice(LETTERS)}{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
    ])


def licence(rng, voice: str) -> tuple[str, str]:
    r = rng.random()
    if r < 0.25:
        return npi(rng), "npi"
    if r < 0.45:
        return dea(rng), "dea"
    return driver_licence(rng, voice), "dl"


# ---------------------------------------------------------------- vehicles and devices

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
              "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
              "X": 7, "Y": 8, "Z": 9}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng) -> str:
    v = [rng.choice("12345JKLSWYZ")] + [rng.choice(VIN_CHARS) for _ in range(16)]
    total = sum(VIN_VALUES[c] * w for c, w in zip(v, VIN_WEIGHTS))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v)


def plate(rng, voice: str) -> str:
    L = lambda n: "".join(rng.choice(LETTERS) for _ in range(n))  # noqa: E731
    if voice == "uk":
        return rng.choice([f"{L(2)}{rng.randint(10, 73)} {L(3)}", f"{L(2)}{rng.randint(10, 73)}{L(3)}", f"{L(1)}{rng.randint(1, 999)} {L(3)}"])
    if voice == "au":
        return rng.choice([f"{L(3)}-{digits(rng, 3)}", f"{rng.randint(1, 9)}{L(3)} {digits(rng, 3)}", f"{L(3)} {digits(rng, 2)}{L(1)}", f"{L(2)}-{digits(rng, 2)}-{L(2)}"])
    if voice == "in":
        return rng.choice([f"{rng.choice(['MH', 'KA', 'DL', 'TN', 'GJ'])} {rng.randint(1, 40):02d} {L(2)} {digits(rng, 4)}",
                           f"{rng.choice(['MH', 'KA', 'DL', 'TN', 'GJ'])}{rng.randint(1, 40):02d}{L(2)}{digits(rng, 4)}"])
    if voice == "ca":
        return rng.choice([f"{L(4)} {digits(rng, 3)}", f"{L(3)}-{digits(rng, 3)}", f"{L(3)} {digits(rng, 3)}"])
    return rng.choice([f"{rng.randint(1, 9)}{L(3)}{digits(rng, 3)}", f"{L(3)}-{digits(rng, 4)}", f"{L(3)} {digits(rng, 4)}",
                       f"{L(2)}{digits(rng, 1)} {L(1)}{digits(rng, 2)}", f"{digits(rng, 3)} {L(3)}", f"{L(3)}{digits(rng, 4)}"])


def vehicle(rng, voice: str) -> tuple[str, str]:
    return (vin(rng), "vin") if rng.random() < 0.35 else (plate(rng, voice), "plate")


def device(rng, voice: str) -> str:
    L = lambda n: "".join(rng.choice(LETTERS) for _ in range(n))  # noqa: E731
    r = rng.random()
    if r < 0.15:
        return L(rng.choice([6, 8, 10]))  # letters only
    if r < 0.3:
        s = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.choice([8, 10, 12])))
        return s  # mixed case
    if r < 0.45:
        return f"{L(2)}{digits(rng, 7)}{L(1)}"
    if r < 0.55:
        return f"{digits(rng, 2)}-{digits(rng, 6)}-{digits(rng, 6)}-{digits(rng, 1)}"  # IMEI layout
    if r < 0.7:
        return f"{digits(rng, 1)}{L(1)}{digits(rng, 1)}{L(1)}{digits(rng, 1)}{L(1)}"  # transmitter id
    if r < 0.85:
        return f"{L(3)}{digits(rng, 6)}{L(1)}"
    return f"{digits(rng, 3)}{L(2)}{digits(rng, 5)}"


# ---------------------------------------------------------------- places


def zip_code(rng, voice: str) -> str:
    if voice == "uk":
        return uk_postcode(rng)
    if voice == "ca":
        return ca_postal(rng)
    if voice == "au":
        return str(rng.choice([2, 3, 4, 5, 6, 7])) + digits(rng, 3)
    if voice == "in":
        return str(rng.randint(1, 8)) + digits(rng, 5)
    z = f"{rng.randint(1001, 99950):05d}"
    return rng.choice([z, z, z, f"{z}-{digits(rng, 4)}"])


def uk_postcode(rng) -> str:
    L = lambda: rng.choice(LETTERS)  # noqa: E731
    out = rng.choice([f"{L()}{L()}{rng.randint(1, 20)}", f"{L()}{rng.randint(1, 9)}", f"{L()}{L()}{rng.randint(1, 9)}{L()}"])
    return f"{out} {rng.randint(0, 9)}{L()}{L()}" if rng.random() < 0.85 else f"{out}{rng.randint(0, 9)}{L()}{L()}"


def ca_postal(rng) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTVXY")
    v = f"{first}{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} {rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    return v if rng.random() < 0.85 else v.replace(" ", "")


def street_address(rng, voice: str) -> str:
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 19999)]))
    street = rng.choice(STREETS)
    direction = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "North ", "West ", "S. "]) if voice in NORTH_AMERICA else ""
    suffix = {
        "us": ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Ln", "Lane", "Dr", "Drive", "Ct", "Way", "Pl", "Ter", "Cir", "Pkwy", "Trl"],
        "uk": ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Grove", "Drive", "Way", "Terrace", "Mews", "Place", "Rd"],
        "au": ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Parade", "Crescent", "Cres", "Court", "Ct", "Place", "Drive", "Close"],
        "in": ["Road", "Marg", "Nagar", "Street", "Lane", "Main Road", "Cross"],
    }.get(voice if voice in ("uk", "au", "in") else "us")
    s = f"{direction}{street} {rng.choice(suffix)}"
    unit = rng.random()
    if voice in ("uk",) and unit < 0.2:
        base = f"Flat {rng.randint(1, 30)}, {num} {s}"
    elif voice == "au" and unit < 0.25:
        base = f"{rng.randint(1, 40)}/{num} {s}"
    elif voice == "in" and unit < 0.35:
        base = f"House No. {num}, {s}"
    elif voice in NORTH_AMERICA and unit < 0.3:
        base = f"{num} {s} {rng.choice(['Apt', 'Apt.', 'Unit', 'Suite', 'Ste', '#'])} {rng.choice([str(rng.randint(1, 40)), str(rng.randint(1, 9)) + rng.choice('ABCD'), str(rng.randint(100, 999))])}"
    elif voice == "ca" and unit < 0.45:
        base = f"{rng.randint(101, 2400)}-{num} {s}"
    else:
        base = f"{num} {s}"
    return base + city_tail(rng, voice)


def city_tail(rng, voice: str) -> str:
    r = rng.random()
    if r < 0.45:
        return ""
    city, region = rng.choice(CITIES[voice if voice in CITIES else "us"])
    if r < 0.65:
        return f", {city}"
    if voice in ("uk",):
        return f", {city} {uk_postcode(rng)}"
    if voice == "ca":
        return f", {city}, {region} {ca_postal(rng)}"
    if voice == "au":
        return f", {city} {region} {zip_code(rng, 'au')}"
    if voice == "in":
        return f", {city} {zip_code(rng, 'in')}"
    return rng.choice([f", {city}, {region} {zip_code(rng, 'us')}", f", {city}, {region}", f" {city} {region} {zip_code(rng, 'us')}"])


# ---------------------------------------------------------------- dates, ages, contact

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date(rng, voice: str, with_year: bool = True) -> str:
    y = rng.randint(1925, 2026)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mon = MONTHS[m - 1]
    short = mon[:3] + rng.choice(["", "."])
    day_first = voice in ("uk", "au", "in", "ca") and rng.random() < 0.75
    if not with_year:
        return rng.choice([f"{mon} {ordinal(d)}", f"{ordinal(d)} {mon}", f"the {ordinal(d)} of {mon}", f"{d} {short}", f"{short} {d}",
                           f"{d}/{m}" if day_first else f"{m}/{d}", f"{mon} {d}"])
    nums = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y % 100:02d}"] if day_first else \
           [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{y}", f"{m}/{d}/{y % 100:02d}", f"{m}.{d}.{y}"]
    words = [f"{mon} {d}, {y}", f"{mon} {ordinal(d)}, {y}", f"{d} {mon} {y}", f"{ordinal(d)} {mon} {y}", f"{short} {d} {y}",
             f"{d}-{short.rstrip('.')}-{y}", f"the {ordinal(d)} of {mon} {y}", f"{mon} {ordinal(d)} {y}", f"{d} {short} '{y % 100:02d}"]
    iso = [f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}"]
    pool = rng.choice([nums, nums, words, words, iso])
    return rng.choice(pool)


def age(rng) -> str:
    n = rng.randint(90, 104)
    if rng.random() < 0.12:
        tens = {90: "ninety", 100: "a hundred"}
        ones = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
        if n < 100:
            return "ninety" + ones[n - 90]
        return tens[100] if n == 100 else str(n)
    return str(n)


def email(rng, voice: str) -> str:
    first, last = given(rng).lower(), surname(rng).lower().replace("'", "").replace(" ", "")
    host = rng.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "hotmail.co.uk",
                       "btinternet.com", "yahoo.co.in", "rediffmail.com", "bigpond.com", "shaw.ca", "rogers.com", "proton.me",
                       "live.com.au", "sympatico.ca", "gmx.net", "mail.com", "fastmail.fm", "outlook.in"])
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}",
                        f"{last}.{first}", f"{first}{rng.randint(1950, 2005)}", f"{first}.{last[0]}"])
    r = rng.random()
    if r < 0.6:
        return f"{local}@{host}"
    h, _, tld = host.partition(".")
    tld_words = " dot ".join(tld.split("."))
    loc = local.replace(".", " dot ")
    return rng.choice([
        f"{loc} at {h} dot {tld_words}", f"{local}(at){h}(dot){tld.replace('.', '(dot)')}", f"{local} [at] {h} [dot] {tld_words}",
        f"{local} @ {host}", f"{local} at {host}", f"{loc} at {h} dot {tld_words}",
    ])


def url(rng, voice: str) -> str:
    first, last = given(rng).lower(), surname(rng).lower().replace("'", "").replace(" ", "")
    return rng.choice([
        f"https://www.gofundme.com/f/help-{first}-{last}", f"gofundme.com/f/{first}s-fight", f"https://gofund.me/{digits(rng, 3)}a{digits(rng, 4)}",
        f"https://www.caringbridge.org/visit/{first}{last}", f"caringbridge.org/site/{first}-{last}", f"https://www.instagram.com/{first}_{last}",
        f"instagram.com/{first}.{last}.{rng.randint(10, 99)}", f"https://facebook.com/{first}.{last}.{digits(rng, 4)}", f"fb.com/{first}{last}",
        f"https://www.tiktok.com/@{first}{last}", f"tiktok.com/@{first}_{rng.choice(['fights', 'heals', 'mslife'])}", f"https://twitter.com/{first}{last[0]}",
        f"x.com/{first}_{last}", f"{first}{last}.wordpress.com", f"https://{first}-{last}.blogspot.com", f"https://{first}{last}.substack.com",
        f"youtube.com/@{first}{last}", f"https://www.justgiving.com/fundraising/{first}-{last}", f"linktr.ee/{first}{last}",
        f"https://www.mealtrain.com/trains/{digits(rng, 6)}", f"https://ketto.org/fundraiser/{first}-{last}", f"milaap.org/fundraisers/support-{first}",
        f"https://www.linkedin.com/in/{first}-{last}-{digits(rng, 3)}", f"www.{first}{last}journey.com", f"reddit.com/u/{first}{last}{rng.randint(1, 99)}",
    ])


def ip(rng) -> str:
    if rng.random() < 0.2:
        return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8)) if rng.random() < 0.5 else \
            f"2001:db8:{rng.randint(1, 65535):x}::{rng.randint(1, 65535):x}"
    first = rng.choice([rng.randint(11, 223), 10, 192, 172, 100])
    if first == 192:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def name(rng, voice: str, style: str = "") -> str:
    if style == "initial":
        return initial_surname(rng, voice)
    return full_name(rng, voice)


def nhs_formatted(rng) -> str:
    d = nhs_digits(rng)
    return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])


def sin_formatted(rng) -> str:
    d = sin_digits(rng)
    return rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d])


def sort_code(rng) -> str:
    s = digits(rng, 6)
    return rng.choice([f"{s[:2]}-{s[2:4]}-{s[4:]} {digits(rng, 8)}", f"{s[:2]}-{s[2:4]}-{s[4:]}, {digits(rng, 8)}",
                       f"{s[:2]} {s[2:4]} {s[4:]} / {digits(rng, 8)}"])


def bsb(rng) -> str:
    return rng.choice([f"{digits(rng, 3)}-{digits(rng, 3)} {digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 3)}, {digits(rng, 9)}"])


def mobile_digits(rng, voice: str) -> str:
    if voice == "uk":
        return "07" + str(rng.randint(4, 9)) + digits(rng, 8)
    if voice == "au":
        return "04" + digits(rng, 8)
    return str(rng.randint(6, 9)) + digits(rng, 9)
