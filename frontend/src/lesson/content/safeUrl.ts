const HTTP = new Set(["http:", "https:"]);
const LINK = new Set(["http:", "https:", "mailto:"]);

/** The URL normalised when it is absolute and uses an allowed protocol, else null. Relative
 * URLs are refused too: lesson text has no business pointing inside the app. */
function allowed(raw: unknown, protocols: Set<string>): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export const httpUrl = (raw: unknown): string | null => allowed(raw, HTTP);
export const linkUrl = (raw: unknown): string | null => allowed(raw, LINK);

export const EXTERNAL_REL = "noopener noreferrer nofollow";
