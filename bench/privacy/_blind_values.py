"""Plumbing shared by the blind template sets (templates_fresh12.py to templates_fresh18.py): slots, people and values.

Each blind set used to carry its own copy of this code, copied from the set before it; it now lives here, and a new
blind set imports it instead of copying it. Here: Context and fill() (the slot syntax the sets' docstrings describe),
Person, the value generators and their validators (dates, phones, e-mail addresses, payment cards, IBANs, SSNs,
national ids, MRZ lines, IP addresses, the tokens of TOKEN_KINDS, PEMs, JWTs, passwords, the hard-negative lookalikes
of NEG), pick_locale() and _braces().

It holds no templates and no set's data. A set module keeps its docstring, its data (PEOPLE, LANG_COUNTRIES,
organization patterns, work e-mail domains, password words, Italian towns' cadastral codes), its templates and the
plumbing that is its own (make_org, and write_address: fresh13 to fresh16 call the one here with their people,
Brazilian states and Japanese prefectures; fresh12, fresh17 and fresh18 write their own layouts), and hands them in: its Context subclass sets people_table, work_domains, cf_towns, pw_words, phrase_words, write_address
and make_org; its locale_for(lang, rng) calls pick_locale(lang, rng, LANG_COUNTRIES); it exports `fill =
_blind_values.fill`. No set module imports another, so any one set can be stubbed out (its pools emptied) on its own.
"""

from __future__ import annotations

import base64
import datetime
import ipaddress
import json
import random
import string
from collections.abc import Callable

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn

Parts = list[tuple[str, str | None]]

AN = string.ascii_letters + string.digits
LOWAN = string.ascii_lowercase + string.digits
UPAN = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "-_"


def _s(r: random.Random, n: int, alphabet: str = AN) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


# --- People and places ------------------------------------------------------------------------------------------
# A set's PEOPLE table: country -> (female first names, male first names, female surnames, male surnames ("" = same),
# towns, streets). Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card
# holders. A set's LANG_COUNTRIES: language -> ((country, weight), ...).
Names = tuple[str, str, str, str, str, str]
_EXPAT = ("DE", "FR", "ES", "IT", "NL", "PL", "SE", "PT", "BR", "CZ", "RO", "DK")


def pick_locale(lang: str, rng: random.Random, lang_countries: dict[str, tuple[tuple[str, int], ...]]) -> str:
    """A template's lang ("en", "de", "en-GB", "pt-BR", "en-XX") -> the sample's locale "<language>-<country>"."""
    if "-" in lang:
        language, country = lang.split("-")
        if country == "XX":
            country = rng.choice(_EXPAT)
        return f"{language}-{country}"
    countries = lang_countries[lang]
    country = rng.choices([c for c, _ in countries], [w for _, w in countries])[0]
    return f"{lang}-{country}"


def _native(entry: str) -> str:
    return entry.split("=")[0]


def _roman(entry: str) -> str:
    return entry.split("=")[-1]


def _ascii(s: str) -> str:
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("ţ", "t")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " '-"))


def _slug(s: str, sep: str = "") -> str:
    return _ascii(s).lower().replace("'", "").replace("-", sep).replace(" ", sep)


FAMILY_FIRST = {"HU", "JP", "CN", "KR", "VN"}
_NO_SPACE = {"JP", "CN", "KR"}


class Person:
    """A private person of one country: sex, birth date, names in the country's script and a romanisation."""

    def __init__(self, rng: random.Random, country: str, people: dict[str, Names], sex: str | None = None,
                 age: str = "adult") -> None:
        self.country = country
        self.sex = sex or rng.choice("fm")
        female, male, last_f, last_m, _, _ = people[country]
        first = rng.choice((female if self.sex == "f" else male).split("|"))
        lasts = (last_m or last_f) if self.sex == "m" else last_f
        index = rng.randrange(len(lasts.split("|")))
        last = lasts.split("|")[index]
        self.first, self.first_roman = _native(first), _roman(first)
        self.last, self.last_roman = _native(last), _roman(last)
        today = datetime.date(2026, 3, 1)
        years = {"adult": (22, 78), "kid": (4, 15), "baby": (0, 0)}[age]
        if age == "baby":
            self.dob = today - datetime.timedelta(days=rng.randint(3, 200))
        else:
            self.dob = datetime.date(today.year - rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        self.age = age

    @property
    def full(self) -> str:
        if self.country in _NO_SPACE:
            return self.last + self.first
        if self.country in FAMILY_FIRST:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def full_roman(self) -> str:
        if self.country in FAMILY_FIRST and self.country != "VN":
            return f"{self.last_roman} {self.first_roman}"
        if self.country == "VN":
            return _ascii(f"{self.last} {self.first}")
        return _ascii(f"{self.first_roman} {self.last_roman}")

    @property
    def given_roman(self) -> str:
        return _ascii(self.first_roman)

    @property
    def family_roman(self) -> str:
        return _ascii(self.last_roman)


# --- Dates ------------------------------------------------------------------------------------------------------
MONTHS: dict[str, str] = {  # the form a date takes after a day number (genitive where the language has one)
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
}
_ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]
_MONTH_FIRST = {"US", "PH"}


