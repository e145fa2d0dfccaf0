"""PROVIDER_FILE: parsing with located errors, and idempotent, additive, all-or-nothing application."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llmvpn.errors import ConfigError
from llmvpn.keys import fingerprint
from llmvpn.keyserver.provider_file import apply_provider_file, load_provider_file
from llmvpn.keyserver.records import NewKeySpec, ProviderPatch
from llmvpn.keyserver.registry import Registry
from tests.unit.test_registry import sqlite_registry

ENV_KEY = "sk-env-canary-0000000000000000000000EEEE"
ENV_KEY_2 = "sk-env-canary-1111111111111111111111FFFF"
INLINE = "sk-inline-canary-22222222222222222222GGGG"
OTHER = "sk-other-canary-333333333333333333333HHHH"
ENVIRON = {"OPENAI_API_KEY": ENV_KEY, "OPENAI_KEY_2": ENV_KEY_2}

GOOD = f"""\
providers:
  - name: openai-main
    base_url: https://api.openai.com/v1
    models: [gpt-4o, gpt-4o-mini]
    api_key_env: OPENAI_API_KEY
    keys:
      - {INLINE}
      - {{api_key_env: OPENAI_KEY_2, label: team-b, rpm_limit: 60, tpm_limit: 100000}}
      - key: {OTHER}
        label: spare
  - name: claude
    kind: anthropic
    base_url: https://api.anthropic.com
    models: [claude-sonnet-4]
    is_active: false
