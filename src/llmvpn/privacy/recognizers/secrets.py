"""Leaked secrets: provider API keys and tokens, JWTs, PEM private keys, password assignments and
credentials in URLs.

Every candidate must look random (Shannon entropy, mixed characters) so that documentation
placeholders — `sk-...`, `sk-your-key-here`, `AKIAIOSFODNN7EXAMPLE`, `password=<password>` — are left
alone: they identify nobody and rewriting them would only confuse the model.
"""

from __future__ import annotations

import base64
import binascii
import re

from llmvpn.privacy.recognizers._bip39 import WORDS as BIP39_WORDS
from llmvpn.privacy.recognizers._context import (
    column_cells,
    contains,
    finditer_words,
    holds,
    lowered,
    mentions,
    search_words,
    shannon_entropy,
)
from llmvpn.privacy.spans import EntityType, Span

# (pattern, minimum entropy of the whole match in bits per character)
_KEYS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p), e)
    for p, e in (
        (r"(?<![\w])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[0-9A-Z]{16}(?![\w])", 3.0),  # AWS key ids
        (r"(?<![\w-])sk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_-]{32,}(?![\w-])", 4.0),  # Anthropic
        (r"(?<![\w-])sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}(?![\w-])", 3.8),  # OpenAI
        (r"(?<![\w])gh[pousr]_[A-Za-z0-9]{36,255}(?![\w])", 3.8),  # GitHub tokens
        (r"(?<![\w])github_pat_[A-Za-z0-9_]{60,255}(?![\w])", 3.8),
        (r"(?<![\w])glpat-[A-Za-z0-9_-]{20,}(?![\w])", 3.5),  # GitLab
        (r"(?<![\w-])xox[abposr]-[0-9A-Za-z-]{10,}(?![\w-])", 3.3),  # Slack tokens
        # (the path: the workspace's and the channel's ids, which may be written in lower case, and the credential)
        (r"(?i:https://hooks\.slack\.com/services/)(?P<secret>(?i:[te][a-z0-9]+/b[a-z0-9]+/)[A-Za-z0-9]{16,})(?![\w])", 3.5),
        (r"(?<![\w])(?:sk|rk|whsec)_(?:live|test)_[0-9A-Za-z]{16,}(?![\w])", 3.5),  # Stripe (pk_ keys are public)
        (r"(?<![\w])whsec_[0-9A-Za-z]{24,}(?![\w])", 3.5),
        (r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])", 3.8),  # Google API keys
        (r"(?<![\w])ya29\.[0-9A-Za-z_-]{20,}(?![\w-])", 3.8),  # Google OAuth access tokens
        (r"(?<![\w])GOCSPX-[0-9A-Za-z_-]{20,}(?![\w-])", 3.5),  # Google OAuth client secrets
        (r"(?<![\w])(?:hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,})(?![\w])", 3.8),
        # JWTs: a base64url JSON header and payload (both start with '{"' = "eyJ") and a signature.
        (r"(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}(?![\w-])", 4.0),
    )
)
_AWS_KEY_ID = _KEYS[0][0]
# The literal each of _KEYS' patterns holds, in order: a text with none of them is not scanned with that pattern.
_KEY_HINTS: tuple[tuple[str, ...], ...] = (
    ("AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "APKA"), ("sk-ant-",), ("sk-",),
    ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), ("github_pat_",), ("glpat-",), ("xox",), ("hooks.slack.com",),
    ("_live_", "_test_"), ("whsec_",), ("AIza",), ("ya29.",), ("GOCSPX-",), ("hf_", "npm_", "SG."), ("eyJ",),
)
# More providers whose tokens carry a documented prefix (gitleaks and GitHub secret scanning list them),
# each with the literal parts one of which must be in the text before the pattern is run at all.
_MORE_KEYS: tuple[tuple[re.Pattern[str], float, tuple[str, ...]], ...] = tuple(
    (re.compile(p), e, hints)
    for (p, e), hints in (
        ((r"(?<![\w])do[opr]_v1_[a-f0-9]{64}(?![\w])", 3.0), ('_v1_',)),  # DigitalOcean
        ((r"(?<![\w])shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![\w])", 3.0), ('shp',)),  # Shopify
        ((r"(?<![\w-])pypi-AgE[A-Za-z0-9_-]{50,}(?![\w-])", 3.8), ('pypi-',)),  # PyPI upload tokens
        ((r"(?<![\w-])gl(?:dt|rt|ptt|ft|soat|cbt|imt|oas)-[A-Za-z0-9_-]{20,}(?![\w-])", 3.5), ('gldt-', 'glrt-', 'glptt-', 'glft-', 'glsoat-', 'glcbt-', 'glimt-', 'gloas-')),  # other GitLab tokens
        ((r"(?<![\w-])xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-f0-9]{32,}(?![\w-])", 3.3), ('xapp-',)),  # Slack app tokens
        ((r"(?<![\w])(?:SK[0-9a-f]{32}|key-[0-9a-f]{32}|dapi[0-9a-f]{32}(?:-[0-9])?|sbp_[a-f0-9]{40})(?![\w])", 3.0), ('SK', 'key-', 'dapi', 'sbp_')),  # Twilio, Mailgun, Databricks, Supabase
        ((r"(?<![\w.])(?:hv[sb]\.[A-Za-z0-9_-]{24,}|dp\.(?:pt|st|sa|ct)\.(?:[a-z0-9_-]{1,32}\.)?[A-Za-z0-9]{40,})(?![\w-])", 3.8), ('hvs.', 'hvb.', 'dp.')),  # Vault, Doppler
        # (a Doppler service token names its config between: "dp.st.prd.<40>", "dp.st.dev_eu.<40>")
        ((r"(?<![\w-])(?:PMAK-[0-9a-f]{24}-[0-9a-f]{34}|NRAK-[A-Z0-9]{27}|ATATT3[A-Za-z0-9_=-]{60,})(?![\w-])", 3.5), ('PMAK-', 'NRAK-', 'ATATT3')),  # Postman, New Relic, Atlassian
        ((r"(?<![\w])(?:lin_api_[A-Za-z0-9]{40}|secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,}|figd_[A-Za-z0-9_-]{40,}|"
         r"gsk_[A-Za-z0-9]{48,}|r8_[A-Za-z0-9]{37}|glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}|sntry[us]_[A-Za-z0-9_=+/-]{40,})(?![\w])", 3.8), ('lin_api_', 'secret_', 'ntn_', 'figd_', 'gsk_', 'r8_', 'glsa_', 'sntry')),
        ((r"(?<![\w-])(?:pplx-[A-Za-z0-9]{40,}|xai-[A-Za-z0-9]{60,}|tskey-(?:auth|api|client)-[A-Za-z0-9]+-[A-Za-z0-9]{20,}|"
         r"sq0(?:atp|csp)-[0-9A-Za-z_-]{22,}|AGE-SECRET-KEY-1[0-9A-Z]{58})(?![\w-])", 3.5), ('pplx-', 'xai-', 'tskey-', 'sq0', 'AGE-SECRET')),
        ((r"(?<![\w.])sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}(?![\w-])", 4.0), ('.eyJ',)),  # Mapbox (pk. tokens are public)
        ((r"(?:(?<=/bot)|(?<![\w:]))[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![\w-])", 3.8), (':AA',)),  # Telegram bot tokens (also in "api.telegram.org/bot<token>/")
        ((r"(?<![\w-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,}(?![\w-])", 3.8), (':APA91b',)),  # Firebase server keys
        ((r"(?<![\w-])(?:dckr_pat_[A-Za-z0-9_-]{27,}|glc_[A-Za-z0-9+/]{32,}={0,2}|rubygems_[a-f0-9]{48}|CLOJARS_[a-z0-9]{60}|"
          r"pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|CFPAT-[A-Za-z0-9_-]{43}|"
          r"nvapi-[A-Za-z0-9_-]{64}|rnd_[A-Za-z0-9]{32}|ops_eyJ[A-Za-z0-9+/=_-]{100,}|AKCp[A-Za-z0-9]{69}|"
          r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}|pat[A-Za-z0-9]{14}\.[a-f0-9]{64}|FlyV1 fm[12]_[A-Za-z0-9+/=_,-]{40,}|"
          r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,})(?![\w-])", 3.5),
         ('dckr_pat_', 'glc_', 'rubygems_', 'CLOJARS_', 'pscale_', 'xkeysib-', 'CFPAT-', 'nvapi-', 'rnd_', 'ops_eyJ',
          'AKCp', 'dt0c01.', 'pat', 'FlyV1', '.atlasv1.')),  # Docker Hub, Grafana Cloud, RubyGems, ... Terraform Cloud
        # More documented prefixes: Facebook/Meta and Square access tokens, Mailchimp, NuGet, Alibaba and Tencent
        # Cloud key ids, Pulumi, Netlify, Dropbox short-lived tokens, Shippo, Flutterwave, Braintree, EasyPost,
        # Bitbucket app passwords, Twitter/X app bearer tokens, Typeform, Frame.io, New Relic ingest keys. (Square's
        # is "EAAA" and sixty base64url characters, "-" and "_" among them; Meta's is longer and has neither.)
        (((r"(?<![\w-])(?:EAA[A-Z][A-Za-z0-9]{80,}|EAAA[A-Za-z0-9_-]{60}|[0-9a-f]{32}-us[0-9]{1,2}|oy2[a-z0-9]{43}|LTAI[A-Za-z0-9]{12,20}|"
          r"AKID[A-Za-z0-9]{32}|pul-[a-f0-9]{40}|nfp_[A-Za-z0-9]{36}|sl\.(?:u\.)?[A-Za-z0-9_-]{130,}|shippo_(?:live|test)_[a-f0-9]{40}|"
          r"FLWSECK(?:_TEST)?-[a-f0-9]{32}-X|access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}|EZ[AT]K[a-z0-9]{54}|"
          r"ATBB[A-Za-z0-9_=.-]{32,}|A{20,}[A-Za-z0-9%]{40,}|tfp_[A-Za-z0-9_.-]{40,}|fio-u-[A-Za-z0-9_=-]{64}|"
          r"NRI[IQ]-[A-Za-z0-9_-]{32})(?![\w-])"), 3.3),
         ('EAA', '-us', 'oy2', 'LTAI', 'AKID', 'pul-', 'nfp_', 'sl.', 'shippo_', 'FLWSECK', 'access_token$', 'EZ', 'ATBB',
          'AAAAAAAAAAAAAAAAAAAA', 'tfp_', 'fio-u-', 'NRI')),
        # Heroku (v2), AWS session tokens (the base64 of their binary header), Azure AD client secrets (a "Q~" after
        # the fourth character), ElevenLabs, LangSmith, Pinecone, Neon, Resend, Plaid access tokens, Instagram
        # Graph tokens, Slack refresh tokens.
        (((r"(?<![\w-])(?:HRKU-AA[0-9A-Za-z_-]{58}|(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+=]{100,}|"
           r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}|pcsk_[A-Za-z0-9_]{40,}|napi_[a-z0-9]{64}|"
           r"access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
           r"IGQV[A-Za-z0-9_-]{100,}|xoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9-]{40,})(?![\w-])"), 3.3),
         ('HRKU-', 'IQoJb3JpZ2lu', 'FwoGZXIvYXdz', 'lsv2_', 'pcsk_', 'napi_', 'access-', 'IGQV', 'xoxe')),
        ((r"(?<![\w-])(?:sk_[a-f0-9]{48}|re_[A-Za-z0-9]{8,}_[A-Za-z0-9]{20,})(?![\w-])", 3.3), ('sk_', 're_')),
        # HubSpot private app tokens (a region, then a UUID: "pat-na1-<uuid>"), Buildkite user access tokens
        ((r"(?<![\w-])(?:pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|bkua_[a-f0-9]{40})"
          r"(?![\w-])", 3.0), ('pat-', 'bkua_')),
        # Yandex Cloud: API keys ("AQVN" and 36 more), IAM tokens ("t1." and two base64url parts), OAuth tokens
        # ("y0_" and 55 or more); ngrok's authtokens (27 characters, "_", 21 more, the first a figure)
        ((r"(?<![\w-])(?:AQVN[A-Za-z0-9_-]{35,38}|t1\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]{80,}={0,2}|y[0-3]_[A-Za-z0-9_-]{55,}|"
          r"[1-9][A-Za-z0-9]{26}_[A-Za-z0-9]{21})(?![\w-])", 3.5), ('AQVN', 't1.', 'y0_', 'y1_', 'y2_', 'y3_', '_')),
        # Salesforce session ids and access tokens: the organisation's id ("00D..."), "!", the session key
        ((r"(?<![\w!.])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{60,}", 3.8), ('00D',)),
        # Django's generated SECRET_KEY, as `startproject` writes it
        ((r"(?<![\w-])django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{40,}", 3.5), ('django-insecure-',)),
        ((r"(?<![\w~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])", 3.3), ('Q~',)),
        # A PEM private key in base64, as Kubernetes and CI variables hold it ("client-key-data: LS0tLS1CRUdJTi...");
        # `_pem_in_base64` keeps those that decode to a private key, not a certificate.
        ((r"(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=])", 3.5), ('LS0tLS1CRUdJTi',)),
        # Webhook URLs whose path is the credential: Discord, Microsoft Teams (Office 365 connectors).
        (((r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/(?P<secret>[A-Za-z0-9_-]{60,})|"
           r"https://[\w-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/_-]{60,}"), 3.5), ('/api/webhooks/', 'webhookb2')),
        # Discord bot tokens: the base64 of the bot's numeric id (so "M", "N" or "O" first), a timestamp, an HMAC.
        ((r"(?<![\w.-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![\w.-])", 4.0), ('.',)),
        # BIP-32 extended private keys (a wallet's master key: "xprv", "tprv" for testnet, "yprv"/"zprv" for SegWit)
        ((r"(?<![\w])[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,108}(?![\w])", 4.0), ('prv',)),
        # Google OAuth refresh tokens ("1//0" or "1//" and a region letter, then base64url), Backblaze B2 application
        # keys ("K00" and a figure, 31 characters in all)
        ((r"(?<![\w/:])1//0[A-Za-z0-9_-]{40,}(?![\w-])|(?<![\w/+])K00[0-9][A-Za-z0-9/+]{27}(?![\w/+=])", 3.8), ('1//0', 'K00')),
        # The node providers' URLs, whose last path segment is the account's key: Alchemy, Infura, QuickNode.
        (((r"https://[\w.-]+\.(?:alchemy(?:api)?\.(?:com|io)/v2|infura\.io/(?:ws/)?v3|quiknode\.pro)/"
           r"(?P<secret>[A-Za-z0-9_-]{24,64})(?![\w-])"), 3.3), ('alchemy', 'infura.io', 'quiknode.pro')),
    )
)
# The payload of the example token on jwt.io and in countless tutorials ({"sub": "1234567890", "name": "John Doe"}).
_DOC_JWT_PAYLOAD = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
_PEM = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:\\r)?(?:\\n)?|\Z)"
    # OpenVPN's shared static key (tls-auth, tls-crypt, secret): 2048 bits in hex between its own armour
    r"|-----BEGIN OpenVPN Static key V[0-9]-----[\s\S]*?(?:-----END OpenVPN Static key V[0-9]-----|\Z)"
)
# A PuTTY key file, from its first line to the MAC that ends it.
_PUTTY = re.compile(r"PuTTY-User-Key-File-[0-9]:[\s\S]*?Private-(?:MAC|Hash):[ \t]*[0-9a-fA-F]+")
# `password = "..."`, `API_KEY: ...`, `"client_secret": "..."`, `Authorization: Bearer ...`; the value is the secret.
# Quoted, the value may hold brackets and commas (Django's "django-insecure-8k#2m!x(4r)..."); unquoted they end it.
# (SSSD's "ldap_default_authtok" is the bind password; Rails' and Phoenix's "secret_key_base" signs every session)
_ASSIGNED_VALUE = (r"[\"']?\]?\s*(?:=|:|=>|:=)\s*(?:bearer\s+)?)(?:(?P<q>[\"']))?"
                   r"(?P<value>(?(q)[^\s\"']|[^\s\"'`,;<>{}()\[\]]){4,4096})(?(q)(?P=q))")
