"""National identifiers: the US SSN by the SSA's allocation rules, others validated by python-stdnum.

A format that is distinctive on its own (a CPF with its dots, a codice fiscale) is flagged anywhere;
a bare run of digits only passes a checksum by chance one time in ten, so it needs a word like
"SSN", "BSN" or "Steuer-ID" just before it. Ids without a public checksum (passports, licences, most
countries' id cards) are believed after a label ("Versichertennummer:", "documento", "DNI (") or in a
table column headed like one ("name;passport/ID;date of birth").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain

from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.hr import oib
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.za import idnr as za_idnr

from llmvpn.privacy.recognizers._context import (
    SPACED_WORD_CHAR,
    before_spaces,
    column_cells,
    contains,
    fixed_width_rows,
    has_context,
    holds,
    insert_cells,
    keyword_pattern,
    line_offsets,
    lowered,
    matches_at,
    min_width,
    occurrences,
    search_words,
    word_starts,
)
from llmvpn.privacy.recognizers.contact import query_fields
from llmvpn.privacy.spans import EntityType, Span

# The separator is one, the same twice: a hyphen (an en dash reads as one, see folding.py), a dot, a slash, a space or
# a hyphen between spaces ("536 - 22 - 8194", as forms print it); all but the hyphen need the text to name an SSN.
# (Its boundaries are the Latin script's letters and figures, not \w: Chinese, Japanese and Korean write a particle or
# the next word right after it, "SSN 852-63-0977和...", "SSN 265257461을".)
_SSN = re.compile(r"(?<![0-9A-Za-z_.-])([0-9]{3})( - |[-./ ]?)([0-9]{2})\2([0-9]{4})(?![0-9A-Za-z_]|[./-][0-9])")
_SSN_CONTEXT = keyword_pattern(["ssn", "ssns", "social security", "social-security", "ss#", "ss #", "soc sec", "tin", "itin",
                                "ssn#", "ss no", "ss no.", "soc. sec.", "social sec", "seguro social", "sécurité sociale",
                                # the card and the number by their short names ("SS card (459708066)", "SS number")
                                "ss card", "ss-card", "ss number", "ss num", "ss nr",
                                # the US number's name in Chinese, Japanese and Korean (their writers' tax and rental
                                # forms: "社会安全号码 357.59.1647", "社安号557 11 1800", "사회보장번호 319087617를")
                                "社会安全号码", "社会安全号", "社會安全號碼", "社會安全號", "社安号", "社安號", "社会安全卡",
                                "社会保障番号", "ソーシャルセキュリティ番号", "ソーシャル・セキュリティ番号",
                                "사회보장번호", "사회 보장 번호", "소셜 시큐리티 번호", "소셜시큐리티 번호"])
# An SSN's name as a sentence says it, its "number", "no." or "card" taken in: the cue that reaches further than
# _SSN_REACH, over the rest of its sentence and the next ("... wants my social security number to verify identity for
# a bill at <clinic>. Should I send 417087685?"). ("tin" is not one: it is a metal and a can as often.)
_SSN_SENTENCE_CUE = re.compile(
    rf"(?i)(?<!{SPACED_WORD_CHAR})"
    r"(?:ssns?|ss[ ]?#|ss[ -](?:card|number|num|no\.?|nr)|social[ -]security(?:[ -](?:card|number|num|no\.?|#))?|"
    r"soc\.?[ ]?sec\.?(?:[ ](?:number|no\.?|#))?|(?:número[ ]+de[ ]+)?seguro[ ]+social|itin)"
    rf"(?!{SPACED_WORD_CHAR})")
# "Social" alone as the SSN's short name, a noun after "my", "your", "the" (how people say and text it: "finance needs
# your social to run the pre-approval", "confirm the social, which I have as 211323732"): the word the sentence cue
# above is, for a number in its sentence or the next. Not the adjective ("your social life", "the social media team"):
# what follows it is punctuation or a function word, no noun of its own. Whose it is may be said by a possessive ("my
# son's social, um, ...", "her husband's social as 789980493", "Dad's social is on the card"; "it's", "that's" are no
# possessives: "it's social, and fun") and which one by a word that tells one number from another of the same person
# ("i put the wrong social on my W-4, it says ... but it should be 031289390", "my new social", "her old social"): the
# noun is the same.
_SOCIAL_NOUN = re.compile(
    r"(?i)\b(?:my|your|his|her|their|our|ur|the|whose|(?!(?:it|that|what|there|here|let|he|she|who|where|how)['’])\w+['’]s)[ \t]+"
    r"(?:(?:wrong|right|correct|old|new|real|actual|same|current|previous|former|full|own)[ \t]+)?"
    r"social(?=[ \t]*(?:[,.;:!?)\"'\n]|$)|[ \t]+(?:to|and|which|so|"
    r"for|on|with|that|again|please|too|as|over|if|or|but|here|now|first|is|was|number|no|num|#)(?![\w-]))")
# ... unless the number has a label of its own right before it, after the cue, or another long number stands between:
# "SSN on file. Call me at 612345678", "my SSN and my routing number 021000021" name another number.
_OTHER_LABEL = re.compile(
    r"(?i)\b(?:phone|tel\w*|t[eé]l[eé]phone|mobile|m[oó]vil|celular|handy|cell|call|text|fax|whatsapp|routing|aba|account|"
    r"acct|konto|cuenta|compte|conta|iban|order|pedido|commande|bestell\w*|invoice|factura|facture|rechnung|policy|"
    r"member|claim|case|ticket|ref|reference|tracking|zip|postcode|pin|otp|code|passport|licen[cs]e|ein|npi|dea|"
    r"employer|student|badge|employee|patient|mrn|confirmation|booking|id)\b[^\n]{0,24}$")
_LABEL_REACH = 30  # (a label labels the number it stands right before: "over the phone for insurance" labels none)
# (another SSN between is one of a list or a correction: it does not stop the cue)
_OTHER_NUMBER = re.compile(r"(?<![0-9])(?:[0-9]{5,8}|[0-9]{10,})(?![0-9])")
# (a stop and the line break after it end one sentence: "... your social?\nKendrick (09:54): sure it's 592 40 4171")
_SENTENCE_STOP = re.compile(r"(?:[.!?](?=\s)|\n)\s*")
_SENTENCE_REACH = 240  # (two sentences of a prompt, at most)
# An SSN's shape written as a mask, one placeholder in each of its three groups (a spreadsheet's or a form's input mask,
# "=TEXT(A2,\"000-00-0000\")", "###-##-####", "XXX-XX-XXXX", "nnn-nn-nnnn"): the text speaks of SSNs, and its bare
# nine-figure numbers are the SSNs it means.
_SSN_MASK = re.compile(r"(?<![\w-])(?:0{3}-0{2}-0{4}|9{3}-9{2}-9{4}|#{3}-#{2}-#{4}|[Xx]{3}-[Xx]{2}-[Xx]{4}|[Nn]{3}-[Nn]{2}-[Nn]{4})(?![\w-])")
_SSN_MASK_MIDDLE = re.compile(r"-(?:00|99|##|XX|xx|NN|nn)-")  # (a literal first: a cheap scan before the mask's)
# "my social is 850755217", "social: 144-65-0769", "Social #": the word alone is "social media" as often.
_SOCIAL = re.compile(r"(?i)\bsocial\b[ \t]*(?:(?:is|was|number|no\.?|num|#)\b|[:#=])")
# How far before a number "SSN" may stand: "both our SSNs. Mine is 790-20-9662 and Cerys's is 201704731".
_SSN_REACH = 60


@dataclass(frozen=True)
class _IdFormat:
    pattern: re.Pattern[str]
    is_valid: Callable[[str], bool]
    context: re.Pattern[str] | None  # None: the format is distinctive enough on its own
    # One of the rare shapes ("12.345.678-5", "35202-1234567-1"), tried only in a text that has one (`_RARE_SHAPE`)
    rare: bool = False


def _ctx(*words: str) -> re.Pattern[str]:
    return keyword_pattern(words)


_ID_WORDS = ("id", "id number", "identification", "national id", "personal number", "tax id", "tax number")

_FORMATS = (
    # Brazil CPF, written 123.456.789-09.
    _IdFormat(re.compile(r"(?<![\w.])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![\w])"), cpf.is_valid, None),
    # Italy codice fiscale.
    _IdFormat(re.compile(r"(?<![\w])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![\w])"),
              codicefiscale.is_valid, None),
    # Mexico CURP.
    _IdFormat(re.compile(r"(?<![\w])[A-Z]{4}[0-9]{6}[HM][A-Z]{5}[0-9A-Z][0-9](?![\w])"), curp.is_valid, None),
    # India PAN: the fourth letter says what kind of holder (P for a person).
    _IdFormat(re.compile(r"(?<![\w])[A-Z]{3}[ABCFGHLJPT][A-Z][0-9]{4}[A-Z](?![\w])"), pan.is_valid, None),
    # Spain DNI and NIE (their check letter is a checksum).
    _IdFormat(re.compile(r"(?<![\w])[0-9]{8}-?[A-Z](?![\w])"), dni.is_valid, None),
    _IdFormat(re.compile(r"(?<![\w])[XYZ]-?[0-9]{7}-?[A-Z](?![\w])"), nie.is_valid, None),
    # UK National Insurance number (no checksum, but the letter rules make it distinctive).
    _IdFormat(re.compile(r"(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![\w])"),
              lambda v: True, None),
    # France NIR (numéro de sécurité sociale), 15 digits, often grouped.
    _IdFormat(re.compile(r"(?<![\w])[12] ?[0-9]{2} ?(?:0[1-9]|1[0-2]|[2-9][0-9]) ?(?:[0-9]{2}|2A|2B) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}(?![\w])"),
              nir.is_valid, None),
    # Belgium national number YY.MM.DD-SSS.CC (mod 97), and a Spanish DNI written with dots, 46.952.882-S.
    _IdFormat(re.compile(r"(?<![\w.])[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}(?![\w])"), nn.is_valid, None),
    _IdFormat(re.compile(r"(?<![\w.])[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-?[A-Z](?![\w])"),
              lambda v: dni.is_valid(v.replace(".", "").replace("-", "")), None),
    # UK driving licence: surname (padded with 9s), birth date with the month +50 for women, initials, check letters.
    _IdFormat(re.compile(r"(?<![\w])[A-Z9]{5}[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9][A-Z9]{2}[0-9][A-Z]{2}(?![\w])"),
              lambda v: True, None),
    # India Aadhaar, 12 digits in 4-4-4 groups (Verhoeff).
    _IdFormat(re.compile(r"(?<![\w])[2-9][0-9]{3}[ -]?[0-9]{4}[ -]?[0-9]{4}(?![\w])"), aadhaar.is_valid,
              _ctx("aadhaar", "aadhar", "uidai", *_ID_WORDS)),
    # Sweden personnummer YYMMDD-XXXX (Luhn).
    _IdFormat(re.compile(r"(?<![\w-])(?:19|20)?[0-9]{6}[-+][0-9]{4}(?![\w])"), personnummer.is_valid,
              _ctx("personnummer", "personal identity number", *_ID_WORDS)),
    # Formats whose punctuation and check character make them distinctive: Finland's henkilötunnus ("131052-308T"),
    # Chile's RUT ("12.345.678-5"), Argentina's CUIT/CUIL ("20-12345678-6"), Malaysia's MyKad ("850317-14-5523",
    # birth date and state checked), Pakistan's CNIC ("35202-1234567-1").
    _IdFormat(re.compile(r"(?<![\w-])[0-3][0-9][01][0-9]{3}[-+A-FU-Y][0-9]{3}[0-9A-Y](?![\w-])"), hetu.is_valid, None,
              True),
    _IdFormat(re.compile(r"(?<![\w.])[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-[0-9Kk](?![\w])"), rut.is_valid, None,
              True),
    _IdFormat(re.compile(r"(?<![\w-])(?:20|23|24|27|30|33|34)-[0-9]{8}-[0-9](?![\w]|-[0-9])"), cuit.is_valid, None,
              True),
    _IdFormat(re.compile(r"(?<![\w-])[0-9]{6}-[0-9]{2}-[0-9]{4}(?![\w]|-[0-9])"), nric.is_valid, None,
              True),
    _IdFormat(re.compile(r"(?<![\w-])[1-7][0-9]{4}-[0-9]{7}-[0-9](?![\w]|-[0-9])"), cnic.is_valid, None,
              True),
    # South Africa's identity number: a birth date, then the Luhn check; 13 figures, believed after an id word.
    _IdFormat(re.compile(r"(?<![\w])[0-9]{2}(?:0[1-9]|1[0-2])[0-3][0-9]{8}(?![\w])"), za_idnr.is_valid,
              _ctx("identity number", "id number", "id no", "sa id", *_ID_WORDS), True),
    # Digits-only numbers that need a word before them.
    _IdFormat(re.compile(r"(?<![\w])[0-9]{2} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}(?![\w])"), idnr.is_valid,
              _ctx("steuer-id", "steuerid", "steuer id", "steueridentifikationsnummer", "idnr", "tax id", "identifikationsnummer")),
    _IdFormat(re.compile(r"(?<![\w])[0-9]{4}\.?[0-9]{2}\.?[0-9]{3}(?![\w])"), bsn.is_valid,
              _ctx("bsn", "burgerservicenummer", "sofinummer", "citizen service number")),
    _IdFormat(re.compile(r"(?<![\w])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![\w])"), sin.is_valid,
              _ctx("sin", "social insurance", "nas")),
    _IdFormat(re.compile(r"(?<![\w])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![\w])"), nhs.is_valid, _ctx("nhs", "nhs number", "chi number")),
    _IdFormat(re.compile(r"(?<![\w])[0-9]{11}(?![\w])"), pesel.is_valid, _ctx("pesel", *_ID_WORDS)),
    # Belgium's national number in figures only, or grouped otherwise than above (mod 97), after its names.
    _IdFormat(re.compile(r"(?<![\w.])[0-9]{2}\.?[0-9]{2}\.?[0-9]{2}[-. ]?[0-9]{3}\.?[0-9]{2}(?![\w]|[.-][0-9])"), nn.is_valid,
              _ctx("rijksregisternummer", "rijksregister", "registre national", "numéro national", "niss", "insz", "nir",
                   "national number", "nationaal nummer", "numéro de registre national")),
    # Hungary: the tax id (adóazonosító jel: 8, then days since 1867, mod 11) and the social security number (TAJ).
    _IdFormat(re.compile(r"(?<![\w])8[0-9]{9}(?![\w])"), lambda v: _hu_tax_valid(v),
              _ctx("adóazonosító", "adóazonosító jel", "adószám", "tax id", "tax number", "adoazonosito")),
    _IdFormat(re.compile(r"(?<![\w])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![\w])"), lambda v: _taj_valid(v),
              _ctx("taj", "taj-szám", "taj szám", "tajszám", "társadalombiztosítási")),
)


# What each rare shape of _FORMATS holds somewhere: one scan of the text for all of them.
_RARE_SHAPE = re.compile(r"[0-9]{6}(?:[-+A-FU-Y][0-9]{3}|-[0-9]{2}-)|[0-9]{3}\.[0-9]{3}-|[0-9]-[0-9]{7,8}-|[0-9]{13}")


def _hu_tax_valid(value: str) -> bool:
    digits = [int(c) for c in value]
    return sum(d * (i + 1) for i, d in enumerate(digits[:9])) % 11 == digits[9]


def _taj_valid(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    return len(set(digits)) > 2 and sum(d * (3 if i % 2 == 0 else 7) for i, d in enumerate(digits[:8])) % 10 == digits[8]

# An id's value, maybe printed in blocks: each block after the first has a digit or is a lone check letter.
# A block may also be letters ending in a digit ("90026635 7 XW6", a Portuguese citizen card), and a Czech or
# Slovak birth number has a slash ("966229/8338"; dates are set apart by _DATE_SHAPED).
_GROUPED_VALUE = (r"[A-Z0-9][A-Z0-9./-]{0,16}[0-9A-Z]"
                  r"(?:[ ](?:[0-9][A-Z0-9]{0,7}|[A-Z]{1,3}[0-9]{1,4}(?![\w])|[A-Z](?=[ ][0-9]|[,.;:)'\"\n]|$)))*")

# Passport and licence numbers have no public checksum: only the words before them give them away.
_DOCUMENT_LABELS = (
    r"passport|PAN|aadhaar|tax id|id number|id no|driver'?s licen[cs]e|driving licen[cs]e|licen[cs]e|DL|ID card|identity card|national id|"
    r"personalausweis|reisepass|pasaporte|passeport|carte d'identité|documento|document\s+(?:number|no\.?|nr\.?|id)|DNI|NIE|NIF|CPF|RG|cédula|carta d'identità|"
    r"paspoort|identiteitskaart|(?:kranken)?versichertennummer|sozialversicherungsnummer|national insurance|insurance number|"
    r"NIN|AHV|codice fiscale|n[º°] de sécurité sociale|numéro de sécurité sociale|"
    # the same documents named in the other languages people write in: passports, identity cards, personal
    # and social-security numbers (each checked or not, the label says what the value is)
    r"paszport|passaporte|passaporto|pasaporte|passnummer|pasnummer|číslo pasu|cestovní pas|numer paszportu|"
    r"pasaport|kimlik|T\.?C\.? kimlik|nüfus cüzdanı|CPR|personnummer|personnr|fødselsnummer|henkilötunnus|hetu|"
    r"rodné číslo|rodne cislo|občanský průkaz|číslo op|PESEL|dowód osobisty|dowodu osobistego|NIP|"
    r"SV-Nummer|SV Nummer|Versicherungsnummer|Steuer-ID|Steuer-IdNr|Steuernummer|Ausweisnummer|Identitätskarte|"
    r"cartão de cidadão|cartao de cidadao|bilhete de identidade|número de contribuinte|"
    r"registre national|numéro national|rijksregisternummer|rijksregister|burgerservicenummer|BSN|"
    r"PPS|PPSN|personal public service|social insurance|SIN|numero di previdenza|carta d'identita|"
    r"identity number|identification number|personal (?:id|identity|identification) (?:number|code)|"
    r"id-nummer|id-nr|ID-kort|identitetskort|legitimation|CURP|RFC|RUT|NIE|TCKN|AMKA|AFM|OIB|JMBG|CNP|EGN|"
    # (and their inflected forms, the case a request puts them in: Latvian "prasa personas kodu", Estonian "küsib
    # isikukoodi", Lithuanian "asmens kodą", Romanian "CNP-ul", "CNP-ului"; Belgium's "national number")
    r"CNP-ul(?:ui)?|isikukoodi(?:ga|t)?|asmens kod(?:ą|o|u)|personas kod[auā]|national number|"
    r"kennitala|isikukood|asmens kodas|personas kods|EMŠO|NRIC|MyKad|NIK|KTP|cédula de identidad|cédula de ciudadanía|DUI|CUIL|CUIT|"
    # Hungarian, Norwegian short forms, Belgian and French social numbers, Greek, Russian and Ukrainian documents
    # (the Hungarian tax and social security numbers have a checksum: _FORMATS takes them)
    r"személyi szám|személyi igazolvány|útlevél(?:szám)?|fnr|fødselsnr|"
    r"NIR|NISS|INSZ|numéro de registre national|ΑΜΚΑ|ΑΦΜ|паспорт|ИНН|СНИЛС|РНОКПП|ITIN|NI number|NI no|"
    # the personal numbers of Cyrillic-writing countries: Bulgaria's ЕГН and ЛНЧ, Serbia's ЈМБГ, North Macedonia's
    # ЕМБГ, Kazakhstan's ИИН, and the Latin spelling of the Serbian and Montenegrin one
    r"ЕГН|ЛНЧ|ЈМБГ|ЕМБГ|ИИН|JMBG|личен номер|лична карта|лична карта бр"
)
# More labels, apart with their own pre-check (the long alternation above is tried at every word of every text):
# Vietnam's citizen identity card and its predecessor, Israel's identity number (ת.ז., "teudat zehut"), Arabic
# (identity, national and residence numbers, passport), Persian and Urdu (national code, CNIC), Hindi (Aadhaar, PAN,
# passport), Greek (identity card), Pakistan's and Bangladesh's card names.
_MORE_DOCUMENT_LABELS = (
    r"CCCD|CMND|căn cước(?: công dân)?|số định danh(?: cá nhân)?|ת\.ז\.?|ת[\"״]ז|תעודת זהות|מספר זהות|teudat zehut|"
    r"رقم الهوية(?: الوطنية)?|رقم هويت(?:ي|ه|ك|ها|كم|نا)|الرقم القومي|الرقم الوطني|رقم البطاقة الشخصية|رقم الإقامة|رقم جواز السفر|جواز السفر|"
    r"کد ملی|شماره ملی|شناختی کارڈ|आधार(?: नंबर| संख्या)?|पैन(?: नंबर)?|पासपोर्ट(?: नंबर)?|ΑΔΤ|αριθμός ταυτότητας|CNIC|NID|"
    # the inflected and abbreviated forms: Polish "nr paszportu", "nr dowodu", Czech and Slovak "r. č." (rodné číslo)
    r"paszportu|nr dowodu|r\. ?č\.|"
    # "identification number" as the Romance languages say it (Portugal's and Brazil's forms, Spain's, Italy's, France's),
    # Thailand's citizen card and its number, and Germany's personal tax number (not the "Umsatzsteuer-" one, a firm's
    # VAT number: after a hyphen the word is part of another name)
    r"n[úu]mero de identifica(?:ção|cao|ción|cion)|numero di identificazione|numéro d'identification|"
    r"เลขบัตรประชาชน|เลขประจำตัวประชาชน|บัตรประชาชน|(?<!-)(?:steuerliche[ ]+)?identifikationsnummer"
)
_MORE_DOCUMENT_WORDS = ("cccd", "cmnd", "căn cước", "định danh", "ת.ז", "ת\"ז", "ת״ז", "זהות", "teudat", "الهوية", "هويت", "القومي",
                        "الوطني", "الشخصية", "الإقامة", "جواز", "ملی", "شناختی", "आधार", "पैन", "पासपोर्ट", "αδτ", "ταυτότητας",
                        "cnic", "nid", "paszportu", "nr dowodu", "r. č.", "r.č.", "de identifica", "di identifica",
                        "d'identifica", "ประชาชน", "identifikationsnummer")
# ... those an ASCII text can hold
_MORE_ASCII_WORDS = ("cccd", "cmnd", "teudat", "cnic", "nid", "paszportu", "nr dowodu", "de identifica", "di identifica",
                     "d'identifica", "identifikationsnummer")


def _labelled_value(labels: str) -> re.Pattern[str]:
    """One of `labels`, then the value after it."""
    return re.compile(
        rf"(?<![^\W_])(?i:{labels})(?![^\W_])(?:\.(?=\s))?"  # (an abbreviation's dot: "ID No. 23456789")
        r"(?i:(?:\s+|-)(?:number|no\.?|num|nr\.?|n[º°]\.?|#|nummer|numer|número|numero|číslo))?"
        # "is", "ist", "er", "är", "est", "es", "è", "é", "jest", "je" before the value; a key and quotes in a record
        # (or a key printed by a program: "[cpf] => ...", ":dni => ...")
        r"\s*(?:(?i:is|ist|er|är|est|es|è|é|jest|je|was)\s+|['\"\]]{0,2}[ \t]*(?::|=>?)[ \t]*['\"]?|#)?\s*\(?\s*"
        # the value, maybe printed in blocks: "13 180962 Z 891", "TREA 0457 2505", "87572264 V"
        rf"({_GROUPED_VALUE})(?![\w])"
    )


_DOCUMENT_NUMBER = _labelled_value(_DOCUMENT_LABELS)
_MORE_DOCUMENT_NUMBER = _labelled_value(_MORE_DOCUMENT_LABELS)
# Where a label can start, looked for in the lower-cased text: the long alternation is tried there only.
_DOCUMENT_START = re.compile(rf"(?<![^\W_])(?=(?:{_DOCUMENT_LABELS.lower()})(?![^\W_]))")
# The labels' opening words, as `word_starts` reads them: `_DOCUMENT_START` is tried at the words of the text that
# open like a label, found in the text's word index, and after each "_" ("user_passport": no word starts there),
# not at every character (~0.1 ms on a 1 KB text).
_DOCUMENT_OPENINGS = re.compile(rf"\b(?=(?:{_DOCUMENT_LABELS.lower()}))")
# A bare "ID" is a label only where a record or a sentence about someone puts it: after "my"/"his"/"her"...,
# or after a comma, a bracket or a line break ("..., 1225 KN Hilversum, ID 324700945"), not "user id 4412".
_BARE_ID = re.compile(
    r"(?:(?<=[,;(\n])|(?i:\b(?:my|his|her|their|your)))[ \t]*(?:ID|id|Id)(?:[ \t]+(?i:number|no\.?|nr\.?))?[ \t]*[:#]?[ \t]*"
    # ("my ID is 135-223-344", "her ID number was ...": a sentence's verb before the value, as the labels allow it)
    r"(?:(?i:is|was)[ \t]+)?\(?"
    rf"({_GROUPED_VALUE})(?![\w])"
)
_BARE_ID_WORDS = ("ID", "id", "Id")
_PRONOUN_LENGTHS = (2, 3, 4, 5)  # ("my", "his", "her", "your", "their": what may stand before the "ID" instead of a comma)


def _bare_id_starts(text: str) -> list[int]:
    """Where `_BARE_ID` can match, ascending: before each "ID", "id" or "Id" of the text and the spaces before it, or a
    pronoun's length further back. A scan for the two letters instead of the pattern tried at every character."""
    starts = set()
    for word in _BARE_ID_WORDS:
        for at in occurrences(text, word):
            before = before_spaces(text, at)
            starts.add(before)
            starts.update(before - n for n in _PRONOUN_LENGTHS if before >= n)
    return sorted(starts)


