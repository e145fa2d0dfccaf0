"""`/api/admin`: operations on the whole registry. Restore is validated and applied by the key server,
all or nothing; this side only checks that what it passes on is a JSON object."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request

from llmvpn.errors import InvalidRequest, UnsupportedMediaType
from llmvpn.web.deps import AdminDep, KeyServerDep, SettingsDep
from llmvpn.web.errors import ErrorResponse
from llmvpn.web.schemas.providers import RestoreResult

router = APIRouter(prefix="/api/admin", tags=["admin"])

_BACKUP_BODY = {
    "required": False,
    "description": "A backup document as the key server writes it (`llmvpn providers export`). Leave the "
                   "body empty to restore from the key server's BACKEND_BACKUP_FILE.",
    "content": {"application/json": {"schema": {"type": "object", "additionalProperties": True}}},
}


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def _checked_document(body: bytes, content_type: str) -> bytes:
    if not _is_json(content_type):
        raise UnsupportedMediaType("a backup document must be sent as application/json")
    try:
        # Decoded here, not by json.loads: that would take UTF-16/32 too, which no backup is written in.
        document = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidRequest("request body is not valid UTF-8", code="invalid_json") from None
    except ValueError as exc:
        raise InvalidRequest(f"request body is not valid JSON: {exc}", code="invalid_json") from None
    except RecursionError:
        raise InvalidRequest("request body is nested too deeply", code="invalid_json") from None
    if not isinstance(document, dict):
        raise InvalidRequest("a backup document is a JSON object")
    return body  # as sent: the key server checks its checksum over these bytes


@router.post("/providers/restore", response_model=RestoreResult, openapi_extra={"requestBody": _BACKUP_BODY},
             responses={status: {"model": ErrorResponse} for status in (400, 401, 403, 413, 415)})
async def restore_providers(request: Request, admin: AdminDep, keyserver: KeyServerDep,
                            settings: SettingsDep) -> RestoreResult:
    """Restore providers and keys from a backup: the key server's backup file or the document sent (admin)."""
    body = await request.body()
    document = _checked_document(body, request.headers.get("content-type", "")) if body.strip() else b""
    # A restore decrypts and checks every key before it commits: more than an ordinary RPC's deadline.
    timeout = max(settings.keyserver_deadline_seconds, settings.request_timeout_seconds)
    result = await keyserver.restore_backup(document, timeout=timeout)
    return RestoreResult(providers=result.providers, keys=result.keys,
                         source="request" if document else "backup_file")
