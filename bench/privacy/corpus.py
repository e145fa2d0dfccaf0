"""A seeded, labelled corpus of chat prompts for measuring PII detection.

    samples = generate(2000, seed=7)     # same seed, same corpus
    sample.text, sample.spans            # spans: (start, end, type) in Python string indices

Three kinds of prompt, mixed like real traffic: `pii` (personal requests holding PII, often beside
hard negatives), `negative` (no PII, but order numbers, versions, UUIDs, hashes, prices, documentation
links, placeholder keys, famous people/places/companies) and `clean` (no PII at all). Names and
places come from ten locales; some prompts are typed all in lower case, and a few are written in
German, French or Spanish (the fresh set, `fresh=True`, also Italian and Dutch; the second fresh set,
`fresh2=True`, and the third, `fresh3=True`, also Portuguese; the fourth, `fresh4=True`, also Polish and Swedish;
the fifth, `fresh5=True`, also Danish, Czech and Turkish, with its own people, places and value generators;
the sixth, `fresh6=True`, held in reserve, in some twenty languages and locales, likewise self-contained;
the seventh, `fresh7=True`, also held in reserve, in some twenty-five languages (Greek and Cyrillic scripts too), likewise self-contained;
the eighth, `fresh8=True`, also held in reserve, in some thirty languages and locales, likewise self-contained;
the ninth, `fresh9=True`, also held in reserve, in some thirty languages, weighted toward secrets and IP addresses, likewise self-contained;
the tenth, `fresh10=True`, also held in reserve, in some thirty languages, balanced across all fifteen types, likewise self-contained;
the eleventh, `fresh11=True`, also held in reserve, in some forty languages (CJK, Hebrew, Arabic, Devanagari and Thai scripts too),
weighted toward cards and secrets in new layouts, likewise self-contained;
the twelfth, `fresh12=True`, also held in reserve, in some thirty-five languages (Malay, Filipino and Swahili too), balanced across
all fifteen types, with PII-free lookalikes and PII in unusual layouts, likewise self-contained;
the thirteenth, `fresh13=True`, also held in reserve, in some thirty languages (CJK, Hangul, Hebrew, Arabic, Devanagari and Thai
scripts too), balanced across all fifteen types, with its own people, places and situations, likewise self-contained;
the fourteenth, `fresh14=True`, also held in reserve, in some thirty languages (CJK, Hangul, Hebrew, Arabic, Devanagari and Thai
scripts too), balanced across all fifteen types, with new situations and layouts (health-record, payment and form formats, home
automation, CI pipelines, logs, spreadsheets, messages), likewise self-contained;
the fifteenth, `fresh15=True`, also held in reserve, in some thirty languages (CJK, Hangul, Hebrew, Arabic, Devanagari and Thai
scripts too), balanced across all fifteen types, with new situations and layouts (claims and court forms, registrations, payouts,
DNS zones, inventories, state files, HAR files, SIEM alerts, headers, invites, vCards, chat exports), likewise self-contained;
the sixteenth, `fresh16=True`, also held in reserve, in some thirty languages (CJK, Hangul, Hebrew, Arabic, Devanagari and Thai
scripts too), balanced across all fifteen types, with new situations and layouts (moves, storage, home swaps, car sales, club
sign-ups, service configs, network gear, accounting exports, inspect dumps), likewise self-contained;
the seventeenth, `fresh17=True`, also held in reserve, in some thirty languages (CJK, Hangul, Hebrew, Arabic, Devanagari and
Thai scripts too), balanced across all fifteen types, with new situations and carriers (club and community sign-ups, household
repairs, health admin, seed data and test fixtures, data-pipeline configs, transcripts, tables), likewise self-contained;
the eighteenth, `fresh18=True`, also held in reserve, in the same thirty-two languages, balanced across all fifteen types, with
new situations and carriers (small-business admin, developer files, school, care, travel, tenancy, hiring, research, support
desks, marketplaces), likewise self-contained;
the nineteenth, `fresh19=True`, also held in reserve, in the same thirty-two languages, balanced across all fifteen types, with
new situations and carriers (weddings, funerals, club transfers, burglary claims, crypto-exchange support, pharmacies and vets,
hire cars and fines, dating safety, genealogy, faith rotas, tutoring, freelance and cross-border payroll, immigration, banking
OCR, password-manager exports, devtools copies, Kubernetes, Helm, Terraform, CI logs, notebooks, Postman, curl, mail configs,
crash reports, SMS threads, forwarded mail, voice notes), likewise self-contained;
the twentieth, `fresh20=True`, also held in reserve, in the same thirty-two languages, balanced across all fifteen types, with
new situations and carriers (solar installs, renovation builders, childcare swaps, neighbourhood watch, choirs and bands,
race entries, discharge letters, dental claims, hearing aids, care homes, theses, libraries, co-working, 3D printing,
marinas, hunting and firearm licences, amateur radio, drones, game servers, e-sports, tax and credit forms, X12, HL7,
SWIFT MT103, cheque and handwritten-form OCR, AAMVA barcodes, PayPal IPN, Stripe webhooks, Zapier, Airtable, Notion,
spreadsheet formulas, nginx, Caddy, Ansible, backup scripts, cloud-init, maker sketches), likewise self-contained;
the twenty-first, `fresh21=True`, also held in reserve, in the same thirty-two languages, balanced across all fifteen types,
with new situations and carriers (allotments, wild swimming, escape rooms, chess and bouldering clubs, apprenticeships,
student loans, probate, powers of attorney, parking appeals, lodgers, pilgrimages, DNA kits, fertility clinics, allergy
plans, visa letters, remittances, savings circles, pawnshops, subrogation, payroll corrections, chargebacks, hardware
wallets, home labs, SFTP drops, dbt, Airflow, BigQuery, Fastlane, Gradle, Laravel, Rails, Django, Spring, .NET, Terraform
Cloud, kubeconfig, OpenVPN, Supabase, PlanetScale, Databricks, Sentry, webhooks, cookies, SAS links, TOTP seeds, vCards,
iCalendar, LaTeX, voice transcripts), likewise self-contained; the twenty-second, `fresh22=True`, also held in reserve,
balanced across all fifteen types, likewise self-contained; the twenty-third, `fresh23=True`, also held in reserve,
likewise self-contained; the twenty-fourth, `fresh24=True`, also held in reserve, likewise self-contained; the twenty-fifth,
`fresh25=True`, also held in reserve, likewise self-contained; the twenty-sixth, `fresh26=True`, also held in reserve,
likewise self-contained; the twenty-seventh, `fresh27=True`, also held in reserve, likewise self-contained; the twenty-eighth,
`fresh28=True`, also held in reserve, likewise self-contained).

What is labelled (and so what the detector is scored against):
  PERSON       private people's names (first, last or full; not titles, not the possessive 's)
  LOCATION     a town or city where the writer or someone they know lives, works or travels
  ORGANIZATION the writer's employer, school, clinic or bank (small, non-famous names)
  ADDRESS      a street address with number, and town/postcode when written
  DATE         a calendar date with day and month; DATE_OF_BIRTH when it is a birth date
  SECRET       the secret value only (key, token, password; user:password in a URL)
  URL          links that point at a person (profiles, personal shares, links with an email inside)
  and EMAIL, PHONE, CREDIT_CARD, IBAN, US_SSN, NATIONAL_ID, IP_ADDRESS as written.
Years alone, times, famous entities in general questions and public links are not PII.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.br import cpf
from stdnum.es import dni
from stdnum.it import codicefiscale

from bench.privacy import corpus_data as D
from bench.privacy.templates import CLEAN, FOLLOW_UPS, HOLDOUT_NEGATIVE, HOLDOUT_PII, NEGATIVE, PII
from bench.privacy import templates_fresh2 as F2
from bench.privacy import templates_fresh3 as F3
from bench.privacy import templates_fresh4 as F4
from bench.privacy import templates_fresh5 as F5
from bench.privacy import templates_fresh6 as F6
from bench.privacy import templates_fresh7 as F7
from bench.privacy import templates_fresh8 as F8
from bench.privacy import templates_fresh9 as F9
from bench.privacy import templates_fresh10 as F10
from bench.privacy import templates_fresh11 as F11
from bench.privacy import templates_fresh12 as F12
from bench.privacy import templates_fresh13 as F13
from bench.privacy import templates_fresh14 as F14
from bench.privacy import templates_fresh15 as F15
from bench.privacy import templates_fresh16 as F16
from bench.privacy import templates_fresh17 as F17
from bench.privacy import templates_fresh18 as F18
from bench.privacy import templates_fresh19 as F19
from bench.privacy import templates_fresh20 as F20
from bench.privacy import templates_fresh21 as F21
from bench.privacy import templates_fresh22 as F22
from bench.privacy import templates_fresh23 as F23
from bench.privacy import templates_fresh24 as F24
from bench.privacy import templates_fresh25 as F25
from bench.privacy import templates_fresh26 as F26
from bench.privacy import templates_fresh27 as F27
from bench.privacy import templates_fresh28 as F28
from bench.privacy.templates_fresh import FRESH_CLEAN, FRESH_NEGATIVE, FRESH_PII, NICKNAMES


@dataclass
class Sample:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    kind: str = "pii"
    locale: str = "en_US"


def _split(s: str) -> list[str]:
    return [w for w in (s.split("|") if "|" in s else s.split()) if w]


class _Person:
    def __init__(self, rng: random.Random, locale: str) -> None:
        female, male, last = D.LOCALES[locale]
        self.first = rng.choice(_split(rng.choice((female, male))))
        self.last = rng.choice(_split(last))
        self.full = f"{self.first} {self.last}"


class _Context:
    """One prompt being rendered: its locale, its people, and a random source."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.p1 = _Person(rng, locale)
        self.p2 = _Person(rng, rng.choice(list(D.LOCALES)))

    def pick(self, s: str) -> str:
        return self.rng.choice(_split(s))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))


