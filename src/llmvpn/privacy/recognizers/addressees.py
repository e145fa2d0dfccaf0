"""Names in the roles a message gives people: whom it is to, from, for or with ("an apology to
Henrik", "einen Brief an Knut", "a gift for Signe", "lunch with Tamsin Reyes"), whom an action
addresses ("Remind Fenna that..."), relations in other languages ("mi vecina Lucía Ferrer"), a name
spoken to at the start of a quotation ('"Yusuf, the parcel arrived"'), one signing a quoted message
('"... sorry. Tomasz"'), and the signer of a statement ("I, Nkechi Obi, confirm...").

A statistical model misses these in short prompts and in other languages; the cue around the name says
what it is. A candidate must open with a capital and goes through `names.name_span`, which keeps its
leading capitalised words that are not common ones. Lower-case names are believed after a few of the
cues only, with punctuation right after them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from llmvpn.privacy.recognizers._context import (
    before_spaces,
    cue_starts,
    lowered,
    matches_at,
    mentions,
    word_index,
    word_starts,
)
from llmvpn.privacy.recognizers.names import _WORD, END, LOWER_RUN, LW, NAME_RUN, is_common, name_span
from llmvpn.privacy.spans import EntityType, Span

# A cue word, the preposition after it, and then the person: things written, sent, held or done for,
# to, from or with someone, and the people someone is "of". Each language has its own prepositions
# ("a" is Spanish for "to", never English). The last field says whether a name typed in lower case is
# believed there (followed by punctuation, and none of its words a common one).
_ROLES: tuple[tuple[str, str, bool], ...] = (
    ("to for", "message note letter e-mail email mail text reply card invitation invite toast speech poem apology "
               "memo dm sms gift present party recommendation reference referral eulogy tribute cake farewell "
               "shout-out respond write talk speak say explain apologise apologize it this me", True),
    # good wishes to people named: "congratulations to Thandiwe Botha and ...", "condolences to the ..."
    ("to", "congratulations congrats condolences", False),
    ("from", "message note letter e-mail email mail text call voicemail complaint reply", True),
    ("from", "request invite invitation feedback gift card dm sms review", False),
    ("with", "meeting meet call lunch dinner coffee chat talk date interview appointment session one-on-one "
             "catch-up sync trip holiday vacation argument fight conversation matched match dating texting "
             "chatting talking spoke talked met paired partnered living staying", False),
    # not "father of" or "mother of": "the father of Modern Physics"
    ("of", "parents parent family wife husband son daughter brother sister kids children child guardian widow", False),
    ("an für", "nachricht e-mail mail brief karte einladung antwort glückwunsch geschenk schreib schreibe antworte "
               "sag sage", False),
    ("von", "nachricht brief anruf", False),
    ("à pour", "message mail lettre courriel mot carte réponse cadeau fête écris écrire réponds répondre dis "
               "envoie", False),
    ("a para", "mensaje correo carta nota tarjeta invitación respuesta regalo fiesta escribe escribir responde contesta "
               "dile envía mensagem bilhete resposta presente escreve escreva responda diga", False),
    ("de", "lettre appel message mensaje correo llamada mensagem", False),
    # a parent or child of someone named: "la madre de Sergi", "la mare de Jordi", "o pai de Tiago"
    ("de", "madre padre mare pare mãe pai hijo hija fill filla filho filha", False),
    ("a per", "messaggio lettera biglietto risposta regalo festa scrivi rispondi", False),
    ("da", "messaggio chiamata", False),
    ("aan voor", "bericht berichtje kaart uitnodiging feest cadeau schrijf antwoord", False),
    ("van", "bericht", False),
    # Scandinavian, Polish and Czech: "mail til Søren Dahl", "ett sms till Ebba", "list do Anny", "omluvenku pro Lucii"
    ("til till", "mail e-mail email besked beskeden brev brevet sms kort svar meddelande meddelelse meddelelsen "
                 "hilsen invitation inbjudan", False),
    ("fra från", "mail besked brev sms opkald samtal meddelande", False),
    ("do", "list wiadomość wiadomosc mail e-mail sms kartka kartkę zaproszenie odpowiedź", False),
    ("pro", "omluvenku omluvenka zprávu zpráva dopis vzkaz email e-mail pozvánku", False),
)
_CUES: dict[tuple[str, str], bool] = {
    (cue, prep): lower for preps, cues, lower in _ROLES for prep in preps.split() for cue in cues.split()
}
# "it", "this", "me" stand for "send it to", "forward this to", "introduce me to".
_OBJECT_CUES = frozenset("it this me".split())
_OBJECT_VERB = re.compile(r"(?i)\b(?:send|forward|give|hand|pass|introduce|show|mail|email)[ \t]+\S+$")
# Searched for by the preposition, then the word before it is looked up: a short alternation to
# search for instead of a hundred and fifty cue words (a quarter of the time).
# (The first space is taken before the look back at the letter before it, "(?<=[^\W\d_])[ \t]+" written so that
# the scan skips to the spaces and tabs instead of trying every character.)
_PREPOSITION = re.compile(
    r"(?i)[ \t](?<=[^\W\d_][ \t])[ \t]*(?P<to>to|for|from|with|of|an|für|von|à|a|para|pour|per|de|da|aan|voor|van|til|"
    r"till|fra|från|do|pro)[ \t]+(?=[^\W\d_])"
)
_NAME = re.compile(NAME_RUN)
_LOWER_NAME = re.compile(rf"(?i:{LOWER_RUN})(?=[ \t]*(?:[,.;:!?)(<\"”'\n]|$))")
_LETTER = re.compile(rf"(?i:\b(?:letter|recommendation|reference|card)[ \t]*:[ \t]*)(?P<name>{NAME_RUN})")
# Verbs whose object is a person: "Ask Clémence Fournier whether...", "cc Tobias".
_ADDRESSED = re.compile(
    rf"(?i:\b(?:ask|tell|remind|thank|invite|congratulate|cc|ping|email|text|message|"
    # whom a letter of authority names: "I authorise Jordi Puig to collect", "autorizo a", "bevollmächtige"
    rf"authori[sz]e|autorizo(?:[ \t]+a)?|autorizzo|autorise|j'autorise|bevollmächtige|machtig|upoważniam|zmocňuji|"
    rf"befuldmægtiger|fullmakt till)[ \t]+)(?P<name>{NAME_RUN})"
)
# "mi casero Hyun-woo Mensah", "meine Nachbarin Ute Krause", "mon voisin Rémi".
_FOREIGN_RELATION = re.compile(
    r"(?i:\b(?:mi|tu|su|mon|ma|ton|ta|mein|meine|meinem|meiner|meinen|dein|deine|il mio|la mia|mio|mia|"
    r"meu|minha|mijn|onze|moje|mój|moja|mojego|mojej|můj|moje|moji|mé|min|mit|mine|mitt|mina|vores|vår|vårt|benim)[ \t]+(?:"
    # Polish, Czech, Danish, Norwegian, Swedish and Turkish children, partners and family
    r"dziecko|syn|synek|córka|córeczka|żona|mąż|partnerka|dítě|dcera|manžel|manželka|barn|søn|datter|dotter|son|"
    r"kone|hustru|sambo|kæreste|morfar|mormor|farfar|farmor|babcia|dziadek|babička|dědeček|oğlum|kızım|eşim|"
    r"casero|casera|jefe|jefa|vecino|vecina|hermano|hermana|amigo|amiga|madre|"
    r"padre|hijo|hija|esposo|esposa|marido|mujer|novio|novia|compañero|compañera|colega|médico|médica|"
    r"abogado|abogada|profesor|profesora|primo|prima|inquilino|inquilina|voisin|voisine|propriétaire|proprio|"
    r"patron|patronne|chef|frère|sœur|soeur|ami|amie|copain|copine|mari|femme|fils|fille|collègue|médecin|"
    r"avocat|avocate|cousin|cousine|locataire|mère|père|nachbar|nachbarin|vermieter|vermieterin|chefin|bruder|"
    r"schwester|freund|freundin|mann|frau|sohn|tochter|kollege|kollegin|arzt|ärztin|anwalt|anwältin|mutter|"
    r"vater|mieter|mieterin|lehrer|lehrerin|partner|partnerin|vicino|vicina|capo|fratello|sorella|amico|amica|"
    r"marito|moglie|figlio|figlia|collega|medico|avvocato|vizinho|vizinha|senhorio|senhoria|chefe|irmão|"
    r"irmã|filho|filha|mãe|pai|buurman|buurvrouw|huisbaas|baas|broer|zus|vriend|vriendin|vrouw|zoon|dochter|"
    r"dokter|huisarts|advocaat|moeder|vader)[ \t]*,?[ \t]+)"
    rf"(?P<name>{NAME_RUN})"
)
# A name spoken to at the start of a quotation: '"Yusuf, the parcel arrived," she wrote.'
_VOCATIVE = re.compile(rf"(?:^|(?<=[\s:(]))[\"“«„‘'][ \t]*(?P<name>{NAME_RUN})[ \t]*,")
# A name alone after the last sentence of a quoted message, before its closing quote ('"I will be late
# tonight, sorry. Tomasz"', "« À demain. Gaëlle »"). Not at the end of a line or of the prompt, where
# a lone capitalised word is as often a heading ("... the data flow below. Overview").
_CLOSING = re.compile(rf"(?<=[.!])[ \t]+(?P<name>{NAME_RUN})[ \t]*(?=[\"”»’'](?!\w))")
# The formula of a signed statement: "I, Nkechi Obi, confirm the transfer".
# ... and in the other languages such statements are written in: "Ich, Andreas Huber, geboren am", "Yo, Jordi Puig,
# con pasaporte", "Ik, Bram de Vries, geboren", "Je, soussigné"... (the pronoun with a capital, or all in capitals).
_I_COMMA = re.compile(
    rf"(?<![\w'’])(?:I|Ich|ICH|Yo|YO|Je|JE|Io|IO|Ik|IK|Eu|EU|Jeg|JEG|Jag|JAG|Ja|JA|Ben|BEN),[ \t]+(?P<name>{NAME_RUN})[ \t]*,"
)
# A certificate's formula: "certify that Ebba Wallin has worked", "intygar att", "bestätigen, dass", "certifie que".
# Two capitalised words at least: "confirm that Monday works" is no one.
_CERTIFIES = re.compile(
    rf"(?i:\b(?:certify|certifies|confirm|confirms|attest|attests|intygar|intyga|bekräftar|bekræfter|bevidner|"
    rf"bestätigen|bestätige|bescheinigen|bescheinige|certifie|certifions|atteste|certifica|certifico|attesta|atesta|"
    rf"atestamos|verklaart|verklaren|verklaar|zaświadczam|zaświadcza|potvrzuji|potvrzujeme)[ \t]*,?[ \t]+"
    # (or the verb of what is attested: "atteste héberger Capucine Fontaine", "certifico emplear a ...")
    rf"(?:that|att|at|dass|que|qu'|che|dat|że|že|héberger|heberger|accueillir|employer|hospedar|alojar|emplear|ospitare|"
    rf"beherbergen|beschäftigen)[ \t]+(?:(?:a|à|M\.|Mme|Monsieur|Madame|Herrn|Frau)[ \t]+)?"
    # a power of attorney's verb and its attorney: "donne procuration à Inès Morel", "bevollmächtige Jonas Kern",
    # "autorizo a Lucía Vidal", "upoważniam Jana Nowaka", "machtig ik Daan Smit"
    rf"|(?:donne procuration à|donne pouvoir à|bevollmächtige|autorizo a|autorizzo|upoważniam|zplnomocňuji|"
    rf"machtig|befullmäktigar|giver fuldmagt til)(?:[ \t]+(?:ich|ik|jag|jeg))?[ \t]+)(?P<name>{_WORD}[ \t]+{NAME_RUN})"
)
_CERTIFIES_CUES = frozenset(
    """certify certifies confirm confirms attest attests intygar intyga bekräftar bekræfter bevidner bestätigen
    bestätige bescheinigen bescheinige certifie certifions atteste certifica certifico attesta atesta atestamos
    verklaart verklaren verklaar zaświadczam zaświadcza potvrzuji potvrzujeme procuration pouvoir bevollmächtige
    autorizo autorizzo upoważniam zplnomocňuji machtig befullmäktigar fuldmagt donne giver""".split()
)
# (and the groups a message goes to: "email to family:", "a note to everyone")
_KIN_WORDS = frozenset("""mom mum dad mother father grandma grandpa granny nana papa mama auntie family parents kids children
    everyone everybody all team staff neighbours neighbors friends relatives cousins class""".split())

# Pre-checks (see `_context.mentions`): a word that every match of the pattern holds, in lower case; the
# possessive opens every _FOREIGN_RELATION ("il mio" holds "mio"), a quotation mark _VOCATIVE and _CLOSING.
_LETTER_CUES = frozenset("letter recommendation reference card".split())
_ADDRESSED_CUES = frozenset(
    """ask tell remind thank invite congratulate cc ping email text message authorise authorize autorizo autorizzo
    autorise bevollmächtige machtig upoważniam zmocňuji befuldmægtiger fullmakt""".split()
)
_POSSESSIVES = frozenset(
    """mi tu su mon ma ton ta mein meine meinem meiner meinen dein deine mio mia meu minha mijn onze moje mój moja
    mojego mojej můj moji mé min mit mine mitt mina vores vår vårt benim""".split()
)
_I_COMMAS = tuple(f"{w}," for w in "I Ich ICH Yo YO Je JE Io IO Ik IK Eu EU Jeg JEG Jag JAG Ja JA Ben BEN".split())
_QUOTES = "\"“«„‘'”»’"

# Typed in lower case: only after the clearest of these cues and with punctuation (or "whether", "that"
# after two words) right after the name ("please reply to gunnar: yes", "ask ingrid berg whether"), so
# that "a reply to everyone." or "ask around if" are not names.
_NEXT = r"(?=[ \t]*(?:[,.;:!?)(<\"”'\n]|$))"
_LOWER = tuple(
    re.compile(cue + rf"(?P<lname>{run}){end}", re.IGNORECASE)
    for cue, run, end in (
        (r"\b(?:ask|tell|remind|thank|invite|cc)[ \t]+", rf"{LW}[ \t]+{LW}",
         rf"(?:{END}|(?=[ \t]+(?:whether|if|that|to|about)\b))"),
        (r"\b(?:letter|recommendation|reference)[ \t]*:[ \t]*", LOWER_RUN, _NEXT),
        (r"(?<![\w'’])i,[ \t]+", LOWER_RUN, r"(?=[ \t]*,)"),
    )
)
_LOWER_CUES = (
    frozenset("ask tell remind thank invite cc".split()), frozenset("letter recommendation reference".split()), frozenset({"i"}),
)
# A chat transcript typed in lower case: lines opened by a one-word speaker and a colon, two speakers
# at least and one of them speaking again ("ola: coming?\nmarek: yes\nola: great"). Lines that do not
# repeat a word are a list of labels as often ("tone: formal\naudience: managers").
_LOWER_SPEAKER = re.compile(r"(?m)^[ \t]*(?P<lname>[^\W\d_]{2,})[ \t]*:[ \t]+\S")


def find(text: str) -> list[Span]:
    """PERSON spans for the people a message is addressed to, from, for or about."""
    spans = _recipients(text)
    quoted = any(q in text for q in _QUOTES)
    rules = ((_LETTER, 0.75, mentions(text, _LETTER_CUES)), (_ADDRESSED, 0.7, mentions(text, _ADDRESSED_CUES)),
             (_FOREIGN_RELATION, 0.8, mentions(text, _POSSESSIVES)), (_VOCATIVE, 0.65, quoted),
             (_CLOSING, 0.6, quoted), (_I_COMMA, 0.8, any(w in text for w in _I_COMMAS)), (_CERTIFIES, 0.75, mentions(text, _CERTIFIES_CUES)))
    for pattern, score, cued in rules:
        if not cued:
            continue
        start = _STARTS.get(id(pattern))
        for m in _overlapping(pattern, text) if start is None else _at_cues(pattern, start, text):
            span = _capitalised(text, m.start("name"), m.end("name"), score)
            if span is not None and pattern is _VOCATIVE and span.end < m.end("name"):
                continue  # "'Nazywam się Alicja Pawlak, ...": the quotation opens with a sentence, not a name spoken to
            if span is not None:
                spans.append(span)
    for pattern, cues in zip(_LOWER, _LOWER_CUES, strict=True):
        if not mentions(text, cues):
            continue
        for m in _overlapping(pattern, text):
            words = m.group("lname").split()
            if words[0][:1].islower() and not any(is_common(w) or w.lower() in _KIN_WORDS for w in words):
                spans.append(Span(m.start("lname"), m.end("lname"), EntityType.PERSON, 0.6))
    spans.extend(_lower_case_speakers(text))
    return spans


# Where the verb-led rules can start, as zero-width looks at the lower-cased text: tried there only.
# (By the pattern's id: a compiled pattern's hash is computed over its whole program at every lookup.)
_STARTS = {
    id(_ADDRESSED): re.compile(r"\b(?=(?:" + "|".join(sorted(_ADDRESSED_CUES | {"j'autorise"}, key=len, reverse=True)) + r")[ \t])"),
    id(_CERTIFIES): re.compile(r"\b(?=(?:" + "|".join(sorted(_CERTIFIES_CUES, key=len, reverse=True)) + r")[ \t,])"),
}


def _at_cues(pattern: re.Pattern[str], start: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that begin where `start` finds a cue (overlapping ones too, as `_overlapping`)."""
    if lowered(text) is None:
        yield from _overlapping(pattern, text)
        return
    for at in cue_starts(start, text):
        m = pattern.match(text, at)
        if m is not None:
            yield m


