"""Bodies of the Web API (a browser app's conversations): strict, so a typo is a 400 naming the field."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from llmvpn.web.schemas_openai import ChatMessage

MAX_MODELS = 32

ModelName = Annotated[str, StringConstraints(min_length=1, max_length=512)]
SessionId = Annotated[str, StringConstraints(min_length=1, max_length=256)]


def _unique(models: list[str]) -> list[str]:
    if len(set(models)) != len(models):
        raise ValueError("models must not repeat")
    return models


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class InitializeSession(_Strict):
    models: list[ModelName] = Field(default_factory=list, max_length=MAX_MODELS,
                                    description="Models of the session, as /v1/models names them; the first "
                                                "is the default of /api/web/generate. May be set later.")

    @model_validator(mode="after")
    def _no_repeats(self) -> InitializeSession:
        _unique(self.models)
        return self


class SetModels(_Strict):
    session_id: SessionId
    models: list[ModelName] = Field(min_length=1, max_length=MAX_MODELS,
                                    description="The session's models; the first is the default.")

    @model_validator(mode="after")
    def _no_repeats(self) -> SetModels:
        _unique(self.models)
        return self


class Generate(_Strict):
    """One turn: a `prompt` (one user message) or `messages`, answered with the session's history."""

    session_id: SessionId
    prompt: str | None = Field(default=None, min_length=1, description="Shorthand for one user message.")
    messages: list[ChatMessage] | None = Field(default=None, min_length=1)
    model: ModelName | None = Field(default=None, description="One of the session's models; default: its first.")
    stream: bool = False
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)
    max_tokens: int | None = Field(default=None, ge=1)
    privacy: dict[str, Any] | None = Field(
        default=None, description='The privacy policy of this turn, as on /v1/chat/completions: '
                                  '{"pii": "pseudonymize", "entities": [...], "restore": true, "show_sent": false}')

    @model_validator(mode="after")
    def _prompt_or_messages(self) -> Generate:
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give either `prompt` or `messages`")
        return self

    def chat_body(self, model: str) -> dict[str, Any]:
        """The chat-completions body this turn stands for."""
        messages = ([{"role": "user", "content": self.prompt}] if self.prompt is not None
                    else [m.model_dump(exclude_none=True) for m in self.messages or ()])
        body: dict[str, Any] = {"model": model, "messages": messages, "stream": self.stream}
        for name in ("temperature", "top_p", "max_tokens", "privacy"):
            if getattr(self, name) is not None:
                body[name] = getattr(self, name)
        return body


class SessionView(BaseModel):
    """A session as its owner sees it: never a key, nor which key serves it."""

    session_id: str
    models: list[str]
    messages: list[dict[str, Any]] = Field(description="The history, as sent upstream.")
    created_at: datetime
    expires_at: datetime


def timestamp(unix: float) -> datetime:
    return datetime.fromtimestamp(unix, UTC)