_ASSIGNMENT = re.compile(
    r"(?i:\b(?:pass(?=[\"']?\s*(?::|=))|[\w-]+[_-](?:pass|pw)\b|[\w-]*(?:password|passwd|passphrase|pwd|secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|"
    r"access[_-]?token|refresh[_-]?token|token|authtok|private[_-]?key|client[_-]?secret|credentials?)(?:[_-]?(?:key|value|id))?(?:_base)?\b)"
    + _ASSIGNED_VALUE
)
# ... and "password" in the other languages config files are written in (`mot_de_passe = ...`, `"contraseña": ...`,
# `hasło: ...`), and the pre-shared key of a Wi-Fi network (`psk="..."`, wpa_supplicant). Apart, with its own
# pre-check: most texts hold none of these words.
# (the words, shared with passphrases.py)
FOREIGN_PASSWORD_WORDS = (r"passwort|kennwort|mot[_-]?de[_-]?passe|contrase(?:ñ|n)a|wachtwoord|senha|has(?:ł|l)o|"
                          r"l(?:ö|o)senord|salasana|adgangskode|passord|parola|heslo|jelsz(?:ó|o)|(?:ş|s)ifre|пароль")
_FOREIGN_ASSIGNMENT = re.compile(
    r"(?i:(?:" + FOREIGN_PASSWORD_WORDS + r"|psk)(?:[_-]?(?:key|value|id))?\b" + _ASSIGNED_VALUE
)
FOREIGN_HINTS = ("passwort", "kennwort", "mot_de_passe", "mot-de-passe", "motdepasse", "contrase", "wachtwoord", "senha", "hasło", "haslo", "senord", "salasana",
                  "adgangskode", "passord", "parola", "heslo", "jelsz", "ifre", "пароль", "psk")
_BEARER = re.compile(r"(?i:\b(?:bearer|token)[ \t]+)(?P<value>[A-Za-z0-9._~+/=-]{20,})")
_SAID = re.compile(
    r"(?i:\b(?:my|the|our|his|her|their|mein|meine|mon|ma|mi|minha|mijn)\s+(?:[\w-]+\s+)?"
    r"(?:password|passcode|pin|passphrase|pw|passwort|kennwort|mot de passe|contraseña|clave|senha|wachtwoord)"
    r"\s+(?:is|was|=|:|ist|lautet|est|es|é|è|era)\s*)"
    r"(?P<q>[\"'“]?)(?P<value>[^\s\"'”]{4,64})"
)
# A secret told in prose, with or without "my"/"the": "vpn password is Hx8#...", "the passphrase is
# 'blue otter 42'", "token: ...". Unquoted, it must not look like a word ("the password is wrong").
_PROSE = re.compile(
    r"(?i:\b(?:password|passwort|kennwort|passcode|passphrase|passwd|pwd|pw|mot de passe|contraseña|clave|senha|"
    r"wachtwoord|lösenord|hasło|adgangskode|passord|salasana|token|api[ _-]?key|secret key|access key|secret|psk|pre-?shared key)"
    r"\s+(?:is|was|will be|should be|ist|lautet|war|est|était|es|era|é|è|=|:)\s*)"
    r"(?:(?P<q>[\"'“‘])(?P<qvalue>[^\"'”’\n]{4,64})[\"'”’]|(?P<value>[^\s\"'”]{6,64}))"
)
# Pre-checks (see `_context.mentions`): one of these words is in every match of the pattern named.
_BEARER_CUES = frozenset({"bearer", "token"})
_SAID_CUES = frozenset(
    "password passcode pin passphrase pw passwort kennwort passe contraseña clave senha wachtwoord".split()
)
_PROSE_CUES = _SAID_CUES | frozenset(
    "passwd pwd lösenord hasło adgangskode passord salasana token key api_key apikey secret psk".split()
)
_DECODED_CUES = ("base64", "decode", "gives", "prints", "returns", "output")  # substrings: "printsXyz..." matches too
# High-entropy output of a decoding step: "base64 -d gives me 9fK2...".
# What follows an exclamation mark that ends a sentence: the end, a line break, or a new capitalised sentence.
_SENTENCE_AFTER = re.compile(r"\s*$|\s*\n|\s+[A-Z]")
_SECRET_WORD = re.compile(r"(?i)\b(?:secrets?|password|passwd|token|credentials?|api[_ -]?key)\b")
_DECODED = re.compile(
    r"(?i:\b(?:base64\s+(?:-d|--decode|-D)|decodes?\s+(?:to|into)|decoded\s+(?:to|is|value)|gives\s+me|"
    r"prints|returns|outputs?)\s*:?\s*)[\"'`]?(?P<value>[A-Za-z0-9+/=_!@#$%^&*.-]{6,120})"
)
# A .env line's value runs to the end of the line, brackets and all: "SECRET_KEY=n_&(e)x^..." (Django).
_ENV_LINE = re.compile(
    r"(?im)^[ \t]*(?:export[ \t]+)?[\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|salt)"
    r"[\w.-]*[ \t]*=[ \t]*(?P<value>[^\s\"'`]{4,4096})"
)
# A value assigned to any name ending in "key", "sig", "salt"... (`datadog_key = ...`, `AccountKey=...;` in an
# Azure connection string, `X-Signing-Key: ...`): such names also hold ordinary values (`sort_key: "date"`,
# `primary_key = id`), so only a long, random-looking value counts.
_KEYED = re.compile(
    r"(?i:\b[\w-]*(?:key|sig|signature|salt|sharedaccesssignature|auth)\b)[\"']?\s*(?:=|:|=>|:=)\s*"
    r"(?P<q>[\"']?)(?P<value>[^\s\"'`,;<>{}()\[\]&]{16,4096})(?P=q)"
)
_PUBLIC_BEFORE = re.compile(r"(?i)public[ _-]?key")
# A secret in markup and in HCL, where no "=" or ":" follows its name: an element named for it
# (`<password>...</password>`, Maven's `<privateKey>`), the value attribute beside a key or name attribute that
# names it (.NET's `<add key="SmtpPassword" value="..."/>`, Ant's and Spring's `<property name="db.password"
# value="..."/>`), a Terraform variable's default (`variable "db_password" { default = "..." }`).
_SECRET_NAME = r"[\w.:-]*(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|credentials?)[\w.:-]*"
_MARKUP = re.compile(
    rf"(?i:<(?P<tag>{_SECRET_NAME})(?:[ \t][^<>]*)?>)(?P<value>[^<>\s]{{4,4096}})</(?P=tag)>"
    rf"|(?i:\b(?:key|name)[ \t]*=[ \t]*(?P<aq>[\"'])(?P<attr>{_SECRET_NAME})(?P=aq)[ \t]+value[ \t]*=[ \t]*)"
    r"(?P<q>[\"'])(?P<value2>[^\"'\n]{4,4096})(?P=q)"
    rf"|(?i:\bvariable[ \t]+\"(?P<var>{_SECRET_NAME})\"[ \t]*\{{[^{{}}]*?\bdefault[ \t]*=[ \t]*)\"(?P<value3>[^\"\n]{{4,4096}})\""
    # ... or a key element that names it and the value element beside it, as KeePass exports its entries
    # ("<Key>Password</Key><Value>...</Value>") and a property list keeps its keys ("<key>password</key><string>...")
    rf"|(?i:<key>[ \t]*(?P<kname>{_SECRET_NAME})[ \t]*</key>\s*<(?P<vtag>value|string)(?:[ \t][^<>]*)?>)"
    r"(?P<value4>[^<>\n]{4,4096})</(?P=vtag)>"
)
_PASSWORD_NAME = re.compile(r"(?i)pass|pwd")
# Settings about a secret, not the secret: `<add key="PasswordMinLength" value="1200"/>`, `PasswordResetUrl`, `SecretName`.
_ABOUT_SECRET = re.compile(
    r"(?i)(?:policy|length|len|url|uri|file|path|expir\w*|minutes|days|hours|seconds|attempts|required|enabled|reset|"
    r"prompt|field|label|hint|format|regex|pattern|min|max|complexity|age|history|name|type|mode|ttl|lifetime|count)$"
)

# A login and its password given as a pair after the word for them: "login: anna / Kaffee2Tasse",
# "creds: ops@x.de:Hx8k2Lm!", "Zugangsdaten: anna/Sommer24!". The password is what follows the "/" or ":".
_LOGIN_PAIR = re.compile(
    r"(?i:\b(?:logins?|log-in|creds|credentials|account|zugangsdaten|anmeldedaten|identifiants|credenciales|credenziali|"
    r"inloggegevens|dane logowania|credenciais)\b[ \t]*[:=-][ \t]*)"
    r"[\"'`]?[^\s/:\"'`]{2,64}[ \t]*[/:][ \t]*(?P<value>[^\s\"'`]{4,128})"
)
_LOGIN_CUES = frozenset(("login", "logins", "log", "credentials", "creds", "account", "zugangsdaten", "anmeldedaten",
                         "identifiants", "credenciales", "credenziali", "inloggegevens", "dane", "credenciais"))
# Two-factor recovery (backup, scratch) codes, one or a list: "recovery codes: 8H2K-9XQ4 P7MZ-3RTA ...". Each holds a figure.
# The list may run down the lines that follow ("the backup codes are:\n18la-pfb3\ny2hq-i4s2\n..."), bulleted or not.
_RECOVERY_CUE = (
    r"(?i:(?:\b(?:recovery|backup|2fa|mfa|emergency|scratch|one-time|single-use)[ \t-]+codes?|"
    # (the same in the languages read: "Kody zapasowe", "Backup-Codes", "codes de secours", "códigos de respaldo")
    r"\bkody[ \t]+(?:zapasowe|odzyskiwania|jednorazowe)|\b(?:backup|wiederherstellungs|notfall)-?codes|"
    r"\bcodes[ \t]+de[ \t]+(?:secours|récupération|recuperation|sauvegarde)|"
    r"\bc[oó]digos[ \t]+de[ \t]+(?:respaldo|recuperaci[oó]n|recupera[cç][aã]o|backup|emerg[eê]ncia)|"
    r"\bcodici[ \t]+di[ \t]+(?:backup|recupero|emergenza)|\b(?:back-?up|herstel)codes|\bрезервные[ \t]+коды)\b)"
)
_RECOVERY = re.compile(
    _RECOVERY_CUE + r"(?i:(?:[ \t]+(?:are|were|is|sind|waren|sont|son|sono|são|zijn))?"
    # (the sentence may go on to a colon that ends its line, the codes down the lines below: "My 2FA backup codes for
    # the password manager, please put them in a grid:\n...", or to a colon or a question on the codes' own line
    # when they have a code's dashed shape: "backup codes for my mail, where to keep them? 9a1x-9ua6 rq4t-szcv")
    r"(?:[^\n:]{0,80}:[ \t]*(?=\n)|[^\n:?]{0,80}[:?][ \t]+(?=[A-Za-z0-9]{4,10}-[A-Za-z0-9]{4,10}(?![\w-])))?"
    r"[ \t]*[:=-]?\s*(?:[-*•][ \t]+)?)"
    r"(?P<codes>[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10}){0,3}"
    r"(?:(?:[ \t]*[,;]?[ \t]+|[ \t]*[,;]?[ \t]*\n[ \t]*(?:[-*•][ \t]+)?)[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10}){0,3}){0,15})"
)
_CODE = re.compile(r"[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10}){0,3}")
# One recovery code as its service printed or its owner wrote it down, its symbols in it, after the cue and a colon in
# the same clause ("backup code he wrote down: 2LU2rE2bKe+hvrquQE1u&."): letters and figures, to the space or the end
# of the sentence.
_ONE_RECOVERY_CODE = re.compile(_RECOVERY_CUE + r"[^\n:.!?]{0,40}:[ \t]*(?P<value>\S{6,64})")

# Credentials passed positionally: `server.login('me@x.com', 'pw')`, `auth=('user', 'pw')`,
# `HTTPBasicAuth("u", "p")`, `curl -u user:pw`, `sshpass -p pw`, `mysql -ppw`.
_CREDENTIAL_CALL = re.compile(
    r"(?i:\b(?:login|log_in|signin|sign_in|authenticate|auth|connect|basicauth|httpbasicauth|httpdigestauth|"
    r"credentials?|set_credentials|bind|simple_bind_s)\s*(?:=\s*)?[(\[]\s*)"
    r"(?P<uq>[\"'])[^\"'\n]{1,100}(?P=uq)\s*,\s*(?P<q>[\"'])(?P<value>[^\"'\n]{4,128})(?P=q)"
)
_CALL_HINT = re.compile(r"login|log_in|sign_?in|auth|connect|credential|bind")
_CLI_PASSWORD = re.compile(
    r"(?:\s(?:-u|--user)\s+[\"']?(?P<user>[^\s:\"']+):(?P<value>[^\s\"']{4,128})|\bsshpass\s+-p\s*[\"']?(?P<value2>[^\s\"']{4,128})|"
    r"\bmysql\b[^\n]*?\s-p(?P<value3>[^\s\"']{4,128}))"
)
# Credential files: ~/.pgpass "host:port:database:user:password", ~/.netrc "machine h login u password p".
# (a line that opens with an IPv6 address, an access log's, is no such file's: "2001:470:e200:d400:5ace:...")
_PGPASS = re.compile(r"(?m)^[ \t]*(?![0-9A-Fa-f:]+(?:\s|$))[\w.*-]+:(?:[0-9]{2,5}|\*):[\w.*-]+:[^\s:]+:"
                     r"(?P<value>(?:[^\s:\\]|\\.){4,128}(?=\s|$)(?:(?:[ ](?:[^\s:\\]|\\.)+)+(?=[ \t]*(?:\r?\n|$)))?)")
# (the last field runs to the line's end, spaces and all: "...:crm_app:pebble quartz nebula mossy")
_NETRC = re.compile(r"(?i)\bmachine\s+\S+\s+login\s+\S+\s+password\s+(?P<value>\S{4,128})")
# An AWS secret access key has no prefix: 40 base64 characters, believed next to an access key id.
_AWS_ID = re.compile(r"(?<![\w])(?:AKIA|ASIA)[0-9A-Z]{16}(?![\w])")
_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
# The signature of a shared-access URL (Azure SAS, presigned links) is a credential: "...&sig=Xk%2F...".
_SIG_PARAM = re.compile(r"[?&;](?:sig|signature|x-amz-signature|x-goog-signature)=(?P<value>[A-Za-z0-9%/+=_-]{20,})", re.IGNORECASE)

