"""Street addresses: a grammar for US/UK, German/Dutch/Nordic, French and Spanish/Italian/Portuguese forms,
Indian flat-and-cross forms and PO boxes.

A street with its house number is found first; then the parts written after it (flat or floor, district,
town, postcode, province) and a flat written before it are taken in, in whatever order and with
whatever separators (", ", " - ", a line break before a postcode) the country uses.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from llmvpn.privacy.recognizers import dates
from llmvpn.privacy.recognizers._context import contains, finditer_cued, finditer_words, matches_at, mentions, word_index
from llmvpn.privacy.recognizers._words import COMMON
from llmvpn.privacy.spans import EntityType, Span

_CAP = r"[^\W\d_][\w'’.-]*"
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    r"Close|Crescent|Cres|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Row|Walk|Mews|Grove|"
    r"Gardens|Hill|Park|Loop|Pike|Alley|Plaza|Rise|Parade|Pde|Tce|View|Vale|Wharf|Quay|Wynd|Brae|Chase|Croft|Esplanade"
)
_UNIT = r"(?:,?[ \t]*(?i:apt|apartment|suite|ste|unit|flat|floor|fl|#)\.?[ \t]*[\w-]{1,6})?"
# Street and town words, in any case (addresses get typed in lower case too), but never the little
# words of a sentence: "5 blocks down the road" is not an address.
# English words ending like a German street ("During 2020", "Spring 2024"): not streets.
_ING_WORDS = (
    r"(?:During|Spring|String|Bring|Offering|Wiring|Hiring|Boring|Scoring|Sharing|Catering|Engineering|Monitoring|"
    r"Tutoring|Mentoring|Clustering|Filtering|Ordering|Rendering|Gathering|Recurring|Referring|Keyring|Earring|"
    r"Bearing|Mooring|Flooring|Roofing)\b"
)
_STOP = r"(?!(?:the|a|an|my|our|your|to|of|and|or|on|in|at|by|down|up|from|for|with|this|that|is|was|new|old|"
_STOP += r"about|which|where|near|but|so|can|could|please|thanks|then|last|next|every|each|per|blocks?|miles?|km)\b)"
_STREET_WORD = rf"{_STOP}[^\W\d_][\w'’.-]*"
_TOWN_WORD = rf"{_STOP}[^\W\d_][^\W\d_'’.-]*(?![\w])"
_TOWN = r"[A-ZÀ-Þ][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*(?![\w])"  # a capitalised town name, no full stop
_CITY_TAIL = (
    rf"(?:,[ \t]*{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})?"  # , Springfield
    r"(?:,?[ \t]+(?:[A-Za-z]{2}[ \t]+[0-9]{5}(?:-[0-9]{4})?|[A-Za-z]{1,2}[0-9][A-Za-z0-9]?[ \t]*[0-9][A-Za-z]{2}(?![\w])"
    r"|[0-9]{5}(?![\w])|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9]))?"
)
_UK_POSTCODE = r"(?i:[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]*[0-9][A-Z]{2})"
# How a German or Dutch street's name ends (with a capital before those that end English words too), or the words it
# opens with: "Hauptstraße 12a", "Am Markt 3" (see `_german_dutch_streets`).
_CAPITAL_STREET_ENDS = r"str\.|weg|platz|ring|damm|ufer|steig|pfad|markt|hof|dreef|steeg"
_STREET_ENDS = r"straße|strasse|gasse|allee|straat|laan|singel|gracht|plein|kade|dijk|plantsoen|gatan|vägen|veien"
_STREET_LEADS = r"Am|An der|Im|Auf dem|Zum|Zur"
_ADDRESSES = tuple(
    re.compile(p)
    for p in (
        # 42 Elm Street, Apt 3B, Springfield, IL 62704 · 221B Baker St · 10 Downing Street, London SW1A 2AA
        # (The house number's first digit is read before the look back at what precedes it, "(?<![\w-])[0-9]{1,5}"
        # written so that the scan skips to the digits instead of trying the pattern at every character.)
        rf"[0-9](?<![\w-][0-9])[0-9]{{0,4}}[A-Za-z]?(?:-[0-9]{{1,5}})?[ \t]+(?:[NSEWnsew]{{1,2}}\.?[ \t]+)?(?:[0-9]{{1,3}}(?:st|nd|rd|th)[ \t]+)?(?:{_STREET_WORD}[ \t]+){{0,3}}"
        rf"(?i:{_STREET_TYPES})\b\.?{_UNIT}{_CITY_TAIL}",
        # Hauptstraße 12a, 10115 Berlin · Bahnhofstrasse 7, 8001 Zürich · Am Markt 3 · Spoorstraat 42 bis ·
        # Wilhelminalaan 45 · Storgatan 5. Suffixes that end English words too ("During 2020") need a capital.
        rf"(?<![\w-])(?:(?!{_ING_WORDS})[A-ZÄÖÜ][\wäöüß-]*(?:{_CAPITAL_STREET_ENDS})|"
        rf"[^\W\d_][\wäöüß-]*(?:{_STREET_ENDS})|"
        rf"(?:{_STREET_LEADS})\s+[A-ZÄÖÜ]\w+)\s+[0-9]{{1,4}}[a-zA-Z]?(?:[-/][0-9]{{1,4}}){{0,2}}(?:-(?:hs|[IV]{{1,3}}|[a-zA-Z](?![\w])))?(?:[ \t]+(?:bis|ter|hs))?(?:[ \t]+[A-H](?:[ \t]+[0-9]{{1,3}})?(?![\w]))?(?:,\s*(?:D-|CH-|A-)?[0-9]{{4,5}}[ \t]+{_TOWN}(?:[ \t]+{_TOWN})?)?",
        # 12 rue de la Paix, 75002 Paris · 5 bis avenue Victor Hugo
        rf"[0-9](?<![\w-][0-9])[0-9]{{0,3}}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours)"
        rf"\s+(?:(?:de|du|des|la|le|l'|d')\s*)*{_CAP}(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+)?{_CAP}){{0,3}}(?:,?\s*[0-9]{{5}}[ \t]+{_TOWN}(?:[ \t]+{_TOWN})?)?",
        # Calle Mayor 5, 28013 Madrid · Via Roma 10, 00184 Roma · Rua Augusta 120
        rf"(?<![\w-])(?:Calle|C/|Avenida|Avda\.?|Av\.|Plaza|Paseo|Camino|Carrer|Via|Viale|Piazza|Piazzale|Corso|Vicolo|Largo|"
        rf"Rua|Travessa|Alameda|Estrada|Rodovia|P\.zza|P\.le|V\.le|C\.so|(?i:ul\.|al\.|os\.))\s+"
        rf"(?:(?:de|del|la|los|las|di|della|dei|da|do|dos|das)\s+)*{_CAP}(?:[ \t]+(?:(?:de|do|da|dos|das|di|del|della)[ \t]+)?{_CAP}){{0,3}},?[ \t]*"
        rf"(?:n\.?\s?º?\s*)?[0-9]{{1,5}}(?:/[A-Za-z0-9]{{1,3}}|[A-Za-z](?![\w]))?"
        rf"(?:,\s*[0-9]{{5}}[ \t]+{_TOWN}(?:[ \t]+{_TOWN})?)?",
        r"(?i:\b(?:P\.?\s?O\.?\s+Box|Postfach|Apartado))\s+[0-9]{1,6}\b",
        # The Finnish, Danish, Norwegian, Latvian, Lithuanian and Estonian street words, with a Finnish staircase and
        # flat after the number ("Koulukatu 88 C 36, 37645 Turku", "Nørregade 12, 8000 Aarhus"): only with the
        # postcode and town after them, for names end so too ("Katie 25", "Daniela 32").
        rf"(?<![\w-])[^\W\d_][\w-]*(?:katu|tie|kuja|polku|gade|vej|gata|gate|iela|gatvė|tänav)\s+[0-9]{{1,4}}[a-zA-Z]?"
        rf"(?:[-/][0-9]{{1,4}}){{0,2}}(?:[ \t]+[A-H](?:[ \t]+[0-9]{{1,3}})?(?![\w]))?,\s*(?:[A-Z]{{1,2}}-)?[0-9]{{4,5}}[ \t]+{_TOWN}",
        # Belgian and Swiss French order, the number after the street: "Rue de la Fontaine 22 bte 11, 6700 Arlon".
        rf"(?<![\w-])(?:Rue|Chemin|Avenue|Boulevard|Place|Quai|Allée|Impasse|Route|Clos|Square)\s+(?:(?:de|du|des|la|le|l'|d')\s*)*{_CAP}"
        rf"(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+)?{_CAP}){{0,3}}[ \t]+[0-9]{{1,4}}[a-zA-Z]?(?=[ \t]*(?:,|\n|bte|bus|boîte))",
        # European order in English: "Willow Street 42, Kraków" (a comma must follow the number).
        rf"(?<![\w-])(?:{_STREET_WORD}[ \t]+){{1,3}}(?i:{_STREET_TYPES})\.?[ \t]+[0-9]{{1,5}}[A-Za-z]?(?![\w])(?=,)",
        # Indian and other flat-first forms: "Flat 9D, Highland Residency, 12th Cross, Koregaon Park, Pune 411001";
        # without a street number, the postcode at the end is what makes it an address.
        rf"(?<![\w-])(?:(?i:flat(?: no\.?)?|apt|apartment|door no\.?|house no\.?|plot no\.?|h\.[ \t]?no\.?)[ \t]*[0-9][\w/-]{{0,10}}|"
        rf"[0-9]{{1,4}}[A-Z]?(?=,[ \t]*[0-9]{{1,2}}(?:st|nd|rd|th)[ \t]+(?i:cross|main|block|stage|phase|sector)))(?:,)"
        rf"(?:[ \t]*(?:[0-9]{{1,3}}(?:st|nd|rd|th)[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}},){{1,5}}[ \t]*{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
        rf"[ \t]*-?[ \t]*(?:[0-9]{{6}}|[0-9]{{3}}[ \t][0-9]{{3}}|{_UK_POSTCODE})(?![\w])",
        # A house name or a street without a number, made an address by the UK postcode after it:
        # "Holly Lodge, Lakeview Lane, Leeds LS18 6HU".
        rf"(?<![\w-])(?:{_CAP}[ \t]+(?i:lodge|house|cottage|farm|barn|manor|hall|villa|mill),[ \t]*)?(?:{_STREET_WORD}[ \t]+){{1,3}}"
        rf"(?i:{_STREET_TYPES})\b,[ \t]*{_TOWN}(?:[ \t]+{_TOWN})?,?[ \t]+{_UK_POSTCODE}(?![\w])",
    )
)


# What each of _ADDRESSES needs in the text before it is worth running (see `_context.mentions`): the
# English forms a street type as a word, the flat-first form a flat word anywhere; None: always run.
_STREET_TYPE_WORDS = frozenset(_STREET_TYPES.lower().split("|"))
_FLAT_WORDS = ("flat", "apt", "apartment", "door no", "house no", "plot no", "h.no", "h. no", "cross", "main")
# (its street word right before the house number: found by a scan that starts at the word's letters, ten times
# quicker than the whole rule's, which tries every word of the text as a street's name)
_NORDIC_STREETS = re.compile(r"(?:katu|tie|kuja|polku|gade|vej|gata|gate|iela|gatvė|tänav)\s+[0-9]")
# By rule, in _ADDRESSES' order: US/UK, German and Dutch, French, Spanish and Italian, PO boxes, Nordic, Belgian,
# European order in English, flat first, house names before a UK postcode.
_NEEDS = (_STREET_TYPE_WORDS, None, None, None, None, _NORDIC_STREETS, None, _STREET_TYPE_WORDS, _FLAT_WORDS, _STREET_TYPE_WORDS)


# Every address rule needs a digit: a house number, a postcode or a flat number ([0-9], as they all write it).
_DIGIT = re.compile(r"[0-9]")


def _applicable(text: str) -> list[re.Pattern[str]]:
    """The patterns of _ADDRESSES that can match in `text`, in their order."""
    if not _DIGIT.search(text):
        return []
    return [pattern for pattern, needs in zip(_ADDRESSES, _NEEDS, strict=True)
            if needs is None or (mentions(text, needs) if isinstance(needs, frozenset)
                                 else needs.search(text) is not None if isinstance(needs, re.Pattern)
                                 else contains(text, needs))]


# The German and Dutch pattern (the second) matches at the start of the run of letters, figures and hyphens that
# ends in a street's ending right before the house number, or at "Am", "Im"...: it is tried at those places only,
# found before the spaced numbers of the text and in its word index, not at every word (~0.1 ms on 1 KB).
_SPACED_NUMBER = re.compile(r"[0-9](?<=\s[0-9])")  # (a figure after a space: the scan skips to the figures)
_STREET_END_WORDS = tuple(end.replace("\\.", ".") for end in f"{_CAPITAL_STREET_ENDS}|{_STREET_ENDS}".split("|"))
_STREET_LEAD_WORDS = frozenset(lead.split()[0].lower() for lead in _STREET_LEADS.split("|"))


def _address_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for one of `_ADDRESSES`, tried only where a match can start."""
    return _german_dutch_streets(pattern, text) if pattern is _ADDRESSES[1] else finditer_words(pattern, text)


