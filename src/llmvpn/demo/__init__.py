"""The project's own upstream LLM: an OpenAI- and Anthropic-speaking server with scripted faults.

Tests and benchmarks put it behind the gateway; `llmvpn up --demo` uses it as a keyless demo provider.
"""

from llmvpn.demo.config import DEFAULT_MODELS, UpstreamConfig
from llmvpn.demo.record import ReceivedRequest
from llmvpn.demo.script import Fault
from llmvpn.demo.server import UpstreamServer
from llmvpn.demo.upstream import UpstreamApp, create_upstream_app

__all__ = [
    "DEFAULT_MODELS", "Fault", "ReceivedRequest", "UpstreamApp", "UpstreamConfig", "UpstreamServer",
    "create_upstream_app",
]
