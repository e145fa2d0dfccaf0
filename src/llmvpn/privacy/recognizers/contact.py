"""Contact details: email addresses, phone numbers (validated by phonenumbers), IP addresses and URLs
that carry something personal."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable, Iterator
from urllib.parse import SplitResult, parse_qsl, unquote, unquote_plus, urlsplit

import phonenumbers
from stdnum import luhn

from llmvpn.privacy.recognizers._context import (
    column_cells,
    contains,
    finditer_words,
    has_context,
    keyword_pattern,
    search_words,
)
from llmvpn.privacy.spans import EntityType, Span

# (bounded by Latin letters and figures, not \w: Chinese, Japanese and Korean glue words to it, "邮箱anna@mail.cn",
# "anna@mail.kr입니다")
_EMAIL = re.compile(
    r"(?<![0-9A-Za-z_.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
    r"(?![0-9A-Za-z_-])"
)
_ENCODED_EMAIL = re.compile(
    r"(?<![0-9A-Za-z_.+-])[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,63})%40(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
    r"(?![0-9A-Za-z_-])"
)

# A placeholder mailbox at a domain reserved for documentation (RFC 2606, RFC 6761): "user@example.com",
# (or under the top-level domain spelt "tld", which stands for any: "name@company.tld")
# "john.doe@example.org" reach nobody. A real-looking name there ("maria@example.org") is still taken, since
# people also use the reserved domains to stand in for their own address.
_RESERVED_DOMAIN = re.compile(
    r"(?i)^(?:user|users|test|tester|testuser|demo|sample|someone|somebody|name|your\.?name|yourname|you|me|foo|bar|"
    r"baz|admin|info|hello|contact|support|noreply|no-reply|john\.?doe|jane\.?doe|jdoe|john|jane|alice|bob|username|"
    r"email|mail|first\.?last|firstname\.?lastname|recipient|sender|"
    # the names each country's forms and manuals stand in for anyone with
    r"max\.?mustermann|erika\.?mustermann|jean\.?dupont|mario\.?rossi|juan\.?perez|jan\.?kowalski|jan\.?jansen|"
    r"matti\.?meikalainen|jan\.?novak|fulano|ola\.?nordmann|kari\.?nordmann|sven\.?svensson|taro\.?yamada)[0-9]?"
    r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid|localhost|tld))$"
)

# A run of digits with the separators people write phone numbers with; validated afterwards.
# (bounded by Latin letters and figures, not \w: "手机13492486302", "010-2740-7101로" are numbers too)
_PHONE = re.compile(r"(?<![0-9A-Za-z_+/.-])(?:\+|00)?[0-9(][0-9 ().\-/]{5,20}[0-9](?![0-9A-Za-z_/]|[.-][0-9])")
# Regions a number written without "+" is tried against, most common in our users' prompts first.
PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "CA", "BR", "MX")
_PHONE_CONTEXT = keyword_pattern(
    ["phone", "call", "tel", "mobile", "cell", "text me", "reach me", "whatsapp", "number", "fax",
     "telefon", "téléphone", "teléfono", "móvil", "handy", "portable", "ring", "contact", "sms",
     # "reachable on", "call me" and the phone's name in the other languages read
     "bereikbaar", "erreichbar", "joignable", "raggiungibile", "localizável", "telefoon", "mobiel", "gsm", "telefono",
     "cellulare", "telefone", "celular", "telefonnummer", "mobilnummer", "puhelin", "puh", "telefonszám", "telefonszáma",
     "telefonu", "tlf", "mobil", "komórka", "numer", "číslo", "cep telefonu", "broj", "mob",
     # "call me", "reach me", "questions to" as the languages read say it before a number
     "bel", "bellen", "bel me", "erreichen", "erreichbar unter", "rückfragen", "anrufen", "ruf", "joindre", "appeler",
     "appelez", "llámame", "llamar", "llame", "chiamami", "chiamare", "ligue", "ligar", "zadzwoń", "zavolejte",
     "arayın", "soita", "ring me", "ringe", "ring til", "hívj", "hívjon", "sună", "nazovi",
     # "my number is" in the other languages
     "numero", "número", "numéro", "nummer", "handynummer", "rufnummer", "mobilnummer", "numeroni", "numărul",
     # the phone in Greek, Russian, Ukrainian, Bulgarian, Serbian, Indonesian and Malay, Swahili, Hindi, Arabic, Hebrew
     "τηλέφωνο", "τηλ", "κινητό", "κινητο", "телефон", "тел", "моб", "мобильный", "мобільний", "телефону", "номер",
     "телефона", "телефонот", "telp", "nomor", "ponsel", "hp", "wa", "simu", "nambari", "फ़ोन", "फोन", "मोबाइल",
     "هاتف", "الهاتف", "جوال", "الجوال", "موبايل", "טלפון", "נייד",
     # "call me" and "my number" in Arabic, Persian, Urdu and Bengali
     "اتصل", "اتصلي", "رقمي", "شماره", "تماس", "موبایل", "نمبر", "فون", "নম্বর", "ফোন",
     # "tél." (fr), "telf." (es), "tfn" (sv), Turkish "cep" (mobile); not "direct" ("Direct deposit: routing ...") nor
     # "numaram" ("Sipariş numaram": my order number)
     "tél", "cep", "telf", "tfn",
     # "texted me from"; the payment apps whose account is a phone number (Portugal's MB WAY, Spain's Bizum)
     "texted", "mb way", "mbway", "bizum",
     # the phone and "contact" in Slovak, Lithuanian, Latvian, Estonian, Portuguese, Spanish, Italian, Polish and the
     # Scandinavian languages, and "reachable at" ("nås på", "treffes på")
     "telefón", "telefónne", "mobil", "telefonas", "tel. nr", "tālrunis", "tālr", "telefoninumber", "contacto", "contato",
     "contatto", "kontakt", "kontakta", "kontakte", "kontaktu", "nås på", "nås", "treffes på", "träffas på",
     # the word whole ("telephone", LaTeX letter's "\telephone{...}"), Portugal's mobile; Active Directory's and
     # LDAP's attributes ("-OfficePhone '...'", "telephoneNumber: ..."); asked to answer on it ("reply to", "callback");
     # "contact" in Hindi and Arabic
     "telephone", "telemóvel", "telemovel", "officephone", "mobilephone", "homephone", "telephonenumber",
     "reply to", "callback", "call back", "please text", "text us", "संपर्क", "للتواصل", "تواصل"]
)
# Numbers the regulators set aside for films, books and examples, which ring no one: Ofcom's drama ranges
# (07700 900000-900999, 020 7946 0xxx, 01632 960xxx, 0113/0117/0118/0121/0131/0141/0151/0161 496 0xxx),
# ACMA's (0491 570 006-159, (0x) 5550 xxxx and (0x) 7010 xxxx) and the US 555-0100 to 555-0199. As digits, with
# the country code or the trunk 0.
_FICTIONAL_PHONE = re.compile(
    r"^(?:00)?(?:(?:44|0)(?:7700900[0-9]{3}|207946[0-9]{4}|1632960[0-9]{3}|1(?:1[378]|[2-6]1)4960[0-9]{3})|"
    r"(?:61|0)(?:4915700(?:0[6-9]|[1-9][0-9])|4915701(?:[0-5][0-9])|[2378](?:5550|7010)[0-9]{4})|"
    r"1?(?:[2-9][0-9]{2})?5550(?:1[0-9]{2}))$"
)
# ... believed fictional only where the text says so: such numbers also stand in for real ones in pasted samples.
_FICTION_CUE = re.compile(
    r"(?i)\b(?:fiction\w*|drama|films?|movies?|tv|screenplay|script|novel|reserved|won't ring|doesn't ring|ring anyone|"
    r"placeholder|dummy|fake|made-up|ofcom|acma|mock\w*|mock-?ups?|demo|test data)\b|"
    # "e.g." and its kin in other languages: a form's hint shows the format with a number that rings no one
    r"(?<![\w.])(?:e\.[ ]?g\.|z\.[ ]?b\.|p\.[ ]?ex\.|p\.[ ]?ej\.|ad[ ]es\.|bijv\.|np\.)|"
    # the word "example" as a word, not in a domain ("maria@example.org" says nothing of her phone)
    r"(?<![@.\w])(?:examples?|sample|beispiel|exemple|ejemplo|esempio|exemplo|voorbeeld|przykład|příklad)\b(?![.@-]\w)"
)
_DATE_LIKE = re.compile(r"^[0-9]{1,4}([./-])[0-9]{1,2}\1[0-9]{2,4}$|^(?:1[89]|20)[0-9]{2}\.[ \t]?[0-9]{1,2}\.[ \t]?[0-9]{1,2}\.?$")

_IPV4 = re.compile(r"(?<![0-9A-Za-z_.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
                   r"(?![0-9A-Za-z_]|\.[0-9])")  # ("服务器IP是10.2.3.4。": Latin boundaries)
# (A label may be glued to it by a colon, when its last letter is no hex digit: "Ip:2a01:c23::e0e", "addr:fe80::1";
# the address is still checked whole below.)
# (A port written straight after the address, without the brackets RFC 3986 asks for: "Endpoint = 2a02:908::5:51820".
# The five-figure port cannot be a group, so the address ends before it; a shorter one is read as the last group.)
_IPV6 = re.compile(
    r"(?:(?<![\w:.])|(?<=\bip6:)|(?<=[G-Zg-z]:))(?P<addr>(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{0,4}))"
    r"(?::[0-9]{5})?(?![\w:])"
)
# tcpdump writes a port after the address with a dot: "IP 10.0.4.7.51234 > 81.23.145.9.443: Flags [S]".
_IPV4_DOT_PORT = re.compile(
    r"(?<![\w.])(?P<addr>(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9]))"
    r"\.[0-9]{1,5}(?=[ \t]*>|:[ \t])"
)
_DOTTED_PORT = re.compile(r"(?:[0-9]{1,3}\.){4}[0-9]{1,5}")  # ... which is no phone number either
# A dotted number with two groups of one figure is a version or a build ("2.6.7.7081", "1.6.4.3599"): no numbering plan
# writes a subscriber's number so ("1.800.555.1234" has one).
_DOTTED_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+){2,}")


# Two years joined by a dash are a span of years ("El Olivar SRL (Huesca), 2019–2025" on a CV), no phone.
YEAR_SPAN = re.compile(r"(?:19|20)[0-9]{2}[ \t]*[-–—][ \t]*(?:19|20)[0-9]{2}")


def _version_dots(raw: str) -> bool:
    return bool(_DOTTED_DIGITS.fullmatch(raw)) and sum(len(group) == 1 for group in raw.split(".")) >= 2


# An address whose bits after its prefix length are all zero is a network. A short prefix ("fe80::/10", "2000::/3",
# "::/0", an ISP's "/32") is a block of the address plan, as "10.20.0.0/16" is (negatives._CIDR): a range of many
# machines, nobody's. A long one is one site's: the "/48" or "/56" a provider delegates to one customer
# ("2a02:c207:b00:1f00::/56"), as an IPv4 "/24" is one office's LAN: it says where someone is, like a host address.
# ("2a02:908::5/64" is a host written with the length of its network.)
_V6_NETWORK = re.compile(r"/[0-9]{1,3}(?![\w])")
# Addresses every tutorial uses: naming them says nothing about anyone.
# (and the public DNS resolvers people set their machines to: Google, Cloudflare, Quad9, OpenDNS)
# (and the cloud providers' instance-metadata endpoints, the same on every virtual machine: AWS, GCP and Azure's
# 169.254.169.254, AWS's fd00:ec2::254, Alibaba's 100.100.100.200, Oracle's 169.254.169.254 too)
_GENERIC_IPS = frozenset({"0.0.0.0", "127.0.0.1", "255.255.255.255", "::", "::1", "8.8.8.8", "8.8.4.4", "1.1.1.1",
                          "169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200",
                          "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220",
                          "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111", "2606:4700:4700::1001",
                          "2620:fe::fe", "2620:fe::9"})
# "::1:8123": the loopback address with a port written after it, not an address of its own.
_LOOPBACK_PORT = re.compile(r"::1:[0-9]{2,5}")

_URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_PERSONAL_PATH = re.compile(
    r"/(?:u|user|users|profile|profiles|people|member|members|account|accounts|in|~[\w.-]+|@[\w.-]+|"
    r"invoice|invoices|orders?|reset|reset-password|verify|confirm|unsubscribe|invite|share|s|d|file/d|"
    r"drive|folders|photos|album|calendar|booking|patients?|customers?|employees?|persons?|"
    # gift lists and wish lists carry a couple's or a baby's names
    r"registry|registries|giftlist|gift-list|wishlist|wish-list|baby-reg|wedding-registry|\$[\w.-]+)(?:/|$)"
    # a path into a collection of people, to one of them: a race's "participants/3908", a game's "players/koa11", a
    # club's "athletes/...", an event's "attendees/...", a school's "students/..." (the collection alone is a list)
    r"|/(?:participants?|players?|athletes?|runners?|riders?|racers?|entrants?|competitors?|contestants?|attendees?|"
    r"guests?|students?|pupils?|volunteers?|speakers?|candidates?|applicants?|tenants?|residents?)/(?=[^/?#\s]*[0-9])[^/?#\s]+/?$",
    re.IGNORECASE,
)
_PERSONAL_QUERY_KEYS = frozenset(
    {"email", "e-mail", "mail", "user", "username", "uid", "userid", "user_id", "name", "first_name",
     "last_name", "phone", "token", "access_token", "auth", "key", "api_key", "apikey", "sig", "signature",
     "session", "sessionid", "sid", "code", "invite", "ref", "id", "customer", "account", "dob", "address",
     # the person's own fields in a link's query, as forms, CRMs and messengers write them
     "tel", "mobile", "msisdn", "cell", "whatsapp", "email_address", "emailaddress", "mail_to", "login", "handle",
     "member", "member_id", "memberid", "profile", "profile_id", "profileid", "fullname", "full_name", "firstname",
     "lastname", "surname", "birthdate", "zip", "postcode", "recipient", "subscriber", "contact", "patient", "employee"}
)
_SOCIAL_HOSTS = ("linkedin.com", "facebook.com", "instagram.com", "twitter.com", "x.com", "tiktok.com",
                 "github.com", "gitlab.com", "medium.com", "youtube.com", "calendly.com", "venmo.com",
                 "paypal.me", "t.me", "wa.me", "reddit.com", "mastodon.social", "bsky.app", "substack.com",
                 # pages and links that belong to one person: payment links, portfolios, booking pages, personal
                 # file transfers, link pages
                 "cash.app", "revolut.me", "monzo.me", "venmo.me", "behance.net", "dribbble.com", "cal.com",
                 "we.tl", "wetransfer.com", "linktr.ee", "about.me", "ko-fi.com", "buymeacoffee.com", "patreon.com",
                 "vimeo.com", "soundcloud.com", "flickr.com", "pinterest.com", "threads.net", "tumblr.com")
_ONE_SEGMENT_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "huggingface.co", "kaggle.com",
                      "dev.to", "keybase.io", "twitch.tv", "letterboxd.com", "vk.com", "deviantart.com", "artstation.com",
                      "fiverr.com", "hashnode.com", "producthunt.com",
                      # the blog platforms of Japan and Korea, one writer a path ("note.com/<user>", "blog.naver.com/<id>")
                      "note.com", "blog.naver.com", "ameblo.jp", "velog.io", "brunch.co.kr")
_SOCIAL_HOSTS = (*_SOCIAL_HOSTS, *_ONE_SEGMENT_HOSTS, "xing.com", "vk.ru", "weibo.com", "threads.com", "telegram.me",
                 "bandcamp.com", "quora.com", "snapchat.com", "line.me", "signal.me", "venmo.com", "wise.com", "onlyfans.com")
# Sites where only some paths are a person or a personal share: a profile ("orcid.org/0000-0002-...",
# "strava.com/athletes/4620", "stackoverflow.com/users/12/jane"), a file or album shared from someone's own drive
# ("dropbox.com/scl/fi/...", "drive.google.com/file/d/...", "docs.google.com/document/d/..."); their other pages
# (help, pricing, routes, questions) are public. Tried before the public hosts: docs.google.com is no documentation.
_PROFILE_PATHS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((host, re.compile(shape, re.IGNORECASE)) for host, shape in (
    ("orcid.org", r"^/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]"),
    ("strava.com", r"^/(?:athletes|pros)/[\w-]+"),
    ("researchgate.net", r"^/profile/"),
    ("academia.edu", r"^/[0-9]+/|\.academia\.edu"),
    ("scholar.google.com", r"[?&]user="),
    ("goodreads.com", r"^/(?:user/show|author/show)/"),
    ("steamcommunity.com", r"^/(?:id|profiles)/"),
    ("stackoverflow.com", r"^/users/[0-9]"),
    ("stackexchange.com", r"^/users/[0-9]"),
    ("upwork.com", r"^/(?:freelancers|fl)/"),
    ("airbnb.com", r"^/users/show/"),
    ("ok.ru", r"^/profile/"),
    ("open.spotify.com", r"^/user/"),
    ("dropbox.com", r"^/(?:s|sh|scl/fi|scl/fo|l)/"),
    ("drive.google.com", r"^/(?:file/d|drive/folders|drive/u/[0-9]+/folders|open)\b"),
    ("docs.google.com", r"^/(?:document|spreadsheets|presentation)/d/"),
    ("photos.google.com", r"^/(?:share|u/[0-9]+/share)/"),
    ("photos.app.goo.gl", r"^/\w"),
    ("onedrive.live.com", r"[?&](?:cid|resid|id)=|^/redir|^/embed"),
    ("1drv.ms", r"^/\w"),
    ("sharepoint.com", r"^/(?::[a-z]:/|personal/)"),
    ("icloud.com", r"^/(?:iclouddrive|photos|sharedalbum|share|keynote|pages|numbers)/"),
    ("box.com", r"^/(?:s|v)/"),
    ("mega.nz", r"^/(?:file|folder)/"),
    ("swisstransfer.com", r"^/d/"),
    ("maps.app.goo.gl", r"^/\w"),
    # a fundraiser for one person ("gofundme.com/f/help-anna-walk-again"), their shop or seller page, their
    # meeting room ("zoom.us/my/jane.doe", a meeting's join link)
    ("gofundme.com", r"^/f/"),
    ("justgiving.com", r"^/(?:page|fundraising|crowdfunding)/"),
    ("leetchi.com", r"^/(?:[a-z]{2}/)?c/"),
    ("givealittle.co.nz", r"^/(?:cause|fundraiser)/"),
    ("vakinha.com.br", r"^/(?:vaquinha/)?[0-9]"),
    ("ketto.org", r"^/fundraiser/"),
    ("milaap.org", r"^/fundraisers/"),
    ("etsy.com", r"^/(?:shop|people)/"),
    ("ebay.com", r"^/(?:usr|str)/"),
    ("zoom.us", r"^/(?:j|my|w)/"),
    ("meet.google.com", r"^/[a-z]{3}-[a-z]{4}-[a-z]{3}\b"),
    ("teams.microsoft.com", r"^/l/meetup-join/"),
))
# Platforms that give each user a host of their own.
_PERSONAL_SUBDOMAINS = ("github.io", "gitlab.io", "substack.com", "wordpress.com", "blogspot.com", "tumblr.com",
                        "medium.com", "carrd.co", "wixsite.com", "weebly.com", "neocities.org", "bandcamp.com",
                        "notion.site", "bsky.social", "academia.edu", "about.me", "squarespace.com", "webnode.page",
                        "hatenablog.com", "hatenablog.jp", "tistory.com", "fc2.com", "livejournal.com")
# Public documentation and reference sites: a link to them is not about the person who pastes it.
_PUBLIC_HOSTS = ("docs.", "developer.", "developers.", "learn.", "wikipedia.org", "readthedocs.io",
                 "stackoverflow.com", "python.org", "mozilla.org", "w3.org", "ietf.org", "rfc-editor.org",
                 "pypi.org", "npmjs.com", "kubernetes.io", "apache.org", "example.com", "example.org")


def find(text: str) -> list[Span]:
    """Emails, phone numbers, IP addresses and personal URLs in `text`."""
    phones = find_phones(text)
    if "\n" in text and contains(text, _PHONE_COLUMN_HINTS):
        phones.extend(_phone_column_cells(text))
    if "^P" in text or "^O" in text or "^W" in text or "^E" in text:
        phones.extend(Span(m.start(1), m.end(2), EntityType.PHONE, 0.85) for m in _HL7_XTN.finditer(text))
    found = [*find_emails(text), *phones, *find_ips(text), *find_urls(text)]
    if "&" in text and "=" in text:
        found.extend(_form_contacts(text))
    return found


def _form_contacts(text: str) -> list[Span]:
    """The email addresses, phone numbers and street addresses of URL-encoded form data outside a link
    ("payer_email=ana%40x.pt", "contact_phone=%28201%29+344-6249", "address_street=14+Elm+Lane"), which the plain
    patterns miss encoded: a link's are the link's."""
    kinds = {"email": EntityType.EMAIL, "phone": EntityType.PHONE, "street": EntityType.ADDRESS}
    return [Span(start, end, kinds[kind], 0.85) for kind, start, end, _, in_link in _query_fields(text)
            if kind in kinds and not in_link]


# An HL7 v2 telecom field (XTN) with the number in its parts: "^PRN^PH^^1^217^5551234" (use, equipment, e-mail,
# country, area, local number): the area code and the local number together.
_HL7_XTN = re.compile(r"\^(?:PRN|ORN|WPN|VHN|ASN|EMR|NET|BPN)\^(?:PH|CP|FX|BP|MD|SAT|TDD|TTY)\^[^^|\n]*\^[0-9]{0,3}\^([0-9]{2,5})\^([0-9]{5,9})(?![0-9])")


# A table whose header names a phone column ("Name,Email,Phone,City", "Nome;Telefone;...", a tab-separated export):
# its cells in that column are phone numbers when a region reads them so, written with no phone word before them.
_PHONE_COLUMN_HINTS = ("phone", "tel", "mobile", "cell", "handy", "móvil", "movil", "celular", "gsm", "puhelin", "telefon")
_PHONE_COLUMN = re.compile(
    r"(?i)^(?:[\w -]*[ _-])?(?:phone|telephone|tel\.?|mobile|cell|handy|mobil|móvil|movil|celular|cellulare|gsm|puhelin|"
    r"telefon|telefone|telefono|teléfono|téléphone|telefoon|telefonnummer|phone[ _-]?(?:no|number|#))$"
)
_PHONE_CELL = re.compile(r"^\+?[0-9][0-9 ().-]{5,18}[0-9]$")


def _phone_column_cells(text: str) -> list[Span]:
    return [Span(start, end, EntityType.PHONE, 0.85) for start, end, value, _ in column_cells(text, _PHONE_COLUMN.match)
            if _PHONE_CELL.match(value) and _valid_anywhere(value)]


def _valid_anywhere(raw: str) -> bool:
    if raw.startswith("+"):
        return any(phonenumbers.is_valid_number(n) for n in _parsed(raw, (None,)))
    regions = (*PHONE_REGIONS, *MORE_PHONE_REGIONS, *CUED_PHONE_REGIONS)
    return any(phonenumbers.is_valid_number(n) for n in _parsed(raw, regions))


# An address written so that harvesters miss it: "anna.berg [at] posteo [dot] de", "info(at)kanzlei-roth.de",
# "taro＠mail.jp" (a full-width at sign). The "at" must be bracketed: "me at jane dot doe" is as often prose.
_SPELLED_AT = r"(?:[ \t]*(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|＠)[ \t]*)"
_SPELLED_DOT = r"(?:[ \t]*(?:\[dot\]|\(dot\)|\{dot\}|\[\.\]|\(\.\))[ \t]*|[ \t]+dot[ \t]+|\.)"
_OBFUSCATED_EMAIL = re.compile(
    r"(?i)(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}"
    rf"{_SPELLED_AT}"
    rf"(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?{_SPELLED_DOT})+[a-z]{{2,24}}(?![\w-])"
)
# ... or with a space each side of a plain "@", as OCR and some forms leave it: "anna.keller @ gmx.de". The local part
# must read as an address's (a dot, a dash, an underscore or a figure in it): "me @ home.com" is prose; a word for
# mail must come shortly before it ("file.txt @ github.com", "v1.2 @ docs.python.org" are no addresses).
_SPACED_AT_EMAIL = re.compile(
    r"(?<![\w.+-])(?=[a-zA-Z0-9._%+-]*[._%+0-9-])[a-zA-Z0-9][a-zA-Z0-9._%+-]{0,63}(?<![.-]) @ "
    r"(?i:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])"
)
_MAIL_WORD_BEFORE = re.compile(r"(?i)(?:mail|correo|courriel|posta|pošta|poczta|почт|メール|邮箱|郵箱|이메일|pepe|sähköposti|"
                               r"e-?post|kontakt|contact)[^\n]{0,40}$")
_OBFUSCATION_SIGN = re.compile(r"[\[({][ \t]*(?:[Aa][Tt]|@)[ \t]*[\])}]|＠")


def find_emails(text: str) -> list[Span]:
    spans = _obfuscated_emails(text) if _OBFUSCATION_SIGN.search(text) else []
    if "%40" in text:
        # a mailbox percent-encoded in a link or a label ("otpauth://totp/Bank:ana.lima%40gmail.com?secret=..."): the
        # "@" written as "%40" leaves the mailbox anyone's eye reads
        spans.extend(Span(m.start(), m.end(), EntityType.EMAIL, 0.9) for m in _ENCODED_EMAIL.finditer(text)
                     if not _RESERVED_DOMAIN.search(m.group().replace("%40", "@")))
    if "@" not in text:
        return spans
    if " @ " in text:
        spans.extend(Span(m.start(), m.end(), EntityType.EMAIL, 0.85) for m in _SPACED_AT_EMAIL.finditer(text)
                      if not _RESERVED_DOMAIN.search(m.group().replace(" ", ""))
                      and _MAIL_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()))
    testing = None
    for m in _EMAIL.finditer(text):
        if _RESERVED_DOMAIN.search(m.group()) or (_IN_AUTHORITY.search(text, max(0, m.start() - 200), m.start())
                                                   and not _PASSWORD_AFTER.match(text, m.end())):
            continue
        if m.group().lower().endswith(_MACHINE_DOMAINS):
            continue  # a cloud service account's address ("etl@proj-1.iam.gserviceaccount.com"): a program's, no one's
        line_start = text.rfind("\n", 0, m.start()) + 1
        if (_MESSAGE_ID_LINE.match(text, line_start) and "<" in text[line_start : m.start()]
                or _MESSAGE_ID_BEFORE.search(text, max(0, m.start() - 24), m.start())):  # (or named in prose: "header Message-ID <...>")
            continue  # "Message-ID: <CAKx...@mail.gmail.com>": a message's id, which no one reads mail at
        if _RESERVED_HOST.search(m.group()):
            if testing is None:
                testing = search_words(_TESTING_CUE, text) is not None
            if testing:
                continue  # "test it against alice@example.com, bob.smith+tag@example.org": a validator's test cases
        spans.append(Span(m.start(), m.end(), EntityType.EMAIL, 0.95))
    return spans


def _obfuscated_emails(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), EntityType.EMAIL, 0.9) for m in _OBFUSCATED_EMAIL.finditer(text)
            if not _EMAIL.fullmatch(m.group())]  # (a plain address is found as such)


_MACHINE_DOMAINS = (".gserviceaccount.com",)
_MESSAGE_ID_BEFORE = re.compile(r"(?i)\b(?:message-?id|in-reply-to)[ \t]*:?[ \t]*<$")
# Mail headers whose value is a message's id in angle brackets, shaped like an address.
_MESSAGE_ID_LINE = re.compile(r"(?i)[ \t]*(?:message-id|in-reply-to|references|content-id|x-ms-exchange-\S*messageid\S*|"
                              r"x-message-id|x-original-message-id|resent-message-id)[ \t]*:")
# Any mailbox at a domain reserved for documentation, in a text about testing or validating addresses.
_RESERVED_HOST = re.compile(r"(?i)@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid|localhost))$")
_TESTING_CUE = re.compile(r"(?i)\b(?:regex\w*|regexp|regular expressions?|validat\w*|test cases?|unit tests?|test data|"
                          r"pars(?:e|er|ing)|fixtures?|mock\w*|seed data|dummy)\b")


# What comes between "scheme://" and "@host" is a URL's userinfo (a DSN's public key, "user:password"), not a mailbox.
# (a comma or a semicolon ends the link: "https://bank.example,anna@mail.com" is a CSV row's next cell)
_IN_AUTHORITY = re.compile(r"[a-z][a-z0-9+.-]*://[^\s/@,;]*$", re.IGNORECASE)
# ... unless the host's "@" follows it, after a password or right away: then the whole address is the user's name, left
# unencoded as mail DSNs and mutt's smtp_url write it ("smtp://ana.lima@mail.pt:pw@smtp.host:465",
# "smtps://ana.lima@gmail.com@smtp.gmail.com"), and that name is someone's mailbox.
_PASSWORD_AFTER = re.compile(r"(?::[^\s/]+)?@[\w-]+(?:\.[\w-]+)+")


def nobodys(contact: str, text: str) -> bool:
    """True for an email address or a phone number that belongs to no one: a reserved domain ("user@example.com"),
    or a number set aside for fiction in a text that says so."""
    if "@" in contact:
        return bool(_RESERVED_DOMAIN.search(contact))
    return bool(_FICTIONAL_PHONE.match(re.sub(r"\D", "", contact))) and search_words(_FICTION_CUE, text) is not None


def find_phones(text: str) -> list[Span]:
    spans = []
    seen: dict[tuple[str, bool], float] = {}
    fictional = search_words(_FICTION_CUE, text) is not None
    imei = "mei" in text or "MEI" in text
    ascii_only = text.isascii()  # (then no Asian phone word can stand before a number)
    for m in _PHONE.finditer(text):
        raw, start = _sentence_cut(m.group()).rstrip(" -./("), m.start()
        while raw.startswith("(") and raw.count("(") > raw.count(")"):  # "(call 555 1234", "((02) 1062 6250)": prose's
            raw, start = raw[1:], start + 1
        end = start + len(raw)
        digits = sum(ch.isdigit() for ch in raw)
        if not 7 <= digits <= 15 or _DATE_LIKE.match(raw) or _IPV4_OR_NETWORK.fullmatch(raw) or _DOTTED_PORT.fullmatch(raw) and not _PAIRS.fullmatch(raw) or fictional and _FICTIONAL_PHONE.match(re.sub(r"\D", "", raw)) or _version_dots(raw) or YEAR_SPAN.fullmatch(raw):
            continue
        if _NOT_A_NUMBER.match(raw) or text[end : end + 1] == ":" and _DATE_TIME.match(raw) or _OID.fullmatch(raw) or (
                "SOA" in text and _SOA_BEFORE.search(text, max(0, start - 300), start)) or "eni-" in text and _in_flow_log(text, start, end):
            continue  # a timestamp's date and hour, an SNMP OID, a DNS zone's SOA timers, a flow log's fields
        if imei and after_imei(text, start):
            continue
        if _COLUMNS_OF_AMOUNTS.search(raw) or after_reference(text, start) or "NDC" in text and _NDC_BEFORE.search(text, max(0, start - 32), start):
            continue  # "119243.00   2", "2211  0.3  1.2": a table's columns; a creditor reference's or a drug code's figures
        if "mployer" in text and _EIN.fullmatch(raw) and _EMPLOYER_ID_BEFORE.search(text, max(0, start - 40), start):
            continue  # "Employer identification number 46-8589613": a company's tax number (a W-2's box b)
        context = has_context(text, start, end, _PHONE_CONTEXT, before=40) or not ascii_only and bool(
            _ASIAN_PHONE_CUE.search(text, max(0, start - 16), start)) or "@" in text and _contact_cell(text, start, end)
        record = False
        if not (context or raw.startswith(("+", "00")) or _looks_formatted(raw)):
            record = raw.isdigit() and 8 <= len(raw) <= 12 and _in_contact_record(text, start, end)
            if not record:
                continue  # a bare run of digits with no phone word near it is an id or an amount
        if raw.isdigit() and _COMPACT_DAY.fullmatch(raw) and not has_context(text, start, end, _PHONE_CONTEXT, before=40):
            continue  # "||19850203|": a record's compact date (HL7's birth date), not a number to call
        if raw.isdigit() and _ID_NOUN_BEFORE.search(text, max(0, start - 40), start):
            continue  # "the policy is 85097158", "Numer szkody 33633743": the number a file, an order or a claim goes by
        if named_otherwise(text, start, end, raw):
            continue  # "routing number 021000021", "Timestamp 1715009694": the sentence says what kind of number it is
        if raw.isdigit() and _keyed_otherwise(text, start):
            continue  # '"project_number": "937397532241"': a record's field that is no phone
        key = (raw, "record" if record else context)
        if key not in seen and record:  # (a bare number in a record: valid somewhere, each region set tried only if need be)
            score = _phone_score(raw, True)
            score = score if score >= 0.7 else _cued_elsewhere(raw, True) or 0.75 * _valid_elsewhere(raw)
            seen[key] = score if score >= 0.7 else 0.0
        elif key not in seen:  # phonenumbers costs ~1 ms a region: validate each string once per text
            seen[key] = _phone_score(raw, context) or _asian_score(raw, text, start) or _cued_elsewhere(raw, context)
        score = seen[key]
        if score:
            if raw[0] == "+" and text[start - 1 : start] == "(" and ")" in raw[2:6]:
                start -= 1  # "(+32) 12 45 53 18": the bracket around the country code is the number's
            spans.append(Span(start, end, EntityType.PHONE, score))
    return spans



# A bare run of figures in a contact record: right after a person's name and a comma, a dash or a bracket ("Barış
# Arslan, 02123734838", "Johan Pretorius - https://... - 0711326088", "(mum of Rory) 07460812407"), or in a line that
# also holds an email address, and ending its field. Validated as a phone number of some region all the same.
_RECORD_NAME_BEFORE = re.compile(r"(?:[^\W\d_][^\W\d_'’-]+[ \t]+){1,3}[^\W\d_][^\W\d_'’-]+(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:,|[ \t][-–—/]|\))[ \t]*$")
_RECORD_FIELD_BEFORE = re.compile(r"(?:,|[ \t][-–—|/·•]|\))[ \t]*$")  # ("Wigan · 0740...": a signature's dots)
_RECORD_AFTER = re.compile(r"['\"’”]?[ \t]*(?:[,;/|–—、，。·•]|[ \t]-[ \t]|\.?[ \t]*(?:\n|$)|\.[ \t])")
# ... a single name after a label or a list's comma ("Parents: Jaspreet 5067374847 / ..."), a CJK name before "、"
_ONE_NAME_BEFORE = re.compile(r"(?:^|[:,][ \t]*)[A-Z][^\W\d_'’-]+[ \t]+$|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,6}[、，,][ \t]*$")
_NUMBER_LABEL_BEFORE = re.compile(
    r"(?i)(?:order|invoice|account|acct|konto|kto|ref|reference|iban|bsb|id|no|nr|number|customer|kunden|client|booking|"
    r"ticket|case|tracking|policy|member|postcode|zip|plz|sku|isbn|ean|serial|imei|vat|tax|reg|№|#)\W{0,3}$")

_RECORD_NOT_A_NAME = re.compile(
    r"(?i)\b(?:order|invoice|account|status|ticket|case|booking|reference|customer|number|total|amount|balance|tracking|"
    r"policy|member|item|sku|code|pin|date|bestellung|rechnung|commande|facture|pedido|factura|ordine|fattura|sipariş|numara\w*)\b")

# The noun a bare number is told as, right before it: a policy's, a claim's, an order's, a file's (in the languages read;
# "número de expediente es", "Nomor pesanan", "Numer szkody", "Schadennummer:"). Such a number is no one's phone.
_ID_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:policy|claim|order|case|ticket|invoice|file|reference|booking|contract|expediente|pedido|factura|p[oó]liza|"
    r"siniestro|szkody|zamówienia|polisy|faktury|umowy|pesanan|polis|klaim|tagihan|sipariş|poliçe|dosya|bestellung|rechnung|"
    r"police|schaden|vorgang|aktenzeichen|vertrag|commande|facture|dossier|sinistre|contrat|ordine|fattura|polizza|pratica|"
    r"sinistro|contratto|bestelling|factuur|schadenummer|schadennummer|polisnummer|encomenda|apólice|processo|"
    # (Ukrainian and Russian put the noun after "номер": "номер замовлення 66108...", "номер заказа")
    r"замовлення|заказа|заказу|рахунку|счета|счёта|полісу|полиса|договору|договора|накладної|накладной|посилки|посылки)"
    r"(?:[ \t]+(?:number|no\.?|nr\.?|n[º°o]\.?|#|número|numero|numer|nomor|nummer))?[ \t]*(?:is|was|es|ist|est|é|è|jest|adalah|[:=#])?[ \t]*$")
_COMPACT_DAY = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


# ... or alone in brackets after a person's name, as rosters and lists give a number: "Ana Reis (912345678) - bar".
_NAME_THEN_BRACKET = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_'’-]+(?:[ \t]+[A-Z][^\W\d_'’-]+){1,3}[ \t]*\($")


def _in_contact_record(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if text[end : end + 1] == ")" and (named := _NAME_THEN_BRACKET.search(before[-60:])):
        return not _RECORD_NOT_A_NAME.search(named.group())
    if not _RECORD_AFTER.match(text, end):
        return False
    if _NUMBER_LABEL_BEFORE.search(before[-12:]):
        return False
    line = text[line_start : text.find("\n", end) % (len(text) + 1)]
    # (a link after the number makes the line a record only for a number with a trunk "0": "· Wigan · 0740... · https://")
    if _RECORD_FIELD_BEFORE.search(before) and ("@" in line or "://" in before or "://" in line and text.startswith("0", start)):
        return True
    if before.rstrip().endswith(",") and before.count(",") >= 3:
        return True  # a record's fifth field or later: "name, house, street, town, 0746..., ..."
    named = _RECORD_NAME_BEFORE.search(before[-80:])
    if named and _RECORD_NOT_A_NAME.search(named.group()):
        return False  # "Order Status, 4402913377": a label's words, not a person's name
    return bool(named) and (any(w[0].isupper() for w in named.group().split()) or ")" in named.group()) or bool(_ONE_NAME_BEFORE.search(before[-40:]))


_IPV4_OR_NETWORK = re.compile(_IPV4.pattern + r"(?:/[0-9]{1,2})?")
# "2025-11-14 05" before ":14:23", "2026/10/27 01" before ":01:14": a log's timestamp, cut at the colon
# (in either order of the date's parts: "2025-04-06 09:12", and "06.04.2025 09:12" as a European log writes it)
_DATE_TIME = re.compile(r"^(?:(?:19|20)[0-9]{2}([-/.])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}([-/.])[0-9]{1,2}\2(?:19|20)[0-9]{2})"
                        r"[ T][0-9]{1,2}$")
_NOT_A_NUMBER = re.compile(r"^(?:19|20)[0-9]{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12][0-9]|3[01])[ T]")
# An AWS VPC flow log's line: "2 123456789012 eni-0a1b2c... 10.0.1.5 ...", the version and the account's id before
# the network interface's. The figures are an AWS account, not a phone or a card.
BEFORE_INTERFACE = re.compile(r"[ \t]+eni-[0-9a-f]")
# ... whose other figures (ports, protocol, packets, bytes: "44321 22 6 3 180") are no phone number either.
_FLOW_LOG_LINE = re.compile(r"(?m)^[ \t]*[0-9]{1,2}[ \t]+[0-9]{12}[ \t]+eni-[0-9a-f]+[ \t]")


# A phone's IMEI passes Luhn and has a phone number's length ("IMEI 35-593435-958367-2"): a device's serial number,
# neither a card nor a number anyone answers.
# (its word may be joined to the language's for "number": "IMEI-numret", "IMEI-Nummer", "IMEI-nummeret")
_IMEI_BEFORE = re.compile(r"(?i)\bimei(?:[ \t]*(?:number|no\.?|nr\.?|#)|-[^\W\d_]{2,12})?[ \t:=]*(?:(?:is|was|es|ist|est|é|è|je|jest|är|er)[ \t]+)?$")


# Figures with a decimal part beside a gap of spaces: the columns of a form or of `ps aux`, not one number.
_COLUMNS_OF_AMOUNTS = re.compile(r"[0-9]\.[0-9]+[ \t]{2,}|[ \t]{2,}[0-9]+\.[0-9]")
# A structured creditor reference (ISO 11649: "RF", two check figures, up to 21 characters, printed in fours on Swiss
# QR bills and SEPA transfers), and a US drug's National Drug Code: their figures are no phone's and no card's.
# (and the blocks of an IBAN the number would continue: "NL91 ABNA 0417 1643 00")
_REFERENCE_BEFORE = re.compile(r"(?<![\w])(?:[Rr][Ff][0-9]{2}|[A-Z]{2}[0-9]{2}(?:[ \t][A-Z0-9]{4}){1,7})[ \t]?$")
_EIN = re.compile(r"[0-9]{2}-[0-9]{7}")
_EMPLOYER_ID_BEFORE = re.compile(r"(?i)\bemployer(?:'s)?[ \t]+(?:identification|id)\b[^\n0-9]*$")
_NDC_BEFORE = re.compile(r"\bNDC\b[^\n0-9]{0,24}$")


# A letterhead's or a signature's contact line, its parts set apart by "·" or "|": "Ole Kühnel · Eichendorffstraße 63,
# 96345 Lüneburg · 015194982193 · ole@posteo.de". A number that is a whole part of a line holding an address is one.
_CELL_BEFORE = re.compile(r"(?:^|[·•|][ \t]*)$")
_CELL_AFTER = re.compile(r"[ \t]*(?:[·•|]|$)")


def _contact_cell(text: str, start: int, end: int) -> bool:
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return ("@" in text[line_start:line_end] and bool(_CELL_BEFORE.search(text, line_start, start))
            and bool(_CELL_AFTER.match(text[:line_end], end)))


# A number the sentence names as another kind of number is that kind, however near the word "number" stands: a bank's
# routing number or sort code, a Unix timestamp, a barcode (EAN, UPC, GTIN), a book's ISBN, a product's serial, or a
# national id by its name ("the PESEL 4406...", "numer ... nie przechodzi walidacji PESEL": one the id's rule turned down
# for its check digit is a wrong id, not a phone). The kind's word stands in the number's clause, before it or after
# it, with no other figures between; a phone's own word before the number keeps it a phone ("call the number on the
# barcode's label: 020 ..."). And a phone's IMEI written in its groups, 2-6-6-1 and passing Luhn, is the device's serial
# whatever the words around it (no numbering plan groups a phone number so).
_OTHER_KIND = re.compile(
    r"(?<![\w-])(?:(?i:routing|sort[ \t]?code|timestamps?|epoch|unix[ \t]?time|barcodes?|bar[ \t]codes?|"
    r"c[óo]digos?[ \t]de[ \t]barras|code[ \t]?-?barres?|codice[ \t]a[ \t]barre|strichcodes?|streepjescode|kod(?:u|zie)?[ \t]kreskow\w*|"
    r"serial|seriennummer|serienummer|n[úu]mero[ \t]de[ \t]s[ée]rie|num[ée]ro[ \t]de[ \t]s[ée]rie|personnummer|henkilötunnus|"
    r"codice[ \t]fiscale|steuer-?id|rodné[ \t]číslo|t\.?c\.?[ \t]kimlik|imei|pesel)|"
    # (the acronyms in capitals only: "nie", "sin" and "dni" are Polish, Spanish and Polish words)
    r"ABA|EAN(?:-?1[38])?|UPC|GTIN|ISBN|ISSN|REGON|BSN|CPF|CNPJ|DNI|NIF|NIE|NIR|TFN|NINO|SSN|SIN|EGN|JMBG|OIB|AMKA|TCKN)"
    # (glued to a word for "like" or "number": "a PESEL-like number", "IMEI-Nummer")
    r"(?![\w]|-(?![\w]))"
)
_PHONE_OWN_WORD = re.compile(
    r"(?i)(?<![\w])(?:phone|call|tel|mobile|cell|whats ?app|sms|fax|text me|ring|telefon\w*|téléphone|teléfono|móvil|movil|"
    r"handy|portable|celular|cellulare|telemóvel|komórk\w*|zadzwoń|anrufen|appeler|llamar|chiamare|bel)(?![\w])"
)
_IMEI_GROUPS = re.compile(r"[0-9]{2}-[0-9]{6}-[0-9]{6}-[0-9]")
_CLAUSE_ENDS = ".!?;,\n"


def named_otherwise(text: str, start: int, end: int, raw: str) -> bool:
    """True for a number the text names as another kind of number than a phone's (see _OTHER_KIND)."""
    if _IMEI_GROUPS.fullmatch(raw):
        return luhn.is_valid(raw.replace("-", ""))
    left = max(0, start - 40, *(text.rfind(stop, 0, start) + 1 for stop in _CLAUSE_ENDS))
    right = min(len(text), end + 40, *(i for i in (text.find(stop, end) for stop in _CLAUSE_ENDS) if i >= 0))
    if not right > end:
        right = end
    before, after = text[left:start], text[end:right]
    if _PHONE_OWN_WORD.search(before):
        return False
    last = None
    for last in _OTHER_KIND.finditer(before):
        pass
    if last is not None and not any(ch.isdigit() for ch in before[last.end():]):
        return True
    kind = _OTHER_KIND.search(after)
    return kind is not None and not any(ch.isdigit() for ch in after[: kind.start()])