Parts = list[tuple[str, str | None]]


def _fill(ctx: _Context, slot: str) -> Parts:
    r = ctx.rng
    p1, p2 = ctx.p1, ctx.p2
    simple: dict[str, Callable[[], tuple[str, str | None]]] = {  # lazy: one draw per slot
        "person": lambda: (p1.full, "PERSON"), "first": lambda: (p1.first, "PERSON"), "last": lambda: (p1.last, "PERSON"),
        "person2": lambda: (p2.full, "PERSON"), "first2": lambda: (p2.first, "PERSON"),
        "town": lambda: (ctx.pick(D.TOWNS[ctx.locale]), "LOCATION"), "town2": lambda: (ctx.pick(D.TOWNS[r.choice(list(D.TOWNS))]), "LOCATION"),
        "bigcity": lambda: (ctx.pick(D.FAMOUS_CITIES), "LOCATION"),
        "org": lambda: (_org(ctx), "ORGANIZATION"),
        "email": lambda: (_email(ctx, p1), "EMAIL"), "email2": lambda: (_email(ctx, p2), "EMAIL"),
        "phone": lambda: (_phone(ctx), "PHONE"), "card": lambda: (_card(ctx), "CREDIT_CARD"), "iban": lambda: (_iban(ctx), "IBAN"),
        "ssn": lambda: (_ssn(ctx), "US_SSN"), "natid": lambda: (_national_id(ctx), "NATIONAL_ID"), "ip": lambda: (_ip(ctx), "IP_ADDRESS"),
        "date": lambda: (_date(ctx), "DATE"), "dob": lambda: (_date(ctx, birth=True), "DATE_OF_BIRTH"),
        "address": lambda: (_address(ctx), "ADDRESS"), "purl": lambda: (_personal_url(ctx), "URL"),
        "secret": lambda: (_secret(ctx), "SECRET"), "password": lambda: (_password(ctx), "SECRET"),
        # Not PII: hard negatives.
        "order": lambda: (r.choice(["", "#", "A", "ORD-", "INV-", "TKT-"]) + ctx.digits(r.choice([6, 8, 9, 10, 12])), None),
        "version": lambda: (r.choice(["", "v"]) + ".".join(str(r.randint(0, 20)) for _ in range(r.choice([2, 3, 3, 4]))), None),
        "uuid": lambda: (_uuid(ctx), None), "sha": lambda: (ctx.alnum(r.choice([7, 12, 40, 64]), "0123456789abcdef"), None),
        "price": lambda: (_price(ctx), None), "docurl": lambda: (_doc_url(ctx), None),
        "famous_person": lambda: (ctx.pick(D.FAMOUS_PEOPLE), None), "famous_company": lambda: (ctx.pick(D.FAMOUS_COMPANIES), None),
        "famous_place": lambda: (ctx.pick(D.FAMOUS_PLACES), None), "tech": lambda: (ctx.pick(D.TECH), None),
        "placeholder": lambda: (_placeholder(ctx), None), "year": lambda: (str(r.randint(1850, 2030)), None),
        "time": lambda: (f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['am', 'pm', 'AM', 'PM'])}", None),
        "qty": lambda: (str(r.choice([3, 5, 12, 40, 250, 1500, 20000, 123456])), None),
        "port": lambda: (str(r.choice([80, 443, 5432, 6379, 8080, 3000, 27017])), None),
        "hexcolor": lambda: ("#" + ctx.alnum(6, "0123456789abcdef"), None),
    }
    if slot in simple:
        return [simple[slot]()]
    if slot == "title_last":
        return [(r.choice(["Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Prof. "]), None), (p2.full if r.random() < 0.4 else p2.last, "PERSON")]
    if slot == "url_cred":
        user = r.choice(["admin", "postgres", "app", p1.first.lower(), "deploy"])
        return [(r.choice(["postgres://", "mysql://", "redis://", "mongodb+srv://", "https://", "amqp://"]), None),
                (f"{user}:{_password(ctx)}", "SECRET"),
                (f"@{r.choice(['db.internal', 'localhost', 'cluster0.x8k2p.mongodb.net', 'prod-db-2', '10.2.0.15'])}:{r.choice([5432, 3306, 6379, 5672])}/{r.choice(['app', 'main', 'orders'])}", None)]
    return _fill_fresh(ctx, slot)


