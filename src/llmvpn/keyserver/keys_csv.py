"""`api_keys.csv` (KEY_CONFIG_FILE, `llmvpn keys import`): keys to add to existing providers.

    provider,key,label,rpm_limit,tpm_limit      <- header: optional
    openai-main,sk-...,team-a,60,0
    anthropic,sk-ant-...                        <- label and limits optional (0 = unlimited)

With a header the columns may come in any order (`provider`/`provider_name`/`name`, `key`/`api_key`,
`label`, `rpm_limit`, `tpm_limit`); without one they are positional as above. Blank lines and lines
starting with `#` are skipped. The whole file is parsed before anything is imported, and errors name
the file, the line and the field, never a key.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from llmvpn.errors import ConfigError, InvalidRequest
from llmvpn.keyserver.records import NewKeySpec, check_key, check_name, looks_like_key

COLUMNS = ("provider", "key", "label", "rpm_limit", "tpm_limit")
_HEADER_NAMES = {"provider": "provider", "provider_name": "provider", "name": "provider", "key": "key",
                 "api_key": "key", "label": "label", "rpm_limit": "rpm_limit", "tpm_limit": "tpm_limit"}
MAX_BYTES = 16 * 1024 * 1024


def parse_keys_csv(path: Path | str) -> list[tuple[str, NewKeySpec]]:
    """[(provider name, key)] from an api_keys.csv file; ConfigError naming file, line and field."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ConfigError(f"{path.name}: larger than {MAX_BYTES // (1024 * 1024)} MiB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: can't be read ({exc.strerror})") from None
    return parse_keys_csv_text(data, path.name)


def parse_keys_csv_text(data: bytes | str, source: str) -> list[tuple[str, NewKeySpec]]:
    """Like parse_keys_csv, for content already in memory; `source` names it in messages."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")  # spreadsheets like to start with a byte-order mark
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise ConfigError(f"{source} line {line}: not UTF-8 text") from None
    reader = csv.reader(io.StringIO(data, newline=""), strict=True)
    columns: tuple[str, ...] | None = None
    entries: list[tuple[str, NewKeySpec]] = []
    line = 0
    try:
        for row in reader:
            line = reader.line_num
            cells = [cell.strip() for cell in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if columns is None:
                columns = _header(cells, source, line)
                if columns is not None:
                    continue
                columns = COLUMNS
            entries.append(_entry(cells, columns, source, line))
    except csv.Error:
        # The csv module's message may quote the row; say where, not what.
        where = reader.line_num or line + 1
        raise ConfigError(f"{source} line {where}: malformed CSV (e.g. an unclosed quote)") from None
    return entries


def _header(cells: list[str], source: str, line: int) -> tuple[str, ...] | None:
    """The columns named by a header row, or None if this first row is data."""
    names = [cell.lower() for cell in cells]
    # Both first cells must be column names: a provider may well be called "name", a key never "key".
    if len(names) < 2 or names[0] not in _HEADER_NAMES or names[1] not in _HEADER_NAMES:
        return None
    columns = []
    for number, name in enumerate(names, 1):
        if name not in _HEADER_NAMES:
            shown = repr(name) if len(name) <= 30 and not looks_like_key(name) else "(not shown)"
            raise ConfigError(f"{source} line {line}, column {number}: unknown column {shown}; "
                              f"expected {', '.join(COLUMNS)}")
        if _HEADER_NAMES[name] in columns:
            raise ConfigError(f"{source} line {line}, column {number}: column {name!r} given twice")
        columns.append(_HEADER_NAMES[name])
    for required in ("provider", "key"):
        if required not in columns:
            raise ConfigError(f"{source} line {line}: the header has no {required} column")
    return tuple(columns)


def _entry(cells: list[str], columns: tuple[str, ...], source: str, line: int) -> tuple[str, NewKeySpec]:
    if len(cells) > len(columns):
        raise ConfigError(f"{source} line {line}: {len(cells)} fields, at most {len(columns)} expected "
                          f"({', '.join(columns)})")
    values = dict(zip(columns, cells, strict=False))
    for required in ("provider", "key"):
        if not values.get(required):
            raise ConfigError(f"{source} line {line}, field {required}: is empty")
    limits = {}
    for field in ("rpm_limit", "tpm_limit"):
        text = values.get(field) or "0"
        if not (text.isascii() and text.isdigit()):
            raise ConfigError(f"{source} line {line}, field {field}: expected an integer (0 = unlimited)")
        limits[field] = int(text)
    try:
        name = check_name(values["provider"], "provider")
        key = check_key(NewKeySpec(values["key"], values.get("label", ""), **limits), "key")
    except InvalidRequest as exc:
        field = (exc.param or "").removeprefix("key.") if exc.param != "key.secret" else "key"
        message = exc.message.removeprefix(f"{exc.param} ")
        raise ConfigError(f"{source} line {line}, field {field}: {message}") from None
    return name, key
