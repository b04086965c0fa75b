"""The analytics GraphQL: the exact schema the web page is built against, admins only (by
role), every error with its code and field, and nothing changed by a refused call."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from graphql import GraphQLObjectType

from skillsync.analytics.models import CostControlChange, CostControls
from skillsync.api.schema import schema
from tests.conftest import access_token, post_graphql
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# As agreed with the web page (types, fields and arguments; descriptions aside).
SPEC = """
type ProviderDayCost { provider: String! model: String! calls: Int! costUsd: Float! }
type DailyUsage { day: String! costUsd: Float! tokensIn: Int! tokensOut: Int! calls: Int!
  providerErrors: Int! lessonsGenerated: Int! lessonsReused: Int! reuseLookups: Int!
  generationFailures: Int! latencyP50Ms: Float latencyP95Ms: Float activeLearners: Int!
  byProvider: [ProviderDayCost!]! }
type ModelUsage { provider: String! model: String! calls: Int! errors: Int! tokensIn: Int!
  tokensOut: Int! costUsd: Float! latencyP50Ms: Float latencyP95Ms: Float }
type ReuseSummary { lookups: Int! exactHits: Int! semanticHits: Int! misses: Int! hitRate: Float }
type StyleEfficacy { style: LearningStyle! lessonsStarted: Int! lessonsCompleted: Int!
  completionRate: Float quizzes: Int! meanQuizScore: Float }
type ActiveLearners { today: Int! last7Days: Int! last30Days: Int! }
type Analytics { since: String! until: String! daily: [DailyUsage!]! byModel: [ModelUsage!]!
  reuse: ReuseSummary! costUsd: Float! generationLatencyP50Ms: Float
  generationLatencyP95Ms: Float generationFailures: Int! deadLetters: Int!
  variants: [PromptVariantOutcome!]! styles: [StyleEfficacy!]! activeLearners: ActiveLearners! }
type QuotaForecast { name: String! kind: String! limit: String! usedToday: Int! dailyLimit: Int
  remainingToday: Int ratePerHour: Float! exhaustsAt: DateTime resetsAt: DateTime status: String! }
type CostControls { dailyCostCapUsd: Float perLessonBudgetUsd: Float spentTodayUsd: Float!
  updatedAt: DateTime updatedBy: String }