# Ids whose check digit proves them, believed anywhere in a text that names their kind:
# the UK Unique Taxpayer Reference, the German health insurance number (KVNR), the Spanish social security number.
_UTR = re.compile(r"(?<![\w])[0-9]{5} ?[0-9]{5}(?![\w])")
_KVNR = re.compile(r"(?<![\w])[A-Z][0-9]{9}(?![\w])")
_NUSS = re.compile(r"(?<![\w/])(?:0[1-9]|[1-4][0-9]|5[0-3])([ /]?)[0-9]{8}\1[0-9]{2}(?![\w/])")
_ELEVEN = re.compile(r"(?<![\w])[0-9]{11}(?![\w])")
_TEN = re.compile(r"(?<![\w])[0-9]{4} ?[0-9]{6}(?![\w])")
_KRA_PIN = re.compile(r"(?<![\w])[AP][0-9]{9}[A-Z](?![\w])")
# Hong Kong's identity card: one or two letters, six figures and a check character (mod 11), often in brackets.
_HKID = re.compile(r"(?<![\w])[A-Z]{1,2}[0-9]{6}(?:\([0-9A]\)|[0-9A])(?![\w])")
_HKID_HINTS = ("hkid", "身份證", "身份证", "hong kong id", "identity card")
_CHECKED_CUES = (
    (_UTR, lambda v: utr.is_valid(v.replace(" ", "")), ("utr", "unique taxpayer", "self-assessment", "self assessment", "hmrc")),
    (_KVNR, lambda v: _kvnr_valid(v), ("versichert", "krankenkasse", "kvnr", "krankenversicher", "gesundheitskarte")),
    (_NUSS, lambda v: _nuss_valid(v), ("seguridad social", "nuss", "afiliación", "afiliacion", "n.º ss", "nº ss")),
    # ... Brazil's CPF in figures only (a record printed by a program: "[cpf] => 27847358697"), Turkey's T.C. kimlik
    # number, Austria's social insurance number (the e-card's), Kenya's KRA PIN (no checksum: the name and the
    # letter-nine-figures-letter shape together)
    (_ELEVEN, cpf.is_valid, ("cpf",)),
    (_ELEVEN, tckimlik.is_valid, ("t.c.", "tc kimlik", "kimlik", "tckn", "e-devlet", "nüfus")),
    (_TEN, vnr.is_valid, ("sv-nr", "svnr", "vsnr", "e-card", "sozialversicherung", "versicherungsnummer", "sv-nummer")),
    (_KRA_PIN, lambda v: len(set(v[1:10])) > 2, ("kra pin", "kra-pin", "kra number")),
)