# scheme://user:password@host — the userinfo goes.
# A password may hold "@" itself: the userinfo runs to the last "@" before the host.
# The user may be an email address left unencoded, as mail DSNs are written ("smtp://ana@mail.pt:pw@smtp.host:465"):
# then the address is the user's email, and only what follows its ":" is the secret.
# (quotes, brackets and backticks, which a link does not hold unencoded, end it: '"https://10.0.0.5:8443"},{"value":
# "ana@x.com"' is two strings of a record, no "user:password@")
_URL_CREDENTIALS = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://(?P<userinfo>[^\s/@:\"'<>`]*(?:@[\w-]+(?:\.[\w-]+)+)?:[^\s/\"'<>`]+)@(?:[\w.-]+|\[[0-9a-f:.]+\])")  # user may be empty: redis://:pw@h

_PLACEHOLDER_SHAPES = re.compile(
    r"(?i)^(?:.*(?:your|example|sample|dummy|placeholder|changeme|change_me|replace_?me|fill_?me|set_?me|redacted|xxxx|\.\.\.|…|\*\*\*|<|>|\$\{|\{\{|"
    r"%s(?![A-Za-z0-9])|%\(\w+\)s|process\.env|os\.environ|getenv|env\[|secrets\.|settings\.).*|none|null|nil|true|false|undefined|"
    r"password|secret|token|string|str|bytes|int|any|secretstr|hidden|required|optional|\w+\(\w*\)?|[x*.#_-]+|\S*_HERE|abc123|1234|12345|123456|"
    r"foobared|changeit|"  # (the defaults Redis' and Java's keystore documentation print)
    r"\(sensitive(?:[ \t]+value)?\)?)$"  # (what Terraform prints for a value it hides: "password = (sensitive value)")
)

# "Changeme10$", "Welcome2024!": a default word made into a real password with capitals, figures and a symbol.
_DEFAULT_MADE_REAL = re.compile(r"^(?i:changeme|change_me|welcome|password|passw0rd)[0-9]{1,4}[!@#$%^&*?]+$")


class _Placeholders:
    """`_PLACEHOLDER_SHAPES`, but for the defaults made real ("Changeme10$"), and for a placeholder in base64 as
    Kubernetes' examples write it ("password: cGFzc3dvcmQ=" is "password", "YWRtaW4=" "admin"): `.match` as a
    compiled pattern's (a truthy value or None)."""

    @staticmethod
    def match(value: str) -> re.Match[str] | bool | None:
        if _DEFAULT_MADE_REAL.match(value):
            return None
        if _YAML_TAG.match(value):
            return True  # "password: !secret wifi_pw" (Home Assistant, ESPHome), "!vault |", "!Ref DbPassword": a reference
        return _PLACEHOLDER_SHAPES.match(value) or _BASE64_SHAPE.match(value) is not None and _base64_placeholder(value) or None


# A YAML tag that hands the value to a loader: Home Assistant's and ESPHome's "!secret", Ansible's "!vault",
# "!env_var", "!include", CloudFormation's "!Ref", "!Sub", "!GetAtt"...
_YAML_TAG = re.compile(r"^!(?i:secret|vault|env_var|env|include|include_dir_\w+|input|ref|sub|getatt|importvalue|join|select|"
                       r"split|base64|findinmap|getazs|cidr|if|equals|not|and|or)$")

_BASE64_SHAPE = re.compile(r"^(?:[A-Za-z0-9+/]{4}){1,6}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")
# The values of the documentation's examples, decoded: Kubernetes' Secret ("admin", "1f2d1e2e67df"), and the words
# every tutorial sets.
_DOC_VALUES = frozenset(("admin", "root", "user", "username", "test", "password", "passw0rd", "secret", "changeme", "mypassword",
                         "1f2d1e2e67df", "s3cr3t", "supersecret", "p@ssw0rd", "123456", "12345678", "letmein", "guest"))


def _base64_placeholder(value: str) -> bool:
    try:
        decoded = base64.b64decode(value, validate=True).decode("ascii").strip()
    except (ValueError, UnicodeDecodeError):
        return False
    return decoded.lower() in _DOC_VALUES or bool(_PLACEHOLDER_SHAPES.match(decoded))


_PLACEHOLDER = _Placeholders()

# Words joined by dots and ending in figures: a passphrase, not an attribute path ("butterscotch.tractor.lighthouse64").
_DOTTED_PASSPHRASE = re.compile(r"^[a-z]{3,}(?:\.[a-z]{3,}){2,}[0-9]{1,4}$"
                                # ... or four words or more joined by "_" or "-", as generators make them
                                # ("velvet_granite_copper_otter"), none of them a word that names code or a placeholder
                                r"|^(?!.*(?:^|[_-])(?:from|with|file|path|here|your|name|value|env|secret|pass|password|"
                                r"config|default|changeme|example|dummy|test)(?:[_-]|[0-9]*$))[a-z]{4,}(?:([_-])[a-z]{4,})(?:\1[a-z]{4,}){2,}[0-9]{0,4}$")
# A PowerShell cmdlet, an approved verb and a noun: "ConvertTo-SecureString", "Get-Credential".
_CMDLET = re.compile(r"^(?:Get|Set|New|Remove|Add|Clear|Convert(?:To|From)?|Copy|Enable|Disable|Export|Import|Invoke|Join|Move|"
                     r"Out|Read|Register|Rename|Resolve|Restart|Select|Send|Start|Stop|Test|Update|Write|Connect|Install|"
                     r"Find|Format|Protect|Unprotect|Use|Grant|Revoke)-[A-Z][A-Za-z]+$")
_CODE_REFERENCE = re.compile(r"^[A-Za-z_][A-Za-z_]*(?:\.[A-Za-z_]\w*)+$|^[a-z_]+$|^[A-Z_]+$|^[A-Z][a-z]+(?:[A-Z][a-z]+)*$")

# snake_case and camelCase names (`user_account_id_v2`, `maxRetryCount2`) are variables, not keys.
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$|^[a-z]+[0-9]*(?:[A-Z][a-z0-9]+)+$")

_ENV_STYLE = re.compile(r"^[A-Z][A-Z0-9_]*=")
# Where the secret is kept, not the secret: "credentials=/root/.smbcred", "password_file: ~/.config/app/pw",
# "secret: ./keys/dev.key" (a path of lower-case names, two levels at least or opening with "~/" or "./").
_FILE_PATH = re.compile(r"^(?:(?:~|\.{1,2})/|/[a-z0-9_.-]+/)(?:[a-z0-9_.-]+/)*\.?[a-z0-9_-]+(?:\.[a-z0-9]+)?$")


def find(text: str) -> list[Span]:
    """Keys, tokens, private keys, assigned passwords and URL credentials that are not placeholders."""
    spans = []
    for pattern, min_entropy, hints in (*((p, e, h) for (p, e), h in zip(_KEYS, _KEY_HINTS, strict=True)), *_MORE_KEYS):
        if not holds(text, hints):
            continue
        for m in pattern.finditer(text):
            group = "secret" if m.groupdict().get("secret") else 0
            value = m.group(group)
            # (an AWS key id is base32 after its prefix: by chance it may hold no figure, "AKIANZUWYACVOFKGKCNA")
            if (shannon_entropy(value) >= min_entropy and not _PLACEHOLDER.match(value)
                    and (_mixed(value) or pattern is _AWS_KEY_ID and "EXAMPLE" not in value)
                    and _DOC_JWT_PAYLOAD not in value and (not value.startswith("LS0tLS1CRUdJTi") or _pem_in_base64(value))):
                spans.append(Span(m.start(group), m.end(group), EntityType.SECRET, 0.95))
    if "PRIVATE KEY" in text or "Static key" in text:
        spans.extend(Span(m.start(), m.end(), EntityType.SECRET, 0.99) for m in _PEM.finditer(text))
    if "PuTTY-User-Key-File" in text:
        spans.extend(Span(m.start(), m.end(), EntityType.SECRET, 0.99) for m in _PUTTY.finditer(text))
    assigned = "=" in text or ":" in text
    for pattern, kind, cued in ((_ASSIGNMENT, "assigned", assigned),
                                (_FOREIGN_ASSIGNMENT, "assigned", assigned and contains(text, FOREIGN_HINTS)),
                                (_BEARER, "bearer", mentions(text, _BEARER_CUES)),
                                (_SAID, "said", mentions(text, _SAID_CUES))):
        if not cued:
            continue
        for m in pattern.finditer(text):
            if text[m.start() - 3 : m.start()] == "://":
                continue  # "https://gitlab-ci-token:glpat-...@host": a URL's userinfo, taken below as such
            value = m.group("value")
            value_end = m.end("value")
            if (kind == "assigned" and "&" in value and not m.group("q") and not _env_line(text, m)
                    and (cut := _NEXT_PARAM.search(value))):
                value, value_end = value[: cut.start()], m.start("value") + cut.start()  # "?token=...&dl=0": one parameter
                if len(value) < 4:
                    continue
            cut_at_param = value_end < m.end("value")
            after = text[value_end : value_end + 1]
            if (value[-1:] in ".,;?" and not value.endswith("..") and not m.groupdict().get("q") and not cut_at_param  # the sentence's, not the password's
                    and (not after or after.isspace())  # ... which a space or the end follows ("Password=Xy7.;Encrypt=...")
                    and (value[-1] != "?" or _SENTENCE_AFTER.match(text, value_end))  # ("PGPASSWORD=Xy7? psql ...": the value's)
                    and not (kind == "assigned" and _whole_line(text, m.start(), value_end))  # ... unless it ends a YAML line
                    and not (kind == "assigned" and after in ("\n", "\r") and text[m.start() - 1 : m.start()] not in ("?", "&")
                             and _data_not_code(text, m.start()))):  # ... or an inventory's (a link's ends a sentence)
                value, value_end = value[:-1], value_end - 1
            if kind == "assigned" and not m.group("q") and value.endswith(":") and "\n" in text[m.end("value") - len(m.group("value")) - 8 : m.start("value")]:
                continue  # "chpasswd:\n  list: |": the next YAML key under a mapping, not its value
            if value.isdigit() and _PUBLIC_NUMBER_NAME.search(m.group()):
                continue  # "api_key='636194814621553'" (Cloudinary), "app_id": an account's public number; its secret is apart
            if _KEY_ID_NAME.match(m.group()) and _HEX_ONLY.match(value):
                continue  # "private_key_id": "865dfb88...": which key it is (a digest of it), not the key
            if kind == "assigned" and (m.groupdict().get("q") or _ENV_STYLE.match(m.group())):
                kind_here = "literal"  # a quoted string or a .env line holds the value itself
            else:
                kind_here = kind
            if kind_here == "assigned" and not _looks_like_password(value, kind_here) and (
                    _data_not_code(text, m.start()) or _DOTTED_PASSPHRASE.match(value) and _whole_line(text, m.start(), value_end)):
                kind_here = "literal"  # (a YAML line "mqtt_password: otter.maple.cobalt.heron64": words and figures, no attribute)
            if kind_here == "said" and value.rstrip(".,;:?!").lower() in _STATE_WORDS:
                continue  # "the registry password was masked?": what became of it, not what it is
            if _looks_like_password(value, kind_here):
                spans.append(Span(m.start("value"), value_end, EntityType.SECRET, 0.85))
    for m in _PROSE.finditer(text) if mentions(text, _PROSE_CUES) else ():
        group = "qvalue" if m.group("qvalue") is not None else "value"
        value, end = m.group(group), m.end(group)
        # Sentence punctuation is not the password's; "!" only ends the sentence before a space or the end.
        if group == "value" and (value[-1:] in ".,;?)" or value[-1:] == "!" and _SENTENCE_AFTER.match(text, end)):
            value, end = value[:-1], end - 1
        if _PLACEHOLDER.match(value) or _CODE_REFERENCE.match(value) and group == "value" or _CMDLET.match(value):
            continue  # ("$pw = ConvertTo-SecureString ...": the cmdlet that makes the password, not the password)
        if group == "qvalue" or not value.isalpha() or not value.islower() and not value.istitle():
            spans.append(Span(m.start(group), end, EntityType.SECRET, 0.85))
    for m in _ENV_LINE.finditer(text) if "=" in text else ():
        value, end = m.group("value"), m.end("value")
        if value[-1] in ".,;" and text[end : end + 1] in (" ", "\t"):
            value, end = value[:-1], end - 1  # "AWS_SECRET_ACCESS_KEY=wJa...Kq. O servidor é ...": prose goes on after it
        if _random(value) or not _PLACEHOLDER.match(value) and _looks_like_password(value, "literal"):
            spans.append(Span(m.start("value"), end, EntityType.SECRET, 0.85))
    lower = text.lower()
    keyed = _KEYED.finditer(text) if any(w in lower for w in ("key", "sig", "salt", "auth")) else ()
    for m in keyed:
        value, end = m.group("value"), m.end("value")
        if not m.group("q") and value[-1] in ".," and text[end : end + 1] in (" ", "\t"):
            value, end = value[:-1], end - 1  # the sentence's: "...=wJa...Kq. O servidor é ..."
        if _PUBLIC_BEFORE.search(text, max(0, m.start() - 8), m.start() + 10):
            continue  # "public key: age1...", "public_key = ...": published on purpose
        if value.startswith("//") and text[m.start("value") - 1] == ":":
            continue  # "otpauth://totp/...": a link's scheme, not a key's value (its "secret=" parameter is found apart)
        if _HEX_ONLY.match(value) and _DIGEST_WORDS.search(text, max(0, m.start() - 30), m.start("value")):
            continue  # "sha256 digest, key: 9f86...", "the commit key: 3f9c...": a digest or an id
        if (_random_enough(value) and _mixed(value) and not _PLACEHOLDER.match(value)
                and not _CODE_REFERENCE.match(value) and not _identifier(value)):
            spans.append(Span(m.start("value"), end, EntityType.SECRET, 0.85))
    calls = finditer_words(_CREDENTIAL_CALL, text) if ("(" in text or "[" in text) and _CALL_HINT.search(lower) else ()
    for m in calls:
        if not _PLACEHOLDER.match(m.group("value")) and not m.group("value").isspace():
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    for pattern, needed in ((_CLI_PASSWORD, " -"), (_PGPASS, ":"), (_NETRC, "machine")):
        if needed not in lower or pattern is _PGPASS and text.count(":") < 4:
            continue
        for m in pattern.finditer(text):
            group = next(g for g in ("value", "value2", "value3") if m.groupdict().get(g))
            value, end = m.group(group), m.end(group)
            if pattern is _CLI_PASSWORD and value[-1] in ".,;" and (end == len(text) or text[end].isspace()):
                value, end = value[:-1], end - 1  # "Works with curl -u bob:Xy7!pq." — the sentence's full stop
            if len(value) >= 4 and not _PLACEHOLDER.match(value):
                # curl's "-u user:password" is HTTP Basic's pair, as a link's "user:password@": the pair goes whole
                # (unless the user is an email address, which is found as such)
                user = m.group("user") if pattern is _CLI_PASSWORD and group == "value" else None
                start = m.start("user") if user and "@" not in user else m.start(group)
                spans.append(Span(start, end, EntityType.SECRET, 0.85))
    if search_words(_AWS_ID, text) or "aws_secret" in text.lower():
        for m in _AWS_SECRET.finditer(text):
            value = m.group()
            if shannon_entropy(value) >= 4.0 and _mixed(value) and not _PLACEHOLDER.match(value):
                spans.append(Span(m.start(), m.end(), EntityType.SECRET, 0.85))
    for m in _SIG_PARAM.finditer(text) if "sig" in lower else ():
        if shannon_entropy(m.group("value")) >= 3.5:
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    for m in _DECODED.finditer(text) if contains(text, _DECODED_CUES) else ():
        value = m.group("value").rstrip(".,;")
        # Decoding a Kubernetes secret or a password field: what comes out is the secret, random or not.
        about_secret = _SECRET_WORD.search(text, max(0, m.start() - 80), m.start())
        if (shannon_entropy(value) >= (2.5 if about_secret else 3.3) and _mixed(value) and not _PLACEHOLDER.match(value)
                and not _CODE_REFERENCE.match(value) and len(value) >= (6 if about_secret else 12)):
            spans.append(Span(m.start("value"), m.start("value") + len(value), EntityType.SECRET, 0.8))
    if ("/" in text or ":" in text) and mentions(text, _LOGIN_CUES):
        for m in _LOGIN_PAIR.finditer(text):
            value = m.group("value").rstrip(".,;)")
            if (len(value) >= 4 and not value.startswith("/") and "//" not in value and not _PLACEHOLDER.match(value)
                    and any(c.isdigit() or not c.isalnum() for c in value) and not value.isdigit()
                    and not _CODE_REFERENCE.match(value) and not _DATE_OR_TIME.match(value)):
                spans.append(Span(m.start("value"), m.start("value") + len(value), EntityType.SECRET, 0.8))
    if "code" in lower or "kody" in lower or "códigos" in lower or "codici" in lower or "коды" in lower:
        spans.extend(_recovery_codes(text))
    if "</" in text or "value" in lower or "variable" in lower:
        spans.extend(_markup(text))
    if "ookie" in lower:
        spans.extend(_cookies(text))
    if (assigned or "\t" in text) and ("sess" in lower or "sid" in lower or "srf" in lower or "remember" in lower):
        spans.extend(_session_values(text))
    if "authorization" in lower:
        spans.extend(_authorization(text))
    if "\n" in text and ("print" in lower or "echo" in lower or "console.log" in lower or "puts" in lower or "write-" in lower):
        spans.extend(_printed(text))
    if "auth-user-pass" in lower:
        spans.extend(_auth_files(text))
    if "--" in text:
        spans.extend(_cli_flags(text))
    if mentions(text, _CUED_WORDS):
        spans.extend(_cued_tokens(text))
    if "://" in text:
        for m in _URL_CREDENTIALS.finditer(text):
            user, password = m.group("userinfo").split(":", 1)
            if not _PLACEHOLDER.match(password):
                start = m.start("userinfo") + (0 if user and "@" not in user else len(user) + 1)
                spans.append(Span(start, m.end("userinfo"), EntityType.SECRET, 0.9))
    if "basic" in lower:
        spans.extend(_basic_auth(text))
    if "/" in text and contains(text, _SLASH_CUES):
        spans.extend(_slash_pairs(text))
    if "\n" in text and contains(text, _COLUMN_HINTS):
        spans.extend(_secret_columns(text))
    spans.extend(_seed_phrases(text))
    spans.extend(_tool_secrets(text, lower))
    if "[" in text and "key" in lower:
        spans.extend(_byte_keys(text))
    if "://" in text and "@" in text:
        spans.extend(_url_keys(text))
    if "://" in text and contains(text, _PATH_KEY_HINTS):
        spans.extend(_path_keys(text))
    if "\n" in text and contains(text, ("secret", "passwd")):
        spans.extend(_secrets_file_lines(text))
    if "AC" in text or "(\"ac" in text or "('ac" in text:
        spans.extend(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.9) for m in _TWILIO_PAIR.finditer(text))
    spans.extend(_config_forms(text, lower))
    spans.extend(_base64_credentials(text))
    if "value" in lower:
        spans.extend(_valued_settings(text))
    if "API" in text:
        spans.extend(_api_labels(text))
    if "pass" in lower or "pw" in lower:
        spans.extend(_user_then_pass(text))
    if "phrase" in lower:
        spans.extend(_phrases_told(text))
    if contains(text, _OTP_CUES):
        spans.extend(_otp_keys(text))
    spans.extend(_access_codes(text, lower))
    if "\n" in text or "{" in text:
        spans.extend(_credential_files(text))
    if "SHA256:" in text:
        spans = [s for s in spans if not _FINGERPRINT.match(text, max(0, s.start - 7))]
    if "?" in text and "://" in text and spans:
        spans = _outside_personal_links(text, spans)
    if _DOC_JWT_PAYLOAD in text:  # jwt.io's example, however it was cued ("the sample token eyJ...")
        spans = [s for s in spans if _DOC_JWT_PAYLOAD not in text[s.start : s.end]]
    return spans


