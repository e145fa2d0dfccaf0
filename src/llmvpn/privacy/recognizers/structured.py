"""Names in structured text: values under person keys in JSON, YAML, INI and HTML forms
(`"full_name": "Ana Lima"`, `assignee: tuan.papadopoulos`, `<input name="first_name" value="Jo">`),
cells under person columns in CSV and Markdown tables (a header `Vorname;Nachname`, `| Name | Qty |`),
and people written the way forms and tickets write them: upper-case surnames ("surname THOMPSON",
"DURAND/AMANDINE MR"), "Last, First" after a role word, a name alone at the top of a CV.

The structure says what a value is, so case does not matter here; the value must still look like a
name or an account (letters, no common words, not a placeholder or a code reference).
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers._context import (
    finditer_words,
    line_offsets,
    mentions,
    search_words,
    split_row,
)
from llmvpn.privacy.recognizers._words import NO_EMPLOYER
from llmvpn.privacy.recognizers.contact import query_fields
from llmvpn.privacy.recognizers.names import LW, NAME_RUN, PARTICLES, UNCASED_FUNCTION_WORDS, is_common, name_span
from llmvpn.privacy.spans import EntityType, Span

# Keys whose value is a person or their account. Matched on the key folded to lower case with
# separators removed ("Full-Name", "full_name", "fullName" → "fullname").
_PERSON_KEYS = frozenset(
    """name fullname firstname lastname givenname givennames familyname surname middlename displayname
    username user login owner author assignee assignedto reporter contact contactname customer customername
    client clientname patient patientname employee employeename member tenant guest passenger holder
    accountholder cardholder recipient sender createdby updatedby approver reviewer manager requester
    vorname nachname prenom prénom nom nombre apellido apellidos nome cognome voornaam achternaam
    kunde ansprechpartner
    camper child pupil student attendee participant traveller traveler driver insured policyholder claimant
    applicant candidate landlord landlady buyer seller witness beneficiary emergencycontact nextofkin parent
    guardian arrendador arrendatario inquilino propietario vermieter mieter locataire propriétaire bailleur
    inquilino locatario locatore empfänger
    realname legalname fulllegalname contactperson reportsto supervisor linemanager teamlead parentguardian
    guardianname emergencycontactname secondcontact nextofkinname responsablelégal responsablelegal
    erziehungsberechtigter kontoinhaber inhaber titulaire titular locatário locatária locador arrendatário
    huurder verhuurder passagier reisender viajero passageiro
    naam navn namn jméno jmeno příjmení prijmeni imię imie nazwisko ad soyad adsoyad isim soyisim soyadı nimi etunimi
    sukunimi fornavn efternavn etternavn förnamn efternamn efternavn vezetéknév keresztnév prenume nume
    nomecompleto nombrecompleto nomcomplet vollständigername volledigenaam""".split()
)
# Keys that end in a person key name a person whatever names the system ("GITLAB_USER_NAME", "ownerFullName").
_PERSON_KEY_ENDS = ("username", "fullname", "realname", "displayname", "contactname", "firstname", "lastname")
# Keys that name a thing as often as a person ("name: Checkout code" in a CI workflow): their value
# must be two or more capitalised words, or an account for the account keys.
_AMBIGUOUS_KEYS = frozenset("name nom nombre nome naam navn namn isim user owner author contact customer client member guest holder".split())
_STEP_WORDS = frozenset(
    """install setup set checkout deploy build lint release publish cache upload download configure restore
    login logout cleanup clean migrate seed start stop restart verify validate notify package bump""".split()
)
_HANDLE_KEYS = frozenset(
    "username user login owner author assignee reporter createdby updatedby requester displayname".split()
)
# Accounts every system has: naming them says nothing about anyone.
_SERVICE_ACCOUNTS = frozenset(
    """root admin administrator postgres mysql redis ubuntu debian centos ec2-user www-data nobody guest test
    tester user users default deploy deployer git jenkins runner ci bot system service app api web sa dbo
    anonymous anon public www nginx apache docker node daemon mail ftp backup operator dev devops""".split()
)
_CODE_OWNERS = frozenset("self this req request ctx context config settings os env session args opts auth current g".split())

# `"key": "value"`, `key: value`, `key = value`, `key=value`: one value, up to the end of its line or quote.
_KEY_VALUE = re.compile(
    r"""(?P<kq>["']?)(?P<key>[A-Za-zÀ-ÿ][\w\-/ ]{0,30}?)(?P=kq)[ \t]*(?::|=|=>)[ \t]*"""
    r"""(?:(?P<q>["'])(?P<qvalue>[^"'\n]{1,80})(?P=q)|(?P<value>[^\s"',;{}\[\]#][^\n"',;{}\[\]#]{0,79}))"""
)
# `<input name="first_name" value="Jo">` (either order of the two attributes).
_HTML_INPUT = re.compile(
    r"""(?i)<input\b[^>]*?\b(?:name|id)=["'](?P<key>[\w-]*name[\w-]*|user[\w-]*)["'][^>]*?\bvalue=["'](?P<value>[^"']{1,80})["']"""
    r"""|<input\b[^>]*?\bvalue=["'](?P<value2>[^"']{1,80})["'][^>]*?\b(?:name|id)=["'](?P<key2>[\w-]*name[\w-]*|user[\w-]*)["']"""
)
_INITIAL = re.compile(r"[^\W\d_]\.")
_TRAILING_NOTE = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*$")
_VALUE_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*")
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,3}")