def _fill_fresh(ctx: _Context, slot: str) -> Parts:
    """Slots only the fresh templates use (templates_fresh.py lists them); main and held-out never reach here."""
    r = ctx.rng
    p1, p2 = ctx.p1, ctx.p2
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    fixed: dict[str, Callable[[], Parts]] = {
        "first_lc": lambda: [(p1.first.lower(), "PERSON")], "last_lc": lambda: [(p1.last.lower(), "PERSON")],
        "last2": lambda: [(p2.last, "PERSON")], "nick": lambda: [(ctx.pick(NICKNAMES), "PERSON")],
        "dbl": lambda: [(f"{p1.full}-{p2.last}", "PERSON")],
        "initials": lambda: [(p1.first[0] + ".", "PERSON"), (" ", None), (p1.last, "PERSON")],
        "person_rev": lambda: [(p1.last, "PERSON"), (", ", None), (p1.first, "PERSON")],
        "person_uc": lambda: [(p1.full.upper(), "PERSON")], "last_uc": lambda: [(p1.last.upper(), "PERSON")],
        "airline": lambda: [(_ascii(p1.last).upper().replace(" ", "").replace("'", ""), "PERSON"), ("/", None),
                            (_ascii(p1.first).upper(), "PERSON"), (r.choice([" MR", " MS", " MRS", ""]), None)],
        "username": lambda: [(_ascii(p1.first).lower(), "PERSON"), (r.choice([".", "_", ""]), None),
                             (_ascii(p1.last).lower().replace(" ", "").replace("'", ""), "PERSON")],
    }
    if slot in fixed:
        return [(text, etype) for text, etype in fixed[slot]() if text]
    return _fill_fresh2(ctx, slot)


