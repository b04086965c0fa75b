// Imported by every test file in this folder: a test fails if React (or anything) writes to
// console.error / console.warn, which is where act() and key warnings go.
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, expect, vi } from "vitest";

let messages: string[] = [];

beforeEach(() => {
  messages = [];
  const record = (...args: unknown[]) => {
    messages.push(args.map(String).join(" "));
  };
  vi.spyOn(console, "error").mockImplementation(record);
  vi.spyOn(console, "warn").mockImplementation(record);
});

afterEach(() => {
  // Unmount first, so warnings raised while unmounting count too.
  cleanup();
  expect(messages, "console.error / console.warn during the test").toEqual([]);
});
