"""The cost controls: set and cleared with an audit row per change, validated, cached for a few
seconds at most, edited in the Django admin through the same service, and the daily cap in
force read by the budgets (an admin's cap over the catalog's)."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from django.test import Client

from skillsync.accounts.models import User
from skillsync.analytics import cost_controls as controls
from skillsync.analytics.cost_controls import (
    cost_controls,
    cost_controls_set,
    cost_controls_summary,
    effective_daily_cost_cap_usd,
    per_lesson_budget_usd,
)
from skillsync.analytics.models import CostControlChange, CostControls
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.generation.models import ProviderCall
from skillsync.generation.providers.catalog import catalog
from skillsync.generation.providers.chat import ChatMessage, ChatRequest
from skillsync.generation.providers.router import Router
from tests.factories import UserFactory
from tests.fakes import llm_behaviours as fake
from tests.fakes.llm_server import FakeLLMServer, fake_llm  # noqa: F401 - a fixture
from tests.generation.conftest import MakeCatalog, make_catalog  # noqa: F401 - a fixture
from tests.generation.test_router import Outline

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin() -> User:
    return UserFactory.create(role="admin", email="ops@example.org")


def _audit() -> list[tuple[str, str, Decimal | None, Decimal | None]]:
    return [
        (c.changed_by_email, c.field, c.old_value, c.new_value)
        for c in CostControlChange.objects.order_by("id")
    ]


def test_setting_both_controls_audits_each_change(admin: User) -> None:
    found = cost_controls_set(user=admin, daily_cost_cap_usd=12.5, per_lesson_budget_usd=0.05)

    assert (found.daily_cost_cap_usd, found.per_lesson_budget_usd) == (
        Decimal("12.5"),
        Decimal("0.05"),
    )
    assert found.updated_by == "ops@example.org"
    assert found.updated_at is not None
    assert _audit() == [
        ("ops@example.org", "daily_cost_cap_usd", None, Decimal("12.5")),
        ("ops@example.org", "per_lesson_budget_usd", None, Decimal("0.05")),
    ]
    change = CostControlChange.objects.first()
    assert change is not None
    assert change.changed_by == admin
    assert change.changed_at is not None
    assert effective_daily_cost_cap_usd(1.0) == 12.5
    assert per_lesson_budget_usd() == 0.05


def test_a_control_left_out_stays_a_same_value_is_no_change_and_clearing_restores_defaults(
    admin: User,
) -> None:
    other = UserFactory.create(role="admin", email="other@example.org")
    cost_controls_set(user=admin, daily_cost_cap_usd=12.5, per_lesson_budget_usd=0.05)

    cost_controls_set(user=other, daily_cost_cap_usd=3)
    cost_controls_set(user=other, daily_cost_cap_usd=3.0)  # the same: nothing written
    cost_controls_set(user=other)  # nothing asked: nothing written
    assert cost_controls(fresh=True).per_lesson_budget_usd == Decimal("0.05")

    cleared = cost_controls_set(user=admin, clear_daily_cost_cap=True, clear_per_lesson_budget=True)
    assert (cleared.daily_cost_cap_usd, cleared.per_lesson_budget_usd) == (None, None)
    assert _audit()[2:] == [
        ("other@example.org", "daily_cost_cap_usd", Decimal("12.5"), Decimal(3)),
        ("ops@example.org", "daily_cost_cap_usd", Decimal(3), None),
        ("ops@example.org", "per_lesson_budget_usd", Decimal("0.05"), None),
    ]
    assert effective_daily_cost_cap_usd(1.0) == 1.0  # the default again
    assert per_lesson_budget_usd() is None
    summary = cost_controls_summary()
    assert summary.effective_daily_cost_cap_usd == catalog().daily_cost_cap_usd
    assert summary.controls.updated_by == "ops@example.org"


def test_nothing_set_is_every_default(db: None) -> None:
    assert cost_controls() == controls.Controls()
    assert not CostControls.objects.exists()
    assert effective_daily_cost_cap_usd(2.5) == 2.5
    assert per_lesson_budget_usd() is None
    assert cost_controls_summary().spent_today_usd == 0.0


@pytest.mark.parametrize("amount", [-0.01, 10_000.01, 1e9, math.inf, -math.inf, math.nan])
@pytest.mark.parametrize("field", ["daily_cost_cap_usd", "per_lesson_budget_usd"])
def test_amounts_outside_0_to_10000_usd_are_refused_naming_the_field(
    admin: User, field: str, amount: float
) -> None:
    with pytest.raises(SkillSyncError) as refused:
        cost_controls_set(user=admin, **{field: amount})  # type: ignore[arg-type]
    assert (refused.value.code, refused.value.field) == (ErrorCode.INVALID_INPUT, field)
    assert not CostControlChange.objects.exists()


def test_both_given_and_cleared_is_refused(admin: User) -> None:
    with pytest.raises(SkillSyncError) as refused:
        cost_controls_set(user=admin, per_lesson_budget_usd=1, clear_per_lesson_budget=True)
    assert (refused.value.code, refused.value.field) == (
        ErrorCode.INVALID_INPUT,
        "clear_per_lesson_budget",
    )
    assert not CostControlChange.objects.exists()


def test_the_bounds_are_allowed_and_amounts_keep_six_decimals(admin: User) -> None:
    found = cost_controls_set(user=admin, daily_cost_cap_usd=10_000, per_lesson_budget_usd=0)
    assert (found.daily_cost_cap_usd, found.per_lesson_budget_usd) == (Decimal(10_000), Decimal(0))
    assert cost_controls_set(user=admin, per_lesson_budget_usd=0.0123456).per_lesson_budget_usd == (
        Decimal("0.012346")
    )


def test_other_processes_changes_are_seen_within_the_cache_time(
    admin: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    cost_controls_set(user=admin, daily_cost_cap_usd=5)
    assert effective_daily_cost_cap_usd(1.0) == 5.0
    # Another process changes the row: this one keeps its copy for a few seconds...
    CostControls.objects.update(daily_cost_cap_usd=Decimal(7))
    assert effective_daily_cost_cap_usd(1.0) == 5.0
    # ... and no longer.
    monkeypatch.setattr(controls, "CACHE_SECONDS", 0.0)
    assert effective_daily_cost_cap_usd(1.0) == 7.0


def test_the_cache_lasts_a_few_seconds_at_most() -> None:
    assert 0 < controls.CACHE_SECONDS <= 5


REQUEST = ChatRequest(messages=(ChatMessage("user", "Outline Django signals."),), task="outline")


def test_the_budgets_stop_paid_spending_at_the_admins_cap_over_the_catalogs(
    admin: User,
    fake_llm: FakeLLMServer,  # noqa: F811
    make_catalog: MakeCatalog,  # noqa: F811
) -> None:
    router = Router(make_catalog("openrouter", "groq", paid=("openrouter",), cap=1.0))
    fake_llm.set_default("openrouter", fake.ok(prompt_tokens=2000, completion_tokens=4000))
    cost_controls_set(user=admin, daily_cost_cap_usd=0.015)

    assert router.generate(REQUEST, Outline).provider == "openrouter"  # about $0.018 spent
    for _ in range(2):
        assert router.generate(REQUEST, Outline).provider == "groq"
    assert len(fake_llm.requests_for("openrouter")) == 1
    assert cost_controls_summary().spent_today_usd == pytest.approx(
        float(sum(ProviderCall.objects.values_list("cost_usd", flat=True), Decimal(0)))
    )

    # Cleared: the catalog's $1 applies again.
    cost_controls_set(user=admin, clear_daily_cost_cap=True)
    assert router.generate(REQUEST, Outline).provider == "openrouter"


def test_the_django_admin_edits_through_the_service_and_audits(admin: User) -> None:
    admin.is_staff = admin.is_superuser = True
    admin.save()
    site = Client()
    site.force_login(admin)

    added = site.post(
        "/admin/analytics/costcontrols/add/",
        {"daily_cost_cap_usd": "4.5", "per_lesson_budget_usd": ""},
    )
    assert added.status_code == 302, added.content[:2000]
    changed = site.post(
        "/admin/analytics/costcontrols/1/change/",
        {"daily_cost_cap_usd": "", "per_lesson_budget_usd": "0.25"},
    )
    assert changed.status_code == 302, changed.content[:2000]
    refused = site.post(
        "/admin/analytics/costcontrols/1/change/",
        {"daily_cost_cap_usd": "-1", "per_lesson_budget_usd": "0.25"},
    )
    assert refused.status_code == 200  # the form again, with its error

    assert _audit() == [
        ("ops@example.org", "daily_cost_cap_usd", None, Decimal("4.5")),
        ("ops@example.org", "daily_cost_cap_usd", Decimal("4.5"), None),
        ("ops@example.org", "per_lesson_budget_usd", None, Decimal("0.25")),
    ]
    assert site.get("/admin/analytics/costcontrolchange/").status_code == 200
    assert site.get("/admin/analytics/costcontrols/add/").status_code == 403  # one row only