def _recipients(text: str) -> list[Span]:
    """"an apology to Henrik", "einen Brief an Knut", "a voicemail from kasimir,": a name after a cue
    word and its preposition."""
    spans = []
    for m in _prepositions(text):
        before = _last_word(text, max(0, m.start() - 40), m.start())
        cue, prep = before.lower(), m.group("to").lower()
        if (cue, prep) not in _CUES and cue.endswith("s"):
            cue = cue[:-1]  # "messages from", "parents of"
        lower_ok = _CUES.get((cue, prep))
        if lower_ok is None or cue in _OBJECT_CUES and not _OBJECT_VERB.search(text, max(0, m.start() - 30), m.start()):
            continue
        name = _NAME.match(text, m.end())
        span = _capitalised(text, m.end(), name.end(), 0.75) if name else None
        if span is None and lower_ok:
            lower = _LOWER_NAME.match(text, m.end())
            words = lower.group().split() if lower else []
            if words and words[0].islower() and not any(is_common(w) or w.lower() in _KIN_WORDS for w in words):
                span = Span(m.end(), lower.end(), EntityType.PERSON, 0.6)
        if span is not None:
            spans.append(span)
    return spans


# The prepositions of _PREPOSITION, each a whole word of the text (spaces before it, spaces after).
_PREPOSITION_WORDS = frozenset(
    "to for from with of an für von à a para pour per de da aan voor van til till fra från do pro".split())