def _nth(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def write_date(r: random.Random, lang: str, country: str, d: datetime.date, style: str = "") -> str:
    """A date as a person of that language and country writes it. Styles: num, long, short (no year), iso, spoken."""
    style = style or r.choice(["num", "long", "long", "short", "iso"] if lang != "en" else ["num", "long", "long", "short"])
    y, m, day = d.year, d.month, d.day
    if style == "iso":
        return f"{y}-{m:02d}-{day:02d}"
    name = MONTHS.get(lang, MONTHS["en"]).split()[m - 1]
    if lang == "en":
        if style == "spoken":
            return r.choice([f"the {_ORD_WORDS[day - 1]} of {name}", f"{name} {_ORD_WORDS[day - 1]}"])
        if style == "num":
            return f"{m}/{day}/{y}" if country in _MONTH_FIRST else r.choice([f"{day:02d}/{m:02d}/{y}", f"{day}/{m}/{y % 100:02d}"])
        if style == "short":
            return f"{name[:3]} {day}" if country in _MONTH_FIRST else r.choice([f"{_nth(day)} {name}", f"{day} {name[:3]}"])
        return f"{name} {day}, {y}" if country in _MONTH_FIRST else r.choice([f"{day} {name} {y}", f"{_nth(day)} {name} {y}"])
    if lang in ("ja", "zh"):
        if style == "num":
            return f"{y}/{m:02d}/{day:02d}" if lang == "ja" else f"{y}.{m}.{day}"
        return f"{m}月{day}日" if style == "short" else f"{y}年{m}月{day}日"
    if lang == "ko":
        if style == "num":
            return f"{y}. {m}. {day}." if r.random() < 0.5 else f"{y}.{m:02d}.{day:02d}"
        return f"{m}월 {day}일" if style == "short" else f"{y}년 {m}월 {day}일"
    if lang == "hu":
        if style == "num":
            return f"{y}.{m:02d}.{day:02d}."
        return f"{name} {day}." if style == "short" else f"{y}. {name} {day}."
    if lang == "lt":
        if style == "num":
            return f"{y}-{m:02d}-{day:02d}"
        return f"{name} {day} d." if style == "short" else f"{y} m. {name} {day} d."
    if lang == "th":
        be = y + 543
        if style == "num":
            return f"{day}/{m}/{be}"
        return f"{day} {name}" if style == "short" else f"{day} {name} {be}"
    if lang == "vi":
        if style == "num":
            return f"{day:02d}/{m:02d}/{y}"
        return f"{day} tháng {m}" if style == "short" else f"{day} tháng {m} năm {y}"
    if lang == "tl":
        if style == "num":
            return f"{m:02d}/{day:02d}/{y}"
        return f"{name} {day}" if style == "short" else f"{name} {day}, {y}"
    sep_num = {"de": ".", "pl": ".", "no": ".", "da": ".", "fi": ".", "cs": ". ", "sk": ". ", "ro": ".", "tr": ".", "ru": ".",
               "uk": ".", "bg": ".", "hr": ".", "nl": "-", "sv": "-", "he": "."}.get(lang, "/")
    dotted = lang in ("de", "no", "da", "fi", "cs", "sk", "hr")
    if style == "num":
        if lang == "sv":
            return f"{y}-{m:02d}-{day:02d}"
        if lang in ("fi", "cs", "sk"):
            return f"{day}{sep_num}{m}{sep_num}{y}"
        return f"{day:02d}{sep_num}{m:02d}{sep_num}{y}" + ("." if lang == "hr" else "")
    head = f"{day}. {name}" if dotted else f"{day} de {name}" if lang in ("es", "pt") else f"{day} {name}"
    if lang == "fr" and day == 1:
        head = f"1er {name}"
    if style == "short":
        return head
    tail = f" de {y}" if lang in ("es", "pt") else f" {y}"
    return head + tail + ("." if lang == "hr" else "")


# --- Places (each set writes its own organisations; fresh13 to fresh16 share one address layout) ---------------------
def write_address(r: random.Random, country: str, town: str, multiline: bool, *,
                  people: dict, br_states: dict[str, str], prefectures: dict[str, str]) -> str:
    """A street address in the country's own layout; `town` is the native town entry of the set's `people` table,
    `br_states` gives a Brazilian town's state and `prefectures` a Japanese town's prefecture (fresh13 to fresh16
    share these layouts; later sets write their own)."""
    town = _native(town)
    street = r.choice(people[country][5].split("|"))
    no = r.randint(1, 180)
    nl = "\n" if multiline else ", "
    def d(n: int) -> str:
        return _s(r, n, string.digits)
    if country == "US":
        city, state = town.split(", ")
        unit = r.choice(["", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 420)}", f" Unit {r.randint(1, 12)}"])
        return f"{r.randint(100, 9899)} {street} {r.choice(['Dr', 'Ave', 'Ln', 'Ct', 'Blvd', 'Rd'])}{unit}{nl}{city}, {state} {d(5)}"
    if country == "GB":
        city, area = town.rsplit(" ", 1)
        first = r.choice([f"{no} {street}", f"Flat {r.randint(1, 9)}, {no} {street}", f"{r.choice(['Rose', 'Ivy', 'Beech', 'Wren'])} Cottage, {street}"])
        return f"{first}{nl}{city}{nl if multiline else ' '}{area} {r.randint(1, 9)}{_s(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "IE":
        return f"{no} {street}{nl}{town}{nl}{r.choice('ADFHKNPRTVWXY')}{d(2)} {_s(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if country == "CA":
        city, prov = town.split(", ")
        pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
        return f"{r.choice(['', f'{r.randint(101, 1802)}-'])}{no} {street}{nl}{city}, {prov}  {pc}"
    if country == "AU":
        city, st = town.rsplit(" ", 1)
        return f"{r.choice(['', f'{r.randint(1, 12)}/'])}{no} {street}{nl}{city.upper() if r.random() < 0.5 else city} {st} {r.randint(2000, 7999)}"
    if country == "NZ":
        return f"{no}{r.choice(['', 'A', 'B'])} {street}{nl}{r.choice(['Awapuni', 'Mahora', 'Kaiti', 'Highfield', 'Lansdowne'])}{nl}{town} {d(4)}"
    if country == "IN":
        return (f"{r.choice(['Flat', 'H.No.'])} {r.randint(1, 9)}0{r.randint(1, 8)}, {r.choice(['Gokul Dham', 'Silver Oak Towers', 'Anand Vihar Apts'])}, "
                f"{street}{nl}{town} - {r.randint(1, 8)}{d(5)}")
    if country == "ZA":
        return f"{no} {street}{nl}{r.choice(['Belgravia', 'Heatherlands', 'Cashan', 'Southernwood', 'Bo Dal Josafat'])}{nl}{town}{nl if multiline else ', '}{d(4)}"
    if country == "NG":
        return f"{r.choice(['Plot', 'No.', 'Block'])} {no}, {street}{nl}{r.choice(['GRA', 'Rayfield', 'New Owerri', 'Barnawa', 'Tanke'])}, {town}"
    if country in ("DE", "AT", "CH"):
        pc = d(5) if country == "DE" else f"{r.randint(1, 9)}{d(3)}"
        house = f"{no}{r.choice(['', '', 'a', 'b'])}" + (f"/{r.randint(1, 24)}" if country == "AT" and r.random() < 0.5 else "")
        return f"{street} {house}{nl}{pc} {town}"
    if country == "FR":
        return f"{no}{r.choice(['', ' bis', ''])} {street}{nl}{r.choice(['Bât. C, ', 'Appt 12, ', '', ''])}{d(5)} {town.upper() if multiline else town}"
    if country == "BE":
        box = r.choice(["", f" bus {r.randint(1, 9)}", f" boîte {r.randint(1, 9)}"])
        return f"{street} {no}{box}{nl}{r.randint(1000, 9999)} {town}"
    if country == "ES":
        return f"{street}, {no}, {r.randint(1, 9)}º {r.choice('ABCD')}{nl}{d(5)} {town}"
    if country == "MX":
        return f"{street} {no}{r.choice(['', ' Int. 4', ' Depto. 302'])}, Col. {r.choice(['Obispado', 'Jardines del Moral', 'Las Arboledas', 'Zona Centro'])}{nl}{d(5)} {town}"
    if country == "AR":
        return f"{street} {r.randint(100, 4999)}, piso {r.randint(1, 12)} dpto. {r.choice('ABCD')}{nl}{r.choice('SXMB')}{d(4)} {town}"
    if country == "IT":
        return f"{street} {no}{r.choice(['', '/A', ''])}{nl}{d(5)} {town}"
    if country == "NL":
        return f"{street} {no}{r.choice(['', 'A', '-II', ' bis'])}{nl}{r.randint(1000, 9999)} {_s(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} {town}"
    if country == "PT":
        return f"{street}, {no}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}{nl}{d(4)}-{d(3)} {town}"
    if country == "BR":
        return f"{street}, {r.randint(10, 2999)}, apto {r.randint(11, 1204)} - {r.choice(['Barra', 'Adrianópolis', 'Setor Bueno', 'Ponta Negra', 'Gleba Palhano'])}{nl}{town} - {br_states.get(town, 'SP')}, {d(5)}-{d(3)}"
    if country == "PL":
        return f"{street} {no}{r.choice(['', f'/{r.randint(1, 60)}', ' m. 7'])}{nl}{d(2)}-{d(3)} {town}"
    if country == "SE":
        return f"{street} {no}{r.choice(['', ' lgh 1102', ' B'])}{nl}{d(3)} {d(2)} {town}"
    if country in ("NO", "DK"):
        floor = r.choice(["", ", 2. th.", ", st. tv.", ", 3. mf."]) if country == "DK" else r.choice(["", " H0201"])
        return f"{street} {no}{floor}{nl}{d(4)} {town}"
    if country == "FI":
        return f"{street} {no} {r.choice('ABC')} {r.randint(1, 40)}{nl}{d(5)} {town}"
    if country in ("CZ", "SK"):
        return f"{street} {r.randint(100, 2999)}/{r.randint(1, 60)}{nl}{d(3)} {d(2)} {town}"
    if country == "HU":
        return f"{r.randint(1000, 9999)} {town}, {street} {no}. {r.randint(1, 9)}/{r.randint(1, 30)}."
    if country == "RO":
        return f"{street} nr. {no}, bl. {r.choice('ABCD')}{r.randint(1, 9)}, ap. {r.randint(1, 80)}{nl}{town} {d(6)}"
    if country == "TR":
        return f"{r.choice(['Meram', 'Yenişehir', 'Atakum', 'Merkezefendi'])} Mah. {street} No: {no} D: {r.randint(1, 20)}{nl}{d(5)} {town}"
    if country == "GR":
        return f"{street} {no}{nl}{d(3)} {d(2)} {town}"
    if country in ("RU", "UA"):
        house = f"д. {no}, кв. {r.randint(1, 300)}" if country == "RU" else f"буд. {no}, кв. {r.randint(1, 300)}"
        return r.choice([f"{street}, {house}, {town}, {d(6) if country == 'RU' else d(5)}",
                         f"{d(6) if country == 'RU' else d(5)}, {'г.' if country == 'RU' else 'м.'} {town}, {street}, {house}"])
    if country == "BG":
        return f"{town} {d(4)}, {street} {no}, ет. {r.randint(1, 9)}, ап. {r.randint(1, 40)}"
    if country == "HR":
        return f"{street} {no}{nl}{r.choice(['21000', '51000', '31000', '23000', '42000', '52100'])} {town}"
    if country == "LT":
        return f"{street} {no}-{r.randint(1, 80)}{nl}LT-{d(5)} {town}"
    if country == "JP":
        pref = prefectures[town]
        return f"〒{d(3)}-{d(4)} {pref}{town}{r.choice(['中区', '北区', '西区', '南区'])}{street}{r.randint(1, 5)}丁目{r.randint(1, 20)}-{r.randint(1, 30)}"
    if country == "CN":
        return f"{town}市{r.choice(['高新区', '经开区', '城南区', '新城区'])}{street}{r.randint(1, 999)}号{r.randint(1, 30)}栋{r.randint(1, 30)}0{r.randint(1, 4)}室"
    if country == "KR":
        return f"{town}{r.choice(['광역시', '시'])} {r.choice(['남구', '성산구', '상당구', '완산구', '일산동구'])} {street} {r.randint(1, 300)}, {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
    if country == "IL":
        return f"רחוב {street} {no}, דירה {r.randint(1, 30)}, {town} {d(7)}"
    if country == "AE":
        return f"فيلا {no}، {street}، {r.choice(['البرشاء', 'الخبيصي', 'المويجعي', 'النعيمية'])}، {town}"
    if country == "INH":
        return f"मकान नं. {no}, {street}, {town} - {r.randint(2, 8)}{d(5)}"
    if country == "TH":
        return f"{no}/{r.randint(1, 99)} หมู่ {r.randint(1, 12)} {street} ตำบล{r.choice(['สุเทพ', 'ในเมือง', 'หนองปรือ'])} อำเภอเมือง {town} {d(5)}"
    if country == "VN":
        return f"Số {no} ngõ {r.randint(2, 200)} {street}, phường {r.choice(['Tân Mai', 'Lý Thường Kiệt', 'Tân Lợi', 'Hồng Gai'])}, {town}"
    if country == "ID":
        return f"{street} No. {no}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}, Kel. {r.choice(['Dangin Puri', 'Mariso', 'Ilir Timur', 'Laweyan'])}{nl}{town} {d(5)}"
    if country == "MY":
        return f"No. {no}, {street}{nl}{d(5)} {town}, {r.choice(['Selangor', 'Perak', 'Johor', 'Sarawak'])}"
    if country == "PH":
        return f"Blk {r.randint(1, 30)} Lot {r.randint(1, 40)}, {street}, Brgy. {r.choice(['San Isidro', 'Malanday', 'Poblacion', 'Lahug'])}{nl}{town} {d(4)}"
    if country == "KE":
        return f"{r.choice(['House', 'Apartment', 'Hse'])} {no}{r.choice(['', 'B'])}, {street}{nl}P.O. Box {r.randint(100, 99999)}-{d(5)}, {town}"
    raise KeyError(country)


def town_name(country: str, entry: str) -> str:
    """The town as written in running text: native script, without the state, county or postcode area."""
    name = _native(entry)
    if country in ("US", "CA", "IE"):
        return name.split(",")[0]
    if country in ("GB", "AU"):
        return name.rsplit(" ", 1)[0]
    return name


# English organizations by kind ({org:school}, {org:clinic}...), so that "my daughter's school" names a school.


# --- E-mail, phone ---------------------------------------------------------------------------------------------------
_MAIL = {
    "US": "gmail.com|yahoo.com|outlook.com|icloud.com|att.net", "GB": "gmail.com|btinternet.com|hotmail.co.uk|outlook.com",
    "IE": "gmail.com|eircom.net|hotmail.com", "CA": "gmail.com|shaw.ca|videotron.ca|outlook.com", "AU": "gmail.com|bigpond.com|outlook.com.au",
    "NZ": "gmail.com|xtra.co.nz", "IN": "gmail.com|rediffmail.com|yahoo.co.in", "ZA": "gmail.com|mweb.co.za|webmail.co.za",
    "NG": "gmail.com|yahoo.com", "DE": "web.de|gmx.de|t-online.de|posteo.de", "AT": "gmx.at|aon.at|chello.at", "CH": "bluewin.ch|gmx.ch|hispeed.ch",
    "FR": "orange.fr|free.fr|laposte.net|sfr.fr", "BE": "skynet.be|telenet.be|proximus.be", "ES": "gmail.com|telefonica.net|hotmail.es",
    "MX": "gmail.com|prodigy.net.mx|hotmail.com", "AR": "gmail.com|fibertel.com.ar|yahoo.com.ar", "IT": "libero.it|alice.it|virgilio.it|gmail.com",
    "NL": "ziggo.nl|kpnmail.nl|gmail.com|xs4all.nl", "PT": "sapo.pt|gmail.com|netcabo.pt", "BR": "uol.com.br|bol.com.br|gmail.com|terra.com.br",
    "PL": "wp.pl|onet.pl|o2.pl|interia.pl", "SE": "telia.com|gmail.com|bredband.net", "NO": "online.no|gmail.com|hotmail.no",
    "DK": "mail.dk|gmail.com|jubii.dk", "FI": "gmail.com|luukku.com|elisanet.fi", "CZ": "seznam.cz|email.cz|centrum.cz", "SK": "azet.sk|zoznam.sk|centrum.sk",
    "HU": "freemail.hu|citromail.hu|gmail.com", "RO": "yahoo.ro|gmail.com", "TR": "gmail.com|hotmail.com.tr|yandex.com.tr", "GR": "otenet.gr|yahoo.gr|gmail.com",
    "RU": "mail.ru|yandex.ru|rambler.ru", "UA": "ukr.net|i.ua|gmail.com", "BG": "abv.bg|mail.bg", "HR": "net.hr|gmail.com|t-com.hr",
    "LT": "inbox.lt|gmail.com", "JP": "yahoo.co.jp|docomo.ne.jp|gmail.com", "CN": "qq.com|163.com|126.com", "KR": "naver.com|daum.net|gmail.com",
    "IL": "walla.co.il|gmail.com|bezeqint.net", "AE": "gmail.com|eim.ae|hotmail.com", "INH": "gmail.com|rediffmail.com",
    "TH": "hotmail.com|gmail.com", "VN": "gmail.com|yahoo.com.vn", "ID": "gmail.com|yahoo.co.id", "MY": "gmail.com|yahoo.com.my",
    "PH": "gmail.com|yahoo.com.ph", "KE": "gmail.com|yahoo.com",
}


def make_email(r: random.Random, p: Person, domain: str = "") -> str:
    first, last = _slug(p.given_roman), _slug(p.family_roman)
    if p.country == "CN" and not domain and r.random() < 0.4:
        return f"{r.randint(10**7, 10**10)}@qq.com"
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(1, 99)}", f"{last}.{first}", f"{first}_{last}{r.randint(70, 99)}",
                      f"{first}{last[:3]}"])
    return f"{local}@{domain or r.choice(_MAIL[p.country].split('|'))}"