def _kvnr_valid(value: str) -> bool:
    """The German KVNR: the letter as two digits, then the first eight digits, weights 1 and 2, cross sums, mod 10."""
    seq = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(seq, (1, 2) * 5, strict=True))
    return total % 10 == int(value[9]) and len(set(value[1:])) > 2


def _hkid_valid(value: str) -> bool:
    body, check = value.replace("(", "").replace(")", "")[:-1], value.replace(")", "")[-1]
    letters = body[:-6].rjust(2, " ")
    values = [36 if c == " " else ord(c) - 55 for c in letters] + [int(c) for c in body[-6:]]
    remainder = (11 - sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True)) % 11) % 11
    return check == ("A" if remainder == 10 else str(remainder))


def _nuss_valid(value: str) -> bool:
    digits = "".join(ch for ch in value if ch.isdigit())
    return int(digits[:10]) % 97 == int(digits[10:])

# Each of the labels _DOCUMENT_NUMBER starts with holds one of these (looked for anywhere, as substrings):
# a text without any is not scanned.
_DOCUMENT_WORDS = (
    "passport", "pan", "aadhaar", "tax id", "id number", "id no", "licen", "dl", "id card", "identity card",
    "national id", "personalausweis", "reisepass", "pasaporte", "passeport", "carte d'identité", "document", "dni", "nie",
    "nif", "cpf", "rg", "cédula", "carta d'identità", "paspoort", "identiteitskaart", "versichertennummer",
    "sozialversicherungsnummer", "insurance", "nin", "ahv", "codice fiscale", "sécurité sociale",
    "paszport", "passaporte", "passaporto", "passnummer", "pasnummer", "pasu", "pas ", "pasaport", "kimlik", "nüfus",
    "cpr", "personnummer", "personnr", "fødselsnummer", "henkilötunnus", "hetu", "rodné", "rodne", "občansk", "číslo op",
    "pesel", "dowód", "dowodu", "nip", "sv-nummer", "sv nummer", "versicherungsnummer", "steuer", "ausweis",
    "identitätskarte", "cartão", "cartao", "bilhete", "contribuinte", "registre national", "numéro national",
    "rijksregister", "burgerservicenummer", "bsn", "pps", "personal public", "social insurance", "sin", "previdenza",
    "identity", "identification", "personal id", "national number", "id-n", "id-kort", "identitetskort", "legitimation", "curp", "rfc",
    "rut", "tckn", "amka", "afm", "oib", "jmbg", "cnp", "egn", "kennitala", "isikukood", "asmens", "personas",
    "emšo", "nric", "mykad", "nik", "ktp", "cédula", "dui", "cuil", "cuit",
    "személyi", "útlevél", "fnr", "fødselsnr", "nir", "niss", "insz", "αμκα", "αφμ", "паспорт",
    "инн", "снилс", "рнокпп", "itin", "ni number", "ni no", "егн", "лнч", "јмбг", "ембг", "иин", "личен", "лична",
)


