"""Secrets: provider keys, tokens, private keys and passwords are found; placeholders are not."""

from __future__ import annotations

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def secrets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.type is E.SECRET]


@pytest.mark.parametrize(
    "key",
    [
        "AKIA4QX7ZP2LMN8RT5VW",
        "sk-proj-4fG7hK2mN9pQ1rS5tV8wX3yZ6aB0cD2eF4gH6jK8",
        "sk-ant-api03-" + "Zx8Kq2Lm9Np4Rt7Vw1Ys5Ab3Cd6Ef0Gh" * 3 + "AA",
        "ghp_a8Kd92LmQx7Zt4Vb1Nc6Hy3Jw5Rp0Sf8Ue2G",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "AIzaSyB3xK9mQ2pL7vN4wR8tY1uZ5cF6hJ0kD2e",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    ],
)
def test_detects_provider_keys_and_tokens(key: str) -> None:
    assert secrets(f"my key is {key} - why is it rejected?") == [key]


@pytest.mark.parametrize(
    "placeholder",
    ["sk-...", "sk-your-key-here", "AKIAIOSFODNN7EXAMPLE", "<YOUR_API_KEY>", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "${API_KEY}"],
)
def test_leaves_placeholder_keys_alone(placeholder: str) -> None:
    assert secrets(f"Set OPENAI_API_KEY={placeholder} in the README example") == []


def test_detects_a_pem_private_key_block() -> None:
    pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7Zq3\nAbCdEf==\n-----END RSA PRIVATE KEY-----"
    assert secrets(f"here it is:\n{pem}\nthanks") == [pem]


def test_detects_the_value_of_a_password_assignment() -> None:
    assert secrets('db = connect(password="hunter2")') == ["hunter2"]
    assert secrets("DB_PASSWORD=supersecret") == ["supersecret"]


def test_leaves_variables_and_type_hints_alone() -> None:
    assert secrets("login(password=user_password, token=request.headers)") == []
    assert secrets("def f(password: Optional[str], max_tokens=4096): ...") == []


def test_detects_a_password_told_in_prose_without_the_full_stop() -> None:
    assert secrets("my password is Summer2024!.") == ["Summer2024!"]


def test_detects_credentials_in_a_url() -> None:
    assert secrets("use postgres://admin:S3cr3t!@db.internal:5432/app") == ["admin:S3cr3t!"]
