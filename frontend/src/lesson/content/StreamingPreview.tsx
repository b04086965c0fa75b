import { useState } from "react";
import "./content.css";
import { EMPTY_PREVIEW, previewOf, type StreamPreviewData } from "./streamPreview";

export interface StreamingPreviewProps {
  /** The lesson's JSON as the model writes it so far: incomplete and untrusted. */
  text: string;
}

/** The lesson as it is being written, as plain text only (no Markdown, no HTML). Headings
 * start at h3: the page has its h1 and an h2 over the preview. */
export function StreamingPreview({ text }: StreamingPreviewProps) {
  // The last readable preview is kept, so a chunk that cannot be read yet changes nothing.
  const [last, setLast] = useState<{ text: string | null; preview: StreamPreviewData }>({
    text: null,
    preview: EMPTY_PREVIEW,
  });
  let preview = last.preview;
  if (text !== last.text) {
    preview = previewOf(text) ?? last.preview;
    setLast({ text, preview });
  }

  const latest = preview.sections.at(-1)?.heading ?? "";
  return (
    <section className="lc-stream stack" aria-busy="true" aria-label="Lesson being written">
      <p className="lc-stream-indicator">
        <span className="lc-spinner" aria-hidden="true" />
        Writing the lesson…
      </p>
      <p className="visually-hidden" aria-live="polite">
        {preview.title && `Writing “${preview.title}”.`} {latest && `Now: ${latest}.`}
      </p>
      {preview.title && <h3 className="lc-title">{preview.title}</h3>}
      {preview.summary && <p className="lc-plain">{preview.summary}</p>}
      {preview.sections.map((section, i) => (
        <section key={i} className="lc-stream-section">
          {section.heading && <h4>{section.heading}</h4>}
          {section.body && <p className="lc-plain">{section.body}</p>}
        </section>
      ))}
      {preview.exercises.length > 0 && (
        <section>
          <h4>Exercises</h4>
          <ul>
            {preview.exercises.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ul>
        </section>
      )}
      {preview.questions.length > 0 && (
        <section>
          <h4>Quiz</h4>
          <ol>
            {preview.questions.map((question, i) => (
              <li key={i} className="lc-plain">
                {question}
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
