import type { ReactNode } from "react";
import { useLessonSources } from "./LessonContext";
import { sourceAnchor } from "./sources";

/** A heading followed by its citations; they sit beside it, not in it, so the heading's
 * accessible name stays just its text. */
export function CitedHeading(props: { level: 3 | 4; id?: string; cites: string[]; children: ReactNode; className?: string }) {
  const Heading = props.level === 3 ? "h3" : "h4";
  return (
    <div className="lc-cited-heading">
      <Heading id={props.id} className={props.className}>
        {props.children}
      </Heading>
      <Citations ids={props.cites} />
    </div>
  );
}

/** Small numbered links ([1], [2]) to the cited sources' entries in the sources panel. */
export function Citations({ ids }: { ids: string[] }) {
  const { sources, numbers } = useLessonSources();
  const shown = [...new Set(ids)].flatMap((id) => {
    const n = numbers.get(id);
    const info = sources.get(id);
    return n !== undefined && info ? [{ id, n, title: info.title }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <sup className="lc-citations">
      {shown.map(({ id, n, title }) => (
        <a key={id} href={`#${sourceAnchor(id)}`} title={title} aria-label={`Source ${n}: ${title}`}>
          [{n}]
        </a>
      ))}
    </sup>
  );
}