_DATE_SHAPED_RE = re.compile(r"^([0-9]{1,4})[./-]([0-9]{1,2})[./-]([0-9]{1,4})$")


class _DateShaped:
    """"issued 2024-05-11", "expires 11.05.24": a date, not a number; "3077.25.005" (a Dutch id in blocks) is none."""

    @staticmethod
    def match(value: str) -> bool:
        m = _DATE_SHAPED_RE.match(value)
        if m is None:
            return False
        a, b, c = (int(g) for g in m.groups())
        return 1 <= b <= 12 and (1 <= a <= 31 or 1 <= c <= 31)


_DATE_SHAPED = _DateShaped()


# Where an id in figures can be: the runs of the characters ids are written with (figures, capitals, spaces, dots,
# dashes, slashes, "+") that hold a figure, and runs of sixteen capitals (a codice fiscale may in theory have no
# figure). Every pattern below consumes only these characters, so running each inside these runs finds the same
# matches (its look-behind still sees the text before; two characters after are kept for its look-ahead) while
# trying a fraction of the positions: most of a prompt is lower-case words.
_REGION = re.compile(r"[0-9A-Z .+/-]*[0-9][0-9A-Z .+/-]*|[A-Z]{16}")


def _regions(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _REGION.finditer(text) if m.end() - m.start() >= 7]  # the shortest id has 7 characters


def _in_regions(pattern: re.Pattern[str], text: str, regions: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    shortest = min_width(pattern)
    for start, end in regions:
        stop = min(len(text), end + 2)
        if stop - start >= shortest:  # (a region too short for any match of the pattern is not scanned)
            yield from pattern.finditer(text, start, stop)


def find(text: str) -> list[Span]:
    """US SSNs and other national identifiers that pass their format and checksum rules."""
    regions = _regions(text)
    spans = find_ssns(text, regions)
    long_regions = [r for r in regions if r[1] - r[0] >= 11]  # (each rare shape has 11 characters or more)
    rare = any(_RARE_SHAPE.search(text, start, end + 2) for start, end in long_regions)
    for fmt in _FORMATS if regions else ():
        if fmt.rare and not rare:
            continue
        for m in _in_regions(fmt.pattern, text, long_regions if fmt.rare else regions):
            if fmt.context is not None and not _cued(text, m.start(), fmt.context):
                continue
            if fmt.is_valid(m.group()):  # stdnum's is_valid returns False, it does not raise
                spans.append(Span(m.start(), m.end(), EntityType.NATIONAL_ID, 0.85))
    more_labels = contains(text, _MORE_DOCUMENT_WORDS) if not text.isascii() else contains(text, _MORE_ASCII_WORDS)
    more = _MORE_DOCUMENT_NUMBER.finditer(text) if more_labels else ()
    documents = contains(text, _DOCUMENT_WORDS)
    for m in chain(_document_numbers(text) if documents else (), more):
        value = m.group(1)
        digits = sum(ch.isdigit() for ch in value)
        # a passport's letters and digits ("CMRWYW0VX") count as much as a run of digits
        code = 8 <= len(value) <= 10 and value.isalnum() and digits and sum(ch.isalpha() for ch in value) >= 2
        if (digits >= 4 or code) and len(value.replace(" ", "")) >= 7 and not _DATE_SHAPED.match(value) and not (
                "mployer" in text and _EMPLOYER_BEFORE.search(text, max(0, m.start() - 12), m.start(1))) and not (
                text[m.start() : m.start() + 8].lower() == "national" and _PHONE_AROUND.search(text, max(0, m.start() - 40), m.end() + 40)):
            spans.append(Span(m.start(1), m.end(1), EntityType.NATIONAL_ID, 0.7))
    if "id" in text or "ID" in text or "Id" in text:
        for m in matches_at(_BARE_ID, text, _bare_id_starts(text)):
            value = m.group(1)
            if sum(ch.isdigit() for ch in value) >= 6 and len(value.replace(" ", "")) >= 7 and not _DATE_SHAPED.match(value):
                spans.append(Span(m.start(1), m.end(1), EntityType.NATIONAL_ID, 0.7))
    lowered = text.lower()
    for pattern, is_valid, cues in _CHECKED_CUES:
        if holds(lowered, cues):
            spans.extend(Span(m.start(), m.end(), EntityType.NATIONAL_ID, 0.8) for m in _in_regions(pattern, text, regions)
                         if is_valid(m.group()))
    if "\n" in text and (documents or more_labels or contains(text, _ID_COLUMN_HINTS)):
        spans.extend(_id_column_cells(text, documents or more_labels))
    if "VALUES" in text.upper() and contains(text, _ID_COLUMN_HINTS):
        spans.extend(_sql_id_values(text))
    if not text.isascii() and contains(text, _CJK_ID_HINTS):
        spans.extend(_script_labelled(text))
    spans.extend(_checked_without_label(text, regions))
    if "-" in text and search_words(_LONG_PERSONNUMMER, text):
        spans.extend(_long_personnummer(text))
    if any(h in lowered for h in _HKID_HINTS):  # (its bracket is outside the regions the patterns above run in)
        spans.extend(Span(m.start(), m.end(), EntityType.NATIONAL_ID, 0.8) for m in _HKID.finditer(text) if _hkid_valid(m.group()))
    if "<<" in text:
        spans.extend(_machine_readable_zone(text))
    if any(h in lowered for h in _NIR_HINTS):
        spans.extend(_spaced_nir(text))
    if "ni n" in lowered or "insurance" in lowered or "nino" in lowered:
        spans.extend(Span(m.start("value"), m.end("value"), EntityType.NATIONAL_ID, 0.85) for m in _NINO_LABELLED.finditer(text))
    if "nat" in lowered and "id" in lowered:
        spans.extend(_keyed_national_ids(text))
    if "<label" in lowered:
        spans.extend(_form_field_ids(text))
    if "</" in text or '":' in text or "':" in text or ": " in text:
        spans.extend(_markup_keyed_ids(text))
    if "chip" in text or "CHIP" in text or "transponder" in text.lower():
        spans = [s for s in spans if not _CHIP_BEFORE.search(text, max(0, s.start - 24), s.start)]
    # (figures right after a "+" are an international phone number's: no id is written with one, "phone +27711060158")
    return [s for s in spans if not _one_figure(text[s.start : s.end]) and text[s.start : s.end] not in _DOCUMENTED_IDS
            and text[max(0, s.start - 1) : s.start] != "+"]


# A phone's "national number" (the number without its country code: "dial the national number 020 7946 0958") is no
# Belgian's register number.
_PHONE_AROUND = re.compile(r"(?i)\b(?:phone|telephone|tel|call|calls|dial|dialled|dialed|mobile|landline|e\.?164|trunk|"
                           r"country code|prefix|hotline|helpline)\b")
# The employer's identification number on a W-2 ("b Employer identification number 46-8589613") is a company's.
_EMPLOYER_BEFORE = re.compile(r"(?i)\bemployer(?:'s)?[ \t]+(?:identification|id)\b")
# A pet's microchip (ISO 11784, 15 figures) is no person's id.
_CHIP_BEFORE = re.compile(r"(?i)\b(?:micro-?chip|chip|transponder)(?:[ \t]+(?:number|no\.?|nr\.?|id|code))?[ \t]*[:#=]?[ \t]*$")
# The examples the manuals print: the codice fiscale of the fictional "Mario Rossi".
_DOCUMENTED_IDS = frozenset(("RSSMRA85T10A562S", "RSSMRA80A01H501U", "RSSMRA70A01H501S"))

# A passport's machine-readable zone (ICAO 9303), its second line: the document number and its check figure, the
# nationality, the birth date (YYMMDD) and its check figure, the sex, the expiry date and its check figure. The check
# figures (weights 7, 3, 1) prove it; a scan may come in lower case. The number is the id, the dates a birth and a date.
_MRZ_LINE = re.compile(
    r"(?im)^[ \t]*(?P<number>[A-Z0-9<]{9})(?P<nc>[0-9])[A-Z<]{3}(?P<birth>[0-9]{6})(?P<bc>[0-9])[MFX<]"
    r"(?P<expiry>[0-9]{6})(?P<ec>[0-9])[A-Z0-9<]{8,16}[ \t]*$"  # (TD3, passports: 16 after; TD2, older cards: 8)
)
# An identity card's zone (TD1, three lines of 30): the number after the type and the state on the first line,
# the birth and expiry dates opening the second.
_TD1_FIRST = re.compile(r"(?im)^[ \t]*[ACI][A-Z<][A-Z<]{3}(?P<number>[A-Z0-9<]{9})(?P<nc>[0-9])[A-Z0-9<]{15}[ \t]*$")
_TD1_SECOND = re.compile(r"(?im)^[ \t]*(?P<birth>[0-9]{6})(?P<bc>[0-9])[MFX<](?P<expiry>[0-9]{6})(?P<ec>[0-9])[A-Z<]{3}[A-Z0-9<]{11}[0-9][ \t]*$")


def _mrz_check(field: str) -> int:
    values = [int(c) if c.isdigit() else 0 if c == "<" else ord(c.upper()) - 55 for c in field]
    return sum(v * w for v, w in zip(values, (7, 3, 1) * 10, strict=False)) % 10


def _machine_readable_zone(text: str) -> list[Span]:
    spans = []
    for m in _MRZ_LINE.finditer(text):
        if not all(_mrz_check(m.group(f)) == int(m.group(c)) for f, c in (("number", "nc"), ("birth", "bc"), ("expiry", "ec"))):
            continue
        number_end = m.start("number") + len(m.group("number").rstrip("<"))
        spans.append(Span(m.start("number"), number_end, EntityType.NATIONAL_ID, 0.9))
        spans.append(Span(m.start("birth"), m.end("birth"), EntityType.DATE_OF_BIRTH, 0.9))
        spans.append(Span(m.start("expiry"), m.end("expiry"), EntityType.DATE, 0.85))
    for m in _TD1_FIRST.finditer(text):
        if _mrz_check(m.group("number")) == int(m.group("nc")):
            spans.append(Span(m.start("number"), m.start("number") + len(m.group("number").rstrip("<")), EntityType.NATIONAL_ID, 0.9))
    for m in _TD1_SECOND.finditer(text):
        if _mrz_check(m.group("birth")) == int(m.group("bc")) and _mrz_check(m.group("expiry")) == int(m.group("ec")):
            spans.append(Span(m.start("birth"), m.end("birth"), EntityType.DATE_OF_BIRTH, 0.9))
            spans.append(Span(m.start("expiry"), m.end("expiry"), EntityType.DATE, 0.85))
    return spans


# France's social security number (NIR) after its label, however a payslip's OCR spaced its fifteen figures
# ("N° SS : 1480635 1 5385336"): the figures, joined, must pass the NIR's key.
_NIR_LABELLED = re.compile(
    r"(?i:\b(?:n[º°o]\.?[ \t]?(?:de[ \t]+)?(?:ss|sécu(?:rité sociale)?|securite sociale)|nss|nir|numéro de sécurité sociale|"
    r"num[ée]ro (?:de )?s[ée]cu))\b[ \t]*:?[ \t]*(?P<value>[12](?:[ .]{0,2}[0-9AB]){14})(?![\w])"
)


# The UK's National Insurance number after its label, its figures spaced any way ("NI NUMBER  CW 81 5 7 30 D").
_NINO_LABELLED = re.compile(
    r"(?i:\b(?:ni[ \t]+(?:number|no\.?)|national[ \t]+insurance(?:[ \t]+(?:number|no\.?))?|nino)\b)[ \t]*[:#]?[ \t]*"
    r"(?P<value>(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?:[ ]?[0-9]){6}[ ]?[A-D])(?![\w])"
)
_NIR_HINTS = ("° ss", "º ss", "o ss", "°ss", "ºss", "nss", "nir", "sécu", "secu")


def _spaced_nir(text: str) -> list[Span]:
    spans = []
    for m in _NIR_LABELLED.finditer(text):
        value = re.sub(r"[ .]", "", m.group("value"))
        if nir.is_valid(value):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.NATIONAL_ID, 0.85))
    return spans