def _fill_fresh2(ctx: _Context, slot: str) -> Parts:
    """Slots only the second fresh set uses (templates_fresh2.py holds their word lists); no other set reaches here."""
    r = ctx.rng
    negatives = {"eponym_med": F2.EPONYMS_MED, "eponym_law": F2.EPONYMS_LAW, "eponym_inst": F2.EPONYMS_INST, "brand": F2.BRANDS,
                 "fictional": F2.FICTIONAL, "famous_address": F2.FAMOUS_ADDRESSES, "fake_person": F2.FAKE_PEOPLE,
                 "fake_email": F2.FAKE_EMAILS, "fake_card": F2.FAKE_CARDS, "fake_iban": F2.FAKE_IBANS, "fake_ssn": F2.FAKE_SSNS,
                 "fake_phone": F2.FAKE_PHONES, "pub_ip": F2.PUBLIC_IPS, "cve": F2.CVES, "model": F2.MODELS}
    if slot in negatives:
        return [(ctx.pick(negatives[slot]), None)]
    fixed: dict[str, Callable[[], Parts]] = {
        "addr_local": lambda: [(_address_local(ctx), "ADDRESS")],
        "date_en": lambda: [(_date_en(ctx), "DATE")], "dob_en": lambda: [(_date_en(ctx, birth=True), "DATE_OF_BIRTH")],
        "date_xx": lambda: [(_date_local(ctx), "DATE")], "dob_xx": lambda: [(_date_local(ctx, birth=True), "DATE_OF_BIRTH")],
        "email_work": lambda: [(_email_work(ctx), "EMAIL")],
        "secret2": lambda: [(_secret2(ctx), "SECRET")],
        "natid_loc": lambda: [(_national_id_local(ctx), "NATIONAL_ID")],
        "azure_conn": lambda: [(f"DefaultEndpointsProtocol=https;AccountName={r.choice(['stprodweu', 'backupsnl01', 'mediafiles'])};AccountKey=", None),
                               (base64.b64encode(r.randbytes(64)).decode(), "SECRET"), (";EndpointSuffix=core.windows.net", None)],
    }
    if slot in fixed:
        return fixed[slot]()
    try:
        return F3.fill(ctx, slot)  # the third fresh set's slots (its own generators); KeyError for unknown slots
    except KeyError:
        return F4.fill(ctx, slot)  # the fourth fresh set's slots (its own generators); KeyError for unknown slots


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _date_en(ctx: _Context, birth: bool = False) -> str:
    """English ways of writing a date that _date does not produce (ordinals, weekdays, abbreviations)."""
    r = ctx.rng
    year = r.randint(1940, 2005) if birth else r.randint(2019, 2027)
    month, day = r.randint(1, 12), r.randint(1, 28)
    name, short, nth = _MONTHS[month - 1], _MONTHS[month - 1][:3], _ordinal(day)
    if birth:
        return r.choice([f"{nth} {name} {year}", f"{day}-{short}-{year}", f"{nth} of {name} {year}", f"{name} {nth}, {year}",
                         f"{year}/{month:02d}/{day:02d}", f"{short}. {day}, {year}"])
    weekday = r.choice("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
    return r.choice([f"{nth} {name} {year}", f"{name} {nth}", f"{weekday[:3]} {day} {short}", f"{day}-{short}-{year}",
                     f"{nth} of {name}", f"{weekday} {nth} {name}", f"{short}. {day}, {year}"])


def _date_local(ctx: _Context, birth: bool = False) -> str:
    """A date as written in the locale's own language (the templates using it fix the locale)."""
    r = ctx.rng
    if ctx.locale not in F2.MONTHS_LOCAL:
        return _date_en(ctx, birth)
    year = r.randint(1940, 2005) if birth else r.randint(2019, 2027)
    month, day = r.randint(1, 12), r.randint(1, 28)
    name = F2.MONTHS_LOCAL[ctx.locale].split()[month - 1]
    numeric = f"{day:02d}/{month:02d}/{year}"
    return r.choice({
        "de_DE": [f"{day}. {name} {year}", f"{day}. {name}", f"{day:02d}.{month:02d}.{year % 100:02d}"],
        "fr_FR": [f"{'1er' if day == 1 else day} {name} {year}", f"{day} {name}", numeric],
        "es_ES": [f"{day} de {name} de {year}", f"{day} de {name}", f"{day}/{month}/{year}"],
        "it_IT": [f"{day} {name} {year}", f"{day} {name}", numeric],
        "nl_NL": [f"{day} {name} {year}", f"{day} {name}", f"{day}-{month}-{year}"],
        "pt_BR": [f"{day} de {name} de {year}", f"{day} de {name}", numeric],
    }[ctx.locale])


def _address_local(ctx: _Context) -> str:
    """Street addresses in each locale's own layout, unlike _address: units first, house names, postcodes, line breaks."""
    r = ctx.rng
    loc, town = ctx.locale, ctx.pick(D.TOWNS[ctx.locale])
    if loc == "de_DE":
        street = f"{ctx.pick(D.STREETS_DE)}{r.choice(['allee', 'straße', 'ring', 'platz'])} {r.randint(1, 90)}{r.choice(['', 'b'])}"
        return r.choice([f"{street}\n{ctx.digits(5)} {town}", f"{street}, {town}", f"{street}, {r.randint(1, 4)}. OG, {ctx.digits(5)} {town}"])
    if loc == "fr_FR":
        return (f"{r.randint(1, 60)}{r.choice(['', ' bis', ' ter'])} {r.choice(['allée', 'impasse', 'chemin', 'rue'])} {ctx.pick(D.STREETS_FR)}"
                f"{r.choice([', ', chr(10)])}{ctx.digits(5)} {town.upper() if r.random() < 0.5 else town}")
    if loc == "es_ES":
        return (f"{r.choice(['C/', 'Avda.', 'Paseo'])} {ctx.pick(D.STREETS_ES)}, {r.randint(1, 120)}, {r.randint(1, 9)}º {r.choice('ABCD')}, "
                f"{ctx.digits(5)} {town}")
    if loc == "it_IT":
        return (f"{r.choice(['Corso', 'Viale', 'Piazza', 'Vicolo'])} {ctx.pick(D.STREETS_IT)} {r.randint(1, 150)}{r.choice(['', '/A', '/B'])}, "
                f"{ctx.digits(5)} {town} ({F2.PROVINCES_IT.get(town, 'XX')})")
    if loc == "nl_NL":
        pc = f"{r.randint(1000, 9999)} {ctx.alnum(2, 'ABCDEGHJKLMNPRSTVWXZ')}"
        return f"{ctx.pick(F2.STREETS_NL)}{ctx.pick(F2.STREET_TYPES_NL)} {r.randint(1, 200)}{r.choice(['', '-2', 'A', ' bis'])}, {pc} {town}"
    if loc == "pt_BR":
        return (f"Rua {ctx.pick(F2.STREETS_PT)}, {r.randint(10, 2999)}{r.choice(['', f', apto {r.randint(11, 804)}'])} - "
                f"{ctx.pick(F2.BAIRROS_PT)}, {town} - {ctx.pick(F2.UF_PT)}, {ctx.digits(5)}-{ctx.digits(3)}")
    if loc == "en_IN":
        return (f"Flat {r.randint(1, 20)}{r.choice('ABCD')}, {ctx.pick(D.STREETS_EN)} Residency, {r.randint(1, 12)}th Cross, "
                f"{ctx.pick(F2.AREAS_IN)}, {town} {r.randint(1, 8)}{ctx.digits(5)}")
    street = f"{r.randint(1, 999)} {ctx.pick(D.STREETS_EN)} {ctx.pick(D.STREET_TYPES_EN)}"
    if loc == "en_US":
        return r.choice([f"Apt {r.randint(1, 30)}{r.choice('ABC')}, {street}, {town}, {ctx.pick(D.US_STATES)} {ctx.digits(5)}",
                         f"{street}\n{town}, {ctx.pick(D.US_STATES)} {ctx.digits(5)}"])
    if loc == "en_GB":
        pc = f"{r.choice(['LS', 'BS', 'SN', 'RG', 'NR', 'EX', 'HG'])}{r.randint(1, 20)} {r.randint(1, 9)}{ctx.alnum(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return r.choice([f"Flat {r.randint(1, 12)}, {street}, {town}, {pc}",
                         f"{ctx.pick(F2.HOUSE_NAMES_GB)}, {ctx.pick(D.STREETS_EN)} Lane, {town} {pc}"])
    return f"{ctx.pick(D.STREETS_EN)} {ctx.pick(D.STREET_TYPES_EN)} {r.randint(1, 300)}, {town}"


def _email_work(ctx: _Context) -> str:
    r = ctx.rng
    first, last = _ascii(ctx.p1.first).lower(), _ascii(ctx.p1.last).lower().replace(" ", "").replace("'", "")
    local = r.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}", f"{last}{first[0]}"])
    return f"{local}@{ctx.pick(F2.WORK_DOMAINS)}"


def _secret2(ctx: _Context) -> str:
    """Credential formats the main generator does not make."""
    r = ctx.rng
    an, b64 = string.ascii_letters + string.digits, string.ascii_letters + string.digits + "+/"
    return r.choice([
        lambda: "glpat-" + ctx.alnum(20, an + "_-"), lambda: "hf_" + ctx.alnum(34, string.ascii_letters),
        lambda: "npm_" + ctx.alnum(36, an), lambda: f"SG.{ctx.alnum(22, an + '_-')}.{ctx.alnum(43, an + '_-')}",
        lambda: "dop_v1_" + ctx.alnum(64, "0123456789abcdef"), lambda: "GOCSPX-" + ctx.alnum(28, an + "_-"),
        lambda: "shpat_" + ctx.alnum(32, "0123456789abcdef"), lambda: ctx.alnum(40, b64),
        lambda: "pypi-AgEIcHlwaS5vcmc" + ctx.alnum(60, an + "_-"), lambda: ctx.alnum(32, "0123456789abcdef"),
    ])()