# Table and CSV headers naming a person column.
_PERSON_COLUMNS = _PERSON_KEYS | frozenset(
    """fullname employee staff student teacher person who attendee participant speaker driver rep agent
    applicant candidate player contactperson mitarbeiter teilnehmer kunde client responsable
    salarié salarie empleado alumno""".split()
)
_DELIMITERS = (";", ",", "\t", "|")

# Upper-case surnames and "Last, First" after the words forms label them with.
_UPPER_WORD = r"[^\W\d_a-zß-ÿ](?:[^\W\d_a-zß-ÿ]|['’-](?=[^\W\d_]))+"
_UPPER_RUN = rf"{_UPPER_WORD}(?:[ \t]+(?:[^\W\d_a-zß-ÿ]\.|{_UPPER_WORD})){{0,3}}"
_FIELD_CUES = (r"surname|last name|family name|first names?|given names?|forenames?|middle names?|nachname|vorname|"
               r"nom de famille|prénoms?|prenoms?|apellidos?|cognome")
# (the cues of several words first: "name on card" must not stop at "name")
_ROLE_CUES = (r"name on card|name on the card|travelling as|traveling as|titulaire|titular|holder|passenger|patient|patiente|patientin|client|cliente|employee|applicant|"
              r"candidate|beneficiary|insured|policyholder|name|nom|nombre|student|guest|"
              # account holders, tenants and travellers, whose forms print the name in capitals
              r"kontoinhaber|inhaber|cardholder|locatário|locatária|locataire|inquilino|inquilina|arrendatário|"
              r"arrendatario|mieter|mieterin|huurder|tenant|traveller|traveler|reisender|viajero|passageiro")
_NAME_FIELD = re.compile(
    rf"(?i:\b(?P<cue>{_FIELD_CUES}|{_ROLE_CUES})\b)[ \t]*:?[ \t]*"
    rf"(?P<name>{_UPPER_RUN}(?=[ \t]*(?:[,.;:/)\n]|$|[ \t]+[a-z]))|{NAME_RUN}(?:[ \t]*,[ \t]*{NAME_RUN})?)"
)
_FIELD = re.compile(_FIELD_CUES, re.IGNORECASE)
# A word that each cue of _NAME_FIELD holds: a text with none of them is not scanned (see `_context.mentions`).
_NAME_FIELD_CUES = frozenset(
    """surname name names forename forenames nachname vorname nom prénom prénoms prenom prenoms apellido apellidos
    cognome travelling traveling""".split()
) | frozenset(c for c in _ROLE_CUES.split("|") if " " not in c)
# Airline and booking style: "DURAND/AMANDINE MR", "SMITH/JOHN PAUL MRS".
_SLASH_NAME = re.compile(
    rf"(?<![\w/])(?P<name>{_UPPER_WORD}/{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD})??)(?:[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|MX))?(?![\w/])"
)
# The first line of a CV or a letter: a name alone, in capitals or title case, with more text below.
_TOP_LINE = re.compile(rf"\A[ \t#*]*(?P<name>{_UPPER_RUN}|{NAME_RUN})[ \t*]*\n")
_HEADING_WORDS = frozenset(
    """curriculum vitae resume résumé cv lebenslauf profile summary experience education skills notes report
    invoice agenda minutes contents introduction overview background objective references contact details
    personal information draft memo proposal plan schedule checklist recipe menu title chapter section
    part appendix abstract conclusion results methods discussion""".split()
)


