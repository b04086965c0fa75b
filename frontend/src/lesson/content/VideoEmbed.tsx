import { useState } from "react";
import { EXTERNAL_REL, httpUrl } from "./safeUrl";
import type { Chapter } from "./types";
import { embedUrl, formatTime, youTubeVideo } from "./youtube";

interface VideoEmbedProps {
  url: string;
  title: string;
  chapters?: Chapter[];
}

/** A YouTube video in a privacy-enhanced, sandboxed embed, with chapter buttons; any other URL
 * (or one whose id is not plainly an id) is shown only as an external link. */
export function VideoEmbed({ url, title, chapters = [] }: VideoEmbedProps) {
  const video = youTubeVideo(url);
  // `loads` remounts the iframe so choosing the same chapter twice seeks again.
  const [seek, setSeek] = useState<{ start: number; loads: number } | null>(null);

  if (!video) {
    const safe = httpUrl(url);
    if (!safe) return null;
    return (
      <div className="stack">
        <p>
          <a href={safe} target="_blank" rel={EXTERNAL_REL}>
            Watch “{title}” (opens in a new tab)
          </a>
        </p>
        {chapters.length > 0 && (
          <ul className="lc-chapters-text" aria-label={`Chapters of ${title}`}>
            {chapters.map((chapter, i) => (
              <li key={`${chapter.start_seconds}-${i}`}>
                <span className="lc-chapter-time">{formatTime(chapter.start_seconds)}</span> {chapter.title}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }

  const start = seek?.start ?? video.startSeconds;
  return (
    <div className="lc-video stack">
      <div className="lc-video-frame">
        <iframe
          key={seek?.loads ?? 0}
          src={embedUrl(video.id, start)}
          title={`YouTube video: ${title}`}
          referrerPolicy="strict-origin-when-cross-origin"
          allow="encrypted-media; picture-in-picture; fullscreen"
          loading="lazy"
          sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
        />
      </div>
      {chapters.length > 0 && (
        <nav aria-label={`Chapters of ${title}`}>
          <ol className="lc-chapters">
            {chapters.map((chapter, i) => (
              <li key={`${chapter.start_seconds}-${i}`}>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-pressed={seek !== null && seek.start === chapter.start_seconds}
                  onClick={() => setSeek((prev) => ({ start: chapter.start_seconds, loads: (prev?.loads ?? 0) + 1 }))}
                >
                  <span className="lc-chapter-time">{formatTime(chapter.start_seconds)}</span> {chapter.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </div>
  );
}
