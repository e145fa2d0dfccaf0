"""Settings of both processes, built once at start-up and passed in.

Nothing here is read at import time: `KeyServerSettings()` / `WebSettings()` read the environment
(the variable names of the original design) when a command builds them, and tests construct them
with keyword arguments. `ensure_secrets()` fills in the secrets a first start has to invent and keeps
them in LLMVPN_HOME with mode 0600, so a second start (and the other process) finds the same ones.
"""

from __future__ import annotations

import base64
import os
import secrets as _secrets
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from llmvpn.errors import ConfigError
from llmvpn.privacy.spans import EntityType, Policy

# Values people paste from tutorials; a gateway that accepts them protects nothing.
WEAK_SECRETS = frozenset(
    {"change-me", "changeme", "secret", "password", "your-secret-key", "test", "default", "admin"}
)
MIN_SECRET_LENGTH = 32


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


def check_secret_strength(name: str, value: str) -> None:
    """Refuse a secret that is known-weak or shorter than MIN_SECRET_LENGTH characters."""
    lowered = value.strip().lower()
    if lowered in WEAK_SECRETS or lowered.startswith("change-me") or lowered.startswith("changeme"):
        raise ConfigError(f"{name} is a well-known placeholder value; set a random secret of "
                          f"at least {MIN_SECRET_LENGTH} characters (e.g. `openssl rand -base64 32`)")
    if len(value) < MIN_SECRET_LENGTH:
        raise ConfigError(f"{name} is {len(value)} characters long; it needs at least "
                          f"{MIN_SECRET_LENGTH} (e.g. `openssl rand -base64 32`)")


def parse_entity_list(value: str) -> frozenset[EntityType]:
    """"all", or entity types separated by commas ("PERSON, EMAIL"); ValueError naming an unknown one."""
    names = [name.strip().upper() for name in value.split(",") if name.strip()]
    if names == ["ALL"]:
        return frozenset(EntityType)
    unknown = [name for name in names if name not in EntityType.__members__]
    if unknown:
        raise ValueError(f"unknown entity type {unknown[0]!r} (known: {', '.join(EntityType)}, or all)")
    return frozenset(EntityType[name] for name in names)


class _Base(BaseSettings):
    # Environment variables are read by their documented names only (by field name, `home` would read
    # $HOME); keyword arguments may use the field names, translated to those names here.
    model_config = SettingsConfigDict(extra="ignore", validate_default=True)

    def __init__(self, **values: object) -> None:
        for name, info in type(self).model_fields.items():
            alias = info.validation_alias
            if name in values and isinstance(alias, AliasChoices):
                values[str(alias.choices[0])] = values.pop(name)
        super().__init__(**values)

    home: Path = Field(default=Path(".llmvpn"), validation_alias=_env("LLMVPN_HOME"))
    socket_path: Path = Field(default=Path("/tmp/keyserver.sock"), validation_alias=_env("KEY_SERVER_SOCKET"))
    request_timeout_seconds: float = Field(
        default=30.0, gt=0, le=600, validation_alias=_env("BACKEND_REQUEST_TIMEOUT_SECONDS")
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", validation_alias=_env("LLMVPN_LOG_LEVEL")
    )

    @field_validator("home", "socket_path", mode="after")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().absolute()


