"""``skillsync mentor_tier EMAIL TIER``: grant or revoke a curation tier, as an admin does with
``setMentorTier`` (the tier is pinned: reputation no longer moves it). ``--unpin`` hands the
tier back to reputation."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from skillsync.accounts.models import User
from skillsync.community.choices import Tier
from skillsync.community.reputation import curation_tier_set
from skillsync.core.errors import SkillSyncError


class Command(BaseCommand):
    help = "Grant (contributor, mentor, senior_mentor) or revoke (none) a user's curation tier."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("tier", choices=Tier.values)
        parser.add_argument(
            "--unpin", action="store_true", help="let reputation decide the tier again"
        )

    def handle(self, *args: Any, email: str, tier: str, unpin: bool, **options: Any) -> None:
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"no user with the email {email!r}")
        try:
            # No actor: the command line is the server's operator, beyond curation's roles.
            profile = curation_tier_set(actor=None, user_id=user.pk, tier=tier, pinned=not unpin)
        except SkillSyncError as error:
            raise CommandError(error.message) from None
        pinned = "pinned" if profile.tier_pinned else "earned"
        self.stdout.write(
            f"{user.email}: {profile.tier} ({pinned}, reputation {profile.reputation})"
        )