def _german_dutch_streets(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for the German and Dutch pattern."""
    index = word_index(text)
    if index is None:
        return pattern.finditer(text)
    starts = {at for lead in _STREET_LEAD_WORDS for at in index.starts.get(lead, ())}
    for number in _SPACED_NUMBER.finditer(text):
        at = number.start() - 1
        while at > 0 and text[at - 1].isspace():
            at -= 1  # (to the first of the spaces, as the pattern's "\s+" takes them all)
        if not text.endswith(_STREET_END_WORDS, 0, at):
            continue
        if text[at - 1] == ".":
            at -= 1  # ("Hauptstr. 5")
        while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-"):  # (\w, and the hyphen: "Karl-Marx-Straße")
            at -= 1
        starts.add(at)
    return matches_at(pattern, text, sorted(starts))


def find(text: str) -> list[Span]:
    """Street addresses in US/UK, German, French, Spanish/Italian/Portuguese forms, and PO boxes."""
    if not _DIGIT.search(text):
        return []  # (the layout and cue rules need a postcode or a house number too)
    spans = []
    for pattern in _applicable(text):
        for m in _address_matches(pattern, text):
            value = m.group().rstrip(" ,.")
            if _SAMPLE.search(value):
                continue
            start, end = m.start(), m.start() + len(value)
            end = _tail_end(text, end)
            if contact := _CONTACT_TAIL.search(text, m.end() - 1, end):
                end = contact.start()  # "..., 99084 Erfurt, Tel. 030 ...": the tail ran into the phone's label
            if field := _FIELD_TAIL.search(text, m.end() - 1, end):
                end = field.start()  # "..., 1788 Hasselt, geboren 5 februari": the next field's label
            head = _HEAD.search(text, max(0, start - 24), start)
            if head:
                start = head.start()
            spans.append(Span(start, end, EntityType.ADDRESS, 0.85))
    spans.extend(s for s in chain_spans(text) if not _SAMPLE.search(text[s.start : s.end]))
    spans.extend(regional_spans(text))
    if mentions(text, _ADDRESS_CUE_WORDS) or "adres" in text or "ADRES" in text:
        spans.extend(s for s in _after_cues(text) if not _SAMPLE.search(text[s.start : s.end]))
    if mentions(text, _MOVE_FROM_WORDS) and mentions(text, _MOVE_TO_WORDS):
        spans.extend(_move_origins(text))
    return [_before_prose(text, _ending_at_town(text, s)) for s in spans]



# The words that say an address follows, in the languages of the forms and letters that hold one: "domicilio
# Calle Hidalgo 1189, Col. Jardines, ...", "bor på Ringvägen 13 lgh 1493, 726 84 Sundsvall", "residing at ...",
# "WOHNHAFT IN HAUPTGASSE 52/20, 1684 KREMS", "the property is 43 Church Park\nN37 N0T1". Whatever layout the
# country uses, the address runs from there to the end of the clause; only a stretch with a house number is taken.
_ADDRESS_CUE_WORDS_RE = (
    r"domicilio|dirección|direccion|endereço|endereco|morada|indirizzo|residenza|adresse|adres|adresa|address|"
    r"anschrift|wohnhaft in|wohnhaft|bytem|bor på|bydlím na adrese|na adrese|residing at|resident at|living at|lives at|"
    r"property is|property at|rent for|deposit for|logement du|logement au|domicilié à|domiciliée à|domiciliado en|"
    r"domiciliada en|residente en|residente in|residente em|woonachtig aan|woonachtig op|wohnung an der|mieszkam przy|"
    r"zamieszkały przy|zamieszkała przy|zamieszkały w|bor i lejligheden på"
)
_ADDRESS_CUE = re.compile(
    rf"(?i)\b(?:{_ADDRESS_CUE_WORDS_RE})\b['\"]?[ \t]*(?:is[ \t]+|:[ \t]*['\"]?|['\"]?,?[ \t]*:?[ \t]*['\"])?[ \t]*"
)
_ADDRESS_CUE_START = re.compile(rf"\b(?=(?:{_ADDRESS_CUE_WORDS_RE})\b)")  # on the lower-cased text (finditer_cued)
_ADDRESS_CUE_WORDS = frozenset(
    """domicilio dirección direccion endereço endereco morada indirizzo residenza adresse adres adresa address anschrift
    wohnhaft bytem bor bydlím residing resident living lives property rent deposit logement domicilié domiciliée
    domiciliado domiciliada residente woonachtig wohnung mieszkam zamieszkały zamieszkała""".split()
)
# Where the address ends: the end of the sentence or a bracket, a quote, or the clause going on.
_ADDRESS_END = re.compile(
    r"[?!)\]\"'»;]|\.(?=[ \t]+[A-ZÀ-Þ¿¡]|[ \t]*(?:\n|$))|\n[ \t]*\n|\n(?=[^\n]{0,40}:)|[ \t]+(?i:and|und|et|y|og|och|en|to|from|"
    r"on|le|el|il|but|which|where|for|since|sedan|siden|seit|depuis|desde|dal|od|invite|goes|went|has|have|is|was|"
    r"adresindeki|adresinde|ve)\b|,[ \t]+(?i:and|und|et|y|og|och|but|which|where|who|moving|tel|phone|email|e-mail|"
    r"mail|correo|celular|telefon|telefone|tlf|dob|born|né|née|geboren|iban|id|ssn)\b|$"
)
_HOUSE_NUMBER = re.compile(r"(?<![\w])[0-9]{1,5}[A-Za-z]?(?![\w])|(?<![\w])[0-9]{1,5}[/-][0-9]{1,5}")
# An address cue followed by an IP address, or after a word naming a network or a mailbox: "ip address 10.1.2.3",
# "adresa 2001:db8::1", "MAC address", "e-mail address" are not where anyone lives.
_IP_FIRST = re.compile(r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![\w.])|[0-9a-fA-F]{1,4}:[0-9a-fA-F]{0,4}:")
_IP_AFTER = re.compile(r"[ \t]*(?:(?:[0-9]{1,3}\.){3}[0-9]|[0-9a-fA-F]{1,4}:[0-9a-fA-F]{0,4}:)")
_NETWORK_WORD = re.compile(r"(?i)(?:ip|ipv4|ipv6|mac|dns|dhcp|gateway|lan|wan|subnet|cidr)(?![\w])")
_NOT_POSTAL = re.compile(r"(?i)\b(?:ip|ipv4|ipv6|mac|e-?mail|web|wallet|memory|server|host|network|bitcoin|ethereum)[ \t-]+$")


def _after_cues(text: str) -> list[Span]:
    spans = []
    for cue in finditer_cued(_ADDRESS_CUE, _ADDRESS_CUE_START, text):
        start = cue.end()
        end_match = _ADDRESS_END.search(text, start, start + 120)
        end = end_match.start() if end_match else min(len(text), start + 120)
        if _IP_FIRST.match(text, start) or _NOT_POSTAL.search(text, max(0, cue.start() - 12), cue.start()):
            continue  # "ip address 10.1.2.3 255.255.255.0", "adresa 2001:db8::1": a network address, not a home
        if _NETWORK_WORD.match(text, start):
            continue  # "dirección IPv4 privada como 10.0.0.0/8": the address of a network
        value = _address_part(text[start:end])
        # a house number and a word, a few lines at most, and not a sentence: "address is on the invoice" is no address
        if (len(value) < 8 or value.count("\n") > 2 or not _HOUSE_NUMBER.search(value) or not re.search(r"[^\W\d_]{3}", value)
                or not (value[0].isdigit() or value[0].isupper() or value[:1].isalpha() and text[start:end].islower())):
            continue
        spans.append(Span(start, start + len(value), EntityType.ADDRESS, 0.6))
    # Turkish names the address first: "Gazi Bulvarı No: 192/12, 07617 Melikgazi/Kayseri adresindeki dairede"
    for cue in _ADDRESS_BEFORE.finditer(text) if "adres" in text or "ADRES" in text else ():
        opening = _CLAUSE_START.search(text, max(0, cue.start() - 120), cue.start())
        start = opening.end() if opening else max(0, cue.start() - 120)
        value = text[start : cue.start()].strip()
        start = text.index(value, start) if value else start
        if _IP_AFTER.match(text, cue.end()) or _NOT_POSTAL.search(text, max(0, cue.start() - 12), cue.start() + 1):
            continue  # "Modemdeki IPv6 adresi 2600:1700:...": the address of a network, not of a home
        if 8 <= len(value) <= 120 and value.count("\n") <= 2 and _HOUSE_NUMBER.search(value):
            spans.append(Span(start, start + len(value), EntityType.ADDRESS, 0.6))
    return spans


# Little words that belong to street names ("rue des Écoles", "Rua Barão do Rio Branco", "calle de la Paz").
_STREET_PARTICLES = frozenset("de del della di da do dos das des du la le les los las el van von der den am an im "
                              "bis ter y e i och og und et st no nr".split())
# ... and words that start the rest of the sentence, beside the common ones: "..., shall give", "..., buying".
_SENTENCE_WORDS = frozenset("shall buying selling moving para pour für per pero ma mas aber maar men completion".split())


# Lower-case words that go on an address after a comma: its flat, floor, building or staircase ("..., 5, appartement 4").
_UNIT_WORDS = frozenset((
    "appartement", "apartment", "bâtiment", "escalier", "étage", "piso", "planta", "puerta", "escalera", "bloque",
    "portal", "andar", "bloco", "apartamento", "mieszkanie", "lokal", "klatka", "piętro", "vchod", "poschodie",
    "stiege", "hinterhaus", "vorderhaus", "lejlighed", "lägenhet", "leilighet", "asunto", "huoneisto", "porras",
    "kerros",
))


def _address_part(clause: str) -> str:
    """The address at the start of `clause`: up to the first word of ordinary prose after it."""
    end = 0
    for token in re.finditer(r"\S+", clause):
        word = token.group().strip(",.;:()'\"").lower()
        if word and word[0].isalpha() and word == token.group().strip(",.;:()'\"") and word not in _STREET_PARTICLES and (
                word in COMMON or word in _SENTENCE_WORDS):
            break  # a lower-case common word: the sentence goes on ("..., 45783 Göttingen, shall give no less")
        if (clause[token.start() - 2 : token.start()] == ", " and len(word) >= 5 and word.isalpha()
                and word == token.group().rstrip(",;:") and word not in _UNIT_WORDS and _DIGIT.search(clause, 0, token.start())):
            break  # after the number, a comma and a lower-case word: the sentence goes on ("..., Coimbra, débito direto")
        end = token.end()
    return clause[:end].rstrip(" \t,.:;-")


_ADDRESS_BEFORE = re.compile(r"[ \t]+(?:adresindeki|adresinde|adresimde|adresine|adresi|ADRES[İI]NDEK[İI]|ADRES[İI]NDE)\b")
# The last sentence end (not an abbreviation's full stop), question mark or "ve" ("and") before it: the address starts after.
_CLAUSE_START = re.compile(r"(?s:.*)(?:\b[a-zçğışöü]+\.[ \t]+|[?!][ \t]+|\b(?:ve|VE)[ \t]+|\n\n)")  # not "Sok. "


def sample_ranges(text: str) -> list[tuple[int, int]]:
    """Where famous and template addresses are ("10 Downing Street", "123 Main Street, Anytown"): no detector
    should take them, or their street, for anyone's."""
    if not contains(text, _SAMPLE_HINTS):
        return []
    ranges = []
    for pattern in _applicable(text):
        for m in _address_matches(pattern, text):
            if _SAMPLE.search(m.group()):
                ranges.append((m.start(), _tail_end(text, m.end())))
    return ranges


def _tail_end(text: str, end: int) -> int:
    """Where the parts after a street end: ", Apt 3", ", 4. OG", " - Boa Vista", ", Recife - SC", ", 75002 Paris (PG)"."""
    for _ in range(6):
        m = _TAIL.match(text, end)
        if not m or m.end() == end:
            break
        end = m.end()
    province = _PROVINCE.match(text, end)  # "25930 Perugia (PG)"
    return province.end() if province else end


_PROVINCE = re.compile(r"[ \t]*\([A-Z]{2}\)")

# An address written postcode first ends at the town after its postcode ("Lindenallee 16, 44813 Jena"): what a comma
# adds after the town may be the record's next field or the sentence.
_POSTCODE_TOWN = re.compile(
    r"(?<![\w-])(?:[0-9]{4,5}|[0-9]{4}[ \t]?[A-Z]{2}|[0-9]{2}-[0-9]{3}|[0-9]{3}[ \t][0-9]{2}|[0-9]{4,5}-[0-9]{3}|[A-Z]{1,2}-[0-9]{4,5})"
    r"[ \t]+(?P<town>[^\W\d_][\w'’.-]*(?:(?:[ \t]+|-)(?:(?:am|an|im|in|bei|der|dem|ob|sur|sous|lès|les|en|de|del|di|la|le|"
    r"upon|on|nad|pod)[ \t]+)?[^\W\d_a-z][\w'’.-]*)*)(?=,[ \t]*[^\W\d_])"
)
# ... what comes after the comma being a field's label and its value ("Mitgliedsnummer 35787", "Tel. 0301...") or the
# sentence's lower-case words ("seit 2019"); a region's or a country's name after the town is the address's ("…, 42068
# Kuching, Sarawak", "…, 75002 Paris, France").
_NEXT_FIELD_AFTER = re.compile(r",[ \t]*(?:[^\W\d_][\w'’-]*\.?:?[ \t]*[0-9#+]|[a-zß-ÿ])")


def _ending_at_town(text: str, span: Span) -> Span:
    last = None
    for last in _POSTCODE_TOWN.finditer(text, span.start, span.end):
        pass
    # (only after the street and its number: "7621 Pécs, Király utca 23" puts the town first, its street after)
    if last is None or not _DIGIT.search(text, span.start, last.start()) or not _NEXT_FIELD_AFTER.match(text, last.end()):
        return span
    return Span(span.start, last.end("town"), span.type, span.score)


def ends_at_town(text: str, start: int, end: int) -> bool:
    """True for an address whose last part is the town after its postcode (see _POSTCODE_TOWN): it is whole."""
    return any(m.end("town") == end and _DIGIT.search(text, start, m.start()) is not None
               for m in _POSTCODE_TOWN.finditer(text, start, min(len(text), end + 40)) if m.start() < end)


# Building parts: "Apt 3B", "apto 300", "4. OG", "3º A", "Unit 5", "bis".
_UNIT_PART = (
    r"(?:(?i:apartment|apto|apt|suite|ste|unit|flat|floor|fl|piso|planta|bloco|étage|appt|app|bus|bte|boîte|casa|scala|int|esc|"
    r"bât|bat|torre|portal|lgh|#)\.?[ \t]*"
    r"(?:(?=[\w-]*[0-9])[\w-]{1,6}|[A-Za-z])(?![\w])"
    r"|[0-9]{1,2}\.?[ \t]*(?:OG|EG|DG|UG|Stock|Etage|étage|andar|º|ª|°)(?:[ \t]*[A-Z](?![\w])|[ \t]+(?:links|rechts|Mitte))?(?![\w])"
    r"|(?i:esc)\.?[ \t]*(?i:izda|dcha|izq|der)\.?|(?:Col|C\.P)\.[ \t]*(?:[0-9]{5}|[^\W\d_][\w'’.-]*(?:[ \t]+(?:de|del|la|los|las)?[ \t]*[^\W\d_][\w'’.-]*){0,3})"
    r"|(?:bis|ter)(?![\w]))"
)
_POSTCODE = (
    rf"(?:[A-Z]{{2}}[ \t]+[0-9]{{5}}(?:-[0-9]{{4}})?|{_UK_POSTCODE}|[0-9]{{4}}[ \t]?[A-Z]{{2}}|[0-9]{{5}}-[0-9]{{3}}|[0-9]{{4}}-[0-9]{{3}}"
    r"|[0-9]{2}-[0-9]{3}|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+[0-9]{4}|[0-9]{3}[ \t][0-9]{2}|(?:[A-Z]{1,2}-)?[0-9]{4,6}|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9])(?![\w])"
)
# A town or district: capitalised words, or lower-case ones when punctuation, a postcode or the end follows.
_PLACE_WORDS = (
    # (and the lower-case words of Slavic town names: "Novo mesto", "Nové Mesto nad Váhom", "Ústí nad Labem")
    rf"(?:{_TOWN}(?:[ \t]+(?:(?:de|do|da|dos|das|di|del|am|an|sur|upon|on)[ \t]+)?{_TOWN}){{0,2}}"
    rf"(?:[ \t]+(?:mesto|město|miasto)(?![\w])|[ \t]+(?:nad|pod)[ \t]+{_TOWN})?"
    rf"|{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,1}}(?=[ \t]*(?:[,.;:!?|)\n·•]|$|[ \t]+[0-9])))"
)
_TAIL = re.compile(
    rf"(?:,[ \t]*|[ \t]+-[ \t]+|[ \t]+(?={_POSTCODE})|[ \t]+(?=(?i:bte|bus|boîte|int|esc|casa|apto|apt|#)\.?[ \t]*[0-9A-Z])|[ \t]*\n[ \t]*(?={_POSTCODE}|{_TOWN}(?:[ \t]+{_TOWN})?,?[ \t]+[A-Z]{{2,3}}[ \t]+(?:[0-9]{{4,5}}|[A-Z][0-9][A-Z])))"
    rf"(?:{_UNIT_PART}|{_POSTCODE}(?:[ \t]+{_PLACE_WORDS})?|{_PLACE_WORDS})"
    r"(?:[ \t]*\([A-Z]{2}\)|[ \t]+-[ \t]+[A-Z]{2}(?![\w]))?"
)
# Addresses everyone knows (seats of government, fiction) and the sample towns of templates and docs:
# they point at no private person.
_SAMPLE = re.compile(
    r"(?i)^(?:10 downing st|1600 pennsylvania ave|221b baker st|4 privet dr|742 evergreen ter|12 grimmauld pl|"
    r"1 infinite loop|1 apple park way|1600 amphitheatre p|350 fifth ave|prinsengracht 263)|\b(?:anytown|anyville|anystate|anycity)\b"
)
_SAMPLE_HINTS = (
    "downing", "pennsylvania", "baker st", "privet", "evergreen", "grimmauld", "infinite loop", "apple park",
    "amphitheatre", "fifth ave", "prinsengracht", "anytown", "anyville", "anystate", "anycity",
)
# A flat written before the street: "Flat 8, 215 Maple Terrace", "Apt 24A, 646 Chestnut Way".
_HEAD = re.compile(r"(?i:flat|apt|apartment|unit|suite|apto)\.?[ \t]*[0-9][\w-]{0,4}(?:,[ \t]*|/)$")


# --- Addresses by their layout: a run of comma-separated parts that ends in a postcode and a town --------
#
# Most countries write an address as a few short parts (flat, building, street and number, district) and
# then the postcode with the town, in either order. Rather than one pattern per country, the parts are
# read backwards from a postcode next to a town: each part must be short and free of sentence words, and
# the first must open like a street (a number, a street or unit word, or a street name and its number).

# A town in the anchor: one to three words, capitalised or not, ending before punctuation, a postcode or the end.
_ANCHOR_TOWN = rf"(?P<town>{_TOWN_WORD}(?:[ \t]+(?:(?:de|do|da|dos|das|di|del|la|am|an|sur|upon|on)[ \t]+)?{_TOWN_WORD}){{0,2}})"
_PC_FIRST = re.compile(
    r"(?<![\w/.-])(?:C\.?P\.?[ \t]*|CEP[ \t]*|[A-Z]{1,2}-)?"
    r"(?:[0-9]{4}[ \t]?[A-Za-z]{2}(?![\w])|[0-9]{5}-[0-9]{3}|[0-9]{4}-[0-9]{3}|[0-9]{3}[ \t][0-9]{2}|[0-9]{2}-[0-9]{3}|[A-Z][0-9]{4}|[0-9]{4,5})"
    rf"(?:,)?[ \t]+(?P<place>{_PLACE_WORDS})"
)
_PC_LAST = re.compile(
    rf"(?<![\w-]){_ANCHOR_TOWN}(?:,?[ \t]+[A-Z]{{2,3}})?[ \t]*(?:[-–,][ \t]*)?"
    r"(?:CEP[ \t]*)?(?:[0-9]{6}|[0-9]{3}[ \t][0-9]{3}|[0-9]{5}(?:-[0-9]{3,4})?|[0-9]{3}-[0-9]{4}|[0-9]{4})(?![\w-]|[.,][0-9])"
)
# "(?<![0-9])(?:[0-9]{4,6}|[0-9]{3}[ -][0-9]{2,4}|[0-9]{2}-[0-9]{3})(?![0-9])", with its first digit taken before
# the look back, so that the scan skips to the digits instead of trying every character.
_ISO_DATE = re.compile(r"(?:1[89]|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![0-9])")
_PC_DIGITS = re.compile(r"[0-9](?<![0-9][0-9])(?:[0-9]{3,5}|[0-9]{2}[ -][0-9]{2,4}|[0-9]-[0-9]{3})(?![0-9])")
_SEP_CHARS = re.compile(r"[,\n–-]")
_CHAIN_SEP = re.compile(r",[ \t]*|[ \t]*\n[ \t]*|[ \t]+[–-][ \t]+")
# Words that open an address part in the languages read: streets, units, buildings, plots and districts.
_PART_WORDS = (
    r"rua|av|avenida|avda|avenue|calle|c/|carrer|paseo|camino|plaza|praça|travessa|alameda|estrada|via|viale|corso|"
    r"piazza|vicolo|contrada|località|frazione|rue|allée|impasse|chemin|boulevard|bd|quai|cours|place|square|"
    r"appartement|app|appt|bâtiment|bat|résidence|escalier|urb|urbanização|urbanización|privada|cerrada|fracc|col|"
    r"colonia|depto|dpto|piso|lote|quadra|parcela|bloco|bloque|portal|plot|flat|apt|apartment|unit|suite|blk|block|lot|"
    r"phase|house|no|nr|door|sector|near|opp|behind|off|ul|al|os|osiedle|pl|gatan|vägen|lgh|top|stiege|tür|"
    r"straße|strasse|str|weg|gasse|platz|laan|straat|plein|gracht|hof|kade|mah|cad|sok|sk|bulvarı|třída|náměstí|"
    # Cyrillic and Greek: "ул. Ленина", "пр. Мира", "вул. Франка", "бул. Витоша", "д. 71", "кв. 29", "οδός Ερμού"
    r"ул|улица|пр|просп|проспект|пер|переулок|вул|вулиця|бул|булевард|пл|наб|шосе|д|дом|кв|οδός|οδ|λεωφ|λεωφόρος"
)
_PART_OPEN = re.compile(
    rf"(?i)^(?:[0-9][\w/-]*(?:$|[ \t]+(?-i:[A-ZÀ-Þ])|[ \t]+(?:{_PART_WORDS}|{_STREET_TYPES})(?![^\W\d_]))|(?:{_PART_WORDS})(?![^\W\d_])\.?|[^\W\d_][\w'’.-]{{2,}}(?:[ \t]+[^\W\d_][\w'’.-]*){{0,3}}[ \t]+[0-9]{{1,5}}[A-Za-z]?(?:[ /-](?:[0-9]{{1,4}}|[A-Za-z](?![\w])))?$)"
)
# Words of a sentence, not of an address: a part holding one is cut after it ("I live at | 27/146").
_PROSE = frozenset(
    """i i'm im my me we our you your he she they it its is are was were be been am at in on of to for from with
    and or but so if when then than that this which who whom since until call tel phone mobile cell email e-mail mail
    whatsapp live lives living lived stay stays staying moved move address adress addresse adres adresse adresse:
    dirección direccion indirizzo endereço adresa home here there please thanks my his her their is will would can
    could should must may might send sent deliver delivered delivery ship shipped write wrote bei wohne wohnt wohnen
    chez habite j'habite à au aux en vivo vive vivimos resido reside residente presso abito abita moro mora woon
    woont op bor på pod adresem mieszkam w na pt es est und et y e ed en have has had get got buy bought sold need want
    der die das dem het il lo gli till til det och og jag jeg vi att hos
    alamat adresas adrese aadress διεύθυνση адреса адрес адресу bydlisko bydliště bydliste morada domicilio
    anschrift wohnort lakcím lakcim osoite naslov adresă domiciliu ikametgah heimilisfang adreça residenza
    bostadsadress postadresse postadres
    zam zamieszkały zamieszkała gyvenu gyvena wohnhaft bý á dzīvoju dzīvo elan elab asun asuu bydlím bydlí lakom lakik
    проживаю проживает живу мешкаю yaşıyorum oturuyorum κατοικώ μένω živim živi stanujem
    a an the""".split()
)
_AFTER_OPEN = frozenset("opp opp. near behind off".split())


def chain_spans(text: str) -> list[Span]:
    """Addresses read backwards from a postcode and town (see above), with the parts after the town."""
    spans = []
    anchors: dict[tuple[int, int], re.Match[str]] = {}
    # Postcode digits first (a cheap scan), then the anchor patterns only in a window around them, and only
    # where a separator before them leaves room for a street part.
    for d in _PC_DIGITS.finditer(text):
        if not _SEP_CHARS.search(text, max(0, d.start() - 150), d.start()) or _ISO_DATE.match(text, d.start()):
            continue  # (no room for a street part; or the year of a date, "iseljenje 2027-11-19")
        for pattern, lo, hi in ((_PC_FIRST, d.start() - 6, d.end() + 80), (_PC_LAST, d.start() - 80, d.end() + 1)):
            for m in _starting_by(pattern, text, max(0, lo), min(len(text), hi), d.start()):
                if d.start() < m.end():
                    anchors[m.span()] = m
    for m in anchors.values():
        town = m.groupdict().get("town")
        if town and (any(w.lower() in _PROSE or w.lower() in _NOT_TOWN or w.lower() in _FIELD_LABEL_WORDS for w in town.split())
                     or town.lower() in _PHONE_LABEL_WORDS):
            continue  # "in the year 2020", "telefon 5120 3865": a sentence or a field, not a town and its postcode
        place = m.groupdict().get("place")
        if place and (place.split()[0].lower() in _FIELD_LABEL_WORDS or place.split()[0].lower() in _PHONE_LABEL_WORDS):
            continue  # "..., 25665, телефон 03162 ...": the postcode before the next field's label, read as its town
        if _year_of_date(text, m):
            continue  # "(DOB November 17, 1952, SSN ...": the year of a date, not a postcode
        start = _chain_start(text, m.start())
        if start is None or _DATE_PART.match(text, start):
            continue  # "moved to January 10, 2021 at ...": a date and a year, not a street and a postcode
        end = _tail_end(text, m.end())
        if _EMAIL_AFTER.match(text, end):  # ", simran.saxena@...": the tail ran into an email address
            end = max(m.end(), text.rfind(",", m.end(), end))
        if end > m.end() and (iso := _ISO_DATE.search(text, m.end(), end + 10)) and iso.start() < end:
            end = max(m.end(), text.rfind(",", m.end(), iso.start()))  # "..., iseljenje 2027-11-19": a date, not a tail
        contact = _CONTACT_TAIL.search(text, m.end(), end)
        if contact:
            end = contact.start()
        if field := _FIELD_TAIL.search(text, m.end(), end):
            end = field.start()
        spans.append(Span(start, end, EntityType.ADDRESS, 0.85))
    return spans


_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}(?![0-9])")
_PROSE_WORD = re.compile(r"[ \t]*([^\W\d_][\w.'’-]*)[ \t]*")
_LAST_PART = re.compile(r",[ \t]*([^,\n]*)$")
_SENTENCE_AFTER = re.compile(r"(?<![\s.][^\W\d_])(?<!\b[^\W\d_]{2})\.[ \t]+[^\W\d_][^.\n]*$")