class KeyServerSettings(_Base):
    """The key server: registry, encryption, leases. The only process that sees plaintext keys."""

    database_url: str | None = Field(default=None, validation_alias=_env("BACKEND_DATABASE_URL"))
    api_key_secret: SecretStr | None = Field(default=None, validation_alias=_env("BACKEND_API_KEY_SECRET"))
    backup_file: Path | None = Field(default=None, validation_alias=_env("BACKEND_BACKUP_FILE"))
    backups_kept: int = Field(default=10, ge=1, le=1000, validation_alias=_env("BACKEND_BACKUPS_KEPT"))
    provider_file: Path | None = Field(default=None, validation_alias=_env("PROVIDER_FILE"))
    key_config_file: Path | None = Field(default=None, validation_alias=_env("KEY_CONFIG_FILE"))
    redis_url: SecretStr | None = Field(default=None, validation_alias=_env("KEY_SERVER_REDIS_URL"))

    master_key_backend: Literal["local", "vault"] | None = Field(
        default=None, validation_alias=_env("LLMVPN_MASTER_KEY_BACKEND")
    )
    vault_addr: str | None = Field(default=None, validation_alias=_env("VAULT_ADDR"))
    vault_token: SecretStr | None = Field(default=None, validation_alias=_env("VAULT_TOKEN"))
    vault_transit_mount: str = Field(default="transit", validation_alias=_env("VAULT_TRANSIT_MOUNT"))
    vault_transit_key: str = Field(default="llmvpn", validation_alias=_env("VAULT_TRANSIT_KEY"))
    vault_timeout_seconds: float = Field(default=5.0, gt=0, validation_alias=_env("VAULT_TIMEOUT_SECONDS"))

    lease_ttl_seconds: float = Field(default=300.0, gt=0, validation_alias=_env("KEY_SERVER_LEASE_TTL_SECONDS"))
    # When every key of a model rests, an Acquire waits this long for the earliest recovery before
    # answering 429; keep it below the web server's KEY_SERVER_DEADLINE_SECONDS.
    lease_max_wait_seconds: float = Field(
        default=1.0, ge=0, le=30, validation_alias=_env("KEY_SERVER_MAX_WAIT_SECONDS")
    )
    session_ttl_seconds: float = Field(
        default=3600.0, gt=0, validation_alias=_env("KEY_SERVER_SESSION_TTL_SECONDS")
    )

    @model_validator(mode="after")
    def _derive(self) -> KeyServerSettings:
        if self.master_key_backend is None:
            self.master_key_backend = "vault" if self.vault_addr else "local"
        if self.master_key_backend == "vault" and not (self.vault_addr and self.vault_token):
            raise ConfigError("the vault master-key backend needs VAULT_ADDR and VAULT_TOKEN")
        if self.api_key_secret is not None:
            check_secret_strength("BACKEND_API_KEY_SECRET", self.api_key_secret.get_secret_value())
        return self

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'llmvpn.db'}"

    @property
    def effective_backup_file(self) -> Path:
        return (self.backup_file or self.home / "providers_backup.json").expanduser().absolute()

    @property
    def salt_file(self) -> Path:
        """The KDF salt of the local master key lives beside the database (issue 2)."""
        url = self.effective_database_url
        if url.startswith("sqlite:///") and not url.endswith(":memory:"):
            return Path(url.removeprefix("sqlite:///")).parent / "master_key.salt"
        return self.home / "master_key.salt"


