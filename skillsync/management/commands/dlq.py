"""``skillsync dlq``: look at and act on dead-lettered lesson-generation requests."""

from __future__ import annotations

import json
import uuid
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from skillsync.generation.models import GenerationRequest
from skillsync.generation.queue_ops import dead_letter_requeue, dead_letters, dead_letters_purge


class Command(BaseCommand):
    help = "Dead-lettered generation requests: list, show ID, requeue ID, purge."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        listing = sub.add_parser("list", help="newest first")
        listing.add_argument("--offset", type=int, default=0)
        listing.add_argument("--limit", type=int, default=50)
        sub.add_parser("show").add_argument("id")
        sub.add_parser("requeue").add_argument("id")
        sub.add_parser("purge")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "list":
            for request in dead_letters(offset=options["offset"], limit=options["limit"]):
                self.stdout.write(
                    f"{request.id}  {request.finished_at:%Y-%m-%d %H:%M}  "
                    f"{request.deliveries} deliveries  {request.dead_letter_reason}  "
                    f"lesson: {request.lesson.title}"
                )
        elif action == "show":
            request = self._get(options["id"])
            self.stdout.write(
                json.dumps(
                    {
                        "id": str(request.id),
                        "status": request.status,
                        "lesson": str(request.lesson_id),
                        "idempotency_key": request.idempotency_key,
                        "deliveries": request.deliveries,
                        "reason": request.dead_letter_reason,
                        "last_error": request.last_error,
                        "created_at": request.created_at.isoformat(),
                        "finished_at": request.finished_at.isoformat()
                        if request.finished_at
                        else None,
                    },
                    indent=2,
                )
            )
        elif action == "requeue":
            request = self._get(options["id"])
            try:
                dead_letter_requeue(request_id=request.id)
            except ValueError as error:
                raise CommandError(str(error)) from None
            self.stdout.write(f"requeued {request.id}")
        else:
            self.stdout.write(f"purged {dead_letters_purge()} dead-lettered requests")

    def _get(self, raw: str) -> GenerationRequest:
        try:
            return GenerationRequest.objects.get(pk=uuid.UUID(raw))
        except (ValueError, GenerationRequest.DoesNotExist):
            raise CommandError(f"no generation request {raw!r}") from None
