const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;
const HOSTS = new Set([
  "youtube.com",
  "www.youtube.com",
  "m.youtube.com",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
  "youtu.be",
]);

export interface YouTubeVideo {
  id: string;
  startSeconds: number;
}

/** "90", "90s", "1m30s", "1h2m3s" → seconds; anything else → 0. */
function parseStart(raw: string | null): number {
  if (!raw) return 0;
  if (/^\d{1,6}$/.test(raw)) return Number(raw);
  const match = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/.exec(raw);
  if (!match) return 0;
  const [, h = "0", m = "0", s = "0"] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** The video of a YouTube URL (watch?v=, youtu.be/, /embed/, /shorts/), or null when the URL is
 * not one; the id must match a strict pattern so it is safe to put in an embed URL. */
export function youTubeVideo(url: string): YouTubeVideo | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  const host = parsed.hostname.toLowerCase();
  if (!HOSTS.has(host)) return null;
  const segments = parsed.pathname.split("/").filter(Boolean);
  let id: string | null = null;
  if (host === "youtu.be") id = segments[0] ?? null;
  else if (segments[0] === "watch") id = parsed.searchParams.get("v");
  else if ((segments[0] === "embed" || segments[0] === "shorts") && segments.length === 2) id = segments[1] ?? null;
  if (!id || !VIDEO_ID.test(id)) return null;
  const start = parseStart(parsed.searchParams.get("t") ?? parsed.searchParams.get("start"));
  return { id, startSeconds: start };
}

export function embedUrl(id: string, startSeconds: number): string {
  return `https://www.youtube-nocookie.com/embed/${id}?start=${Math.max(0, Math.floor(startSeconds))}`;
}

/** mm:ss: 75 → "01:15"; h:mm:ss past an hour: 3725 → "1:02:05". */
export function formatTime(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, "0");
  return `${hours > 0 ? `${hours}:` : ""}${String(minutes).padStart(2, "0")}:${seconds}`;
}
