import { describe, expect, it } from "vitest";

import { safeNext } from "./RequireAuth";

const ORIGIN = "https://skillsync.example";

describe("safeNext", () => {
  it.each([
    ["/lessons/42?tab=quiz#q2", "/lessons/42?tab=quiz#q2"],
    ["/", "/"],
    [null, "/"],
    ["", "/"],
  ])("keeps a path of this site: %s", (raw, expected) => {
    expect(safeNext(raw, ORIGIN)).toBe(expected);
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    " //evil.example",
    "\\\\evil.example",
  ])("never leaves the site: %j", (raw) => {
    expect(safeNext(raw, ORIGIN)).not.toMatch(/evil|javascript/);
    expect(new URL(safeNext(raw, ORIGIN), ORIGIN).origin).toBe(ORIGIN);
  });
});