def _prepositions(text: str) -> Iterator[re.Match[str]]:
    """`_PREPOSITION.finditer(text)`, tried only where a match can start: at the first of the spaces before a
    preposition (found in the text's word index) when a letter comes before them. The pattern opens with a space and
    a look-behind, so `re` tried it at every character (~35 µs on the benchmark's prompt)."""
    index = word_index(text)
    if index is None:
        return _PREPOSITION.finditer(text)
    starts = []
    for word in _PREPOSITION_WORDS.intersection(index.starts):
        for at in index.starts[word]:
            start = before_spaces(text, at)
            if start < at:  # (the look-behind, a letter before the spaces, is left to the pattern)
                starts.append(start)
    starts.sort()
    return matches_at(_PREPOSITION, text, starts)


def _last_word(text: str, pos: int, endpos: int) -> str:
    r"""The word before `endpos` (after `pos`), as `re.compile(r"([^\W\d_][\w'’-]*)[ \t]*$").search(text, pos,
    endpos).group(1)` finds it ("" for none), read backwards instead of trying the pattern at every character."""
    end = endpos - 1 if endpos > pos and text[endpos - 1] == "\n" else endpos  # `$`: the end, or before a last \n
    end = before_spaces(text, end, pos)
    start = end
    while start > pos and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
        start -= 1
    while start < end and not (text[start].isalnum() and not text[start].isdecimal()):
        start += 1  # the match opens with a letter ([^\W\d_]): the first one of the run
    return text[start:end]