def declined_phone(text: str, start: int, end: int) -> bool:
    """True for a tagger's guess of a phone inside a number the phone rule turns down for what it is: one set aside
    for fiction in a text that says so, one the sentence names as another kind of number, an order's or a claim's."""
    for m in _PHONE.finditer(text, max(0, start - 24), min(len(text), end + 24)):
        if m.start() <= start < m.end() or start <= m.start() < end:
            raw = _sentence_cut(m.group()).rstrip(" -./(")
            m_end = m.start() + len(raw)
            return (nobodys(raw, text) or named_otherwise(text, m.start(), m_end, raw)
                    or raw.isdigit() and _ID_NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None)
    return False


def after_reference(text: str, start: int) -> bool:
    return text[start - 1 : start] in (" ", "\t") and bool(_REFERENCE_BEFORE.search(text, max(0, start - 44), start))


def after_imei(text: str, start: int) -> bool:
    return _IMEI_BEFORE.search(text, max(0, start - 16), start) is not None


def _in_flow_log(text: str, start: int, end: int) -> bool:
    if BEFORE_INTERFACE.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _FLOW_LOG_LINE.match(text, line_start) is not None
# An object identifier: dotted numbers, one of them a single figure, five parts or more ("1.3.6.1.2.1.1.3.0");
# the French write a phone number in pairs ("06.12.34.56.78"), never single figures.
_OID = re.compile(r"(?=[0-9.]*(?<![0-9])[0-9](?![0-9]))[0-9]{1,4}(?:\.[0-9]{1,4}){4,}")
# inside an SOA record's brackets: "( 2025031604 7200 3600 1209600 3600 )"
_SOA_BEFORE = re.compile(r"\bSOA\b[^)]*\([^)]*$")