_BLOCK_TOP_LINE = re.compile(rf"\n[ \t]*\n[ \t#*]*(?P<name>{_UPPER_RUN}|{NAME_RUN}|{LW}(?:[ \t]+{LW}){{1,2}})[ \t*]*\n")
_CONTACT_BELOW = re.compile(r"@|\+?[0-9][0-9 ().-]{6,}[0-9]")


# The account a log line or a command names: `password authentication failed for user "çağlar"`, "(user tomáš)",
# "my user there is marloes", `docker login -u dirk -p ...`. An account named like a person (letters only) is
# theirs; the accounts every system has are not anyone's.
_LOG_USER = re.compile(
    r"(?i:\bfor user|\(user|\buser(?: there| on it| on the (?:box|server|host))? is|\blogin[ \t]+-u|\bsu[ \t]+-)"
    r"[ \t]*[\"'`]?(?P<name>[^\W\d_][^\W\d_.-]{1,30})(?=[\"'`)]|[ \t]+-p\b|[ \t]*[.,;:!?)\n]|[ \t]*$)"
)


def _log_users(text: str) -> list[Span]:
    return [Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.65) for m in _LOG_USER.finditer(text)
            if m.group("name").lower() not in _SERVICE_ACCOUNTS and not is_common(m.group("name"))]


def find(text: str) -> list[Span]:
    """PERSON spans from keys, columns and form conventions."""
    spans: list[Span] = []
    if "user" in text or "USER" in text or "User" in text or "login" in text:
        spans.extend(_log_users(text))
    if ":" in text or "=" in text:
        spans.extend(_key_values(text))
    if "<input" in text:
        spans.extend(_html_inputs(text))
    if "</" in text:
        spans.extend(_element_names(text))
    if not text.isascii() and (":" in text or "：" in text):
        spans.extend(_script_keyed_names(text))
    if "\n" in text and ":" in text and any(s.type is EntityType.PERSON for s in spans):
        spans.extend(_record_fields(text))
    if "\n" in text:
        spans.extend(_table_cells(text))
        spans.extend(_top_line(text))
    if mentions(text, _NAME_FIELD_CUES):
        spans.extend(_name_fields(text))
    if "/" in text:
        spans.extend(_slash_names(text))
    if "=" in text:
        spans.extend(_query_names(text))
    return spans


def _query_names(text: str) -> list[Span]:
    """The values of a link's name fields ("?imie=michał&nazwisko=kowalczyk", "?first=ana+maria&last=lima"): the key
    says a person's name follows, so case does not matter; a common word there ("?name=test", "?last=true") is none."""
    return [Span(start, end, EntityType.PERSON, 0.8) for kind, start, end, value in query_fields(text)
            if kind == "name" and len(value) >= 2
            and not any(is_common(w) for w in re.split(r"[ '’-]", value) if w and w.lower() not in PARTICLES)]


def _fold_key(key: str) -> str:
    return re.sub(r"[\W_]", "", key).lower()