_REGION = {"INH": "IN"}


def region_of(country: str) -> str:
    return _REGION.get(country, country)


def _fiction(region: str, national: str) -> bool:
    """The ranges kept for drama and documentation (Ofcom, NANP 555, ACMA)."""
    if region in ("US", "CA"):
        return national[3:6] == "555" or national[:3] == "555"
    if region == "GB":
        return (national.startswith(("7700900", "1632960", "2079460", "2896496", "2920180", "3069990", "8081570", "9098790"))
                or national[3:7] in ("4960", "4980"))
    if region == "AU":
        return national.startswith("49157") or national[1:5] in ("5550", "7010")
    return False


_DOTS = {"FR", "BE", "CH", "US", "CA", "ES", "IT", "PT", "BR", "DE", "NL", "RO", "MX", "AR"}


def make_phone(r: random.Random, country: str, style: str = "", mobile: bool | None = None) -> str:
    """A number phonenumbers calls valid for the country, outside the fiction ranges, written as people write it."""
    region = region_of(country)
    kind = phonenumbers.PhoneNumberType.MOBILE if (mobile if mobile is not None else r.random() < 0.7) else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    national = phonenumbers.national_significant_number(example)
    number = example
    for _ in range(400):
        keep = r.randint(2, 3) if len(national) > 8 else r.randint(1, 2)
        cand = national[:keep] + _s(r, len(national) - keep, string.digits)
        n = phonenumbers.parse("+" + str(example.country_code) + cand)
        if (phonenumbers.is_valid_number_for_region(n, region) and phonenumbers.number_type(n) in (kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
                and not _fiction(region, cand)
                and cand != national):
            number = n
            break
    else:
        raise RuntimeError(f"no phone for {country}")
    style = style or r.choice(["nat", "nat", "intl", "intl", "e164", "compact"] + (["dots"] if region in _DOTS else []))
    fmt = phonenumbers.format_number
    if style == "nat":
        return fmt(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "intl":
        return fmt(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return fmt(number, phonenumbers.PhoneNumberFormat.E164)
    if style == "compact":
        return "".join(c for c in fmt(number, phonenumbers.PhoneNumberFormat.NATIONAL) if c.isdigit() or c == "+")
    if style == "dots":
        text = fmt(number, phonenumbers.PhoneNumberFormat.NATIONAL).replace("(", "").replace(")", "")
        return text.replace(" ", ".").replace("-", ".")
    if style == "00":
        return "00" + fmt(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
    raise KeyError(style)


# --- Payment cards -------------------------------------------------------------------------------------------------
TEST_CARDS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444", "5105105105105100",
    "2223003122003222", "5200828282828210", "378282246310005", "371449635398431", "378734493671000", "6011111111111117",
    "6011000990139424", "3530111333300000", "3566002020360505", "30569309025904", "38520000023237", "6200000000000005",
    "4000000000000002", "4000000000009995", "4917610000000000", "5454545454545454", "4444333322221111", "4035501000000008",
})
_SCHEMES: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "visa": (("4",), (16,)), "mc": (("51", "52", "53", "54", "55", "2221", "2346", "2511", "2698", "2720"), (16,)),
    "amex": (("34", "37"), (15,)), "disc": (("6011", "644", "649", "65"), (16,)), "jcb": (("3528", "3541", "3566", "3589"), (16,)),
    "cup": (("621", "622", "623", "625"), (16, 19)), "diners": (("36", "38"), (14,)), "mir": (("2200", "2202", "2204"), (16,)),
    "troy": (("9792",), (16,)), "rupay": (("6070", "6521", "8172", "5085"), (16,)), "elo": (("636368", "504175", "451416", "636297"), (16,)),
    "maestro": (("6759", "5018", "6304"), (16, 19)), "dankort": (("5019",), (16,)), "verve": (("5061", "6500"), (16, 19)),
}
_COUNTRY_SCHEMES = {"US": "visa visa mc amex disc", "GB": "visa visa mc amex", "IN": "visa mc rupay rupay", "INH": "visa rupay rupay",
                    "BR": "visa mc elo elo", "RU": "mir mir visa mc", "TR": "troy visa mc", "CN": "cup cup cup visa", "JP": "jcb jcb visa mc",
                    "KR": "visa mc", "DK": "dankort visa mc", "NG": "verve visa mc", "MX": "visa mc amex", "CA": "visa mc amex"}


def make_card(r: random.Random, country: str, scheme: str = "", layout: str = "") -> str:
    scheme = scheme or r.choice(_COUNTRY_SCHEMES.get(country, "visa visa mc mc amex").split())
    prefixes, lengths = _SCHEMES[scheme]
    while True:
        prefix, length = r.choice(prefixes), r.choice(lengths)
        body = prefix + _s(r, length - len(prefix) - 1, string.digits)
        digits = body + luhn.calc_check_digit(body)
        if digits not in TEST_CARDS and len(set(digits[6:])) > 3:
            break
    layout = layout or r.choice(["sp", "sp", "sp", "dash", "plain", "dot"])
    if length == 15 or length == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i:i + 4] for i in range(0, length, 4)]
    if layout == "plain":
        return digits
    if layout == "split":  # over two lines, as a narrow form or an OCR'd receipt breaks it
        half = (len(groups) + 1) // 2
        return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])
    return {"sp": " ", "dash": "-", "dot": ".", "dsp": "  "}[layout].join(groups)


# --- IBAN -------------------------------------------------------------------------------------------------------------
_BBAN = {"DE": "8n10n", "AT": "5n11n", "CH": "5n12n", "FR": "5n5n11n2n", "BE": "3n7n2n", "ES": "4n4n1n1n10n", "IT": "1a5n5n12n",
         "NL": "4a10n", "PT": "4n4n11n2n", "PL": "8n16n", "SE": "3n16n1n", "NO": "4n6n1n", "DK": "4n9n1n", "FI": "3n11n",
         "CZ": "4n6n10n", "SK": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16n", "TR": "5n1n16n", "GR": "3n4n16n", "BG": "4a4n2n8n",
         "HR": "7n10n", "LT": "5n11n", "GB": "4a6n8n", "IE": "4a6n8n", "AE": "3n16n", "IL": "3n3n13n", "BR": "8n5n10n1a1c", "UA": "6n19n"}
_BANK = {"NL": "ABNA INGB RABO TRIO SNSB BUNQ KNAB ASNB", "GB": "NWBK BARC LOYD HBUK MIDL NAIA", "IE": "AIBK BOFI IPBS",
         "RO": "BTRL RNCB BRDE INGB", "BG": "UNCR BPBI STSA FINV", "IT": "X", "BR": "C"}


def make_iban(r: random.Random, country: str, grouped: bool | None = None) -> str:
    """A valid IBAN (mod 97 and, where stdnum knows one, the national check) for an IBAN country."""
    for _ in range(3000):
        bban, spec, i = "", _BBAN[country], 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            n, kind = int(spec[i:j]), spec[j]
            if kind == "a" and country in _BANK and n == 4:
                bban += r.choice(_BANK[country].split())
            elif kind == "a":
                bban += _s(r, n, string.ascii_uppercase)
            elif kind == "c":
                bban += _s(r, n, UPAN)
            else:
                bban += _s(r, n, string.digits)
            i = j + 1
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if stdnum_iban.is_valid(value):
            break
    else:
        raise RuntimeError(country)
    grouped = r.random() < 0.6 if grouped is None else grouped
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if grouped else value


IBAN_COUNTRY = {"INH": "", "IN": "", "US": "", "CA": "", "AU": "", "NZ": "", "ZA": "", "NG": "", "MX": "", "AR": "", "JP": "",
                "CN": "", "KR": "", "TH": "", "VN": "", "ID": "", "MY": "", "PH": "", "KE": "", "RU": ""}


def iban_country(country: str, r: random.Random) -> str:
    c = IBAN_COUNTRY.get(country, country)
    return c if c in _BBAN else r.choice(["GB", "DE", "NL", "FR", "ES"])


# --- US SSN -------------------------------------------------------------------------------------------------------------
SPECIMEN_SSNS = frozenset({"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"})


def make_ssn(r: random.Random, layout: str = "") -> str:
    while True:
        area = r.choice([n for n in range(1, 900) if n != 666])
        value = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if value not in SPECIMEN_SSNS:
            break
    layout = layout or r.choice(["dash", "dash", "dash", "space", "plain"])
    return {"dash": value, "space": value.replace("-", " "), "plain": value.replace("-", "")}[layout]