# Labels in scripts written without spaces between words (Chinese, Japanese, Thai) or with particles glued to
# the word (Korean "주민등록번호는"): no word boundary can be asked of them, so the value after each must pass its
# country's check (a birth date and a check digit) to be believed.
_CJK_ID = re.compile(
    r"(?P<label>身份证号码|身份证号|身份證號碼|身份證號|身份证|身份證|公民身份号码|证件号码|证件号|"
    r"주민등록번호|주민번호|외국인등록번호|マイナンバー|個人番号|"
    r"เลขประจำตัวประชาชน|เลขบัตรประชาชน|บัตรประชาชน)"
    r"[^0-9\n]{0,6}?(?P<value>[0-9][0-9 -]{8,20}[0-9Xx]|[0-9]{13})(?![0-9A-Za-z_])"
)
_CJK_ID_HINTS = ("身份", "证件", "주민", "외국인등록", "マイナンバー", "個人番号", "ประชาชน")
# Thailand's id card number as the card prints it, "1 2345 67890 12 3": the layout and the check digit suffice.
_THAI_GROUPED = re.compile(r"(?<![0-9A-Za-z_])[1-8] [0-9]{4} [0-9]{5} [0-9]{2} [0-9](?![0-9A-Za-z_])")
# Croatia's OIB (ISO 7064 mod 11,10) after its name or a birth word in a record: "rođen 10. 2. 1956., 52073127075".
_OIB = re.compile(r"(?<![0-9A-Za-z_])[0-9]{11}(?![0-9A-Za-z_])")
_OIB_CONTEXT = keyword_pattern(("oib", "osobni identifikacijski broj", "rođen", "rođena", "born", "roden", "rodjen"))
_OIB_HINTS = ("oib", "osobni", "rođen", "born", "roden", "rodjen")


def _script_labelled(text: str) -> list[Span]:
    """Ids after a label in Chinese, Japanese, Korean or Thai, that pass their country's checksum."""
    spans = []
    for m in _CJK_ID.finditer(text):
        if _valid_after_label(m.group("value")):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.NATIONAL_ID, 0.85))
    return spans


def _valid_after_label(value: str) -> bool:
    compact = re.sub(r"[ -]", "", value).upper()
    if len(compact) == 18:
        return ric.is_valid(compact)  # China: region, birth date, ISO 7064 check
    if len(compact) == 13 and compact.isdigit():
        return th_pin.is_valid(compact) or _korean_rrn(compact)
    return len(compact) == 12 and compact.isdigit() and jp_in.is_valid(compact)


def _korean_rrn(digits: str) -> bool:
    """Korea's resident number: a birth date and a sex-and-century figure; numbers issued since October 2020 have no
    check digit, so the date and that figure are what is checked."""
    if rrn.is_valid(digits):
        return True
    month, day, sex = int(digits[2:4]), int(digits[4:6]), digits[6]
    return 1 <= month <= 12 and 1 <= day <= 31 and sex in "1234"


