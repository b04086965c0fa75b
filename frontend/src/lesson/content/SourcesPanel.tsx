import { useId } from "react";
import { EXTERNAL_REL } from "./safeUrl";
import { citationNumbers, groupSources, sourceAnchor, type SourceGroup } from "./sources";
import type { SourceIndex } from "./types";

export interface SourcesPanelProps {
  sources: SourceIndex;
  /** passage_id → the parts of the lesson citing it (see `citedIn`). */
  citedIn: Map<string, string[]>;
}

function SourceEntry({ id, sources, number, parts }: { id: string; sources: SourceIndex; number?: number; parts?: string[] }) {
  const info = sources.get(id);
  if (!info) return null;
  return (
    <li id={sourceAnchor(id)} tabIndex={-1} className="lc-source">
      {number !== undefined && <span className="lc-source-number">[{number}] </span>}
      {info.url ? (
        <a href={info.url} target="_blank" rel={EXTERNAL_REL}>
          {info.title}
        </a>
      ) : (
        <span>{info.title}</span>
      )}
      {info.author && <span> by {info.author}</span>}
      {info.licence && <span className="muted"> · Licence: {info.licence}</span>}
      {parts && parts.length > 0 && <span className="lc-source-cited muted">Cited in: {parts.join("; ")}</span>}
    </li>
  );
}

function Groups(props: { groups: SourceGroup[]; sources: SourceIndex; numbers?: Map<string, number>; citedIn?: Map<string, string[]> }) {
  const { groups, sources, numbers, citedIn } = props;
  return (
    <>
      {groups.map((group) => (
        <div key={group.source} className="lc-source-group">
          <h4>{group.name}</h4>
          <ul className="lc-source-list">
            {group.ids.map((id) => (
              <SourceEntry key={id} id={id} sources={sources} number={numbers?.get(id)} parts={citedIn?.get(id)} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** Where the lesson's facts come from: cited sources by type, numbered as the [n] citations,
 * then what research found but the lesson does not cite. */
export function SourcesPanel({ sources, citedIn }: SourcesPanelProps) {
  const headingId = useId();
  const { cited, uncited } = groupSources(sources, citedIn);
  if (sources.size === 0) return null;
  return (
    <aside className="lc-sources card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Sources</h3>
      {cited.length > 0 ? (
        <Groups groups={cited} sources={sources} numbers={citationNumbers(cited)} citedIn={citedIn} />
      ) : (
        <p className="muted">The lesson does not cite a source directly.</p>
      )}
      {uncited.length > 0 && (
        <details className="lc-also-researched">
          <summary>Also researched</summary>
          <Groups groups={uncited} sources={sources} />
        </details>
      )}
    </aside>
  );
}
