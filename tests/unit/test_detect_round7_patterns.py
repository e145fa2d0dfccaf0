"""The seventh round, pattern families: secrets in the places operations people paste them from — network devices'
and daemons' configs (Cisco, Juniper, HAProxy, keepalived, strongSwan), OpenVPN's static key, a table whose header
names a password column, "user / password" pairs, passwords told in more languages and in more shapes, URL
credentials before a bracketed IPv6 host, a dictionary's subscript, more providers' key formats — and IP addresses
as logs, firewalls and mail records write them: a site's own network ("/24", "/48", "/56") is where someone is,
while the plan's blocks, the documentation prefix however written and the cloud's metadata address are nobody's.
False flags the pattern families raised on technical prompts are gone: a timestamp, an SNMP OID or a DNS zone's
timers are no phone number, a Message-ID no mailbox, an API's collection or an account's settings page no
personal link, a base64 placeholder no secret. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type

# --- secrets in device and daemon configs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("hostname edge-01\nenable secret 0 Gr4nite!Peak\nline vty 0 4", ["Gr4nite!Peak"]),
        ("username ops privilege 15 password 7 0822455D0A16\n", ["0822455D0A16"]),
        ("snmp-server community Pr1vateC0mm RO\nsnmp-server location rack 4", ["Pr1vateC0mm"]),
        ("tacacs-server host 10.20.30.40 key 7f3e9a1c5b2d8e4f6a0b1c2d3e4f5a6b\n", ["7f3e9a1c5b2d8e4f6a0b1c2d3e4f5a6b"]),
        ("crypto isakmp key Tunn3l-Key!77 address 203.0.113.9\n", ["Tunn3l-Key!77"]),
        ("interface Gi0/1\n ip ospf authentication-key 0 Ospf9Auth\n", ["Ospf9Auth"]),
        ('system {\n    root-authentication {\n        encrypted-password "$6$Xq9v$Lk2mN8pQ";\n', ["$6$Xq9v$Lk2mN8pQ"]),
        ("listen stats\n    bind :8404\n    stats enable\n    stats auth admin:Hx7_river_lamp\n", ["Hx7_river_lamp"]),
        ("vrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n        auth_pass K33pal1v\n", ["K33pal1v"]),
        ('# /etc/ipsec.secrets\n: PSK "Str0ngSwan#Shared"\n', ["Str0ngSwan#Shared"]),
    ],
)
def test_a_secret_in_a_network_device_or_daemon_config_is_found(text: str, secrets: list[str]) -> None:
    assert of_type(text, E.SECRET) == secrets


def test_device_config_lines_that_set_no_secret_are_left_alone() -> None:
    text = "snmp-server host 10.1.1.9 version 2c\nusername backup password encryption aes\nenable password level 5"
    assert of_type(text, E.SECRET) == []


def test_an_openvpn_static_key_is_found_whole() -> None:
    key = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(
        f"{i:02x}" * 16 for i in range(3, 19)) + "\n-----END OpenVPN Static key V1-----"
    text = f"remote vpn.corp.example 1194\n<tls-auth>\n{key}\n</tls-auth>\nkey-direction 1"
    assert of_type(text, E.SECRET) == [key]


# --- secrets in tables, pairs and code ------------------------------------------------------------------------------


def test_the_password_column_of_a_credentials_table_is_found() -> None:
    text = ("Login details for the new starters:\n\nname;email;password\nmila;mila@firm.test;Tulp3n!Veld\n"
            "jonas;jonas@firm.test;Gracht_2024x\n\nPlease send them separately.")
    assert of_type(text, E.SECRET) == ["Tulp3n!Veld", "Gracht_2024x"]


def test_a_table_column_about_passwords_is_not_a_password_column() -> None:
    text = "user,password_last_changed,mfa\nmila,2025-03-02,yes\njonas,2025-01-11,no"
    assert of_type(text, E.SECRET) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The router's login is admin / Qw7!ferry-Lamp, can you check the NAT rules?", "Qw7!ferry-Lamp"),
        ("Gäste-Wi-Fi: Praxis-Gast / Sonnen4Blume9. Der Drucker steht im Flur.", "Sonnen4Blume9"),
        ("PPPoE account is tom.r@isp.example.net / Zx8^kettle2", "Zx8^kettle2"),
    ],
)
def test_a_login_and_password_parted_by_a_spaced_slash_are_found(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    ["Buttons: login / logout and account / settings.", "The Wi-Fi is 2.4GHz / 5GHz dual band."],
)
def test_words_parted_by_a_slash_are_no_password(text: str) -> None:
    assert of_type(text, E.SECRET) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("os.environ['STRIPE_SECRET'] = 'q9Zr3LmX8vT2kW7pN4sB'", "q9Zr3LmX8vT2kW7pN4sB"),
        ('$_ENV["MAIL_PASSWORD"] = "Kestrel_88_blue";', "Kestrel_88_blue"),
    ],
)
def test_a_secret_assigned_to_a_subscript_is_found(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


def test_url_credentials_before_a_bracketed_ipv6_host_are_found() -> None:
    text = "broker_url = amqp://worker:Fj2!pq-Lake9@[fd12:3456:789a::12]:5672/prod"
    assert "worker:Fj2!pq-Lake9" in of_type(text, E.SECRET)


def test_a_token_in_a_urls_userinfo_does_not_swallow_the_host() -> None:
    text = "git clone https://oauth2:glpat-Wq7Rt2Yp9Lk3Zx8Mn4Bv@git.corp.example/team/app.git"
    secrets = of_type(text, E.SECRET)
    assert secrets and all("git.corp.example" not in s for s in secrets)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # an AWS key id whose base32 happens to hold no figure
        ("aws_access_key_id = AKIAQWERTYUIOPASDFGH", "AKIAQWERTYUIOPASDFGH"),
        ("export YC_API_KEY_FILE=x; key AQVNw2Lk9pQr7Zx3Mn8Bv4Tc6Yh1Jd5Fg0Se2Wq", "AQVNw2Lk9pQr7Zx3Mn8Bv4Tc6Yh1Jd5Fg0Se2Wq"),
        ('client = Client("ac' + "4f" * 16 + '", "' + "9e" * 16 + '")', "9e" * 16),
    ],
)
def test_more_key_formats_are_found(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


def test_a_slack_webhook_is_redacted_from_its_ids_to_its_secret() -> None:
    text = "curl -X POST https://hooks.slack.com/services/t07abc1de2/b09xyz3fg4h/Rk8pWq2LzX7mN4vT9sYb6cHd -d '{}'"
    assert of_type(text, E.SECRET) == ["t07abc1de2/b09xyz3fg4h/Rk8pWq2LzX7mN4vT9sYb6cHd"]


def test_a_seed_phrase_of_common_words_is_found() -> None:
    phrase = "father cancel better action noble above mother river rather admit bright enjoy"
    assert of_type(f"The support agent asked for my recovery phrase: {phrase}. Was that a scam?", E.SECRET) == [phrase]


def test_prose_after_the_seed_phrase_words_is_not_a_seed_phrase() -> None:
    text = "What is a seed phrase: it is the list of words that you write down when you set up the wallet on a phone"
    assert of_type(text, E.SECRET) == []


# --- passwords told in more languages and shapes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Serveri parool on Kuusk!2024 ja kasutaja admin.", "Kuusk!2024"),
        ("Az új jelszót (Tavasz_2025!) a titkárság küldi.", "Tavasz_2025!"),
        ("Администраторът смени паролата Zlatna#Reka7 вчера.", "Zlatna#Reka7"),
        ("Dežurni je postavio lozinku Sjever-7!kamen i zatvorio port.", "Sjever-7!kamen"),
        ("Потом он поставил пароль a=Pq~7zK+vX2!m и ушёл.", "a=Pq~7zK+vX2!m"),
    ],
)
def test_a_password_told_in_more_languages_is_found(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("eski şifresi copper_meadow_lantern55 idi", "copper_meadow_lantern55"),
        ("het wachtwoord ember.violet.harbor31 werkt niet meer", "ember.violet.harbor31"),
        ("sifra je bila: password kestrel_42 za sve", "kestrel_42"),
    ],
)
def test_a_passphrase_joined_by_underscores_or_dots_right_after_the_word_is_found(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    [
        "Why is the token printed in clear when the registry password was masked?",
        "My password is expired, how do I reset it?",
        "In the Kubernetes docs the Secret has password: cGFzc3dvcmQ= and username: YWRtaW4=, is that safe?",
    ],
)
def test_what_became_of_a_password_and_a_base64_placeholder_are_not_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


# --- IP addresses ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("The office LAN is 10.44.12.0/24 and the printers sit in it.", "10.44.12.0"),
        ("[Peer]\nAllowedIPs = 172.20.31.0/24\nEndpoint = 81.2.69.160:51820", "172.20.31.0"),
        ("The ISP gave us 2a02:8070:a1b2::/48, but inbound IPv6 still fails.", "2a02:8070:a1b2::"),
        ("example.org. IN TXT \"v=spf1 ip4:81.2.69.0/24 ip6:2a01:4f8:1c1c:9e00::/56 -all\"", "2a01:4f8:1c1c:9e00::"),
        ("Block requests from https://81.2.69.142:8443/hook via ?url=https://94.130.17.8:9000/cb", "94.130.17.8"),
    ],
)
def test_one_sites_network_and_an_address_inside_a_links_query_are_found(text: str, ip: str) -> None:
    assert ip in of_type(text, E.IP_ADDRESS)


@pytest.mark.parametrize(
    "text",
    [
        "RFC 1918 keeps 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16 for private networks; CGNAT uses 100.64.0.0/10.",
        "What is 169.254.169.254 used for on EC2 and GCP?",
        "Is 2001:0db8:85a3::8a2e:370:7334 inside 2001:db8:abcd::/48?",
        "Multicast listeners join ff02::/16; NAT64 maps into 64:ff9b::/96.",
        "Miksi Ubuntun paketti 5.15.0.119 on uudempi kuin 5.15.0.97?",
    ],
)
def test_address_plan_blocks_metadata_documentation_and_versions_are_not_addresses(text: str) -> None:
    assert of_type(text, E.IP_ADDRESS) == []


def test_a_firewall_logs_addresses_after_a_kernel_prefix_are_found() -> None:
    text = "Nov 3 10:01:02 gw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=81.2.69.142 DST=10.0.4.7 LEN=60 PROTO=TCP"
    assert of_type(text, E.IP_ADDRESS) == ["81.2.69.142", "10.0.4.7"]


def test_an_ipv6_access_log_line_is_an_address_not_a_pgpass_line() -> None:
    text = "2a01:4f8:c17:3b2e:91ac:2f0e:77b1:c0de - - [03/Mar/2025:10:01:02 +0000] \"GET / HTTP/1.1\" 200"
    assert [(v, t) for v, t in found(text) if t in (E.IP_ADDRESS, E.SECRET, E.PERSON)] == [
        ("2a01:4f8:c17:3b2e:91ac:2f0e:77b1:c0de", E.IP_ADDRESS)]


def test_a_json_fields_address_is_found_beside_a_release_number() -> None:
    text = '{"email": "a.k@mail.example", "ip_address": "81.2.69.142"}\nrelease: 4.12.7'
    assert of_type(text, E.IP_ADDRESS) == ["81.2.69.142"]


# --- phone numbers --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Kontakt: Marc Peeters – 09 233 45 67 – Kouter 12, Gent", "09 233 45 67"),
        ("Dežurni: Ivan Horvat, 01 4567 890, OIB na upit", "01 4567 890"),
        ("Testigo: Lucía Gómez, 011 15-4321-9876.", "011 15-4321-9876"),
        ("her number ((09) 373 4821) was on the form", "(09) 373 4821"),
    ],
)
def test_a_number_written_the_national_way_of_more_countries_is_found(text: str, phone: str) -> None:
    assert of_type(text, E.PHONE) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Incident log:\n2025-11-14 05:14:23 pager fired\n2026/10/27 01:01:14 [error] upstream timed out",
        "What do the OIDs 1.3.6.1.2.1.1.3.0 and 1.3.6.1.4.1.2021.10.1.3.1 return?",
        "@ IN SOA ns1.shop.example. hostmaster.shop.example. ( 2025031604 7200 3600 1209600 3600 )",
        "Spanish mobile 614.87.99.32 is not an IP address",
    ],
)
def test_timestamps_oids_and_zone_timers_are_no_phone_numbers(text: str) -> None:
    phones = of_type(text, E.PHONE)
    assert phones == ([] if "Spanish" not in text else ["614.87.99.32"])


# --- e-mail addresses and links --------------------------------------------------------------------------------------


def test_a_message_id_is_no_mailbox() -> None:
    text = "From: Ana Ruiz <ana.ruiz@mail.example.es>\nMessage-ID: <CAK9x=Qp2Lm8vT@mail.gmail.com>\nSubject: invoice"
    assert of_type(text, E.EMAIL) == ["ana.ruiz@mail.example.es"]


def test_reserved_domain_addresses_in_a_validators_test_cases_are_nobodys() -> None:
    text = "Write a regex to validate emails and test it on maria.lopez+news@example.org and x@@y."
    assert of_type(text, E.EMAIL) == []


@pytest.mark.parametrize(
    "url",
    ["https://platform.vendor.example/account/api-keys", "https://api.shop.example/v2/orders?since=yesterday"],
)
def test_settings_pages_and_api_collections_are_not_personal_links(url: str) -> None:
    assert of_type(f"The call to {url} fails with 401.", E.URL) == []


@pytest.mark.parametrize("url", ["https://shop.example/orders/88213", "https://api.shop.example/v2/customers/cus_8812"])
def test_one_order_or_customer_is_still_a_personal_link(url: str) -> None:
    assert of_type(f"The call to {url} fails with 401.", E.URL) == [url]


# --- national ids ---------------------------------------------------------------------------------------------------


def test_a_bulgarian_personal_number_after_its_cyrillic_label_is_found() -> None:
    assert of_type("Явилият се Петър Иванов, ЕГН 7501020018, адрес ул. „Шипка“ 5", E.NATIONAL_ID) == ["7501020018"]