# The key of a record's field just before its value ('"project_number": "', "sender_id=", "<key>GCM_SENDER_ID</key>\n<string>").
_KEY_BEFORE = re.compile(r"(?P<key>[A-Za-z][\w.-]{1,40})(?:[\"']?[ \t]*[:=][ \t]*[\"']?|</key>\s*<string>)$")
_PHONE_KEY = re.compile(r"(?i)phone|tel|mob|cell|fax|msisdn|whatsapp|handy|sms|gsm|contact|call|number_?to|caller")


def _keyed_otherwise(text: str, start: int) -> bool:
    key = _KEY_BEFORE.search(text, max(0, start - 60), start)
    return key is not None and ("_" in key.group("key") or "-" in key.group("key") or "." in key.group("key")
                                or key.group("key")[1:] != key.group("key")[1:].lower()) and not _PHONE_KEY.search(key.group("key"))


# The end of a sentence after the number: "..., +917474335200. 22 people" is the number, then the next sentence.
_SENTENCE_END = re.compile(r"\.[ \t]")
# A number in pairs of figures, as the French write it ("06.09.03.55.21"), not an address and a port.
_PAIRS = re.compile(r"0[0-9](?:[. ][0-9]{2}){4}")


def _sentence_cut(raw: str) -> str:
    cut = _SENTENCE_END.search(raw) if "." in raw else None
    return raw[: cut.start()] if cut and sum(ch.isdigit() for ch in raw[: cut.start()]) >= 7 else raw


