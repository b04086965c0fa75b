import { describe, expect, it } from "vitest";

import { appendChunk } from "./useLessonStream";

describe("appendChunk", () => {
  const start = { text: "", sequence: -1 };

  it("starts from the text so far, then appends pieces in order", () => {
    let state = appendChunk(start, { sequence: 3, text: '{"title": "Li', reset: true });
    state = appendChunk(state, { sequence: 4, text: 'sts"', reset: false });
    expect(state).toEqual({ text: '{"title": "Lists"', sequence: 4 });
  });

  it("ignores a piece already in the text (a late joiner's snapshot included it)", () => {
    const state = appendChunk(start, { sequence: 5, text: "abc", reset: true });
    expect(appendChunk(state, { sequence: 5, text: "c", reset: false })).toBe(state);
    expect(appendChunk(state, { sequence: 4, text: "b", reset: false })).toBe(state);
  });

  it("starts over on reset (a new delivery writes the lesson again)", () => {
    const state = appendChunk(start, { sequence: 9, text: "old text", reset: true });
    expect(appendChunk(state, { sequence: 1, text: "new", reset: true })).toEqual({ text: "new", sequence: 1 });
  });
});