# An authenticator's setup key as sites show it and people copy it down, in a text about two-factor sign-in: base32
# in spaced groups of four ("DUZH JQPF L7NF E7MG K5F6 QYHS IVZ7 35JU", "jbsw y3dp ehpk 3pxp"), which no other rule reads
# as one value, or unspaced, as the site's "can't scan?" link gives it ("the TOTP seed 5RM6E52JSSZEEGXUTCFD6IUT6T7T2U7D"),
# where no key name may stand before it: 16 to 64 characters of one case, base32's alphabet only. A key holds base32's
# figures (2-7) and does not repeat its letters; a course or licence code in the spaced shape ("ABCD EFGH IJKL MNOP",
# "XXXX XXXX XXXX XXXX") does neither, and unspaced, a word and a figure ("PRODUCTIONDATABASE2") is a name: a seed
# needs two figures and more spread there.
_OTP_CUES = ("2fa", "two-factor", "two factor", "2-factor", "mfa", "totp", "authenticator", "setup key", "2-step",
             "two-step", "one-time", "otp")
_BASE32_KEY = re.compile(r"(?<![\w-])(?:[A-Z2-7]{4}(?: [A-Z2-7]{4}){3,7}|[a-z2-7]{4}(?: [a-z2-7]{4}){3,7}"
                         r"|[A-Z2-7]{16,64}|[a-z2-7]{16,64})(?![\w-])")


def _otp_keys(text: str) -> list[Span]:
    spans = []
    for m in _BASE32_KEY.finditer(text):
        key = m.group().replace(" ", "")
        least_figures, least_entropy = (1, 3.0) if " " in m.group() else (2, 3.5)
        if (sum(c in "234567" for c in key) >= least_figures and shannon_entropy(key) >= least_entropy
                and not key.isdigit() and len(set(key)) >= len(key) // 2 and not _PLACEHOLDER.match(key)):
            spans.append(Span(m.start(), m.end(), EntityType.SECRET, 0.85))
    return spans


# A login and its password written "user / password" after a word for the account or the network: "login admin /
# Kx7#...", "The PPPoE login is ana@isp.pt / ...", "Wi-Fi: CoLab-Members / ...", "Guest network: CoLab-Guest / ...".
# The spaced slash parts the two; the password must hold a figure or a symbol (not "login / logout").
_SLASH_PAIR = re.compile(
    r"(?i:\b(?:logins?|log-in|sign-in|account|user(?:name)?|creds|credentials|wi-?fi|wlan|ssid|(?:guest[ \t]+)?network|"
    r"pppoe|zugang|anmeldung|identifiant|usuario|utente|gebruiker|konto|tunnus|fiók|účet)\b)"
    r"[^\n/]{0,40}?[ \t:]"
    r"(?P<user>[^\s/]{2,64})[ \t]+/[ \t]+(?P<value>[^\s\"'`]{4,128})"
    # ... or the administrators' account that names itself ("NAS at 10.0.0.5:5001, admin / Kx7...", "root / ...")
    r"|(?i:(?<![\w/.-])(?:admin|administrator|root|ubnt|pi))[ \t]+/[ \t]+(?P<value2>[^\s\"'`]{4,128})"
)
_SLASH_CUES = ("admin", "root", "ubnt", "pi /", "login", "log-in", "sign-in", "account", "user", "creds", "credential", "wi-fi", "wifi", "wlan", "ssid",
               "network", "pppoe", "zugang", "anmeldung", "identifiant", "usuario", "utente", "gebruiker", "konto", "tunnus",
               "fiók", "účet")


def _slash_pairs(text: str) -> list[Span]:
    spans = []
    for m in _SLASH_PAIR.finditer(text):
        group = "value" if m.group("value") is not None else "value2"
        value = m.group(group)
        end = m.end(group)
        if value[-1] in ".,;:)?" and (end == len(text) or text[end].isspace()):
            value, end = value[:-1], end - 1  # the sentence's punctuation, once
        if (len(value) < 6 or not any(c.isalpha() for c in value)
                or not any(c.isdigit() or c in _SLASH_SYMBOLS for c in value) or "/" in value or "://" in value
                or _PLACEHOLDER.match(value) or _DATE_OR_TIME.match(value)
                or _NUMBER_AND_UNIT.fullmatch(value)):
            continue
        spans.append(Span(m.start(group), end, EntityType.SECRET, 0.8))
    return spans


_SLASH_SYMBOLS = frozenset("!@#$%^&*+=?~_.-")
_NUMBER_AND_UNIT = re.compile(r"[0-9.]+[a-zA-Z]{0,3}")  # "5.0GHz", "2.4g": a figure, not a password

# A table whose header names a password, a secret or a token column ("User name,Password,Access key ID,Secret access
# key" as AWS exports a user's credentials, "login;password;email", a Markdown table): the cells of that column are.
_COLUMN_HINTS = ("password", "passwd", "secret", "token", "api key", "api_key", "apikey", "passwort", "kennwort",
                 "wachtwoord", "contraseña", "mot de passe", "senha", "hasło", "пароль")
_SECRET_COLUMN = re.compile(
    r"(?i)^(?:[\w -]*(?:password|passwd|passwort|kennwort|wachtwoord|contraseña|mot de passe|senha|hasło|пароль)"
    r"|(?:[\w -]*[ _-])?(?:secret(?:[ _-]?(?:access[ _-]?)?key)?|api[ _-]?key|apikey|token|access[ _-]?token|client[ _-]?secret))$"
)


def _secret_column(header: str) -> bool:
    return bool(_SECRET_COLUMN.match(header)) and not _ABOUT_SECRET.search(header)


def _secret_columns(text: str) -> list[Span]:
    spans = []
    for start, end, value, last in column_cells(text, _secret_column):
        if " " in value and last:
            value = value.split(" ", 1)[0]  # the row's last cell, then the prompt's prose: "...,Xy7#q2 thanks!"
            end = start + len(value)
        if len(value) < 4 or _PLACEHOLDER.match(value) or _VARIABLE.match(value) or " " in value:
            continue
        spans.append(Span(start, end, EntityType.SECRET, 0.85))
    return spans


# What a sentence says became of a password, after "my password is" or "the password was".
_STATE_WORDS = frozenset(
    """masked hidden redacted wrong incorrect invalid expired changed reset rejected accepted correct right empty blank
    missing required ok okay fine leaked compromised stolen saved stored encrypted hashed visible shown printed exposed
    removed rotated updated same different weak strong short long lost forgotten locked unknown known case-sensitive
    disabled enabled working broken revoked""".split()
)
_DATE_OR_TIME = re.compile(r"^[0-9]{1,4}(?:[./:-][0-9]{1,4})*(?:[ap]m)?$", re.IGNORECASE)


def _code_shape(value: str) -> tuple[int, ...]:
    return tuple(len(part) for part in value.split("-"))


def _recovery_codes(text: str) -> list[Span]:
    spans = []
    for m in _ONE_RECOVERY_CODE.finditer(text):
        value = m.group("value").rstrip(".,;")
        if (len(value) >= 6 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
                and not _PLACEHOLDER.match(value)):
            spans.append(Span(m.start("value"), m.start("value") + len(value), EntityType.SECRET, 0.85))
    for m in _RECOVERY.finditer(text):
        end = m.start("codes")
        shape = None
        for code in _CODE.finditer(text, m.start("codes"), m.end("codes")):
            value = code.group()
            # a code of the same shape as the one before it is one more of the list, figure or not ("altz-zat4", "qpyd-xjsh")
            if (not any(c.isdigit() for c in value) and _code_shape(value) != shape) or len(value) < 6:  # (not "backup codes 2024")
                break  # the codes are over: "recovery code: 8H2K-9XQ4 didn't work"
            shape = _code_shape(value)
            end = code.end()
        if end > m.start("codes"):
            spans.append(Span(m.start("codes"), end, EntityType.SECRET, 0.85))
    return spans


def _markup(text: str) -> list[Span]:
    """Values of elements, attributes and variables named for a secret; a password whatever it looks like, a
    token or a key when it looks generated."""
    spans = []
    for m in _MARKUP.finditer(text):
        group = next(g for g in ("value", "value2", "value3", "value4") if m.group(g) is not None)
        name, value = m.group("tag") or m.group("attr") or m.group("var") or m.group("kname"), m.group(group)
        if (_PLACEHOLDER.match(value) or _VARIABLE.match(value) or _PUBLIC_BEFORE.search(name) or value.isspace()
                or _ABOUT_SECRET.search(name) or "://" in value or value.isdigit() and len(value) < 6):
            continue
        if _PASSWORD_NAME.search(name) or _random_enough(value) and _mixed(value) and not _identifier(value):
            spans.append(Span(m.start(group), m.end(group), EntityType.SECRET, 0.85))
    return spans


_LINK = re.compile(r"(?i)(?<![\w@])https?://[^\s<>\"'`]+")


def _outside_personal_links(text: str, spans: list[Span]) -> list[Span]:
    """The spans but those in the query of a link that points at someone ("...verify?email=ana%40x.pt&token=...",
    a Dropbox share's "?rlkey=..."): contact.py takes that link whole, the token with it."""
    from llmvpn.privacy.recognizers.contact import carries_someone  # (contact imports nothing of ours)

    queries = []
    for m in _LINK.finditer(text):
        url = m.group().rstrip(".,;:!?)]}'\"")
        if "?" in url and carries_someone(url):
            queries.append((m.start() + url.index("?"), m.start() + len(url)))
    if not queries:
        return spans
    return [s for s in spans if not any(q_start < s.start and s.end <= q_end for q_start, q_end in queries)]


# HTTP Basic authentication: "Authorization: Basic <base64 of user:password>". Decoded, it is a login and its
# password in clear, whatever the password looks like; anything that does not decode to "user:password" is left.
_BASIC = re.compile(r"(?i:\bbasic)[ \t]+(?P<value>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])")


def _basic_auth(text: str) -> list[Span]:
    spans = []
    for m in _BASIC.finditer(text):
        value = m.group("value")
        try:
            decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        user, colon, password = decoded.partition(":")
        if colon and password and decoded.isprintable() and not _PLACEHOLDER.match(password):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.9))
    return spans


# A wallet's recovery (seed) phrase: twelve to twenty-four short lower-case words (BIP-39) after the words that
# name it. Whoever holds them holds the money.
_SEED_HINTS = ("seed", "recovery phrase", "mnemonic", "secret phrase", "backup phrase", "wallet words", "frase semilla",
               "frase de recupera", "phrase de récupération", "wiederherstellungsphrase", "herstelzin", "frase di recupero",
               "fraza odzyskiwania", "frase-semente", "palavras de recupera")
