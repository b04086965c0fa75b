import { describe, expect, it, vi } from "vitest";

import { ApiError } from "../api/errors";
import type { AuthApi, AuthPayload } from "./authApi";
import {
  AuthSession,
  CONFLICT_RETRY_MS,
  REFRESH_MARGIN_MS,
  SESSION_ENDED_NOTICE,
  SESSION_EXPIRED_NOTICE,
  type Clock,
} from "./session";

const USER = { id: "u1", email: "ada@example.org", role: "LEARNER" };

/** A clock the test moves by hand; timers fire when it passes them. */
class FakeClock implements Clock {
  time = Date.parse("2026-12-07T10:00:00Z");
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 1;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  };
  pending = () => this.timers.map((timer) => timer.at - this.time);
  async advance(ms: number) {
    this.time += ms;
    const due = this.timers.filter((timer) => timer.at <= this.time);
    this.timers = this.timers.filter((timer) => timer.at > this.time);
    due.forEach((timer) => timer.callback());
    await flush();
  }
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function payload(clock: FakeClock, token: string, minutes = 30): AuthPayload {
  return { accessToken: token, accessTokenExpiresAt: new Date(clock.time + minutes * 60_000).toISOString(), user: USER };
}

function fakeApi(overrides: Partial<AuthApi> = {}): AuthApi {
  return {
    hasSession: vi.fn(async () => true),
    refresh: vi.fn(async () => {
      throw new ApiError("REFRESH_TOKEN_MISSING", "no cookie");
    }),
    logout: vi.fn(async () => undefined),
    register: vi.fn(async () => {
      throw new Error("not used");
    }),
    login: vi.fn(async () => {
      throw new Error("not used");
    }),
    ...overrides,
  };
}