def _national_id_local(ctx: _Context) -> str:
    """The locale's own national number, valid by its checksum (Steuer-ID, NIR, NIE/DNI, codice fiscale, BSN, CPF, NHS, Aadhaar...)."""
    from stdnum.de import idnr
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.in_ import aadhaar
    from stdnum.iso7064 import mod_11_10
    from stdnum.nl import bsn
    from stdnum.pl import pesel

    r = ctx.rng

    def draw(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
        for _ in range(500):
            value = make()
            if valid(value):
                return value
        raise RuntimeError("no valid number drawn")

    loc = ctx.locale
    if loc == "de_DE":
        def steuer_id() -> str:  # ten digits, exactly one of them twice, then the ISO 7064 mod 11,10 check digit
            chosen = r.sample(string.digits, 9)
            body = chosen + [r.choice(chosen)]
            r.shuffle(body)
            return "".join(body) + mod_11_10.calc_check_digit("".join(body))
        v = draw(steuer_id, idnr.is_valid)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if r.random() < 0.4 else v
    if loc == "fr_FR":
        body = f"{r.choice('12')}{ctx.digits(2)}{r.randint(1, 12):02d}{r.randint(1, 95):02d}{ctx.digits(3)}{ctx.digits(3)}"
        v = body + f"{97 - int(body) % 97:02d}"
        assert nir.is_valid(v)
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if r.random() < 0.5 else v
    if loc == "es_ES":
        if r.random() < 0.5:
            lead = r.choice("XYZ")
            body = ctx.digits(7)
            return lead + body + dni.calc_check_digit(str("XYZ".index(lead)) + body)
        body = ctx.digits(8)
        return f"{body}-{dni.calc_check_digit(body)}" if r.random() < 0.3 else body + dni.calc_check_digit(body)
    if loc == "it_IT":
        body = (ctx.alnum(6, "BCDFGHLMNPRSTVZ") + ctx.digits(2) + r.choice("ABCDEHLMPRST") + f"{r.randint(1, 28) + r.choice([0, 40]):02d}"
                + r.choice("ABCDEFGHILM") + ctx.digits(3))
        return body + codicefiscale.calc_check_digit(body)
    if loc == "nl_NL":
        v = draw(lambda: str(r.randint(1, 9)) + ctx.digits(8), bsn.is_valid)
        return f"{v[:4]}.{v[4:6]}.{v[6:]}" if r.random() < 0.3 else v
    if loc == "pt_BR":
        body = ctx.digits(9)
        full = body + cpf._calc_check_digits(body)
        return full if r.random() < 0.3 else f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}"
    if loc == "en_GB":
        v = draw(lambda: str(r.randint(4, 7)) + ctx.digits(9), nhs.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if loc == "en_IN":
        v = draw(lambda: str(r.randint(2, 9)) + ctx.digits(11), aadhaar.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}" if r.random() < 0.7 else v
    if loc == "en_US":
        return r.choice(["", "C"]) + ctx.digits(8 if r.random() < 0.5 else 9)
    return draw(lambda: f"{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + ctx.digits(5), pesel.is_valid)


def _org(ctx: _Context) -> str:
    if ctx.rng.random() < 0.25:
        return ctx.pick(D.ORG_FOREIGN)
    return f"{ctx.pick(D.ORG_HEADS)} {ctx.pick(D.ORG_TAILS)}"


def _email(ctx: _Context, p: _Person) -> str:
    r = ctx.rng
    first, last = _ascii(p.first).lower(), _ascii(p.last).lower().replace(" ", "").replace("'", "")
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(1, 99)}", f"{first}_{last}{r.randint(70, 99)}",
                      f"{last}.{first[0]}", ctx.alnum(r.randint(6, 10), string.ascii_lowercase + string.digits)])
    domain = r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "hotmail.es",
                       "icloud.com", "protonmail.com", "brightpath-logistics.com", "uni-goettingen.de", "company.co.in"])
    return f"{local}@{domain}"


def _ascii(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " '-"))


_PHONE_REGIONS = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT",
                  "nl_NL": "NL", "en_IN": "IN", "pt_BR": "BR", "mixed": "AU"}


def _phone(ctx: _Context) -> str:
    """A number that phonenumbers calls valid (real numbers are), written the way people write them."""
    r = ctx.rng
    region = _PHONE_REGIONS[ctx.locale] if r.random() < 0.8 else r.choice(list(_PHONE_REGIONS.values()))
    example = phonenumbers.example_number_for_type(region, r.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
    for _ in range(200):
        national = str(example.national_number)
        keep = r.randint(1, 3)
        candidate = national[:keep] + ctx.digits(len(national) - keep)
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number(number):
            break
    else:
        number = example
    style = r.random()
    if style < 0.35:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif style < 0.75:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif style < 0.9:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    else:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL).replace(" ", ".").replace("-", ".")
    return text


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _card(ctx: _Context) -> str:
    r = ctx.rng
    prefix, length = r.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("4", 19)])
    digits = _luhn_complete(prefix + ctx.digits(length - len(prefix) - 1))
    sep = r.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, length, 4))


_IBAN_FORMATS = {"DE": "8n10n", "FR": "5n5n11c2n", "GB": "4a6n8n", "ES": "4n4n1n1n10n", "IT": "1a5n5n12c", "NL": "4a10n", "BE": "3n7n2n"}


def _iban(ctx: _Context) -> str:
    """A valid IBAN: random account, mod-97 check digits, and the national check where a country has one
    (Belgium, Spain, France...: redrawn until it passes, as every real IBAN does)."""
    r = ctx.rng
    country = r.choice(list(_IBAN_FORMATS))
    while True:
        bban = ""
        spec = _IBAN_FORMATS[country]
        i = 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            n, kind = int(spec[i:j]), spec[j]
            alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            bban += ctx.alnum(n, alphabet)
            i = j + 1
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if stdnum_iban.is_valid(iban):
            break
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if r.random() < 0.6 else iban