# The words for a phone in the scripts written without spaces, or whose numbers none of PHONE_REGIONS reads
# ("手机 134 9248 6302", "携帯 090-1234-5678", "전화 010-2740-7101", "โทร 081 234 5678", "هاتف 050 123 4567"); after
# them the number is tried against the regions that write those scripts.
_ASIAN_PHONE_CUE = re.compile(r"(?:手机|手機|电话|電話|联系方式|聯絡電話|携帯|ケータイ|전화|휴대폰|핸드폰|연락처|문의|お問い合わせ|โทร|เบอร์|มือถือ|"
                              r"هاتف|الهاتف|جوال|الجوال|موبايل|טלפון|נייד|điện thoại|sđt|số điện thoại)[^\n0-9]{0,6}$", re.IGNORECASE)
ASIAN_PHONE_REGIONS = ("CN", "JP", "KR", "TW", "HK", "TH", "VN", "MY", "SG", "ID", "PH", "SA", "AE", "EG", "IL")
# Where a phone word stands before a national number no region above reads ("телефон 8 (912) 345-67-89", "simu
# 0712 345 678"): the regions of the other languages people write in.
CUED_PHONE_REGIONS = ("RU", "UA", "BY", "KZ", "GR", "TR", "RO", "BG", "RS", "HR", "CZ", "PL", "HU", "ID", "MY", "PH", "VN",
                      "SK", "LT", "LV", "EE", "PT", "SE", "NO", "DK", "FI", "SI", "AT", "BE", "CH", "IE",
                      "TH", "KE", "NG", "ZA", "EG", "MA", "SA", "AE", "IL", "PK", "BD", "LK", "NP", "AR", "CL", "CO", "PE")


