"""What the HTTP provider clients share: their HTTP client, built from the catalog entry (only
the provider's own host allowed, its timeouts), and transport failures as provider errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from skillsync.core.http import HttpClient, OutboundError, OutboundTimeout, Timeouts
from skillsync.generation.providers.catalog import ProviderConfig
from skillsync.generation.providers.errors import InvalidOutput, ProviderTimeout, ServerError


class HttpProviderClient:
    def __init__(self, config: ProviderConfig, http: HttpClient | None = None) -> None:
        self.config = config
        self.name = config.name
        self.http = http or HttpClient(
            allowed_hosts={config.base_url.host or ""},
            timeouts=Timeouts(
                connect=config.timeouts.connect_seconds,
                read=config.timeouts.read_seconds,
                total=config.timeouts.read_seconds + config.timeouts.connect_seconds,
            ),
        )

    def time_limit(self, requested: float | None) -> float:
        """The caller's limit for one call, never beyond the catalog's whole-call cap: a stream
        that keeps trickling bytes ends too."""
        cap = self.http.timeouts.total
        return cap if requested is None else min(requested, cap)

    @contextmanager
    def transport_errors(self) -> Iterator[None]:
        """A connection that fails or times out is the provider's failure, typed; so is an
        answer whose JSON has an unexpected shape (a list where an object belongs, a null
        where text belongs): untrusted input never crashes the caller."""
        try:
            yield
        except OutboundTimeout as error:
            raise ProviderTimeout(str(error), provider=self.name) from None
        except OutboundError as error:
            raise ServerError(str(error), provider=self.name) from None
        except (AttributeError, TypeError, KeyError, IndexError, ValueError) as error:
            raise InvalidOutput(
                f"malformed answer ({type(error).__name__})", provider=self.name
            ) from None