def _ssn(ctx: _Context) -> str:
    r = ctx.rng
    area = r.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _national_id(ctx: _Context) -> str:
    r = ctx.rng
    kind = r.choice(["nino", "dni", "cpf", "pan", "cf", "passport"])
    if kind == "nino":
        return f"{r.choice('ABCEGHJKLMNPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')} {ctx.digits(2)} {ctx.digits(2)} {ctx.digits(2)} {r.choice('ABCD')}"
    if kind == "dni":
        body = ctx.digits(8)
        return body + dni.calc_check_digit(body)
    if kind == "cpf":
        body = ctx.digits(9)
        full = body + cpf._calc_check_digits(body)  # stdnum has no public calc for CPF
        return f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}"
    if kind == "pan":
        return ctx.alnum(3, string.ascii_uppercase) + "P" + ctx.alnum(1, string.ascii_uppercase) + ctx.digits(4) + ctx.alnum(1, string.ascii_uppercase)
    if kind == "cf":
        body = (ctx.alnum(6, "BCDFGHLMNPRSTVZ") + ctx.digits(2) + r.choice("ABCDEHLMPRST") + f"{r.randint(1, 28):02d}"
                + r.choice("ABCDEFGHILM") + ctx.digits(3))
        return body + codicefiscale.calc_check_digit(body)
    return r.choice(string.ascii_uppercase) + ctx.digits(8)


def _ip(ctx: _Context) -> str:
    r = ctx.rng
    if r.random() < 0.2:
        # A compressed address in a real allocation (2a02::/16, RIPE's): 2001:db8::/32 is documentation (RFC 3849),
        # nobody's address, and the later sets label it so. (The same two draws as before: the rest is unchanged.)
        return ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(8)) if r.random() < 0.5 else f"2a02:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"
    first = r.choice([10, 172, 192, r.randint(11, 223)])
    second = {192: 168, 172: r.randint(16, 31)}.get(first, r.randint(0, 255))
    return f"{first}.{second}.{r.randint(0, 255)}.{r.randint(1, 254)}"


_MONTHS = "January February March April May June July August September October November December".split()


def _date(ctx: _Context, birth: bool = False) -> str:
    r = ctx.rng
    year = r.randint(1940, 2005) if birth else r.randint(2019, 2027)
    month, day = r.randint(1, 12), r.randint(1, 28)
    style = r.randint(0, 6)
    return [
        f"{month:02d}/{day:02d}/{year}", f"{day:02d}.{month:02d}.{year}", f"{year}-{month:02d}-{day:02d}",
        f"{_MONTHS[month - 1]} {day}, {year}", f"{day} {_MONTHS[month - 1]} {year}", f"{_MONTHS[month - 1][:3]} {day}",
        f"{day}/{month}/{year}",
    ][style]


def _address(ctx: _Context) -> str:
    r = ctx.rng
    loc = ctx.locale
    town = ctx.pick(D.TOWNS[loc])
    if loc == "de_DE":
        return f"{ctx.pick(D.STREETS_DE)}{r.choice(['straße', 'weg', 'str.', 'gasse'])} {r.randint(1, 120)}{r.choice(['', '', 'a'])}, {ctx.digits(5)} {town}"
    if loc == "fr_FR":
        return f"{r.randint(1, 80)} {r.choice(['rue', 'avenue', 'boulevard', 'place'])} {ctx.pick(D.STREETS_FR)}, {ctx.digits(5)} {town}"
    if loc == "es_ES":
        return f"Calle {ctx.pick(D.STREETS_ES)} {r.randint(1, 99)}, {ctx.digits(5)} {town}"
    if loc == "it_IT":
        return f"Via {ctx.pick(D.STREETS_IT)} {r.randint(1, 99)}, {ctx.digits(5)} {town}"
    street = f"{r.randint(1, 9999)} {ctx.pick(D.STREETS_EN)} {ctx.pick(D.STREET_TYPES_EN)}"
    unit = r.choice(["", "", "", f", Apt {r.randint(1, 30)}{r.choice('ABC')}", f", Unit {r.randint(1, 12)}"])
    if loc == "en_US":
        return f"{street}{unit}, {town}, {ctx.pick(D.US_STATES)} {ctx.digits(5)}"
    if loc == "en_GB":
        pc = f"{r.choice(['LS', 'BS', 'SN', 'RG', 'NR', 'EX', 'M'])}{r.randint(1, 20)} {r.randint(1, 9)}{ctx.alnum(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{street}{unit}, {town} {pc}"
    return f"{street}{unit}, {town}"


def _personal_url(ctx: _Context) -> str:
    r = ctx.rng
    slug = _ascii(ctx.p1.full).lower().replace(" ", "-").replace("'", "")
    handle = _ascii(ctx.p1.first).lower() + str(r.randint(1, 999))
    return r.choice([
        f"https://www.linkedin.com/in/{slug}-{ctx.alnum(6, string.ascii_lowercase + string.digits)}",
        f"https://github.com/{handle}", f"https://calendly.com/{slug}/30min",
        f"https://drive.google.com/file/d/{ctx.alnum(28)}/view?usp=sharing",
        f"https://shop.{r.choice(['acme', 'brightpath', 'northgate'])}.com/account/orders?email={_email(ctx, ctx.p1)}",
        f"https://www.instagram.com/{handle}/", f"https://{slug.replace('-', '')}.dev",
        f"https://portal.{r.choice(['kestrelhealth', 'fairviewclinic'])}.com/patients/{ctx.digits(7)}",
    ])


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _secret(ctx: _Context) -> str:
    r = ctx.rng
    an = string.ascii_letters + string.digits
    kind = r.randint(0, 9)
    if kind == 0:
        return "AKIA" + ctx.alnum(16, string.ascii_uppercase + string.digits)
    if kind == 1:
        return "sk-proj-" + ctx.alnum(48, an + "_-")
    if kind == 2:
        return "sk-ant-api03-" + ctx.alnum(93, an + "_-") + "AA"
    if kind == 3:
        return "ghp_" + ctx.alnum(36, an)
    if kind == 4:
        return f"xoxb-{ctx.digits(12)}-{ctx.digits(13)}-{ctx.alnum(24, an)}"
    if kind == 5:
        return r.choice(["sk_live_", "rk_live_", "sk_test_"]) + ctx.alnum(24, an)
    if kind == 6:
        return "AIza" + ctx.alnum(35, an + "_-")
    if kind == 7:
        header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64url(json.dumps({"sub": ctx.digits(8), "name": ctx.p1.full, "iat": r.randint(1.6e9, 1.8e9)}).encode())
        return f"{header}.{payload}.{_b64url(r.randbytes(32))}"
    if kind == 8:
        body = base64.b64encode(r.randbytes(r.choice([96, 160]))).decode()
        lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
        kind_name = r.choice(["RSA ", "EC ", "", "OPENSSH "])
        return f"-----BEGIN {kind_name}PRIVATE KEY-----\n{lines}\n-----END {kind_name}PRIVATE KEY-----"
    return "github_pat_" + ctx.alnum(22, an) + "_" + ctx.alnum(59, an)


