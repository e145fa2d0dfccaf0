"""The sixth round, pattern families: IPv6 in every form people paste (a port after it without brackets, the zone
left out, networks left alone), tcpdump's dotted ports and addresses that start a log line; secrets in the layouts
engineers write them in — markup, HCL, INI and inventory lines, query strings, the command-line tools that take a
password their own way, SQL and Redis, labels in other languages and scripts — and in the shapes providers give
them (Heroku, AWS session tokens, Azure AD, Salesforce, Django, a PEM key in base64, Telegram in its URL), and the
links that raise money for one person or open their meeting room. Documentation defaults, settings about a secret,
variables, flags that only ask for one, digests and certificates are left alone. Patterns and rules only."""

from __future__ import annotations

import base64

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type

# --- IP addresses --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        # a port straight after the address, as WireGuard and many configs print it
        ("[Peer]\nEndpoint = 2a01:4f8:c0c:1f2e::3:51820\nPersistentKeepalive = 25", ["2a01:4f8:c0c:1f2e::3"]),
        ("firewall: permit 10.9.8.7/32 -> 2a02:8071:5e2::44:41641 udp", ["10.9.8.7", "2a02:8071:5e2::44"]),
        # tcpdump writes the port after a dot
        ("14:02:11.5 IP 172.20.3.41.50522 > 94.130.17.8.443: Flags [S], seq 1", ["172.20.3.41", "94.130.17.8"]),
        # the zone is the interface's name, not part of the address
        ("ping6 fe80::1c2b:3ff:fe4d:5e6f%wlan0 gets no reply", ["fe80::1c2b:3ff:fe4d:5e6f"]),
        # a host written with the length of its network is still a host
        ("inet6 2a02:810b:c3f:7e00:5d1:2eff:fe11:9a0c/64 scope global", ["2a02:810b:c3f:7e00:5d1:2eff:fe11:9a0c"]),
    ],
)
def test_ipv6_with_a_port_and_tcpdump_addresses_are_found(text: str, ips: list[str]) -> None:
    assert of_type(text, E.IP_ADDRESS) == ips


@pytest.mark.parametrize(
    "text",
    [
        "Link-local addresses come from fe80::/10, unique local ones from fc00::/7.",
        "The mapped range ::ffff:0:0/96 holds IPv4 addresses.",
        "Our ISP delegates 2a02:810b:c3f::/48 to every customer.",
    ],
)
def test_ipv6_networks_are_left_alone(text: str) -> None:
    assert of_type(text, E.IP_ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        # a log pasted after a line ending in ".net:" is no .NET version, a "$" ending a line no price of the next
        ("Lines like these, from anna.k@example.net:\n\n81.169.145.92 - - [03/Mar/2024:10:01:02 +0000] \"GET / HTTP/1.1\"",
         "81.169.145.92"),
        ("[db]\n10.40.1.5 ansible_password=Pl4ne$\n10.40.1.6 ansible_user=ops", "10.40.1.6"),
    ],
)
def test_an_address_starting_a_log_line_is_found(text: str, ip: str) -> None:
    assert ip in of_type(text, E.IP_ADDRESS)