class WebSettings(_Base):
    """The web server: stateless, one instance per worker."""

    host: str = Field(default="127.0.0.1", validation_alias=_env("WEB_SERVER_HOST"))
    port: int = Field(default=8000, ge=1, le=65535, validation_alias=_env("WEB_SERVER_PORT"))
    workers: int = Field(default=1, ge=1, le=64, validation_alias=_env("WEB_SERVER_WORKERS"))
    jwt_secret: SecretStr | None = Field(default=None, validation_alias=_env("WEB_SERVER_JWT_SECRET"))
    jwt_issuer: str = Field(default="llmvpn", validation_alias=_env("WEB_SERVER_JWT_ISSUER"))
    jwt_audience: str = Field(default="llmvpn", validation_alias=_env("WEB_SERVER_JWT_AUDIENCE"))
    redis_url: SecretStr | None = Field(default=None, validation_alias=_env("WEB_SERVER_REDIS_URL"))
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1024, validation_alias=_env("WEB_SERVER_MAX_BODY_BYTES"))
    # Every RPC to the key server has a deadline, so a hung key server costs a request, not a worker.
    keyserver_deadline_seconds: float = Field(
        default=2.0, gt=0, le=60, validation_alias=_env("KEY_SERVER_DEADLINE_SECONDS")
    )

    # Upstream calls. request_timeout_seconds (BACKEND_REQUEST_TIMEOUT_SECONDS) bounds a whole chat
    # request up to its answer (non-stream) or its first event (stream), failovers included; the
    # read timeout is the longest silence tolerated from an upstream, so it also ends stalled streams.
    upstream_connect_timeout_seconds: float = Field(
        default=5.0, gt=0, le=120, validation_alias=_env("WEB_SERVER_UPSTREAM_CONNECT_TIMEOUT_SECONDS")
    )
    upstream_read_timeout_seconds: float = Field(
        default=60.0, gt=0, le=3600, validation_alias=_env("WEB_SERVER_UPSTREAM_READ_TIMEOUT_SECONDS")
    )
    # Retries on another key after a 429/5xx/401/402/403, connection error or timeout, before any byte
    # went to the client; each costs at most one more upstream call.
    upstream_max_retries: int = Field(default=2, ge=0, le=10, validation_alias=_env("WEB_SERVER_UPSTREAM_MAX_RETRIES"))
    upstream_max_response_bytes: int = Field(
        default=10 * 1024 * 1024, ge=1024, validation_alias=_env("WEB_SERVER_UPSTREAM_MAX_RESPONSE_BYTES")
    )
    # Per upstream origin (scheme, host, port) for HTTP/1.1 (providers/http1.py); for HTTP/2, across
    # the httpcore pools.
    upstream_max_connections: int = Field(
        default=512, ge=1, le=100_000, validation_alias=_env("WEB_SERVER_UPSTREAM_MAX_CONNECTIONS")
    )
    upstream_max_keepalive_connections: int = Field(
        default=128, ge=0, le=100_000, validation_alias=_env("WEB_SERVER_UPSTREAM_MAX_KEEPALIVE_CONNECTIONS")
    )

    # HTTP/2 with upstreams that offer it over TLS (ALPN); plain-http upstreams stay on HTTP/1.1.
    upstream_http2: bool = Field(default=True, validation_alias=_env("WEB_SERVER_UPSTREAM_HTTP2"))
    # Extra certificate authorities to trust for upstream TLS (a company CA, a self-hosted vLLM), on top
    # of the public ones (certifi).
    upstream_ca_bundle: Path | None = Field(default=None, validation_alias=_env("WEB_SERVER_UPSTREAM_CA_BUNDLE"))

    # Chat request limits (FAULTS 12); a request past one gets 400 naming it.
    max_messages: int = Field(default=1000, ge=1, le=1_000_000, validation_alias=_env("WEB_SERVER_MAX_MESSAGES"))
    max_message_chars: int = Field(
        default=200_000, ge=1, le=100_000_000, validation_alias=_env("WEB_SERVER_MAX_MESSAGE_CHARS")
    )
    max_n: int = Field(default=4, ge=1, le=128, validation_alias=_env("WEB_SERVER_MAX_N"))
    max_tokens_cap: int = Field(default=65_536, ge=1, le=10_000_000, validation_alias=_env("WEB_SERVER_MAX_TOKENS"))
    max_json_depth: int = Field(default=32, ge=4, le=512, validation_alias=_env("WEB_SERVER_MAX_JSON_DEPTH"))

    # Where provider base URLs may point (providers/urls.py). Local model servers (Ollama, vLLM) live on
    # loopback and private networks, so those stay allowed unless an operator narrows it; link-local
    # addresses hold cloud metadata services, so they are refused unless an operator widens it.
    allow_private_upstreams: bool = Field(default=True, validation_alias=_env("LLMVPN_ALLOW_PRIVATE_UPSTREAMS"))
    allow_link_local_upstreams: bool = Field(
        default=False, validation_alias=_env("LLMVPN_ALLOW_LINK_LOCAL_UPSTREAMS")
    )

    # Per-principal admission (web/admission.py), counted by the key server so that every worker and
    # host shares one count; 0 switches a limit off (and with all three off, no RPC is made at all).
    # Budgets reset at 00:00 UTC; a refusal is 429 with Retry-After up to then.
    daily_request_budget: int = Field(default=0, ge=0, validation_alias=_env("WEB_SERVER_DAILY_REQUEST_BUDGET"))
    daily_token_budget: int = Field(default=0, ge=0, validation_alias=_env("WEB_SERVER_DAILY_TOKEN_BUDGET"))
    rate_limit_per_minute: int = Field(default=0, ge=0, validation_alias=_env("WEB_SERVER_RATE_LIMIT_PER_MINUTE"))

    # Stateful conversations: the most messages a session's history may hold (history + new messages
    # is what goes upstream); a turn past it is refused with 400 rather than silently trimmed.
    session_max_messages: int = Field(
        default=1000, ge=2, le=100_000, validation_alias=_env("WEB_SERVER_SESSION_MAX_MESSAGES")
    )

    # The privacy pipeline (privacy/pipeline.py, web/privacy.py). The default applies to every chat
    # route; a request may choose its own with a `privacy` object, unless that would weaken this one
    # and LLMVPN_PRIVACY_ALLOW_WEAKER is off (privacy/policy.py says what "weaker" means).
    privacy_pii: Policy = Field(default=Policy.PSEUDONYMIZE, validation_alias=_env("LLMVPN_PRIVACY_PII"))
    privacy_entities: Annotated[frozenset[EntityType], NoDecode] = Field(
        default=frozenset(EntityType), validation_alias=_env("LLMVPN_PRIVACY_ENTITIES"),
        description="comma-separated entity types, or `all`",
    )
    privacy_restore: bool = Field(default=True, validation_alias=_env("LLMVPN_PRIVACY_RESTORE"))
    privacy_allow_weaker: bool = Field(default=True, validation_alias=_env("LLMVPN_PRIVACY_ALLOW_WEAKER"))
    # The spaCy model for names, places and organisations: a package name or a directory; unset takes
    # the best one installed (privacy/ner.py), and without any, detection runs on patterns and context
    # rules alone, with a warning. LLMVPN_PRIVACY_NER=false never loads one (saves ~200 MB per worker).
    privacy_ner: bool = Field(default=True, validation_alias=_env("LLMVPN_PRIVACY_NER"))
    privacy_ner_model: str | None = Field(default=None, validation_alias=_env("LLMVPN_PRIVACY_NER_MODEL"))
    # The trained token tagger beside the rules (privacy/token_tagger.py: ~1 ms per 1 KB prompt, ~45 MB
    # per worker): names, places, organisations, addresses, dates and ids no rule knows. On a blind set
    # it took the leak from 9.9 to 5.9 % for 1.6 points more PII-free prompts flagged (bench/README.md).
    # Unset: on with the NER model, off without it, so LLMVPN_PRIVACY_NER=false stays the small worker.
    privacy_tagger: bool | None = Field(default=None, validation_alias=_env("LLMVPN_PRIVACY_TAGGER"))

    @property
    def privacy_tagger_on(self) -> bool:
        return self.privacy_ner if self.privacy_tagger is None else self.privacy_tagger
    # The most characters one request may have scanned (all its messages together): 413 above it.
    privacy_max_chars: int = Field(default=200_000, ge=1_000, le=10_000_000,
                                   validation_alias=_env("LLMVPN_PRIVACY_MAX_CHARS"))

    @field_validator("privacy_entities", mode="before")
    @classmethod
    def _entity_list(cls, value: object) -> object:
        if isinstance(value, str):
            return parse_entity_list(value)
        return value

    # prometheus-client's own variable: with several workers, set it (before start) to an empty
    # directory and /metrics adds up every worker's counters; without it each worker counts alone.
    prometheus_multiproc_dir: Path | None = Field(default=None, validation_alias=_env("PROMETHEUS_MULTIPROC_DIR"))
    # /metrics answers anyone who can reach the port (Prometheus' habit) unless this asks for an admin token.
    metrics_require_admin: bool = Field(default=False, validation_alias=_env("WEB_SERVER_METRICS_REQUIRE_ADMIN"))

    @model_validator(mode="after")
    def _check(self) -> WebSettings:
        if self.jwt_secret is not None:
            check_secret_strength("WEB_SERVER_JWT_SECRET", self.jwt_secret.get_secret_value())
        return self


