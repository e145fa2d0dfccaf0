"""`/metrics`: Prometheus' text format (web/metrics.py says what is counted and how workers add up).

Open, as exporters usually are; with WEB_SERVER_METRICS_REQUIRE_ADMIN the app includes this router
behind the admin token instead (web/app.py), so the OpenAPI document says which it is.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from llmvpn.web.deps import MetricsDep

router = APIRouter(tags=["metrics"])


@router.get("/metrics", response_class=Response,
            responses={200: {"content": {"text/plain": {"schema": {"type": "string"}},
                                         "application/openmetrics-text": {"schema": {"type": "string"}}},
                             "description": "Prometheus text format 0.0.4, or OpenMetrics when the "
                                            "Accept header asks for it"}})
async def metrics(request: Request, metrics: MetricsDep) -> Response:
    """Expose request, upstream, failover, latency and token metrics for Prometheus (or OpenMetrics)."""
    page, content_type = metrics.exposition(request.headers.get("accept", ""))
    return Response(page, media_type=content_type)