_SEED_CUE = re.compile(
    r"(?i)\b(?:seed|recovery|mnemonic|secret|backup)[ \t-]*(?:phrase|words|sentence)\b|\bmnemonic\b|\bfrase semilla\b|"
    r"\bfrase de recupera(?:ci[oó]n|[cç][aã]o)\b|\bphrase de récupération\b|\bwiederherstellungsphrase\b|\bherstelzin\b|"
    r"\bfrase di recupero\b|\bfraza odzyskiwania\b|\bfrase-semente\b|\bpalavras de recupera[cç][aã]o\b"
)
_FUNCTION_WORDS = frozenset(
    """the a an and or but if of to in on at by for with from into onto as is are was were be been being am do does did
    have has had will would shall should can could may might must not no it its i you he she we they me him her us them
    my your his our their this that these those there here then than so too very what which who whom whose when
    where why how""".split()
)
_SEED_WORDS = re.compile(r"(?<![\w-])[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,23}(?![\w-])")
# (the same run where a value starts: after a colon, a line break or a quote; the delimiter first, for speed)
_SEED_RUN = re.compile(r"[:：\n\"'“「(][ \t]*(?P<run>[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,23})(?![\w-])")


def _seed_phrases(text: str) -> list[Span]:
    spans = []
    # Named or not (in any language: "復元フレーズ：...", "сид-фразу: ...", an OCR'd card "1-6: ..."), twelve words and
    # more of the BIP-39 list are a seed phrase: prose runs no twelve words of three letters or more without a "to", an
    # "a" or a comma between them, let alone from that list. (one word in twelve may be off it: a typo, a misreading)
    # (looked for where a value starts: the text's start, a line's, after a colon or a quote)
    first = _SEED_WORDS.match(text)
    runs = [(m.start("run"), m.end("run")) for m in _SEED_RUN.finditer(text)] + ([first.span()] if first else [])
    for start, end in runs:
        words = text[start:end].split()
        if (sum(w not in BIP39_WORDS for w in words) <= len(words) // 12
                and sum(w in _FUNCTION_WORDS for w in words) <= 1):
            spans.append(Span(start, end, EntityType.SECRET, 0.9))
    for cue in _SEED_CUE.finditer(text) if contains(text, _SEED_HINTS) else ():
        m = _SEED_WORDS.search(text, cue.end(), cue.end() + 400)
        # (prose is made of function words; a seed phrase of the BIP-39 list, whose words are nouns, verbs and
        # adjectives, common ones among them ("action", "before", "another"), holds none of these)
        if (m is not None and m.start() - cue.end() <= 60
                and sum(w in _FUNCTION_WORDS for w in m.group().split()) <= 1):
            spans.append(Span(m.start(), m.end(), EntityType.SECRET, 0.9))
    return spans


# Twilio's client is made with the account SID and the auth token: `Client("AC<32 hex>", "<32 hex>")`.
_TWILIO_PAIR = re.compile(r"(?<![\w])(?:AC|ac)[0-9a-f]{32}[\"']?[ \t]*,[ \t]*[\"'](?P<value>[0-9a-f]{32})[\"']")


# An SSH key's fingerprint as ssh prints it ("SHA256:" and 43 characters of unpadded base64) is a hash of a public
# key, shown on every first connect: not a secret.
_FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=])")


# A Cookie header in any dress (`Cookie: a=1; b=2`, curl's `-H 'cookie: ...'`, a HAR export's
# `{"name": "Cookie", "value": "..."}`, `Set-Cookie:`): the name=value pairs after it on its line.
_COOKIE_CUE = re.compile(r"(?i)cookie\b[\"']?\s*(?::|,\s*\"value\"\s*:)\s*[\"']?")
_COOKIE_PAIR = re.compile(r"(?P<name>[\w.%$-]+)=(?P<value>[^;\s\"'\\,]+)")
# A cookie named for a session or a login holds one; any other holds one when its value is long and random
# (".AspNetCore.Cookies=CfDJ8..."), not a preference ("theme=dark", "lang=en-GB", "cookie_consent=essential").
_SESSION_NAME = re.compile(r"(?i)sess|sid|auth|token|login|logged|remember|jwt|csrf|xsrf|secret|identity|cookies")


def _cookies(text: str) -> list[Span]:
    spans = []
    for cue in _COOKIE_CUE.finditer(text):
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        for m in _COOKIE_PAIR.finditer(text, cue.end(), line_end):
            value = m.group("value")
            if len(value) < 16 or not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
                continue
            named = bool(_SESSION_NAME.search(m.group("name")))
            random = named and shannon_entropy(value) >= 3.0 or len(value) >= 24 and shannon_entropy(value) >= 4.0
            if random and not _PLACEHOLDER.match(value):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    return spans


# A session or anti-forgery value outside a Cookie header: a cookie jar copied from the browser
# ("sessionid=...; csrftoken=..."), a session in a log line or a query string. Long and random only. ("sid" only as
# a name of its own, "sid=", "connect.sid=": TWILIO_ACCOUNT_SID is an account's id.)
_SESSION_VALUE = re.compile(
    r"(?i:(?:sess(?:ion)?(?:[_.-]?(?:id|key|token))?|(?<![\w])sid|csrf[_-]?token|xsrf[_-]?token|remember[_-]?(?:token|me))"
    r"[\"']?(?:[ \t]*[=:][ \t]*|\t+)[\"']?)(?P<value>[^;\s\"'\\,&]{16,4096})"
)  # (or a tab: a browser's cookie table copied as it shows it, "Name<TAB>Value")


def _session_values(text: str) -> list[Span]:
    spans = []
    for m in _SESSION_VALUE.finditer(text):
        value = m.group("value").rstrip(".")
        # letters with figures, or a long run of random mixed-case letters ("LwguenGQgNtIxWFJcYIzjboNzmjfVBnC")
        shaped = (any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and shannon_entropy(value) >= 3.0
                  or len(value) >= 24 and _mixed(value) and shannon_entropy(value) >= 4.0)
        if shaped and not _PLACEHOLDER.match(value) and not _UUID_ONLY.match(value) and not _identifier(value):
            spans.append(Span(m.start("value"), m.start("value") + len(value), EntityType.SECRET, 0.85))
    return spans


# What a console printed for a name that holds a secret: the line after a command or a call that prints it
# (">>> print(userdata.get('COHERE_KEY'))", "$ echo $API_TOKEN", "console.log(process.env.DB_PASSWORD)") is the
# secret, when it looks generated.
_PRINTED = re.compile(
    r"(?im)^[ \t]*(?:>>>|\$|%|In[ \t]*\[[0-9]*\]:)?[ \t]*(?:print|echo|console\.log|puts|printenv|write-output|write-host)\b"
    r"[^\n]*?(?:key|token|secret|passw(?:or)?d|pwd|credential)[^\n]*\r?\n[ \t]*(?:Out[ \t]*\[[0-9]*\]:[ \t]*)?"
    r"(?P<q>['\"]?)(?P<value>[^\s'\"]{16,4096})(?P=q)[ \t]*\r?$"
)


def _printed(text: str) -> list[Span]:
    spans = []
    for m in _PRINTED.finditer(text):
        value = m.group("value")
        if _random_enough(value) and _mixed(value) and not _identifier(value) and not _PLACEHOLDER.match(value):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    return spans


# OpenVPN's auth-user-pass file: the user name on one line, the password on the next. Where a text speaks of it, a
# line of one word with a figure or a symbol right under a line that is a user name or an email address is the
# password. (a config's directives, "persist-key", "nobind", hold neither)
_AUTH_FILE_PAIR = re.compile(r"(?m)^[ \t]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-Za-z][\w.-]{1,63})[ \t]*\r?\n"
                             r"[ \t]*(?P<value>[^\s<>/#;][^\s]{3,127})[ \t]*\r?$")
_PASSWORD_SYMBOLS = frozenset("!@#$%^&*?+=~")


def _auth_files(text: str) -> list[Span]:
    spans = []
    for m in _AUTH_FILE_PAIR.finditer(text):
        value = m.group("value")
        if (any(c.isalpha() for c in value) and any(c.isdigit() or c in _PASSWORD_SYMBOLS for c in value)
                and "://" not in value and "@" not in value[1:] and not _PLACEHOLDER.match(value)):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8))
    return spans


# "Authorization: <scheme> <credentials>" for the schemes that carry a key or a token as is (Token, ApiKey, SSWS,
# Splunk, GenieKey, Key, Digest's response...): the credentials when they look generated. Basic has its own rule.
_AUTHORIZATION = re.compile(
    r"(?i:\bauthorization\b[\"']?[ \t]*[:=][ \t]*[\"']?)(?:(?P<scheme>[A-Za-z][\w-]{1,20})[ \t]+)?"
    r"(?P<value>[A-Za-z0-9._~+/=:$-]{16,4096})"
)


def _authorization(text: str) -> list[Span]:
    spans = []
    for m in _AUTHORIZATION.finditer(text):
        value = m.group("value").rstrip(".:")
        if (m.group("scheme") or "").lower() == "basic" or _PLACEHOLDER.match(value):
            continue
        if _random_enough(value) and _mixed(value) and not _identifier(value):
            spans.append(Span(m.start("value"), m.start("value") + len(value), EntityType.SECRET, 0.85))
    return spans