# --- secrets in the layouts they are written in --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # quoted straight after the word, as brokers' logs and SQL print it
        ("mosquitto: connection refused, user 'sensor' password 'maple-comet-417'", "maple-comet-417"),
        ("ALTER ROLE reporting WITH PASSWORD 'Vq7#pLm2x';", "Vq7#pLm2x"),
        ("CREATE USER 'etl'@'10.%' IDENTIFIED BY 'w8Rt!kq2Lz';", "w8Rt!kq2Lz"),
        # markup and HCL
        ("<settings><server><id>nexus</id><password>Tq4!mZ8wLp</password></server></settings>", "Tq4!mZ8wLp"),
        ('<appSettings>\n  <add key="SmtpPassword" value="h7Gk2#xQ9v" />\n</appSettings>', "h7Gk2#xQ9v"),
        ('<property name="db.password" value="Zr6$pW2nKc"/>', "Zr6$pW2nKc"),
        ('variable "admin_password" {\n  type    = string\n  default = "Lm3@vT8qXe"\n}', "Lm3@vT8qXe"),
        # "password" in other languages as a config key, and a Wi-Fi network's pre-shared key
        ("[compte]\nmot_de_passe = 'Rivière#2291'", "Rivière#2291"),
        ('{"usuario": "ana", "contraseña": "Gaviota_58"}', "Gaviota_58"),
        ("network={\n  ssid=\"Dom\"\n  psk=\"Wisla2Krakow\"\n}", "Wisla2Krakow"),
        # quoted, a value may hold brackets
        ("SECRET_KEY = 'q3(z!8w)k#m2^vb&t7p*x9n@r4s%c6d'", "q3(z!8w)k#m2^vb&t7p*x9n@r4s%c6d"),
    ],
)
def test_a_secret_in_sql_markup_hcl_and_foreign_keys_is_found(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("htpasswd -bc /etc/nginx/.htpasswd marta Fj3kd9Qw", "Fj3kd9Qw"),
        ("echo 'Ksw82!mq' | sudo -S systemctl restart nginx", "Ksw82!mq"),
        ("echo 'deploy:Tr7vPq2x' | sudo chpasswd", "Tr7vPq2x"),
        ("docker login registry.local -u ci --password-stdin <<< Hq8zLw3vKp", "Hq8zLw3vKp"),
        ("redis-cli -h cache.internal -a Jm4xQ9pWz2 INFO", "Jm4xQ9pWz2"),
        ("ldapwhoami -x -D uid=ops,ou=people,dc=corp -w Vb7nK2qLs", "Vb7nK2qLs"),
        ("openssl pkcs12 -in bundle.p12 -nodes -passin pass:Ur5tX8wq", "Ur5tX8wq"),
        ("keytool -importcert -file ca.pem -keystore app.jks -storepass Yp3mN7vq", "Yp3mN7vq"),
        ("zip -r -P Dz6kW1pq backup.zip ./docs", "Dz6kW1pq"),
        ("7z a -pBn4xR8tq -mhe=on vault.7z notes/", "Bn4xR8tq"),
        ("net user svc_print Cq9wE3rt /add", "Cq9wE3rt"),
        ("mysqldump -u root -pGh5jK8lz shop > shop.sql", "Gh5jK8lz"),
        ("requirepass Nw2qZ7xKv4", "Nw2qZ7xKv4"),
        ("--db-password Sx8vQ2mLk is what the helper printed", "Sx8vQ2mLk"),
    ],
)
def test_a_password_given_to_a_command_line_tool_is_found(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("ルーターのパスワードはKx7mQ2vLです。", "Kx7mQ2vL"),
        ("wifi密码是Zh8pQ3wx，谢谢", "Zh8pQ3wx"),
        ("공유기 비밀번호: Ds5kL9qw", "Ds5kL9qw"),
        ("mật khẩu wifi là Mai2024xanh", "Mai2024xanh"),
        ("kata sandi wifi: Merdeka45!rumah", "Merdeka45!rumah"),
        ("Gäste-WLAN, pw Apfel7Birne", "Apfel7Birne"),
        ("WLAN-Schlüssel: Kuchen2Tasse9", "Kuchen2Tasse9"),
        ("clé wifi : Lavande8Soleil", "Lavande8Soleil"),
        ("the vpn psk is Harbor2Lights77", "Harbor2Lights77"),
    ],
)
def test_a_password_told_in_other_scripts_and_wifi_words_is_found(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a link's query and a connection string hold data, not code, whatever the value looks like
        ("jdbc:postgresql://pg.internal:5432/app?user=app&password=k.vRqT82_Wz0pLm&ssl=true", "k.vRqT82_Wz0pLm"),
        # an inventory line's pairs and an INI file's lines, likewise
        ("[app]\n10.2.0.4 ansible_user=ops ansible_password=maple_comet_river\n", "maple_comet_river"),
        ("[app:vars]\nansible_become_pass=cedar.lantern.hollow\n", "cedar.lantern.hollow"),
    ],
)
def test_a_variable_shaped_value_in_data_is_found(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a dot before a delimiter or ending an inventory line is the password's, not a sentence's
        ("Server=sql01,1433;User ID=app;Password=Vogel42x.;Encrypt=True;", "Vogel42x."),
        ("[web]\n10.0.0.9 ansible_user=ops ansible_password=Kiefer1990.\n10.0.0.10 ansible_user=ops", "Kiefer1990."),
        # ... and a sentence's full stop is not
        ("The new password is Kiefer1990. Please write it down.", "Kiefer1990"),
        ("they made me change my password, so i went with lantern-orbit-cedar. ok?", "lantern-orbit-cedar"),
    ],
)
def test_trailing_punctuation_is_the_passwords_only_where_no_sentence_ends(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


def test_a_dotted_address_and_port_is_not_a_phone_number() -> None:
    text = "IP 192.0.2.10.443 > 198.51.100.7.51234: Flags [P.], length 517"
    assert [v for v, t in found(text) if t is E.PHONE] == []


def test_a_login_pair_and_recovery_codes_are_found() -> None:
    assert of_type("VPN login: jkowalski / Baltyk#2025 (expires Friday)", E.SECRET) == ["Baltyk#2025"]
    assert of_type("creds: ops@corp.example:Rq7!wLp2", E.SECRET) == ["Rq7!wLp2"]
    assert of_type("GitHub recovery codes: 4f2a9-c81e7 0b3d6-97ac2 e5f18-2b9d4", E.SECRET) == ["4f2a9-c81e7 0b3d6-97ac2 e5f18-2b9d4"]


def test_a_hex_key_given_after_a_colon_is_found() -> None:
    key = "c41e7f09a2b85d3e6f1a0b9c8d7e6f5a"
    assert of_type(f"Here is the key we share with the vendor: {key}. Keep it safe.", E.SECRET) == [key]


# --- keys in their providers' shapes -------------------------------------------------------------------------------


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "key",
    [
        "HRKU-AA" + "q8Zk2LmP4vXw9RtY7nB3cJ5hF1sD6gT0aE2uI8oK4pW7zQ3xV9mN5bL1cR",  # Heroku v2
        "IQoJb3JpZ2luX2VjEJr//////////wEaCWV1LXdlc3QtMSJHMEUCIQD" + "k3Lm9Pq2Rs8Tv4Wx6Yz0Ab1Cd5Ef7Gh" * 3,  # AWS session
        "xK28Q~u3vLm9Pq2Rs8Tv4Wx6Yz0Ab1Cd5Ef7G",  # Azure AD client secret
        "lsv2_pt_" + "3f9c2a1b8d7e4f5a9b3c2d1e0f9a8b7c" + "_" + "a1b2c3d4e5",  # LangSmith
        "napi_" + "k3lm9pq2rs8tv4wx6yz0ab1cd5ef7gh2ij4kl6mn8op0qr2st4uv6wx8yz0ab1c2",  # Neon
        "00D5g000004ZkQp!AQ4AQHv2Xw9Lm3Pq7Rt1Yz5Bn8Ck2Df6Gh0Jk4Lm7Np3Qr9St2Vw6Xy1Za5Bc8De4Fg7Hj0Kl3Mn6Pq9Rs2Tu5",  # Salesforce
        "django-insecure-k3#l(m9p)q2r!s8t@v4w$x6y^z0a&b1c*d5e-f7g_h2i+j4",  # Django
        _b64("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtz\n"),
    ],
)
def test_a_provider_key_is_found_whole(key: str) -> None:
    text = f"Rotating this one, it leaked in CI:\n{key}\nthanks"
    assert of_type(text, E.SECRET) == [key]