def _asian_score(raw: str, text: str, start: int) -> float:
    """0.85 for a national number right after a phone word of these scripts, valid in one of their regions."""
    if raw.startswith(("+", "00")) or not _ASIAN_PHONE_CUE.search(text, max(0, start - 16), start):
        return 0.0
    return 0.85 if any(phonenumbers.is_valid_number(n) for n in _parsed(raw, ASIAN_PHONE_REGIONS)) else 0.0


def _cued_elsewhere(raw: str, context: bool) -> float:
    """0.8 for a national number after a phone word, valid in one of the regions of the other languages."""
    if not context or raw.startswith(("+", "00")) or not 8 <= sum(ch.isdigit() for ch in raw) <= 12:
        return 0.0
    return 0.8 if any(phonenumbers.is_valid_number(n) for n in _parsed(raw, CUED_PHONE_REGIONS)) else 0.0


def _phone_score(raw: str, context: bool) -> float:
    """0.9 for a number valid in some region, 0.6 for a merely possible one next to a phone word, else 0."""
    international = raw.startswith(("+", "00"))
    regions = (None,) if international else PHONE_REGIONS
    candidate = "+" + raw[2:] if raw.startswith("00") else raw
    possible = False
    for number in _parsed(candidate, regions):
        if phonenumbers.is_valid_number(number):
            return 0.9 if (context or international or _looks_formatted(raw)) else 0.7
        possible = possible or phonenumbers.is_possible_number(number)
    if not international and _NATIONAL_GROUPS.match(raw) and _valid_elsewhere(raw):
        return 0.75  # "012 81 07 40" (Belgium), "01 2055 462" (Zagreb), "011 15-2635-0568" (a Buenos Aires mobile)
    return 0.6 if possible and context else 0.0