def _checked_without_label(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    """Korean resident numbers written with their dash, Thai id numbers in their printed groups, and Croatian OIBs after
    their name or a birth word: the shape and the checksum (or the cue) say what they are. Each is looked for only in
    the regions long enough to hold it (11 characters and more: few are)."""
    spans: list[Span] = []
    regions = [r for r in regions if r[1] - r[0] >= 11]
    if not regions:
        return spans
    hangul = not text.isascii() and _HANGUL.search(text) is not None
    for m in _in_regions(_KOREAN_DASHED, text, regions) if "-" in text and (hangul or contains(text, _RRN_HINTS)) else ():
        korean = hangul or has_context(text, m.start(), m.end(), _RRN_CONTEXT, before=40)
        if korean and _korean_rrn(m.group().replace("-", "")):  # (a date-led order number "240315-1234567" is not)
            spans.append(Span(m.start(), m.end(), EntityType.NATIONAL_ID, 0.85))
    for m in _in_regions(_THAI_GROUPED, text, [r for r in regions if r[1] - r[0] >= 17]):
        if th_pin.is_valid(m.group().replace(" ", "")):
            spans.append(Span(m.start(), m.end(), EntityType.NATIONAL_ID, 0.85))
    for m in _in_regions(_CN_RIC, text, [r for r in regions if r[1] - r[0] >= 18]):
        if ric.is_valid(m.group().upper()) and (
                not text.isascii() and _HAN.search(text) or _RIC_KEY.search(text, max(0, m.start() - 24), m.start())):
            spans.append(Span(m.start(), m.end(), EntityType.NATIONAL_ID, 0.85))
    for m in _in_regions(_OIB, text, regions) if contains(text, _OIB_HINTS) else ():
        if oib.is_valid(m.group()) and has_context(text, m.start(), m.end(), _OIB_CONTEXT, before=60):
            spans.append(Span(m.start(), m.end(), EntityType.NATIONAL_ID, 0.8))
    return spans


# China's resident id without its label, as a record or a request body holds it ('"idcard":"310101197505101234"'):
# a region, a birth date, a sequence and an ISO 7064 check character, eighteen in all, believed in a text written
# in Chinese or after a key that names an id ("id_card", "sfz", "idNo").
_CN_RIC = re.compile(r"(?<![0-9A-Za-z_])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]"
                     r"(?![0-9A-Za-z_])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_RIC_KEY = re.compile(r"(?i)id|sfz|shenfen|resident|citizen")

# "710802-2845991": six figures of a birth date, a dash, a sex-and-century figure and six more.
_KOREAN_DASHED = re.compile(r"(?<![0-9A-Za-z_.-])[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-[1-8][0-9]{6}(?![0-9A-Za-z_]|[.-][0-9])")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_RRN_CONTEXT = keyword_pattern(("rrn", "resident registration", "resident number"))
_RRN_HINTS = ("rrn", "resident")


def _cued(text: str, start: int, context: re.Pattern[str]) -> bool:
    """A cue word within 40 characters before, as a word of its own: the "ID" of "GCM_SENDER_ID" or "user_id" names a
    program's setting, not a person's document."""
    window_start = max(0, start - 40)
    if any(text[c.start() - 1 : c.start()] != "_" and text[c.end() : c.end() + 1] != "_"
           for c in context.finditer(text, window_start, start)):
        return True
    # The number's own name (not a generic "id") earlier in its sentence names it too, the checksum vouching for the
    # rest: "har fel personnummer på mitt lönebesked, det ska vara 520715-1084".
    sentence = max(0, start - 120)
    stop = max(text.rfind(". ", sentence, window_start), text.rfind("\n", sentence, window_start),
               text.rfind("? ", sentence, window_start), text.rfind("! ", sentence, window_start))
    return any(c.group().lower() not in _ID_WORDS and text[c.start() - 1 : c.start()] != "_"
               for c in context.finditer(text, max(sentence, stop + 1), window_start + 16))


def _one_figure(value: str) -> bool:
    """A form's placeholder: one figure repeated ("000.000.000-00", "111111111"), which no office hands out."""
    digits = [ch for ch in value if ch.isdigit()]
    return len(digits) >= 6 and len(set(digits)) == 1 and not any(ch.isalpha() for ch in value)


# An SQL insert whose column list names an identity number: "INSERT INTO ansatte (navn, fnr, epost) VALUES
# ('Kari Strand', '101054 01332', ...)". The value at that column's place in each row is the id.
def _sql_id_values(text: str) -> list[Span]:
    return [Span(start, end, EntityType.NATIONAL_ID, 0.8) for start, end, value in insert_cells(text, _ID_COLUMN.match)
            if _ID_CELL.match(value) and any(ch.isdigit() for ch in value)]


def _document_starts(text: str, low: str) -> list[int]:
    """The starts of `_DOCUMENT_START.finditer(low)`, for the lower-cased `text`."""
    starts = word_starts(_DOCUMENT_OPENINGS, text)
    if starts is None:
        return [m.start() for m in _DOCUMENT_START.finditer(low)]
    if "_" in low:
        starts = sorted({*starts, *(i + 1 for i, ch in enumerate(low) if ch == "_")})
    return [i for i in starts if _DOCUMENT_START.match(low, i)]


def _document_numbers(text: str) -> Iterator[re.Match[str]]:
    """`_DOCUMENT_NUMBER`'s matches where a label starts; a label whose "value" is the next label ("ID card\nID number:
    CG12209ZI") does not hide that next label, as finditer's skipping would."""
    low = lowered(text)
    if low is None:
        yield from _DOCUMENT_NUMBER.finditer(text)
        return
    end = 0
    for start in _document_starts(text, low):
        if start < end:
            continue
        m = _DOCUMENT_NUMBER.match(text, start)
        if m is not None:
            if sum(ch.isdigit() for ch in m.group(1)):
                end = m.end()  # (a value without a figure is a word: the labels inside it are tried)
            yield m


# A table whose header names an identity-document column ("name;passport/ID;date of birth"): its cells
# in that column are ids, whatever their country's format.
_ID_COLUMN = re.compile(
    r"(?i)^(?:passport|passport[ _/-]?(?:no|number|id)|passport/id|id/passport|national[ _]id|id[ _]?(?:number|no|card)|"
    r"document(?:o)?|dni|nie|cpf|ssn|nin|personnummer|bsn|tax[ _]id|aadhaar|licen[cs]e[ _]?(?:no|number)?|"
    # and in other languages: "Steuer-ID", "CPR-nr", "PESEL", "rodné číslo", "TC Kimlik No", "paszport"
    r"steuer-?id|steuer-?idnr|steuernummer|sv-?nummer|cpr(?:[ _-]?(?:nr|nummer))?|pesel|rodné číslo|rodne cislo|"
    r"(?:tc[ _]?)?kimlik(?:[ _]?no)?|tckn|nif|nir|pps(?:n| number)?|amka|oib|jmbg|cnp|egn|fødselsnummer|hetu|"
    r"paszport|pasaporte|passaporte|passaporto|reisepass|passeport|ausweis(?:nummer)?|personalausweis|"
    r"cartão de cidadão|cc|rijksregisternummer|registre national|id-?nummer|"
    r"fnr|fødselsnr|personnr|adóazonosító(?: jel)?|taj|niss|insz|henkilötunnus|ahv|amka|afm|"
    # a US taxpayer number ("Payee,TIN,Amount"): its SSN-shaped cells are SSNs (an EIN, 12-3456789, is a firm's)
    r"tin|itin)\.?"
    # (a note on the column in brackets after its name: "SSN (for background check)", "DNI (copia)")
    r"(?:[ ]*\([^()]{1,40}\))?$"
)
_TAXPAYER_COLUMN = re.compile(r"(?i)^i?tin\b")
_ID_COLUMN_HINTS = ("passport", "national", "id", "document", "dni", "nie", "cpf", "ssn", "nin", "personnummer", "bsn",
                    "aadhaar", "licen", "steuer", "sv-nummer", "cpr", "pesel", "rodn", "kimlik", "tckn", "nif", "nir",
                    "pps", "amka", "oib", "jmbg", "cnp", "egn", "fødselsnummer", "hetu", "pasz", "pasa", "passa",
                    "reisepass", "passeport", "ausweis", "cartão", "cc", "rijksregister", "registre", "fnr", "fødselsnr",
                    "adóazonosító", "taj", "niss", "insz", "ahv", "afm", "tin")
# A cell's id, maybe printed in blocks ("10 763 824 554").
_ID_CELL = re.compile(r"^[A-Z0-9][A-Z0-9./ -]{4,18}[A-Z0-9]$")


def _id_column_cells(text: str, labels_named: bool = False) -> list[Span]:
    """The cells of a delimited table's id column (see `_ID_COLUMN`). `labels_named`: the text holds one of the
    document labels prose is read with, in any of their languages; a header cell that is one of them whole names the
    column as well ("الاسم;...;رقم الهوية;المدينة", "ПІБ;...;РНОКПП;Місто", "Nome;...;Número de identificação;Cidade"):
    a table's header is a form's labels in a row, and `_FORM_ID_LABEL` reads those."""
    spans = []
    lines = text.split("\n")
    offsets = line_offsets(lines)
    column: int | None = None
    delimiter = ""
    ssn_column = taxpayer_column = False
    for i, line in enumerate(lines):
        if column is not None:
            cells = line.split(delimiter)
            if len(cells) <= column or not line.strip():
                column = None
                continue
            start = offsets[i] + sum(len(c) + 1 for c in cells[:column])
            raw = cells[column]
            value = raw.strip()
            if _ID_CELL.match(value) and any(ch.isdigit() for ch in value):
                lead = start + len(raw) - len(raw.lstrip())
                ssn = ssn_column and (m := _SSN.fullmatch(value)) and is_valid_ssn(m.group(1), m.group(3), m.group(4))
                if taxpayer_column and not ssn:
                    continue
                spans.append(Span(lead, lead + len(value), EntityType.US_SSN if ssn else EntityType.NATIONAL_ID, 0.8))
            continue
        for delim in (";", "\t", "|", ","):
            cells = [c.strip(" *`") for c in line.split(delim)]
            if len(cells) >= 2:
                found = [j for j, c in enumerate(cells)
                         if _ID_COLUMN.match(c) or labels_named and len(c) <= 40 and _FORM_ID_LABEL.fullmatch(c)]
                if found:
                    column, delimiter = found[0], delim
                    taxpayer_column = bool(_TAXPAYER_COLUMN.match(cells[column]))
                    # (an SSN column's cells are typed as SSNs)
                    ssn_column = taxpayer_column or bool(_SSN_KEY_WORD.search(cells[column]))
                    break
    return spans


# A fixed-width record's SSN column, named in its header ("ID   LAST   FIRST   SSN        DOB"): each row's cell at
# the header's place, when it is 9 figures or 3-2-4 that SSA's rules allow.
_FIXED_HEADER = re.compile(r"(?im)^(?=[^\n]*\S[ \t]{2,}\S)[^\n]*?(?<![^ \t])(?:ssn|soc(?:ial)?[ _.-]?sec(?:urity)?(?:[ _.-]?(?:no|num|nbr|number))?)(?![^ \t\n])")


def _fixed_width_ssns(text: str) -> list[Span]:
    spans = []
    for offset, line, column in fixed_width_rows(text, _FIXED_HEADER):
        m = _SSN.match(line, column)
        if m and is_valid_ssn(m.group(1), m.group(3), m.group(4)):
            spans.append(Span(offset + m.start(), offset + m.end(), EntityType.US_SSN, 0.85))
    # A printed frame's columns need not line up with their names (pandas right-aligns them, a long name pushes a row's
    # cells on: "      name              ssn        dob\n 9    Tierney Szymanski   358 61 8661   December 19, 1998"): in
    # the rows under such a header, a cell of its own (two spaces or a tab either side) that is an SSN's 3-2-4 or 9
    # figures SSA allows is one: in each row, the one that ends nearest where the header's name does (another column
    # of nine figures, an account's or a member's number, is not the SSN's).
    for header in _FIXED_HEADER.finditer(text):
        end = text.find("\n\n", header.end())
        name_end = header.end() - (text.rfind("\n", 0, header.end()) + 1)
        nearest: dict[int, tuple[int, re.Match[str]]] = {}  # line start -> (distance, cell)
        for m in _ALIGNED_SSN_CELL.finditer(text, header.end(), len(text) if end < 0 else end):
            if is_valid_ssn(m.group(1), m.group(3), m.group(4)):
                line = text.rfind("\n", 0, m.start()) + 1
                distance = abs(m.end() - line - name_end)
                if line not in nearest or distance < nearest[line][0]:
                    nearest[line] = (distance, m)
        spans.extend(Span(m.start(), m.end(), EntityType.US_SSN, 0.8) for _, m in nearest.values())
    return spans


_ALIGNED_SSN_CELL = re.compile(r"(?m)(?:(?<=[ \t]{2})|(?<=\t))([0-9]{3})([ -]?)([0-9]{2})\2([0-9]{4})(?=[ ]{2}|\t|[ \t]*$)")


def find_ssns(text: str, regions: list[tuple[int, int]] | None = None) -> list[Span]:
    """SSNs: 3-2-4 digits with SSA's rules; an unseparated 9-digit number only next to "SSN"-like words."""
    spans = []
    cued_text = _SSN_SENTENCE_CUE.search(text) is not None or _social_noun(text)
    masked = "-" in text and _SSN_MASK_MIDDLE.search(text) is not None and _SSN_MASK.search(text) is not None
    for m in _in_regions(_SSN, text, _regions(text) if regions is None else regions):
        area, sep, group, serial = m.group(1), m.group(2), m.group(3), m.group(4)
        if not is_valid_ssn(area, group, serial):
            continue
        context = masked or ssn_cued(text, m.start(), in_sentences=cued_text)
        if sep.strip() != "-" and not context:
            continue  # "123456789", "123 45 6789", "123.45.6789" are SSNs only where the text says so
        spans.append(Span(m.start(), m.end(), EntityType.US_SSN, 0.95 if context else 0.8))
    if spans and "\n" in text:
        spans.extend(_ssn_peers(text, spans))
    if spans and ("," in text or ";" in text or " and " in text):
        spans.extend(_listed_after(text, spans))
    if spans:
        spans.extend(_restated(text, spans))
    if "PID|" in text:
        spans.extend(_hl7_ssns(text))
    if "*" in text and ("NM1*" in text or "REF*" in text or "nm1*" in text or "ref*" in text):
        spans.extend(_x12_ssns(text))
    if "  " in text and "\n" in text and _SSN_KEY_WORD.search(text):
        spans.extend(_fixed_width_ssns(text))
    if ("|" in text or "[" in text) and (_SSN_CONTEXT.search(text) or _SSN_KEY_WORD.search(text)):
        spans.extend(_boxed_ssns(text))
    if "=" in text and "?" in text:
        spans.extend(_query_ssns(text))
    if "<td" in text or "<TD" in text:
        spans.extend(_html_column_ssns(text, spans))
    if "\n" in text and (_SSN_KEY_WORD.search(text) or contains(text, ("taxid", "tax_id", "tax id", "tax-id"))):
        spans.extend(_ssn_column_cells(text))
    if "\n" in text and contains(text, _RECORD_CUES):
        spans.extend(Span(m.start(), m.end(), EntityType.US_SSN, 0.8) for m in _GLUED_RECORD.finditer(text)
                     if is_valid_ssn(m.group(1), m.group(2), m.group(3)))
    return spans


# A fixed-width record that opens with nine figures and the person's name glued to them, surname first
# ("152957426GUTIERREZ-PHAM SHAYLA   11/30/2026  CLAIM  427.00"), as wage, benefit and payroll files (SSA's EFW2, a
# state's unemployment or wage report) lay out the SSN and the name: the figures are the SSN, where SSA allows them.
_GLUED_RECORD = re.compile(r"(?m)^([0-9]{3})([0-9]{2})([0-9]{4})(?=[A-Z][A-Za-z'-]+,?[ ]+[A-Z]|[a-z][a-z'-]+,?[ ]+[a-z])")
_RECORD_CUES = ("record", "fixed-width", "fixed width", "fixed-length", "fixed length", "flat file", "layout")


# A delimited table's column whose name says SSN as part of a schema's name for it ("employee_id,ssn_last4,ssn_full",
# "EmployeeSSN", "soc_sec_no", "SSN (masked)") or a taxpayer's number ("TAXID", "tax_id" beside "FIRST", "LAST"): its
# cells that are 9 figures or 3-2-4 SSA allows, however separated, are SSNs ("133 92 8251", "647839390"). A cell of
# another shape in it (the "9215" of "ssn_last4", an EIN's 12-3456789) is not one.
_SSN_COLUMN_NAME = re.compile(
    r"(?i)(?:[a-z0-9]+[_. -]|[a-z0-9]+(?-i:(?=SSN|Ssn|Soc|Tax)))*"  # (a camel-case name's part, not the "a" of "assn")
    r"(?:ssns?|soc(?:ial)?[_. -]?sec(?:urity)?|tax[_ -]?id|tin|itin)"
    r"(?:[_. -]?(?:no|num|number|nbr|nr|id|full|9|raw|plain|clear|value|val))*(?:[ ]*\([^()]{1,30}\))?")


def _ssn_column_cells(text: str) -> list[Span]:
    spans = []
    for start, end, value, _ in column_cells(text, _SSN_COLUMN_NAME.fullmatch):
        if (m := _SSN.fullmatch(value)) and is_valid_ssn(m.group(1), m.group(3), m.group(4)):
            spans.append(Span(start, end, EntityType.US_SSN, 0.85))
    return spans


def _cue_reaches(text: str, start: int, cue: re.Pattern[str], reach: int) -> bool:
    """`cue` within `reach` characters before the number, and no other number's label or number after it."""
    cues = list(cue.finditer(text, max(0, start - reach), start))
    if not cues:
        return False
    after = cues[-1].end()
    if _OTHER_NUMBER.search(text, after, start):
        return False
    lead = max(after, start - _LABEL_REACH)
    if ")" not in text[lead:start]:
        return not _OTHER_LABEL.search(text, lead, start)
    # an aside in brackets labels no number after it ("SS card (I know, not valid ID) no. 182163320")
    return not _OTHER_LABEL.search(_ASIDE.sub(lambda a: " " * len(a.group()), text[lead:start]))


_ASIDE = re.compile(r"\([^()\n]*\)")


def ssn_cued(text: str, start: int, *, in_sentences: bool = True) -> bool:
    """True when the text names an SSN for a number at `start`, as find_ssns asks of one without hyphens.
    `in_sentences=False` skips the sentence cue (for a text that holds none, known beforehand)."""
    return (_cue_reaches(text, start, _SSN_CONTEXT, _SSN_REACH) or has_context(text, start, start, _SOCIAL, before=24)
            or bool(_SSN_KEY.search(text, max(0, start - 40), start)) or in_sentences and _cued_in_sentences(text, start))


def _cued_in_sentences(text: str, start: int) -> bool:
    """An SSN's name in the number's sentence or the one before it, with no other number's label or number between."""
    window_start = max(0, start - _SENTENCE_REACH)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, window_start, start)]
    if len(stops) >= 2:
        window_start = stops[-2]  # (the previous sentence's start: the stop before its own)
    return (_cue_reaches(text, start, _SSN_SENTENCE_CUE, start - window_start)
            or _social_noun(text) and _cue_reaches(text, start, _SOCIAL_NOUN, start - window_start))


