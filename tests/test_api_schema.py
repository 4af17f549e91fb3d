"""schemathesis against the served OpenAPI schema: no 5xx, and every answer matches the documented schema."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

EXAMPLES = 25  # per operation: about 20 s for the whole schema on two cores

schema = schemathesis.pytest.from_fixture("api_schema")
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api_schema(live_url):
    return schemathesis.openapi.from_url(f"{live_url}/openapi.json")


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_api_schema_answers_match_the_schema(case, live_url):
    case.call_and_validate(base_url=live_url, checks=CHECKS, timeout=30)


def test_api_schema_documents_every_route_and_the_error_shape(live_url):
    spec = httpx.get(f"{live_url}/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/events/series", "/api/dyads", "/api/dyads/{a}/{b}/series", "/api/network",
            "/api/actors", "/api/actors/{code}", "/api/documents", "/api/documents/{document_id}",
            "/api/documents/upload", "/api/stats", "/api/quotes", "/api/sourcing", "/api/commitments",
            "/api/commitments/{commitment_id}"} <= paths
    assert all(p.startswith("/api/") for p in paths)
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert op.get("summary") and op.get("description"), f"{method} {path} is not described"
            assert op["responses"]["4XX"]["content"]["application/json"]["schema"]["$ref"].endswith(
                "/ErrorResponse"), f"{method} {path} does not document the error shape"
    assert "HTTPValidationError" not in spec["components"]["schemas"]