# A number written the national way, with its trunk "0" and in groups of two to four figures: the shape alone says
# phone number, in whichever country; it is tried against more regions than the usual ones.
_NATIONAL_GROUPS = re.compile(r"^\(?0[0-9]{1,4}\)?(?:[ -][0-9]{2,4}){2,4}$")
MORE_PHONE_REGIONS = ("BE", "AT", "CH", "PT", "PL", "SE", "NO", "DK", "FI", "IE", "HR", "SI", "CZ", "SK", "HU", "RO", "BG",
                      "GR", "TR", "AR", "CL", "CO", "PE", "NZ", "ZA", "JP", "KR", "RS", "UA", "IL")


def _valid_elsewhere(raw: str) -> bool:
    digits = sum(ch.isdigit() for ch in raw)
    return 8 <= digits <= 13 and any(phonenumbers.is_valid_number(n) for n in _parsed(raw, MORE_PHONE_REGIONS))


def _parsed(raw: str, regions: Iterable[str | None]) -> Iterator[phonenumbers.PhoneNumber]:
    """`raw` read as a number of each region in turn (None: written internationally), those that parse."""
    for region in regions:
        try:
            yield phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue


def _looks_formatted(raw: str) -> bool:
    # A plain run of digits is as likely an id as a phone number; separators make it look like one.
    return any(ch in raw for ch in " ()-.")


_DOC_CUE = re.compile(
    r"(?i)\b(?:documentation|docs|examples?|reserved|rfc ?3849|placeholder|instead of real|"
    # in the other languages: "Proč dokumentace používá IP adresy jako 2001:db8::91af?"
    r"dokumentace|documentación|dokumentation|documentazione|documentação|documentatie|dokumentacja|dokumentasyon|"
    r"exemple|ejemplo|beispiel|esempio|exemplo|voorbeeld|przykład|příklad|eksempel|exempel)\b(?![.@-]\w)"
)
# Words by which a writer owns a machine or a log ("my server", "our VPN", "mein Router", "notre serveur"): a
# documentation-prefix address said with none of them is a quoted example.
_OWNER_CUE = re.compile(
    r"(?i)\b(?:my|our|we|i|i'm|mine|ours|mein\w*|unser\w*|ich|wir|mon|ma|mes|notre|nos|je|mi|mis|nuestr\w*|"
    r"il mio|la mia|nostr\w*|meu|minha|nosso|nossa|mijn|onze|ons|wij|ik|mój|moj\w*|nasz\w*|můj|moje|náš|naše|"
    r"benim|bizim|min|mitt|mina|vår\w*|minun|meidän|user|login|logged|belongs?|belonging|owned|owner|assigned|home|office)\b"
)
# The IPv4 blocks reserved for documentation (RFC 5737): examples, never anyone's machine.
_DOC_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
# The IPv4 addresses of no one machine: "0.", broadcast, the documentation blocks, the whole loopback network
# ("nameserver 127.0.0.53" is systemd-resolved's stub, "127.0.1.1" Debian's own hostname), and the multicast and
# reserved blocks from 224 on ("224.0.0.251" is mDNS, "239.255.255.250" SSDP).
_NOBODYS_V4 = ("0.", "127.", *(f"{n}." for n in range(224, 256)), *_DOC_NETS)


# A four-part version in a sentence about versions, with nothing about networks near it.
_VERSION_TALK = re.compile(
    r"(?i)\b(?:versions?|versioning|semver|release[sd]?|bump(?:ed|ing)?|upgrad(?:e|ed|ing)|downgrad(?:e|ed|ing)|"
    r"changelog|breaking change|build|firmware|patch(?:ed)?|update[sd]?|"
    # "version" and "kernel" in the other languages read ("Linux-ytimen versiot", "wersja jądra", "sürümü")
    r"versio\w*|versión\w*|versione\w*|versão|versões|wersj\w*|verze|verzi\w*|sürüm\w*|verzió\w*|версі\w*|верси\w*|"
    r"ytim\w*|packages?|paket\w*|pakkau\w*|paquet\w*|pacote\w*)\b|\bv[0-9]+\.[0-9]+"
)
# ... or a distribution's package after it: "what does 5.15.0.119 mean in Ubuntu's package?"
_PACKAGE_AFTER = re.compile(r"(?i)\b(?:packages?|paket\w*|pakkau\w*|paquet\w*|pacote\w*|ubuntu\w*|debian)\b")
_NETWORK_TALK = re.compile(
    r"(?i)\b(?:ip|ips|ipv4|address|addr|host|hosts|server|servers|network|subnet|gateway|router|ping|ssh|connect\w*|"
    r"firewall|vpn|dns|port|proxy|nginx|login|logged|request|requests|client|inventory|node|machine|vm|banned|blocked|"
    r"src|dst|proto|spt|dpt|iptables|ufw|nft|conntrack|repo|repository|mirror|registry|url|http|https|"
    # clients given a host: "mysqldump -h 172.18.70.178", "psql --host", "redis-cli -h"
    r"mysql\w*|psql|pg_dump|redis-cli|mongo\w*|rsync|scp|curl|wget|telnet|nc)\b|(?<![\w-])(?:-h|--host)\b"
)


def find_ips(text: str) -> list[Span]:
    spans = []
    if "." in text:
        for m in _IPV4.finditer(text):
            if m.group() not in _GENERIC_IPS and not m.group().startswith(_NOBODYS_V4) and not _private_block(text, m):
                if ((_VERSION_TALK.search(text, max(0, m.start() - 60), m.start())
                     or _PACKAGE_AFTER.search(text, m.end(), min(len(text), m.end() + 40)))
                        and text[m.end() : m.end() + 1] not in (":", "/")
                        and not _NETWORK_TALK.search(text, max(0, m.start() - 80), min(len(text), m.end() + 80))):
                    continue  # "why is 15.19.20.7 a breaking change", "bumping React to 18.9.13.17": a version
                if _OID_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                    continue  # "OID 2.5.4.3": an object identifier's arcs (an X.509 attribute's), no machine's address
                spans.append(Span(m.start(), m.end(), EntityType.IP_ADDRESS, 0.9))
        if ">" in text:  # (tcpdump: the line that holds one holds a "source > destination")
            spans.extend(Span(m.start("addr"), m.end("addr"), EntityType.IP_ADDRESS, 0.9) for m in _IPV4_DOT_PORT.finditer(text)
                         if not m.group("addr").startswith(_NOBODYS_V4) and m.group("addr") not in _GENERIC_IPS)
    if "::" in text or text.count(":") >= 5:
        for m in _IPV6.finditer(text):
            value, end = m.group("addr"), m.end("addr")
            if value.endswith(":") and not value.endswith("::") and text.startswith(":/", end - 1):
                value, end = value[:-1], end - 1  # "scp f user@2600:699e::d7d:/srv": scp's and rsync's host, then its path
            if value.count(":") < 2 or value.lower() in _GENERIC_IPS or _LOOPBACK_PORT.fullmatch(value):
                continue
            if _PASSWD_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
                continue  # "bob:x:1001:1001::/home/bob:/bin/bash": a passwd(5) line's user and group ids, no address
            if (prefix := _V6_NETWORK.match(text, end)) and _network(value + prefix.group(), text, end):
                continue
            if _documentation_v6(value) and (_DOC_CUE.search(text) or not _OWNER_CUE.search(text)):
                # the documentation prefix (RFC 3849), where the text speaks of examples or of no machine of the
                # writer's: "Explain this nginx line: 2001:db8::f08 - - ...", a log pasted to be explained
                continue
            try:
                if ipaddress.IPv6Address(value).is_multicast:
                    continue  # "ff02::1:2" (all DHCP servers), "ff02::fb" (mDNS): a group every machine joins
            except ValueError:
                continue
            if sum(ch.isalnum() for ch in value) >= 4:
                spans.append(Span(m.start("addr"), end, EntityType.IP_ADDRESS, 0.9))
    return spans


_OID_BEFORE = re.compile(r"(?i)\b(?:oids?|object[ \t]+identifiers?|objektidentifierare|objektkennung|identifiant[ \t]+d'objet)\b[ \t:=\"'`(]*$")


# A line of /etc/passwd (or Dovecot's passwd-file): name, password, uid, gid, comment, home, shell, parted by ":".
# (the home a path of names, so no address's "::/64" reads as one: "fe80:0:1:2::/64 dev eth0" is a route)
_PASSWD_LINE = re.compile(r"[ \t]*[A-Za-z_][\w.-]*:[^:\s]*:[0-9]+:[0-9]+:[^:\n]*:/[A-Za-z_][\w./-]*(?::/?[\w./-]*)?[ \t]*(?:\r?\n|$)")


_SITE_PREFIX = 40  # from this length on, an IPv6 network is one site's ("/48", "/56", "/64"), not a block of the plan
_DOCUMENTATION_V6 = ipaddress.IPv6Network("2001:db8::/32")


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# A prefix said to be what every customer or site gets is the plan's size, not one site's: "our ISP delegates
# 2a02:810b:c3f::/48 to every customer", "a /56 per household".
_ALLOCATION_TALK = re.compile(r"(?i)\b(?:every|each|per|any)[ \t]+(?:customer|subscriber|user|site|household|client|home|tenant)s?\b")


_V4_PREFIX = re.compile(r"/([0-9]{1,2})(?![0-9])")


