// The learner's session in this tab. The access token lives in memory only (never in
// storage); the refresh token is an HttpOnly cookie the page cannot read. On load and shortly
// before the access token expires, the cookie is exchanged for a new access token.
import { ApiError } from "../api/errors";
import type { AuthApi, AuthPayload, AuthUser } from "./authApi";

export type AuthStatus = "loading" | "signed_in" | "signed_out";
export type AuthState = {
  status: AuthStatus;
  user: AuthUser | null;
  /** Why the learner was signed out, when it was not their own doing. */
  notice: string | null;
};

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000;
/** After a network failure, try again this much later. */
export const RETRY_AFTER_FAILURE_MS = 15_000;
/** REFRESH_CONFLICT: another tab rotated the cookie a moment ago; wait, then retry once. */
export const CONFLICT_RETRY_MS = 250;

const SESSION_OVER = new Set([
  "SESSION_REVOKED",
  "SESSION_EXPIRED",
  "DEVICE_MISMATCH",
  "REFRESH_TOKEN_MISSING",
  "REFRESH_COOKIE_AMBIGUOUS",
  "TOKEN_INVALID",
]);

export const SESSION_ENDED_NOTICE =
  "Your session has ended (you were signed out on another device, or it was revoked). Please log in again.";

export const SESSION_EXPIRED_NOTICE = "Your session has expired. Please log in again.";
export const UNREACHABLE_NOTICE = "SkillSync could not be reached. Check your connection and reload.";

export type Clock = {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

const sleep = (clock: Clock, ms: number) => new Promise<void>((resolve) => clock.setTimeout(resolve, ms));

/** How long the token lives, from its own claims (both stamped by the server's clock), so a
 * browser clock that is off does not matter; the stated expiry time when they are unreadable. */
export function tokenLifetimeMs(payload: AuthPayload, now: number): number {
  try {
    const part = payload.accessToken.split(".")[1] ?? "";
    const claims = JSON.parse(atob(part.replace(/-/g, "+").replace(/_/g, "/"))) as { iat?: unknown; exp?: unknown };
    if (typeof claims.iat === "number" && typeof claims.exp === "number" && claims.exp > claims.iat) {
      return (claims.exp - claims.iat) * 1000;
    }
  } catch {
    // not a JWT we can read: fall back to the stated expiry
  }
  return Date.parse(payload.accessTokenExpiresAt) - now;
}

export class AuthSession {
  private state: AuthState = { status: "loading", user: null, notice: null };
  private token: string | null = null;
  private expiresAt = 0;
  private inFlight: Promise<string | null> | null = null;
  private timer: unknown = null;
  private readonly listeners = new Set<() => void>();
  private readonly tokenListeners = new Set<() => void>();
  private readonly api: AuthApi;
  private readonly clock: Clock;

  constructor(api: AuthApi, clock: Clock = realClock) {
    this.api = api;
    this.clock = clock;
  }

  getState = (): AuthState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called with every new access token (e.g. to reconnect a WebSocket opened with the old one). */
  onNewToken = (listener: () => void): (() => void) => {
    this.tokenListeners.add(listener);
    return () => this.tokenListeners.delete(listener);
  };

  /** On page load: a browser holding a refresh cookie is signed in silently. */
  async start(): Promise<void> {
    let active: boolean;
    try {
      active = await this.api.hasSession();
    } catch {
      active = true; // the refresh below tells network trouble from no session
    }
    if (!active) {
      this.setState({ status: "signed_out", user: null, notice: null });
      return;
    }
    await this.refresh();
    if (this.state.status === "loading") {
      this.setState({ status: "signed_out", user: null, notice: UNREACHABLE_NOTICE });
    }
  }

  async register(email: string, password: string): Promise<void> {
    this.accept(await this.api.register(email, password));
  }

  async login(email: string, password: string): Promise<void> {
    this.accept(await this.api.login(email, password));
  }

  /** Ends the session on the server, then here. If the server cannot be reached the learner
   * stays signed in (the cookie would sign them in again on the next load) and this rejects. */
  async logout(): Promise<void> {
    try {
      await this.api.logout();
    } catch (error) {
      const code = error instanceof ApiError ? error.code : "NETWORK";
      if (!SESSION_OVER.has(code)) throw error;
    }
    this.end(null);
  }

  /** The access token if it is still good for a while, else a refreshed one (null if the
   * learner is signed out). Called before every API request and WebSocket connection. */
  async freshToken(): Promise<string | null> {
    if (this.token && this.clock.now() < this.expiresAt - REFRESH_MARGIN_MS / 2) return this.token;
    if (this.state.status === "signed_out") return null;
    return this.refresh();
  }

  /** The server refused our token outright (401 SESSION_REVOKED): the session is over. */
  sessionEnded(): void {
    this.end(SESSION_ENDED_NOTICE);
  }

  /** Exchange the refresh cookie for a new access token. Concurrent callers share one call. */
  refresh(): Promise<string | null> {
    if (!this.inFlight) {
      this.inFlight = this.doRefresh().finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  private async doRefresh(conflicts = 0): Promise<string | null> {
    try {
      this.accept(await this.api.refresh());
      return this.token;
    } catch (error) {
      const code = error instanceof ApiError ? error.code : "NETWORK";
      if (code === "REFRESH_CONFLICT") {
        if (conflicts === 0) {
          await sleep(this.clock, CONFLICT_RETRY_MS);
          return this.doRefresh(1);
        }
        // Twice: someone else holds the session's newest token. End it for both.
        await this.api.logout().catch(() => undefined);
        this.end(SESSION_ENDED_NOTICE);
        return null;
      }
      if (SESSION_OVER.has(code)) {
        // No notice for a browser that simply had no session (or lost its cookie).
        const quiet = code === "REFRESH_TOKEN_MISSING" && this.state.status !== "signed_in";
        this.end(quiet ? null : code === "SESSION_EXPIRED" ? SESSION_EXPIRED_NOTICE : SESSION_ENDED_NOTICE);
        return null;
      }
      // Network trouble or a server error: keep what we have and try again soon.
      this.schedule(RETRY_AFTER_FAILURE_MS);
      return this.token && this.clock.now() < this.expiresAt ? this.token : null;
    }
  }

  private accept(payload: AuthPayload): void {
    const renewing = this.token !== null;
    this.token = payload.accessToken;
    this.expiresAt = this.clock.now() + tokenLifetimeMs(payload, this.clock.now());
    this.setState({ status: "signed_in", user: payload.user, notice: null });
    this.schedule(Math.max(5_000, this.expiresAt - this.clock.now() - REFRESH_MARGIN_MS));
    if (renewing) this.tokenListeners.forEach((listener) => listener());
  }

  private end(notice: string | null): void {
    this.token = null;
    this.expiresAt = 0;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.setState({ status: "signed_out", user: null, notice });
  }

  private schedule(ms: number): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, ms);
  }

  private setState(next: AuthState): void {
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }
}
