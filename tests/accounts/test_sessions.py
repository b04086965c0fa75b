"""Session rotation under real concurrency, and purging."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from skillsync.accounts.models import AuthEvent, RefreshFamily, RefreshToken, User
from skillsync.accounts.services import user_login
from skillsync.accounts.sessions import session_refresh, session_start, sessions_purge_expired
from skillsync.core.request_meta import RequestMeta
from tests.concurrency import outcomes_in_parallel
from tests.factories import UserFactory

META = RequestMeta(ip_address="192.0.2.7", user_agent="pytest")


@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_refreshes_with_one_token_make_exactly_one_new_token() -> None:
    user: User = UserFactory.create()
    started = session_start(user=user, device_id=None, meta=META)

    def refresh() -> str:
        session = session_refresh(
            raw_token=started.refresh_token, device_id=started.device_id, meta=META
        )
        return f"ok:{session.refresh_token}"

    results = outcomes_in_parallel(20, refresh)

    winners = [r for r in results if r.startswith("ok:")]
    assert len(winners) == 1
    # The losers arrived within the grace window: told to retry, not treated as thieves.
    assert sorted(set(results) - set(winners)) == ["REFRESH_CONFLICT"]
    live = RefreshToken.objects.filter(family_id=started.family_id, rotated_at__isnull=True)
    assert live.count() == 1  # no second live chain
    assert RefreshFamily.objects.get(pk=started.family_id).revoked_at is None
    # The winner's token is the live one and works.
    again = session_refresh(
        raw_token=winners[0].removeprefix("ok:"), device_id=started.device_id, meta=META
    )
    assert again.family_id == started.family_id


def test_purge_deletes_only_what_can_never_be_used(db: None) -> None:
    user: User = UserFactory.create()
    live = session_start(user=user, device_id=None, meta=META)
    ended = session_start(user=user, device_id=None, meta=META)
    RefreshFamily.objects.filter(pk=ended.family_id).update(
        revoked_at=timezone.now() - timedelta(days=8), revoked_reason="logout"
    )
    AuthEvent.objects.create(kind="login", user=user)
    AuthEvent.objects.filter(user=user).update(created_at=timezone.now() - timedelta(days=91))

    purged = sessions_purge_expired()

    assert purged["events"] == 1
    assert list(RefreshFamily.objects.values_list("pk", flat=True)) == [live.family_id]
    # A week later every token has expired, and so has the family a day after that.
    later = sessions_purge_expired(now=timezone.now() + timedelta(days=31, hours=1))
    assert later["tokens"] >= 1
    assert not RefreshFamily.objects.exists()


def test_purge_task_is_scheduled_daily() -> None:
    from procrastinate.contrib.django import app

    from skillsync.accounts import tasks

    periodic = {task.task.name: task.cron for task in app.periodic_registry.periodic_tasks.values()}
    assert periodic[tasks.purge_expired_sessions.name] == "23 3 * * *"


@pytest.mark.django_db(transaction=True)
def test_forty_parallel_wrong_passwords_get_exactly_ten_checks() -> None:
    """Attempts are counted before the password is checked: a burst cannot slip past."""
    user: User = UserFactory.create()

    def attempt() -> str:
        user_login(email=user.email, password="wrong", device_id=None, meta=META)
        return "ok"

    codes = outcomes_in_parallel(40, attempt)

    assert sorted(codes) == ["INVALID_CREDENTIALS"] * 10 + ["RATE_LIMITED"] * 30
    # The refusals are audited once per window, not once per request.
    assert AuthEvent.objects.filter(kind="login_throttled").count() == 1
