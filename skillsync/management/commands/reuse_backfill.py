"""``skillsync reuse_backfill``: embed the lesson contents the reuse lookup cannot find yet."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from skillsync.reuse.services import topic_embeddings_backfill


class Command(BaseCommand):
    help = (
        "Give every lesson content a topic embedding of the current model (contents stored "
        "before the reuse app, or embedded by another model version). Safe to run again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        done = topic_embeddings_backfill()
        self.stdout.write(f"{done} lesson contents embedded")