describe("AuthSession", () => {
  it("signs in silently on page load when the browser holds a refresh cookie", async () => {
    const clock = new FakeClock();
    const api = fakeApi({ refresh: vi.fn(async () => payload(clock, "t1")) });
    const session = new AuthSession(api, clock);
    expect(session.getState().status).toBe("loading");
    await session.start();
    expect(session.getState()).toEqual({ status: "signed_in", user: USER, notice: null });
    expect(await session.freshToken()).toBe("t1");
    expect(api.refresh).toHaveBeenCalledTimes(1);
  });

  it("is signed out without a cookie, without calling refresh and without a notice", async () => {
    const clock = new FakeClock();
    const api = fakeApi({ hasSession: vi.fn(async () => false) });
    const session = new AuthSession(api, clock);
    await session.start();
    expect(session.getState()).toEqual({ status: "signed_out", user: null, notice: null });
    expect(api.refresh).not.toHaveBeenCalled();
    expect(await session.freshToken()).toBeNull();
  });

  it("refreshes a minute before the access token expires, and keeps doing so", async () => {
    const clock = new FakeClock();
    let n = 0;
    const api = fakeApi({ refresh: vi.fn(async () => payload(clock, `t${++n}`)) });
    const session = new AuthSession(api, clock);
    await session.start();
    expect(clock.pending()).toEqual([30 * 60_000 - REFRESH_MARGIN_MS]);
    await clock.advance(30 * 60_000 - REFRESH_MARGIN_MS - 1);
    expect(api.refresh).toHaveBeenCalledTimes(1);
    await clock.advance(1);
    expect(api.refresh).toHaveBeenCalledTimes(2);
    expect(await session.freshToken()).toBe("t2");
    await clock.advance(30 * 60_000 - REFRESH_MARGIN_MS);
    expect(await session.freshToken()).toBe("t3");
  });

  it("refreshes before a request when the token is about to expire (a sleeping tab's timer came late)", async () => {
    const clock = new FakeClock();
    let n = 0;
    const api = fakeApi({ refresh: vi.fn(async () => payload(clock, `t${++n}`)) });
    const session = new AuthSession(api, clock);
    await session.start();
    clock.time += 30 * 60_000 - 10_000; // timers did not run
    expect(await session.freshToken()).toBe("t2");
  });

  it("shares one refresh among concurrent callers", async () => {
    const clock = new FakeClock();
    let release: (value: AuthPayload) => void = () => undefined;
    const api = fakeApi({ refresh: vi.fn(() => new Promise<AuthPayload>((resolve) => (release = resolve))) });
    const session = new AuthSession(api, clock);
    const calls = [session.refresh(), session.refresh(), session.freshToken()];
    release(payload(clock, "shared"));
    expect(await Promise.all(calls)).toEqual(["shared", "shared", "shared"]);
    expect(api.refresh).toHaveBeenCalledTimes(1);
  });

  it("retries once after REFRESH_CONFLICT (another tab rotated the cookie)", async () => {
    const clock = new FakeClock();
    const refresh = vi
      .fn<() => Promise<AuthPayload>>()
      .mockRejectedValueOnce(new ApiError("REFRESH_CONFLICT", "race"))
      .mockResolvedValueOnce(payload(clock, "after-conflict"));
    const session = new AuthSession(fakeApi({ refresh }), clock);
    const started = session.start();
    await flush();
    expect(refresh).toHaveBeenCalledTimes(1);
    await clock.advance(CONFLICT_RETRY_MS);
    await started;
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(session.getState().status).toBe("signed_in");
    expect(await session.freshToken()).toBe("after-conflict");
  });

  it("logs out and asks to log in again after a second REFRESH_CONFLICT", async () => {
    const clock = new FakeClock();
    const refresh = vi
      .fn<() => Promise<AuthPayload>>()
      .mockResolvedValueOnce(payload(clock, "t1"))
      .mockRejectedValue(new ApiError("REFRESH_CONFLICT", "race"));
    const api = fakeApi({ refresh });
    const session = new AuthSession(api, clock);
    await session.start();
    const pending = session.refresh();
    await flush();
    await clock.advance(CONFLICT_RETRY_MS);
    expect(await pending).toBeNull();
    expect(refresh).toHaveBeenCalledTimes(3);
    expect(api.logout).toHaveBeenCalledTimes(1);
    expect(session.getState()).toEqual({ status: "signed_out", user: null, notice: SESSION_ENDED_NOTICE });
  });

  it.each(["SESSION_REVOKED", "DEVICE_MISMATCH", "REFRESH_COOKIE_AMBIGUOUS"])(
    "a revoked family (%s) sends the learner to log in with a clear message",
    async (code) => {
      const clock = new FakeClock();
      const refresh = vi
        .fn<() => Promise<AuthPayload>>()
        .mockResolvedValueOnce(payload(clock, "t1"))
        .mockRejectedValueOnce(new ApiError(code, "over"));
      const session = new AuthSession(fakeApi({ refresh }), clock);
      await session.start();
      expect(await session.refresh()).toBeNull();
      expect(session.getState()).toEqual({ status: "signed_out", user: null, notice: SESSION_ENDED_NOTICE });
      expect(await session.freshToken()).toBeNull();
      expect(clock.pending()).toEqual([]); // no refresh left scheduled
    },
  );

  it("a session revoked while the tab was closed says so on the next page load", async () => {
    const clock = new FakeClock();
    const api = fakeApi({ refresh: vi.fn(async () => Promise.reject(new ApiError("SESSION_REVOKED", "theft"))) });
    const session = new AuthSession(api, clock);
    await session.start();
    expect(session.getState()).toEqual({ status: "signed_out", user: null, notice: SESSION_ENDED_NOTICE });
  });

  it("an expired session asks to log in again; a missing cookie says nothing", async () => {
    const clock = new FakeClock();
    const expired = new AuthSession(fakeApi({ refresh: vi.fn(async () => Promise.reject(new ApiError("SESSION_EXPIRED", "old"))) }), clock);
    await expired.start();
    expect(expired.getState().notice).toBe(SESSION_EXPIRED_NOTICE);
    const missing = new AuthSession(fakeApi(), clock);
    await missing.start();
    expect(missing.getState()).toEqual({ status: "signed_out", user: null, notice: null });
  });

  it("keeps the session through a network failure and tries again later", async () => {
    const clock = new FakeClock();
    const refresh = vi
      .fn<() => Promise<AuthPayload>>()
      .mockResolvedValueOnce(payload(clock, "t1"))
      .mockRejectedValueOnce(new ApiError("NETWORK", "offline"))
      .mockResolvedValueOnce(payload(clock, "t2"));
    const session = new AuthSession(fakeApi({ refresh }), clock);
    await session.start();
    await clock.advance(30 * 60_000 - REFRESH_MARGIN_MS);
    expect(session.getState().status).toBe("signed_in");
    expect(refresh).toHaveBeenCalledTimes(2);
    await clock.advance(15_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    expect(await session.freshToken()).toBe("t2");
  });

  it("a 401 SESSION_REVOKED from the API ends the session", async () => {
    const clock = new FakeClock();
    const session = new AuthSession(fakeApi({ refresh: vi.fn(async () => payload(clock, "t1")) }), clock);
    await session.start();
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.getState().status));
    session.sessionEnded();
    expect(seen).toEqual(["signed_out"]);
    expect(session.getState().notice).toBe(SESSION_ENDED_NOTICE);
  });

  it("log out that cannot reach the server keeps the learner signed in and says so", async () => {
    const clock = new FakeClock();
    const api = fakeApi({
      refresh: vi.fn(async () => payload(clock, "t1")),
      logout: vi.fn(async () => {
        throw new ApiError("NETWORK", "offline");
      }),
    });
    const session = new AuthSession(api, clock);
    await session.start();
    await expect(session.logout()).rejects.toThrow("offline");
    expect(session.getState().status).toBe("signed_in");
    expect(await session.freshToken()).toBe("t1");
  });

  it("log out of a session that already ended signs out here too", async () => {
    const clock = new FakeClock();
    const api = fakeApi({
      refresh: vi.fn(async () => payload(clock, "t1")),
      logout: vi.fn(async () => {
        throw new ApiError("SESSION_REVOKED", "gone");
      }),
    });
    const session = new AuthSession(api, clock);
    await session.start();
    await session.logout();
    expect(session.getState()).toEqual({ status: "signed_out", user: null, notice: null });
  });

  it("times the token by its own claims, whatever the browser's clock says", async () => {
    const clock = new FakeClock();
    const claims = btoa(JSON.stringify({ iat: 1_000, exp: 1_000 + 30 * 60 })).replace(/=+$/, "");
    // The server says it expires in 2030: this browser's clock is years behind.
    const skewed = { accessToken: `h.${claims}.s`, accessTokenExpiresAt: "2030-01-01T00:00:00Z", user: USER };
    const session = new AuthSession(fakeApi({ refresh: vi.fn(async () => skewed) }), clock);
    await session.start();
    expect(clock.pending()).toEqual([30 * 60_000 - REFRESH_MARGIN_MS]);
  });

  it("tells listeners about each new token, not the first", async () => {
    const clock = new FakeClock();
    let n = 0;
    const session = new AuthSession(fakeApi({ refresh: vi.fn(async () => payload(clock, `t${++n}`)) }), clock);
    const renewed = vi.fn();
    session.onNewToken(renewed);
    await session.start();
    expect(renewed).not.toHaveBeenCalled();
    await session.refresh();
    expect(renewed).toHaveBeenCalledTimes(1);
  });
});
