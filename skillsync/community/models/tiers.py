"""Curators' standing: tier and reputation."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from skillsync.community.choices import Tier
from skillsync.core.db.constraints import choices_check


class CurationProfile(models.Model):
    """A user's curation tier and reputation (created on first need: no row means tier none,
    reputation 0). ``tier`` is earned from reputation (``tiers.py`` recomputes it whenever
    reputation changes) unless ``tier_pinned``: an admin's grant or revoke, which earned
    changes never override. Role MENTOR counts as at least a mentor and role ADMIN may do
    everything, whatever is stored here."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="curation_profile",
    )
    tier = models.CharField(max_length=16, choices=Tier.choices, default=Tier.NONE)
    tier_pinned = models.BooleanField(default=False)
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pinned_at = models.DateTimeField(null=True, blank=True)
    # Points from reviews (accepted +10, overturned -5) and votes on them (+2 / -2).
    reputation = models.IntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            choices_check("tier", Tier, "curation_tier_valid"),
            models.CheckConstraint(
                condition=models.Q(tier_pinned=False) | models.Q(pinned_at__isnull=False),
                name="curation_pin_has_time",
            ),
        ]

    def __str__(self) -> str:
        pinned = ", pinned" if self.tier_pinned else ""
        return f"{self.user_id}: {self.tier}{pinned} ({self.reputation})"