# Secrets in the places well-known tools keep them, each found by its own layout: the layout says what the value is,
# so it need not look random. (hints: literals one of which the text must hold before the pattern is tried)
_TOOL_SECRETS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (hints, re.compile(p))
    for hints, p in (
        # PowerShell: ConvertTo-SecureString "..." -AsPlainText, the password in clear in a script
        (("securestring",), r"(?i:convertto-securestring)[ \t]+(?:-String[ \t]+)?(?P<q>[\"'])(?P<value>[^\"'\n]{4,128})(?P=q)"),
        # a Wi-Fi QR code's string: "WIFI:T:WPA;S:Home;P:<password>;;"
        (("wifi:",), r"(?i:\bWIFI:)[^\n]{0,80}?(?<=[:;])P:(?P<value>(?:\\.|[^;\\\s]){4,63});"),
        # OpenWrt's uci: "wireless.default_radio0.key='...'", "uci set wireless.wifinet1.sae_password=..."
        (("wireless.", "network."), (r"(?i:\b(?:wireless|network)\.[\w@\[\]-]+\.(?:key[1-4]?|password|sae_password|auth_secret|"
                                     r"private_key|preshared_key|psk))=(?P<q>['\"]?)(?P<value>[^'\"\s]{4,128})(?P=q)")),
        # Windows: "net use Z: \\host\share /user:DOM\user PASSWORD", "cmdkey /add:host /user:u /pass:PASSWORD"
        (("/user:", "/u:"), r"(?i:\bnet[ \t]+use\b[^\n]*?[ \t]/u(?:ser)?:[^\s]+[ \t]+)(?P<value>[^\s/\"'][^\s\"']{3,127})"),
        (("/pass:",), r"(?i:[ \t]/pass(?:word)?:)(?P<q>[\"']?)(?P<value>[^\s\"']{4,128})(?P=q)"),
        # Samba's clients take "user%password": "smbclient //nas/share -U backup%..."
        (("smbclient", "rpcclient", "smbmap", "smbget", "winexe", "smbcacls"),
         (r"(?i:\b(?:smbclient|rpcclient|smbmap|smbget|winexe|smbcacls)\b[^\n]*?[ \t](?:-U|--user(?:name)?=?)[ \t]*[\"']?[^\s%\"']+%)"
          r"(?P<value>[^\s\"']{4,128})")),
        # "wpa_passphrase SSID passphrase": the network's key in clear
        (("wpa_passphrase",), r"(?i:\bwpa_passphrase[ \t]+(?:\"[^\"\n]+\"|'[^'\n]+'|\S+)[ \t]+)(?P<q>[\"']?)(?P<value>[^\s\"']{8,63})(?P=q)"),
        # the clients whose "-P" is the password (SQL Server's sqlcmd, bcp, osql; Mosquitto's; not mysql's, whose -P is a port)
        (("sqlcmd", "osql", "bcp ", "mosquitto_", "mssql-cli", "isql"),
         (r"(?i:\b(?:sqlcmd|osql|bcp|mosquitto_(?:pub|sub|rr)|mssql-cli|isql)\b[^\n]*?[ \t]-P[ \t]*)"
          r"(?P<q>[\"']?)(?P<value>[^\s\"']{4,128})(?P=q)")),
        # a Cloudflare tunnel's token, as the dashboard's install line hands it ("cloudflared service install <token>",
        # "cloudflared tunnel run --token <token>")
        (("cloudflared",), r"(?i:\bcloudflared\b[^\n]*?[ \t](?:service[ \t]+install|--token)(?:[ \t]+|=))(?P<value>[A-Za-z0-9+/_=-]{40,})"),
        # a DNS provider's API token in a Caddyfile ("dns cloudflare <token>")
        (("dns ",), (r"(?i:(?<![\w-])dns[ \t]+(?:cloudflare|digitalocean|duckdns|godaddy|hetzner|gandi|porkbun|vultr|linode|"
                     r"namecheap|desec|ovh|dnsimple|ionos|netlify|namesilo|njalla)[ \t]+)(?P<value>[A-Za-z0-9_.-]{16,128})(?![\w.-])")),
        # a setting set from the command line, named for a secret: "wp config set DB_PASSWORD '...'",
        # "dotnet user-secrets set \"Smtp:Password\" \"...\"", "heroku config:set" (its NAME=value form is an assignment)
        (("config set", "config:set", "secrets set", "secret set"),
         (r"(?i:\b(?:config(?:[ \t]+|:)set|user-secrets[ \t]+set|secrets?[ \t]+set)[ \t]+(?:--?[\w-]+[ \t]+)*"
          r"(?P<nq>[\"']?)[\w.:/-]*(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|auth[_-]?key)"
          r"[\w.:/-]*(?P=nq)[ \t]+)(?P<q>[\"']?)(?P<value>[^\s\"']{4,256})(?P=q)")),
        # a file that holds a password or a key, and what it holds: "~/.vault_pass contains `...`", "secret.txt holds '...'"
        # (a file's name: it has a dot, a slash, a tilde or an underscore)
        (("contains", "holds", "reads", "enthält", "contient", "contiene", "contém", "bevat", "zawiera", "obsahuje", "innehåller",
          "indeholder", "inneholder"),
         (r"(?i:(?<![\w])(?=[\w~./-]*[./~_])[~.]?[\w./-]*(?:pass(?:word)?|secret|token|cred(?:ential)?s?)[\w.-]*[`'\"]?[ \t]+"
          r"(?:contains|holds|reads|enthält|contient|contiene|contém|bevat|zawiera|obsahuje|innehåller|indeholder|inneholder)"
          r"[ \t]*:?[ \t]*)(?P<q>[`'\"])(?P<value>[^`'\"\n]{4,128})(?P=q)")),
        # a domain's transfer code (EPP, AuthInfo): "the EPP auth code they sent is ...", "Auth-Code: ..."
        (("epp", "authcode", "auth code", "auth-code", "authinfo", "auth info", "auth-info", "transfer code", "transfer key",
          "transfer secret", "transfer-code", "d'autorisation", "de transfert", "de transferencia", "de autoriz",
          "di trasferimento", "codice auth", "autorisierungscode"),
         (r"(?i:\b(?:epp(?:[ \t-]+(?:auth(?:ori[sz]ation)?|transfer))?[ \t-]*(?:code|key|info)|auth[ -]?(?:code|info)|authinfo|"
          r"transfer[ \t-](?:code|key|secret)|code (?:epp|d'autorisation|de transfert|de transferencia)|código (?:epp|de autorización)|"
          r"codice (?:epp|auth|di trasferimento)|autorisierungscode)\b)"
          r"(?:[ \t]+[^\s.!?;,:=]{1,16}){0,4}?[ \t]*(?::|=|[ \t]is|[ \t]was|[ \t]ist|[ \t]est|[ \t]es|[ \t]è|[ \t]é|[ \t]lautet)[ \t]*"
          r"(?P<q>[`'\"“]?)(?P<value>[^\s`'\"”]{6,64})")),
        # Oracle's clients take "user/password@connect": "sqlplus hr/...@//db:1521/pdb1", "expdp userid=sys/...@orcl"
        (("sqlplus", "expdp", "impdp", "sqlldr", "rman", "dgmgrl", "userid="),
         (r"(?i:(?:\b(?:sqlplus|expdp|impdp|sqlldr|rman|dgmgrl)\b(?:[ \t]+-[\w-]+)*(?:[ \t]+(?:userid|target)=?)?[ \t]+"
          r"|\buserid=))[\"']?[\w$#.]+/(?P<q>\"?)(?P<value>[^\s\"'@/]{4,128})(?P=q)(?=@|[\s\"']|$)")),
        # lftp's "-u user,password" (on the command line or after "open" in its own shell)
        (("lftp", "open -u"), r"(?i:\b(?:lftp\b[^\n]*?|open)[ \t]+-u[ \t]+)(?P<q>[\"']?)[^\s,\"']+,(?P<value>[^\s\"']{4,128})"),
        # Backblaze's CLI: "b2 account authorize <key id> <application key>" (the older "b2 authorize-account")
        (("b2 ", "b2.exe"), (r"(?i:\bb2(?:\.exe)?[ \t]+(?:account[ \t]+authorize|authorize[-_]account)[ \t]+)"
                             r"(?P<value>[0-9a-f]{12,25})(?![\w])")),
        (("b2 ", "b2.exe"), (r"(?i:\bb2(?:\.exe)?[ \t]+(?:account[ \t]+authorize|authorize[-_]account)[ \t]+[0-9a-f]{12,25}[ \t]+)"
                             r"(?P<value>[A-Za-z0-9/+]{20,64})")),
        # Kafka's SASL/PLAIN login as JAAS writes it, where a cloud's API key is the user name: Confluent's are 16
        # capitals and figures ("username=\"<key>\" password=\"<secret>\""); a person's name is no such thing.
        (("loginmodule", "sasl.username", "sasl_username"),
         (r"(?i:(?:loginmodule\b[^\n]*?\busername|\bsasl[._]username)[ \t]*[=:][ \t]*)(?P<q>[\"']?)"
          r"(?P<value>(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{16})(?P=q)(?![\w])")),
        # Hardhat's and Truffle's network settings: "accounts: [\"0x<64 hex>\"]" is the private key that signs
        (("accounts",), r"(?i:\baccounts[\"']?[ \t]*[:=][ \t]*\[[ \t]*)(?P<q>[\"'])(?P<value>(?:0x)?[0-9a-fA-F]{64})(?P=q)"),
        # a Wi-Fi network's key on the line of its own label, in a text that names the network ("SSID: Home\nKey: ...",
        # "WPA2 key ..."): 8 to 63 characters, as WPA's passphrases are
        (("ssid", "wifi", "wi-fi", "wlan", "wpa"),
         (r"(?im:^[ \t]*(?:(?:wpa2?|wpa3|wi-?fi|wlan|network|security)[ \t-]*)?(?:key|passkey|psk)[ \t]*[:=][ \t]*|"
          r"\bwpa[23]?(?:[ \t-]*(?:personal|psk))?[ \t]+key[ \t]*:?[ \t]+)(?P<q>[\"']?)"
          r"(?P<value>(?=[^\s\"']*[0-9A-Z!@#$%^&*+=?~.-])[^\s\"']{8,63})(?P=q)(?![^\s\"'])")),  # (not a word: "key management")
        # rclone's remotes made on the command line: "rclone config create s3 s3 secret_access_key <value>"
        (("rclone",), (r"(?i:\brclone[ \t]+config[ \t]+(?:create|update)\b[^\n]*?[ \t](?:pass(?:word)?|secret_access_key|"
                       r"client_secret|token|key|account_key|app_key|sas_url|password2)[ \t]+)(?P<q>[\"']?)(?P<value>[^\s\"']{4,256})(?P=q)")),
        # HashiCorp Vault's "vault login <token>" (the older "s." tokens have no other sign), RAR's "-p<password>"
        (("vault login",), r"(?i:\bvault[ \t]+login[ \t]+(?:-[\w-]+(?:=\S+)?[ \t]+)*)(?P<value>(?:s|hvs|hvb|b)\.[A-Za-z0-9_-]{20,})"),
        (("rar ", "rar.exe"), r"(?i:\b(?:un)?rar(?:\.exe)?[ \t]+[a-z][^\n]*?[ \t]-p)(?P<q>[\"']?)(?P<value>[^\s\"'-][^\s\"']{3,127})(?P=q)"),
        # Tasmota's console commands: "MqttPassword <pw>", "WebPassword <pw>", "Password1 <Wi-Fi key>" (alone, after "cmnd:" or in
        # a Backlog's list, ";" parting the commands)
        (("mqttpassword", "webpassword", "password1", "password2"),
         r"(?i:(?:^|(?<=[\s;:>]))(?:mqttpassword|webpassword|password[12])[ \t]+)(?P<q>[\"']?)(?P<value>[^\s\"';]{4,128})(?P=q)"),
        # a Windows Wi-Fi profile ("netsh wlan export profile key=clear"): the key in clear in <keyMaterial>
        (("keymaterial",), r"(?i:<keyMaterial>)[ \t]*(?P<value>[^<\n]{8,63}?)[ \t]*(?i:</keyMaterial>)"),
        # Redis's AUTH command ("AUTH <password>", "AUTH <user> <password>" since 6), x11vnc's -passwd, openssl enc's -k
        (("redis",), r"(?:^|(?<=[\s>]))AUTH[ \t]+(?:[\w.-]+[ \t]+(?=[^\s\"']{4}))?(?P<q>[\"']?)(?P<value>(?=[^\s\"']*[0-9!@#$%^&*+=?~])[^\s\"']{4,128})(?P=q)(?=[ \t]*(?:\r?\n|$|[.;,][ \t]|[ \t]+[a-z]))"),
        (("x11vnc",), r"(?i:\bx11vnc\b[^\n]*?[ \t]-passwd[ \t]+)(?P<q>[\"']?)(?P<value>[^\s\"']{4,128})(?P=q)"),
        (("openssl",), r"(?i:\bopenssl[ \t]+(?:enc|aes-\S+|des\S*)\b[^\n]*?[ \t]-k[ \t]+)(?P<q>[\"']?)(?P<value>[^\s\"']{4,128})(?P=q)"),
        # rclone's config file: a b2 remote's "account" is the application key's id, which with its "key" logs in
        (("type = b2", "type=b2"), r"(?im:^[ \t]*account[ \t]*=[ \t]*)(?P<value>[0-9a-f]{12,25})(?=[ \t]*(?:\r?\n|\Z))"),
        # a password written as an XML element's <Value> child: Windows' unattend.xml
        # ("<AdministratorPassword><Value>...</Value>"), KeePass's export ("<Key>Password</Key><Value ...>...</Value>")
        (("<value",), (r"(?i:<(?P<tag>[\w:-]*pass(?:word|wd|phrase)?)>\s*<value\b[^<>]*>"
                       r"|<(?P<kt>key|name)>[ \t]*[\w -]*pass(?:word|wd|phrase)?[ \t]*</(?P=kt)>\s*<value\b[^<>]*>)"
                       r"(?P<value>[^<>\n]{1,256})(?i:</value>)")),
    )
)
# A name for a key's id ("private_key_id", "kid", "keyId"), whose value names the key and opens nothing.
_KEY_ID_NAME = re.compile(r"(?i)[\w-]*key[_-]?id\b")
_NEXT_SWITCH = re.compile(r"[ \t]+/[a-z]")  # a Windows command's next switch
# The tools' own words that may stand where a value goes: "/user:x * /persistent:yes", a cmdlet's next flag.
# The words a question about the syntax puts where the values go ("sqlplus user/pass@db", "lftp -u user,pass"), and
# the marks tools leave where they removed one (Windows' "*SENSITIVE*DATA*DELETED*").
_SYNTAX_WORDS = frozenset(("pass", "passwd", "password", "pwd", "secret", "user", "username", "token", "key", "apikey"))
_MASKED = re.compile(r"^(?=[^*]*\*)[*A-Z_]+$")
_TOOL_NOT_VALUE = re.compile(r"^(?:\*|-\S*|/\S*|\$\S*|%\w+%|\{[^}]*\}?)$")


def _tool_secrets(text: str, lower: str) -> list[Span]:
    spans = []
    for hints, pattern in _TOOL_SECRETS:
        if not holds(lower, hints):
            continue
        for m in pattern.finditer(text):
            value, end = m.group("value"), m.end("value")
            if (not m.groupdict().get("q") and value[-1] in ".,;?!" and (end == len(text) or text[end].isspace())
                    and not _NEXT_SWITCH.match(text, end)):  # ("... rainbow.617? /persistent:yes": the value's own)
                value, end = value[:-1], end - 1  # the sentence's: "... is n%ISgX. Where do I paste it?"
            # (quoted or after lftp's comma, a value may open with "-" or "/": "-P '-jOck?h...'", "-u ops,-9i#a...")
            quoted = bool(m.groupdict().get("q")) or text[m.start("value") - 1] == ","
            if (len(value) >= 4 and not _TOOL_NOT_VALUE.match(value[1:] if quoted and value[0] in "-/" else value) and not is_placeholder(value)
                    and value.lower() not in _SYNTAX_WORDS and not _MASKED.match(value)):
                spans.append(Span(m.start("value"), end, EntityType.SECRET, 0.85))
    return spans


# A key given as a list of bytes (zigbee2mqtt's "network_key: [16, 120, 171, ...]", a Z-Wave or LoRaWAN key in
# figures): the brackets and all, when there are eight bytes or more and they are not one figure repeated.
_BYTE_KEY = re.compile(
    r"(?i:\b[\w-]*(?:network_key|networkkey|encryption_key|aes_key|app_?key|nwk_?s?key|psk|secret|key)[\"']?[ \t]*(?::|=)[ \t]*)"
    r"(?P<value>\[[ \t]*(?:0x[0-9a-f]{1,2}|[0-9]{1,3})(?:[ \t]*,[ \t]*(?:0x[0-9a-f]{1,2}|[0-9]{1,3})){7,63}[ \t]*\])"
)


def _byte_keys(text: str) -> list[Span]:
    spans = []
    for m in _BYTE_KEY.finditer(text):
        numbers = [int(n, 16) if n.lower().startswith("0x") else int(n) for n in re.findall(r"0x[0-9a-fA-F]+|[0-9]+", m.group("value"))]
        if all(n <= 255 for n in numbers) and len(set(numbers)) > len(numbers) // 2:
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    return spans


# A URL whose userinfo is a key alone, with no password after it: a Sentry DSN ("https://<32 hex>@o123.ingest.sentry.io/4"),
# a token in a clone URL ("https://<token>@github.com/..."). A user's name there is short and reads as one.
_URL_KEY = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://(?P<value>[A-Za-z0-9_-]{20,128})@[\w-]+(?:\.[\w-]+)+")


# ... but a DSN shipped to browsers is public by design: "our frontend bundle contains the Sentry DSN https://...".
_SHIPPED_PUBLIC = re.compile(r"(?i)\b(?:frontend|front-end|browser|client[- ]side|js bundle|bundle|public)\b")


def _url_keys(text: str) -> list[Span]:
    return [Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.9) for m in _URL_KEY.finditer(text)
            if _mixed(m.group("value")) and shannon_entropy(m.group("value")) >= 3.0 and not is_placeholder(m.group("value"))
            and not _SHIPPED_PUBLIC.search(text, max(0, m.start() - 80), m.start())]


# A link that hands its key as a path segment after one naming it: a webhook's ".../trigger/door/with/key/<key>",
# ".../api/token/<token>/send". (Not a segment that names a kind of key: ".../keys/ssh-ed25519" lists keys.)
_PATH_KEY_HINTS = ("/key/", "/token/", "/secret/", "/apikey/", "/api_key/", "/api-key/", "/access_token/")
_PATH_KEY = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s/]+(?:/[^\s/?#]*)*?/(?:key|token|secret|api[_-]?key|access_token)/"
                       r"(?P<value>[A-Za-z0-9_-]{16,128})(?![\w-])")


def _path_keys(text: str) -> list[Span]:
    return [Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85) for m in _PATH_KEY.finditer(text)
            if _mixed(m.group("value")) and shannon_entropy(m.group("value")) >= 3.0 and not is_placeholder(m.group("value"))
            and not _identifier(m.group("value"))]


# The lines of a credentials file named just before them, "name:password" each (rsyncd.secrets, chap-secrets, a
# "secrets file"): "/etc/rsyncd.secrets contains\nbackup:M4rm4l4d3!52".
_SECRETS_FILE = re.compile(r"(?i)(?:\.secrets?\b|\bsecrets?[ \t-]+file\b|chap-secrets|\.htpasswd\b|\.passwd\b)[^\n]{0,40}\n")
_SECRETS_LINE = re.compile(r"[ \t]*[\w.@-]{1,40}:(?P<value>[^\s:]{4,128})[ \t]*(?:\n|$)")


def _secrets_file_lines(text: str) -> list[Span]:
    spans = []
    for m in _SECRETS_FILE.finditer(text):
        pos = m.end()
        for _ in range(8):  # a few lines: the file's, not the rest of the prompt
            line = _SECRETS_LINE.match(text, pos)
            if line is None:
                break
            value = line.group("value")
            if not value.startswith("$") and not is_placeholder(value):  # (an htpasswd line's "$apr1$..." is a hash)
                spans.append(Span(line.start("value"), line.end("value"), EntityType.SECRET, 0.85))
            pos = line.end()
    return spans


# A key or token handed to a command-line flag: `--token ghx...`, `--api-key=...`, `--client-secret "..."`.
_CLI_FLAG = re.compile(
    r"(?i:(?<![\w-])--(?:[a-z0-9]+[-_])*(?:token|secret|api[-_]?key|apikey|access[-_]?key|secret[-_]?key|auth|"
    r"private[-_]?key|credentials?)(?:[-_](?:id|value|key))?(?:=|[ \t]+))[\"']?(?P<value>[^\s\"'`]{12,4096})"
)


def _cli_flags(text: str) -> list[Span]:
    spans = []
    for m in _CLI_FLAG.finditer(text):
        value = m.group("value")
        if value.startswith(("-", "$", "/", "~", ".")) or "/" in value and "." in value:
            continue  # another flag, a variable, a path to a key file
        if _random_enough(value) and _mixed(value) and not _PLACEHOLDER.match(value) and not _identifier(value):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    return spans


_NEXT_PARAM = re.compile(r"&[\w.-]+=")


# A credential named in prose and then given: "the API token from that session: 00aI5...", "the key in the
# secret store was EAAAg...", "key secret b51hB...". Between the word and the value only a few words, ending
# in a colon, "=", "is", "was" or "to" (or nothing at all), a file's name among them ("the key in .env is",
# "the token in config.yml:"); the value must look generated.
# (and "key" in the languages around us: "API-Schlüssel: ...", "la clé API : ...", "chiave API ...", "klucz API ...",
# inflected as those languages inflect it, with its article or case as a suffix: "API-nøglen er ...", "API-nyckeln är
# ...", "klucza API", "kulcsot"; and told with their "is": "ist", "est", "er", "är", "es", "è"...)
_FOREIGN_KEY_FORMS = """schlüssel schlüssels clé chiave chave sleutel sleutels klucz klucza kluczem nyckel nyckeln
    nøgle nøglen nøkkel nøkkelen avain avaimen anahtar anahtarı kulcs kulcsa kulcsot klíč klíče jeton токен ключ ключа"""