def test_a_telegram_bot_token_inside_its_api_url_is_found() -> None:
    token = "6120458731:AAF3kLm9Pq2Rs8Tv4Wx6Yz0Ab1Cd5Ef7Gh8"
    text = f"curl https://api.telegram.org/bot{token}/getUpdates returns 401"
    assert of_type(text, E.SECRET) == [token]


# --- left alone ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "requirepass foobared",  # Redis' documented default
        "keytool -list -keystore cacerts -storepass changeit",  # the JDK's
        "<password>${env.NEXUS_PASSWORD}</password>",
        '<add key="PasswordMinLength" value="1200" />',
        '<add key="PasswordResetUrl" value="https://intranet.example/reset" />',
        "ansible-playbook -i hosts --ask-become-pass site.yml",
        "pg_dump --no-password --verbose shop > shop.sql",
        "docker run -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD postgres:16",
        "connect(password=user_password, host=db_host)",
        "backup codes 2024 edition is out",
        "Login: Google/Facebook only",
        "パスワードを忘れました。",
        "The commit key: 3f9c2a1b8d7e4f5a9b3c2d1e0f9a8b7c1234abcd",
        "sha256 digest, key: 9f86d081884c7d659a2feaa0c55ad015",
        "client-certificate-data: " + _b64("-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIQ2Vy\n"),
    ],
)
def test_defaults_settings_variables_flags_and_digests_are_not_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


# --- links that are someone's --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gofundme.com/f/help-tomasz-get-back-on-his-feet",
        "https://www.justgiving.com/page/kerry-ann-swim-2025",
        "https://zoom.us/my/dr.okafor",
        "https://meet.google.com/xqe-hjtr-bwm",
    ],
)
def test_a_fundraiser_or_a_meeting_room_link_is_found(url: str) -> None:
    assert of_type(f"Here it is: {url} — please share.", E.URL) == [url]


@pytest.mark.parametrize("url", ["https://www.gofundme.com/c/blog/fundraising-ideas", "https://zoom.us/pricing"])
def test_the_public_pages_of_those_sites_are_not(url: str) -> None:
    assert [v for v, t in found(f"See {url} for details.") if t is E.URL] == []
