import { useApolloClient, useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";

import { describeError } from "../api/errors";
import { StatusBadge } from "../components/StatusBadge";
import { useToasts } from "../components/Toasts";
import { graphql } from "../graphql";
import type { RoadmapQuery } from "../graphql/graphql";
import { ExportButton } from "../components/ExportButton";
import { EditControls } from "../editing/EditControls";
import { MODULE_MARKDOWN } from "../lesson/exportQueries";
import { InlineText } from "../editing/InlineText";
import type { RoadmapEdits } from "../editing/useRoadmapEdits";
import { WORKING, useModuleGeneration } from "../live/useGenerationEvents";

const GENERATE_MODULE = graphql(`
  mutation GenerateModuleLessons($moduleId: ID!) {
    generateModuleLessons(moduleId: $moduleId) {
      id
      generationStatus
      lessons {
        id
        generationStatus
      }
    }
  }
`);

type Module = RoadmapQuery["roadmap"]["modules"][number];

export function ModuleCard({ module, index, count, edits }: {
  module: Module;
  index: number;
  count: number;
  /** Set while the roadmap is being edited. */
  edits: RoadmapEdits | null;
}) {
  const toasts = useToasts();
  const client = useApolloClient();
  const [following, setFollowing] = useState(false);
  const [generate, { loading }] = useMutation(GENERATE_MODULE);
  const working = WORKING.has(module.generationStatus);

  async function start() {
    try {
      await generate({ variables: { moduleId: module.id } });
      setFollowing(true);
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
    }
  }

  useModuleGeneration(module.id, working || following, (status, previous) => {
    if (previous === null && !following) return; // the snapshot of a module we did not start here
    if (status === "READY") {
      setFollowing(false);
      toasts.show({ tone: "success", message: `“${module.title}” is ready.` });
    } else if (status === "FAILED") {
      setFollowing(false);
      toasts.show({
        tone: "error",
        message: `Some lessons of “${module.title}” could not be generated.`,
        action: { label: "Retry", run: () => void start() },
      });
    }
  });

  const done = module.completedLessons;
  const headingId = `module-${module.id}`;
  return (
    <li className="card module-card" aria-labelledby={headingId}>
      <div className="module-head">
        <h2 id={headingId}>
          <span className="muted">Module {index + 1}.</span> {module.title}
        </h2>
        <StatusBadge status={module.generationStatus} />
      </div>
      {edits && (
        <EditControls
          kind="module"
          title={module.title}
          index={index}
          count={count}
          onRename={(title) => edits.renameModule(module.id, title)}
          onMove={(position) => edits.moveModule(module.id, position)}
          onRemove={() => void edits.removeModule(module.id, module.title)}
        />
      )}
      {module.description && <p>{module.description}</p>}
      <p className="muted">
        About {module.estimatedHours} h · {done} of {module.lessons.length} lessons done
        {module.topics.length > 0 && <> · {module.topics.slice(0, 5).join(", ")}</>}
      </p>
      <ol className="lesson-list">
        {module.lessons.map((lesson, position) => (
          <li key={lesson.id} className="lesson-row">
            <Link to={`/lessons/${lesson.id}`}>{lesson.title}</Link>
            <span className="row">
              {lesson.progress?.status === "COMPLETED" && <span className="badge badge-ready">Completed</span>}
              <StatusBadge status={lesson.generationStatus} />
            </span>
            {edits && (
              <EditControls
                kind="lesson"
                title={lesson.title}
                index={position}
                count={module.lessons.length}
                onRename={(title) => edits.renameLesson(lesson.id, title)}
                onMove={(to) => edits.moveLesson(lesson.id, module.id, to)}
                onRemove={() => void edits.removeLesson(lesson.id, lesson.title)}
              />
            )}
          </li>
        ))}
      </ol>
      {edits && <InlineText label={`Title of a new lesson in “${module.title}”`} submitLabel="Add lesson" onSubmit={(title) => edits.addLesson(module.id, title)} />}
      <div className="row">
        <ExportButton
          title={module.title}
          label="Download module as Markdown"
          load={async () => {
            const { data } = await client.query({ query: MODULE_MARKDOWN, variables: { moduleId: module.id }, fetchPolicy: "network-only" });
            return data?.moduleMarkdown ?? "";
          }}
        />
      </div>
      {(module.generationStatus === "NOT_STARTED" || module.generationStatus === "FAILED") && (
        <button type="button" className="btn btn-primary" onClick={() => void start()} disabled={loading}>
          {module.generationStatus === "FAILED" ? "Retry generation" : "Generate lessons"}
        </button>
      )}
      {working && <p className="muted" role="status">Writing this module's lessons… you can keep browsing.</p>}
    </li>
  );
}