def _person_value(value: str, handle_ok: bool, ambiguous: bool = False) -> tuple[int, int] | None:
    """(start, end) within `value` of the name or account it holds, or None."""
    stripped = _TRAILING_NOTE.sub("", value).strip()  # "Cerys MacLeod (514541519)", "Ana Lima (mother)"
    if not stripped:
        return None
    offset = value.index(stripped)
    if handle_ok and _HANDLE.fullmatch(stripped) and any(c in stripped for c in "._-"):
        parts = re.split(r"[._-]", stripped)
        if stripped.lower() in _SERVICE_ACCOUNTS or parts[0].lower() in _CODE_OWNERS or any(is_common(p) for p in parts if p.isalpha()):
            return None
        return offset, offset + len(stripped)
    words = stripped.split()
    if not 1 <= len([w for w in words if w.lower() not in PARTICLES]) <= 4 or len(stripped) < 2:
        return None  # ("Ainhoa Fernández de la Torre": particles are not counted)
    # a middle initial may sit between the first and the last word ("Terrence H. Yoder")
    if not all(_VALUE_WORD.fullmatch(w.rstrip(",")) for w in (words[0], words[-1])) or not all(
            _VALUE_WORD.fullmatch(w.rstrip(",")) or _INITIAL.fullmatch(w) or w.lower() in PARTICLES for w in words[1:-1]):
        return None
    # "Ségolène Le Goff", "Le Bihan": a particle in a name, before another word, is not the common word it spells
    if (any(is_common(w.rstrip(",")) for i, w in enumerate(words) if not (w.lower() in PARTICLES and i < len(words) - 1))
            or stripped.lower() in _SERVICE_ACCOUNTS):
        return None
    if len(words) == 1 and (stripped.lower() in _STEP_WORDS or stripped.isupper() and len(stripped) <= 3):
        return None  # `display_name: Checkout` labels a step or a button; `guardian: TBD`, `owner: N/A`
    if len(words) == 1 and not handle_ok and not stripped[0].isupper():
        return None  # `name: foo` in a config names a thing; a person's name is capitalised
    if ambiguous and not (handle_ok and len(words) == 1):
        if (len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in PARTICLES)
                or words[0].lower() in _STEP_WORDS):
            return None
    return offset, offset + len(stripped)


def _key_values(text: str) -> list[Span]:
    spans = []
    has_person = False
    towns, firms = [], []
    for m in _KEY_VALUE.finditer(text):
        key = _fold_key(m.group("key"))
        if key in _FIRM_KEYS and m.group("kq"):
            group = "qvalue" if m.group("qvalue") is not None else "value"
            value = m.group(group).strip()
            if value and value[0].isupper() and not is_common(value.split()[0]) and len(value.split()) <= 6:
                firms.append(Span(m.start(group), m.start(group) + len(m.group(group).rstrip()), EntityType.ORGANIZATION, 0.65))
            continue
        if key in _TOWN_COLUMNS and (m.group("kq") or _starts_line(text, m.start("key"))):
            group = "qvalue" if m.group("qvalue") is not None else "value"
            value = m.group(group).rstrip()
            towns.append(_town_cell(text, m.start(group), m.start(group) + len(value)))
            continue
        if key not in _PERSON_KEYS:
            if not key.endswith(_PERSON_KEY_ENDS):
                continue
            key = next(end for end in _PERSON_KEY_ENDS if key.endswith(end))
        group = "qvalue" if m.group("qvalue") is not None else "value"
        value = m.group(group)
        # A key in prose ("name: John said") must be a line's label or a quoted key.
        if not m.group("kq") and not _starts_line(text, m.start("key")):
            continue
        found = _person_value(value, key in _HANDLE_KEYS, key in _AMBIGUOUS_KEYS)
        if found:
            start = m.start(group)
            spans.append(Span(start + found[0], start + found[1], EntityType.PERSON, 0.75))
            has_person = True
    # a record's town is where its person lives ("ad": "Burak", ..., "sehir": "Sakarya"; "hemort: Örebro" in a profile)
    if has_person or search_words(_PERSONAL_RECORD, text):
        spans.extend(t for t in towns if t is not None)
        spans.extend(firms)  # and its "company" is their employer
    return spans


_FIRM_KEYS = frozenset(
    """company employer companyname employername organisation organization org firma empresa arbeitgeber werkgever
    société societe azienda entreprise bedrijf företag arbejdsgiver pracodawca zaměstnavatel işveren school bank""".split()
)

_PERSONAL_RECORD = re.compile(r"(?i)\b(?:my|mein|meine|mon|ma|mijn|min|mitt|mi|mio|meu|moje|mój|můj|benim)\b")


def _starts_line(text: str, pos: int) -> bool:
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return not before.strip(" \t-*[{,") or before.rstrip().endswith((",", "{", ";"))


def _html_inputs(text: str) -> list[Span]:
    spans = []
    for m in _HTML_INPUT.finditer(text):
        group = "value" if m.group("value") is not None else "value2"
        found = _person_value(m.group(group), True)
        if found:
            start = m.start(group)
            spans.append(Span(start + found[0], start + found[1], EntityType.PERSON, 0.75))
    return spans


