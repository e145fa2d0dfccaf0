"""api_keys.csv: parsed whole before anything is imported; errors name file, line and field, never a key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llmvpn.errors import ConfigError, InvalidRequest
from llmvpn.keyserver.keys_csv import parse_keys_csv, parse_keys_csv_text
from llmvpn.keyserver.records import NewKeySpec, ProviderSpec
from llmvpn.keyserver.registry import Registry
from tests.unit.test_registry import sqlite_registry

KEY_1 = "sk-csv-canary-1111111111111111111111AAAA"
KEY_2 = "sk-csv-canary-2222222222222222222222BBBB"
KEY_3 = "sk-ant-csv-canary-33333333333333333CCCC"


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    yield from sqlite_registry(tmp_path)


def write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "api_keys.csv"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


@pytest.fixture
def two_providers(registry: Registry) -> Registry:
    for name in ("openai-main", "claude"):
        registry.create_provider(ProviderSpec(name, "openai", "https://api.example.com/v1", ("m",)))
    return registry


def test_good_file_with_header_is_imported(two_providers: Registry, tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffprovider,key,label,rpm_limit,tpm_limit\n"
                           f"openai-main,{KEY_1},team-a,60,100000\n"
                           "\n# a comment line\n"
                           f"openai-main, {KEY_2} ,,,\n"
                           f'claude,"{KEY_3}"\n')
    entries = parse_keys_csv(path)
    assert entries == [("openai-main", NewKeySpec(KEY_1, "team-a", 60, 100000)),
                       ("openai-main", NewKeySpec(KEY_2)), ("claude", NewKeySpec(KEY_3))]
    assert two_providers.import_keys(entries, path.name) == (3, 0)
    assert two_providers.import_keys(parse_keys_csv(path), path.name) == (0, 3)
    assert sorted(e.secret.reveal() for e in two_providers.load_pool()) == sorted([KEY_1, KEY_2, KEY_3])


def test_without_header_and_with_reordered_header() -> None:
    assert parse_keys_csv_text(f"openai-main,{KEY_1}\n", "f.csv") == [("openai-main", NewKeySpec(KEY_1))]
    assert parse_keys_csv_text(f"api_key,tpm_limit,provider_name\n{KEY_1},7,p\n", "f.csv") == [
        ("p", NewKeySpec(KEY_1, tpm_limit=7))]
    # A provider called "name" is data, not a header: a key is never called "key".
    assert parse_keys_csv_text(f"name,{KEY_1}\n", "f.csv") == [("name", NewKeySpec(KEY_1))]


@pytest.mark.parametrize(("content", "expected"), [
    (f"provider,key,label,rpm_limit\np,{KEY_1}\np,{KEY_2}\np,{KEY_3},x,ten\n",
     "api_keys.csv line 4, field rpm_limit: expected an integer"),
    (f"p,{KEY_1},x,1,-1\n", "api_keys.csv line 1, field tpm_limit: expected an integer"),
    (f"p,{KEY_1},x,1,1,extra\n", "api_keys.csv line 1: 6 fields, at most 5 expected"),
    ("p,\n", "api_keys.csv line 1, field key: is empty"),
    (f",{KEY_1}\n", "api_keys.csv line 1, field provider: is empty"),
    (f"p,{KEY_1}\np,sk with spaces inside\n", "api_keys.csv line 2, field key: must be one line of printable ASCII"),
    (f"p,{KEY_1}\np,sk-ключ-1234567890\n", "api_keys.csv line 2, field key: must be one line of printable ASCII"),
    (f"a/b,{KEY_1}\n", "api_keys.csv line 1, field provider: must not contain '/'"),
    ("provider,key,colour\n", "api_keys.csv line 1, column 3: unknown column 'colour'"),
    ("provider,label\n", "api_keys.csv line 1: the header has no key column"),
    (f'p,"{KEY_1}\n', "api_keys.csv line 1: malformed CSV"),
    (f"p,{KEY_1}\n".encode() + b"q,\xff\xfe\n", "api_keys.csv line 2: not UTF-8 text"),
])
def test_bad_line_is_named_without_the_key(tmp_path: Path, content: str | bytes, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_keys_csv(write(tmp_path, content))
    message = caught.value.message
    assert message.startswith(expected), message
    for key in (KEY_1, KEY_2, KEY_3):
        assert key not in message and key[-8:] not in message


def test_nothing_is_half_imported(two_providers: Registry, tmp_path: Path) -> None:
    before, token = two_providers.counts(), two_providers.change_token()
    with pytest.raises(ConfigError):
        parse_keys_csv(write(tmp_path, f"openai-main,{KEY_1}\nopenai-main,{KEY_2},x,abc\n"))
    # Parsed fine, but one provider is unknown: the registry refuses the whole batch.
    entries = parse_keys_csv(write(tmp_path, f"openai-main,{KEY_1}\nnobody,{KEY_2}\nclaude,{KEY_3}\n"))
    with pytest.raises(InvalidRequest) as caught:
        two_providers.import_keys(entries, "api_keys.csv")
    assert "'nobody'" in caught.value.message
    assert two_providers.counts() == before and two_providers.change_token() == token


def test_swapped_columns_do_not_echo_the_key(two_providers: Registry, tmp_path: Path) -> None:
    entries = parse_keys_csv(write(tmp_path, f"{KEY_1},openai-main\n"))
    with pytest.raises(InvalidRequest) as caught:
        two_providers.import_keys(entries, "api_keys.csv")
    assert KEY_1 not in caught.value.message and "columns swapped" in caught.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        parse_keys_csv(tmp_path / "absent.csv")