def _private_block(text: str, m: re.Match[str]) -> bool:
    """"10.0.0.0/8", "--advertise-routes=192.168.0.0/24": a whole private range, or the network home routers all
    ship with; another private /24 ("the office LAN is 10.44.12.0/24") is one site's and is kept."""
    prefix = _V4_PREFIX.match(text, m.end())
    if prefix is None:
        return False
    try:
        network = ipaddress.IPv4Network(m.group() + prefix.group())
    except ValueError:
        return False  # host bits set: "10.0.4.17/24" is a machine and its network
    return network.is_private and (network.prefixlen <= 16 or str(network) in _ROUTER_DEFAULT_NETS)


_ROUTER_DEFAULT_NETS = frozenset(("192.168.0.0/24", "192.168.1.0/24", "192.168.178.0/24", "192.168.2.0/24", "10.0.0.0/24"))


def _network(cidr: str, text: str = "", at: int = 0) -> bool:
    """True for "prefix/length" with no host bits set that names a block of the address plan, not one site: a length
    below `_SITE_PREFIX`, a special-purpose block ("::ffff:0:0/96", "ff02::/16", "64:ff9b::/96"), any network of the
    documentation prefix ("2001:db8:abcd::/48"), or a prefix said to be what each customer gets."""
    try:
        network = ipaddress.IPv6Network(cidr)
    except ValueError:
        return False
    if network.prefixlen == 128:
        return False
    return (network.prefixlen < _SITE_PREFIX or network.subnet_of(_DOCUMENTATION_V6) or network.is_reserved
            or network.is_multicast or network.is_link_local or network.subnet_of(_NAT64)
            or bool(_ALLOCATION_TALK.search(text, at, at + 120)))


def _documentation_v6(value: str) -> bool:
    """An address of the documentation prefix (RFC 3849), however written: "2001:db8::1", "2001:0DB8:85a3::7"."""
    if not value.lower().startswith(("2001:db8:", "2001:0db8:")):
        return False
    try:
        return ipaddress.IPv6Address(value) in _DOCUMENTATION_V6
    except ValueError:
        return False


_CJK_PUNCTUATION = re.compile(r"[」』】〕）。、，！？]")


def find_urls(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_URL, text):
        url = _CJK_PUNCTUATION.split(m.group(), 1)[0]  # ("…/aya_yamaguchi」": CJK brackets and stops are no URL's)
        url = url.rstrip(".,;:!?)]}'\"»”’")  # (closing quotes of any language end the sentence's, not the link's)
        start = m.start()
        personal = _is_personal_url(url)
        if not personal and not _is_public(url) and (
                _OWN_SITE_BEFORE.search(text, max(0, start - 50), start)
                or _PROFILE_LABEL_BEFORE.search(text, max(0, start - 24), start)
                or _named_after_someone(url, text)
                or _PROFILE_WORD.search(text, max(0, start - 80), start) and _home_page(url)):
            personal = True
        if not personal:
            continue
        spans.append(Span(start, start + len(url), EntityType.URL, 0.8))
    return spans


# A link labelled as someone's profile, portfolio or home page in a record, a signature or a vCard:
# "perfil https://...", "Portfolio: https://...", "homepage = ...", vCard's "URL:" / "URL;TYPE=home:".
_PROFILE_LABEL_BEFORE = re.compile(
    r"(?i)(?:\b(?:perfil|profil|profile|profilo|profiel|profiili|portf[oó]lio|portefeuille|homepage|home page|"
    r"p[aá]gina pessoal|p[aá]gina personal|page perso(?:nnelle)?|hemsida|hjemmeside|kotisivu|honlap|osobní stránky|"
    r"strona domowa|kişisel site|web perso(?:nal)?|cv|curriculum|résumé|resume|orcid|linkedin|"
    # a link list's or a bio's own entries ("Personal - https://...", "my blog: ...", LaTeX's "\homepage{...}")
    r"personal(?: (?:site|website|page|blog))?|(?:my|mein|mon|mi|meu|mijn) (?:blog|site|website|webseite|sito)|blog(?:ue)?)"
    r"|(?:ブログ|ホームページ|블로그|홈페이지|博客|個人網站|个人网站|บล็อก)"
    r"|^[ \t]*url(?:;[^:\n]*)?)[ \t]*[:=\-–{]?[ \t]*$",
    re.MULTILINE,
)
# A profile headed by its word in a script whose names a domain can only spell in Latin letters ("הפרופיל שלי כמורה:
# <name>, https://...", "โปรไฟล์ครู: <name> https://..."): the bare home page on its line is the person's.
_PROFILE_WORD = re.compile(r"(?:פרופיל|โปรไฟล์|профиль|профіль|профил|προφίλ|الملف الشخصي|ملفي|プロフィール|个人资料|個人資料|"
                           r"简介|프로필|प्रोफ़ाइल|प्रोफाइल|প্রোফাইল)[^\n]*$")


def _home_page(url: str) -> bool:
    """A link to a site's home page alone: "https://annacohen.dev", not ".../docs/install"."""
    split = _split(url)
    return split is not None and bool(split[1]) and split[0].path in ("", "/") and not split[0].query


_EMAIL_LOCAL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._+-]{2,63})@[A-Za-z0-9-]+\.")
_SPLIT_LOCAL = re.compile(r"[._+\-0-9]+")
_CAPITALISED = re.compile(r"(?<![\w@./-])[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'-]{2,}")


def _named_after_someone(url: str, text: str) -> bool:
    """A home page at a domain spelled from the name of someone the text names: "declanfeatherstone.pl" beside
    "declan.featherstone@...", "montserratgarcia-marquez.net" beside "Montserrat García-Márquez, m.garciamarquez@...".
    The domain must spell two or three of those words, one of them from an e-mail address's local part (so
    "hollisgrant.com" beside "Hollis Grant Ltd" and "info@hollisgrant.com" is a company's site, not a person's)."""
    if "@" not in text:
        return False
    split = _split(url)
    if split is None:
        return False
    parts, host = split
    labels = host.split(".")
    if labels and labels[0] == "www":
        labels = labels[1:]
    if len(labels) != 2 or len(parts.path.strip("/")) > 0 and "/" in parts.path.strip("/"):
        return False  # a registrable name only ("jane-doe.dev", "www.janedoe.com"), not a service's sub-site
    label = _fold(labels[0]).replace("-", "")
    if len(label) < 8:
        return False
    from_mail = set()
    for m in _EMAIL_LOCAL.finditer(text):
        local = _fold(m.group(1).lower())
        if local.split("+")[0].strip(".") in _ROLE_MAILBOXES:
            continue
        from_mail.update(w for w in _SPLIT_LOCAL.split(local) if len(w) >= 3)
    if not from_mail:
        return False
    named = {_fold(w.lower()).replace("-", "").replace("'", "") for w in _CAPITALISED.findall(text)}
    words = {w for w in named | from_mail if len(w) >= 3}
    return _spelled_by(label, words, from_mail)


_ROLE_MAILBOXES = frozenset(("info", "contact", "hello", "office", "admin", "support", "sales", "team", "mail", "noreply", "no-reply", "billing", "help", "jobs", "hr"))


def _spelled_by(label: str, words: set[str], needed: set[str]) -> bool:
    """`label` is two or three of `words` run together, at least one of them from `needed`."""
    def spell(rest: str, count: int, used_needed: bool) -> bool:
        if not rest:
            return count >= 2 and used_needed
        if count == 3:
            return False
        return any(rest.startswith(w) and spell(rest[len(w):], count + 1, used_needed or w in needed) for w in words)
    return spell(label, 0, False)


def _fold(word: str) -> str:
    """Lower-case ASCII letters of `word`: "garcía-márquez" -> "garcia-marquez" (domains drop the accents)."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


# A link the writer calls theirs: "my personal site is https://...", "Portfolio: https://...", "Le dépôt est sur mon
# compte https://...", "Il mio sito personale è https://...".
_OWN_SITE_BEFORE = re.compile(
    r"(?i)(?:\b(?:my|mon|ma|mijn|mi|meu|minha|mein|meine|meinem|il mio|la mia|min|mitt|mit|mój|moja|moje|můj|moje|benim)"
    r"[ \t]+(?:own[ \t]+|personal[ \t]+|personlige?[ \t]+|persoonlijke[ \t]+)?(?:site|website|web site|homepage|home page|"
    r"blog|portfolio|page|compte|account|profile|profil|perfil|sito|sitio|página|pagina|webside|hemsida|"
    r"stránka|strona|web|cv|résumé|resume)(?:[ \t]+(?:personnel|personal|personale|pessoal|persönliche))?|"
    r"\bportfolio|\bsito personale|\bsitio personal|\bsite perso(?:nnel)?|\bsite pessoal|\bpersönliche (?:webseite|website)|"
    r"\bpersonal (?:site|website|page|homepage|blog))\b[^\n]{0,20}$"
)


def _split(url: str) -> tuple[SplitResult, str] | None:
    """A link's parts and its lower-case host ("" without one), or None when it does not parse."""
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        return parts, (parts.hostname or "").lower()
    except ValueError:
        return None


def _is_public(url: str) -> bool:
    split = _split(url)
    if split is None:
        return True
    host = split[1]
    return not host or any(host.startswith(p) or host.endswith(p) for p in _PUBLIC_HOSTS)


def _is_personal_url(url: str) -> bool:
    split = _split(url)
    if split is None:
        return False
    parts, host = split
    if not host:
        return False
    path = parts.path or "/"
    segments = [s for s in path.split("/") if s]
    for site, shape in _PROFILE_PATHS:
        if host == site or host.endswith("." + site):
            return bool(shape.search(path + ("?" + parts.query if parts.query else "")))
    if any(host.startswith(p) or host.endswith(p) for p in _PUBLIC_HOSTS):
        return False
    # A host under .me ("revolut.me/anna", "paypal.me/jsmith") is a personal link service: its path is someone.
    if host.endswith(".me") and segments:
        return True
    # A site of one's own on a blogging or hosting platform: "jane.substack.com", "janedoe.github.io".
    # (its home page or one page of it: deeper paths are a project's documentation, "w3c.github.io/web-performance/...")
    if (any(host.endswith("." + h) for h in _PERSONAL_SUBDOMAINS) and len(segments) <= 1
            and host.split(".")[0] not in ("www", "blog", "docs", "help", "support", "status")):
        return True
    if host.startswith("api.") and any(host.endswith("." + h) for h in _SOCIAL_HOSTS):
        # a service's API ("api.github.com/user", "/repos/..."): its path names an endpoint, someone only after "users/"
        return len(segments) >= 2 and segments[-2] == "users"
    if any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS):
        # github.com/psf/requests is a project; github.com/janedoe or linkedin.com/in/jane is a person.
        if host.endswith(_ONE_SEGMENT_HOSTS):
            return len(segments) == 1
        return bool(segments)
    decoded = unquote(path)
    if "@" in decoded or (personal := _PERSONAL_PATH.search(path)) and not _generic_page(host, path, personal):
        return True
    return _query_names_someone(parts.query)


