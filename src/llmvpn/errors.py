"""The exceptions both processes share, each carrying an OpenAI-style `type` and `code`.

    LlmvpnError
    ├── ConfigError ··················· bad settings or files at start-up (never reaches HTTP)
    ├── CryptoError ··················· a ciphertext that does not open (wrong master key, tampered)
    │   └── MasterKeyUnavailable ······ Vault unreachable/sealed/forbidden: degrade, never fall back
    └── ApiError ······················ what a client may be told, mapped to HTTP in web/errors.py
        ├── InvalidRequest (400)
        │   └── UnsafeUrl (400) ······· a provider URL aimed at a forbidden network
        ├── Unauthenticated (401)
        ├── PermissionDenied (403)
        ├── NotFound (404) ············ also "exists but is not yours"
        ├── Conflict (409)
        │   └── PreconditionFailed (412)
        ├── PayloadTooLarge (413)
        ├── UnsupportedMediaType (415)
        ├── RateLimited (429) ········· carries retry_after
        ├── UpstreamError (502)
        ├── KeyServerUnavailable (503)
        │   └── NoCapacity (503) ······ no usable key for the model right now
        └── UpstreamTimeout (504)

Messages must be safe to show: never a key, token or secret (the logging filter is the second line
of defence, not the first).
"""

from __future__ import annotations


class LlmvpnError(Exception):
    """Base of every error llmvpn raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(LlmvpnError):
    """Settings or a configuration file can't be used; the process should stop with this message."""


class CryptoError(LlmvpnError):
    """A ciphertext could not be opened or a key could not be wrapped."""


class MasterKeyUnavailable(CryptoError):
    """The master-key backend can't be reached or refuses us (Vault down, sealed, token expired)."""


class ApiError(LlmvpnError):
    status_code = 500
    type = "api_error"
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.param = param
        if code is not None:
            self.code = code


class InvalidRequest(ApiError):
    status_code = 400
    type = "invalid_request_error"
    code = "invalid_request"


class UnsafeUrl(InvalidRequest):
    code = "unsafe_url"


class Unauthenticated(ApiError):
    status_code = 401
    type = "authentication_error"
    code = "invalid_token"


class PermissionDenied(ApiError):
    status_code = 403
    type = "permission_error"
    code = "forbidden"


class NotFound(ApiError):
    status_code = 404
    type = "not_found_error"
    code = "not_found"


class Conflict(ApiError):
    status_code = 409
    type = "conflict_error"
    code = "conflict"


class PreconditionFailed(Conflict):
    status_code = 412
    code = "version_mismatch"


class PayloadTooLarge(ApiError):
    status_code = 413
    type = "invalid_request_error"
    code = "payload_too_large"


class UnsupportedMediaType(ApiError):
    status_code = 415
    type = "invalid_request_error"
    code = "unsupported_media_type"


class RateLimited(ApiError):
    status_code = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after: float, param: str | None = None,
                 code: str | None = None) -> None:
        super().__init__(message, param=param, code=code)
        self.retry_after = retry_after


class UpstreamError(ApiError):
    status_code = 502
    type = "upstream_error"
    code = "bad_gateway"


class KeyServerUnavailable(ApiError):
    status_code = 503
    type = "service_unavailable"
    code = "key_server_unavailable"
    retry_after: float = 1.0


class NoCapacity(KeyServerUnavailable):
    code = "no_capacity"


class UpstreamTimeout(ApiError):
    status_code = 504
    type = "timeout_error"
    code = "upstream_timeout"
