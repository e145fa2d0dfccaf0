"""The twelfth round, pattern families: secrets by what a value decodes to (base64 of "user:password"), by the field a
setting's value is given in (a `{"value": ...}` object, a Kubernetes env entry), by tools' syntax (mosquitto_passwd,
Tasmota's console, an rclone b2 remote's account, a .pgpass line's spaced last field), by a vendor's "API:" label, a
"user X, pass Y" login, a recovery phrase told, a door's or key safe's code; SSNs listed after a cued one and in X12's
NM1 (qualifier 34) and REF segments; cards read by OCR; phones after their word in more languages and in a signature's
dotted fields; dates glued to CJK, Hangul, Thai and Hebrew letters, Korean and Chinese dotted dates, Hungarian and
Croatian dots, Thai Buddhist years before 1957. Precision: IMEIs told with "is", Message-IDs named in prose, "e.g." as a
fiction cue, numbers told as a policy's or a claim's, a log line's bracketed stamp, an address after a product's name,
test cards with a particle glued on. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type

# --- secrets --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # base64 of "deploy:Wq7!xv3Lz" with no label at all
        ("the CI job exports ZGVwbG95OldxNyF4djNMeg== before pushing", "ZGVwbG95OldxNyF4djNMeg=="),
        ('{"auths": {"registry.corp.lan": {"auth": "YnVpbGQ6cEA1NXcwcmQhOQ=="}}}', "YnVpbGQ6cEA1NXcwcmQhOQ=="),
        ('"mail.smtp.password": {"value": "Tz4?bnWq81"},\n"mail.smtp.port": {"value": 587}', "Tz4?bnWq81"),
        ("containers:\n- env:\n  - name: CACHE_PASSWORD\n    value: kR2#pLw9Vz\n", "kR2#pLw9Vz"),
        ("task env: - name: NPM_AUTH value: c2t5OmRhcmtMaW1lMjI= , right?", "c2t5OmRhcmtMaW1lMjI="),
        ("ran `mosquitto_passwd -b /etc/mosquitto/pw kitchen-plug Otter.77#` yesterday", "Otter.77#"),
        ("cmnd: WebPassword Hq5*tvzz91", "Hq5*tvzz91"),
        ("Backlog MqttHost 10.0.0.2; MqttPassword Vr8!kkp2Q; MqttUser attic", "Vr8!kkp2Q"),
        ("[offsite]\ntype = b2\naccount = 0027ffe31ab904c0000000011\nkey = K002abcdEFGHijklMNOP\n", "0027ffe31ab904c0000000011"),
        ("~/.pgpass:\n10.4.4.9:5432:ledger:ledger_app:tulip marble cobalt fern\n", "tulip marble cobalt fern"),
        ("Vault dump:\nPagerDuty API: u+7hD2kQpX9zLm4RtV1c\n", "u+7hD2kQpX9zLm4RtV1c"),
        ("syslog: auth failure from 10.9.8.7, user root, pass Pl0ver#61.", "Pl0ver#61"),
        ("login failed, username ops pass amber willow gravel socket", "amber willow gravel socket"),
        ("Ugh, my recovery phrase is heron.slate.mint.orbit29 and I posted it.", "heron.slate.mint.orbit29"),
        ("notify_pass: lantern_pebble_saffron_harbor\nnotify_host: mail.lan\n", "lantern_pebble_saffron_harbor"),
        ("Password Wi-Fi: v4hqzrtekpdjxwam. Sudah aman?", "v4hqzrtekpdjxwam"),
        ("הקוד לאינטרנט: סיסמת הראוטר היא Gz7#pwQ55. תודה", "Gz7#pwQ55"),
    ],
)
def test_a_secret_given_in_a_known_form_is_a_secret(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hi Marek, the lockbox next to the garage door is now 7392. Thanks!", "7392"),
        ("Dörrkoden är 5170, nyckeln ligger på hyllan.", "5170"),
        ("Liebe Frau Wendt, der Schlüssel hängt im Kasten am Zaun, Code 90214.", "90214"),
    ],
)
def test_a_code_that_opens_a_door_or_a_key_safe_is_a_secret(text: str, code: str) -> None:
    assert code in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    [
        "the sha is dGhpcyBpcyBqdXN0IHRleHQgbm90IGNyZWRz ok",  # base64 of prose, no "user:password" in it
        "username backup password encryption aes",  # a device's keywords
        "pass the salt, username is Ines",
        "- name: LOG_LEVEL\n  value: debug\n",
        "db_pass: read_from_env_file\n",
        "The key is under the mat and the meeting code 4411 is on the invite.",
        "Mailgun API: see the docs for the endpoint list",
    ],
)
def test_words_settings_and_decoded_prose_are_no_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


# --- SSNs -----------------------------------------------------------------------------------------------------------


def test_numbers_listed_after_a_cued_ssn_are_ssns_too() -> None:
    text = "our ssn field lost its zeros in excel, e.g. 031558204, 648203771 and 402118839."
    assert of_type(text, E.US_SSN) == ["031558204", "648203771", "402118839"]


def test_x12_names_an_ssn_by_its_qualifier() -> None:
    text = "ISA*00*~\nINS*Y*18*021*28*A***FT~\nREF*0F*523118406~\nNM1*IL*1*MORROW*ELLIS****34*523118406~\nN3*12 Oak St~"
    assert of_type(text, E.US_SSN) == ["523118406", "523118406"]


def test_an_x12_subscriber_number_outside_an_enrolment_and_an_invoice_list_are_no_ssns() -> None:
    assert of_type("REF*0F*523118406~ alone", E.US_SSN) == []
    assert of_type("invoices 031558204, 648203771 are due", E.US_SSN) == []


# --- cards, phones --------------------------------------------------------------------------------------------------


def test_a_card_read_by_ocr_with_stray_gaps_is_a_card() -> None:
    text = "PARKING RECEIPT PLATE KL22ABC CARD 4539- 1488-0343-64 67 TOTAL 42.00"
    assert of_type(text, E.CREDIT_CARD) == ["4539- 1488-0343-64 67"]


def test_a_test_card_with_a_particle_glued_on_is_no_card() -> None:
    assert of_type("테스트 카드 5200 8282 8282 8210로 결제해도 되나요?", E.CREDIT_CARD) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Poistná udalosť v Žiline, majiteľ Peter Kováč, telefón 0905123456.", "0905123456"),
        ("Pedido de reparação, Rua Nova 8, Braga. Contacto 913456782. Obrigado.", "913456782"),
        ("Lukas Schmid · Site Manager · Galway · 0871234567 · https://www.linkedin.com/in/lukas-schmid", "0871234567"),
        ("Hanne Berg nås på 41234567 etter klokka fire.", "41234567"),
    ],
)
def test_a_national_number_after_its_word_or_in_a_signature_is_a_phone(text: str, phone: str) -> None:
    assert phone in of_type(text, E.PHONE)


@pytest.mark.parametrize(
    "text",
    [
        "My phone's IMEI is 356938035643809. Will a reset change it?",
        "the claim number is CLM-5531 and the policy is 60491827. How long does it take?",
        "Numer zamówienia 55120934 nie dotarł.",
        "The signup form says 'e.g. Max Muster, 07700 900123'. Must I use that format?",
        "order · 2024 · 123456789 · https://shop.example.com/x",
    ],
)
def test_imeis_file_numbers_and_example_numbers_are_no_phones(text: str) -> None:
    assert of_type(text, E.PHONE) == []
    assert of_type(text, E.CREDIT_CARD) == []


def test_a_message_id_named_in_prose_is_no_email() -> None:
    assert of_type("What does the header Message-ID <4f1c9a2e-77b0-4c2e-9d1a-0b5e6c7d8e9f@mx.mailhost.net> say?", E.EMAIL) == []


def test_an_address_after_a_products_name_is_an_ip_not_a_version() -> None:
    assert of_type("Log nginx: 151.80.14.222 - - \"GET /admin\" 403", E.IP_ADDRESS) == ["151.80.14.222"]


# --- dates ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("签到表：王芳，提交日期2026-03-14，备注无", "2026-03-14"),
        ("민지: 2026-09-02까지 보내줄게", "2026-09-02"),
        ("了解、2026/10/03に払うね", "2026/10/03"),
        ("הפגישה נקבעה ל-2026-02-17 בבוקר", "2026-02-17"),
        ("העברתי ב12 במרץ 2026 את התשלום", "12 במרץ 2026"),
        ("접수일 2026.03.09, 담당자 확인 예정", "2026.03.09"),
        ("Prijava: oštećenje nastalo 9. ožujka 2026.. Hvala.", "9. ožujka 2026."),
    ],
)
def test_a_date_glued_to_its_script_or_dotted_as_its_language_writes_it_is_a_date(text: str, date: str) -> None:
    assert date in of_type(text, E.DATE)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("入学申请：出生日期1971.4.23，联系人李强", "1971.4.23"),
        ("Anyakönyv: Kiss Anna született 1978. március 5. Debrecen városában.", "1978. március 5."),
        ("ข้อมูล: วันเกิด 3 มีนาคม 2490", "3 มีนาคม 2490"),
    ],
)
def test_a_birth_date_in_those_forms_is_a_date_of_birth(text: str, date: str) -> None:
    assert date in of_type(text, E.DATE_OF_BIRTH)


@pytest.mark.parametrize(
    "text",
    [
        "Symfony log:\n[2026-02-03 14:22:09] app.CRITICAL: queue stalled",
        "cups:\nW [03/Feb/2026:14:22:09 +0100] printer offline",
        "pip install certifi==2024.02.02 fails",
        "build tag release-2026-03-14x",
    ],
)
def test_log_stamps_and_versions_are_no_dates(text: str) -> None:
    assert of_type(text, E.DATE) == []


def test_a_link_ends_at_a_cjk_comma_and_the_date_after_it_is_a_date() -> None:
    text = "资料：博客 https://blog.example.cn/u/8812，登记日期2026年2月9日。"
    assert "2026年2月9日" in of_type(text, E.DATE)


def test_a_compact_birth_date_under_its_key_anywhere_in_a_record_is_a_date_of_birth() -> None:
    assert of_type("mrn:88120|dob:19790412|sex:F", E.DATE_OF_BIRTH) == ["19790412"]
    assert of_type("mrn:88120|ref:19790412|sex:F", E.DATE_OF_BIRTH) == []


def test_figures_after_a_plus_are_a_phone_not_an_id() -> None:
    text = "Intake (ZA): surname Dlamini, given Sipho, born 1961-03-02, phone +27712340555, e-mail sipho.d@mail.co.za"
    assert of_type(text, E.PHONE) == ["+27712340555"]
    assert of_type(text, E.NATIONAL_ID) == []


def test_an_api_hosts_endpoint_is_no_ones_page_but_a_users_path_is() -> None:
    assert of_type("the log shows `curl -s https://api.github.com/user` returning 401", E.URL) == []
    assert of_type("her account: https://api.github.com/users/marta-kowal", E.URL) == ["https://api.github.com/users/marta-kowal"]


def test_an_inventory_host_lines_value_keeps_its_question_mark() -> None:
    text = "[web]\n10.0.0.7 ansible_user=ops\n[db]\n10.0.0.9 ansible_become_pass=Walrus.2231?\nWhy does it fail?"
    assert of_type(text, E.SECRET) == ["Walrus.2231?"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("kubectl create secret generic smtp --from-literal=password=Hv6#qLz8Wt", "Hv6#qLz8Wt"),
        ("<MSM><security><sharedKey><keyMaterial>Birch!Lantern47</keyMaterial></sharedKey>", "Birch!Lantern47"),
        ("redis-cli -h cache1\ncache1:6379> AUTH Qm2!vzR8kp\nOK", "Qm2!vzR8kp"),
        ("x11vnc -forever -passwd Lq4zTm9r -display :0", "Lq4zTm9r"),
        ("openssl enc -aes-256-cbc -salt -k Vw7!nPq3 -in notes.txt -out notes.enc", "Vw7!nPq3"),
        ("Der Alarmcode: 6620, bitte nach dem Betreten eingeben.", "6620"),
    ],
)
def test_a_secret_in_more_tools_syntax_is_a_secret(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "otpauth://totp/Shop:kim?issuer=Shop&digits=6",
        "redis log: AUTH failed: WRONGPASS invalid username-password pair",
    ],
)
def test_a_links_scheme_and_a_failed_auth_are_no_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []
