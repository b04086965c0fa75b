// Small readers for untrusted JSON: each returns a value of the wanted type or a fallback,
// so one wrong field never throws or leaks a non-string into the UI.

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function str(value: unknown, fallback = ""): string {
  return typeof value === "string" ? value : fallback;
}

/** A string that must be present and non-blank for its item to make sense. */
export function requiredStr(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Only the non-blank strings of a list. */
export function strings(value: unknown): string[] {
  return list(value).filter((item): item is string => typeof item === "string" && item.trim() !== "");
}

/** Each item through `read`, dropping those it rejects (null). */
export function items<T>(value: unknown, read: (item: Json) => T | null): T[] {
  const out: T[] = [];
  for (const item of list(value)) {
    if (!isObject(item)) continue;
    const parsed = read(item);
    if (parsed !== null) out.push(parsed);
  }
  return out;
}

export function nonNegativeInt(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
}
