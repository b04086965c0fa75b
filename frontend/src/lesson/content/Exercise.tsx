import { useId, useState } from "react";
import { CitedHeading } from "./Citations";
import { CodeBlock } from "./CodeBlock";
import { Markdown } from "./Markdown";
import type { Exercise as ExerciseData } from "./types";

function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState("");
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard) return null;
  const copy = () =>
    clipboard.writeText(text).then(
      () => setStatus("Copied."),
      () => setStatus("Could not copy: select the code and copy it instead."),
    );
  return (
    <span className="row">
      <button type="button" className="btn btn-small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </span>
  );
}

export function Exercise({ exercise }: { exercise: ExerciseData }) {
  const solutionId = useId();
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const { hints } = exercise;

  return (
    <article className="lc-exercise card stack">
      <header className="stack">
        <CitedHeading level={4} cites={exercise.cites} className="lc-exercise-title">
          {exercise.title}
        </CitedHeading>
        <p className="row">
          {exercise.difficulty && <span className={`badge lc-difficulty-${exercise.difficulty}`}>{exercise.difficulty}</span>}
          {exercise.objective && <span className="muted">Objective: {exercise.objective}</span>}
        </p>
      </header>
      {exercise.instructions && <Markdown>{exercise.instructions}</Markdown>}
      {exercise.starter_code.trim() && (
        <section className="stack" aria-label={`Starter code for ${exercise.title}`}>
          <div className="row lc-spread">
            <h5>Starter code</h5>
            <CopyButton text={exercise.starter_code} label="Copy starter code" />
          </div>
          <CodeBlock code={exercise.starter_code} language={exercise.language} />
        </section>
      )}
      {exercise.expected_output.trim() && (
        <section>
          <h5>Expected output</h5>
          <pre className="lc-output">
            <code>{exercise.expected_output}</code>
          </pre>
        </section>
      )}
      {hints.length > 0 && (
        <section className="stack">
          <h5>Hints</h5>
          <ol className="lc-hints" aria-label="Hints" aria-live="polite">
            {hints.slice(0, hintsShown).map((hint, i) => (
              <li key={i}>
                <Markdown>{hint}</Markdown>
              </li>
            ))}
          </ol>
          {hintsShown < hints.length && (
            <p>
              <button type="button" className="btn btn-small" onClick={() => setHintsShown((n) => n + 1)}>
                Show hint {hintsShown + 1} of {hints.length}
              </button>
            </p>
          )}
        </section>
      )}
      {exercise.solution.trim() && (
        <section className="stack">
          <p>
            <button
              type="button"
              className="btn btn-small"
              aria-expanded={solutionOpen}
              aria-controls={solutionId}
              onClick={() => setSolutionOpen((open) => !open)}
            >
              {solutionOpen ? "Hide solution" : "Show solution"}
            </button>
          </p>
          <div id={solutionId} hidden={!solutionOpen}>
            {solutionOpen && <CodeBlock code={exercise.solution} language={exercise.language} />}
          </div>
        </section>
      )}
    </article>
  );
}
