import { CitedHeading } from "./Citations";
import { useLessonSources } from "./LessonContext";
import { Markdown } from "./Markdown";
import type { VideoPick } from "./types";
import { VideoEmbed } from "./VideoEmbed";

/** One video research found: the embed (from the cited passage's URL), why and what to watch. */
export function VideoPickCard({ pick }: { pick: VideoPick }) {
  const { sources } = useLessonSources();
  const source = sources.get(pick.passage_id);
  const title = source?.title ?? "Recommended video";
  return (
    <article className="lc-video-pick card stack">
      <CitedHeading level={4} cites={[pick.passage_id]}>
        {title}
      </CitedHeading>
      {source?.url ? (
        <VideoEmbed url={source.url} title={title} chapters={pick.chapters} />
      ) : (
        <p className="muted">The link to this video is not available.</p>
      )}
      {pick.why_watch && (
        <div>
          <h5>Why watch it</h5>
          <Markdown>{pick.why_watch}</Markdown>
        </div>
      )}
      {pick.look_for.length > 0 && (
        <div>
          <h5>What to look for</h5>
          <ul>
            {pick.look_for.map((item, i) => (
              <li key={i}>
                <Markdown inline>{item}</Markdown>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