def trim_guess(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A guessed address (the token tagger's) without the words around it that are not the address's: the label or
    verb before it ("lakcím 3341 Pécs, ...", "адреса вул. ...", "bý á Laugavegur 96"), the next field's label or the
    sentence after it (", τηλέφωνο", "..., meghatalmazom", ". Прошу"); None when no house number or postcode is
    left, or when it is a few words in capitals in a text that has lower case ("8400 ACCEPT OK" in a flow log)."""
    while (m := _PROSE_WORD.match(text, start, end)) is not None and m.group(1).islower() and m.group(1).rstrip(".:") in _PROSE:
        start = m.end()  # (in lower case: "The Old Forge, Albion Terrace, ..." keeps its house name)
    if (m := _SENTENCE_AFTER.search(text, start, end)) is not None and not _DIGIT.search(m.group()):
        end = m.start()
    while (m := _LAST_PART.search(text, start, end)) is not None:
        words = m.group(1).split()
        label = bool(words) and (words[0].lower().rstrip(".:") in _FIELD_LABEL_WORDS or words[0].lower().rstrip(".:") in _PHONE_LABEL_WORDS)
        if not label and (_DIGIT.search(m.group(1)) or words and not all(w[:1].islower() for w in words)
                          or not any(ch.isupper() for ch in text[start : m.start()])):
            break  # (a lower-case town ends an address typed all in lower case: "..., 34, chattanooga")
        end = m.start()
    end = _before_prose(text, Span(start, end, EntityType.ADDRESS)).end  # (a guess runs on into a move's town, a date)
    if not _DIGIT.search(text, start, end):
        return None
    value = text[start:end]
    if not any(ch.islower() for ch in value) and "," not in value and "\n" not in value and any(ch.islower() for ch in text):
        return None  # (a street in capitals has its parts: "THE OLD FORGE, QUEEN'S CRESCENT, DUNFERMLINE SK1 8FW")
    return start, end


def _year_of_date(text: str, anchor: re.Match[str]) -> bool:
    """True when the anchor's number is a year just after a day and a month ("born June 2, 1981, ID ...")."""
    year = _YEAR.search(text, anchor.start(), anchor.end())
    if year is None or text[anchor.start() : year.start()].strip(" \t,"):
        return False
    date = _DATE_PART.search(text, max(0, year.start() - 24), year.start())
    return date is not None and not text[date.end() : year.start()].strip(" \t,.")


def _starting_by(pattern: re.Pattern[str], text: str, pos: int, endpos: int, last: int) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, pos, endpos)` that start by `last`. A window that opens shortly
    before `last` (_PC_FIRST's) is tried at its few places up to there, not scanned to its end."""
    if last - pos > 8:
        yield from itertools.takewhile(lambda m: m.start() <= last, pattern.finditer(text, pos, endpos))
        return
    at = pos
    while at <= last:
        m = pattern.match(text, at, endpos)
        if m is None:
            at += 1
            continue
        yield m
        at = max(m.end(), at + 1)


_EMAIL_AFTER = re.compile(r"[\w.+-]*@")
_MONTH_NAMES = "|".join(sorted((m for m in dates.MONTHS if m.isalpha()), key=len, reverse=True))
_DATE_PART = re.compile(
    rf"(?i)(?:(?:{_MONTH_NAMES})\.?[ \t]+[0-9]{{1,2}}(?:st|nd|rd|th)?|[0-9]{{1,2}}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+)?(?:{_MONTH_NAMES}))(?![\w])"
)
# Words before a number that make it a model, a size or a count, not a town and its postcode.
_NOT_TOWN = frozenset("""model models size sizes version page pages room chapter step level type series class item items
    total year years price cost score windows python iphone galaxy pixel office gen generation
    kč kc zł zl ft lei kr kn lv лв грн руб eur usd gbp chf sek nok dkk pln czk huf ron try""".split())
# What the tail rule takes for a town after an address but labels what follows: ", tel", ", mejl", ", HP 0812-...".
_CONTACT_TAIL = re.compile(r"(?i),[ \t]*(?:tel|tél|telefone|teléfono|telefono|telefon|telefoon|tlf|ph|phone|mobile|mob|cell|fax|e-?mail|"
                           r"mejl|mail|hp|gsm|puh|handy|celular|móvil|movil|contacte|contacto|kontakt|тел|телефон|τηλ|"
                           r"τηλέφωνο|telèfon|puhelin|sími|tālrunis|tālr|telefonas|моб|мобилен)\b\.?(?:$|(?=[ \t]*[:+(0-9]))")
# The next field of a form after the address, whatever follows its label: ", geboren 5 februari", ", born June 2",
# ", ID no. ...", ", e-post mari@...", ", SSN ...". The address ends before the comma.
_FIELD_LABELS = (
    "born|geboren|geb|né|née|nacido|nacida|nato|nata|nascido|nascida|urodzony|urodzona|ur|narozen|narozena|narodený|"
    "narodená|született|rojen|rojena|rođen|rođena|рођен|рођена|роден|родена|родился|родилась|народився|народилася|"
    "γεννήθηκε|doğum|født|född|syntynyt|fæddur|fædd|gimęs|gimusi|dzimis|dzimusi|sündinud|dob|id|ssn|iban|"
    "e-post|epost|e-pošta|e-posta|correu|correo|courriel|sähköposti|netfang|имејл|email|e-mail"
)
_FIELD_TAIL = re.compile(rf"(?i),[ \t]*(?:{_FIELD_LABELS})\b")
_FIELD_LABEL_WORDS = frozenset(_FIELD_LABELS.split("|"))
# A phone's label alone before its number ("telefon 5120 3865", "tlf 0047 ..."): no town with its postcode ("Tel Aviv" is).
_PHONE_LABEL_WORDS = frozenset(
    """tel tél telefone teléfono telefono telefon telefoon telèfon telephone phone tlf ph mobile mob mobil cell fax hp gsm
    puh puhelin sími tālrunis tālr telefonas handy celular móvil movil тел телефон моб мобилен τηλ τηλέφωνο
    sđt đt dđ điện telp wa""".split()
)


_NOT_A_PART = re.compile(r"[@$€£¥₩₹₽₺]")


def _chain_start(text: str, anchor: int) -> int | None:
    """Where the address ending at `anchor` starts, or None when no street-like part comes before it."""
    parts: list[tuple[int, int]] = []  # (start, end) of the parts, right to left
    cursor, newlines = anchor, 0
    for _ in range(7):
        sep = None
        for sep_m in _CHAIN_SEP.finditer(text, max(0, cursor - 4), cursor):
            if sep_m.end() == cursor:
                sep = sep_m
                break
        if sep is None:
            break
        if "\n" in sep.group():
            newlines += 1
            if newlines > 1 or sep.group().count("\n") > 1:
                break
        end = sep.start()
        lo = max(0, end - 80)
        stops = [lo] + [i + 1 for i in range(lo, end) if text[i] in ",\n;:()[]{}\"“”«»|•"]
        seg_start = stops[-1]
        words = list(re.finditer(r"\S+", text[seg_start:end]))
        if not words:
            break
        cut = 0
        for i, w in enumerate(words):
            low = w.group().lower().rstrip(".,")
            if (low in _PROSE and not (low == "the" and i and words[i - 1].group().lower().rstrip(".") in _AFTER_OPEN)
                    and not (len(low) == 1 and i and any(c.isdigit() for c in words[i - 1].group()))):  # "7 A", "3 e"
                cut = i + 1
        part_start = seg_start + (words[cut].start() if cut < len(words) else len(text[seg_start:end]))
        if part_start >= end or len(words) - cut > 8 or _NOT_A_PART.search(text, part_start, end):
            break  # (an email address or a price is the field before the address, never a part of it)
        if _YEAR.fullmatch(text, part_start, end) and _DATE_PART.search(text, max(0, part_start - 25), part_start):
            break  # "DOB August 6, 1946, 2050 W 14th St": a date and its year before the street, not parts of it
        parts.append((part_start, end))
        if cut or seg_start == lo and lo > 0 or text[seg_start - 1 : seg_start] in (":", ";", "(", "[", "{", '"', "“", "«", "|", "•"):
            break  # a sentence or a label before this part: the address starts here
        cursor = part_start
    # The first part must open like a street; parts before the first that does are not the address's.
    for i in range(len(parts) - 1, -1, -1):
        start, end = parts[i]
        if _PART_OPEN.match(text[start:end]) and (any(ch.isdigit() for ch in text[start:end]) or i > 0
                                                  or _PART_OPEN.match(text[start:end]).group()[:1].isalpha()):
            return start
    return None


# --- Addresses in the layouts of other scripts and countries --------------------------------------------------------
#
# Each is written as its country writes it, with its own words for street, house number, floor and flat, and its
# postcode where the country puts it. Each is tried only when a word or character it cannot do without is in the text.

# Hungarian: "6764 Szeged, Rákóczi út 106.", "Petőfi utca 110. 1. em. 9.", "Fő utca 153. fsz. 4.": the house number,
# floor and door are written as ordinals, with a full stop that belongs to them.
_HU_DOT = r"(?:\.(?=[ \t]*(?:[,;)\n]|$|[0-9]|fsz|em\b|ajtó)))?"
_HU_STREET = (
    rf"(?:{_TOWN}[ \t]+){{1,3}}(?:utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|fasor|sétány|rakpart|dűlő|lakótelep|ltp\.)"
    rf"[ \t]+[0-9]{{1,4}}(?:/[A-Za-z0-9]{{1,3}}|[A-Za-z](?![\w]))?{_HU_DOT}"
    # the floor ("1. em.", "III. emelet", "fsz.", "mfsz.") and the door ("9.", "9. ajtó")
    rf"(?:,?[ \t]*(?:(?:[0-9]{{1,2}}|[IVX]{{1,4}})\.[ \t]*(?:em\.|emelet)|fsz\.|földszint|mfsz\.)"
    rf"(?:[ \t]*[0-9]{{1,3}}{_HU_DOT}(?:[ \t]*ajtó)?)?)?"
)
_HUNGARIAN = re.compile(
    rf"(?<![\w-])(?:[0-9]{{4}}[ \t]+{_TOWN}(?:[ \t]+{_TOWN})?,[ \t]*)?{_HU_STREET}(?:,[ \t]*[0-9]{{4}}[ \t]+{_TOWN}(?![ \t]*[0-9]))?"
)
# What makes the Hungarian street an address and not a phrase ("A Rákóczi út 12 kilométer hosszú?"): its postcode, or
# the ordinal full stop of its house number or floor.
_HU_POSTAL = re.compile(r"^[0-9]{4}[ \t]|,[ \t]*[0-9]{4}[ \t]|[0-9]\.")
_HUNGARIAN_HINTS = ("utca", " út ", " u. ", "útja", " tér ", "tere", "körút", "krt.", " köz ", " sor ", "fasor", "sétány",
                    "rakpart", "dűlő", "lakótelep", "ltp.")
# Turkish: neighbourhood, street and door number, flat and floor, then postcode and district/province: "Hürriyet Mah.
# Lale Sok. No:119 D:4, 55273 İlkadım/Samsun", "Atatürk Mahallesi Gül Caddesi No: 12 Kat: 3".
_TURKISH = re.compile(
    rf"(?<![\w-])(?:{_TOWN}[ \t]+){{1,3}}(?:Mah\.|Mahallesi|Mh\.)[ \t]+(?:{_TOWN}[ \t]+){{1,3}}"
    r"(?:Sok\.|Sokak|Sokağı|Sk\.|Cad\.|Caddesi|Cd\.|Bulvarı|Blv\.|Bulv\.)[ \t]*,?[ \t]*No[:.]?[ \t]*[0-9]{1,4}(?:/[0-9A-Za-z]{1,4})?"
    r"(?:[ \t]*,?[ \t]*(?:Daire|D|Kat|K|Blok)[:.][ \t]*[0-9A-Za-z]{1,3}(?![\w]))*"
    rf"(?:,?[ \t]+[0-9]{{5}}[ \t]+{_TOWN}(?:[ \t]*/[ \t]*{_TOWN})?)?"
)
_TURKISH_HINTS = ("Mah", "Mh.")
# Korean road-name addresses: province, city, district, road and building number, then the building's block and flat
# and the postcode in brackets: "강원특별자치도 춘천시 평화로 284 (24814)", "경상북도 포항시 남구 대학로 163, 104동 1601호".
_KOREAN = re.compile(
    r"(?:\(?[0-9]{5}\)?[ \t]+)?(?:[가-힣]{1,6}(?:특별자치도|특별자치시|특별시|광역시|도)[ \t]+)?[가-힣]{1,6}(?:시|군|구)"
    r"(?:[ \t]+[가-힣]{1,6}(?:구|군|읍|면))?(?:(?:[ \t]+[가-힣]{1,6}동)?[ \t]+[가-힣0-9]{1,10}(?:로|길)(?:[ \t]*[0-9]{1,4}(?:번길|길))?"
    # (or the older lot number after the neighbourhood or village: "서울특별시 강남구 역삼동 123-45")
    r"|[ \t]+[가-힣0-9]{1,8}(?:동|리|가))"
    r"[ \t]+[0-9]{1,5}(?:-[0-9]{1,5})?(?:번지)?"
    r"(?:[ \t]*,?[ \t]*(?:[가-힣A-Za-z]{1,12}[ \t]*)?[0-9]{1,4}동(?:[ \t]*[0-9]{1,5}호)?|[ \t]*,?[ \t]*[0-9]{1,5}호)?"
    r"(?:[ \t]*\([0-9]{5}\)|[ \t]*\([가-힣]{1,6}동(?:,[ \t]*[가-힣A-Za-z0-9]{1,12})?\))?"
)
# Japanese: the postcode after 〒, then prefecture, city, ward, town and block numbers, then a building and its room on
# the same line ("〒860-0072 熊本県熊本市中央区桜木町1丁目19-5 コーポ203号室"); or, without the postcode, a town's
# address down to its chōme and numbers ("東京都新宿区西新宿2丁目8-1").
# (Japanese writes the sentence's particle straight after the room: "メゾン栄305に住んでいます" ends at the number)
_JP_BUILDING = r"(?:[ \t\u3000]+[^\s\d、。,，()（）「」様]{1,16}[0-9０-９]{1,5}(?:号室|号|階|F)?(?![0-9０-９A-Za-z_-]))?"
_JP_PREFECTURE = re.compile(r"[一-龥][都道府県][一-龥ぁ-んァ-ヶー]{1,10}[市区町村郡]")
_JAPANESE = re.compile(
    rf"〒[ \t]?[0-9０-９]{{3}}[-－ー][0-9０-９]{{4}}(?:[ \t\u3000]*[^\s、。,，()（）「」様]{{2,40}}(?<![ \t\u3000]){_JP_BUILDING})?"
    r"|(?:[一-龥]{1,4}[都道府県])?[一-龥ぁ-んァ-ヶー]{1,10}[市区町村][^\s、。,，()（）「」様]{0,24}?[0-9０-９]{1,4}丁目"
    rf"(?:[0-9０-９]{{1,4}}(?:[-－][0-9０-９]{{1,4}}|番地?(?:[0-9０-９]{{1,4}}号?)?)?)?{_JP_BUILDING}"
    # (or, with its prefecture, the block numbers joined by dashes: "東京都港区六本木6-10-1")
    r"|[一-龥]{1,4}[都道府県][一-龥ぁ-んァ-ヶー]{1,10}[市区町村郡][一-龥ぁ-んァ-ヶー]{0,12}?[0-9０-９]{1,4}(?:[-－ー][0-9０-９]{1,4}){1,2}"
    rf"(?![0-9０-９]){_JP_BUILDING}"
)
# Chinese: province, city, district and town, the road and its number (号), then building, unit, floor and room: "北京市
# 朝阳区建国路88号SOHO现代城5号楼1203室", "广东省深圳市南山区科技园路12号A栋3单元502".
_CN_NUM = r"[0-9０-９一二三四五六七八九十百]{1,6}"
_CHINESE = re.compile(
    r"(?:[一-龥]{2,7}(?:省|自治区))?(?:[一-龥]{2,7}市)?(?:[一-龥]{1,6}(?:区|县|旗))?(?:[一-龥]{1,8}(?:镇|乡|街道))?"
    rf"[一-龥A-Za-z0-9]{{1,12}}(?:路|街|道|大道|大街|巷|弄|胡同|里){_CN_NUM}号"
    rf"(?:[A-Za-z0-9一-龥]{{0,12}}?(?:{_CN_NUM}|[A-Za-z])(?:号楼|栋|幢|座|单元|楼|层|室|号))*(?:[0-9]{{2,5}}(?![0-9]))?"
)
_CN_PLACED = re.compile(r"[省市区县旗镇乡](?=[^号]*号)|号.*(?:楼|栋|幢|座|单元|层|室)")
_CN_LABEL = re.compile(r"(?:[一-龥]{0,4}(?:地址|住址|住所|地點|地点)[：:]?|住在|位于|寄到|送到|寄往)")
# Thai: house number and village lot, then lane, road, sub-district, district and province words each with its name,
# and the postcode: "123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110".
_TH = r"[\u0E00-\u0E7F]"
_THAI_CHAR = re.compile(_TH)
_THAI = re.compile(
    rf"(?<![0-9/])[0-9]{{1,5}}(?:/[0-9]{{1,5}})?(?:[ \t]+(?:หมู่(?:ที่)?[ \t]*[0-9]{{1,3}}|(?:ซอย|ซ\.|ถนน|ถ\.|แขวง|เขต|ตำบล|ต\.|อำเภอ|อ\.|"
    rf"จังหวัด|จ\.|หมู่บ้าน|อาคาร|ห้อง){_TH}{{0,30}}(?:[ \t]*[0-9]{{1,4}}(?![0-9]))?|{_TH}{{2,30}}[ \t]+[0-9]{{5}}(?![0-9])|[0-9]{{5}}(?![0-9]))){{2,8}}"
)
# Vietnamese: house number, lane and street, then ward, district and town after commas: "Số 128 ngõ 45 đường Hùng
# Vương, phường An Hải Bắc, quận Thắng Tam, Vũng Tàu".
_VN_PART = (r"(?:phường|Phường|P\.|xã|Xã|thị trấn|Thị trấn|quận|Quận|Q\.|huyện|Huyện|thị xã|Thị xã|thành phố|Thành phố|"
            r"TP\.?|Tp\.?|tỉnh|Tỉnh|khu phố|Khu phố|ấp|Ấp|thôn|Thôn|tổ|Tổ)")
_VIETNAMESE = re.compile(
    r"(?<![\w/-])(?:(?:Số|số|SỐ|số nhà|Số nhà)[ \t]*)?[0-9]{1,5}[A-Za-z]?(?:/[0-9]{1,4}[A-Za-z]?){0,3}"
    r"(?:[ \t]+(?:ngõ|Ngõ|ngách|Ngách|hẻm|Hẻm|kiệt|Kiệt)[ \t]+[0-9]{1,4}(?:/[0-9]{1,4})*){0,2}"
    r"[ \t]+(?:(?:đường|Đường|phố|Phố|Đ\.)[ \t]+)?[^\W\d_a-zđ][\w]*(?:[ \t]+[^\W\d_a-zđ][\w]*){0,4}"
    rf"(?:,[ \t]*{_VN_PART}[ \t]*(?:[0-9]{{1,2}}(?![\w])|[^\W\d_][\w]*(?:[ \t]+[^\W\d_][\w]*){{0,4}})){{1,4}}"
    r"(?:,[ \t]*(?!(?:SĐT|Sđt|sđt|ĐT|Email|email|CCCD|CMND|Điện|điện)\b)[^\W\d_a-zđ][\w]*(?:[ \t]+[^\W\d_a-zđ][\w]*){0,3}(?=[ \t]*(?:[,.;)\n]|$)))?"
)
_VN_HINTS = ("phường", "Phường", "quận", "Quận", "huyện", "Huyện", "xã", "Xã", "thị trấn", "P.", "Q.", "tỉnh", "Tỉnh")
# Arabic: a villa, flat, building or street and its number, then the other parts after commas (tower, street,
# district, city), up to the next field's label: "فيلا 66، شارع 14، الخالدية، أبوظبي، البريد ...".
_AR_OPEN = re.compile(r"(?<![\u0600-\u06FF])(?:فيلا|شقة|منزل|بيت|عمارة|بناية|مبنى|برج|شارع|طريق|مكتب|محل)[ \t]*(?:رقم[ \t]*)?[0-9٠-٩]{1,5}(?![0-9٠-٩])")
_AR_PART = re.compile(r"[ \t]*[،,][ \t]*([\u0600-\u06FF][\u0600-\u06FF0-9٠-٩ \t]{0,40}?)(?=[ \t]*(?:[،,.؛;\n]|$))")
_AR_DWELLING = re.compile(r"فيلا|شقة|منزل|بيت|مكتب|محل")
_AR_CUE = re.compile(r"العنوان|عنوان|يسكن|أسكن|اسكن|مقيم|المقيم|سكني|منزلي|يقيم|أقيم")
_AR_LABELS = frozenset(
    """البريد الهاتف هاتف جوال الجوال رقم الآيبان الايبان الأيبان تاريخ الجنسية الإيميل ايميل المهنة الوظيفة الرمز
    الاسم اسم الهوية تلفون موبايل واتساب""".split()
)
_AR_HINTS = ("فيلا", "شقة", "منزل", "بيت", "عمارة", "بناية", "مبنى", "برج", "شارع", "طريق", "مكتب", "محل")


def regional_spans(text: str) -> list[Span]:
    """Addresses in the Hungarian, Turkish, Korean, Japanese, Chinese, Thai, Vietnamese, Arabic and Hindi layouts."""
    spans = []
    patterns = (
        (_HUNGARIAN, any(h in text for h in _HUNGARIAN_HINTS)),
        (_TURKISH, any(h in text for h in _TURKISH_HINTS)),
        (_KOREAN, "로 " in text or "길 " in text or "동 " in text or "리 " in text),
        (_JAPANESE, "〒" in text or "丁目" in text or _JP_PREFECTURE.search(text) is not None),
        (_VIETNAMESE, any(h in text for h in _VN_HINTS)),
        (_CHINESE, "号" in text),
        (_THAI, _THAI_CHAR.search(text) is not None),
    )
    for pattern, worth in patterns:
        if not worth:
            continue
        for m in pattern.finditer(text):
            if pattern is _HUNGARIAN and not _HU_POSTAL.search(m.group()):
                continue
            start = m.start()
            if pattern is _CHINESE:
                if (label := _CN_LABEL.match(text, start, m.end())) is not None:
                    start = label.end()  # "地址北京市...": the label run into the address
                if not _CN_PLACED.search(text, start, m.end()):
                    continue  # "解放路5号怎么走？": a road and its number alone, with no town or flat, is a landmark
            spans.append(Span(start, m.end(), EntityType.ADDRESS, 0.8))
    if any(h in text for h in _AR_HINTS):
        spans.extend(_chained_after(text, _AR_OPEN, _AR_LABELS))
    if any(h in text for h in _HI_HINTS):
        spans.extend(_chained_after(text, _HI_OPEN, _HI_LABELS))
    return spans


# Hindi: a flat, house or plot and its number, then the other parts after commas, up to the next field's label: "फ्लैट
# 12, साईं अपार्टमेंट, एमजी रोड, पुणे 411001, फोन ...".
_HI_OPEN = re.compile(r"(?<![\u0900-\u097F])(?:फ्लैट|फ़्लैट|मकान|मकान नं\.?|मकान नंबर|घर|प्लॉट|प्लाट|हाउस|कमरा)[ \t]*(?:नं\.?|नंबर|संख्या)?[ \t]*[0-9०-९]{1,5}(?:/[0-9]{1,4}|[A-Za-z](?![\w]))?")
_HI_PART = re.compile(r"[ \t]*[,،][ \t]*([\u0900-\u097FA-Za-z][\u0900-\u097FA-Za-z0-9०-९ \t.-]{0,40}?)(?=[ \t]*(?:[,.;।\n]|$))")
_HI_LABELS = frozenset("फोन फ़ोन मोबाइल ईमेल ई-मेल जन्म आधार पैन नाम पिता माता उम्र email phone mobile".split())
_HI_HINTS = ("फ्लैट", "फ़्लैट", "मकान", "घर", "प्लॉट", "प्लाट", "हाउस", "कमरा")


def _chained_after(text: str, opening: re.Pattern[str], labels: frozenset[str]) -> list[Span]:
    """Addresses that open with a unit and its number (`opening`) and go on with up to five comma-separated parts of a
    few words each, up to a part that opens with a field's label (`labels`)."""
    spans = []
    part_pattern = _AR_PART if opening is _AR_OPEN else _HI_PART
    for m in opening.finditer(text):
        if opening is _AR_OPEN and not _AR_DWELLING.match(text, m.start()) \
                and not _AR_CUE.search(text, max(0, m.start() - 25), m.start()):
            min_parts = 3  # "شارع 10، وسط البلد، دبي": a street in a question needs more parts, or "العنوان" before it
        else:
            min_parts = 1
        end, parts = m.end(), 0
        while parts < 5 and (part := part_pattern.match(text, end)) is not None:
            words = part.group(1).split()
            if not words or words[0].lower() in labels or words[0].removeprefix("و") in labels or len(words) > 4:
                break
            end, parts = part.end(1), parts + 1
        if parts >= min_parts:
            spans.append(Span(m.start(), end, EntityType.ADDRESS, 0.8))
    return spans


# Where an address's tail runs on into the sentence after it: the word for "to" of a move after its postcode or town
# ("..., 811 01 Bratislava do Trnava", "... 302012 से अजमेर तक", "... العين إلى دبي") and a clause of prose that holds a
# date ("..., OR 97301, reported March 5", "..., 8400 Oostende, inbraak op 2026-03-04"): the address ends before them,
# and the town or the date after it is left to its own rule.
_DESTINATION_WORD = re.compile(
    r"[ \t](?<=[^\W_][ \t])(?:do|till|til|naar|nach|to|até|para|đến|до|προς|إلى|الى|kaupunkiin|से|címről)(?=[ \t]+\S)"
)
_POSTCODE_BEFORE = re.compile(r"[0-9]{3}|[0-9][ \t]?[A-Z]{2}(?![\w])")
_PROSE_CLAUSE = re.compile(
    rf",[ \t]*(?=(?P<word>[^\W\d_A-ZÀ-Þ][^\W\d_]{{2,}})[ \t]+[^\n,.]{{0,30}}?"
    # (a month beside its day, not a month's name alone: "phường Tân Mai" is a ward, "Mai" a name too)
    rf"(?:(?i:(?:{_MONTH_NAMES})\.?[ \t]+[0-9]{{1,2}}|[0-9]{{1,2}}\.?[ \t]+(?:{_MONTH_NAMES}))(?![\w])"
    rf"|(?<![0-9])(?:19|20)[0-9]{{2}}(?![0-9])|(?<![0-9])[0-9]{{1,2}}[./][0-9]{{1,2}}(?![0-9])))"
)


def _before_prose(text: str, span: Span) -> Span:
    end = span.end
    if " " not in text[span.start : end]:
        return span
    for m in _DESTINATION_WORD.finditer(text, span.start, end):
        before = _POSTCODE_BEFORE if m.group().strip().isascii() else _DIGIT  # (an Arabic address may have no postcode)
        if before.search(text, span.start, m.start()):
            end = m.start()  # (not "Rua do Carmo 12", where no postcode has come yet)
            break
    for m in _PROSE_CLAUSE.finditer(text, span.start, end + 40) if "," in text[span.start : end] else ():
        # (the date may run on past the span's end)
        if m.start() >= end:
            break
        word = m.group("word")
        if word.islower() and word not in _STREET_TYPE_WORDS and not re.match(_UNIT_PART, text[m.end() :]) \
                and _POSTCODE_BEFORE.search(text, span.start, m.start()):
            end = m.start()  # (not ", lgh 1102" or ", piso 2", a flat's part; not a word of a script without case)
            break
    return span if end == span.end else Span(span.start, end, span.type, span.score)


# The address a move starts from, between the word for "from" and the word for "to" before the town it goes to: "Από
# Ερμού 12, 546 24 Θεσσαλονίκη προς Λάρισα", "Fra Strandgata 5 H0301, 5013 Bergen til Molde", "з вул. Садова, буд. 3,
# кв. 7, Львів, 79000 до Києва". Whatever the country's layout, the stretch is the address when it holds a house number
# and a postcode (two numbers, or a number after a comma) and nothing of a time, a link or an email address.
# (the words the pattern needs, looked up in the text's word index first)
_MOVE_FROM_WORDS = frozenset("from von aus van z ze zo od från fra de desde din iz từ з із из від от από من".split())
_MOVE_TO_WORDS = frozenset("to nach naar do till til à a para đến до в у προς σε στη στην στο إلى الى".split())
_MOVE_ORIGIN = re.compile(
    r"(?i:(?<![\w])(?:from|von|aus|van|z|ze|zo|od|från|fra|de|desde|din|iz|từ|з|із|из|від|от|από|من))[ \t]+"
    r"(?P<address>[^\W_][^\n!?;:]{1,90}?)"
    r"[ \t]+(?:to|nach|naar|do|till|til|à|a|para|đến|до|в|у|προς|σε|στη|στην|στο|إلى|الى)[ \t]+(?=[^\W\d_])"
)
_MOVE_WORDS = re.compile(r"(?i)(?<![\w])(?:to|from|and|und|or|till|until|bis|nach|naar|til|para|đến|до|προς|إلى|الى)(?![\w])")
_MOVE_POSTCODE = re.compile(r"(?<![0-9])(?:[0-9]{4,6}|[0-9]{3}[ ][0-9]{2}|[0-9]{2}-[0-9]{3})(?![0-9])|(?<![\w])[A-Z]{1,2}[0-9][0-9A-Z]?[ ][0-9][A-Z]{2}")
_NUMBER_GROUP = re.compile(r"(?<![0-9])[0-9]+(?:[ /-][0-9]+)*")


def _move_origins(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_MOVE_ORIGIN, text):
        address = m.group("address").rstrip(" ,.")
        numbers = _NUMBER_GROUP.findall(address)
        if "@" in address or "://" in address or not numbers or "," not in address or _MOVE_WORDS.search(address):
            continue  # (an address has its parts set off by commas; "from 9 to 5 and from Monday" is a time)
        if len(numbers) < 2 or not _MOVE_POSTCODE.search(address):
            continue  # "from 3 May to ...", "from Gate 12, Terminal 3 to ...": a house number needs its postcode
        if _DATE_PART.search(address) or _YEAR.fullmatch(numbers[0]):
            continue
        spans.append(Span(m.start("address"), m.start("address") + len(address), EntityType.ADDRESS, 0.8))
    return spans
