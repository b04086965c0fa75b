import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link, useParams } from "react-router";

import { ProgressBar } from "../components/ProgressBar";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { graphql } from "../graphql";
import { queryGate } from "../components/QueryGate";

import { InlineText } from "../editing/InlineText";
import { useRoadmapEdits } from "../editing/useRoadmapEdits";
import { ModuleCard } from "./ModuleCard";

const ROADMAP = graphql(`
  query Roadmap($id: ID!) {
    roadmap(id: $id) {
      id
      title
      goal
      description
      skill
      difficulty
      progress {
        percent
        completedLessons
        totalLessons
        lastLessonId
      }
      modules {
        id
        position
        title
        description
        topics
        estimatedHours
        generationStatus
        completedLessons
        lessons {
          id
          title
          learningStyle
          generationStatus
          progress {
            status
          }
        }
      }
    }
  }
`);

export function RoadmapPage() {
  const { roadmapId = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(ROADMAP, {
    variables: { id: roadmapId },
    fetchPolicy: "cache-and-network",
  });
  useDocumentTitle(data?.roadmap.title ?? "Roadmap");
  const edits = useRoadmapEdits();
  const [editing, setEditing] = useState(false);
  const [renaming, setRenaming] = useState(false);

  const gate = queryGate({ loading, error, hasData: Boolean(data), refetch, what: "roadmap" });
  if (gate || !data) return gate;
  const { roadmap } = data;
  return (
    <div className="stack">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Dashboard</Link> <span aria-hidden="true">›</span> <span aria-current="page">{roadmap.title}</span>
      </nav>
      <header className="stack">
        <div className="row roadmap-title-row">
          {renaming ? (
            <InlineText
              label="New name for this roadmap"
              initial={roadmap.title}
              submitLabel="Save"
              onCancel={() => setRenaming(false)}
              onSubmit={async (title) => {
                const done = await edits.renameRoadmap(roadmap.id, title);
                if (done) setRenaming(false);
                return done;
              }}
            />
          ) : (
            <h1>{roadmap.title}</h1>
          )}
          <button type="button" className="btn btn-small" aria-pressed={editing} onClick={() => setEditing(!editing)}>
            {editing ? "Done editing" : "Edit roadmap"}
          </button>
          {editing && !renaming && (
            <button type="button" className="btn btn-small" onClick={() => setRenaming(true)}>
              Rename roadmap
            </button>
          )}
        </div>
        <p>
          <strong>Your goal:</strong> {roadmap.goal}
        </p>
        {roadmap.description && <p>{roadmap.description}</p>}
        <ProgressBar percent={roadmap.progress.percent} label="Roadmap progress" />
        <p className="muted">
          {roadmap.progress.completedLessons} of {roadmap.progress.totalLessons} lessons completed. Lessons are written when you ask for
          them: press <strong>Generate lessons</strong> on a module.
        </p>
      </header>
      <ol className="module-list" role="list">
        {roadmap.modules.map((module, index) => (
          <ModuleCard key={module.id} module={module} index={index} count={roadmap.modules.length} edits={editing ? edits : null} />
        ))}
      </ol>
      {editing && (
        <section className="card stack" aria-labelledby="add-module-title">
          <h2 id="add-module-title">Add a module</h2>
          <p className="muted">Editing never rewrites lessons: new ones are written when you ask for them, and your progress stays.</p>
          <InlineText label="Title of the new module" submitLabel="Add module" onSubmit={(title) => edits.addModule(roadmap.id, title)} />
        </section>
      )}
    </div>
  );
}