# Columns and keys that hold where someone lives: a contacts table's "city" or "woonplaats", a record's "sehir".
_TOWN_COLUMNS = frozenset(
    """city town hometown residence woonplaats plaats stad ort wohnort stadt ville ciudad città cidade by bopæl
    miasto miejscowość město obec şehir sehir kaupunki hemort""".split()
)


def _town_cell(text: str, start: int, end: int) -> Span | None:
    """The town in a cell or a value, if it looks like one: one to four words, the first not a common one."""
    value = text[start:end]
    words = value.split()
    if not 1 <= len(words) <= 4 or not all(_TOWN_WORD.fullmatch(w) for w in words) or is_common(words[0]):
        return None
    return Span(start, end, EntityType.LOCATION, 0.65)


_TOWN_WORD = re.compile(r"['’]?[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*")


def _table_cells(text: str) -> list[Span]:
    """Cells under a person column of a CSV, TSV, semicolon or Markdown table with a header row."""
    spans: list[Span] = []
    lines = text.split("\n")
    offsets = line_offsets(lines)
    i = 0
    while i < len(lines) - 1:
        header = lines[i]
        delimiter = next((d for d in _DELIMITERS if header.count(d) >= 1 + (d == "|")), None)
        if delimiter is None:
            i += 1
            continue
        cells = split_row(header, delimiter)
        heads = [_fold_key(cell) for _, _, cell in cells]
        columns = [j for j, head in enumerate(heads) if head in _PERSON_COLUMNS]
        towns = [j for j, head in enumerate(heads) if head in _TOWN_COLUMNS] if columns else []
        if not columns or len(cells) < 2:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].count(delimiter) >= max(1, header.count(delimiter) - 1):
            row = split_row(lines[j], delimiter)
            if not re.fullmatch(r"[\s|:-]*", lines[j]):  # not Markdown's |---|---| rule
                for col in columns:
                    if col < len(row):
                        start, end, cell = row[col]
                        found = _person_value(cell, heads[col] in _HANDLE_KEYS or heads[col] not in _AMBIGUOUS_KEYS,
                                              heads[col] in _AMBIGUOUS_KEYS)
                        if found:
                            base = offsets[j] + start
                            spans.append(Span(base + found[0], base + found[1], EntityType.PERSON, 0.7))
                for col in towns:  # where the people of a people table live
                    if col < len(row):
                        start, end, _ = row[col]
                        town = _town_cell(text, offsets[j] + start, offsets[j] + end)
                        if town is not None:
                            spans.append(town)
            j += 1
        i = j
    return spans


def _name_fields(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_NAME_FIELD, text):
        start, value = m.start("name"), m.group("name")
        if value.isupper() or value.replace(",", "").split()[0].isupper():
            words = value.split(",")[0].split()
            if any(is_common(w) or len(w) < 2 for w in words) or value.lower() in _HEADING_WORDS:
                continue
            if len(words) == 1 and len(words[0]) <= 3:
                continue  # "name: ID", "holder: USA"
            end = start + len(value.split(",")[0].rstrip())
        elif "," in value:
            # "Patient Schröder, Lukas": the last name, a comma, the capitalised given names after it.
            last, _, given = value.partition(",")
            given_words = []
            for w in given.split():
                if not w[:1].isupper() or is_common(w):
                    break
                given_words.append(w)
            last_words = [w for w in last.split() if w.lower() not in PARTICLES]  # "Iglesias de la Fuente, Aitor"
            if not given_words or any(not w[:1].isupper() or is_common(w) for w in last_words):
                span = name_span(text, start, start + len(last), 0.75) if _FIELD.fullmatch(m.group("cue")) else None
                if span:
                    spans.append(span)
                continue
            end = text.index(given_words[-1], start + len(last)) + len(given_words[-1])
        elif _FIELD.fullmatch(m.group("cue")):
            span = name_span(text, start, m.end("name"), 0.75)  # "given names Ashley": title case after a field
            if span:
                spans.append(span)
            continue
        else:
            continue
        spans.append(Span(start, end, EntityType.PERSON, 0.75))
    return spans