# Pages every account holder sees alike, under a personal-sounding word: "/account/api-keys", "/account/billing".
_SETTINGS_PAGE = re.compile(
    r"(?i)^/(?:api-?keys|keys|tokens|billing|settings|security|usage|limits|organi[sz]ation|preferences|notifications|"
    r"subscriptions?|plan|overview|password|profile|privacy|developer|integrations|apps|sessions|members|team)/?$"
)
_API = re.compile(r"(?i)^/(?:api|rest|graphql)(?:/|$)|/v[0-9]+(?:\.[0-9]+)?/")


def _generic_page(host: str, path: str, personal: re.Match[str]) -> bool:
    """True when the personal word of a link's path points at no one: an account's settings page, the same for every
    holder ("platform.example.com/account/api-keys"), or an API's collection ("api.shop.io/v1/orders?since=...", where
    no id follows the word)."""
    rest = path[personal.end() - (1 if personal.group().endswith("/") else 0) :]
    if _SETTINGS_PAGE.match(rest) and personal.group().strip("/").lower() in ("account", "accounts", "profile", "u", "user"):
        return True
    api = host.startswith("api.") or bool(_API.search(path))
    return api and rest.strip("/") == "" and personal.group().strip("/").lower() in _COLLECTIONS


_COLLECTIONS = frozenset(("orders", "order", "invoices", "invoice", "customers", "customer", "employees", "employee",
                          "patients", "patient", "persons", "person", "users", "user", "members", "member", "accounts",
                          "account", "profiles", "profile", "people", "booking", "photos", "album", "calendar", "share"))


def _query_names_someone(query: str) -> bool:
    # an email address or a phone number in any parameter ("/optout?u=ana.lima@icloud.com", "?phone=+4915...")
    # says whose link it is
    return any(key.lower() in _PERSONAL_QUERY_KEYS or "@" in value or _PHONE_VALUE.match(value)
               for key, value in parse_qsl(query, keep_blank_values=True))


_PHONE_VALUE = re.compile(r"^(?:\+|00)[1-9][0-9 .()-]{6,17}[0-9]$")  # international, as messengers' links write it
# Query keys that hold a secret, not a person: a link is not someone's because of them alone.
_SECRET_QUERY_KEYS = frozenset({"token", "access_token", "auth", "key", "api_key", "apikey", "sig", "signature",
                                "session", "sessionid", "sid", "code", "rlkey"})


def carries_someone(url: str) -> bool:
    """True for a link that points at a person by more than a secret in its query: a profile or a share, a name,
    an e-mail address or a phone number. A token in such a link's query goes with the link (secrets.py leaves it):
    "https://portal.x.fr/account/verify?email=ana%40x.pt&token=..." is one personal link, redacted whole."""
    if not _is_personal_url(url):
        return False
    split = _split(url)
    if split is None:
        return False
    parts, host = split
    if any(host == site or host.endswith("." + site) for site, _ in _PROFILE_PATHS):
        return True
    if "@" in unquote(url) or any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS):
        return True
    return any((key.lower() in _PERSONAL_QUERY_KEYS and key.lower() not in _SECRET_QUERY_KEYS) or _PHONE_VALUE.match(value)
               for key, value in parse_qsl(parts.query, keep_blank_values=True))


# A link's query that hands over a person's own fields, as forms, CRMs and lookalike payment pages write them
# ("/?imie=michał&nazwisko=kowalczyk&karta=3754...", "?first=ana&last=lima&dob=1990-02-01"): each value is that datum,
# the link around it only its carrier. The keys are the fields' names in the languages read, folded to lower case
# without separators ("first_name", "First-Name" -> "firstname"); a key that names a thing (q, page, id, utm_*, lang) is
# not among them, so a search or a paging link is left alone.
def _keys(words: str) -> frozenset[str]:
    return frozenset(words.split())


_QUERY_KEYS: dict[str, frozenset[str]] = {
    "name": _keys("""name fullname firstname lastname fname lname first last givenname givennames familyname surname
        middlename forename forenames imie imię nazwisko vorname nachname nom prenom prénom nombre nombres apellido
        apellidos cognome nome naam voornaam achternaam sobrenome navn fornavn efternavn etternavn namn förnamn efternamn
        nimi etunimi sukunimi jmeno jméno prijmeni příjmení soyad soyadi isim vezeteknev vezetéknév keresztnev
        keresztnév prenume nume cardholder holder titular titulaire karteninhaber nomecompleto nombrecompleto"""),
    "card": _keys("""card cardnumber cardno cardnum ccnum ccnumber ccno ccn cc pan cb carte cartebancaire numcarte karte
        kartennummer kreditkarte tarjeta numtarjeta numerotarjeta carta numerocarta cartao cartão numerocartao kaart
        kaartnummer creditcard kort kortnummer kortti karta numerkarty kartanumarasi kart kartu thẻ"""),
    "ssn": _keys("ssn ss socialsecurity socialsecuritynumber socsec ssnumber ssno"),
    "phone": _keys("""phone phonenumber tel telephone mobile mob cell cellphone msisdn whatsapp telefon telefono teléfono
        telefone téléphone telephone telefoon handy movil móvil celular cellulare gsm puhelin"""),
    "email": _keys("email e-mail mail emailaddress correo courriel epost"),
    "street": _keys("""street streetaddress address address1 addressline1 addressline addr strasse straße rue calle"""),
    "dob": _keys("""dob birthdate birthday dateofbirth bday birth geburtsdatum naissance datenaissance fechanacimiento
        nacimiento nascita datanascita datanascimento nascimento geboortedatum dataurodzenia urodzenia"""),
}
_QUERY_KIND = {key: kind for kind, keys in _QUERY_KEYS.items() for key in keys}
# Three or more "key=value" pairs joined by "&", outside a link (a link's own query is read with its link).
_FORM_BODY = re.compile(r"(?<![\w?&=/%.-])[A-Za-z_][\w.\[\]-]*=[^&\s=]*(?:&[A-Za-z_][\w.\[\]-]*=[^&\s=]*){2,}")
_PREFIXED_KEY = re.compile(r"[_\-. \[]([a-z]+)\]?$")
_TOWN_KEY = re.compile(r"(?:city|town|ville|ciudad|citta|città|stadt|miasto|cidade|woonplaats)")
_KEY_SEPARATORS = re.compile(r"[_\-. ]|\[\]$")
_QUERY_PAIR = re.compile(r"(?P<key>[^&;=#?]+)=(?P<value>[^&;#]*)")
# (the values each kind takes: a name is letters, maybe several words; the others hold figures)
_NAME_VALUE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ ][^\W\d_]+(?:['’-][^\W\d_]+)*){0,3}")
_FIGURES_VALUE = re.compile(r"\+?[0-9][0-9 ./-]{5,22}[0-9]")
_PHONE_FIELD_VALUE = re.compile(r"\+?\(?[0-9][0-9 ./()-]{5,22}[0-9]")  # ("(201) 344-6249")
# a street's house number and name, either way round ("14 Elm Lane Apt 2", "Hauptstraße 5a")
_STREET_VALUE = re.compile(r"[0-9]{1,6}[A-Za-z]?,?[ ][^\W\d_]{2,}[\w ,.'’#/-]*|[^\W\d_]{3,}[\w ,.'’-]*[ ][0-9]{1,5}[A-Za-z]?")


def query_fields(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, value) of the personal fields in the queries of the text's links and in URL-encoded form
    data (kind: name, card, ssn, phone, email, dob, street or town; start and end the raw value's offsets in `text`; value
    URL-decoded, "+" read as a space). Public documentation links are left out: their parameters are a manual's examples."""
    return [field[:4] for field in _query_fields(text)]


def _query_fields(text: str) -> list[tuple[str, int, int, str, bool]]:
    """query_fields, each with whether it is a link's (True) or a form body's (False)."""
    if "=" not in text or "?" not in text and "&" not in text:
        return []
    queries = []  # (where the string starts in the text, the string, where its query starts in it)
    if "?" in text:
        for m in _URL.finditer(text):
            url = _CJK_PUNCTUATION.split(m.group(), 1)[0].rstrip(".,;:!?)]}'\"»”’")
            query_at = url.find("?")
            if query_at >= 0 and not _is_public(url):
                queries.append((m.start(), url, query_at + 1))
    if "&" in text:
        # A form's fields sent URL-encoded, as a payment notification, a webhook or a log prints them without a link
        # ("mc_gross=49.00&payer_email=...&first_name=...&address_city=..."): the same fields as a link's query.
        queries.extend((m.start(), m.group(), 0) for m in _FORM_BODY.finditer(text)
                       if not any(base <= m.start() < base + len(url) for base, url, _ in queries))
    fields = []
    for base, url, query_at in queries:
        for pair in _QUERY_PAIR.finditer(url, query_at):
            key = unquote(pair.group("key")).lower()
            kind = _QUERY_KIND.get(_KEY_SEPARATORS.sub("", key))
            if kind is None and (prefixed := _PREFIXED_KEY.search(key)):
                # (a field's key after its record's: "payer_email", "contact_phone", "billing_city", "address[town]";
                # not "capacity", nor a thing's name, "item_name")
                last = prefixed.group(1)
                kind = "town" if _TOWN_KEY.fullmatch(last) else _QUERY_KIND.get(last)
                kind = None if kind == "name" else kind
            raw = pair.group("value")
            if kind is None or not raw:
                continue
            value = unquote_plus(raw).strip()
            shape = _NAME_VALUE if kind in ("name", "town") else _STREET_VALUE if kind == "street" \
                else _PHONE_FIELD_VALUE if kind == "phone" else _FIGURES_VALUE if kind != "email" else None
            if shape is not None and not shape.fullmatch(value) or kind == "email" and "@" not in value:
                continue
            fields.append((kind, base + pair.start("value"), base + pair.end("value"), value, query_at > 0))
    return fields
