"""The small organisations in a writer's life, named with the kind of place they are: the vet, the school, the
pharmacy, the home-care service, the club, the removal firm, the accountant, the pension fund, the parish hall, the
residents' association ("Oakfield Veterinary Clinic", "Phòng khám thú y Hạnh Phúc", "Stěhovací služba Rychlík",
"Kovács és Társa Könyvelőiroda", "ТСЖ «Рассвет»", "UKS Dwójka Toruń", "Djurkliniken Tassen"); the client or
pharmacy a form names after its label ("Cliente: ...", "Pharmacy on file: ..."); the company column of a
contact list. Which vet, school or club someone uses says where they live, and a model reads few of these
outside English.

The kind word is looked up in the text's word index first (`_context.word_index`): a text without one costs a
set intersection. A kind word alone is never taken: it needs a capitalised name beside it, before it
("Millbrook Primary School") or after it ("Farmácia Central de Braga"), or the quoted name a legal form or an
association's abbreviation opens ("UAB „Butkus ir partneriai“", "ОСББ «Затишок»").
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers._context import before_spaces, word_index
from llmvpn.privacy.recognizers.names import is_common
from llmvpn.privacy.recognizers.negatives import FAMOUS
from llmvpn.privacy.spans import EntityType, Span

# Kinds of small organisation, by language; several words are one kind ("thú y", "drug store"). Lower case.
_KINDS = """
veterinary vets vet animal-hospital animal-clinic pet-clinic tierarztpraxis tierklinik tierarzt dierenkliniek
dierenartspraktijk dierenarts vétérinaire veterinaria veterinària veterinária veterinario veterinario weterynaryjna
weterynaryjny lecznica djurklinik djurkliniken djursjukhus djursjukhuset dyreklinikk dyreklinikken dyrlægehuset
dyrlæge dyrehospital eläinklinikka eläinlääkäriasema veterinární állatorvosi veterinară veteriner kliniği
κτηνιατρείο ветклиника ветклініка ветеринарная ветеринарна veterinarska veterinarijos dýralæknastofa
dýraspítalinn dýraspítali dýralæknirinn dýralæknir hewan thú-y
pharmacy chemist chemists drug-store drugstore apotheke pharmacie farmacia farmácia farmàcia apteka apotek apoteket
apteekki lékárna gyógyszertár farmacie eczanesi eczane φαρμακείο аптека ljekarna vaistinė apótek nhà-thuốc
home-care homecare carers care-agency pflegedienst pflege diakoniestation sozialstation thuiszorg hemtjänst
hemtjänsten hjemmetjenesten hjemmetjeneste hjemmeplejen kotihoito
practice surgery medical-centre medical-center health-centre health-center physio physiotherapy dental dentistry
arztpraxis hausarztpraxis zahnarztpraxis praxis huisartsenpraktijk huisartsenpraktijk vårdcentral vårdcentralen
legekontor lægehus terveysasema ordinace przychodnia rendelő poliklinika ιατρείο поликлиника ambulanta
heilsugæsla heilsugæslan puskesmas phòng-khám bệnh-viện
removals removal movers moving-co umzüge umzugsunternehmen déménagements mudanzas mudanças traslochi
verhuisbedrijf verhuizingen przeprowadzki flyttfirma flyttebyrå flyttebyrået flyttefirma muuttopalvelu stěhování
stěhovací služba biuro kancelář költöztetés mutări nakliyat μετακομίσεις переезды selidbe perkraustymas flutningar pindahan jasa-angkut
chuyển-nhà
accountants accountancy accounting bookkeeping tax-services steuerkanzlei steuerberatung kanzlei comptable
gestoría gestoria asesoría commercialista administratiekantoor rachunkowe redovisningsbyrå regnskapsbyrå
revisionsfirmaet revisionsfirma tilitoimisto účetní könyvelőiroda könyvelő contabil muhasebe λογιστικό
бухгалтерия knjigovodstvo bókhaldsstofa akuntan
school primary-school elementary academy escola escuela colegio ceip ies institut instituto progimnazija gimnazija
mokykla iskola általános gimnázium școala şcoala scoala liceul liceum ilkokulu ortaokulu lisesi σχολείο
φροντιστήριο школа гимназия лицей ліцей гімназія oš škola skóli grunnskóli sd smp sma trường zš
football-club netball-club rugby-club cricket-club tennis-club golf-club sports-club fc afc sc sv tsv
vfb vfl djk tus asd ssd cd ud vv sk fk nk hnk ks uks azs mks ifk aik
pension-fund provident-fund provident-trust superannuation pensionskasse
parish parish-hall church-hall community-centre community-center scout-hut scout-group pfarrei kirchengemeinde
paroisse parroquia parrocchia parochie parafia församling
тсж осбб жск тсн снт гск
print-works joinery catering bakery bäckerei boulangerie panadería florist builders landscaping cleaning-services
kennels cattery driving-school fahrschule auto-école autoescuela
clinic clinics klinik kliniken clinique clínica clinica kliniek klinika klinikka kliniği клиника клініка
hospital hospice care-home nursing-home retirement-home krankenhaus klinikum ziekenhuis szpital nemocnice sjukhus
sykehus sairaala kórház spital hastanesi больница лікарня bolnica ligoninė hôpital ospedale
dentist dentists dental-practice dental-surgery zahnarzt tandarts tandläkare tannlege tandlæge hammaslääkäri
dentysta stomatologia zubař fogorvos стоматология стоматологія opticians optician optik opticien óptica ottica
nursery day-nursery kindergarten kita daycare day-care preschool pre-school playgroup crèche guardería asilo-nido
kinderopvang przedszkole školka mateřská förskola förskolan børnehave barnehage päiväkoti óvoda grădinița anaokulu
vrtić детский-сад
club klub klubb verein association associação asociación associazione vereniging förening forening yhdistys
stowarzyszenie spolek egyesület asociația residents-association tenants-association
solicitors lawyers law-firm attorneys notary notaire notaría notariaat rechtsanwälte rechtsanwalt anwaltskanzlei
advocaten advokatbyrå advokatfirma avocats abogados avvocati kancelaria advokátní ügyvédi
tax-advisers tax-advisors financial-advisers estate-agents letting-agents
garage autoservis autowerkstatt autohaus kfz-werkstatt car-repairs taller autoservice bilverkstad autokorjaamo
plumbing electrical roofing construction
công-ty nha-khoa ngân-hàng trường văn-phòng-luật-sư văn-phòng-công-chứng phòng-khám-đa-khoa
hukuk-bürosu avukatlık-bürosu mobilya spółdzielnia-mieszkaniowa spółdzielnia медичний-центр медицинский-центр
δικηγορικό-γραφείο λογιστικό-γραφείο
bakkerij bageri bakeri leipomo pékség piekarnia pekárna pekáreň brutăria brutaria padaria panificio pasticceria
konditorei metzgerei fleischerei friseursalon friseur kapsalon peluquería parrucchiere cabeleireiro fırını kuaför
kuaförü φούρνος toko-roti tiệm-bánh
bufete despacho-de-abogados escritório-de-advocacia studio-legale studio-dentistico studio-medico étude-notariale
cabinet-vétérinaire cabinet-dentaire cabinet-d'avocats advocatenkantoor accountantskantoor notariskantoor
kantor-notaris kantor-hukum kantor-akuntan klinik-gigi ügyvédi-iroda könyvelőiroda kancelaria-adwokacka
kancelaria-prawna gabinet-stomatologiczny gabinet
sportverein turnverein spor-kulübü kulübü palestra gimnasio academia
senior-living assisted-living residential-care pet-sitting pet-sitters dog-walking dog-walkers osteopathy osteopaths
urgent-care eye-care dermatology family-law chiropractic
odvjetnički-ured odvjetnička-kancelarija dom-zdravlja legesenter tannlegesenter helsesenter tannlegekontor
адвокатска-кантора медицински-център advokatų-kontora buhalterinė-apskaita cabinet-de-avocatură cabinet-medical
ergotherapie physiotherapie logopädie osteopathie
grāmatvedības-birojs raamatupidamisbüroo konsultan-pajak kantor-konsultan-pajak
flyttfirman flyttefirmaet flyttebyrå flyttebyrået flyttefirmaer sťahovanie stěhovací-firma pārvākšanās
kolimisteenus kolimisfirma perkraustymo-paslaugos spedition umzugsfirma
loomakliinik veterinārā-klīnika veterinārklīnika veterinarijos-klinika veterinární-klinika veterinárna-ambulancia
klīnika kliinik
"""


def _words(words: str) -> frozenset[str]:
    """The whitespace-separated words of a list written as one string."""
    return frozenset(words.split())


def _by_first_word(kinds: str, openers: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The kind phrases by their first word, longest first, with the legal forms that only open a quoted name."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for kind in kinds.split():
        words = tuple(kind.split("-"))
        table.setdefault(words[0], []).append(words)
    for opener in openers:
        table.setdefault(opener, [(opener,)])
    return {first: tuple(sorted(phrases, key=len, reverse=True)) for first, phrases in table.items()}


# Kind words that are also everyday words or abbreviations: only with a capital (or the text in lower case),
# and only beside a name on the side the language puts it ("SV Blau-Weiß", "Riverside Rovers FC").
_SHORT = _words(
    "fc afc sc sv tsv vfb vfl djk tus asd ssd cd ud vv sk fk nk hnk ks uks azs mks ifk aik ceip ies sd smp sma oš zš "
    "тсж осбб жск тсн снт гск"
)
# ... of which these are everyday words in lower case too ("sd card", "the sma", "cd"): in capitals only.
_CAPITALS_ONLY = _words("sd sma ks sk cd sc sv")
# Legal forms and associations that open a quoted name: "UAB „Butkus ir partneriai“", "ООО «Ромашка»", "ТСЖ «Рассвет»".
_QUOTED_OPENERS = _words(
    "ооо оао зао пао ао ип тов пп фоп тоо чп тсж осбб жск тсн снт гск uab všį mb sia oü mtü as ab "
    "ветклиника ветклініка "
    # Bulgarian and Lithuanian kinds before a quoted name, and the Bulgarian school abbreviations: "Адвокатска кантора
    # „Петров“", "Advokatų kontora „Jonaitis“", "СУ „Христо Ботев“", "ОУ „Васил Левски“"
    "адвокатска медицински advokatų buhalterinė су оу пг"
)
# ... and those of them written before an unquoted name too, in capitals: "UAB Medžio Meistrai", "SIA Koka Darbnīca".
_PREFIX_FORMS = _words("uab všį sia ооо тов")
_FIRST = _by_first_word(_KINDS, _QUOTED_OPENERS)
_QUOTED_ONLY = _QUOTED_OPENERS - frozenset(w.split("-")[0] for w in _KINDS.split())
# Kinds that are also the end of a common compound title ("Fight Club", "Book Club", "Rotary Club"): before them,
# a name of two words or more ("Ashby Harriers Running Club"), or one after them ("Club Atlético Ribera").
_NEEDS_TWO = _words("club klub klubb association society garage construction electrical plumbing roofing")
# The kind as the end of one compound word, in the languages that write them so: "Hammaslääkäriasema Hymy",
# "Tandartspraktijk Zuid", "Bilverkstad Ekström", "Hundeschule Pfotenglück". Lower case.
_KIND_ENDINGS = (
    "praxis", "praktijk", "klinik", "kliniken", "klinikka", "kliniek", "asema", "apotheke", "apotek", "apoteket",
    "kanzlei", "werkstatt", "verkstad", "verksted", "værksted", "servis", "service", "byrå", "byrån", "byrået",
    "bureau", "iroda", "rendelő", "ambulanta", "schule", "skolan", "skolen", "koulu", "senteret", "centralen",
    "kantoor", "bakkerij", "bageri", "bakeri", "leipomo", "centrum", "verein",
)
_QUOTED = re.compile(r"[ \t]*(?:«[^»\n]{1,40}»|„[^“”\n]{1,40}[“”]|\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”)")
_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[\w'’])?\.?|&|№")
# Between two capitalised words of one name: "Bichos & Cia", "Kovács és Társa", "Central de Braga", "Dýraspítalinn í Víðidal".
_JOINERS = frozenset(["&", "and", "und", "és", "ir", "og", "och", "e", "y", "et", "i", "í", "á", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "am", "an", "of", "the"])
_NUMBER_WORDS = frozenset(["nr", "nr.", "no", "no.", "n°", "№"])
# Legal forms: the last word of a firm's name, whatever follows ("Iyer Plumbing & Heating Ltd. Name: ...").
_LEGAL_ENDS = frozenset("ltd inc llc corp plc gmbh ag bv b.v nv n.v sa s.a sl s.l srl s.r.l spa s.p.a lda ltda oy ab as aps kft zrt".split())
# A word with a full stop that does not end a sentence: an abbreviation or an initial ("nr.", "St.", "s.r.o.", "J.").
_ABBREVIATION = re.compile(r"(?i)(?:nr|no|dr|st|sv|ul|g|m|co|ltd|inc|corp|bros|mt|ft|dept|int|univ|[^\W\d_])\.|[^\W\d_.]+(?:\.[^\W\d_.]+)+\.")
# Words before a name that are the sentence's, not the name's: "Contact Elm Street Scout Hut", "Dear Riverside Rovers FC".
_LEAD = frozenset(["contact", "contacted", "call", "ring", "phone", "email", "mail", "visit", "ask", "tell", "from", "at", "to", "for", "with", "by", "via", "dear", "training", "cliente", "client", "customer", "kunde", "klant", "pharmacy", "on", "file", "my", "our", "the", "a", "an",
         # a record's label written before the firm without its colon: "Employer Kōwhai Dog Walking", "GP Elm Eye Care"
         "employer", "insurer", "provider", "gp", "landlord", "venue", "sponsor", "sponsors", "control", "kontrola"])
_FAMOUS_ORGS = FAMOUS[EntityType.ORGANIZATION]
_LABEL = re.compile(
    r"(?i:\b(?:client|cliente|customer|kunde|klant|klient|pharmacy(?:[ \t]+on[ \t]+file)?|vet(?:[ \t]+practice)?|"
    # a company named in a form, in the languages it is filled in: "Company: ...", "Firma: ...", "Société : ..."
    # (and a vCard's or a badge export's "ORG:")
    r"company(?:[ \t]+name)?|business(?:[ \t]+name)?|organi[sz]ation|org|organisatie|firm|firma|empresa|société|azienda|"
    r"ditta|bedrijf|bedrijfsnaam|företag|virksomhed|bedrift|yritys|cég|şirket|společnost|spoločnosť|spółka|"
    r"компания|компанія|организация|організація|"
    r"school|club|practice|surgery|care[ \t]+provider|care[ \t]+agency|agency|landlord|letting[ \t]+agent|insurer|"
    r"apotheke|schule|verein|pflegedienst|farmacia|farmácia|escola|escuela|colegio|école|pharmacie)[ \t]*:[ \t]*)"
    r"(?P<org>[^\W\d_a-z][\w'’&.-]*(?:[ \t]+(?:[^\W\d_a-z][\w'’&.-]*|&|and|de|do|da|del|di|du|des|van|von|of|e|y|et|i)){0,5})"
)
_LABEL_CUES = _words(
    """client cliente customer kunde klant klient pharmacy vet school club practice surgery provider agency landlord
    agent insurer apotheke schule verein pflegedienst farmacia farmácia escola escuela colegio école pharmacie
    company business organisation organization org organisatie firm firma empresa société azienda ditta bedrijf
    bedrijfsnaam företag virksomhed bedrift yritys cég şirket společnost spoločnosť spółka компания компанія
    организация організація"""
)
_COLUMN_HEADS = frozenset(["company", "employer", "organisation", "organization", "firm", "business", "school", "club", "firma", "empresa", "entreprise", "société", "societe", "azienda", "bedrijf", "werkgever", "arbeitgeber"])


def find(text: str) -> list[Span]:
    """ORGANIZATION spans of small organisations named with their kind, after a label, or in a company column."""
    index = word_index(text)
    if index is None:
        return [] if text.isascii() else [*cjk_organisations(text), *_heading_addressee(text), *_request_addressee(text)]
    words = index.starts
    spans: list[Span] = []
    heads = list(_FIRST.keys() & words)
    # "...asema", "...praktijk": a compound kind, looked for word by word (quicker than a search of the text for
    # each ending first)
    compounds = [w for w in words if len(w) >= 9 and w.endswith(_KIND_ENDINGS) and w not in _FIRST
                 and w not in _KIND_ENDINGS]
    if heads or compounds:
        spans.extend(_kind_named(text, index.starts, heads, compounds))
    if ":" in text and not _LABEL_CUES.isdisjoint(words):
        spans.extend(_labelled(text))
    if "\n" in text and not _COLUMN_HEADS.isdisjoint(words):
        spans.extend(_company_column(text))
    if ("|" in text or "｜" in text) and not _ROW_LABELS.isdisjoint(words):
        spans.extend(_row_fields(text))
    if not text.isascii():
        spans.extend(cjk_organisations(text))
    spans.extend(_heading_addressee(text))
    spans.extend(_request_addressee(text))
    return spans


# The organisation a letter's heading is addressed to, before the colon that opens the letter: "Kündigung der
# Mitgliedschaft beim Physiotherapie Yılmaz: ...", "Réclamation à Crédit Mutuel de Nantes : je suis ...", "Rezygnacja z
# członkostwa w Klub Sportowy Orzeł: ...", "Complaint to Harbour View Lettings: ...". The heading names a complaint, a
# cancellation or a resignation; the addressee, after its preposition, is two to six words, the first and the last
# capitalised (not a person addressed by title: "Beschwerde an Herrn Roth:").
_LETTER_WORDS = tuple(
    """kündigung mitgliedschaft beschwerde widerruf réclamation résiliation plainte rezygnacja reklamacja reklamace
    výpověď complaint cancellation termination membership resignation reclamación queja baja disdetta reclamo recesso
    opzegging klacht uppsägning reklamation opsigelse klage irtisanominen reklamaatio felmondás panasz""".split()
)
_HEADING = re.compile(r"\A[ \t]*([^\n:]{3,90}?)[ \t]*:[ \t]*\S")
_ADDRESSEE_PREPOSITION = re.compile(
    r"[ \t](?:beim|bei|an|à|au|auprès de|w|we|do|u|al|a|to|with|at|naar|aan|bij|för|hos|til|pro|для|в|до|για|στο|στη|στην)[ \t]+"
)
_ADDRESS_TITLES = frozenset("herrn herr frau mr mrs ms dr m. mme madame monsieur pan pani sr sra señor señora sig. sig.ra".split())


def _heading_addressee(text: str) -> list[Span]:
    colon = text.find(":", 0, 100)
    if colon < 0:
        return []
    low = text[:colon].lower()
    if not any(word in low for word in _LETTER_WORDS):
        return []
    heading = _HEADING.match(text)
    if heading is None:
        return []
    for m in _ADDRESSEE_PREPOSITION.finditer(text, heading.start(1), heading.end(1)):
        org = text[m.end() : heading.end(1)]
        words = org.split()
        if not 2 <= len(words) <= 6 or not words[0][:1].isupper() or not (words[-1][:1].isupper() or words[-1].isdigit()):
            continue
        if words[0].lower().rstrip(".") in _ADDRESS_TITLES or words[0].lower() in _ADDRESS_TITLES:
            return []  # a person addressed by title
        return [Span(m.end(), heading.end(1), EntityType.ORGANIZATION, 0.65)]
    return []


# ... and more widely, the party a request to write to someone names right before that colon: "Write a lost-property
# notice for Tregear's Boatyard: ...", "Schreib eine Mail an den Schützengilde Visp: ...", "Scrivi una mail all'impresa
# Impresa Edile Rossi: ...", "Napisz maila do przychodni NZOZ Zdrowie: ...". The heading asks for a letter, a mail, a
# message or a notice; the addressee is the run of capitalised words that ends at the colon, after a lower-case word (a
# preposition, an article, the kind of firm: "firme", "impresa"). A run of two words may be a person written to ("Write
# an email to Maria Lopez:"): only one with a firm's sign in it is taken, a possessive ("Tregear's"), an acronym
# ("NZOZ"), a figure, or a compound longer than names are ("Watersportvereniging").
_REQUEST_WORDS = tuple(
    """write draft compose letter e-mail email mail message notice schreib verfass brief nachricht écri rédige lettre
    escrib redact carta correo scriv lettera napisz napíš napiš pismo dopis list skriv brev schrijf kirjoita viesti
    írj levél tulis surat keluhan напиши писмо письмо жалба""".split()
)
_STOP = re.compile(r"[.!?][ \t]")
_POSSESSIVES = frozenset("""my our mein meine meinen meinem meiner unser unsere unseren unserem unserer mon ma mes notre nos
    mi mis nuestro nuestra nuestros nuestras mio mia miei mie nostro nostra mijn onze min mitt mina vår vårt våra
    mój moja mojego mojej nasz nasza naszego naszej""".split())
_RUN_JOINERS = frozenset("& and of de di del della du des da do van von y e et i".split())  # (not "an den": German)
_RUN_WORD = re.compile(r"(?:[^\W\d_][\w'’.-]*|[0-9]+|&)$")


def _request_addressee(text: str) -> list[Span]:
    colon = text.find(":", 0, 120)
    if colon < 0 or "\n" in text[:colon] or not text[colon + 1 : colon + 2].isspace() or _STOP.search(text, 0, colon):
        return []  # (one clause: "... to the Secretary of State. Me: ..." is two)
    low = text[:colon].lower()
    if not any(word in low for word in _REQUEST_WORDS) or any(word in low for word in _LETTER_WORDS):
        return []  # (a complaint's heading is `_heading_addressee`'s)
    words = text[:colon].split()
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or word[:1].isdigit() or word == "&" or run and word.lower() in _RUN_JOINERS:
            run.insert(0, word)
        else:
            break
    while run and not run[0][:1].isupper():
        run.pop(0)
    if not 2 <= len(run) <= 6 or len(run) == len(words) or not _RUN_WORD.match(run[-1]):
        return []
    if words[len(words) - len(run) - 1].lower() in _POSSESSIVES:
        return []  # "an unseren Handwerker Henning Brinkmann:": someone of the writer's, in a role, not a firm
    if run[0].lower().rstrip(".") in _ADDRESS_TITLES or any(w.lower() in _FAMOUS_ORGS for w in run):
        return []
    if len(run) == 2 and not any(w.endswith(("'s", "’s")) or w.isupper() and len(w) >= 2 or any(c.isdigit() for c in w)
                                 or len(w) >= 12 for w in run):
        return []
    start = text.rindex(run[0], 0, colon)
    return [Span(start, colon, EntityType.ORGANIZATION, 0.6)]


# Firms, clinics and schools in Japanese and Korean, named with their kind before or after the name and written
# without spaces: "株式会社みどり工務店", "広島市中央歯科クリニック", "中村会計事務所", "새솔초등학교", "부산미소치과". Japanese
# only where the text has kana (Chinese runs its words together: the name's start is not seen).
_JA_ORG = re.compile(
    r"(?<![一-龥ぁ-んァ-ヶー])(?:(?:株式会社|有限会社|合同会社)[一-龥ぁ-んァ-ヶー]{1,12}?(?=[^一-龥ぁ-んァ-ヶー]|勤務|に|で|の|は|を|へ|$)"
    r"|[一-龥ァ-ヶー]{1,12}?(?:株式会社|有限会社|歯科クリニック|クリニック|会計事務所|法律事務所|税理士事務所|工務店|"
    r"歯科医院|病院|医院|小学校|中学校|高等学校|幼稚園|保育園))"
)
_KO_ORG = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,8})(?:초등학교|중학교|고등학교|대학교|치과의원|치과|병원|의원|한의원|세무회계|회계법인|"
    r"법무법인|세무사무소|어린이집|유치원|동물병원)"
    # (or the particle the sentence puts after it: "튼튼동물병원에서 ... 보내래요", "한결세무회계에서")
    r"(?![가-힣])|(?<![가-힣])(?P<name2>[가-힣]{2,8})(?:치과|병원|세무회계|동물병원|한의원)(?=(?:에서|에게|에|의|은|는|이|가|을|를|와|과|로|랑)(?![가-힣]))"
)
_KO_GENERIC = frozenset("종합 동물 대학 근처 동네 우리 그 이 저 어느 무슨 큰 작은 지역 소아과 치과 여성 국립 시립 도립".split())
_CJK_ORG_HINT = re.compile(r"[ぁ-んァ-ヶ가-힣]")


def cjk_organisations(text: str) -> list[Span]:
    """ORGANIZATION spans of _JA_ORG and _KO_ORG, and the kind-named places of the scripts below."""
    spans = [Span(m.start("org"), m.end("org"), EntityType.ORGANIZATION, 0.7)
             for hint, pattern in _SCRIPT_ORGS if hint.search(text) for m in pattern.finditer(text)
             if not _GENERIC_NAME.search(m.group("org"))]
    if not _CJK_ORG_HINT.search(text):
        return spans
    if _KANA.search(text):
        spans.extend(Span(m.start(), m.end(), EntityType.ORGANIZATION, 0.7) for m in _JA_ORG.finditer(text))
    spans.extend(Span(m.start(), m.end(), EntityType.ORGANIZATION, 0.7) for m in _KO_ORG.finditer(text)
                 if (m.group("name") or m.group("name2")) not in _KO_GENERIC)
    return spans


_KANA = re.compile(r"[ぁ-んァ-ヶ]")

# A clinic, school, firm or office by its kind word in scripts without capitals, the name beside it up to the
# clause's end: "במרפאת ילדים השקד", "משרד עורכי דין קליין", "مركز النور الطبي", "مكتب البلوشي للاستشارات",
# "श्रीवास्तव ट्रेडर्स", "संजीवनी अस्पताल", "บริษัท พูลผล การช่าง จำกัด", "长沙市实验小学", "新潟市さくら眼科", "한결세무법인".
_HE_ORG = re.compile(
    r"(?<![א-ת])[בלומה]?(?P<org>(?:משרד[ \t]עורכי[ \t]דין|משרד[ \t]רואי[ \t]חשבון|משרד(?![ \t](?:עורכי|רואי))|"
    r"מרפאת[ \t](?:ילדים|שיניים|עיניים|נשים)|מרפאת(?![ \t](?:ילדים|שיניים|עיניים|נשים)[ \t]*(?:[.,;:!?\n]|$))|"
    r"בית[ \t]ספר|גן[ \t]ילדים|חברת|מאפיית|מספרת|סטודיו|קליניקת)"
    r"(?:[ \t][א-ת\"׳״'-]+){1,4}?)(?=[ \t]*[.,;:!?\n]|[ \t]*$)"
)
_AR_ORG = re.compile(
    r"(?<![ء-ي])(?P<org>(?:مركز|مكتب|عيادة|عيادات|مستشفى|مدرسة|شركة|مخبز|صيدلية|مؤسسة)(?:[ \t][ء-ي]+){1,4}?)(?=[ \t]*[.,،؛:!?\n]|[ \t]*$)"
)
_HI_ORG = re.compile(
    r"(?<![ऀ-ॿ])(?P<org>(?!(?:और|तथा|एवं|में|से|का|की|के|को|पर|ने|या)[ \t])[ऀ-ॿ]{2,}(?:[ \t][ऀ-ॿ]{2,})?[ \t](?:ट्रेडर्स|अस्पताल|क्लिनिक|स्कूल|विद्यालय|एंटरप्राइजेज|इंडस्ट्रीज|फार्मेसी|बेकरी|"
    r"एसोसिएट्स|कंस्ट्रक्शन))(?![ऀ-ॿ])"
)
_TH_ORG = re.compile(r"(?P<org>บริษัท[ \t]?[ก-๙]{2,20}(?:[ \t][ก-๙]{2,20}){0,2}?[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?)")
# ... and a partnership ("ห้างหุ้นส่วน" and its name's words, up to a request or a field's word) and a clinic of a kind
# with its name written on ("คลินิกทันตกรรมยิ้มสวย"): only with the kind, as Thai runs a sentence's words together.
_TH_KIND_ORG = re.compile(
    r"(?P<org>ห้างหุ้นส่วน(?:จำกัด|สามัญ)?(?:[ \t](?!ช่วย|กรุณา|โปรด|และ|โทร|อีเมล|เบอร์|ที่อยู่)[ก-๙]{2,20}){1,3}"
    r"|คลินิก(?:ทันตกรรม|เวชกรรม|สัตว์|กายภาพบำบัด|ความงาม)[ก-๙]{2,16})(?![ก-๙])"
)
_ZH_ORG = re.compile(
    r"(?:(?<=[在的于到去从和与跟给是为，,。：:\s「“（(])|^)(?P<org>(?:(?![在的于到去从和与跟给是为我你他她])[一-龥]){2,10}?(?:实验小学|小学|中学|幼儿园|律师事务所|"
    r"会计师事务所|有限公司|诊所|牙科|口腔门诊|动物医院|宠物医院|搬家公司))(?!生)"
)
_JA_KANA_ORG = re.compile(
    r"(?<![一-龥ァ-ヶー])(?P<org>[一-龥ァ-ヶー]{2,6}(?:(?![のがはをにでへともや])[ぁ-ん]){2,4}(?:眼科|歯科|クリニック|医院|皮膚科|整骨院))"
)
_CYR_ORG = re.compile(
    r"(?P<org>(?:[А-ЯІЇЄҐ][а-яіїєґ'’]+[ \t])?(?i:центр|клініка|клиника|школа|гімназія|гимназия|ліцей|лицей|аптека|салон|"
    r"студія|студия|агентство|бюро|кафе|пекарня|ательє|ателье|стоматологія|стоматология)[ \t]*«[^»\n]{1,40}»)"
)
_KO_FIRM = re.compile(r"(?<![가-힣])(?P<org>[가-힣]{2,6}(?:세무법인|법무법인|회계법인|특허법인|노무법인))(?![가-힣])")
_SCRIPT_ORGS = (
    (re.compile(r"[א-ת]"), _HE_ORG), (re.compile(r"[ء-ي]"), _AR_ORG), (re.compile(r"[ऀ-ॿ]"), _HI_ORG),
    (re.compile("บริษัท"), _TH_ORG), (re.compile("ห้างหุ้นส่วน|คลินิก"), _TH_KIND_ORG), (re.compile(r"[一-龥]"), _ZH_ORG), (re.compile(r"[ぁ-ん]"), _JA_KANA_ORG),
    (re.compile(r"[가-힣]"), _KO_FIRM), (re.compile("«"), _CYR_ORG),
)
# Words that make the kind-named run a general one: "a government hospital", "这所小学", "any law office".
_GENERIC_NAME = re.compile(
    r"^(?:सरकारी|निजी|किसी|इस|उस|एक|अच्छे|अच्छा|सबसे|बड़े|पास|这|那|一|某|哪|附近|本地|当地|我们|公立|私立)|"
    r"哪|这[所家个]|那[所家个]|一[所家个]|某|"
    r"(?:^|[ \t])(?:حكومي|حكومية|خاص|خاصة|أي|هذا|هذه|ذلك|قريب|ممשלתי|ממשלתית|פרטי|פרטית|כלשהו|הזה|הזאת|קרוב)(?:[ \t]|$)"
)


def firm_signs(words: list[str]) -> bool:
    """True when `words` (of a firm's name, a person's left out) hold a sign of a firm: an "&" joining names, a
    possessive ("St Luke's"), a legal form ("LLP", "GmbH") or a kind of organisation ("Hospital", "Bookkeeping")."""
    return any(w == "&" or w.endswith(("'s", "’s")) or w.lower().rstrip(".") in _LEGAL_ENDS or w.lower() in _FIRST
               for w in words)


def names_a_kind(value: str) -> bool:
    """True when `value` opens with the word of a kind of organisation ("Boulangerie Martin", "Apotheke")."""
    first = value.split(None, 1)[0].lower() if value.strip() else ""
    return first in _FIRST


def _tokens_after(text: str, at: int, limit: int = 7) -> list[tuple[int, int]]:
    """Up to `limit` tokens from `at`, separated by single spaces or tabs (none across punctuation)."""
    tokens = []
    while len(tokens) < limit:
        gap = at
        while gap < len(text) and text[gap] in " \t":
            gap += 1
        if gap == at and tokens or gap - at > 2:
            break
        m = _TOKEN.match(text, gap)
        if m is None:
            break
        tokens.append((m.start(), m.end()))
        at = m.end()
    return tokens


def _tokens_before(text: str, at: int, limit: int = 6) -> list[tuple[int, int]]:
    """Up to `limit` tokens ending before `at`, nearest first."""
    tokens = []
    while len(tokens) < limit:
        gap = before_spaces(text, at)
        if gap == at or at - gap > 2 or gap == 0:
            break
        if "\t" in text[gap:at]:
            break  # a tab parts a table's cells: "Elke Lemaire\tKortrijk\tHuisartsenpraktijk De Esch" names no one firm
        start = gap
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-&.№"):
            start -= 1
        if start == gap:
            break
        while start < gap - 1 and text[start] in "'’-&.":
            start += 1  # a quotation opening before the name: "'Dear Riverside Rovers FC, ..." (but "&" alone is a word)
        if text[start:gap] in ("'", "’", "-", "."):
            break
        if start == gap:
            break
        token = text[start:gap]
        if token.endswith(".") and len(token) > 3:
            break  # the end of the sentence before
        tokens.append((start, gap))
        at = start
    return tokens


def _is_name_word(word: str, lower_text: bool) -> bool:
    if lower_text:
        return word[:1].isalpha() and not is_common(word) and word.lower() not in _LEAD and word.lower() not in _FIRST
    return word[:1].isupper() or word[:1].isdigit() and len(word) <= 4 or word[:1] in "'’"


def _kind_named(text: str, starts: dict[str, list[int]], heads: list[str], compounds: list[str]) -> list[Span]:
    low = text.lower()
    lower_text = not any(ch.isupper() for ch in text)
    spans = []
    for head in heads + compounds:
        phrases = _FIRST.get(head) or ((head,),)
        for at in starts[head]:
            if at and (text[at - 1].isalnum() or text[at - 1] in "-_/@."):
                continue
            # the longest kind phrase opening here
            end = None
            for phrase in phrases:
                tokens = _tokens_after(text, at, len(phrase))
                if len(tokens) == len(phrase) and all(low[s:e].rstrip(".") == w for (s, e), w in zip(tokens, phrase)):
                    end = tokens[-1][1]
                    break
            if end is None or end < len(text) and (text[end].isalnum() or text[end] in "-_"):
                continue
            closed = text[end - 1] == "." and end - at > 3
            if closed:
                end -= 1  # "... to Northgate Joinery. Pay to ...": the sentence ends with the kind
            first_word = text[at:end].split()[0]
            capital = first_word[:1].isupper()
            if head in _SHORT and not (first_word.isupper() or lower_text and head not in _CAPITALS_ONLY):
                continue  # "sv" is Swedish, "cd" a disc: the abbreviation only in capitals
            if head in compounds and not capital:
                continue  # "...service" in lower case is a word of the sentence
            span = _around(text, at, end, head, capital, lower_text, closed, compound=head in compounds)
            if span is not None:
                spans.append(span)
    return spans


def _around(text: str, at: int, end: int, head: str, capital: bool, lower_text: bool, closed: bool, *,
            compound: bool = False) -> Span | None:
    """The name around a kind phrase: capitalised words before it, after it, or a quoted name after it."""
    start, stop = at, end
    named = False
    if text.startswith(":", end) and not closed:
        return None  # "exp 04/29. Clinic: Redfern Dental Care": the kind labels the field that names the firm
    if head in _QUOTED_OPENERS:
        quoted = _QUOTED.match(text, end)
        if quoted is not None and quoted.group().strip()[1:2].isalnum():
            return Span(at, quoted.end(), EntityType.ORGANIZATION, 0.7)
        if head in _QUOTED_ONLY and not (head in _PREFIX_FORMS and text[at:end].isupper()):
            return None
    # after the kind: "Farmácia Central de Braga", "Phòng khám thú y Hạnh Phúc", "Școala Gimnazială nr. 7"
    if (capital or lower_text) and not closed:
        after = _tokens_after(text, end)
        taken = 0
        for i, (s, e) in enumerate(after):
            word = text[s:e]
            if i and text[after[i - 1][1] - 1] == "." and (not _ABBREVIATION.fullmatch(text[after[i - 1][0] : after[i - 1][1]])
                                                         or text[after[i - 1][0] : after[i - 1][1] - 1].lower() in _LEGAL_ENDS):
                break  # "... from Stirling Physiotherapy Clinic. Reimburse to ...", "... Heating Ltd. Name: ...": ended
            if word.endswith(".") and word[:-1].lower() not in ("nr", "no", "dr", "st", "sv", "ul", "g", "m") and i > 0:
                word = word[:-1]
                e -= 1
            if not taken and word.lower() in _FIRST:
                stop = end = e  # more of the kind: "Phòng khám thú y", "Stěhovací služba"
                continue
            if word.lower() in _NUMBER_WORDS and i + 1 < len(after) and text[after[i + 1][0]].isdigit():
                continue
            if word[:1].isdigit() and i and text[after[i - 1][0] : after[i - 1][1]].lower() in _NUMBER_WORDS:
                taken = i + 1
                stop = e
                continue
            if word.lower() in _JOINERS and not lower_text and i + 1 < len(after) and text[after[i + 1][0]].isupper():
                continue
            if lower_text or not word[:1].isupper() or word.lower() in _FIRST or is_common(word):
                break
            taken = i + 1
            stop = e
        if taken:
            named = True
    # before the kind: "Oakfield Veterinary Clinic", "Kauno Jono progimnazija", "Kovács és Társa Könyvelőiroda"
    before = [] if compound else _tokens_before(text, at)
    kept = at
    for i, (s, e) in enumerate(before):
        word = text[s:e]
        if word.lower() in _JOINERS and word != "&" and (lower_text or i + 1 >= len(before) or not text[before[i + 1][0]].isupper()):
            break
        if word.lower() in _JOINERS:
            continue
        if not _is_name_word(word, lower_text) or word.endswith(".") and len(word) > 3:
            break
        if word.lower() in _FIRST or word.lower().endswith(_KIND_ENDINGS):
            break  # "Die Werkstatt Autohaus Moser": a kind before the name is the sentence's noun, not the name's
        kept = s
        if lower_text and at - s > 30:
            break
    # leading words that are the sentence's: "Contact Elm Street Scout Hut", "Dear Riverside Rovers FC"
    while kept < at:
        word = text[kept:].split(None, 1)[0]
        if not (is_common(word) or word.lower() in _LEAD or word.lower() in _JOINERS or word.lower() in _FIRST):
            break
        if _opens_name_after_preposition(text, kept, word):
            break  # "bond held by Happy Tails Pet Sitting": a capitalised ordinary word after "by" opens the name
        nxt = kept + len(word)
        while nxt < at and text[nxt] in " \t":
            nxt += 1
        kept = nxt
    if head in _NEEDS_TWO and len(text[kept:at].split()) < 2:
        kept = at  # "Fight Club", "Book Club": a title, not a club someone belongs to
    if kept < at and not (not capital and not lower_text and " " not in text[kept:at].strip() and opens_sentence(text, kept)):
        start = kept  # (but not "Barang pindahan dijemput": one capitalised word opening a sentence before a kind in lower case)
        named = True
    if not named:
        return None
    if text[stop - 1] == "." and not _ABBREVIATION.fullmatch(text, text.rfind(" ", start, stop) + 1 or start, stop):
        stop -= 1  # "... Przedszkole Słoneczko.": the sentence's full stop, not the name's
    value = text[start:stop]
    if value.lower() in _FAMOUS_ORGS or len(value) < 5:
        return None
    if lower_text and (stop == end and start == at or len(value.split()) < 2):
        return None
    return Span(start, stop, EntityType.ORGANIZATION, 0.65)


# A capitalised ordinary word in mid-sentence, right after a preposition, is the first word of the name ("held by Happy
# Tails Pet Sitting", "write to Golden Paws Grooming"); at a sentence's start it is the sentence's ("Contact Elm ...").
_NAME_PREPOSITIONS = frozenset("by to at from with for via".split())
_PREPOSITION_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _opens_name_after_preposition(text: str, at: int, word: str) -> bool:
    if not word[:1].isupper() or word.isupper() or word.lower() in _LEAD or word.lower() in _JOINERS \
            or word.lower() in _FIRST or opens_sentence(text, at):
        return False
    before = _PREPOSITION_BEFORE.search(text, max(0, at - 12), at)
    return before is not None and before.group(1) in _NAME_PREPOSITIONS


def opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


def _labelled(text: str) -> list[Span]:
    spans = []
    for m in _LABEL.finditer(text):
        value = re.split(r"\.[ \t]", m.group("org"), maxsplit=1)[0].rstrip(" \t.,")
        while value.split() and value.split()[-1].lower() in _JOINERS:
            value = value[: value.rstrip().rfind(" ")].rstrip()
        words = value.split()
        if not words or all(is_common(w) for w in words) or len(words) == 1 and len(value) < 4:
            continue
        if value.lower() in _FAMOUS_ORGS:
            continue
        spans.append(Span(m.start("org"), m.start("org") + len(value), EntityType.ORGANIZATION, 0.65))
    return spans


# A bar-separated record's field that names a firm by its label, with or without the colon and in any case: "| Insurer
# Harbour Print & Copy |", "org: lapointe fencing & decking |", "｜Employer Ngata Law｜". The bars say where it ends.
_ROW_LABELS = frozenset("insurer employer company org organisation organization school club provider agency landlord".split())
_ROW_FIELD = re.compile(
    r"(?:^|(?<=[|｜]))[ \t]*(?i:insurer|employer|company|org|organisation|organization|school|club|provider|agency|"
    r"landlord)[ \t]*:?[ \t]+(?P<org>[^\W\d_][^|｜\n]{2,60}?)[ \t]*(?=[|｜]|\n|$)"
)


def _row_fields(text: str) -> list[Span]:
    spans = []
    for line in re.finditer(r"[^\n]*[|｜][^\n]*", text):
        for m in _ROW_FIELD.finditer(text, line.start(), line.end()):
            value = m.group("org").rstrip(" .")
            if value.lower() not in _FAMOUS_ORGS and not is_common(value) and "@" not in value:
                spans.append(Span(m.start("org"), m.start("org") + len(value), EntityType.ORGANIZATION, 0.65))
    return spans


def _company_column(text: str) -> list[Span]:
    """The cells under a "Company" or "Employer" head of a comma-, tab- or semicolon-separated list."""
    spans = []
    lines = text.split("\n")
    offset = 0
    column = sep = None
    width = 0
    for line in lines:
        if column is None:
            for s in (",", "\t", ";", "|"):
                if line.count(s) >= 2:
                    cells = [c.strip().lower() for c in line.split(s)]
                    hits = [i for i, c in enumerate(cells) if c in _COLUMN_HEADS or c.replace(" name", "") in _COLUMN_HEADS]
                    if hits:
                        column, sep, width = hits[0], s, len(cells)
                        break
        elif sep is not None:
            cells = line.split(sep)
            if len(cells) != width:
                if line.strip():
                    column = None
                offset += len(line) + 1
                continue
            at = offset + sum(len(c) + 1 for c in cells[:column])
            cell = cells[column]
            value = cell.strip()
            if len(value) >= 3 and any(ch.isalpha() for ch in value) and "@" not in value and not value.lower() in _FAMOUS_ORGS:
                lead = len(cell) - len(cell.lstrip())
                spans.append(Span(at + lead, at + lead + len(value), EntityType.ORGANIZATION, 0.65))
        offset += len(line) + 1
    return spans
