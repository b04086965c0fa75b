import { describe, expect, it } from "vitest";
import { embedUrl, formatTime, youTubeVideo } from "./youtube";

describe("youTubeVideo", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ", 0],
    ["https://youtube.com/watch?v=dQw4w9WgXcQ&t=90", "dQw4w9WgXcQ", 90],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s", "dQw4w9WgXcQ", 90],
    ["https://youtu.be/dQw4w9WgXcQ?t=42", "dQw4w9WgXcQ", 42],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ?start=7", "dQw4w9WgXcQ", 7],
    ["https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ", 0],
    ["https://www.youtube-nocookie.com/embed/lists15", "lists15", 0],
  ])("reads %s", (url, id, start) => {
    expect(youTubeVideo(url)).toEqual({ id, startSeconds: start });
  });

  it.each([
    'https://evil.example/watch?v=abc"onload=',
    'https://www.youtube.com/watch?v=abc"onload=x',
    "https://www.youtube.com/watch?v=abc",
    "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/embed/dQw4w9WgXcQ/../x",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E",
    "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
    "ftp://youtube.com/watch?v=dQw4w9WgXcQ",
    "not a url",
    "",
  ])("refuses %s", (url) => {
    expect(youTubeVideo(url)).toBeNull();
  });

  it("builds embed URLs and times", () => {
    expect(embedUrl("lists15", 120.7)).toBe("https://www.youtube-nocookie.com/embed/lists15?start=120");
    expect(formatTime(0)).toBe("00:00");
    expect(formatTime(480)).toBe("08:00");
    expect(formatTime(3725)).toBe("1:02:05");
  });
});