def _slash_names(text: str) -> list[Span]:
    spans = []
    for m in _SLASH_NAME.finditer(text):
        words = re.split(r"[/ \t]+", m.group("name"))
        if all(len(w) >= 2 and not is_common(w) for w in words) and not m.group("name").count("/") > 1:
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    return spans


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def _korean_sentence(line: str) -> bool:
    """A Korean line that cannot be a name: Korean writes a full name as one word of two to four syllables (a family
    name and a given name may stand apart), so three words or a longer word are a heading or a sentence
    ("동호회 회원 명단입니다", "the club's member list")."""
    words = line.split()
    return bool(_HANGUL_WORD.search(line)) and (len(words) > 2 or any(len(w) > 4 for w in words))


def _top_line(text: str) -> list[Span]:
    spans = []
    for m in _BLOCK_TOP_LINE.finditer(text):
        # A CV or a letter pasted below the request: the name heads a block, contact details follow it.
        words = m.group("name").split()
        if (2 <= len(words) <= 4 and not any(is_common(w) or w.lower() in _HEADING_WORDS or len(w) < 2 for w in words)
                and _CONTACT_BELOW.search(text, m.end(), m.end() + 120) and m.group("name").lower() != m.group("name").upper()):
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.65))
    m = _TOP_LINE.match(text)
    if m is None or len(text) - m.end() < 20 or "\t" in m.group("name") or _korean_sentence(m.group("name")):
        return spans  # (words parted by tabs are a table's header: "Nombre\tAlta\tTeléfono")
    words = m.group("name").split()
    if not 2 <= len(words) <= 4 or any(is_common(w) or w.lower() in _HEADING_WORDS or len(w) < 2 for w in words):
        return spans
    # In capitals it is a name ("CLÉMENCE DUBOIS"); in title case only with contact details below it,
    # as a CV's header ("Rose Care Basics" is a heading).
    if not m.group("name").isupper() and not _CONTACT_BELOW.search(text, m.end(), m.end() + 120):
        return spans
    return [*spans, Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.65)]


# A record written as markup: an element named as a person key is ("<passenger>Ana Lima</passenger>", "<importer>山本奈々
# </importer>", "<importer>अनीता पांडे</importer>") holds the person, as the key does in JSON; so do the parties a
# declaration or a shipment names (importer, exporter, consignee, declarant, addressee), whom the key rules do not
# know. A value in a script without capitals (Han, kana, Hangul, Devanagari, Arabic, Hebrew, Thai) is read by its
# letters: one to four words of them, none a little word of prose; a cased one as the key rules read it.
_ELEMENT = re.compile(r"<(?P<tag>[A-Za-z][\w.:-]{1,40})(?:[ \t][^<>\n]*)?>[ \t]*(?P<value>[^<>\n]{2,60}?)[ \t]*</(?P=tag)>")
_PARTY_KEYS = frozenset("importer exporter consignee consignor declarant addressee shipper".split())
_UNCASED_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0963\u0981-\u09FF\u0E31-\u0E4E\u064B-\u065F・·])*")


def _uncased_name(value: str) -> bool:
    words = value.split()
    return (1 <= len(words) <= 4 and all(_UNCASED_NAME.fullmatch(w) for w in words) and len(value) >= 2
            and not any(ch.isupper() or ch.islower() for ch in value) and UNCASED_FUNCTION_WORDS.isdisjoint(words))


def _keyed_name(m: re.Match[str], uncased_ok: bool, handle_ok: bool, ambiguous: bool) -> Span | None:
    """The person in the "value" group of a keyed match: an uncased script's name whole, a cased one as keys read it."""
    value, start = m.group("value"), m.start("value")
    if uncased_ok and _uncased_name(value):
        return Span(start, start + len(value), EntityType.PERSON, 0.75)
    found = _person_value(value, handle_ok, ambiguous)
    return Span(start + found[0], start + found[1], EntityType.PERSON, 0.75) if found else None


def _element_names(text: str) -> list[Span]:
    spans = []
    for m in _ELEMENT.finditer(text):
        key = _fold_key(m.group("tag"))
        if key not in _PERSON_KEYS and key not in _PARTY_KEYS and not key.endswith(_PERSON_KEY_ENDS):
            continue
        # (a product's <name> is as often Han as a person's)
        ambiguous = key in _AMBIGUOUS_KEYS
        if (span := _keyed_name(m, not ambiguous, key in _HANDLE_KEYS, ambiguous or key in _PARTY_KEYS)) is not None:
            spans.append(span)
    return spans


