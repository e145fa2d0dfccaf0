"""The privacy API: `POST /api/privacy/analyze` shows what the detector finds in a text and what the
provider would receive instead, so anyone can measure the detector on their own data.

Nothing is stored and nothing goes upstream; the spans' offsets are Python string indices.
"""

from __future__ import annotations

from fastapi import APIRouter

from llmvpn.privacy.mapping import SurrogateMap
from llmvpn.privacy.pseudonymize import pseudonymize
from llmvpn.privacy.spans import EntityType, Policy
from llmvpn.web.deps import PrincipalDep, PrivacyDep
from llmvpn.web.errors import ErrorResponse
from llmvpn.web.schemas.privacy import Analysis, Analyze, FoundSpan

router = APIRouter(prefix="/api/privacy", tags=["privacy"])


@router.post("/analyze", responses={status: {"model": ErrorResponse} for status in (400, 401, 413, 422)})
async def analyze(body: Analyze, principal: PrincipalDep, privacy: PrivacyDep) -> Analysis:
    """Find the PII in `text`: typed spans with scores, and the text pseudonymized."""
    if body.entities == "all":
        entities = frozenset(EntityType)
    elif body.entities is None:
        entities = privacy.default.entities
    else:
        entities = frozenset(body.entities)
    policy = body.pii or Policy.PSEUDONYMIZE
    detector = privacy.pipeline.detector

    def run() -> Analysis:
        spans = detector.detect(body.text, entities=entities)
        done = pseudonymize(body.text, spans, SurrogateMap(), policy=policy)
        return Analysis(spans=[FoundSpan(start=s.start, end=s.end, type=s.type, score=round(s.score, 3))
                               for s in spans],
                        pseudonymized=done.text, ner=detector.ner is not None)

    return await privacy.scan(len(body.text), run)
