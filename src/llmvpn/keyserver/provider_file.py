"""PROVIDER_FILE (`providers.yaml`): providers and their keys declared in a file, applied at every start.

    providers:                         # or the list alone, without this line
      - name: openai-main
        kind: openai                   # default; or anthropic
        base_url: https://api.openai.com/v1
        models: [gpt-4o, gpt-4o-mini]
        is_active: true                # default
        api_key_env: OPENAI_API_KEY    # one key from the environment (or `api_key: sk-...` inline)
        keys:                          # more keys: a string, or a mapping
          - sk-inline-key
          - {api_key_env: OPENAI_KEY_2, label: team-b, rpm_limit: 60, tpm_limit: 0}
          - {key: sk-other, label: spare}

Applying is idempotent and additive. A provider is known by its name: a new name is created; an
existing provider gets the file's kind, base_url, models and is_active, and the file's keys it
lacks. Nothing is ever deleted: keys and providers that the file does not list (added through the
API or an api_keys.csv) stay, and a listed key keeps the label and limits it was first stored with.
The whole file is read and checked before anything is written, then applied in one transaction.
Errors are ConfigError naming the file, the line and the field; they never show a key.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from llmvpn.errors import ConfigError, InvalidRequest
from llmvpn.keyserver.records import ApplySummary, NewKeySpec, ProviderSpec, check_spec, looks_like_key
from llmvpn.keyserver.registry import Registry

_PROVIDER_FIELDS = ("name", "kind", "base_url", "models", "is_active", "api_key", "api_key_env", "keys")
_KEY_FIELDS = ("key", "api_key", "api_key_env", "label", "rpm_limit", "tpm_limit")
_SECRET_FIELDS = ("key", "api_key", "api_key_env")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FIELD_LIKE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,24}")
_TYPE_NAMES = {str: "a string (quote it if it looks like a number)", int: "an integer", bool: "true or false"}


class _File:
    """One provider file being read: turns YAML nodes into values and errors into located messages."""

    def __init__(self, path: Path, environ: Mapping[str, str]) -> None:
        self.path = path
        self.environ = environ
        self._constructor = SafeConstructor()

    def error(self, node: Node, field: str, message: str) -> ConfigError:
        return ConfigError(f"{self.path} line {node.start_mark.line + 1}, field {field}: {message}")

    def mapping(self, node: Node, field: str, allowed: tuple[str, ...]) -> dict[str, tuple[Node, Node]]:
        """{name: (key node, value node)}; duplicate and unknown names are errors (typos must not pass)."""
        if not isinstance(node, MappingNode):
            raise self.error(node, field, "expected a mapping")
        fields: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, ScalarNode) else None
            if name not in allowed:
                # Only a word-like name is repeated: a key pasted where a field belongs must not be.
                word = isinstance(name, str) and _FIELD_LIKE.fullmatch(name) and not looks_like_key(name)
                shown = f"{name!r}" if word else "this one"
                raise self.error(key_node, field or "(top level)",
                                 f"unknown field {shown}; expected one of {', '.join(allowed)}")
            if name in fields:
                raise self.error(key_node, f"{field}.{name}".lstrip("."), "given twice")
            fields[name] = (key_node, value_node)
        return fields

    def scalar(self, node: Node, field: str, kind: type) -> Any:
        value = self._constructor.construct_object(node, deep=True) if isinstance(node, ScalarNode) else node
        # bool is an int in Python; a limit of `true` is a mistake, not 1.
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.error(node, field, f"expected {_TYPE_NAMES[kind]}")
        return value

    def secret(self, owner: Node, fields: dict[str, tuple[Node, Node]], field: str) -> tuple[str, str, Node]:
        """(key, field name, node) of an `api_key`/`key` (inline) or `api_key_env` (environment) field."""
        given = [name for name in _SECRET_FIELDS if name in fields]
        if len(given) != 1:
            raise self.error(owner, field, "give exactly one of key, api_key, api_key_env")
        name = given[0]
        node = fields[name][1]
        where = f"{field}.{name}".lstrip(".")
        value = self.scalar(node, where, str)
        if name != "api_key_env":
            return value, name, node
        if not _ENV_NAME.fullmatch(value) or looks_like_key(value):
            raise self.error(node, where, "expected the name of an environment variable (not the key itself)")
        if value not in self.environ:
            raise self.error(node, where, f"environment variable {value} is not set")
        if not self.environ[value].strip():
            raise self.error(node, where, f"environment variable {value} is empty")
        return self.environ[value], name, node


def load_provider_file(path: Path | str, environ: Mapping[str, str] | None = None) -> list[ProviderSpec]:
    """Read and check a provider file; ConfigError naming the file, line and field of the first problem.

    Keys given by `api_key_env` are read from `environ` (default: os.environ).
    """
    reader = _File(Path(path), os.environ if environ is None else environ)
    root = _compose(reader.path)
    if root is None:
        return []
    if isinstance(root, MappingNode):
        root = reader.mapping(root, "", ("providers",))["providers"][1] if root.value else None
        if root is None:
            return []
    if not isinstance(root, SequenceNode):
        raise reader.error(root, "providers", "expected a list of providers")
    specs: list[ProviderSpec] = []
    names: dict[str, int] = {}
    for index, node in enumerate(root.value):
        spec = _provider(reader, node, f"providers[{index}]")
        if spec.name in names:
            raise reader.error(node, f"providers[{index}].name",
                               f"provider {spec.name!r} is already defined at providers[{names[spec.name]}]")
        names[spec.name] = index
        specs.append(spec)
    return specs


def apply_provider_file(registry: Registry, path: Path | str,
                        environ: Mapping[str, str] | None = None) -> ApplySummary:
    """Load `path` and make the registry match it (additively, in one transaction); see the module doc."""
    specs = load_provider_file(path, environ)
    try:
        return registry.upsert_providers(specs)
    except InvalidRequest as exc:  # already checked above; kept so a rule added later still names the file
        raise ConfigError(f"{path}: {exc.message}") from None


def _compose(path: Path) -> Node | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{path}: can't be read ({exc.strerror})") from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        # Only the parser's description: its snippet of the offending line could hold a key.
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise ConfigError(f"{path} line {line}: not valid YAML ({exc.problem})") from None
    except yaml.YAMLError:
        raise ConfigError(f"{path}: not valid YAML") from None


def _provider(reader: _File, node: Node, where: str) -> ProviderSpec:
    fields = reader.mapping(node, where, _PROVIDER_FIELDS)
    # check_spec's param -> (node, field as written in the file), to locate the errors it finds.
    nodes: dict[str, tuple[Node, str]] = {}

    def value(name: str, kind: type, default: Any = None) -> Any:
        if name not in fields:
            if default is None:
                raise reader.error(node, f"{where}.{name}", "is required")
            return default
        nodes[name] = (fields[name][1], name)
        return reader.scalar(fields[name][1], f"{where}.{name}", kind)

    name, base_url = value("name", str), value("base_url", str)
    kind, is_active = value("kind", str, "openai"), value("is_active", bool, True)
    models: list[str] = []
    if "models" in fields:
        models_node = fields["models"][1]
        nodes["models"] = (models_node, "models")
        if not isinstance(models_node, SequenceNode):
            raise reader.error(models_node, f"{where}.models", "expected a list of model names")
        for index, item in enumerate(models_node.value):
            nodes[f"models[{index}]"] = (item, f"models[{index}]")
            models.append(reader.scalar(item, f"{where}.models[{index}]", str))
    keys: list[NewKeySpec] = []
    if any(name in fields for name in ("api_key", "api_key_env")):
        inline = {k: v for k, v in fields.items() if k in _SECRET_FIELDS}
        secret, field, secret_node = reader.secret(node, inline, where)
        nodes["keys[0]"] = nodes["keys[0].secret"] = (secret_node, field)
        keys.append(NewKeySpec(secret))
    if "keys" in fields:
        keys_node = fields["keys"][1]
        if not isinstance(keys_node, SequenceNode):
            raise reader.error(keys_node, f"{where}.keys", "expected a list of keys")
        for index, item in enumerate(keys_node.value):
            keys.append(_key(reader, item, where, f"keys[{index}]", f"keys[{len(keys)}]", nodes))
    try:
        return check_spec(ProviderSpec(name, kind, base_url, tuple(models), is_active, tuple(keys)))
    except InvalidRequest as exc:
        param = exc.param or ""
        prefix = next((p for p in _prefixes(param) if p in nodes), None)
        located, field = nodes[prefix] if prefix else (node, "")
        field = field + param[len(prefix):] if prefix else param
        raise reader.error(located, f"{where}.{field}", exc.message.removeprefix(f"{param} ")) from None


def _key(reader: _File, node: Node, where: str, field: str, param: str,
         nodes: dict[str, tuple[Node, str]]) -> NewKeySpec:
    """One entry of `keys:`; `field` is its place in the file, `param` its place in the spec's keys."""
    nodes[param] = nodes[f"{param}.secret"] = (node, field)
    if isinstance(node, ScalarNode):
        return NewKeySpec(reader.scalar(node, f"{where}.{field}", str))
    fields = reader.mapping(node, f"{where}.{field}", _KEY_FIELDS)
    secret, name, secret_node = reader.secret(node, fields, f"{where}.{field}")
    nodes[f"{param}.secret"] = (secret_node, f"{field}.{name}")
    values: dict[str, Any] = {}
    for name, kind in (("label", str), ("rpm_limit", int), ("tpm_limit", int)):
        if name in fields:
            nodes[f"{param}.{name}"] = (fields[name][1], f"{field}.{name}")
            values[name] = reader.scalar(fields[name][1], f"{where}.{field}.{name}", kind)
    return NewKeySpec(secret, **values)


def _prefixes(param: str) -> list[str]:
    """"keys[1].rpm_limit" -> ["keys[1].rpm_limit", "keys[1]", "keys"]: the most precise node we know."""
    found = [param]
    while (cut := max(param.rfind("."), param.rfind("["))) > 0:
        param = param[:cut]
        found.append(param)
    return found