# A record's name key written in the script of its language ('이름: "강수빈"', '姓名: "林伟"', "नाम: ...", "الاسم: ...",
# "שם: ...", "Имя: ..."), at the start of its line as YAML or an INI file has it: its value is the person's name.
_SCRIPT_NAME_KEY = re.compile(
    r"(?m)^[ \t]*(?:-[ \t]+)?[\"']?(?:이름|성명|姓名|氏名|名前|お名前|名字|नाम|पूरा नाम|الاسم|الاسم الكامل|שם|שם מלא|Имя|имя|ФИО|Ім'я|ім'я|"
    r"ПІБ|Име|име|Όνομα|Ονοματεπώνυμο|ชื่อ|ชื่อ-นามสกุล)[\"']?[ \t]*[:：][ \t]*(?P<q>[\"'“「]?)(?P<value>[^\"'”」\n,，、]{2,40}?)"
    r"[\"'”」]?[ \t]*$"
)


def _script_keyed_names(text: str) -> list[Span]:
    return [span for m in _SCRIPT_NAME_KEY.finditer(text) if (span := _keyed_name(m, True, False, True)) is not None]


# A person's record (a name found under its key above) goes on with where they work and live, each under its key in
# the record's language, a line each: the employer ('직장: "튼튼동물병원"', '单位: "宠爱动物医院"', 'İşveren: "Nakliyat
# Leylek"', 'מעסיק: "..."') is a firm, the town ("도시: 인천", "城市: 青岛", "Pilsēta: Daugavpils", "Град: Стара Загора") a
# place, whatever the script of the value, which the key rules (Latin keys, cased values) do not read.
_EMPLOYER_KEYS = (r"직장|회사|单位|工作单位|勤務先|会社|מעסיק|מקום עבודה|جهة العمل|مكان العمل|Работодатель|Работодател|Роботодавець|"
                  r"Nơi làm việc|Darba devējs|Darbdavys|Tööandja|Zaměstnavatel|Zamestnávateľ|Munkáltató|İşveren|Pracodawca|"
                  r"Angajator|Poslodavac|Εργοδότης|Tempat kerja|Arbeitgeber|Employer|Empresa|Empleador|Employeur|Werkgever|"
                  r"Arbetsgivare|Arbejdsgiver|Arbeidsgiver|Datore di lavoro|Entidade patronal")
_TOWN_KEYS = (r"도시|城市|市区町村|都市|עיר|المدينة|Град|Город|Місто|Thành phố|Pilsēta|Miestas|Linn|Město|Mesto|Település|Şehir|"
              r"Miasto|Oraș|Grad|Kota|Πόλη|City|Ciudad|Ville|Stadt|Ort|Wohnort|Città|Cidade|Stad|Woonplaats|Kaupunki")
_RECORD_FIELD = re.compile(
    rf"(?m)^[ \t]*(?:-[ \t]+)?[\"']?(?:(?P<employer>{_EMPLOYER_KEYS})|(?P<town>{_TOWN_KEYS}))[\"']?[ \t]*[:：][ \t]*"
    r"(?P<q>[\"'“„「]?)(?P<value>[^\s\"'”“」0-9][^\"'”“」\n]{0,59}?)[\"'”“」]?[ \t]*$"
)


def _record_fields(text: str) -> list[Span]:
    spans = []
    for m in _RECORD_FIELD.finditer(text):
        value = m.group("value")
        if m.group("employer") is not None:
            if (value.lower() in NO_EMPLOYER or value.split()[0].lower() in NO_EMPLOYER
                    or value.isascii() and not value[0].isupper()):  # (answers: "self-employed", "see attached")
                continue
            if not is_common(value.split()[0]) or len(value.split()) > 1:
                spans.append(Span(m.start("value"), m.end("value"), EntityType.ORGANIZATION, 0.65))
        elif (town := _town_cell(text, m.start("value"), m.end("value"))) is not None or _uncased_name(value):
            spans.append(town or Span(m.start("value"), m.end("value"), EntityType.LOCATION, 0.65))
    return spans