def _social_noun(text: str) -> bool:
    """The text says "social" as an SSN's short name (`_SOCIAL_NOUN`); a literal scan first, most texts have none."""
    return ("ocial" in text or "OCIAL" in text) and _SOCIAL_NOUN.search(text) is not None


def _query_ssns(text: str) -> list[Span]:
    """A link's SSN field ("?ssn=459708066", "&ss=459-70-8066") that SSA's rules allow."""
    spans = []
    for kind, start, end, value in query_fields(text):
        if kind == "ssn" and (m := _SSN.fullmatch(value)) and is_valid_ssn(m.group(1), m.group(3), m.group(4)):
            spans.append(Span(start, end, EntityType.US_SSN, 0.9))
    return spans


# An HTML table's rows and cells, as pages and scrapers print them (a cell's text up to the next tag).
_HTML_ROW = re.compile(r"(?is)<tr\b[^>]*>(?P<row>.*?)(?=<tr\b|</table|\Z)")
_HTML_CELL = re.compile(r"(?i)<t([dh])\b[^>]*>[ \t]*(?P<value>[^<]*?)[ \t]*(?=<)")


def _html_column_ssns(text: str, found: list[Span]) -> list[Span]:
    """An HTML table's SSN column: the one a header cell names ("<th>SSN</th>", "<td>Social Security No.</td>" in the
    first row), or the one where a row holds an SSN already found (a dashed one, sure alone): its other cells, 9 figures
    or 3-2-4 that SSA's rules allow, are SSNs too. ("<td>Augustin Okafor</td><td>243-61-5540</td>" makes the
    "653913146" of the row above, in the same column, an SSN.)"""
    rows = [[(c.group(1).lower(), c.start("value"), c.end("value")) for c in _HTML_CELL.finditer(text, r.start("row"), r.end("row"))]
            for r in _HTML_ROW.finditer(text)]
    known = {(s.start, s.end) for s in found}
    columns = set()
    for i, row in enumerate(rows):
        for j, (tag, start, end) in enumerate(row):
            value = text[start:end]
            header = (tag == "h" or i == 0) and len(value) <= 40 and (_SSN_KEY_WORD.search(value) or _SSN_CONTEXT.search(value))
            if header or (start, end) in known and "-" in value:
                columns.add(j)
    spans = []
    for row in rows:
        for j in columns & set(range(len(row))):
            _, start, end = row[j]
            m = _SSN.fullmatch(text, start, end)
            if m and (start, end) not in known and is_valid_ssn(m.group(1), m.group(3), m.group(4)):
                spans.append(Span(start, end, EntityType.US_SSN, 0.85))
    return spans


# A paper form's boxes as typed or OCR'd: a figure a box ("|3|8|1|-|9|2|-|7|4|6|5|") or a group a box ("[381] [92]
# [7465]"), after the SSN's label; the figures read together must be an SSN.
BOXED_DIGITS = re.compile(r"(?<![\w])[\[|(][ \t]?[0-9]{1,4}[ \t]?(?:[\]|)][ \t]*(?:-[ \t]*)?(?:[\[|(][ \t]*-?[ \t]*[\]|)][ \t]*)?[\[|(]?[ \t]?[0-9]{1,4}[ \t]?){2,18}[\]|)]")
_SSN_KEY_WORD = re.compile(r"(?i)ssn|soc(?:ial)?[_. -]?sec")


def _boxed_ssns(text: str) -> list[Span]:
    spans = []
    for m in BOXED_DIGITS.finditer(text):
        digits = re.sub(r"[^0-9]", "", m.group())
        if (len(digits) == 9 and is_valid_ssn(digits[:3], digits[3:5], digits[5:])
                and (_SSN_CONTEXT.search(text, max(0, m.start() - 40), m.start()) or _SSN_KEY_WORD.search(text, max(0, m.start() - 40), m.start()))):
            spans.append(Span(*figures_span(m), EntityType.US_SSN, 0.85))
    return spans


def figures_span(m: re.Match[str]) -> tuple[int, int]:
    """From a boxed run's first figure to its last (the boxes around them are the form's)."""
    value = m.group()
    first = next(i for i, ch in enumerate(value) if ch.isdigit())
    last = max(i for i, ch in enumerate(value) if ch.isdigit())
    return m.start() + first, m.start() + last + 1


# A record's key for an SSN however a schema spells it, glued to the number's separator: "SOC_SEC_NO    381927465",
# "patientSsn=...", "SocialSecurityNumber|...", "ssn_nbr: ..." (the words as parts of a name, where "\bssn\b" fails)
_SSN_KEY = re.compile(
    r"(?i)(?:ssn|soc(?:ial)?[_. -]?sec(?:urity)?(?:[_. -]?(?:no|num|number|nbr|nr|id))?)[\"'\]>]*[ \t]*(?:[:=|>\t]|[ ]{2,})[ \t]*[\"']?$")
# HL7 v2: the PID segment's 19th field is the patient's SSN ("PID|1||884512^^^MRN||DOE^JANE||19790412|F|...|381927465|")
_HL7_PID = re.compile(r"(?m)^PID\|[^\n]*")


def _hl7_ssns(text: str) -> list[Span]:
    spans = []
    for m in _HL7_PID.finditer(text):
        fields = m.group().split("|")
        if len(fields) <= 19:
            continue
        value = fields[19].split("^")[0]
        digits = value.replace("-", "")
        if len(digits) == 9 and digits.isdigit() and is_valid_ssn(digits[:3], digits[3:5], digits[5:]):
            start = m.start() + sum(len(f) + 1 for f in fields[:19])
            spans.append(Span(start, start + len(value), EntityType.US_SSN, 0.9))
    return spans


# The numbers listed after an SSN its context named ("the SSN column ... sample: 024220866, 576261732"): the same
# shape, allowed by SSA's rules, parted from it by a comma, a semicolon or "and", are SSNs of the same list.
_LIST_NEXT = re.compile(r"[ \t]*(?:[,;]|,?[ \t]+and)[ \t]*([0-9]{3})([-. ]?)([0-9]{2})\2([0-9]{4})(?![\w]|[.-][0-9])")


def _listed_after(text: str, found: list[Span]) -> list[Span]:
    spans = []
    for span in found:
        end = span.end
        while (m := _LIST_NEXT.match(text, end)) and is_valid_ssn(m.group(1), m.group(3), m.group(4)):
            spans.append(Span(m.start(1), m.end(4), EntityType.US_SSN, 0.8))
            end = m.end()
    return spans


# An SSN restated or corrected in its sentence ("it says 509-84-9543 but it should be 555452457", "I typed 031289390,
# not 031-28-9930", "changed from 755 43 6197 to 031289390"): the other number of the SSN's shape, SSA's rules allowing
# it, is the same person's SSN however it is separated, when nothing between them says it is another kind (no other
# number's label, as `_OTHER_LABEL` reads them, right before it; no other long number; no sentence's end) and it stands
# within `_RESTATED_REACH` characters. A phone (3-3-4), a ZIP+4 (5-4) or an order number ("order 555452457") is not it.
_RESTATED_REACH = 60