"""
ANALYTICS = """query($days: Int!) { analytics(days: $days) {
  since until costUsd generationLatencyP50Ms generationLatencyP95Ms generationFailures deadLetters
  reuse { lookups exactHits semanticHits misses hitRate }
  activeLearners { today last7Days last30Days }
  daily { day costUsd tokensIn tokensOut calls providerErrors lessonsGenerated lessonsReused
    reuseLookups generationFailures latencyP50Ms latencyP95Ms activeLearners
    byProvider { provider model calls costUsd } }
  byModel { provider model calls errors tokensIn tokensOut costUsd latencyP50Ms latencyP95Ms }
  variants { name style active lessonsGenerated completionRate }
  styles { style lessonsStarted lessonsCompleted completionRate quizzes meanQuizScore } } }"""
DEFAULT_PERIOD = "{ analytics { since until daily { day } } }"
FORECAST = """{ quotaForecast { name kind limit usedToday dailyLimit remainingToday ratePerHour
  exhaustsAt resetsAt status } }"""
CONTROLS = """{ costControls { dailyCostCapUsd effectiveDailyCostCapUsd perLessonBudgetUsd
  spentTodayUsd updatedAt updatedBy } }"""
SET = """mutation($cap: Float, $budget: Float, $clearCap: Boolean! = false,
  $clearBudget: Boolean! = false) {
  setCostControls(dailyCostCapUsd: $cap, perLessonBudgetUsd: $budget, clearDailyCostCap: $clearCap,
    clearPerLessonBudget: $clearBudget) {
    dailyCostCapUsd effectiveDailyCostCapUsd perLessonBudgetUsd spentTodayUsd updatedAt updatedBy
  } }"""


def _spec() -> dict[str, dict[str, str]]:
    types = {}
    for name, body in re.findall(r"type (\w+) \{(.*?)\}\n", SPEC, re.DOTALL):
        types[name] = dict(re.findall(r"(\w+): ([\w\[\]!]+)", body))
    return types


def test_the_schema_has_the_agreed_types_fields_and_arguments() -> None:
    graphql = schema._schema
    for name, fields in _spec().items():
        found = graphql.type_map[name]
        assert isinstance(found, GraphQLObjectType), name
        assert {f: str(found.fields[f].type) for f in fields if f in found.fields} == fields, name
    controls = graphql.type_map["CostControls"]
    assert isinstance(controls, GraphQLObjectType)
    assert set(controls.fields) - set(_spec()["CostControls"]) == {
        "effectiveDailyCostCapUsd"  # an addition: the cap in force when none is set
    }
    query, mutation = graphql.query_type, graphql.mutation_type
    assert query is not None
    assert mutation is not None
    analytics = query.fields["analytics"]
    assert str(analytics.type) == "Analytics!"
    assert (str(analytics.args["days"].type), analytics.args["days"].default_value) == ("Int!", 30)
    assert str(query.fields["quotaForecast"].type) == "[QuotaForecast!]!"
    assert str(query.fields["costControls"].type) == "CostControls!"
    setter = mutation.fields["setCostControls"]
    assert str(setter.type) == "CostControls!"
    assert {a: (str(arg.type), arg.default_value) for a, arg in setter.args.items()} == {
        "dailyCostCapUsd": ("Float", None),
        "perLessonBudgetUsd": ("Float", None),
        "clearDailyCostCap": ("Boolean!", False),
        "clearPerLessonBudget": ("Boolean!", False),
    }


OPERATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "analytics": (ANALYTICS, {"days": 7}),
    "quotaForecast": (FORECAST, {}),
    "costControls": (CONTROLS, {}),
    "setCostControls": (SET, {"cap": 3.0}),
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize(
    ("caller", "code"),
    [
        ("anonymous", "UNAUTHENTICATED"),
        ("learner", "FORBIDDEN"),
        ("mentor", "FORBIDDEN"),
        ("staff learner", "FORBIDDEN"),  # admin-only is a role, not is_staff
        ("admin", None),
    ],
)
def test_only_admins_may_see_or_change_anything(
    client: Client, operation: str, caller: str, code: str | None
) -> None:
    token = None
    if caller != "anonymous":
        role = caller.removeprefix("staff ")
        token = access_token(UserFactory.create(role=role, is_staff=caller.startswith("staff")))
    query, variables = OPERATIONS[operation]
    result = post_graphql(client, query, variables, token=token)
    if code is None:
        assert "errors" not in result, result
        assert result["data"][operation] is not None
        return
    assert result["data"] is None
    assert [e["extensions"]["code"] for e in result["errors"]] == [code]
    assert not CostControls.objects.exists()
    assert not CostControlChange.objects.exists()


@pytest.fixture
def admin_token() -> str:
    return access_token(UserFactory.create(role="admin", email="ops@example.org"))


def test_an_admin_reads_the_page_of_the_last_30_days_by_default(
    client: Client, admin_token: str
) -> None:
    with CaptureQueriesContext(connection) as queries:
        result = post_graphql(client, DEFAULT_PERIOD, token=admin_token)
    page = result["data"]["analytics"]
    assert len(page["daily"]) == 30
    assert page["daily"][0]["day"] == page["since"]
    assert page["daily"][-1]["day"] == page["until"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", page["since"])
    # Authentication and the eleven queries of the page, whatever the data.
    assert len(queries.captured_queries) <= 16

    full = post_graphql(client, ANALYTICS, {"days": 90}, token=admin_token)["data"]["analytics"]
    assert len(full["daily"]) == 90
    assert full["reuse"]["hitRate"] is None
    assert [s["style"] for s in full["styles"]] == ["HANDS_ON", "VIDEO", "READING", "MIXED"]
    assert {v["name"] for v in full["variants"]} >= {"hands_on.base", "reading.base"}


@pytest.mark.parametrize("days", [0, 91])
def test_the_period_is_refused_outside_1_to_90_days(
    client: Client, admin_token: str, days: int
) -> None:
    result = post_graphql(client, ANALYTICS, {"days": days}, token=admin_token)
    assert result["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "days"}


def test_an_admin_reads_the_quota_forecast(client: Client, admin_token: str) -> None:
    rows = post_graphql(client, FORECAST, token=admin_token)["data"]["quotaForecast"]
    names = [(row["name"], row["limit"]) for row in rows]
    assert ("gemini", "requests/day") in names
    assert ("youtube", "units/day") in names
    assert {row["status"] for row in rows} <= {"ok", "warning", "exhausted", "unlimited"}
    gemini = next(row for row in rows if row["name"] == "gemini")
    assert (gemini["usedToday"], gemini["dailyLimit"], gemini["status"]) == (0, 20, "ok")
    assert gemini["resetsAt"] is not None


def test_an_admin_sets_and_clears_the_cost_controls(client: Client, admin_token: str) -> None:
    before = post_graphql(client, CONTROLS, token=admin_token)["data"]["costControls"]
    assert before == {
        "dailyCostCapUsd": None,
        "effectiveDailyCostCapUsd": 1.0,  # the shipped catalog's
        "perLessonBudgetUsd": None,
        "spentTodayUsd": 0.0,
        "updatedAt": None,
        "updatedBy": None,
    }
    set_ = post_graphql(client, SET, {"cap": 12.5, "budget": 0.05}, token=admin_token)
    controls = set_["data"]["setCostControls"]
    assert controls["dailyCostCapUsd"] == controls["effectiveDailyCostCapUsd"] == 12.5
    assert controls["perLessonBudgetUsd"] == 0.05
    assert controls["updatedBy"] == "ops@example.org"
    assert controls["updatedAt"] is not None
    assert post_graphql(client, CONTROLS, token=admin_token)["data"]["costControls"] == controls

    cleared = post_graphql(client, SET, {"clearCap": True}, token=admin_token)
    after = cleared["data"]["setCostControls"]
    assert (after["dailyCostCapUsd"], after["effectiveDailyCostCapUsd"]) == (None, 1.0)
    assert after["perLessonBudgetUsd"] == 0.05
    assert CostControlChange.objects.count() == 3


@pytest.mark.parametrize(
    ("variables", "field"),
    [
        ({"cap": -1.0}, "dailyCostCapUsd"),
        ({"cap": 10_000.5}, "dailyCostCapUsd"),
        ({"budget": -0.01}, "perLessonBudgetUsd"),
        ({"budget": 20_000}, "perLessonBudgetUsd"),
        ({"budget": 1, "clearBudget": True}, "clearPerLessonBudget"),
    ],
)
def test_invalid_amounts_are_refused_with_the_field_and_nothing_changes(
    client: Client, admin_token: str, variables: dict[str, Any], field: str
) -> None:
    result = post_graphql(client, SET, variables, token=admin_token)
    assert result["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": field}
    assert not CostControlChange.objects.exists()
    assert CostControls.objects.filter(daily_cost_cap_usd__isnull=False).count() == 0
