"""What can go wrong when calling an LLM provider, as types the router branches on."""

from __future__ import annotations

from datetime import datetime


class ProviderError(Exception):
    """Base: the call failed; the router decides whether the next provider should try."""

    outcome = "server_error"

    def __init__(self, message: str, *, provider: str = "") -> None:
        super().__init__(message)
        self.provider = provider


class AuthError(ProviderError):
    """Bad or missing key: the provider is disabled and reported."""

    outcome = "auth_error"


class RateLimited(ProviderError):
    """A per-minute style limit: wait ``retry_after`` seconds (if known)."""

    outcome = "rate_limited"

    def __init__(
        self, message: str, *, provider: str = "", retry_after: float | None = None
    ) -> None:
        super().__init__(message, provider=provider)
        self.retry_after = retry_after


class QuotaExhausted(ProviderError):
    """A daily (or longer) cap: no calls until ``until``."""

    outcome = "quota_exhausted"

    def __init__(self, message: str, *, provider: str = "", until: datetime | None = None) -> None:
        super().__init__(message, provider=provider)
        self.until = until


class PaymentRequired(ProviderError):
    """Out of credit (402): do not retry; the provider waits for an operator."""

    outcome = "payment_required"


class ProviderTimeout(ProviderError):
    outcome = "timeout"


class ServerError(ProviderError):
    outcome = "server_error"


class InvalidOutput(ProviderError):
    """A 200 whose body or content is unusable (not JSON, wrong schema, error inside)."""

    outcome = "invalid_output"

    def __init__(self, message: str, *, provider: str = "", raw: str = "") -> None:
        super().__init__(message, provider=provider)
        self.raw = raw


class ContextTooLong(ProviderError):
    """The request is larger than the model accepts: another provider may take it."""

    outcome = "context_too_long"


class BadRequest(ProviderError):
    """The provider refused the request itself (unknown model, invalid field)."""

    outcome = "bad_request"