def _password(ctx: _Context) -> str:
    r = ctx.rng
    words = ["sunshine", "Tr0ub4dor", "hunter", "Summer", "dragon", "Bl4ckC4t", "correcthorse", "Winter", "monkey"]
    return r.choice([
        f"{r.choice(words)}{r.randint(1, 2025)}{r.choice(['!', '', '#', '$'])}",
        ctx.alnum(r.randint(10, 20), string.ascii_letters + string.digits + "!@#%^&*"),
        f"{r.choice(words)}_{r.choice(words)}{r.randint(1, 99)}",
    ])


def _uuid(ctx: _Context) -> str:
    h = ctx.alnum(32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _price(ctx: _Context) -> str:
    r = ctx.rng
    amount = r.choice([f"{r.randint(1, 999)}.{r.randint(0, 99):02d}", f"{r.randint(1, 99)},{r.randint(100, 999)}", str(r.randint(5, 50000))])
    return r.choice([f"${amount}", f"€{amount}", f"£{amount}", f"{amount} EUR", f"{amount} USD"])


def _doc_url(ctx: _Context) -> str:
    return ctx.rng.choice([
        "https://docs.python.org/3/library/datetime.html", "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API",
        "https://en.wikipedia.org/wiki/Dijkstra%27s_algorithm", "https://kubernetes.io/docs/concepts/workloads/pods/",
        "https://github.com/psf/requests/issues/6123", "https://stackoverflow.com/questions/231767/what-does-the-yield-keyword-do",
        "https://www.postgresql.org/docs/16/sql-createindex.html", "https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.merge.html",
        "https://react.dev/reference/react/useEffect", "https://learn.microsoft.com/en-us/azure/storage/blobs/",
    ])


def _placeholder(ctx: _Context) -> str:
    return ctx.rng.choice(["sk-...", "sk-your-key-here", "AKIAIOSFODNN7EXAMPLE", "<YOUR_API_KEY>", "xxxxxxxx",
                           "YOUR_TOKEN_HERE", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "os.environ['OPENAI_API_KEY']", "${API_KEY}", "<password>"])


def _render(ctx: _Context | F5.Context | F6.Context | F7.Context | F8.Context | F9.Context | F10.Context | F11.Context
            | F12.Context | F13.Context | F14.Context | F15.Context | F16.Context | F17.Context | F18.Context | F19.Context
            | F20.Context | F21.Context | F22.Context | F23.Context | F24.Context | F25.Context | F26.Context
            | F27.Context | F28.Context,
            template: str, fill: Callable[..., Parts] = _fill) -> tuple[str, list[tuple[int, int, str]]]:
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            pos += len(template) - i
            break
        out.append(template[i:j])
        pos += j - i
        k = template.index("}", j)
        for text, etype in fill(ctx, template[j + 1 : k]):
            if etype is not None:
                spans.append((pos, pos + len(text), etype))
            out.append(text)
            pos += len(text)
        i = k + 1
    return "".join(out), spans


_PASTED = frozenset({"SECRET", "IBAN", "NATIONAL_ID", "URL", "EMAIL"})


def _typed_in_lower_case(text: str, spans: list[tuple[int, int, str]]) -> str:
    """What a person typed goes to lower case; what they pasted (keys, ids, links) stays as it was."""
    chars = list(text)
    pasted = [(s, e) for s, e, t in spans if t in _PASTED]
    for i, ch in enumerate(chars):
        low = ch.lower()
        if len(low) == 1 and not any(s <= i < e for s, e in pasted):  # offsets must survive
            chars[i] = low
    return "".join(chars)


def generate(n: int, seed: int = 7, *, holdout: bool = False, fresh: bool = False, fresh2: bool = False,
             fresh3: bool = False, fresh4: bool = False, fresh5: bool = False, fresh6: bool = False,
             fresh7: bool = False, fresh8: bool = False, fresh9: bool = False, fresh10: bool = False,
             fresh11: bool = False, fresh12: bool = False, fresh13: bool = False, fresh14: bool = False,
             fresh15: bool = False, fresh16: bool = False, fresh17: bool = False, fresh18: bool = False,
             fresh19: bool = False, fresh20: bool = False, fresh21: bool = False,
             fresh22: bool = False, fresh23: bool = False, fresh24: bool = False, fresh25: bool = False,
             fresh26: bool = False, fresh27: bool = False, fresh28: bool = False) -> list[Sample]:
    """`n` labelled prompts: ~60 % with PII, ~25 % hard negatives, ~15 % clean; deterministic for a seed.

    `holdout=True` draws the PII and hard-negative prompts from the held-out templates instead;
    `fresh=True` draws all three kinds from templates_fresh.py (never looked at while tuning);
    `fresh2=True` draws all three kinds from templates_fresh2.py (a second blind set, written after fresh);
    `fresh3=True` draws all three kinds from templates_fresh3.py (a third blind set, with its own value generators);
    `fresh4=True` draws all three kinds from templates_fresh4.py (a fourth blind set, with its own value generators);
    `fresh5=True` draws all three kinds from templates_fresh5.py (a fifth blind set, whose slots only its own fill()
    fills, from its own locales, people and value generators);
    `fresh6=True` draws all three kinds from templates_fresh6.py (a sixth blind set, held in reserve and not to be
    tuned on; like fresh5, only its own Context and fill() render it);
    `fresh7=True` draws all three kinds from templates_fresh7.py (a seventh blind set, held in reserve and not to be
    tuned on; only its own Context and fill() render it);
    `fresh8=True` draws all three kinds from templates_fresh8.py (an eighth blind set, held in reserve and not to be
    tuned on; only its own Context and fill() render it);
    `fresh9=True` draws all three kinds from templates_fresh9.py (a ninth blind set, held in reserve and not to be
    tuned on, weighted toward secrets and IP addresses; only its own Context and fill() render it);
    `fresh10=True` draws all three kinds from templates_fresh10.py (a tenth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types; only its own Context and fill() render it);
    `fresh11=True` draws all three kinds from templates_fresh11.py (an eleventh blind set, held in reserve and not to be
    tuned on, weighted toward cards and secrets in new layouts; only its own Context and fill() render it);
    `fresh12=True` draws all three kinds from templates_fresh12.py (a twelfth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with PII-free lookalikes and PII in unusual layouts; only its own
    Context and fill() render it);
    `fresh13=True` draws all three kinds from templates_fresh13.py (a thirteenth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with its own people, places and situations; only its own Context and
    fill() render it);
    `fresh14=True` draws all three kinds from templates_fresh14.py (a fourteenth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and layouts; only its own Context and fill() render it);
    `fresh15=True` draws all three kinds from templates_fresh15.py (a fifteenth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and layouts; only its own Context and fill() render it);
    `fresh16=True` draws all three kinds from templates_fresh16.py (a sixteenth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and layouts; only its own Context and fill() render it);
    `fresh17=True` draws all three kinds from templates_fresh17.py (a seventeenth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and carriers; only its own Context and fill() render it);
    `fresh18=True` draws all three kinds from templates_fresh18.py (an eighteenth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and carriers; only its own Context and fill() render it);
    `fresh19=True` draws all three kinds from templates_fresh19.py (a nineteenth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and carriers; only its own Context and fill() render it);
    `fresh20=True` draws all three kinds from templates_fresh20.py (a twentieth blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and carriers; only its own Context and fill() render it);
    `fresh21=True` draws all three kinds from templates_fresh21.py (a twenty-first blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and carriers; only its own Context and fill() render it);
    `fresh22=True` draws all three kinds from templates_fresh22.py (a twenty-second blind set, held in reserve and not to be
    tuned on, balanced across all fifteen types, with new situations and carriers; only its own Context and fill() render it);
    `fresh23=True` draws all three kinds from templates_fresh23.py (a twenty-third blind set, held in reserve and not to be
    tuned on; only its own Context and fill() render it);
    `fresh24=True` draws all three kinds from templates_fresh24.py (a twenty-fourth blind set, held in reserve and not to be
    tuned on; only its own Context and fill() render it);
    `fresh25=True` draws all three kinds from templates_fresh25.py (a twenty-fifth blind set, held in reserve and not to be
    tuned on; only its own Context and fill() render it);
    `fresh26=True` draws all three kinds from templates_fresh26.py (a twenty-sixth blind set, held in reserve and not to be
    tuned on; only its own Context and fill() render it);
    `fresh27=True` draws all three kinds from templates_fresh27.py (a twenty-seventh blind set, held in reserve and not to be
    tuned on; only its own Context and fill() render it);
    `fresh28=True` draws all three kinds from templates_fresh28.py (a twenty-eighth blind set, held in reserve and not to be
    tuned on; only its own Context and fill() render it).
    """
    if (fresh + fresh2 + fresh3 + fresh4 + fresh5 + fresh6 + fresh7 + fresh8 + fresh9 + fresh10 + fresh11 + fresh12 + fresh13
            + fresh14 + fresh15 + fresh16 + fresh17 + fresh18 + fresh19 + fresh20 + fresh21 + fresh22 + fresh23 + fresh24
            + fresh25 + fresh26 + fresh27 + fresh28 > 1):
        raise ValueError("fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, "
                         "fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, "
                         "fresh24, fresh25, fresh26, fresh27 and fresh28 are separate sets; "
                         "choose one")
    rng = random.Random(seed)
    pii, negative = (HOLDOUT_PII, HOLDOUT_NEGATIVE) if holdout else (PII, NEGATIVE)
    clean, follow_ups = CLEAN, FOLLOW_UPS
    languages = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL"}
    if fresh:
        pii, negative, clean = FRESH_PII, FRESH_NEGATIVE, FRESH_CLEAN
    if fresh2:
        pii, negative, clean, follow_ups = F2.FRESH2_PII, F2.FRESH2_NEGATIVE, F2.FRESH2_CLEAN, F2.FRESH2_FOLLOW_UPS
        languages = {**languages, "pt": "pt_BR"}
    if fresh3:
        pii, negative, clean, follow_ups = F3.FRESH3_PII, F3.FRESH3_NEGATIVE, F3.FRESH3_CLEAN, F3.FRESH3_FOLLOW_UPS
        languages = {**languages, "pt": "pt_BR"}
    if fresh4:
        pii, negative, clean, follow_ups = F4.FRESH4_PII, F4.FRESH4_NEGATIVE, F4.FRESH4_CLEAN, F4.FRESH4_FOLLOW_UPS
        languages = {**languages, **F4.FRESH4_LANGUAGES}
    # The sets from fresh5 on render themselves: their own locales ("en-GB", "de-AT"...), Context and fill(), no
    # other set's slots; each module names its pools after itself (templates_fresh9.FRESH9_PII...).
    own = next((module for module, chosen in ((F5, fresh5), (F6, fresh6), (F7, fresh7), (F8, fresh8), (F9, fresh9),
                                              (F10, fresh10), (F11, fresh11), (F12, fresh12), (F13, fresh13),
                                              (F14, fresh14), (F15, fresh15), (F16, fresh16), (F17, fresh17),
                                              (F18, fresh18), (F19, fresh19), (F20, fresh20), (F21, fresh21),
                                              (F22, fresh22), (F23, fresh23), (F24, fresh24), (F25, fresh25),
                                              (F26, fresh26), (F27, fresh27), (F28, fresh28)) if chosen),
               None)
    if own is not None:
        name = own.__name__.rsplit("_", 1)[1].upper()
        pii, negative, clean, follow_ups = (getattr(own, f"{name}_{pool}") for pool in ("PII", "NEGATIVE", "CLEAN", "FOLLOW_UPS"))
    samples = []
    for _ in range(n):
        roll = rng.random()
        kind, pool = ("pii", pii) if roll < 0.6 else ("negative", negative) if roll < 0.85 else ("clean", clean)
        lang, template = rng.choice(pool)
        if own is not None:
            locale = own.locale_for(lang, rng)
            text, spans = _render(own.Context(rng, locale), template, own.fill)
        else:
            locale = languages.get(lang) or rng.choice(list(D.LOCALES))
            text, spans = _render(_Context(rng, locale), template)
        english = lang.split("-")[0] == "en"
        if english and rng.random() < 0.4:
            text += rng.choice(follow_ups)
        if kind == "pii" and english and rng.random() < 0.07:
            text = _typed_in_lower_case(text, spans)
        samples.append(Sample(text, spans, kind, locale))
    return samples