_CUED_WORDS = frozenset(("token tokens key keys secret secrets credential credentials apikey password passwd "
                         + _FOREIGN_KEY_FORMS).split())
_FOREIGN_KEYS = "|".join(sorted(_FOREIGN_KEY_FORMS.split(), key=len, reverse=True))
_COPULAS = r"is|was|to|(?:ist|war|est|était|es|era|è|é|er|var|är|jest|był|je|byl)(?!\w)"
_CUED = re.compile(
    rf"(?i:\b(?:api[ _-]?key|apikey|token|key|secret|credentials?|password|passwd|{_FOREIGN_KEYS})s?\b)"
    rf"(?P<gap>(?:[ \t]+\.?[^\s.!?;,]{{1,20}}(?:\.[^\s.!?;,]{{1,8}})?){{0,7}}?[ \t]*(?::|=|[ \t](?:{_COPULAS}))|)[ \t]*[\"'`“]?"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9_+/=~-]{6,}(?:\.[A-Za-z0-9_+/=~-]{6,})*[A-Za-z0-9=])(?![\w/+=~-]|\.[\w/+=~-])"
)
# The cue words alone, case-sensitive on the lower-cased text: a literal scan, far cheaper than _CUED's
# case-insensitive alternation tried at every character.
_CUED_FAST = re.compile(rf"(?<![^\W_])(?:api[ _-]?key|apikey|token|key|secret|credential|password|passwd|{_FOREIGN_KEYS})")
_UUID_ONLY = re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX_ONLY = re.compile(r"^(?:[0-9a-f]+|[0-9A-F]+)$")
# An object or key id with a type prefix ("price_1X6YAx...", "rzp_live_H3hI...", "cus_N8f..."), or a path.
_OBJECT_ID = re.compile(r"^(?!live_|test_)[a-z]{2,8}_(?:(?:live|test)_)?[A-Za-z0-9]+$|/")


def _cued_tokens(text: str) -> list[Span]:
    spans = []
    low = lowered(text)
    starts = (m.start() for m in _CUED_FAST.finditer(low)) if low is not None else (m.start() for m in _CUED.finditer(text))
    for start in starts:
        m = _CUED.match(text, start)
        if m is None:
            continue
        value = m.group("value")
        if _HEX_ONLY.match(value) and _given_hex_key(text, m):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8))
            continue
        if (_UUID_ONLY.match(value) or _HEX_ONLY.match(value) or _OBJECT_ID.search(value) or _PLACEHOLDER.match(value)
                or _ENV_STYLE.match(value)  # "ma clé ... : OPENAI_API_KEY=sk-...": an assignment, whose value is found as such
                or "=" in value.rstrip("=")  # "--from-literal=password=Xq7...": a name and its value, the value found as such
                or _identifier(value) or _PUBLIC_BEFORE.search(text, max(0, m.start() - 8), m.start() + 12)):
            continue
        classes = sum((any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value)))
        if classes >= 2 and any(c.isdigit() for c in value) and (
                len(value) >= 20 and shannon_entropy(value) >= 3.5 or classes == 3 and shannon_entropy(value) >= 3.3):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8))
    return spans


# Words that make a hex string a digest or an id, not a key: "the commit key: 3f9c...", "cache key is 9f8e...".
_DIGEST_WORDS = re.compile(
    r"(?i)\b(?:sha[0-9-]*|md5|hash(?:es|ed)?|checksums?|digests?|commits?|fingerprints?|etags?|cache|ids?|uuids?|"
    r"idempotency|partition|sort|primary|foreign|row|object|build|version|revision|gpg|pgp|public)\b"
)


_TOLD = re.compile(rf"(?i)[ \t](?!to$)(?:{_COPULAS})$")  # (a value handed "to" something is not told)
_API_BEFORE = re.compile(r"(?i)\bapi[ \t]*[(\[][ \t]*$")
_API_KEY_WORDS = re.compile(r"(?i)api[ _-]?key|apikey|token|secret|access[ _-]?key")


def _given_hex_key(text: str, m: re.Match[str]) -> bool:
    """A long hex string given as a key after a colon or "is" ("Here's the key we use in case you need it:
    a02b8c50..."; "the API token is 9f8e..."): 32 figures or more, and no word of digests or ids about it."""
    value, gap = m.group("value"), m.group("gap")
    # (or right after the words for an API's key: "Jellyfin api key eeb29de0...", "the token 9f8e..."; not "key" alone)
    # (and "key" after the API's name, in brackets as an aside: "the printer's cloud API (key 3F0A...)")
    named = not gap.strip() and (_API_KEY_WORDS.fullmatch(text, m.start(), m.start("gap")) is not None
                                 or _API_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None)
    told = gap.rstrip().endswith((":", "=")) or _TOLD.search(gap) is not None
    return (len(value) >= 32 and (told or named) and shannon_entropy(value) >= 3.0
            and not _DIGEST_WORDS.search(text, max(0, m.start() - 30), m.start("value")))


def _pem_in_base64(value: str) -> bool:
    """True when the base64 `value` opens with a PEM header of a private key ("-----BEGIN RSA PRIVATE KEY-----")."""
    head = value[:96]
    try:
        return b"PRIVATE KEY" in base64.b64decode(head[: len(head) - len(head) % 4])
    except ValueError:
        return False


def _random_enough(value: str) -> bool:
    """Entropy of a generated key: 3.5 bits a character, or 3.0 for a long hex string (16 symbols at most)."""
    entropy = shannon_entropy(value)
    return entropy >= 3.5 or len(value) >= 24 and entropy >= 3.0 and bool(_HEX_ONLY.match(value))


def _identifier(value: str) -> bool:
    """snake_case or camelCase names (`user_account_id_v2`) with few digits; "sdk-db5ac1f1-d930-..." is a key."""
    return bool(_IDENTIFIER.match(value)) and sum(c.isdigit() for c in value) * 5 < len(value)


def is_placeholder(value: str) -> bool:
    """True for documentation stand-ins and references: "<password>", "${TOKEN}", "$DB_PASS", "changeme"."""
    if _DOCUMENTED.search(value):
        return True  # AWS's "...EXAMPLEKEY", jwt.io's token: printed in every tutorial, random-looking as they are
    if _random(value):
        return False  # "x%F]y]nbbTN&e%Q<PQPG[$Av...": a generated salt may hold "<" or "..." by chance
    return bool(_PLACEHOLDER.match(value)) or bool(_VARIABLE.match(value))


_VARIABLE = re.compile(r"^\$\{?[A-Za-z_]\w*\}?$")  # a shell or CI variable: `-p $REGISTRY_PASSWORD`
# Values the documentation prints, whatever their entropy: AWS's example key id and secret (both end in "EXAMPLE" or
# "EXAMPLEKEY"), the payload of jwt.io's example token.
_DOCUMENTED = re.compile("EXAMPLE(?:KEY)?$|" + _DOC_JWT_PAYLOAD)


def _looks_like_password(value: str, kind: str) -> bool:
    if _PLACEHOLDER.match(value) or value.isdigit() and len(value) < 6:
        return False
    if kind in ("assigned", "literal") and _VARIABLE.match(value):
        return False  # `POSTGRES_PASSWORD=$POSTGRES_PASSWORD`: the shell fills it in
    if kind in ("said", "literal"):  # "my password is sunshine": the person told us, whatever it looks like
        return True
    if kind == "bearer":
        return shannon_entropy(value) >= 3.5 and _mixed(value)
    # In code, `password=user_password` or `token: request.headers` name a variable, not a secret.
    if _CODE_REFERENCE.match(value) or _FILE_PATH.match(value):
        return False
    return shannon_entropy(value) >= 2.0


# Where `name=value` is data, not code, and a value shaped like a variable ("i.goTOWxBP23_Wm5rGm0Nf",
# "otter.meadow.badger") is still the value: a link's query or a connection string ("...&password=...",
# "Server=db;Password=..."), a logfmt or inventory line ("10.0.0.5 ansible_user=anna ansible_password=..."), a line
# of an INI file (one with a "[section]" line).
_PAIR_BEFORE = re.compile(r"(?m)^[^(\n]*[ \t][\w.-]+=[^\s=,;()\[\]{}]+[ \t]+$|^[\w.-]+=[^\s=,;()\[\]{}]+[ \t]+$")  # (not a call's arguments)
_INI_SECTION = re.compile(r"(?m)^[ \t]*\[[\w .:-]+\][ \t]*$")
_HOST_BEFORE = re.compile(r"[ \t]*[\w.:-]+[ \t]+")  # a host's name or address opening an inventory's line


def _data_not_code(text: str, start: int) -> bool:
    if text[start - 1 : start] in ("?", "&", ";"):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _PAIR_BEFORE.search(text, line_start, start):
        return True
    line_end = text.find("\n", start)
    rest = text[start : len(text) if line_end < 0 else line_end]
    # (an INI file's line, or an inventory's host line under a group: "[db]\n10.0.0.5 ansible_become_pass=...")
    return (not text[line_start:start].strip() or _HOST_BEFORE.fullmatch(text, line_start, start) is not None) \
        and " " not in rest and bool(_INI_SECTION.search(text))


def _env_line(text: str, m: re.Match[str]) -> bool:
    """A .env line, "DB_PASS=&Fw...&w0=j": no link's query, so an "&" in the value is the value's, not a next parameter's."""
    return _ENV_STYLE.match(m.group()) is not None and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()


def _whole_line(text: str, start: int, end: int) -> bool:
    """True when text[start:end] fills its line but for indentation: `wifi_password: Mariposa7651.`"""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and (end == len(text) or text[end] in "\r\n")


def _random(value: str) -> bool:
    """A long value with the entropy of generated salts and keys: never a placeholder, whatever it holds."""
    return len(value) >= 24 and shannon_entropy(value) >= 4.5


def _mixed(value: str) -> bool:
    """At least two of: lowercase, uppercase, digits — random keys have them, placeholders often don't."""
    classes = (any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value))
    return sum(classes) >= 2


# Round 11: secrets in the documented syntax of more config forms.
# A quoted passphrase of words and spaces assigned to a password's name (`const char* mqtt_pass = "willow paprika
# lantern velvet";`, `wifi_password: "amber orbit cactus"`): three to six plain lower-case words, none a prompt's.
# ... or words in capitals with figures ("Blue Lantern 7729", "Copper Harbor Fox 12")
_SPACED_ASSIGNED = re.compile(
    r"(?i:\b(?P<name>[\w.:-]*(?:pass(?:word|wd|phrase)?|pwd|[_-]pw|secret|psk)(?:[_-]?(?:key|value|phrase))?))[\"']?[ \t]*(?:=|:|=>|:=)[ \t]*(?P<q>[\"'])"
    r"(?P<value>[a-z]{3,12}(?:[ ][a-z]{3,12}){2,5}[0-9]{0,4}|(?=[^\"'\n]*[0-9])[A-Za-z][a-z]{2,11}(?:[ ](?:[A-Za-z][a-z]{2,11}|[0-9]{1,6})){2,5})(?P=q)"
)
_NOT_THE_VALUE_NAME = re.compile(r"(?i)hint|desc|label|prompt|message|msg|title|help|text|name|type|policy|file|path|question|placeholder|field")
_PROMPT_WORDS = frozenset(
    "the your you enter please type here for and not is are password passphrase secret change set new old with this that "
    "your of to a an my our none null empty required missing invalid wrong example sample placeholder value".split()
)
# A setting given by a client's or a shell's "set" command, name and value parted by a space: WeeChat's and irssi's
# `/set irc.server.libera.sasl_password ...`, `setx DB_PASSWORD ...`, `config set auth.token ...`, `setenv SECRET_KEY ...`.
_SET_COMMAND = re.compile(
    r"(?im)(?:^|[ \t;&])(?:/set|set|setx|setenv|config[ \t]+set|config:set)[ \t]+"
    r"[\w.:-]*(?:pass(?:word|wd|phrase)?|pwd|[_.-]pw|secret|token|api[_-]?key)[\w.:-]*[ \t]+"
    r"(?P<q>[\"']?)(?P<value>[^\s\"']{4,256})(?P=q)[ \t]*(?=\r?$|[;&])"
)
# cloud-init's `chpasswd: list:` block: "user:password" lines, one a line.
_CHPASSWD = re.compile(r"chpasswd:[ \t]*\r?\n(?:[ \t]+[\w-]+:[^\n]*\r?\n){0,3}?[ \t]+list:[ \t]*[|>]?[ \t]*\r?\n(?P<body>(?:[ \t]+[\w.-]+:\S+[ \t]*(?:\r?\n|$)){1,20})")
_CHPASSWD_LINE = re.compile(r"(?m)^[ \t]+[\w.-]+:(?P<value>\S{4,128})[ \t]*$")
# A token in a channel's or a repository's path, as conda and Anaconda write it: `https://conda.example/t/<token>/...`.
_PATH_TOKEN = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s/]+(?:/[^\s/]+)*?/(?:t|token|tokens)/(?P<value>[A-Za-z0-9_-]{24,128})(?![A-Za-z0-9_-])")
# A key told in prose that names its use: "stream key was ...", "license key is ...", "Key was ...": a code of
# letters and figures in groups, or a long random run, never a word.
_NAMED_KEY = re.compile(
    r"(?i:\b(?:(?:stream|license|licence|product|activation|recovery|serial|registration|access|api|secret|private|encryption)[ \t]+)?"
    r"key[ \t]+(?:is|was|=|:|ist|war|est|era|é|è|er|är|es)[ \t]+)(?P<value>[A-Za-z0-9][A-Za-z0-9_-]{11,80}[A-Za-z0-9])(?![\w-])"
)

_PUBLIC_NUMBER_NAME = re.compile(r"(?i)^[\w.-]*(?:api[_-]?key|app[_-]?key|client[_-]?id|key[_-]?id)\b")
# A forum topic's slug ("discourse.example.org/t/cannot-install-on-windows-2024/1234"): words, not a token
_SLUG = re.compile(r"(?:^|[-_])[a-z]*[g-z][a-z]*[-_][a-z]{2,}(?:[-_]|$)")
_KEY_GROUPS = re.compile(r"^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){2,7}$")


def _config_forms(text: str, lower: str) -> list[Span]:
    spans = []
    if ("pass" in lower or "pw" in lower or "secret" in lower or "psk" in lower) and ("\"" in text or "'" in text):
        for m in _SPACED_ASSIGNED.finditer(text):
            if not any(w.lower() in _PROMPT_WORDS for w in m.group("value").split()) and not _NOT_THE_VALUE_NAME.search(m.group("name")):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    if "set" in lower:
        for m in _SET_COMMAND.finditer(text):
            value = m.group("value")
            if not _PLACEHOLDER.match(value) and not value.startswith(("$", "%", "-", "<", "${")) and not (value.isalpha() and value.islower()):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    if "chpasswd" in lower:
        for block in _CHPASSWD.finditer(text):
            for m in _CHPASSWD_LINE.finditer(text, block.start("body"), block.end("body")):
                if not _PLACEHOLDER.match(m.group("value")) and m.group("value").upper() != "RANDOM":
                    spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    if "/t/" in text or "/token" in lower:
        for m in _PATH_TOKEN.finditer(text):
            value = m.group("value")
            if _mixed(value) and shannon_entropy(value) >= 3.0 and not _PLACEHOLDER.match(value) and not _SLUG.search(value):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    if "key" in lower:
        for m in _NAMED_KEY.finditer(text):
            value = m.group("value")
            if (any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and not _PLACEHOLDER.match(value)
                    and (_KEY_GROUPS.match(value) or shannon_entropy(value) >= 3.3 and not _identifier(value)
                         and not _HEX_ONLY.match(value))):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8))
    return spans


