"""Passwords written without a `key = value` around them: handed to a command line (`docker login -u me
-p ...`, `--password=...`), paired with their name in a call (`define('DB_PASSWORD', '...')`,
`os.environ.setdefault("API_KEY", "...")`), or told in a sentence that names a password a few words
earlier ("the Wi-Fi password ... on a call: it's tangerineJigsaw18", "het wachtwoord ... is nu '...'").

The last is the weakest cue, so there the value must look like a password (letters with digits and
mixed case or symbols, or a quoted hyphenated passphrase); the others say what the value is.
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers._bip39 import WORDS as BIP39_WORDS
from llmvpn.privacy.recognizers._context import contains, finditer_words, line_offsets, mentions, shannon_entropy
from llmvpn.privacy.recognizers._words import COMMON
from llmvpn.privacy.recognizers.secrets import _FUNCTION_WORDS as FUNCTION_WORDS
from llmvpn.privacy.recognizers.secrets import is_placeholder
from llmvpn.privacy.spans import EntityType, Span

# `-u user -p pw`, `--password pw`, `--password=pw`, `--db-password pw`, `-p'pw'` right after a user.
_CLI = re.compile(
    r"(?:\s-u[ \t]+[\"']?[^\s\"']+[\"']?[ \t]+-p(?:[ \t]+|(?=[\"']))|(?<!\S)--(?!(?:ask|no|prompt|read|use|with|without|require|force|skip|change|reset|generate|random)-)(?:[a-z0-9]+-)*pass(?:word|wd|phrase)?(?:[ \t]+|=))"
    r"(?P<q>[\"']?)(?P<value>[^\s\"'`]{4,128})(?P=q)"
)
# A flag after the flag (`--password --verbose`, `-p -h host`): lower-case letters and hyphens. A generated password
# may open with a hyphen too ("-wcz6aFn3Gf9Q3"), with capitals or figures after it.
_FLAG = re.compile(r"^--?[a-z][a-z-]*$")
# Tools that take a password in their own way: `htpasswd -b file user pw`, `echo 'pw' | sudo -S ...`,
# `echo "$pw" | docker login --password-stdin`, `echo 'bob:pw' | chpasswd`, `redis-cli -a pw`, `ldapsearch ... -w pw`,
# `openssl ... -passin pass:pw`, `keytool -storepass pw`, `zip -P pw`, `7z x -ppw`, `net user bob pw /add`,
# `docker login --password-stdin <<< pw`, `mysqldump -u root -ppw`, SQL's `IDENTIFIED BY 'pw'`, Redis' `requirepass pw` and `masterauth pw`.
_TOOL = re.compile(
    r"(?:\b(?:htpasswd|mosquitto_passwd)[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+\S+[ \t]+\S+[ \t]+"
    r"|\becho[ \t]+(?:-[ne][ \t]+)?(?=[\"']?[^\s\"'|]{4,128}[\"']?[ \t]*\|[ \t]*(?:sudo[ \t]+-S|[^|\n]*--password-stdin|[^|\n]*passwd[ \t]+--stdin))"
    r"|\becho[ \t]+(?:-[ne][ \t]+)?[\"']?[\w.-]+:(?=[^\s\"'|]{4,128}[\"']?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd)"
    r"|\bredis-cli\b[^\n|]*?[ \t]-a[ \t]+|\bldap\w+\b[^\n|]*?[ \t]-w[ \t]+|[ \t]-pass(?:in|out)[ \t]+pass:"
    r"|[ \t]-(?:store|key|srcstore|deststore|srckey|destkey)pass[ \t]+|\b(?:zip|unzip)\b[^\n|]*?[ \t]-P[ \t]+|\b7za?\b[^\n|]*?[ \t]-p"
    r"|\bnet[ \t]+user[ \t]+\S+[ \t]+(?=[^\s/*]{4,128}[ \t]+/add)|\b(?:mysqldump|mysqladmin|mariadb(?:-dump)?)\b[^\n|]*?[ \t]-p(?=[^\s\"'])"
    r"|(?:--password-stdin|\bsudo[ \t]+-S)\b[^\n|<]*<<<[ \t]*"
    r"|(?i:\bidentified[ \t]+(?:with[ \t]+\w+[ \t]+)?by[ \t]+(?=[\"'])|\b(?:requirepass|masterauth)[ \t]+))"
    r"(?P<q>[\"']?)(?P<value>[^\s\"'|`]{4,128})(?P=q)"
)
# (Mosquitto's mosquitto_passwd takes "-b file user password" as htpasswd does; a backtick closes the command quoted in prose.)
# (most of them pass the password after a " -" flag; the others hold one of these words, in the case they are typed in)
_TOOL_FLAGGED = ("htpasswd", "mosquitto_passwd", "redis-cli", "ldap", "-pass", "storepass", "keypass", "zip", "7z", "mysql", "mariadb")
_TOOL_WORDS = ("echo", "net user", "IDENTIFIED", "identified", "requirepass", "masterauth", "<<<")
# Network devices and daemons keep their secrets in their own syntax, with no "=" or ":" after the name:
# Cisco IOS (`enable secret 0 ...`, `username ops privilege 15 password 7 ...`, `snmp-server community ... RO`,
# `tacacs-server host 10.1.1.5 key ...`, `key-string ...`, `crypto isakmp key ... address ...`, `wpa-psk ascii 0 ...`,
# `ip ospf authentication-key ...`), Juniper (`encrypted-password "..."`, `secret "$9$..."`), HAProxy (`stats auth
# admin:...`, `user ops insecure-password ...`), keepalived (`auth_pass ...`), strongSwan's ipsec.secrets (`: PSK "..."`),
# Mosquitto and others' `password_file`-less lines. A figure before the value names how it is stored (0 clear, 5 and
# 7 hashed or obfuscated): a hash is still the credential's, so it goes too.
_DEVICE = re.compile(
    r"(?im)(?:^[ \t]*enable[ \t]+(?:secret|password)(?:[ \t]+level[ \t]+[0-9]+)?(?:[ \t]+[0-9](?=[ \t]))?"
    r"|^[ \t]*username[ \t]+\S+(?:[ \t]+privilege[ \t]+[0-9]+)?[ \t]+(?:secret|password)(?:[ \t]+[0-9](?=[ \t]))?"
    r"|^[ \t]*snmp-server[ \t]+(?:community|host[ \t]+\S+(?:[ \t]+version[ \t]+\S+)?)"
    r"|^[ \t]*(?:tacacs|radius)-server[ \t]+(?:host[ \t]+\S+(?:[ \t]+(?:auth-port|acct-port|port|timeout)[ \t]+[0-9]+)*[ \t]+)?key(?:[ \t]+[0-9](?=[ \t]))?"
    r"|^[ \t]*(?:key-string|(?:ip[ \t]+)?(?:ospf[ \t]+)?authentication-key|ip[ \t]+ospf[ \t]+message-digest-key[ \t]+[0-9]+[ \t]+md5|"
    r"(?:tunnel[ \t]+)?pre-shared-key(?:[ \t]+address[ \t]+\S+)?(?:[ \t]+key)?|wpa-psk[ \t]+ascii|crypto[ \t]+isakmp[ \t]+key|"
    r"server-private[ \t]+\S+[ \t]+key|ppp[ \t]+(?:chap|pap)[ \t]+(?:password|sent-username[ \t]+\S+[ \t]+password))(?:[ \t]+[0-9](?=[ \t]))?"
    r"|^[ \t]*(?:encrypted-password|authentication-key|pre-shared-key[ \t]+ascii-text|secret)(?=[ \t]+\"[^\"\n]+\";?[ \t]*$)"
    r"|^[ \t]*stats[ \t]+auth[ \t]+[^\s:]+:(?=\S)"
    r"|^[ \t]*user[ \t]+\S+[ \t]+(?:insecure-)?password"
    r"|^[ \t]*auth_pass(?=[ \t])"  # (not "auth_password ${...}": keepalived's own word, alone)
    # (and the passphrase of a private key there: ": RSA server.key \"...\"", ": ECDSA", ": P12")
    r"|^[^\n:]*:[ \t]*(?:PSK|EAP|XAUTH|NTLM|(?:RSA|ECDSA|BLISS|P12|PKCS12)[ \t]+[^\s\"]+)(?=[ \t]+\"))"
    r"[ \t]*(?P<q>\"?)(?P<value>[^\s\"]{4,256})(?P=q)"
)
_DEVICE_HINTS = ("enable", "username", "snmp-server", "-server", "key-string", "authentication-key", "message-digest-key",
                 "pre-shared-key", "wpa-psk", "isakmp", "server-private", "ppp", "encrypted-password", "secret", "stats",
                 "password", "auth_pass", "PSK", "EAP", "XAUTH", "NTLM", "RSA", "ECDSA", "P12")
_DEVICE_HINTS_LOWER = tuple(h.lower() for h in _DEVICE_HINTS)
# Words that follow those names in a command that sets no secret ("snmp-server host 10.0.0.9 version 2c ...",
# "username x password encryption aes").
_DEVICE_KEYWORDS = frozenset(("encryption", "aes", "sha", "md5", "none", "required", "optional", "ro", "rw", "view", "traps",
                              "informs", "version", "group", "user", "timeout", "retransmit", "host", "level"))
# A name and its value as the two arguments of a call: define(), setdefault(), config.set(), putenv().
_PAIR = re.compile(
    r"(?P<nq>[\"'])(?P<name>[\w.-]*(?i:pass(?:word|wd|phrase)?|pwd|secret|key|salt|token|auth)[\w.-]*)(?P=nq)"
    r"[ \t]*,[ \t]*(?:(?P<q>[\"'])(?P<value>[^\"'\n]{4,512})(?P=q))"
)
_PAIR_HINTS = ("pass", "pwd", "secret", "key", "salt", "token", "auth")
# Names whose value is a password or a secret whatever it looks like; other names (`api_key`, `AUTH_SALT`)
# also hold ordinary settings, so their value must look random.
_PASSWORD_NAME = re.compile(r"(?i)pass|pwd|secret")
_CUE = re.compile(
    r"(?i)\b(?:password|passwort|kennwort|wachtwoord|passphrase|passcode|mot de passe|contraseña|senha|"
    r"salasana|lösenord|hasło|adgangskode|passord|wifi key|wi-fi key|"
    # Turkish, Czech/Slovak, Danish/Norwegian ("min kode til netbanken er ..."), Hungarian, Romanian, Croatian,
    # Catalan, Greek, Russian/Ukrainian
    r"şifre|şifrem|şifresi|parola|parolam|parolă|heslo|hesla|kodeord|kode|jelszó|jelszavam|lozinka|geslo|"
    r"contrasenya|κωδικός|κωδικό|κωδικού|пароль|пароля|паролем|паролю|"
    # the same word inflected ("az érintett jelszót", "salasanan", "hasła", "heslem", "lozinku"), and in Estonian,
    # Latvian, Lithuanian, Bulgarian, Serbian, Icelandic, Albanian, Hebrew and Arabic
    r"jelszót|jelszava|jelszavát|jelszóval|jelszavad|salasanan|salasanaksi|salasanalla|hasła|hasłem|heslem|lozinku|lozinke|"
    r"gesla|geslom|parool|parooli|parooliks|parole|paroli|slaptažodis|slaptažodį|slaptažodžio|парола|паролата|лозинка|лозинку|"
    r"lykilorð|lykilorðið|fjalëkalimi|fjalëkalim|סיסמה|הסיסמה|סיסמא|הסיסמא|סיסמת|السر|المرور|"
    # Vietnamese, Indonesian, Malay; the short "pw"; a Wi-Fi network's key as its box and its owners name it
    r"mật khẩu|kata sandi|kata laluan|pw|psk|pre-?shared key|network key|netzwerkschlüssel|"
    # Swahili, Hindi, Bengali, Tamil, Persian, Urdu
    r"nenosiri|neno la siri|पासवर्ड|পাসওয়ার্ড|கடவுச்சொல்|رمز عبور|پاس ورڈ|clave|"
    r"wlan[ -]?(?:schlüssel|passwort|kennwort|key|code)|(?:clé|clave|chave|code|codice|sleutel|kod)[ -](?:du |del |da |de )?(?:wifi|wi-fi|wlan)|"
    # the network's name as the label of its key in a note ("Wi-Fi: k7q...", "and wifi k7q..."), and the British banks' second secret
    # ("memorable word", "memorable information"), asked for beside the password
    r"wi-?fi|memorable[ \t]+(?:word|information|info|phrase))s?\b"
)
_CUE_WORDS = frozenset(
    "password passwords passwort kennwort wachtwoord passphrase passcode passe contraseña senha salasana lösenord "
    "hasło adgangskode passord şifre şifrem şifresi parola parolam parolă heslo hesla kodeord kode jelszó jelszavam "
    "lozinka geslo contrasenya κωδικός пароль khẩu sandi laluan pw psk pre preshared network netzwerkschlüssel wlan "
    "wifi wi κωδικό κωδικού пароля паролем паролю jelszót jelszava jelszavát jelszóval jelszavad salasanan salasanaksi "
    "salasanalla hasła hasłem heslem lozinku lozinke gesla geslom parool parooli parooliks parole paroli slaptažodis "
    "slaptažodį slaptažodžio парола паролата лозинка лозинку lykilorð lykilorðið fjalëkalimi fjalëkalim סיסמה הסיסמה סיסמא הסיסמא סיסמת "
    "السر المرور clave memorable".split()
)
# (after "PASSWORD=" or "pw:" written without a space, the "=" or ":" is the label's, not the password's)
# (a value in brackets is quoted by them: "az érintett jelszót (pikachu_14!)")
_TOKEN = re.compile(r"(?:(?<=[^\W\d_])[=:](?=[^\s\"'“‘«]))?(?:(?P<paren>\()|(?P<q>[\"'“‘«]?))"
                    r"(?P<value>(?(paren)[^\s\"'“”‘’«»()]|[^\s\"'“”‘’«»]){6,64})")
_SYMBOLS = frozenset("!@#$%^&*+=?~")
# "radish-bramble-ember", "velvet-cactus-pepper60", "otter-bluey-245"
# ... and the words joined by "_" or "." ("falcon_canyon_quartz24", "walnut.thistle.glacier.falcon92": with "." only
# with figures after the words, or it is a host or a package's name)
_PASSPHRASE = re.compile(r"^[a-z]+(?:-[a-z]+){2,}[0-9]{0,4}$|^[a-z]+(?:-[a-z]+)+-[0-9]{1,4}$|^[a-z]+(?:_[a-z]+){2,}[0-9]{0,4}$"
                         r"|^[a-z]+(?:\.[a-z]+){2,}[0-9]{1,4}$")
_DOTTED_WORDS = re.compile(r"^[a-z]{3,}(?:\.[a-z]{3,}){3,}$(?<!\.local)(?<!\.internal)(?<!\.com)(?<!\.org)(?<!\.net)"
                           r"(?<!\.corp)(?<!\.home)(?<!\.arpa)(?<!\.lan)(?<!\.cluster)(?<!\.intra)")
# ... or a word with figures set apart ("hurricane_76", "Maple.2291")
_WORD_AND_FIGURES = re.compile(r"^[A-Za-z]{4,}[_.-][0-9]{2,4}[!?#*]?$")
# ... or glued to them, right after the password word ("κωδικός dragon1333", "heslo kocour2211")
_WORD_THEN_FIGURES = re.compile(r"^[a-z]{4,}[0-9]{3,5}$")
# A field's value: after the label's colon, alone to the end of its line ("Persönliches Kennwort: Fenix821?")
_FIELD_VALUE = re.compile(r"(?:[ \t]+[^\W\d_]{2,20})?[ \t]*:[ \t]*[^\s]+")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|\Z)")
# (an address is no password: "ssh asks for a password on 2a02:7055::574e"; an assignment is code whose value the assignment rules find: "DB_PASSWORD=...", "pass=getenv(...)", but a
# generated password may hold an "=" after a few random letters: "gQh=*D_s-*xxzem4ob^4")
# (nor a published advisory's id: "CVE-2024-3094", "GHSA-xxxx-xxxx-xxxx", what a question about a "kode" may name)
_NOT_A_PASSWORD = re.compile(r"://|^CVE-[0-9]{4}-[0-9]{4,7}$|^GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}$|^(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}$|^(?:[0-9]{1,3}\.){3}[0-9]{1,3}|^[A-Za-z]+/[0-9.]+$|^@[\w.-]*$|^v?[0-9]+(?:\.[0-9]+)+|^(?-i:[A-Z][A-Z0-9_]+|[a-z_][a-z0-9_]+|[a-z]{2,}(?:[A-Z][a-z0-9]{2,})+|[A-Za-z_]\w*(?=[=:][\w\"'$.(\[{/-][\w\"'$.()\[\]{}/,:-]*$))[=:]|^[A-Za-z_]\w*[(\[]|^www\.|@[\w-]+\.[a-z]{2,}$|^[\d\W]+$|\.(?:com|org|net|io|txt|json|py|js|html)$", re.IGNORECASE)
_SENTENCE_AFTER = re.compile(r"\s*$|\s*\n|\s+[A-Z]")  # after a "!" that ends the sentence
# Told as the password, "xmPNZhgOJ=Twe0Fw" is a generated password with an "=" in it, not code assigning a name.
_GENERATED_WITH_EQUALS = re.compile(r"^(?=[^=]*[a-z])(?=[^=]*[A-Z])(?=.*[0-9])[A-Za-z0-9]{4,}=[A-Za-z0-9!@#$%^&*=+]{4,}$")
# "... is now X", "... er X" (da, no), "är" (sv), "je" (cs), "jest" (pl), "na" ("changed to", pl, cs), "de" (tr "also")
_TOLD_BEFORE = re.compile(
    r"(?i)(?:\bis|\bwas|\bnu|\bist|\best|\bes|\bé|\bè|\ber|\bär|\bje|\bjest|\bna|\bde|\bolarak|it's|[:=]|"
    # ... and in the past: "ich glaube es war X", "era", "fue", "foi", "était", "var" (sv, da, no), "był(a)", "byl(o)",
    # "oli" (fi), "volt" (hu), "bio"/"bila" (hr), "a fost" (ro), "idi" (tr)
    r"\bwar|\bera|\bfue|\bfoi|\bétait|\bvar|\bbył[aoy]?|\bbyl[ao]?|\boli|\bvolt|\bbio|\bbila|\bfost|\bidi|"
    # Vietnamese "là", Indonesian "adalah", Malay "ialah"; and the password chosen: "i went with X", "picked X"
    r"\blà|\badalah|\bialah|\bwent with|\bchose|\bpicked|\bopted for|"
    # Estonian and Finnish "on" (after their own word for it: in English "password on server01" says where),
    # Latvian "ir", Lithuanian "yra", Bulgarian "е", Serbian "је"
    r"\bon|\bir|\byra|(?<!\w)е|(?<!\w)је|"
    # Hebrew "היא"/"הוא" and Arabic "هي"/"هو" ("הסיסמה של המשתמש admin היא ...")
    r"(?<!\w)היא|(?<!\w)הוא|(?<!\w)هي|(?<!\w)هو)[ \t]+$"
)
# In Japanese, Chinese, Korean and Thai no space parts the word from what follows it: "パスワードはHx8k2Lm!です",
# "密码是Hx8k2Lm!", "비밀번호: ...". The password is the run of ASCII after the word and its particle or colon.
_CJK = re.compile(
    r"(?:パスワード|暗証番号|密码|密碼|口令|비밀번호|암호|รหัสผ่าน)"
    # (the account's name may stand between the word and its particle: "รหัสผ่าน root คือ ...", "パスワード admin は ...")
    r"(?:[ \t]*(?:の|ของ|의)?[ \t]*[A-Za-z][\w.@-]{0,30}(?=[ \t]*(?:は|是|为|為|：|:|는|은|คือ)))?"
    r"(?:[ \t]*(?:は|是|为|為|：|:|는|은|คือ)){0,2}[ \t]*"
    r"[「『“\"']?(?P<value>[!#-&(-~]{4,64}?)(?=[」』”\"']|[^!-~]|$)"
)
_NO_STOP_AFTER = re.compile(r"[ \t]*(?:\r?\n|$)|[^\x00-\x7f\s]")
_CJK_HINTS = ("パスワード", "暗証番号", "密码", "密碼", "口令", "비밀번호", "암호", "รหัสผ่าน")
_FINNIC_CUES = frozenset(("parool", "parooli", "salasana", "salasanan", "salasanaksi", "salasanalla"))
_DIGIT_AFTER_SPACED = re.compile(r"[a-z] [a-z]{3,10}[0-9]")  # the cheap sign of a spaced passphrase
_SENTENCE_BREAK = re.compile(r"[.!?](?:[ \t]|$)")
# The password word as the head of a compound: "Wifi-passord", "WLAN-Passwort", "admin-password" (a word of letters
# before the hyphen, no "/" or ":" of a link or a path: "/reset-password?", "user:password@" stay out).
_COMPOUND = re.compile(r"(?:^|[\s\"'(])[^\W\d_]{2,}-$")
# One word between the password word and the value, a colon after it or not: "admin", "администратора", "routeru".
_ONE_WORD = re.compile(r"[ \t]+[^\W\d_]{2,20}(?:-[^\W\d_]{2,20})?[ \t]*:?[ \t]*[\"'“‘«]?")  # (or hyphened: "Password Wi-Fi: ...")
_WINDOW = 100  # characters after the password word that the value may be in


def find(text: str) -> list[Span]:
    """Passwords on command lines, in name-value call pairs, and told in prose near a password word."""
    spans = []
    if " -" in text or text.startswith("--"):
        for m in _CLI.finditer(text):
            value, end = m.group("value"), m.end("value")
            if not m.group("q") and value[-1] in ".,;" and (end == len(text) or text[end].isspace()):
                value, end = value[:-1], end - 1  # the sentence's full stop: "... --password Xy7!pq."
            if len(value) >= 4 and not is_placeholder(value) and not _FLAG.match(value):
                spans.append(Span(m.start("value"), end, EntityType.SECRET, 0.85))
    if " -" in text and any(h in text for h in _TOOL_FLAGGED) or any(h in text for h in _TOOL_WORDS):
        for m in _TOOL.finditer(text):
            if not is_placeholder(m.group("value")) and not m.group("value").startswith("-"):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    if "\n" in text and contains(text, _DEVICE_HINTS_LOWER):
        for m in _DEVICE.finditer(text):
            value = m.group("value")
            if not is_placeholder(value) and value.lower() not in _DEVICE_KEYWORDS:
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    if "," in text and contains(text, _PAIR_HINTS):
        for m in _PAIR.finditer(text):
            value = m.group("value")
            if is_placeholder(value) or value.isspace():
                continue
            if _PASSWORD_NAME.search(m.group("name")) or len(value) >= 16 and shannon_entropy(value) >= 3.5:
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.85))
    if mentions(text, _ANSWER_WORDS):
        spans.extend(_security_answers(text))
    if (mentions(text, _CUE_WORDS) or any(h in text for h in _CJK_HINTS)) and _APP_PASSWORD.search(text):
        spans.extend(_app_passwords(text))
    if mentions(text, _CUE_WORDS) or contains(text, ("mot de passe", "wi-fi key", "wifi key", "nenosiri", "neno la siri",
                                                      "पासवर्ड", "পাসওয়ার্ড", "கடவுச்சொல்", "رمز عبور", "پاس ورڈ")):
        spans.extend(_told(text))
        spans.extend(_reset_to(text))
    if any(h in text for h in _CJK_HINTS):
        for m in _CJK.finditer(text):
            # (a "!" or "?" the sentence goes on after, with no space, or that ends the line is the password's own:
            # "パスワードはHx8k2Lm!です", "비밀번호: bramb.Ocel70?"; before a space it may end a sentence)
            value = m.group("value").rstrip(".,;:" if _NO_STOP_AFTER.match(text, m.end("value")) else ".,;:?!")
            if len(value) >= 4 and not is_placeholder(value) and not _NOT_A_PASSWORD.search(value):
                spans.append(Span(m.start("value"), m.start("value") + len(value), EntityType.SECRET, 0.8))
    if contains(text, _SPACED_HINTS) and _DIGIT_AFTER_SPACED.search(text):
        spans.extend(_spaced_passphrases(text))
    if contains(text, ("pass", "pwd", "secret", "token", "api_key", "api-key", "apikey", "authtok")):
        spans.extend(_name_space_value(text))
    if mentions(text, _PIN_WORDS):
        spans.extend(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8) for m in _PIN.finditer(text))
    if contains(text, ('"new', '"old', '"temp', '"previous')) and contains(text, ("pass", "pwd")):
        spans.extend(_changed_passwords(text))
    return spans


# An audit log's record of a password change: on a line (a JSON record) whose event names one ("password_reset",
# "change_password", "pwd_changed"), the quoted values of "new", "old", "temp" and the like are the passwords set and
# replaced, whole, whatever their shape ("new":"oxbow1989*", "new":"puffin.bramble.saffron.heliotrope").
_PASSWORD_EVENT = re.compile(r"(?i)(?:pass(?:word|wd)?|pwd)[_ .-]?(?:reset|change|changed|update|updated|set)|"
                             r"(?:reset|change|update|set)[_ .-]?(?:pass(?:word|wd)?|pwd)")
_CHANGED_VALUE = re.compile(r"(?i)\"(?:new|old|temp|temporary|previous|current)(?:[_-]?(?:pass(?:word|wd)?|pwd))?\""
                            r"[ \t]*:[ \t]*\"(?P<value>(?:[^\"\\\n]|\\.){4,128})\"")


def _changed_passwords(text: str) -> list[Span]:
    spans = []
    for line_start, line in zip(line_offsets(lines := text.split("\n")), lines):
        if _PASSWORD_EVENT.search(line):
            for m in _CHANGED_VALUE.finditer(line):
                if not is_placeholder(m.group("value")):
                    spans.append(Span(line_start + m.start("value"), line_start + m.end("value"), EntityType.SECRET, 0.85))
    return spans


# The answer to an account's security question opens the account as its password does: "security answer: Marmalade1979",
# "secret answer = blue whale", "Sicherheitsantwort: ...", "respuesta de seguridad: ...". It runs to the end of its
# cell, clause or line, four words at most.
_SECURITY_ANSWER = re.compile(
    r"(?i:\b(?:security|secret)[ \t]+(?:question[ \t]+)?answer|\bsicherheitsantwort|\brespuesta[ \t]+(?:de[ \t]+seguridad|secreta)|"
    r"\bréponse[ \t]+(?:secrète|de[ \t]+sécurité)|\brisposta[ \t]+(?:di[ \t]+sicurezza|segreta)|\bresposta[ \t]+(?:de[ \t]+segurança|secreta))"
    r"[ \t]*[:=][ \t]*(?P<q>[\"']?)(?P<value>[^\s,;\"'|]{2,64}(?:[ \t][^\s,;\"'|.!?]{1,32}){0,3})(?P=q)"
)
_ANSWER_WORDS = frozenset(("answer", "sicherheitsantwort", "respuesta", "réponse", "risposta", "resposta"))


def _security_answers(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_SECURITY_ANSWER, text):
        value, end = m.group("value"), m.end("value")
        if not m.group("q") and value[-1] in ".?!":
            value, end = value[:-1], end - 1  # the sentence's full stop
        if len(value) >= 2 and not is_placeholder(value):
            spans.append(Span(m.start("value"), end, EntityType.SECRET, 0.8))
    return spans


# An app password as Google and Apple issue them, four groups of four lower-case letters ("fpsl etpk ufji gskh",
# "abcd-efgh-ijkl-mnop"), after the password's word on its line in any language read ("app password: ...",
# "アプリパスワード: ...", "password qqoy upfo ftwu fudn"): the space between the groups does not end it, as it ends
# another password. Four words of four letters are a phrase instead ("password must have four more"): the groups
# must be no words.
# (the space before it first, for speed: it stands after its label)
_APP_PASSWORD = re.compile(r"[ \t](?P<value>[a-z]{4}([ -])[a-z]{4}\2[a-z]{4}\2[a-z]{4})(?![\w-])")
_CUE_BEFORE_REACH = 40


def _app_passwords(text: str) -> list[Span]:
    spans = []
    for m in _APP_PASSWORD.finditer(text):
        start = m.start("value")
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - _CUE_BEFORE_REACH) : start]
        words = sum(g in COMMON or g in BIP39_WORDS or g in FUNCTION_WORDS for g in re.split("[ -]", m.group("value")))
        if words <= 1 and (_CUE.search(before) or any(h in before for h in _CJK_HINTS)):
            spans.append(Span(start, m.end("value"), EntityType.SECRET, 0.85))
    return spans


# A password set by someone and then given: "support reset it by hand to Spring2024!", "changed it to ...".
_RESET_TO = re.compile(r"(?i)\b(?:reset|changed?|set)\b[^\n.!?]{0,30}?\bto[ \t]+[\"'“‘]?(?P<value>[^\s\"'”’]{6,64})")


def _reset_to(text: str) -> list[Span]:
    spans = []
    for m in _RESET_TO.finditer(text):
        value, end = m.group("value"), m.end("value")
        if value[-1:] in ".,;:)" or value[-1:] in "!?" and _SENTENCE_AFTER.match(text, end):
            value, end = value[:-1], end - 1
        # (in a text about a password, what it was set to may also be generated in one case, "0fbxj4127lohef3s", or
        # words with figures, "otter.walnut.correct.copper40")
        if (_password_shaped(value, False, False) or _generated(value) or _NUMBERED_PASSPHRASE.match(value)) and not is_placeholder(value):
            spans.append(Span(m.start("value"), end, EntityType.SECRET, 0.8))
    return spans


_NUMBERED_PASSPHRASE = re.compile(r"^[a-z]{3,}(?:[-._][a-z]{3,}){2,}[0-9]{1,4}$")


# A passphrase of common words with spaces and figures at its end ("violet orbit correct lantern88"), as password
# managers and IT departments generate them, given a little after a password's name on the same line: a label
# ("password: ...", "hasło: ...", "<password>..."), an assignment ("PGPASSWORD=...", "'dbpassword' => '..."), a login
# ("curl -u bob:...", "admin / ..."). Prose has function words and no figures glued to its last word.
_SPACED_PASSPHRASE = re.compile(r"(?<![\w.@/-])[a-z]{3,10}(?:[ ][a-z]{3,10}){2,5}[0-9]{1,4}(?![\w@/-])")
_SPACED_CUE = re.compile(
    r"(?i)(?:pass|pwd|secret|kennwort|wachtwoord|contrase|senha|has[łl]o|heslo|парол|κωδικ|lösenord|salasan|adgangskode|"
    r"kodeord|parola|şifre|jelsz|lozink|geslo|parool|slaptaž|lykilorð|clave|mot de passe)[^\n.!?]{0,40}$"
    r"|\s-u[ \t]+[^\s:]+:$|\b(?:admin|administrator|root|user)[ \t]*/[ \t]*$"
    # and what a password was changed to ("changed it to ...")
    r"|\b(?:reset|changed?|set)\b[^\n.!?]{0,30}?\bto[ \t]+$"
)
# ... and a .pgpass line's last field ("host:5432:db:user:..."), from the line's start
_PGPASS_HEAD = re.compile(r"[ \t]*[\w.*-]+:(?:[0-9]{2,5}|\*):[\w.*-]+:[^\s:]+:")
_SPACED_HINTS = ("pass", "pwd", "secret", "-u ", "/", "kennwort", "wachtwoord", "contrase", "senha", "has", "heslo", "парол",
                 "κωδικ", "lösenord", "salasan", "kode", "parola", "şifre", "jelsz", "lozink", "geslo", "parool", "slaptaž",
                 "lykilorð", "clave", "mot de passe")


def _spaced_passphrases(text: str) -> list[Span]:
    spans = []
    for m in _SPACED_PASSPHRASE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        # (the run may open with the words before the passphrase, "heslo lantern walnut orbit maple99": each start is
        # tried, from just after the last password word inside the run if there is one)
        spaces = [m.start() + i + 1 for i, ch in enumerate(m.group()) if ch == " "][:-2]
        named = [at for at in spaces if _SPACED_CUE.search(text, at - 12, at)]
        starts = named[-1:] or [m.start(), *spaces]
        for start in starts:
            cue = _SPACED_CUE.search(text, max(line_start, start - 60), start) or _PGPASS_HEAD.fullmatch(text, line_start, start)
            if cue is None or cue.group().endswith("to ") and not mentions(text, _CUE_WORDS):
                continue  # ("renamed it to ...": changed to a passphrase only in a text about a password)
            if not any(w in FUNCTION_WORDS for w in text[start : m.end()].split()):
                spans.append(Span(start, m.end(), EntityType.SECRET, 0.8))
            break
    return spans


# A config file that writes a secret's name, a space and its value, alone on a line: msmtp's and .netrc's
# "password ...", Mosquitto's "remote_password ...", "auth_password ...". Not a plain lower-case word ("password
# required", "passwd alice" as a command). A token's or an API key's line (a vault's or a handover note's column:
# "api_token      6a51...") only with a generated value: "token_type  bearer", "api_key  required" are settings.
_NAME_SPACE_VALUE = re.compile(
    r"(?im)^[ \t]*[\w.-]*(?:pass(?:word|wd)?|pwd|secret|(?P<token>token|api[_-]?key|authtok))[\w.-]*[ \t]+(?P<value>[^\s\"'`]{4,128})[ \t]*\r?$"
)


_NOT_A_VALUE = re.compile(r"://|^(?:[0-9]{1,3}\.){3}[0-9]{1,3}|^[\d\W]+$|^[\w.-]+@[\w-]+\.[\w.-]+$|\.(?:txt|conf|cfg|key|pem|json|ya?ml)$")


def _name_space_value(text: str) -> list[Span]:
    spans = []
    for m in _NAME_SPACE_VALUE.finditer(text):
        value = m.group("value")
        if (value.isalpha() and value.islower() or value.lower() in _DEVICE_KEYWORDS or value.startswith(("-", "/", "$", "<"))
                or is_placeholder(value) or _NOT_A_VALUE.search(value)):
            continue
        if m.group("token") and not (len(value) >= 16 and shannon_entropy(value) >= 3.0
                                     and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
            continue
        spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, 0.8))
    return spans


# A PIN or a lock's code in figures: "pin 4471", "PIN: 0912", "the key safe opens with 5520", "door code is 1234#".
# (and the code of a door's keypad in the languages around us: "Türcode", "digicode", "código del portal", "deurcode")
_PIN_WORDS = frozenset("""pin pins pincode passcode code combination combo opens keypad türcode torcode digicode deurcode toegangscode zugangscode zutrittscode
    portkod portkode dørkode ovikoodi código codice kód kod åtkomstkod tilgangskode pääsykoodi přístupový""".split())
_PIN = re.compile(
    r"(?i:\b(?:pin(?:[ -]?code)?|passcode|key ?pad|(?:door|gate|alarm|lock ?box|key ?safe|keybox|safe|entry|access|key ?pad|"
    r"building|intercom|garage|locker|padlock|front door|back door)"
    r"[ \t]+(?:code|combination|combo)|code (?:pin|PIN)|kod pin|tür-?code|tor-?code|haustür-?code|digicode|code (?:de la porte|d'entrée|du portail)|"
    r"código (?:de (?:la )?(?:puerta|entrada|acceso|portal|portão)|do portão)|codice (?:del portone|d'ingresso|del cancello|della porta)|"
    r"deurcode|toegangscode|zugangs-?code|zutritts-?code|"
    # "access code" in the other languages of forms and rental notes
    r"codice (?:di )?accesso|código de acesso|kod dostępu|åtkomstkod|tilgangskode|pääsykoodi|přístupový kód|portkod|portkode|dørkode|ovikoodi|kod (?:do drzwi|do bramy|wejściowy)|kód (?:ke dveřím|od dveří))\b"
    # (a few words may say whose before a colon: "le digicode de l'immeuble : 58214")
    r"(?:(?:[ \t]+[^\W\d][^\s\d:=]{0,19}){1,3}?[ \t]*:)?"
    # (or a record's key, quoted: {"pin": "9401"}, 'door_code' is not one: the word must stand alone in its quotes)
    r"(?:(?<=[A-Za-z])[\"'](?=[ \t]*[:=]))?"
    r"[ \t]*(?:(?:is|was|ist|est|es|è|é|er|är|on|jest|je|now|still|:|=|-)[ \t]*){0,2}(?:(?<=[:=])[ \t]*[\"'])?"
    r"|\b(?:key ?safe|lock ?box|keybox|safe|padlock|door|gate)\b[^\n.!?]{0,30}?\bopens with[ \t]+)"
    r"(?P<value>[0-9]{4,8})(?![\w/-]|[.,][0-9])"
)


def _told(text: str) -> list[Span]:
    """A password-shaped word within a short distance after a password word, on the same line."""
    spans = []
    for cue in _CUE.finditer(text):
        if cue.start() and not text[cue.start() - 1].isspace() and text[cue.start() - 1] not in "\"'“‘(«" and not _COMPOUND.search(
                text, max(0, cue.start() - 24), cue.start()):
            continue  # "user:password@host", "/reset-password?": part of a URL or a name, not prose
        network_only = cue.group().lower().replace("-", "").rstrip("s") == "wifi"
        end = text.find("\n", cue.end(), cue.end() + _WINDOW)
        end = cue.end() + _WINDOW if end < 0 else end
        for m in _TOKEN.finditer(text, cue.end()):
            if m.start() >= end:
                break  # (a word that starts in the window is read whole: "mette.bech99@gmail.com", not "mette.bech99")
            value, value_end = m.group("value"), m.end("value")
            quoted = bool(m.group("q") or m.group("paren"))
            closed = quoted and text[value_end : value_end + 1] in ("\"'”’»" if m.group("q") else ")")
            if not closed and (value[-1:] in ".,;:)" or value[-1:] in "!?" and _SENTENCE_AFTER.match(text, value_end)
                               and not (_FIELD_VALUE.fullmatch(text, cue.end(), value_end) and _LINE_END.match(text, value_end))):
                value, value_end = value[:-1], value_end - 1  # the sentence's punctuation, not the password's
            # ("?" as "!": "I changed it to Regenbogen.969? and now ..." holds it, "is it Hx8k2Lm?" ends the question;
            # a field's value after a colon, alone to the end of its line, holds it too: "Kennwort: Fenix821?")
            # told as the password: "is" (or "er", "na"...) right before it, in the sentence that names the password
            said = _TOLD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            told = bool(said) and not _SENTENCE_BREAK.search(text, cue.end(), m.start()) and (
                said.group().strip().lower() != "on" or cue.group().lower() in _FINNIC_CUES)
            adjacent = not text[cue.end() : m.start()].strip(" \t:=\"'“‘«")  # "password kvxq8vnj...", "wachtwoord: ..."
            # ... or with one word between, whose password it is: "пароль администратора p88joi9u...", "heslo routeru ..."
            near = adjacent or bool(_ONE_WORD.fullmatch(text, cue.end(), m.start()))
            # quoted right after the word, as logs and SQL print it: "user 'ha' password 'otter-bluey-245'",
            # "WITH PASSWORD 'Tr0ub4dor'"; anything but a bare word ("password 'required'")
            given = adjacent and closed and not value.isalpha() and not _NOT_A_PASSWORD.search(value)
            # a passphrase right after the word is given as the password: "root şifresi thistle_velvet_maple79 idi"
            passphrase = near and bool(_PASSPHRASE.match(value) or _WORD_AND_FIGURES.match(value)) or adjacent and bool(
                _WORD_THEN_FIGURES.match(value))
            # ... and a config's field, words joined by dots alone after "password:" to the end of the line ("password:
            # tractor.gooseberry.larch.bramble"): four words or more, the last no host's domain ("svc.cluster.local")
            passphrase = passphrase or adjacent and bool(_DOTTED_WORDS.match(value)) and bool(
                _FIELD_VALUE.fullmatch(text, cue.end(), value_end) and _LINE_END.match(text, value_end))
            if network_only:  # "Wi-Fi: HomeNet-5G" names the network; only a generated value right after it is its key
                if adjacent and _generated(value) and not is_placeholder(value):
                    spans.append(Span(m.start("value"), value_end, EntityType.SECRET, 0.8))
                continue
            if (_password_shaped(value, quoted, told) or near and _generated(value) or given or passphrase) and not is_placeholder(value):
                spans.append(Span(m.start("value"), value_end, EntityType.SECRET, 0.8))
    return spans


# Letters of both cases, a run of two capitals at least, a figure or a symbol, and capitals after small letters twice,
# as generators make them ("guRBUQJZ_mWRKW"), not as names are written ("HTTP_Proxy2", "XMLHttpRequest2").
_SCRAMBLED = re.compile(r"^(?=.*[A-Z]{2})(?=.*[0-9_=+%-])(?=.*[a-z].*[A-Z].*[a-z].*[A-Z])[A-Za-z0-9_=+%-]{10,}$")


# ... or letters alone, three capitals and three small letters at least, as generators with no figures make them
_SCRAMBLED_LETTERS = re.compile(r"^(?=(?:[a-z]*[A-Z]){3})(?=(?:[A-Z]*[a-z]){3})[A-Za-z]{10,}$")
# Names: "getElementById", "XMLHttpRequest", whose words are three letters long on average (generated: "tRwqXaBnLp")
_CAMEL = re.compile(r"^[a-z]*(?:[A-Z][a-z]+)+$|^[A-Z]+[a-z]+(?:[A-Z][a-z]+)*$")
_CASE_RUNS = re.compile(r"[a-z]+|[A-Z]+")


_GROUPS = re.compile(r"[A-Z0-9]{3,6}(?:-[A-Z0-9]{3,6}){2,}")
_SMALL_GROUPS = re.compile(r"[a-z0-9]{3,6}(?:-[a-z0-9]{3,6}){2,}")


def _generated(value: str) -> bool:
    """A generated password in one case: letters and digits mixed ("kvxq8vnjtfxv7jn2"), or groups of capitals
    ("LKDY-NRGY-XFQV"). Said right after the word "password", nothing else looks like that."""
    if len(value) < 8 or _NOT_A_PASSWORD.search(value):
        return False
    if _GROUPS.fullmatch(value):
        return True
    if _SMALL_GROUPS.fullmatch(value) and sum(c.isdigit() for c in value) >= 2 and sum(c.isalpha() for c in value) >= 3:
        return True  # ... or in small letters mixed with figures, as routers print them: "qh2n-e5an-63tc"
    if _SCRAMBLED.match(value):
        return True  # capitals and small letters thrown together: "guRBUQJZ_mWRKW", "b_YmjalMQpOdfM"
    runs = len(_CASE_RUNS.findall(value)) if _SCRAMBLED_LETTERS.match(value) else 0
    if runs >= 5 and not (_CAMEL.match(value) and len(value) >= 3 * (runs + 1) // 2):
        return True  # letters alone, capitals scattered among small ones: "gPrqyZvAKoMS", "tRwqXaBnLp", not "getElementById"
    digits = sum(c.isdigit() for c in value)
    if len(value) >= 12 and value.isalnum() and value.islower() and digits >= 1 and len(set(value)) >= 0.75 * len(value):
        return True  # long, one case, a figure, hardly a letter twice ("v7ciqpyagfxsvmji"): a router's generated key, no word
    return value.isalnum() and 2 <= digits <= len(value) - 4 and not value[: len(value) - digits].isalpha()


def _password_shaped(value: str, quoted: bool, told: bool) -> bool:
    """Letters with digits and mixed case or symbols ("Herbst2019", "N3bul@34"), or a quoted passphrase."""
    if len(value) < 6 or _NOT_A_PASSWORD.search(value) and not (told and _GENERATED_WITH_EQUALS.match(value)):
        return False
    if _PASSPHRASE.match(value):
        return quoted or told  # "is nu radish-bramble-ember-gravel", not "state-of-the-art"
    lower = any(c.islower() for c in value)
    upper = any(c.isupper() for c in value)
    digit = any(c.isdigit() for c in value)
    symbol = any(c in _SYMBOLS for c in value)
    letter = lower or upper
    if told and letter and (digit or symbol) and not _ALGORITHM.match(value):
        return True  # "my password is konijn58", "min kode ... er FCK_89": told as the password, letters and figures
    if len(value) < 8 and not quoted:
        return False
    return lower and (digit and (upper or symbol) or upper and symbol)


# Told after "password is", these name how a password is kept, not the password: "is sha256", "is bcrypt2".
_ALGORITHM = re.compile(r"(?i)^(?:sha|md|bcrypt|scrypt|argon|pbkdf|aes|rsa|utf|base|des|rc|x|v)[-_]?[0-9]")