def _restated(text: str, found: list[Span]) -> list[Span]:
    spans = []
    taken = {s.start for s in found}
    for span in found:
        if span.type is not EntityType.US_SSN:
            continue
        for m in _SSN.finditer(text, max(0, span.start - _RESTATED_REACH), min(len(text), span.end + _RESTATED_REACH)):
            if m.start() in taken or not is_valid_ssn(m.group(1), m.group(3), m.group(4)) or (
                    m.end() == span.end + _RESTATED_REACH and not _SSN.match(text, m.start())):
                continue  # (nor is a longer number the window's end cut short)
            gap = (span.end, m.start()) if m.start() >= span.end else (m.end(), span.start)
            if (gap[0] > gap[1] or _SENTENCE_STOP.search(text, *gap) or _OTHER_NUMBER.search(text, *gap)
                    or _OTHER_LABEL.search(text, max(0, m.start() - _LABEL_REACH), m.start())):
                continue
            taken.add(m.start())
            spans.append(Span(m.start(), m.end(), EntityType.US_SSN, 0.8))
    return spans


# X12 EDI (the 834 enrolment, 837 claim and 270 eligibility files): an NM1 segment whose eighth element is the
# qualifier "34" names the person by their Social Security number in the ninth ("NM1*IL*1*DOE*JANE****34*381927465~");
# a REF segment qualified "SY" is an SSN, and in an 834 (INS or BGN segments) the "0F" subscriber number is one too.
_X12_NM1 = re.compile(r"(?i)\bNM1\*(?:[^*~\n]*\*){7}34\*(?P<value>[0-9]{9})(?=[*~\s]|$)")
_X12_REF = re.compile(r"(?i)\bREF\*(?P<qualifier>SY|0F)\*(?P<value>[0-9]{9})(?=[*~\s]|$)")
_X12_834 = re.compile(r"(?i)\b(?:INS|BGN)\*")


def _x12_ssns(text: str) -> list[Span]:
    spans = []
    enrolment = _X12_834.search(text) is not None
    for m in (*_X12_NM1.finditer(text), *_X12_REF.finditer(text)):
        value = m.group("value")
        if m.re is _X12_REF and m.group("qualifier") == "0F" and not enrolment:
            continue
        if is_valid_ssn(value[:3], value[3:5], value[5:]):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.US_SSN, 0.9))
    return spans


# A list of SSNs written in the ways people type them ("386-60-6210", "783 27 8649", "147182800"), one a line: beside
# a dashed SSN, which is one alone, the same 3-2-4 figures alone on their own line are SSNs too.
_SSN_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]+)?([0-9]{3})([ .]?)([0-9]{2})\2([0-9]{4})(?=[ \t]*\r?$|[ \t]+[^\W\d])")


def _ssn_peers(text: str, found: list[Span]) -> list[Span]:
    if not any(text[s.start + 3] == "-" for s in found):
        return []
    taken = {s.start for s in found}
    return [Span(m.start(1), m.end(4), EntityType.US_SSN, 0.8) for m in _SSN_LINE.finditer(text)
            if m.start(1) not in taken and is_valid_ssn(m.group(1), m.group(3), m.group(4))]


# Sweden's personnummer written with the century, "19600125-8430" (a birth date, a serial and the Luhn check over the
# last ten figures), as registers and forms print it: alone, in a text that is Swedish or names the number.
_LONG_PERSONNUMMER = re.compile(r"(?<![\w+-])(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[-+][0-9]{4}(?![\w-])")
_SWEDISH = re.compile(r"(?i)[åäö]|\+46|\.se\b|personnummer|personnr|svensk|sverige")


def _long_personnummer(text: str) -> list[Span]:
    if not _SWEDISH.search(text):
        return []
    return [Span(m.start(), m.end(), EntityType.NATIONAL_ID, 0.85) for m in _LONG_PERSONNUMMER.finditer(text)
            if personnummer.is_valid(m.group())]


def is_valid_ssn(area: str, group: str, serial: str) -> bool:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000; not a famous example number."""
    if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
        return False
    # Numbers printed in ads and docs (Woolworth's wallet card, the classic sequential example).
    # (and the one LifeLock's chief printed in its ads, 457-55-5462)
    return area + group + serial not in {"078051120", "219099999", "123456789", "457555462"}


# A record's key for a national id however a schema spells it ("nationalId=...", "national_id: ...", "nat_id", a
# merged field "ssnOrNatId=..."): its value, letters and figures, is the id, whatever country's format it has. ("nat"
# opens a part of the name: "coordinat_id", "signatId" are other words.)
_NATIONAL_ID_KEY = re.compile(
    r"(?<![\w.-])(?:[A-Za-z0-9]+(?:[_.-]|(?<=[a-z0-9])(?=N)))*(?:[Nn]at(?:ional)?|NAT(?:IONAL)?)[_.-]?(?:[Ii]d|ID)"
    r"(?i:entity)?(?i:[_.-]?(?:no|num|number|nbr|nr))?[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>[A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9])(?![\w-])")


def _keyed_national_ids(text: str) -> list[Span]:
    return [Span(m.start("value"), m.end("value"), EntityType.NATIONAL_ID, 0.8) for m in _NATIONAL_ID_KEY.finditer(text)
            if sum(ch.isdigit() for ch in m.group("value")) >= 6 and not _DATE_SHAPED.match(m.group("value"))]


# An HTML form's field: its <label> names the value of the <input> right after it ('<label>Rodné číslo</label>
# <input value="935124/0250">', "<label>ИНН</label> <input type=\"text\" value=\"...\">"), as "Label: value" does in
# prose; the markup between them keeps the label rules above from seeing the value. A label that is an identity
# document's or a personal number's name (the labels above, Germany's tax "Identifikationsnummer" too) makes the
# value an id, when it has the figures of one; an SSN's label (its names as the table columns have them) an SSN, when
# SSA's rules allow it however it is separated ('<label>Social Security Number</label><input type="text" value="...">':
# the attribute's "text" is no phone's label).
_FORM_FIELD = re.compile(
    r"(?i)<label\b[^>]*>[ \t]*(?P<label>[^<>\n]{1,60}?)[ \t]*</label>\s*"
    r"<input\b[^>]*?\bvalue[ \t]*=[ \t]*(?P<q>[\"'])[ \t]*(?P<value>[^\"'<>\n]{1,40}?)[ \t]*(?P=q)"
)
_FORM_ID_LABEL = re.compile(
    rf"(?:{_DOCUMENT_LABELS}|{_MORE_DOCUMENT_LABELS}|(?:steuerliche[ \t]+)?identifikationsnummer)"
    r"(?:[ \t]*(?:number|no\.?|num|nr\.?|n[º°]\.?|#|nummer|numer|número|numero|číslo))?[ \t]*[:*]?",
    re.IGNORECASE,
)


def _form_field_ids(text: str) -> list[Span]:
    spans = []
    for m in _FORM_FIELD.finditer(text):
        value, label = m.group("value"), m.group("label")
        if ((_SSN_KEY_WORD.search(label) or _SSN_CONTEXT.search(label)) and (ssn := _SSN.fullmatch(value))
                and is_valid_ssn(ssn.group(1), ssn.group(3), ssn.group(4))):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.US_SSN, 0.85))
        elif (_FORM_ID_LABEL.fullmatch(label) and sum(ch.isdigit() for ch in value) >= 6
                and len(value.replace(" ", "")) >= 7 and not _DATE_SHAPED.match(value)):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.NATIONAL_ID, 0.8))
    return spans


# A record's field written as markup: an element (<idNumber>250403-28301</idNumber>) or a JSON or YAML key
# ("national_id": "958 436 028") whose name is an identity document's or a personal number's label, as "Label: value"
# in prose has it: the name's words, split at its case changes and separators ("idNumber", "national_id",
# "personal-code", "PASSPORT_NO"), are read by the labels above, whatever language they are in, and the value inside
# is the id when it has an id's figures, however grouped ("958 436 028", "765621/3720"). A bare "id" or "<ref>"
# names no document; a date, an amount or a short code in such a field is no id.
_MARKUP_FIELD = re.compile(
    r"<(?P<tag>[A-Za-z][\w.:-]{1,40})(?:[ \t][^<>\n]*)?>[ \t]*(?P<tvalue>[^<>\n]{1,40}?)[ \t]*</(?P=tag)>"
    r"|(?:(?P<kq>[\"'])(?P<key>[A-Za-z][\w .-]{1,40}?)(?P=kq)|(?m:^[ \t]*(?:-[ \t]+)?(?P<ykey>[A-Za-z][\w.-]{1,40})))"
    r"[ \t]*:[ \t]*(?:(?P<q>[\"'])[ \t]*(?P<qvalue>[^\"'<>\n]{1,40}?)[ \t]*(?P=q)|(?P<yvalue>[A-Z0-9][A-Z0-9./ -]{4,24}[A-Z0-9])[ \t]*$)",
    re.MULTILINE,
)
_KEY_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_KEY_ID_WORDS = ("id", "passport", "national", "personal", "identity", "identification", "document", "tax", "licen",
                 "ssn", "social", "insurance", "personnummer", "fnr", "cpr", "pesel", "dni", "cpf", "nif", "bsn", "nin",
                 "aadhaar", "kimlik", "cnp", "egn", "oib", "jmbg", "amka", "hetu", "isikukood", "ausweis", "nric", "nik")


def _key_label(key: str) -> str:
    """"idNumber", "national_id", "PASSPORT-NO" as the words a label has: "id Number", "national id", "PASSPORT NO"."""
    return " ".join(_KEY_WORDS.findall(key))


def _markup_keyed_ids(text: str) -> list[Span]:
    if not contains(text, _KEY_ID_WORDS):
        return []
    spans = []
    for m in _MARKUP_FIELD.finditer(text):
        group = next(g for g in ("tvalue", "qvalue", "yvalue") if m.group(g) is not None)
        value = m.group(group)
        key = m.group("tag") or m.group("key") or m.group("ykey")
        if not (_ID_CELL.match(value) and sum(ch.isdigit() for ch in value) >= 6 and len(value.replace(" ", "")) >= 7
                and not _DATE_SHAPED.match(value)):
            continue
        label = _key_label(key)
        if _FORM_ID_LABEL.fullmatch(label) or _NATIONAL_KEY_LABEL.fullmatch(label):
            spans.append(Span(m.start(group), m.end(group), EntityType.NATIONAL_ID, 0.8))
    return spans


# ... and the names schemas give a national or personal number that prose writes otherwise ("national_id", "natId",
# "personal_code", "personalNo", "id_no").
_NATIONAL_KEY_LABEL = re.compile(
    r"(?i)(?:nat(?:ional)?|personal|citizen|resident|identity|id)[ ]?(?:id|number|no|num|nr|code|card)(?:[ ]?(?:number|no|num|nr))?")