# Round 12: secrets by what a value decodes to, by the field a setting's value is given in, by a tool's syntax.

# HTTP Basic credentials and a registry's "auth" are base64 of "user:password" ("cm9ib3Q6..." is "robot:..."): a run of
# base64 that decodes to printable "name:secret" is a credential wherever it stands. Random bytes decode to unprintable
# ones, so the shape and the decoding together are the proof; no label is needed.
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/=_.-])(?=[A-Za-z0-9+/]*[0-9+/])[A-Za-z0-9+/]{16,340}={0,2}(?![A-Za-z0-9+/=_.-])")
_USER_PASSWORD = re.compile(rb"[\w.@+-]{1,64}:[!-~]{4,128}")
# ... or SASL PLAIN's message (RFC 4616), as "AUTH PLAIN ..." sends it to a mail server: an optional identity, NUL, the
# user, NUL, the password.
_SASL_PLAIN = re.compile(rb"[\w.@+-]{0,64}\x00[\w.@+-]{1,64}\x00(?P<password>[!-~]{4,128})")


def _base64_credentials(text: str) -> list[Span]:
    spans = []
    for m in _BASE64_RUN.finditer(text):
        value = m.group()
        if len(value) % 4:
            continue
        try:
            decoded = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            continue
        if _USER_PASSWORD.fullmatch(decoded) and not _PLACEHOLDER.match(decoded.split(b":", 1)[1].decode()) or (
                (plain := _SASL_PLAIN.fullmatch(decoded)) and not _PLACEHOLDER.match(plain.group("password").decode())):
            spans.append(Span(m.start(), m.end(), EntityType.SECRET, 0.85))
    return spans


# A setting whose value is given in a field of its own: Spring Cloud Config's and a vault export's
# `"db.password": {"value": "..."}`, a Kubernetes env entry `- name: REGISTRY_AUTH` then `value: ...` (on the next line or,
# pasted into prose, on the same). The name says it is a secret; the value needs no shape.
_SECRET_WORDS = r"(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|auth|credentials?)"
_VALUE_OBJECT = re.compile(
    r"(?i)[\"'](?P<name>[\w.:-]*" + _SECRET_WORDS + r"[\w.:-]*)[\"'][ \t]*:[ \t]*\{[ \t]*[\"']value[\"'][ \t]*:[ \t]*"
    r"(?P<q>[\"'])(?P<value>[^\"'\n]{1,256})(?P=q)")
_ENV_ENTRY = re.compile(
    r"(?i)\bname:[ \t]*[\"']?(?P<name>[A-Z0-9_]*" + _SECRET_WORDS + r"[A-Z0-9_]*)[\"']?[ \t]*(?:\r?\n[ \t]*|[ \t]+)"
    r"value:[ \t]*(?P<q>[\"']?)(?P<value>[^\s\"']{4,256})(?P=q)")
# (a reference the platform resolves is no value: "valueFrom", "${DB_PASS}", "{{ .Values.pw }}")


def _valued_settings(text: str) -> list[Span]:
    spans = []
    for pattern in (_VALUE_OBJECT, _ENV_ENTRY):
        for m in pattern.finditer(text):
            value = m.group("value")
            if _PUBLIC_BEFORE.search(m.group("name")) or _KEY_ID_NAME.match(m.group("name")):
                continue
            if not _PLACEHOLDER.match(value) and not value.startswith(("$", "{{", "%")):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    return spans


# A vendor's API key under the label "<Vendor> API:" ("Datadog API: 8e2f...", "Mailgun API - key-3ax6..."), as a password
# manager's export or a handover note lists keys: the label names a key, the value must look generated.
_API_LABEL = re.compile(r"(?<![\w-])[A-Z][\w.-]{1,30}[ \t]+API(?:[ \t]+(?:key|token|secret))?[ \t]*[:=–-][ \t]*"
                        r"(?P<value>[A-Za-z0-9_+-]{20,128})(?![\w+-])")


def _api_labels(text: str) -> list[Span]:
    return [Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85) for m in _API_LABEL.finditer(text)
            if _random_enough(m.group("value")) and _mixed(m.group("value")) and not _PLACEHOLDER.match(m.group("value"))
            and not _identifier(m.group("value"))]


# A login told as "user X, pass Y" or "username X pass Y" (a router's or an alert's log, a note): "pass" is the
# password's short name only right after a user's, so "pass the salt" stays prose.
_USER_THEN_PASS = re.compile(
    r"(?i)\b(?:user(?:name)?|login|usr)[ \t]*[:=]?[ \t]+[\w.@-]{1,40}[ \t]*[,;/]?[ \t]*\b(?:pass(?:word)?|pw|pwd)[ \t]*[:=]?[ \t]+"
    r"(?P<value>[^\s\"',;]{4,128}(?:[ \t][a-z]{3,10}){0,5})")


def _user_then_pass(text: str) -> list[Span]:
    spans = []
    for m in _USER_THEN_PASS.finditer(text):
        value, end = m.group("value"), m.end("value")
        words = value.split()
        if len(words) > 1 and not (len(words) >= 3 and all(w.isalpha() and w.islower() for w in words)):
            value, end = words[0], m.start("value") + len(words[0])  # a passphrase of words, or one word and prose
        if value[-1] in ".?!" and (end == len(text) or text[end].isspace()):
            value, end = value[:-1], end - 1  # the sentence's stop
        if value.isalpha() and " " not in value:
            continue  # "username backup password encryption aes": a device's keyword, not a password
        if len(value) >= 4 and not _PLACEHOLDER.match(value) and value.lower() not in _SYNTAX_WORDS:
            spans.append(Span(m.start("value"), end, EntityType.SECRET, 0.8))
    return spans


# A phrase that recovers an account or a wallet, told: "my recovery phrase was copper.widget.mossy.willow84",
# "the backup passphrase is quartz widget bolt copper". The words up to the sentence's end are the phrase.
_PHRASE_TOLD = re.compile(
    r"(?i)\b(?:recovery|seed|backup|secret|wallet|master)[ \t]+(?:pass)?phrase[ \t]+(?:is|was|=|:)[ \t]+"
    r"(?P<q>[\"'“]?)(?P<value>[^\s,;\"'”]+(?:[ \t]+[a-z]{3,10}[0-9]{0,4}){0,23})")


def _phrases_told(text: str) -> list[Span]:
    spans = []
    for m in _PHRASE_TOLD.finditer(text):
        value, end = m.group("value"), m.end("value")
        if value[-1] in ".?!":
            value, end = value[:-1], end - 1
        words = value.split()
        if len(words) > 1 and not words[0].isalpha():
            value, end = words[0].rstrip(".?!"), m.start("value") + len(words[0].rstrip(".?!"))  # joined words: the prose goes on
        elif len(words) == 2 or len(words) > 1 and not all(w.isalpha() or w[:-1].isalpha() for w in words[1:]):
            continue
        if len(value) >= 8 and not _PLACEHOLDER.match(value):
            spans.append(Span(m.start("value"), end, EntityType.SECRET, 0.8))
    return spans


# A code that opens a door, a gate or a key safe, told to the tradesman or the cleaner: "the key safe by the back door is
# now 164462", "portkoden är 7701", "Der Schlüssel liegt im Kasten, Code 2645": 4 to 8 figures a few words after the
# code's name (passwords._PIN takes them right after it), or after "code"/"PIN" in a sentence about a key and its box.
_ACCESS_CODE = re.compile(
    r"(?i)\b(?:(?:key[ \t]?safe|key[ \t]?box|lock[ \t]?box|door|gate|garage|alarm|entry|building|access|keypad|intercom|"
    r"front[ \t]door|keys)[ \t]+(?:code|pin|combination|combo)|key[ \t]?safe|lock[ \t]?box|"

    r"(?:alarm|tür|tor|haustür|garagen|schloss|tresor)-?code|alarmkode(?:n)?|larmkod(?:en)?|hälytyskoodi|"
    r"portkod(?:en)?|dörrkod(?:en)?|dørkode(?:n)?|portkode(?:n)?|ovikoodi|t(?:ü|ue)rcode|torcode|haustürcode|schlüsselsafe|"
    r"schlüsselkasten|schlüsselbox|digicode|code[ \t]d['’]acc[eè]s|code[ \t]du[ \t](?:portail|portillon|boîtier)|"
    r"c[oó]digo[ \t]del?[ \t](?:portal|port[aã]o|portón|candado|alarm[ae]?)|"
    r"codice[ \t](?:del|dell['’]|della)[ \t]?(?:portone|cancello|citofono|allarme|porta|lucchetto|cassaforte)|"
    r"code[ \t]de[ \t]l['’]alarme|"
    r"deurcode|poortcode|sleutelkluis|kod[ \t]do[ \t](?:domofonu|bramy|drzwi|sejfu))"
    r"\b[^\n.!?0-9]{0,32}?(?<![\w+-])(?P<value>[0-9]{4,8})(?![\w-]|[.,][0-9])")
_KEY_BOX_SENTENCE = re.compile(
    r"(?i)\b(?:schlüssel|key|nyckel|nøkkel|nøgle|clé|llave|chiave|sleutel|klucz)\w*\b[^\n.!?]{0,40}?"
    r"\b(?:kasten|box|safe|tresor|kluis|boîte|boîtier|caja|cassetta|skåp|skap|skrin|lock)\w*\b[^\n.!?]{0,24}?"
    r"\b(?:code|kod|kode|pin|código|codice)"
    r"[ \t]*:?[ \t]*(?P<value>[0-9]{4,8})(?![\w-]|[.,][0-9])")
# ... and a box a courier or a neighbour opens with its code, the code named after it: "leave the meds in the parcel
# box, code 398730" (the box's word alone is no cue: "the parcel box holds 2000 parcels").
_PARCEL_BOX_CODE = re.compile(
    r"(?i)\b(?:parcel|package|delivery|mail|post|letter)[ \t]?(?:box|locker)(?:es)?\b[^\n.!?0-9]{0,24}?"
    r"\b(?:code|pin|combo|combination)\b[ \t]*(?:is[ \t]+)?:?[ \t]*(?P<value>[0-9]{4,8})(?![\w-]|[.,][0-9])")
# ... and an alarm said to "be" a number is told by its code ("the alarm is 085085", "het alarm is 4471", "l'alarme est
# 2290"): figures, not a time ("the alarm is 0630 am", "06:30").
_ALARM_IS = re.compile(
    r"(?i)\b(?:alarm|alarme|allarme|larm|alarmanlage|alarmsysteem)[ \t]+(?:is|ist|est|es|è|är|er|=|:)[ \t]+"
    r"(?P<value>[0-9]{4,8})(?![\w:-]|[.,][0-9]|[ \t]*(?:a\.?m|p\.?m|h|uur|uhr)\b)")
_HHMM = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9]")  # (an alarm clock's time, with its words: "my alarm is 0715 every day")
_WAKING = re.compile(r"(?i)\b(?:every|each|daily|tomorrow|morning|weekdays?|wake|woke|set|clock|o'clock|hours|hrs)\b")
_ACCESS_HINTS = ("code", "kod", "safe", "box", "koodi", "digicode", "codice", "código", "kluis", "kasten", "pin", "код", "larm")


# A lock's log or a text about a lock ("smart lock", "ключалка", "akıllı kilit", "Türschloss", "serrure"): a code on its
# lines ("14:02 код 6240 (гост ...)", "tuş takımı, kod 8755") is the code that opens it.
_LOCK_HINTS = ("lock", "ключалк", "замок", "замк", "kilit", "schloss", "serrure", "cerradura", "serratura", "zámek",
               "zamek", "zamk", "lås", "lukko", "keypad")
# (a word of its own: not "block" or "clock"; and not a screen's or a file's lock)
_LOCK_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:lock(?:s|box)?(?![ \t_-]?(?:screen|file|step|down))|keypad|ключалк\w*|"
                        r"замок|замк\w*|kilit\w*|\w*schloss|serrure|cerradura|serratura|zámek|zámk\w*|zamek|zamk\w*|"
                        r"lås\w*|lukko\w*)(?![^\W\d_])")
_LOCK_CODE = re.compile(r"(?i)\b(?:code|codes|код|kod|kodu|kode|koodi|código|codice|pin)\b[ \t:#=]*"
                        r"(?P<value>[0-9]{4,8})(?![\w-]|[.,][0-9])")


def _access_codes(text: str, lower: str) -> list[Span]:
    if not holds(lower, _ACCESS_HINTS):
        return []
    spans = [Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8)
             for pattern in (_ACCESS_CODE, _KEY_BOX_SENTENCE, _PARCEL_BOX_CODE) for m in pattern.finditer(text)]
    if "larm" in lower:
        spans.extend(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8) for m in _ALARM_IS.finditer(text)
                     if not (_HHMM.fullmatch(m.group("value")) and _WAKING.search(text, max(0, m.start() - 40), m.end() + 40)))
    if any(word in lower for word in _LOCK_HINTS) and _LOCK_WORD.search(text):
        spans.extend(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8) for m in _LOCK_CODE.finditer(text))
    return spans


# Round 13: credentials in the documented syntax of more files.

# Postfix's sasl_passwd: a relay in brackets (no MX lookup), its port, a space, "user:password" ("[smtp.relay.net]:587
# ops@firm.de:Xy7..."). The user may be an email address (found as such); what follows its ":" is the secret.
_SASL_PASSWD = re.compile(r"(?m)^[ \t]*\[[\w.-]+\](?::[0-9]{1,5})?[ \t]+(?P<user>[^\s:]{1,128}):(?P<value>\S{4,256})[ \t]*\r?$")
# OpenWrt's UCI files: "option key '...'" is a wireless interface's key (WPA's passphrase; "1" to "4" pick a WEP
# key, too short to count), and "option password", "option sae_password", "option auth_secret" hold theirs.
_UCI_SECRET = re.compile(r"(?m)^[ \t]*option[ \t]+(?:key|key[1-4]|password|sae_password|auth_secret|acct_secret|priv_key_pwd)"
                         r"[ \t]+(?P<q>['\"]?)(?P<value>[^\s'\"]{4,256})(?P=q)[ \t]*\r?$")


# Dovecot's passwd-file and its password fields: "{PLAIN}", "{CLEAR}", "{CLEARTEXT}" name a password stored as typed
# ("anna:{PLAIN}Tulip-77x:1001:1001::/home/anna"); what follows, to the next ":" or space, is the password.
_PLAIN_SCHEME = re.compile(r"\{(?:PLAIN|CLEAR|CLEARTEXT|PLAIN-TRUNC)\}(?P<value>[^\s:]{4,256})")


def _credential_files(text: str) -> list[Span]:
    spans = []
    found = (*(_SASL_PASSWD.finditer(text) if "]" in text else ()),
             *(_UCI_SECRET.finditer(text) if "option" in text and "config " in text else ()),
             *(_PLAIN_SCHEME.finditer(text) if "{PLAIN" in text or "{CLEAR" in text else ()))
    for m in found:
        if not is_placeholder(m.group("value")):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    return spans