def _capitalised(text: str, start: int, end: int, score: float) -> Span | None:
    """The name at `start` if it opens with a capital ("an den Vermieter" is no name) and is not "Mom"."""
    if not text[start].isupper():
        return None
    span = name_span(text, start, end, score)
    return None if span is None or text[span.start : span.end].lower() in _KIN_WORDS else span


def _lower_case_speakers(text: str) -> list[Span]:
    if text.count(":") < 3 or text.count("\n") < 2:
        return []
    speakers = [m for m in _LOWER_SPEAKER.finditer(text) if m.group("lname").islower() and not is_common(m.group("lname"))]
    if len({m.group("lname") for m in speakers}) < 2 or len({m.group("lname") for m in speakers}) == len(speakers):
        return []
    return [Span(m.start("lname"), m.end("lname"), EntityType.PERSON, 0.6) for m in speakers]


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches that may overlap: a cue whose "name" turned out not to be one ("write a short toast for
    Amelia") must not hide the next cue inside it."""
    starts = word_starts(pattern, text)  # where it can start, when its cue words say (None: anywhere)
    pos = 0
    while (m := pattern.search(text, pos) if starts is None else _first_match_from(pattern, text, starts, pos)) is not None:
        yield m
        pos = max(m.start() + 1, m.start(m.lastgroup or 0))


def _first_match_from(pattern: re.Pattern[str], text: str, starts: list[int], pos: int) -> re.Match[str] | None:
    """`pattern.search(text, pos)` when its matches can only start at `starts` (ascending)."""
    for at in starts[bisect.bisect_left(starts, pos):]:
        m = pattern.match(text, at)
        if m is not None:
            return m
    return None