"""


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    yield from sqlite_registry(tmp_path)


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "providers.yaml"
    path.write_text(content)
    return path


def snapshot(registry: Registry) -> list:
    return [(p.name, p.kind, p.base_url, p.models, p.is_active, p.version, p.updated_at,
             [(k.fingerprint, k.label, k.rpm_limit, k.tpm_limit) for k in p.keys]) for p in registry.list_providers()]


def test_load_reads_every_form_of_key(tmp_path: Path) -> None:
    specs = load_provider_file(write(tmp_path, GOOD), ENVIRON)
    assert [s.name for s in specs] == ["openai-main", "claude"]
    openai, claude = specs
    assert openai.kind == "openai" and openai.is_active and openai.models == ("gpt-4o", "gpt-4o-mini")
    assert [k.secret for k in openai.keys] == [ENV_KEY, INLINE, ENV_KEY_2, OTHER]
    assert (openai.keys[2].label, openai.keys[2].rpm_limit, openai.keys[2].tpm_limit) == ("team-b", 60, 100000)
    assert (claude.kind, claude.is_active, claude.keys) == ("anthropic", False, ())


def test_a_bare_list_and_os_environ_work_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LLMVPN_TEST_PROVIDER_KEY", ENV_KEY)
    path = write(tmp_path, "- name: local\n  base_url: http://127.0.0.1:11434/v1\n  models: [llama3]\n"
                           "  api_key_env: LLMVPN_TEST_PROVIDER_KEY\n")
    (spec,) = load_provider_file(path)
    assert spec.keys[0].secret == ENV_KEY
    assert load_provider_file(write(tmp_path, "")) == []
    assert load_provider_file(write(tmp_path, "providers: []\n")) == []


def test_apply_twice_gives_the_same_state(registry: Registry, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    first = apply_provider_file(registry, path, ENVIRON)
    assert (first.created, first.updated, first.unchanged, first.keys_added) == (2, 0, 0, 4)
    state, token = snapshot(registry), registry.change_token()
    second = apply_provider_file(registry, path, ENVIRON)
    assert (second.created, second.updated, second.unchanged, second.keys_added) == (0, 0, 2, 0)
    assert snapshot(registry) == state and registry.change_token() == token
    assert sorted(e.secret.reveal() for e in registry.load_pool()) == sorted([ENV_KEY, ENV_KEY_2, INLINE, OTHER])
    assert str(second) == "0 created, 0 updated, 2 unchanged, 0 key(s) added"


def test_apply_updates_fields_adds_keys_and_keeps_what_the_file_does_not_list(registry: Registry,
                                                                              tmp_path: Path) -> None:
    apply_provider_file(registry, write(tmp_path, GOOD), ENVIRON)
    openai = next(p for p in registry.list_providers() if p.name == "openai-main")
    extra = "sk-added-through-the-api-44444444444IIII"
    registry.update_provider(openai.id, ProviderPatch(add_keys=(NewKeySpec(extra),)))
    new_key = "sk-new-in-the-file-5555555555555555JJJJ"
    changed = GOOD.replace("models: [gpt-4o, gpt-4o-mini]", "models: [gpt-4.1]").replace(
        f"      - {INLINE}\n", f"      - {INLINE}\n      - {new_key}\n").replace(
        "label: team-b, rpm_limit: 60", "label: renamed, rpm_limit: 5")
    summary = apply_provider_file(registry, write(tmp_path, changed), ENVIRON)
    assert (summary.created, summary.updated, summary.unchanged, summary.keys_added) == (0, 1, 1, 1)
    openai = registry.get_provider(openai.id)
    assert openai.models == ("gpt-4.1",) and openai.version == 3
    fingerprints = [k.fingerprint for k in openai.keys]
    assert fingerprint(extra) in fingerprints and fingerprint(new_key) in fingerprints and len(fingerprints) == 6
    # A key already stored keeps the label and limits it was first stored with.
    kept = next(k for k in openai.keys if k.fingerprint == fingerprint(ENV_KEY_2))
    assert (kept.label, kept.rpm_limit) == ("team-b", 60)


@pytest.mark.parametrize(("content", "expected"), [
    ("providers:\n  - name: x\n    base_url: ftp://x\n", "line 3, field providers[0].base_url: must start with http"),
    ("- name: x\n  base_url: http://x\n  keys:\n    - {key: sk-aaaaaaaaaaaaaaaaaaaaaaaa, rpm_limit: -5}\n",
     "line 4, field providers[0].keys[0].rpm_limit: must be an integer"),
    ("- name: x\n  base_url: http://x\n  keys:\n    - key: sk-aaaaaaaaaaaaaaaaaaaaaaaa\n      rpm_limit: lots\n",
     "line 5, field providers[0].keys[0].rpm_limit: expected an integer"),
    ("- name: x\n  base-url: http://x\n", "line 2, field providers[0]: unknown field 'base-url'"),
    ("- name: x\n  base_url: http://x\n  api_key_env: NOT_SET_ANYWHERE\n",
     "line 3, field providers[0].api_key_env: environment variable NOT_SET_ANYWHERE is not set"),
    ("- name: x\n  base_url: http://x\n  models: gpt-4o\n", "line 3, field providers[0].models: expected a list"),
    ("- name: x\n  base_url: http://x\n  models: [a, '']\n", "line 3, field providers[0].models[1]: must be"),
    ("- name: x\n  kind: gemini\n  base_url: http://x\n", "line 2, field providers[0].kind: must be one of"),
    ("- base_url: http://x\n", "line 1, field providers[0].name: is required"),
    ("- name: x\n  base_url: http://x\n- name: x\n  base_url: http://y\n",
     "line 3, field providers[1].name: provider 'x' is already defined"),
    ("- name: x\n  base_url: http://x\n  keys:\n    - {label: nokey}\n",
     "line 4, field providers[0].keys[0]: give exactly one of key, api_key, api_key_env"),
    ("- name: x\n  base_url: http://x\n  is_active: maybe\n", "line 3, field providers[0].is_active: expected true"),
    ("- name: [x\n", "line 2: not valid YAML"),
    ("providers: 3\n", "line 1, field providers: expected a list"),
    ("provider:\n  - name: x\n", "line 1, field (top level): unknown field 'provider'"),
])
def test_malformed_file_names_line_and_field(tmp_path: Path, content: str, expected: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(ConfigError) as caught:
        load_provider_file(path, {})
    assert caught.value.message.startswith(f"{path} {expected}"), caught.value.message


def test_errors_never_show_a_key(tmp_path: Path) -> None:
    secret = "sk-leaky-canary-666666666666666666KKKK"
    for content in (f"- name: x\n  base_url: http://x\n  keys: [{secret}, {secret}]\n",
                    f"- name: x\n  base_url: http://x\n  keys: [{{key: '{secret} two'}}]\n",
                    f"- name: x\n  base_url: http://x\n  api_key: {secret}\n  {secret}: 1\n",
                    f"- name: x\n  base_url: http://x\n  api_key: '{secret}\n",
                    f"- name: x\n  base_url: http://x\n  api_key_env: {secret.replace('-', '_')}\n",
                    f"- name: x\n  base_url: http://x\n  keys: [{{{secret}: 1}}]\n"):
        with pytest.raises(ConfigError) as caught:
            load_provider_file(write(tmp_path, content), {})
        message = caught.value.message
        assert secret not in message and secret.replace("-", "_") not in message and secret[-8:] not in message


def test_nothing_is_written_when_the_file_is_bad(registry: Registry, tmp_path: Path) -> None:
    apply_provider_file(registry, write(tmp_path, GOOD), ENVIRON)
    state, token = snapshot(registry), registry.change_token()
    bad = GOOD.replace("models: [gpt-4o, gpt-4o-mini]", "models: [gpt-5]") + \
        "  - name: third\n    base_url: http://third\n    api_key_env: MISSING_VARIABLE\n"
    with pytest.raises(ConfigError) as caught:
        apply_provider_file(registry, write(tmp_path, bad), ENVIRON)
    assert "MISSING_VARIABLE" in caught.value.message and "line 18" in caught.value.message
    assert snapshot(registry) == state and registry.change_token() == token