# --- National identity numbers -------------------------------------------------------------------------------------
def _draw(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    for _ in range(3000):
        value = make()
        if valid(value):
            return value
    raise RuntimeError("no valid number drawn")


def _dg(r: random.Random, n: int) -> str:
    return _s(r, n, string.digits)


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(name: str, first: bool) -> str:
    s = _ascii(name).upper().replace(" ", "").replace("'", "")
    cons = [c for c in s if c.isalpha() and c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def _curp_part(p: Person) -> tuple[str, str]:
    surnames = _ascii(p.last).upper().split()
    first_s, second_s = surnames[0], surnames[1] if len(surnames) > 1 else ""
    given = _ascii(p.first).upper().split()[0]
    inner_vowel = next((c for c in first_s[1:] if c in "AEIOU"), "X")
    head = first_s[0] + inner_vowel + (second_s[0] if second_s else "X") + given[0]

    def inner_cons(w: str) -> str:
        return next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X") if w else "X"
    return head, inner_cons(first_s) + inner_cons(second_s) + inner_cons(given)


_CN_PLACES = ("330106", "510107", "420103", "320106", "610113", "310104", "110101", "110102", "440106", "310101")
_ID_PLACES = ("327301", "357801", "347101", "337401", "357301", "127101")
_VN_PLACES = ("001", "048", "031", "092", "046", "056", "077", "079")
_RU_REGIONS = ("16", "66", "54", "63", "59", "69", "77", "78")


def make_natid(r: random.Random, p: Person, kind: str = "", cf_towns: dict[str, str] | None = None) -> tuple[str, str, str]:
    """(number, English name, native name): a checksum-valid national number of the person's country, agreeing with
    their birth date and sex wherever the number holds them. `cf_towns` maps the set's Italian towns to their
    cadastral codes (for the codice fiscale; Rome's H501 otherwise)."""
    d, male, c = p.dob, p.sex == "m", p.country
    yy, mm, dd = f"{d.year % 100:02d}", f"{d.month:02d}", f"{d.day:02d}"
    if c == "US":
        v = r.choice([str(r.randint(5, 6)) + _dg(r, 8), r.choice("ABCEFGHJKLMNPRSTUVWXZ") + _dg(r, 8)])
        return v, "passport number", "passport number"
    if c == "GB":
        if kind == "nhs" or (not kind and r.random() < 0.4):
            from stdnum.gb import nhs
            v = _draw(lambda: str(r.randint(4, 7)) + _dg(r, 9), nhs.is_valid)
            return f"{v[:3]} {v[3:6]} {v[6:]}", "NHS number", "NHS number"
        bad = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
        pre = _draw(lambda: r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ"), lambda x: x not in bad and x[1] != "O")
        body = _dg(r, 6)
        v = r.choice([f"{pre} {body[:2]} {body[2:4]} {body[4:]} {r.choice('ABCD')}", f"{pre}{body}{r.choice('ABCD')}"])
        return v, "National Insurance number", "National Insurance number"
    if c == "IE":
        from stdnum.ie import pps
        v = _draw(lambda: _dg(r, 7) + r.choice(string.ascii_uppercase[:23]) + r.choice(["", "A"]), pps.is_valid)
        return v, "PPS number", "PPSN"
    if c == "CA":
        v = _draw(lambda: str(r.randint(1, 7)) + _dg(r, 8), luhn.is_valid)
        return r.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}"]), "SIN", "SIN"
    if c == "AU":
        from stdnum.au import tfn
        v = _draw(lambda: str(r.randint(1, 8)) + _dg(r, 8), tfn.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}", "TFN", "TFN"
    if c == "NZ":
        from stdnum.nz import ird
        v = _draw(lambda: "1" + _dg(r, 8), ird.is_valid)
        return f"{v[:3]}-{v[3:6]}-{v[6:]}", "IRD number", "IRD number"
    if c in ("IN", "INH"):
        if kind == "pan" or (not kind and r.random() < 0.4):
            from stdnum.in_ import pan
            v = _draw(lambda: _s(r, 3, string.ascii_uppercase) + "P" + _ascii(p.last_roman)[0].upper() + _dg(r, 4) + r.choice(string.ascii_uppercase), pan.is_valid)
            return v, "PAN", "पैन" if c == "INH" else "PAN"
        from stdnum.in_ import aadhaar
        v = _draw(lambda: str(r.randint(2, 9)) + _dg(r, 11), aadhaar.is_valid)
        return r.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v]), "Aadhaar number", "आधार संख्या" if c == "INH" else "Aadhaar"
    if c == "ZA":
        from stdnum.za import idnr
        seq = str(r.randint(5000, 9999) if male else r.randint(0, 4999)).zfill(4)
        body = f"{yy}{mm}{dd}{seq}08"
        v = body + luhn.calc_check_digit(body)
        assert idnr.is_valid(v), v
        return v, "ID number", "ID number"
    if c == "NG":
        return str(r.randint(1, 9)) + _dg(r, 10), "NIN", "NIN"
    if c == "DE":
        from stdnum.de import idnr
        from stdnum.iso7064 import mod_11_10

        def steuer_id() -> str:
            chosen = r.sample(string.digits[1:], 9)
            body = chosen + [r.choice(chosen)]
            r.shuffle(body)
            return "".join(body) + mod_11_10.calc_check_digit("".join(body))
        v = _draw(steuer_id, idnr.is_valid)
        return r.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"]), "tax ID (Steuer-ID)", "Steuer-ID"
    if c == "AT":
        from stdnum.at import vnr
        v = _draw(lambda: str(r.randint(1, 9)) + _dg(r, 3) + dd + mm + yy, vnr.is_valid)
        return r.choice([v, f"{v[:4]} {v[4:]}"]), "social insurance number", "SV-Nummer"
    if c == "CH":
        from stdnum import ean
        body = "756" + _dg(r, 9)
        v = body + ean.calc_check_digit(body)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}", "AHV number", "AHV-Nummer"
    if c == "FR":
        from stdnum.fr import nir
        body = f"{1 if male else 2}{yy}{mm}{r.choice(['35', '49', '63', '25', '66', '57', '30', '86'])}{r.randint(1, 400):03d}{r.randint(1, 999):03d}"
        v = body + f"{97 - int(body) % 97:02d}"
        assert nir.is_valid(v), v
        return r.choice([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"]), "social security number", "numéro de sécurité sociale"
    if c == "BE":
        from stdnum.be import nn
        counter = r.randrange(1 if male else 2, 998, 2)
        base = f"{yy}{mm}{dd}{counter:03d}"
        check = 97 - int(("2" if d.year >= 2000 else "") + base) % 97
        v = base + f"{check:02d}"
        assert nn.is_valid(v), v
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", "national register number", "rijksregisternummer"
    if c == "ES":
        from stdnum.es import dni, nie
        if r.random() < 0.3:
            v = _draw(lambda: r.choice("XYZ") + _dg(r, 7) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"), nie.is_valid)
            return v, "NIE", "NIE"
        body = _dg(r, 8)
        return body + dni.calc_check_digit(body), "DNI", "DNI"
    if c == "MX":
        from stdnum.mx import curp
        head, inner = _curp_part(p)
        base = f"{head}{yy}{mm}{dd}{'H' if male else 'M'}{r.choice(['JC', 'PL', 'QT', 'YN', 'MN', 'OC', 'DF'])}{inner}{'0' if d.year < 2000 else 'A'}"
        v = base + curp.calc_check_digit(base + "0")
        if not curp.is_valid(v):  # an inconvenient word: RENAPO replaces the second letter with X
            base = base[0] + "X" + base[2:]
            v = base + curp.calc_check_digit(base + "0")
        assert curp.is_valid(v), v
        return v, "CURP", "CURP"
    if c == "AR":
        from stdnum.ar import cuit
        def cuil() -> str:
            body = ("20" if male else "27") + str(r.randint(20, 45)) + _dg(r, 6)
            return body + cuit.calc_check_digit(body)
        v = _draw(cuil, cuit.is_valid)
        return f"{v[:2]}-{v[2:10]}-{v[10:]}", "CUIL", "CUIL"
    if c == "IT":
        from stdnum.it import codicefiscale
        body = (_cf_part(p.last, False) + _cf_part(p.first, True) + yy + _CF_MONTHS[d.month - 1] + f"{d.day + (0 if male else 40):02d}"
                + (cf_towns or {}).get(p.home, "H501"))
        return body + codicefiscale.calc_check_digit(body), "tax code (codice fiscale)", "codice fiscale"
    if c == "NL":
        from stdnum.nl import bsn
        v = _draw(lambda: str(r.randint(1, 6)) + _dg(r, 8), bsn.is_valid)
        return r.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"]), "BSN", "BSN"
    if c == "PT":
        from stdnum.pt import nif
        body = r.choice("123") + _dg(r, 7)
        v = body + nif.calc_check_digit(body)
        return r.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"]), "NIF", "NIF"
    if c == "BR":
        from stdnum.br import cpf
        v = _draw(lambda: _dg(r, 9), lambda b: len(set(b)) > 1)
        v = v + cpf._calc_check_digits(v)
        return r.choice([f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", v]), "CPF", "CPF"
    if c == "PL":
        from stdnum.pl import pesel
        month = d.month + (20 if d.year >= 2000 else 0)
        body = f"{yy}{month:02d}{dd}{_dg(r, 3)}{r.choice('13579' if male else '02468')}"
        v = body + pesel.calc_check_digit(body)
        return v, "PESEL", "PESEL"
    if c == "SE":
        from stdnum.se import personnummer
        body = f"{yy}{mm}{dd}{_dg(r, 2)}{r.choice('13579' if male else '02468')}"
        v = body + luhn.calc_check_digit(body)
        out = f"{body[:6]}-{v[6:]}"
        assert personnummer.is_valid(out), out
        return r.choice([out, f"{d.year // 100}{out}"]), "personal identity number", "personnummer"
    if c == "NO":
        from stdnum.no import fodselsnummer
        lo, hi = (0, 499) if d.year < 2000 else (500, 999)

        def fnr() -> str:
            ind = r.randint(lo, hi)
            ind = ind - ind % 2 + (1 if male else 0)
            ind = min(max(ind, lo), hi)
            body = f"{dd}{mm}{yy}{ind:03d}"
            k1 = fodselsnummer.calc_check_digit1(body)
            return body + k1 + fodselsnummer.calc_check_digit2(body + k1)
        v = _draw(fnr, lambda x: fodselsnummer.is_valid(x) and (fodselsnummer.get_gender(x) == "M") == male)
        return r.choice([v, f"{v[:6]} {v[6:]}"]), "national identity number", "fødselsnummer"
    if c == "DK":
        from stdnum.dk import cpr
        c7 = r.choice("0123") if d.year < 2000 else r.choice("4")
        v = _draw(lambda: f"{dd}{mm}{yy}{c7}{_dg(r, 2)}{r.choice('13579' if male else '02468')}", cpr.is_valid)
        return f"{v[:6]}-{v[6:]}", "CPR number", "CPR-nummer"
    if c == "FI":
        from stdnum.fi import hetu
        ind = r.randrange(3 if male else 2, 899, 2)
        body = f"{dd}{mm}{yy}{ind:03d}"
        v = f"{dd}{mm}{yy}{'-' if d.year < 2000 else 'A'}{ind:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(body) % 31]}"
        assert hetu.is_valid(v), v
        return v, "personal identity code", "henkilötunnus"
    if c in ("CZ", "SK"):
        from stdnum.cz import rc
        month = d.month + (0 if male else 50)
        v = _draw(lambda: f"{yy}{month:02d}{dd}{_dg(r, 4)}", lambda x: int(x) % 11 == 0 and rc.is_valid(x))
        return r.choice([f"{v[:6]}/{v[6:]}", v]), "birth number", "rodné číslo"
    if c == "HU":
        days = (d - datetime.date(1867, 1, 1)).days

        def adoazonosito() -> str:
            body = f"8{days:05d}{_dg(r, 3)}"
            return body + str(sum(int(x) * (i + 1) for i, x in enumerate(body)) % 11)
        v = _draw(adoazonosito, lambda x: len(x) == 10)
        return v, "tax ID", "adóazonosító jel"
    if c == "RO":
        from stdnum.ro import cnp
        s = ("1" if male else "2") if d.year < 2000 else ("5" if male else "6")
        body = f"{s}{yy}{mm}{dd}{r.choice(['12', '22', '35', '08', '13', '32'])}{r.randint(1, 999):03d}"
        v = body + cnp.calc_check_digit(body)
        return v, "CNP", "CNP"
    if c == "TR":
        from stdnum.tr import tckimlik
        body = str(r.randint(1, 9)) + _dg(r, 8)
        return body + tckimlik.calc_check_digits(body), "T.C. identity number", "T.C. Kimlik No"
    if c == "GR":
        from stdnum.gr import amka
        def amka_ok() -> str:
            body = f"{dd}{mm}{yy}{_dg(r, 3)}{r.choice('13579' if male else '02468')}"
            return body + luhn.calc_check_digit(body)
        v = _draw(amka_ok, amka.is_valid)
        return v, "AMKA", "ΑΜΚΑ"
    if c == "RU":
        from stdnum.ru import inn
        v = r.choice(_RU_REGIONS) + _dg(r, 8)
        w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        c1 = str(sum(int(x) * w for x, w in zip(v, w1)) % 11 % 10)
        w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        c2 = str(sum(int(x) * w for x, w in zip(v + c1, w2)) % 11 % 10)
        v = v + c1 + c2
        assert inn.is_valid(v), v
        return v, "INN", "ИНН"
    if c == "UA":
        from stdnum.ua import rntrc
        days = (d - datetime.date(1899, 12, 31)).days
        v = f"{days:05d}{_dg(r, 3)}{r.choice('13579' if male else '02468')}"
        v = v + rntrc.calc_check_digit(v)
        assert rntrc.is_valid(v), v
        return v, "RNOKPP (tax number)", "РНОКПП"
    if c == "BG":
        from stdnum.bg import egn
        month = d.month + (40 if d.year >= 2000 else 0)
        v = f"{yy}{month:02d}{dd}{_dg(r, 2)}{r.choice('02468' if male else '13579')}"
        v = v + egn.calc_check_digit(v)
        assert egn.is_valid(v), v
        return v, "EGN", "ЕГН"
    if c == "HR":
        from stdnum.hr import oib
        from stdnum.iso7064 import mod_11_10
        body = str(r.randint(1, 9)) + _dg(r, 9)
        v = body + mod_11_10.calc_check_digit(body)
        assert oib.is_valid(v), v
        return v, "OIB", "OIB"
    if c == "LT":
        from stdnum.lt import asmens
        g = ("3" if male else "4") if d.year < 2000 else ("5" if male else "6")
        body = f"{g}{yy}{mm}{dd}{_dg(r, 3)}"
        v = body + asmens.calc_check_digit(body + "0")  # stdnum wants a placeholder check digit
        assert asmens.is_valid(v), v
        return v, "personal code", "asmens kodas"
    if c == "JP":
        from stdnum.jp import in_
        v = _draw(lambda: _dg(r, 12), in_.is_valid)
        return r.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}"]), "My Number", "マイナンバー"
    if c == "CN":
        from stdnum.cn import ric
        def ric_draw() -> str:  # the county code must have existed in the birth year
            body = f"{r.choice(_CN_PLACES)}{d.year}{mm}{dd}{_dg(r, 2)}{r.choice('13579' if male else '02468')}"
            return body + ric.calc_check_digit(body + "0")  # stdnum wants a placeholder check digit
        v = _draw(ric_draw, ric.is_valid)
        return v, "ID card number", "身份证号"
    if c == "KR":
        from stdnum.kr import rrn
        s = ("1" if male else "2") if d.year < 2000 else ("3" if male else "4")
        body = f"{yy}{mm}{dd}{s}{r.randint(0, 95):02d}{_dg(r, 3)}"
        v = body + rrn.calc_check_digit(body)
        assert rrn.is_valid(v), v
        return f"{v[:6]}-{v[6:]}", "resident registration number", "주민등록번호"
    if c == "IL":
        from stdnum.il import idnr
        v = _draw(lambda: str(r.randint(0, 3)) + _dg(r, 8), idnr.is_valid)
        return v, "ID number (Teudat Zehut)", "מספר תעודת זהות"
    if c == "AE":
        body = f"784{d.year}{_dg(r, 7)}"
        v = body + luhn.calc_check_digit(body)
        return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}", "Emirates ID", "رقم الهوية"
    if c == "TH":
        from stdnum.th import pin
        v = _draw(lambda: str(r.randint(1, 8)) + _dg(r, 12), pin.is_valid)
        return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", "Thai ID number", "เลขประจำตัวประชาชน"
    if c == "VN":
        g = ("0" if male else "1") if d.year < 2000 else ("2" if male else "3")
        return f"{r.choice(_VN_PLACES)}{g}{yy}{_dg(r, 6)}", "citizen ID (CCCD)", "số CCCD"
    if c == "ID":
        from stdnum.id import nik
        v = _draw(lambda: f"{r.choice(_ID_PLACES)}{d.day + (0 if male else 40):02d}{mm}{yy}{r.randint(1, 999):04d}", nik.is_valid)
        return v, "NIK", "NIK"
    if c == "MY":
        from stdnum.my import nric
        v = _draw(lambda: f"{yy}{mm}{dd}{r.choice(['10', '08', '01', '13', '14'])}{_dg(r, 3)}{r.choice('13579' if male else '02468')}", nric.is_valid)
        return f"{v[:6]}-{v[6:8]}-{v[8:]}", "MyKad number", "No. MyKad"
    if c == "PH":
        return f"{r.randint(100, 999)}-{_dg(r, 3)}-{_dg(r, 3)}-000", "TIN", "TIN"
    if c == "KE":
        from stdnum.ke import pin as kpin
        v = _draw(lambda: "A" + _dg(r, 9) + r.choice(string.ascii_uppercase), kpin.is_valid)
        return v, "KRA PIN", "KRA PIN"
    raise KeyError(c)


def mrz_check(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


# --- IP addresses ---------------------------------------------------------------------------------------------------
RESOLVERS = frozenset({"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "149.112.112.112", "208.67.222.222"})
_V6_PREFIXES = ("2a02:810d", "2a01:c23", "2003:e4", "2a00:23c7", "2600:1700", "2601:18c", "2804:14c", "2405:201", "240e:3b4",
                "2c0f:f8f0", "2a0a:a540", "2001:16b8", "2a02:a03f")


def make_ip(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["pub", "pub", "pub", "priv", "v6"])
    if kind == "pub":
        while True:
            v = f"{r.randint(2, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            ip = ipaddress.ip_address(v)
            if ip.is_global and v not in RESOLVERS and ip not in ipaddress.ip_network("100.64.0.0/10"):
                return v
    if kind == "priv":
        return r.choice([f"192.168.{r.choice([0, 1, 1, 2, 8, 10, 178])}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    if kind == "cgnat":
        return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind in ("v6", "v6full"):
        while True:
            head = r.choice(_V6_PREFIXES).split(":")
            groups = head + [f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - len(head))]
            if kind == "v6" and r.random() < 0.5:
                groups[len(head) + 1:len(head) + 3] = ["0", "0"]
            v = str(ipaddress.ip_address(":".join(groups))) if kind == "v6" else ":".join(g.zfill(4) for g in groups)
            if ipaddress.ip_address(v).is_global:
                return v
    if kind == "ll":
        return str(ipaddress.ip_address("fe80::" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(4))))
    if kind == "ula":
        return str(ipaddress.ip_address(f"fd{r.randint(0, 255):02x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"))
    raise KeyError(kind)


# --- Secrets ----------------------------------------------------------------------------------------------------------
def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def make_jwt(r: random.Random, claims: dict | None = None) -> str:
    header = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    payload = claims or {"sub": str(r.randint(10**5, 10**9)), "iat": r.randint(1_740_000_000, 1_790_000_000), "scope": r.choice(["read write", "admin", "api"])}
    return f"{header}.{_b64url(json.dumps(payload, separators=(',', ':')).encode())}.{_b64url(r.randbytes(r.choice([32, 64])))}"


def make_pem(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["rsa", "pkcs8", "ec", "openssh", "pgp"])
    label = {"rsa": "RSA PRIVATE KEY", "pkcs8": "PRIVATE KEY", "ec": "EC PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY",
             "pgp": "PGP PRIVATE KEY BLOCK"}[kind]
    size = {"rsa": 300, "pkcs8": 330, "ec": 121, "openssh": 250, "pgp": 280}[kind]
    raw = r.randbytes(size)
    if kind == "openssh":
        raw = b"openssh-key-v1\x00" + raw
    body = base64.b64encode(raw).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    if kind == "pgp":
        crc = base64.b64encode(r.randbytes(3)).decode()
        return f"-----BEGIN {label}-----\n\n{lines}\n={crc}\n-----END {label}-----"
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"


def make_ppk(r: random.Random) -> tuple[str, str]:
    """A PuTTY key file: its public part (not secret) and the Private-Lines (secret)."""
    pub = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + r.randbytes(32)).decode()
    priv = base64.b64encode(r.randbytes(36)).decode()
    return pub, priv


TOKEN_KINDS: dict[str, Callable[[random.Random], str]] = {
    "openrouter": lambda r: "sk-or-v1-" + _s(r, 64, HEX),
    "anthropic": lambda r: "sk-ant-api03-" + _s(r, 93, URLSAFE) + "AA",
    "openai": lambda r: "sk-proj-" + _s(r, 56, URLSAFE) + "T3BlbkFJ" + _s(r, 56, URLSAFE),
    "xai": lambda r: "xai-" + _s(r, 80),
    "pplx": lambda r: "pplx-" + _s(r, 48),
    "groq": lambda r: "gsk_" + _s(r, 52),
    "deepseek": lambda r: "sk-" + _s(r, 32, HEX),
    "mistral": lambda r: _s(r, 32),
    "fireworks": lambda r: "fw_" + _s(r, 24),
    "voyage": lambda r: "pa-" + _s(r, 43, URLSAFE),
    "elevenlabs": lambda r: "sk_" + _s(r, 48, HEX),
    "hf": lambda r: "hf_" + _s(r, 34, string.ascii_letters),
    "wandb": lambda r: _s(r, 40, HEX),
    "pinecone": lambda r: "pcsk_" + _s(r, 6) + "_" + _s(r, 63),
    "langsmith": lambda r: "lsv2_pt_" + _s(r, 32, HEX) + "_" + _s(r, 10, HEX),
    "ghp": lambda r: "ghp_" + _s(r, 36),
    "gho": lambda r: "gho_" + _s(r, 36),
    "ghpat": lambda r: "github_pat_11" + _s(r, 20, UPAN) + "_" + _s(r, 59),
    "glpat": lambda r: "glpat-" + _s(r, 20, URLSAFE),
    "glrt": lambda r: "glrt-" + _s(r, 20, URLSAFE),
    "bitbucket": lambda r: "ATBB" + _s(r, 28) + _s(r, 8, HEX.upper()),
    "atlassian": lambda r: "ATATT3xFfGF0" + _s(r, 170, URLSAFE) + "=" + _s(r, 8, HEX.upper()),
    "npm": lambda r: "npm_" + _s(r, 36),
    "rubygems": lambda r: "rubygems_" + _s(r, 48, HEX),
    "docker": lambda r: "dckr_pat_" + _s(r, 27, URLSAFE),
    "tfc": lambda r: _s(r, 14) + ".atlasv1." + _s(r, 67),
    "pulumi": lambda r: "pul-" + _s(r, 40, HEX),
    "doppler": lambda r: "dp.st." + r.choice(["prd", "dev", "stg"]) + "." + _s(r, 40),
    "op": lambda r: "ops_eyJ" + _s(r, 200, AN),
    "fly": lambda r: "fo1_" + _s(r, 43, URLSAFE),
    "netlify": lambda r: "nfp_" + _s(r, 36),
    "cloudflare": lambda r: _s(r, 40, URLSAFE),
    "do": lambda r: "dop_v1_" + _s(r, 64, HEX),
    "hetzner": lambda r: _s(r, 64),
    "aws_id": lambda r: r.choice(["AKIA", "ASIA"]) + _s(r, 16, string.ascii_uppercase + "234567"),
    "aws_secret": lambda r: _s(r, 40, B64),
    "azure_key": lambda r: base64.b64encode(r.randbytes(64)).decode(),
    "azure_devops": lambda r: _s(r, 52, string.ascii_lowercase + "234567"),
    "gcp_api": lambda r: "AIza" + _s(r, 35, URLSAFE),
    "google_refresh": lambda r: "1//0" + _s(r, 1, string.ascii_letters) + _s(r, 98, URLSAFE),
    "google_access": lambda r: "ya29.a0" + _s(r, 150, URLSAFE),
    "stripe": lambda r: r.choice(["sk_live_", "rk_live_"]) + "51" + _s(r, 97),
    "whsec": lambda r: "whsec_" + _s(r, 32),
    "razorpay_secret": lambda r: _s(r, 24),
    "paystack": lambda r: "sk_live_" + _s(r, 40, HEX),
    "flutterwave": lambda r: "FLWSECK-" + _s(r, 32, HEX) + "-X",
    "mollie": lambda r: "live_" + _s(r, 30),
    "paypal_secret": lambda r: "E" + _s(r, 79, URLSAFE),
    "twilio_token": lambda r: _s(r, 32, HEX),
    "sendgrid": lambda r: "SG." + _s(r, 22, URLSAFE) + "." + _s(r, 43, URLSAFE),
    "brevo": lambda r: "xkeysib-" + _s(r, 64, HEX) + "-" + _s(r, 16),
    "resend": lambda r: "re_" + _s(r, 8) + "_" + _s(r, 24),
    "mailchimp": lambda r: _s(r, 32, HEX) + "-us" + str(r.randint(2, 21)),
    "slack_bot": lambda r: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{_s(r, 24)}",
    "slack_user": lambda r: f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{_s(r, 32, HEX)}",
    "slack_app": lambda r: f"xapp-1-A{_s(r, 10, UPAN)}-{r.randint(10**12, 10**13)}-{_s(r, 64, HEX)}",
    "discord_bot": lambda r: _b64url(str(r.randint(10**17, 10**18)).encode()) + "." + _s(r, 6, URLSAFE) + "." + _s(r, 38, URLSAFE),
    "telegram": lambda r: f"{r.randint(10**8, 8 * 10**9)}:AA{_s(r, 33, URLSAFE)}",
    "figma": lambda r: "figd_" + _s(r, 40, URLSAFE),
    "notion": lambda r: "ntn_" + _s(r, 46),
    "airtable": lambda r: "pat" + _s(r, 14) + "." + _s(r, 64, HEX),
    "clickup": lambda r: f"pk_{r.randint(10**7, 10**8)}_{_s(r, 32, UPAN)}",
    "linear": lambda r: "lin_api_" + _s(r, 40),
    "datadog_api": lambda r: _s(r, 32, HEX),
    "datadog_app": lambda r: _s(r, 40, HEX),
    "newrelic": lambda r: "NRAK-" + _s(r, 27, UPAN),
    "newrelic_license": lambda r: _s(r, 36, HEX) + "NRAL",
    "grafana": lambda r: "glsa_" + _s(r, 32) + "_" + _s(r, 8, HEX),
    "pagerduty": lambda r: "u+" + _s(r, 18, URLSAFE),
    "mapbox_secret": lambda r: "sk.eyJ1Ijoi" + _s(r, 60, URLSAFE) + "." + _s(r, 22, URLSAFE),
    "algolia_admin": lambda r: _s(r, 32, HEX),
    "age": lambda r: "AGE-SECRET-KEY-1" + _s(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
    "eth": lambda r: "0x" + _s(r, 64, HEX),
    "b2_key": lambda r: "K00" + str(r.randint(3, 5)) + _s(r, 27),
    "b2_id": lambda r: "00" + _s(r, 23, HEX),
    "woo_ck": lambda r: "ck_" + _s(r, 40, HEX),
    "woo_cs": lambda r: "cs_" + _s(r, 40, HEX),
    "shopify": lambda r: "shpat_" + _s(r, 32, HEX),
    "okta": lambda r: "00" + _s(r, 40, URLSAFE),
    "auth0_secret": lambda r: _s(r, 64, URLSAFE),
    "keycloak_secret": lambda r: _s(r, 32),
    "vault": lambda r: "hvs." + _s(r, 90, URLSAFE),
    "consul": lambda r: "-".join(_s(r, n, HEX) for n in (8, 4, 4, 4, 12)),
    "rails_master": lambda r: _s(r, 32, HEX),
    "django": lambda r: _s(r, 50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"),
    "hex64": lambda r: _s(r, 64, HEX),
    "hex128": lambda r: _s(r, 128, HEX),
    "b64_32": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "matrix": lambda r: "syt_" + _b64url(_s(r, 6, string.ascii_lowercase).encode()) + "_" + _s(r, 20) + "_" + _s(r, 6),
    "octoprint": lambda r: _s(r, 43, URLSAFE),
    "arr": lambda r: _s(r, 32, HEX),
    "jellyfin": lambda r: _s(r, 32, HEX),
    "jwt": make_jwt,
    "wg": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "dropbox": lambda r: "sl.u." + _s(r, 140, URLSAFE),
    "brave": lambda r: "BSA" + _s(r, 27),
    "alchemy": lambda r: _s(r, 32, URLSAFE),
    "confluent_key": lambda r: _s(r, 16, UPAN),
    "confluent_secret": lambda r: _s(r, 64, B64),
    "vapid": lambda r: _s(r, 43, URLSAFE),
    "mercadopago": lambda r: f"APP_USR-{_s(r, 16, string.digits)}-{_s(r, 6, string.digits)}-{_s(r, 32, HEX)}-{_s(r, 9, string.digits)}",
    "line": lambda r: _s(r, 171, B64) + "=",
    "aliyun_id": lambda r: "LTAI5t" + _s(r, 18),
    "aliyun_secret": lambda r: _s(r, 30),
    "salesforce": lambda r: "00D" + _s(r, 12) + "!" + _s(r, 96, AN + "._"),
    # added with fresh13 (a kind a set does not use is never drawn)
    "twitch_stream": lambda r: f"live_{r.randint(10**8, 10**9 - 1)}_{_s(r, 30)}",
    "yt_stream": lambda r: "-".join(_s(r, 4, LOWAN) for _ in range(5)),
    "clerk": lambda r: "sk_live_" + _s(r, 43),
    "google_client_secret": lambda r: "GOCSPX-" + _s(r, 28, URLSAFE),
    "ngrok": lambda r: "2" + _s(r, 26) + "_" + _s(r, 21),
    "tailscale": lambda r: f"tskey-auth-{_s(r, 12)}CNTRL-{_s(r, 33)}",
    "cloudinary": lambda r: _s(r, 27, URLSAFE),
    "hcloud": lambda r: _s(r, 64),
    "postmark": lambda r: "-".join(_s(r, n, HEX) for n in (8, 4, 4, 4, 12)),
}


def make_password(r: random.Random, style: str, lang: str, pw_words: dict[str, str], phrase_words: list[str]) -> str:
    """A password for {pw:<style>} (a random style if none); `pw_words` (language -> "w1|w2|...", with "en") and
    `phrase_words` are the set's own words."""
    words = pw_words.get(lang, pw_words["en"]).split("|")
    style = style or r.choice(["word", "word", "random", "phrase", "leet"])
    if style == "word":
        return f"{r.choice(words)}{r.choice(['', '_', '.', '-'])}{r.randint(1, 2026)}{r.choice(['!', '#', '$', '?', '*', ''])}"
    if style == "random":
        return _s(r, r.randint(12, 22), AN + "!#%&*+-=?@^_")
    if style == "urlsafe":
        return _s(r, r.randint(14, 24), AN + "-_.~")
    if style == "phrase":
        return r.choice(["-", ".", "_", " "]).join(r.sample(phrase_words, 4)) + (str(r.randint(1, 99)) if r.random() < 0.5 else "")
    if style == "leet":
        w = r.choice(words).replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{w}{r.choice(['!', '@', '#'])}{r.randint(10, 99)}"
    if style == "pin":
        return _s(r, r.choice([4, 6]), string.digits)
    if style == "wifi":
        return r.choice([_s(r, 16, LOWAN), f"{r.choice(words)}{r.randint(100, 9999)}{r.choice(words).lower()}", _s(r, 20, UPAN)])
    raise KeyError(style)


# --- Hard negatives: look like PII, are not ------------------------------------------------------------------------------
DOC_IPS4 = ("192.0.2.", "198.51.100.", "203.0.113.")
DOC_IBANS = ("GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00",
             "GB33BUKB20201555555555", "ES91 2100 0418 4502 0005 1332", "CH93 0076 2011 6238 5295 7", "BE68 5390 0754 7034")
PLACEHOLDER_PEOPLE = ("John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Jean Dupont", "Mario Rossi", "Jan Kowalski",
                      "Jan Jansen", "Fulano de Tal", "Ola Nordmann", "Matti Meikäläinen", "Joe Bloggs", "Juan Pérez", "Иван Иванов", "山田太郎")
PLACEHOLDER_KEYS = ("sk-...", "<YOUR_API_KEY>", "${OPENAI_API_KEY}", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                    "changeme", "********", "your-token-here", "xxxxxxxxxxxxxxxxxxxxxxxx", "<redacted>", "REPLACE_ME", "{{ secret_key }}")
FICTION_PHONES = ("(555) 010-4477", "+1 202-555-0143", "07700 900461", "01632 960982", "020 7946 0321", "0491 570 159", "(02) 5550 1234",
                  "555-0199")


def _ups(r: random.Random) -> str:
    return "1Z" + _s(r, 6, UPAN) + r.choice(["01", "02", "03", "12"]) + _s(r, 8, string.digits)


def _isbn13(r: random.Random) -> str:
    from stdnum import ean, isbn
    body = ("978" + r.choice(["0", "1", "3", "2", "84", "88", "90"]) + _s(r, 9, string.digits))[:12]
    full = body + ean.calc_check_digit(body)
    assert isbn.is_valid(full), full
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def _imei(r: random.Random) -> str:
    body = r.choice(["35", "86", "01", "49"]) + _s(r, 12, string.digits)
    v = body + luhn.calc_check_digit(body)
    return r.choice([v, f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", f"{v[:2]} {v[2:8]} {v[8:14]} {v[14]}"])


def _rf(r: random.Random) -> str:
    from stdnum import iso11649
    ref = _s(r, r.randint(8, 16), string.digits)
    for cd in range(100):
        cand = f"RF{cd:02d}{ref}"
        if iso11649.is_valid(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4))
    raise RuntimeError("rf")


NEG: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: r.choice(["#", "ORD-", "", "SO-", "A"]) + _s(r, r.choice([7, 8, 10]), string.digits),
    "amazon": lambda r: f"{r.randint(111, 114)}-{_s(r, 7, string.digits)}-{_s(r, 7, string.digits)}",
    "invoice": lambda r: f"INV-{r.randint(2023, 2026)}-{r.randint(1, 9999):05d}",
    "ticket": lambda r: r.choice(["INC", "CS", "SR", "REQ"]) + _s(r, 7, string.digits),
    "ups": _ups,
    "usps": lambda r: "9400" + _s(r, 18, string.digits),
    "dhl": lambda r: "JD01" + _s(r, 16, string.digits),
    "isbn": _isbn13,
    "imei": _imei,
    "rf": _rf,
    "uuid": lambda r: "-".join(_s(r, n, HEX) for n in (8, 4, 4, 4, 12)),
    "sha": lambda r: _s(r, 40, HEX),
    "short_sha": lambda r: _s(r, 7, HEX),
    "sha256": lambda r: _s(r, 64, HEX),
    "md5": lambda r: _s(r, 32, HEX),
    "ver": lambda r: f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "winbuild": lambda r: f"10.0.{r.choice([19045, 22631, 26100])}.{r.randint(1000, 5000)}",
    "epoch": lambda r: str(r.randint(1_700_000_000, 1_790_000_000)),
    "epoch_ms": lambda r: str(r.randint(1_700_000_000_000, 1_790_000_000_000)),
    "price": lambda r: r.choice(["$", "€", "£", ""]) + f"{r.randint(3, 4999)}.{r.randint(0, 99):02d}",
    "docip": lambda r: r.choice(DOC_IPS4) + str(r.randint(1, 254)),
    "docip6": lambda r: f"2001:db8::{r.randint(1, 0xFFFF):x}",
    "resolver": lambda r: r.choice(sorted(RESOLVERS)),
    "testcard": lambda r: r.choice(["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "3782 822463 10005",
                                    "6011 1111 1111 1117", "4000 0566 5566 5556", "5105105105105100"]),
    "dociban": lambda r: r.choice(DOC_IBANS),
    "specssn": lambda r: r.choice(sorted(SPECIMEN_SSNS)),
    "fakephone": lambda r: r.choice(FICTION_PHONES),
    "exemail": lambda r: r.choice(["jane.doe@example.com", "user@example.org", "test@example.net", "alice@example.com", "noreply@example.com"]),
    "formname": lambda r: r.choice(PLACEHOLDER_PEOPLE),
    "ph": lambda r: r.choice(PLACEHOLDER_KEYS),
    "mac": lambda r: ":".join(_s(r, 2, HEX) for _ in range(6)),
    "cve": lambda r: f"CVE-{r.randint(2019, 2025)}-{r.randint(1000, 49999)}",
    "isin": lambda r: r.choice(["US0378331005", "US5949181045", "DE0007164600", "NL0010273215", "FR0000121014", "GB0002634946"]),
    "lei": lambda r: r.choice(["529900T8BM49AURSDO55", "HWUPKR0MPOU8FGXBT394", "7LTWFZYICNSX8D621K86"]),
    "bic": lambda r: r.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "NWBKGB2L", "BSCHESMM"]),
    "vin": lambda r: _s(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
    "sku": lambda r: f"{_s(r, 3, string.ascii_uppercase)}-{r.randint(100, 9999)}-{_s(r, 2, string.ascii_uppercase)}",
    "port": lambda r: str(r.choice([22, 80, 443, 5432, 6379, 8080, 8443, 9090, 27017])),
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "ndc": lambda r: f"{r.randint(0, 9)}{_s(r, 3, string.digits)}-{_s(r, 4, string.digits)}-{_s(r, 2, string.digits)}",
    "cas": lambda r: r.choice(["7732-18-5", "64-17-5", "50-78-2", "7647-14-5", "58-08-2", "7440-50-8"]),
    "doi": lambda r: f"10.{r.randint(1000, 9999)}/{_s(r, 4, string.ascii_lowercase)}.{r.randint(2015, 2025)}.{r.randint(1000, 99999)}",
    "oid": lambda r: _s(r, 24, HEX),
    "pnr": lambda r: _s(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "vapidpub": lambda r: "B" + _s(r, 86, URLSAFE),
    "agepub": lambda r: "age1" + _s(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    "rzpid": lambda r: _s(r, 14),
    "arxiv": lambda r: f"{r.randint(21, 25)}{r.randint(1, 12):02d}.{r.randint(10000, 29999)}",
}


# --- Rendering -----------------------------------------------------------------------------------------------------
_ISO3 = {"US": "USA", "GB": "GBR", "IE": "IRL", "CA": "CAN", "AU": "AUS", "NZ": "NZL", "IN": "IND", "ZA": "ZAF", "NG": "NGA", "DE": "D",
         "AT": "AUT", "CH": "CHE", "FR": "FRA", "BE": "BEL", "ES": "ESP", "MX": "MEX", "AR": "ARG", "IT": "ITA", "NL": "NLD", "PT": "PRT",
         "BR": "BRA", "PL": "POL", "SE": "SWE", "NO": "NOR", "DK": "DNK", "FI": "FIN", "CZ": "CZE", "SK": "SVK", "HU": "HUN", "RO": "ROU",
         "TR": "TUR", "HR": "HRV", "LT": "LTU", "PH": "PHL", "KE": "KEN", "MY": "MYS", "ID": "IDN", "VN": "VNM"}
_MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_PERSON_KINDS = {"name", "first", "last", "initial", "rev", "email", "wemail", "phone", "dob", "natid", "idname", "ssn", "addr", "addrml",
                 "iban", "purl", "holder", "handle", "mrz", "age", "namecaps"}
_CASE = {"uc", "lc", "ocr"}


class Context:
    """One prompt: its locale, its people (the same each time a template names them), and a random source.

    Each set subclasses it and fills in its own tables and functions below."""

    people_table: dict[str, Names]  # the set's PEOPLE
    work_domains: list[str]  # {wemail} draws its domain from these
    cf_towns: dict[str, str]  # Italian town -> cadastral code, for the codice fiscale
    pw_words: dict[str, str]  # language -> "word|word|...", for {pw:word|leet|wifi}
    phrase_words: list[str]  # {pw:phrase}
    write_address: Callable[[random.Random, str, str, bool], str]  # (r, country, town, multiline); a staticmethod
    make_org: Callable[..., str]  # (r, lang, country, town[, kind]); a staticmethod

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-")
        self.people: dict[int, Person] = {}
        self.cache: dict[str, Parts] = {}
        self.towns = self.people_table[self.country][4].split("|")
        self.town = rng.choice(self.towns)
        self.last_card = ""

    def person(self, i: int, sex: str | None = None, age: str = "adult") -> Person:
        if i not in self.people:
            p = Person(self.rng, self.country, self.people_table, sex, age)
            if i > 1 and 1 in self.people and p.last == self.people[1].last and p.first == self.people[1].first:
                p = Person(self.rng, self.country, self.people_table, sex, age)
            p.home = self.town if i == 1 else self.rng.choice(self.towns)
            self.people[i] = p
        return self.people[i]


def _purl(ctx: Context, p: Person, style: str) -> str:
    r = ctx.rng
    first, last = _slug(p.given_roman), _slug(p.family_roman)
    handle = r.choice([f"{first}{last}", f"{first}_{last[:4]}", f"{first}.{last}", f"{first}{r.randint(7, 99)}"])
    c = p.country
    options = {
        "linkedin": f"https://www.linkedin.com/in/{first}-{last}-{_s(r, 6, LOWAN)}",
        "github": f"https://github.com/{handle.replace('.', '-').replace('_', '-')}",
        "mastodon": f"https://{r.choice(['mastodon.social', 'fosstodon.org', 'hachyderm.io', 'mstdn.social'])}/@{handle.replace('.', '_')}",
        "bsky": f"https://bsky.app/profile/{handle.replace('_', '-')}.bsky.social",
        "strava": f"https://www.strava.com/athletes/{r.randint(10**6, 10**9)}",
        "paypal": f"https://paypal.me/{_ascii(p.given_roman).replace(' ', '')}{_ascii(p.family_roman).replace(' ', '')}",
        "venmo": f"https://account.venmo.com/u/{_ascii(p.given_roman).replace(' ', '-')}-{_ascii(p.family_roman).replace(' ', '-')}-{r.randint(1, 99)}",
        "cal": f"https://cal.com/{first}-{last}",
        "site": f"https://{first}{last}.{r.choice(['com', 'dev', 'me', 'net'])}",
        "drive": f"https://drive.google.com/drive/folders/1{_s(r, 32, URLSAFE)}?usp=sharing",
        "dropbox": f"https://www.dropbox.com/scl/fi/{_s(r, 25, LOWAN)}/{_ascii(p.family_roman).replace(' ', '_')}_CV.pdf?rlkey={_s(r, 25, LOWAN)}&dl=0",
        "xing": f"https://www.xing.com/profile/{_ascii(p.given_roman).replace(' ', '_')}_{_ascii(p.family_roman).replace(' ', '_')}",
        "vk": f"https://vk.com/id{r.randint(10**6, 10**9)}",
        "note": f"https://note.com/{first}_{last}",
        "weibo": f"https://weibo.com/u/{r.randint(10**9, 7 * 10**9)}",
        "naver": f"https://blog.naver.com/{first}{last}{r.randint(1, 99)}",
        "ig": f"https://www.instagram.com/{handle}/",
    }
    if not style:
        local = {"DE": "xing", "AT": "xing", "CH": "xing", "RU": "vk", "JP": "note", "CN": "weibo", "KR": "naver", "US": "venmo"}.get(c)
        pool = ["linkedin", "github", "mastodon", "bsky", "strava", "paypal", "site", "drive", "dropbox", "ig", "cal"] + ([local] * 3 if local else [])
        style = r.choice(pool)
    return options[style]


def _mrz(ctx: Context, p: Person, idx: int) -> Parts:
    r = ctx.rng
    code = _ISO3.get(p.country, "GBR")
    code = code + "<" * (3 - len(code))
    sur = _ascii(p.family_roman).upper().replace("'", "").replace("-", "<").replace(" ", "<")
    giv = _ascii(p.given_roman).upper().replace("'", "").replace("-", "<").replace(" ", "<")
    filler = "<" * (44 - 5 - len(sur) - 2 - len(giv))
    docno = _s(r, 2, "CFGHJKLMNPRTVWXYZ") + _s(r, 7, string.digits) if p.country != "US" else _s(r, 9, string.digits)
    dob = p.dob.strftime("%y%m%d")
    exp_d = datetime.date(r.randint(2027, 2035), r.randint(1, 12), r.randint(1, 28))
    exp = exp_d.strftime("%y%m%d")
    personal = "<" * 14
    sex = "M" if p.sex == "m" else "F"
    composite = docno + mrz_check(docno) + dob + mrz_check(dob) + exp + mrz_check(exp) + personal + mrz_check(personal)
    final = mrz_check(composite)
    ctx.cache[f"mrzdoc{idx}"] = [(docno, "NATIONAL_ID")]
    ctx.cache[f"mrzexp{idx}"] = [(f"{exp_d.day:02d} {_MON3[exp_d.month - 1]} {exp_d.year}", "DATE")]
    return [(f"P<{code}", None), (sur, "PERSON"), ("<<", None), (giv, "PERSON"), (filler + "\n", None),
            (docno, "NATIONAL_ID"), (mrz_check(docno) + code, None), (dob, "DATE_OF_BIRTH"), (mrz_check(dob) + sex, None),
            (exp, "DATE"), (mrz_check(exp) + personal + mrz_check(personal) + final, None)]


def _person_value(ctx: Context, kind: str, p: Person, idx: int, args: list[str], at: str = "") -> Parts:
    r = ctx.rng
    style = next((a for a in args if a not in _CASE and a not in ("f", "m", "kid", "baby")), "")
    key = f"{kind}{idx}:{style}" + (f"@{at}" if at else "")
    if key in ctx.cache:
        return ctx.cache[key]
    out: Parts
    if kind == "name":
        out = [(p.full, "PERSON")]
    elif kind == "namecaps":  # a form or a card: family name in capitals (romanised where the script is not Latin)
        out = [(_ascii(p.family_roman).upper() if p.country in _NO_SPACE else p.last.upper(), "PERSON"), (" ", None),
               (_ascii(p.given_roman) if p.country in _NO_SPACE else p.first, "PERSON")]
    elif kind == "first":
        out = [(p.first, "PERSON")]
    elif kind == "last":
        out = [(p.last, "PERSON")]
    elif kind == "initial":
        out = [(p.full if p.country in _NO_SPACE else f"{p.first[0]}. {p.last}", "PERSON")]
    elif kind == "rev":
        out = [(p.last, "PERSON"), (", ", None), (p.first, "PERSON")]
    elif kind == "email":
        out = [(make_email(r, p), "EMAIL")]
    elif kind == "wemail":
        domain = style or r.choice(ctx.work_domains)
        out = [(make_email(r, p, domain), "EMAIL")]
    elif kind == "phone":
        out = [(make_phone(r, p.country, style if style in ("nat", "intl", "e164", "compact", "dots", "00") else "",
                           None if style not in ("land", "mob") else style == "mob"), "PHONE")]
    elif kind == "dob":
        out = [(write_date(r, ctx.lang, p.country, p.dob, style), "DATE_OF_BIRTH")]
    elif kind in ("natid", "idname"):
        nk = f"natid{idx}:{style}"
        if nk not in ctx.cache:
            value, en, native = make_natid(r, p, style, ctx.cf_towns)
            ctx.cache[nk] = [(value, "NATIONAL_ID")]
            ctx.cache[f"idname{idx}:{style}"] = [(en if ctx.lang == "en" else native, None)]
        return ctx.cache[key]
    elif kind == "ssn":
        out = [(make_ssn(r, style), "US_SSN")]
    elif kind in ("addr", "addrml"):
        out = [(ctx.write_address(r, p.country, p.home, kind == "addrml"), "ADDRESS")]
    elif kind == "iban":
        cc = style if len(style) == 2 and style.isupper() else iban_country(p.country, r)
        out = [(make_iban(r, cc, {"plain": False, "grp": True}.get(style)), "IBAN")]
    elif kind == "purl":
        out = [(_purl(ctx, p, style), "URL")]
    elif kind == "holder":
        out = [(_ascii(p.full_roman).upper(), "PERSON")]
    elif kind == "handle":
        out = [(r.choice([f"@{_slug(p.given_roman)}_{_slug(p.family_roman)[:3]}", f"@{_slug(p.given_roman)}{r.randint(1, 99)}"]), None)]
    elif kind == "age":
        out = [(str((datetime.date(2026, 3, 1) - p.dob).days // 365), None)]
    elif kind == "mrz":
        out = _mrz(ctx, p, idx)
    else:
        raise KeyError(kind)
    ctx.cache[key] = out
    return out


def _split(slot: str) -> tuple[str, int, list[str], str]:
    key = ""
    if "@" in slot:
        slot, key = slot.split("@", 1)
    head, *args = slot.split(":")
    idx = 1
    if head and head[-1].isdigit() and head[:-1] in _PERSON_KINDS:
        head, idx = head[:-1], int(head[-1])
    return head, idx, args, key


def _ocr(r: random.Random, text: str) -> str:
    """OCR noise: one or two stray spaces inside the value (never at its ends)."""
    chars = list(text)
    for _ in range(r.randint(1, 2)):
        if len(chars) > 4:
            i = r.randint(2, len(chars) - 2)
            if chars[i - 1] != " " and chars[i] != " ":
                chars.insert(i, " ")
    return "".join(chars)


def _case(r: random.Random, parts: Parts, args: list[str]) -> Parts:
    if "uc" in args:
        parts = [(t.upper(), e) for t, e in parts]
    if "lc" in args:
        parts = [(t.lower(), e) for t, e in parts]
    if "ocr" in args:
        parts = [(_ocr(r, t) if e else t, e) for t, e in parts]
    return parts


def fill(ctx: Context, slot: str) -> Parts:
    """The parts one slot renders to: (text, TYPE or None). Raises KeyError for a slot this set does not have."""
    r = ctx.rng
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    kind, idx, args, key = _split(slot)
    if kind in _PERSON_KINDS:
        sex = "f" if "f" in args else "m" if "m" in args else None
        p = ctx.person(idx, sex, "baby" if "baby" in args else "kid" if "kid" in args else "adult")
        return _case(r, _person_value(ctx, kind, p, idx, args, key), args)
    if kind in ("mrzdoc", "mrzexp"):
        return ctx.cache[f"{kind}{idx if idx else 1}"]
    cache_key = f"{kind}:{':'.join(a for a in args if a not in _CASE)}@{key}"
    if cache_key in ctx.cache:
        return _case(r, ctx.cache[cache_key], args)
    seen = {t for parts in ctx.cache.values() for t, _ in parts}
    out: Parts
    for _ in range(30):  # a different value under each @key
        if kind == "town":
            entry = ctx.town if not key else r.choice([t for t in ctx.towns if t != ctx.town])
            out = [(town_name(ctx.country, entry), "LOCATION")]
        elif kind == "org":
            out = [(ctx.make_org(r, ctx.lang, ctx.country, ctx.town, *args[:1]), "ORGANIZATION")]  # {org:<kind>} where the set has kinds
        elif kind == "date":
            style = args[0] if args else ""
            d = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randint(0, 600))
            out = [(write_date(r, ctx.lang, ctx.country, d, style), "DATE")]
        elif kind == "card":
            scheme = next((a for a in args if a in _SCHEMES), "")
            layout = next((a for a in args if a in ("sp", "dash", "dot", "plain", "split", "dsp")), "")
            out = [(make_card(r, ctx.country, scheme, layout), "CREDIT_CARD")]
            ctx.last_card = out[0][0]
        elif kind == "last4":
            digits = [c for c in ctx.last_card if c.isdigit()]
            out = [("".join(digits[-4:]), None)]
        elif kind == "exp":
            out = [(f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", None)]
        elif kind == "cvv":
            out = [(_s(r, 4 if ctx.last_card[:2] in ("34", "37") else 3, string.digits), None)]
        elif kind == "ip":
            out = [(make_ip(r, args[0] if args else ""), "IP_ADDRESS")]
        elif kind == "tok":
            out = [(TOKEN_KINDS[args[0]](r), "SECRET")]
        elif kind == "pw":
            out = [(make_password(r, args[0] if args else "", ctx.lang, ctx.pw_words, ctx.phrase_words), "SECRET")]
        elif kind == "cred":
            user = args[0] if args else r.choice(["app", "svc_reports", "deploy", "etl", "backup"])
            if user == "name":
                user = _slug(ctx.person(1).given_roman)
            out = [(f"{user}:{make_password(r, 'urlsafe', 'en', ctx.pw_words, ctx.phrase_words)}", "SECRET")]
        elif kind == "credtok":  # user:token inside a URL, one span
            out = [(f"{args[0]}:{TOKEN_KINDS[args[1]](r)}", "SECRET")]
        elif kind == "basic":
            user = args[0] if args else _slug(ctx.person(1).given_roman)
            out = [(base64.b64encode(f"{user}:{make_password(r, 'random', 'en', ctx.pw_words, ctx.phrase_words)}".encode()).decode(), "SECRET")]
        elif kind == "pem":
            out = [(make_pem(r, args[0] if args else ""), "SECRET")]
        elif kind == "pemjson":
            out = [(make_pem(r, "pkcs8").replace("\n", "\\n") + "\\n", "SECRET")]
        elif kind == "ppk":
            pub, priv = make_ppk(r)
            out = [((f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 2\n"
                    f"{pub[:64]}\n{pub[64:]}\nPrivate-Lines: 1\n"), None), (priv, "SECRET"), (f"\nPrivate-MAC: {_s(r, 64, HEX)}", None)]
        elif kind == "x":
            out = [(NEG[args[0]](r), None)]
        elif kind == "n":
            out = [(str(r.randint(int(args[0]), int(args[1]))), None)]
        else:
            raise KeyError(slot)
        if not key or not any(t in seen for t, e in out if e):
            break
    ctx.cache[cache_key] = out
    return _case(r, out, args)


def _braces(template: str) -> str:
    """Doubled braces in this file are literal: "{{" -> {lb}, "}}" -> {rb} (corpus._render reads "{" as a slot)."""
    out, i = [], 0
    while i < len(template):
        if template.startswith("{{", i):
            out.append("{lb}")
            i += 2
        elif template[i] == "{":
            j = template.index("}", i)
            out.append(template[i:j + 1])
            i = j + 1
        elif template.startswith("}}", i):
            out.append("{rb}")
            i += 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)