def _secret_file(home: Path, name: str) -> Path:
    return home / "secrets" / name


def load_or_create_secret(home: Path, name: str) -> SecretStr:
    """Read the secret `name` kept under `home`, or create a strong one with mode 0600.

    The folder is 0700 and the file is created with O_EXCL, so two processes starting at once agree
    on one value (the loser reads the winner's file).
    """
    folder = home / "secrets"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    path = _secret_file(home, name)
    if not path.exists():
        value = base64.urlsafe_b64encode(_secrets.token_bytes(32)).decode().rstrip("=")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(value + "\n")
                handle.flush()
                os.fsync(handle.fileno())
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise ConfigError(f"{path} is readable by others (mode {mode:04o}); run `chmod 600 {path}`")
    value = path.read_text().strip()
    check_secret_strength(str(path), value)
    return SecretStr(value)


def ensure_keyserver_secrets(settings: KeyServerSettings) -> KeyServerSettings:
    """Return settings with BACKEND_API_KEY_SECRET filled from LLMVPN_HOME when not given."""
    if settings.api_key_secret is not None or settings.master_key_backend == "vault":
        return settings
    return settings.model_copy(update={"api_key_secret": load_or_create_secret(settings.home, "api_key_secret")})


def ensure_web_secrets(settings: WebSettings) -> WebSettings:
    """Return settings with WEB_SERVER_JWT_SECRET filled from LLMVPN_HOME when not given."""
    if settings.jwt_secret is not None:
        return settings
    return settings.model_copy(update={"jwt_secret": load_or_create_secret(settings.home, "jwt_secret")})
