"""The ninth round, pattern families: card numbers in dotted groups, wrapped on a receipt's line, or written before a
Korean or Japanese particle; identity numbers after their labels in Chinese, Korean, Thai, Vietnamese and Hebrew, each
checked by its country's rule; secrets in the places tools keep them (a PowerShell SecureString, a Wi-Fi QR string,
OpenWrt's uci, `net use`, a Caddyfile's DNS token, `config set`, a file said to hold one, a domain's transfer code,
keys as byte lists or as a URL's userinfo, a credentials file's lines), backup codes listed down the lines, keypad
codes; phone numbers before a sentence's full stop, in French pairs, after an Asian phone word; dates with Arabic and
Hebrew months, in Japan's eras, and a day and month before a time. False flags gone: an IMEI, a card's expiry, a key's
id, a program's service account, a record's numeric field, a setting named *_ID, a machine's time stamp, the IBAN
registry's example in a text explaining IBANs. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type

# --- cards ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Le loyer est prélevé sur la carte 4532.0151.1283.0366 chaque mois.", "4532.0151.1283.0366"),
        ("Amex on file: 3714.496353.98431, please update the billing address.", "3714.496353.98431"),
        ("결제는 카드 5457 6238 9901 2344로 했습니다.", "5457 6238 9901 2344"),
        ("お支払いはカード4532015112830366で完了しました。", "4532015112830366"),
        ("Booking advance paid with RuPay 8172-9001-1223-3446 yesterday.", "8172-9001-1223-3446"),
    ],
)
def test_a_card_in_dotted_groups_or_before_an_asian_particle_is_found(text: str, card: str) -> None:
    assert card in of_type(text, E.CREDIT_CARD)


def test_a_card_wrapped_onto_the_next_line_of_a_receipt_is_one_card() -> None:
    text = "RECEIPT  Harbourside Books\nCARD: 3714 496353\n98431\nAUTH 220931  TOTAL 18.40"
    assert of_type(text, E.CREDIT_CARD) == ["3714 496353\n98431"]


@pytest.mark.parametrize(
    "text",
    [
        "Upgrade the firmware from 4532.0151.1283.0367 to the next build.",  # fails Luhn
        "Totals per quarter:\n3714 496353\n98431\nwere all rounded.",  # no card word before the wrapped run
    ],
)
def test_versions_and_tables_are_not_cards(text: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Phone details: IMEI 35-209900-176148-1, bought in March.",
        "imei 352099001761481 is the one the carrier blocked",
    ],
)
def test_an_imei_is_neither_a_card_nor_a_phone(text: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == []
    assert of_type(text, E.PHONE) == []


def test_a_cards_expiry_month_and_year_is_not_a_date() -> None:
    text = "Bitte die Karte 4532 0151 1283 0366 (gültig bis 09/28) für die Buchung verwenden."
    assert of_type(text, E.DATE) == []


# --- identity numbers -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("请核对租客信息：姓名 林晓燕，身份证号码：440305198807162315，入住日期下周一。", "440305198807162315"),
        ("申请人身份证110108199903010457已提交。", "110108199903010457"),
        ("신청인 주민등록번호는 850317-1234563 입니다.", "850317-1234563"),
        ("แบบฟอร์มสมาชิก เลขประจำตัวประชาชน 3100500123458 โทรกลับด้วย", "3100500123458"),
        ("ผู้สมัคร 3 1022 01234 56 0 ยืนยันแล้ว", "3 1022 01234 56 0"),
        ("Nhờ kiểm tra hồ sơ: CCCD 001203004512, quê Hà Nội.", "001203004512"),
        ("טופס רישום: ת.ז. 312345671, טלפון בהמשך.", "312345671"),
        ("Gosti: Ivana Horvat, rođena 3. ožujka 1988., 69374182058", "69374182058"),
    ],
)
def test_an_identity_number_after_its_label_or_checked_by_its_rule_is_found(text: str, value: str) -> None:
    assert value in of_type(text, E.NATIONAL_ID)


@pytest.mark.parametrize(
    "text",
    [
        "订单号 440305198807162316 已发货。",  # no id label, and the check digit is wrong anyway
        "Order 850317-1234563 shipped from the Busan warehouse.",  # a date-led order number, no Korean, no id word
        "Invoice 69374182058 is overdue by two weeks.",  # an OIB's checksum, but no name or birth word for it
        "<key>FCM_SENDER_ID</key>\n<string>458120339871</string>",  # a setting named *_ID, not a person's id
    ],
)
def test_numbers_of_an_ids_shape_without_its_label_or_check_are_not_ids(text: str) -> None:
    assert of_type(text, E.NATIONAL_ID) == []


# --- secrets in the places tools keep them --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('$secure = ConvertTo-SecureString "Qm7!vR2#kLp9" -AsPlainText -Force', "Qm7!vR2#kLp9"),
        ("Print a QR for the lobby: WIFI:S:Lobby-Guest;T:WPA;P:velvet-otter-72;H:false;;", "velvet-otter-72"),
        ("uci show:\nwireless.wifinet2.ssid='Garden'\nwireless.wifinet2.key='k4p9-mz2q-ws7r'\n", "k4p9-mz2q-ws7r"),
        (r"net use Y: \\nas01\archive /user:HOME\jonas Tr1cky.Pass? /persistent:no", "Tr1cky.Pass?"),
        ("cmdkey /add:fileserver /user:corp\\ana /pass:Wq8#zT4mLx", "Wq8#zT4mLx"),
        ("example.org {\n  tls {\n    dns cloudflare Zx7Qm2LpR9vT4kWc8NbY3hJd6Fs1Ga0Ue5\n  }\n}", "Zx7Qm2LpR9vT4kWc8NbY3hJd6Fs1Ga0Ue5"),
        ('dotnet user-secrets set "Mail:SmtpPassword" "orchid.lantern.57"', "orchid.lantern.57"),
        ("Backups fail although ~/.restic-pass contains 'granite-harbor-willow-88' as before.", "granite-harbor-willow-88"),
        ("Le registrar m'a envoyé le code EPP : Hk7#pQ2!vZ9m. Je le colle où ?", "Hk7#pQ2!vZ9m"),
        ("z2m config:\n  network_key: [7, 201, 33, 90, 148, 12, 250, 61, 5, 177, 94, 230, 18, 66, 141, 209]\n",
         "[7, 201, 33, 90, 148, 12, 250, 61, 5, 177, 94, 230, 18, 66, 141, 209]"),
        ('Sentry.init({dsn: "https://9b1f4c2a7d3e8f60a5b4c3d2e1f0a9b8@o48213.ingest.sentry.io/55120"})',
         "9b1f4c2a7d3e8f60a5b4c3d2e1f0a9b8"),
        ("git clone https://Gh7kQ2mZp9LxR4vT8wN3cB6y@github.com/acme/tools.git", "Gh7kQ2mZp9LxR4vT8wN3cB6y"),
        ("My /etc/ppp/chap-secrets file:\nvpnuser:Lm4!xq8Rz\n", "Lm4!xq8Rz"),
        ("homeassistant:\n  mqtt_password: cobalt.meadow.heron.lantern42\n", "cobalt.meadow.heron.lantern42"),
    ],
)
def test_a_secret_in_a_tools_own_layout_is_found(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


def test_a_list_of_backup_codes_down_the_lines_is_secret_to_its_last_code() -> None:
    text = "Saved my 2FA backup codes are:\n7hq2-mx4p\nzr9k-c3ld\nwpta-vkse\n\nCan you format them as a table?"
    secret = of_type(text, E.SECRET)
    assert secret and all(code in "".join(secret) for code in ("7hq2-mx4p", "zr9k-c3ld", "wpta-vkse"))
    assert not any("Can" in s for s in secret)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("[08:10] Ravi: the new keypad code is 40917\n[08:11] Ana: got it", "40917"),
        ("Der Türcode ist 7302, bitte nicht weitergeben.", "7302"),
        ("Le digicode de l'immeuble : 58214", "58214"),
    ],
)
def test_a_keypad_or_door_code_is_a_secret(text: str, code: str) -> None:
    assert code in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    [
        "$pw = ConvertTo-SecureString $env:SVC_PASS -AsPlainText -Force",
        "The keypad has 12 buttons and cost 4500 yen.",
        "Our frontend bundle ships the Sentry DSN https://9b1f4c2a7d3e8f60a5b4c3d2e1f0a9b8@o48213.ingest.sentry.io/55120",
        'service account JSON:\n{"private_key_id": "3f9c2b7a1e0d4c8b9a6f5e4d3c2b1a0f9e8d7c6b"}',
        "Backup codes were rotated in 2024 by the admin team.",
    ],
)
def test_references_public_keys_ids_and_prose_are_not_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


def test_a_password_manager_csv_keeps_its_login_and_its_password_before_trailing_prose() -> None:
    text = ("bitwarden export, dedupe it?\nfolder,type,name,login_uri,login_username,login_password\n"
            ",login,shop,https://shop.tidewater.example,anja.kr@posteo.de,Marigold#551? thanks!")
    assert of_type(text, E.EMAIL) == ["anja.kr@posteo.de"]
    assert "Marigold#551?" in of_type(text, E.SECRET)


# --- phones ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Contact Priya, priya@kestrel.in, +919820012345. 40 guests expected.", "+919820012345"),
        ("Ring the caterer on +91 98200 12345. Menu attached.", "+91 98200 12345"),
        ("Mon portable : 07.81.22.45.90.", "07.81.22.45.90"),
        ("退房后请联系，手机 139 1234 5678。", "139 1234 5678"),
        ("배송 관련 연락처 010-9876-5432로 주세요.", "010-9876-5432"),
    ],
)
def test_a_phone_before_a_full_stop_in_pairs_or_after_an_asian_phone_word_is_found(text: str, phone: str) -> None:
    assert phone in of_type(text, E.PHONE)


@pytest.mark.parametrize(
    "text",
    [
        '{"project_info": {"project_number": "731049265580"}}',
        "The route is 10.20.30.40.8080 on the old proxy.",
    ],
)
def test_a_records_number_field_and_an_address_with_its_port_are_no_phone(text: str) -> None:
    assert of_type(text, E.PHONE) == []


# --- dates ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("تم خصم المبلغ بتاريخ 9 مارس 2025 دون علمي.", "9 مارس 2025"),
        ("הטיפול נקבע ל-14 ביולי 2026 בבוקר.", "14 ביולי 2026"),
        ("契約開始は令和6年4月1日からです。", "令和6年4月1日"),
        ("Sound check 18/9 at 17:30, doors at eight.", "18/9"),
        ("Pagamento: vencimento 5/11.", "5/11"),
        ("Club forms: deadline 3/10. Thanks!", "3/10"),
    ],
)
def test_dates_with_arabic_hebrew_or_era_years_and_cued_days_are_found(text: str, date: str) -> None:
    assert date in of_type(text, E.DATE)


@pytest.mark.parametrize(
    "text",
    [
        'alert: {"timestamp":"2026-02-03T11:42:07.512+0000","src_ip":"10.1.1.1"}',
        "I rated the course 8/10 and 3/4 of the class agreed.",
    ],
)
def test_a_machines_time_stamp_and_ratings_are_not_dates(text: str) -> None:
    assert of_type(text, E.DATE) == []


# --- what belongs to no one -----------------------------------------------------------------------------------------


def test_a_cloud_service_accounts_address_is_a_programs() -> None:
    text = '"client_email": "loader@warehouse-381.iam.gserviceaccount.com"'
    assert of_type(text, E.EMAIL) == []


def test_a_countrys_placeholder_name_at_a_reserved_domain_is_nobodys() -> None:
    assert of_type("Warum steht in Formularen oft erika.mustermann@example.com?", E.EMAIL) == []


def test_the_iban_registrys_example_is_nobodys_in_a_text_explaining_ibans() -> None:
    assert of_type("Explain the check digits using GB29 NWBK 6016 1331 9268 19 as the example.", E.IBAN) == []


def test_the_default_home_network_is_nobodys_but_a_hosts_address_is_kept() -> None:
    text = "tailscale up --advertise-routes=192.168.1.0/24 and the NAS is 192.168.1.20"
    assert of_type(text, E.IP_ADDRESS) == ["192.168.1.20"]


def test_a_korean_forms_resident_number_is_an_id_and_its_phone_a_phone() -> None:
    text = "성명: 한지민, 주민등록번호: 850317-1234563, 전화: 010-9876-5432"
    assert ("850317-1234563", E.NATIONAL_ID) in found(text)
    assert ("010-9876-5432", E.PHONE) in found(text)


def test_an_address_given_to_a_database_client_after_an_upgrade_is_an_address_not_a_version() -> None:
    text = "Since the upgrade the nightly job fails:\n15 2 * * * pg_dump -h 10.61.7.203 -U report shop > /srv/dump.sql"
    assert of_type(text, E.IP_ADDRESS) == ["10.61.7.203"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Henkilötunnus 131052-308T, osoite Kauppakatu 4.", "131052-308T"),
        ("Cliente con RUT 12.345.678-5, pago pendiente.", "12.345.678-5"),
        ("رقم الهوية 1023456789 للمستأجر", "1023456789"),
    ],
)
def test_ids_with_a_distinctive_shape_or_an_arabic_label_are_found(text: str, value: str) -> None:
    assert value in of_type(text, E.NATIONAL_ID)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("นัดหมายวันที่ 12 มกราคม 2568 เวลา 10 โมง", "12 มกราคม 2568"),
        ("किरायेदार का जन्म 22 मार्च 1957 को हुआ", "22 मार्च 1957"),
    ],
)
def test_thai_and_hindi_month_names_make_dates(text: str, date: str) -> None:
    assert date in [v for v, t in found(text) if t in (E.DATE, E.DATE_OF_BIRTH)]


def test_a_phone_after_a_russian_phone_word_is_tried_in_russia() -> None:
    assert of_type("Мой телефон 8 (912) 345-67-89, звоните вечером.", E.PHONE) == ["8 (912) 345-67-89"]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Bitte an buero(at)kanzlei-vogt.de schreiben.", "buero(at)kanzlei-vogt.de"),
        ("Reach me on lena.moreau [at] laposte [dot] net after six.", "lena.moreau [at] laposte [dot] net"),
        ("連絡先は hanako＠mail.example.jp です。", "hanako＠mail.example.jp"),
    ],
)
def test_an_address_written_against_harvesters_is_an_email(text: str, email: str) -> None:
    assert of_type(text, E.EMAIL) == [email]


def test_an_at_in_prose_is_no_address() -> None:
    assert of_type("We meet at noon at the station dot com booth; the (at) sign is a placeholder.", E.EMAIL) == []


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("请把合同发到邮箱wei.zhang@mail.cn，谢谢。", "wei.zhang@mail.cn", E.EMAIL),
        ("답장은 jiwoo.park@daum.net으로 부탁드려요.", "jiwoo.park@daum.net", E.EMAIL),
        ("服务器IP是10.27.3.44，端口22打不开。", "10.27.3.44", E.IP_ADDRESS),
        ("환불은 계좌 DE89370400440532013000로 보내주세요.", "DE89370400440532013000", E.IBAN),
    ],
)
def test_values_glued_to_chinese_or_korean_words_are_found(text: str, value: str, etype: E) -> None:
    assert value in of_type(text, etype)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("A vizsga 2026. november 12. helyett később lesz.", "2026. november 12."),
        ("A lakbért 2025. március 3.-ig fizetem.", "2025. március 3."),
        ("Odhod 4. oktobra 2026 z Ljubljane.", "4. oktobra 2026"),
        ("Die Heizung ist seit dem 07.03. aus.", "07.03."),
    ],
)
def test_hungarian_years_first_slovenian_months_and_a_german_day_after_dem_are_dates(text: str, date: str) -> None:
    assert date in of_type(text, E.DATE)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wnioskodawca: Ewa Nowak, nr paszportu ZK4417823, adres w załączniku.", "ZK4417823"),
        ("Prodávající: Jana Dvořáková, r. č. 815322/4417, bytem Brno.", "815322/4417"),
    ],
)
def test_inflected_and_abbreviated_id_labels_are_labels(text: str, value: str) -> None:
    assert value in of_type(text, E.NATIONAL_ID)


def test_a_french_tel_abbreviation_cues_a_bare_phone_number() -> None:
    assert of_type("Merci de me rappeler, tél. 0478123456, après 18 h.", E.PHONE) == ["0478123456"]


def test_an_order_or_routing_number_after_other_words_is_no_phone() -> None:
    assert of_type("Direct deposit: routing 021000021, Sipariş numaram 08133219.", E.PHONE) == []


def test_the_cells_of_a_phone_column_are_phones_and_other_columns_are_not() -> None:
    text = ("Volunteers to call:\nname;email;mobile;shift\nTamsin Orr;t.orr@bigpond.com;0438 215 907;early\n"
            "Ravi Menon;ravi.m@iinet.net.au;0412118345;late\nkeep the shift codes 2041 and 7719 as they are")
    assert of_type(text, E.PHONE) == ["0438 215 907", "0412118345"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("smbclient //fs01/scans -U scanner%Wq4!zr8Tk -c 'ls'", "Wq4!zr8Tk"),
        ("wpa_passphrase CabinWifi pine-needle-4471 >> /etc/wpa_supplicant.conf", "pine-needle-4471"),
        ("sqlcmd -S sql02 -U report -P 'Ng5#vq2LxR' -d Sales", "Ng5#vq2LxR"),
        ("mosquitto_sub -h 10.0.8.2 -u sensor -P Tq9zLm2#vX -t 'home/#'", "Tq9zLm2#vX"),
    ],
)
def test_a_password_given_to_these_clients_is_found(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


def test_mysqls_capital_p_is_a_port() -> None:
    assert of_type("mysql -h db.lan -P 3306 -u app -e 'show tables'", E.SECRET) == []
