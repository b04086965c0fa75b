import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";

import { LESSON_MODULE } from "./operations";

/** Breadcrumb (dashboard › roadmap › module) and the previous / next lessons of the module. */
export function LessonNav({ moduleId, lessonId, title }: { moduleId: string; lessonId: string; title: string }) {
  const { data } = useQuery(LESSON_MODULE, { variables: { id: moduleId } });
  const module = data?.module;
  const lessons = module?.lessons ?? [];
  const at = lessons.findIndex((lesson) => lesson.id === lessonId);
  const previous = at > 0 ? lessons[at - 1] : undefined;
  const next = at >= 0 ? lessons[at + 1] : undefined;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Dashboard</Link>
        {module && (
          <>
            {" "}
            <span aria-hidden="true">›</span> <Link to={`/roadmaps/${module.roadmapId}`}>{module.title}</Link>
          </>
        )}{" "}
        <span aria-hidden="true">›</span> <span aria-current="page">{title}</span>
      </nav>
      {(previous || next) && (
        <nav aria-label="Lessons of this module" className="row lesson-pager">
          {previous && (
            <Link className="btn btn-small" to={`/lessons/${previous.id}`}>
              ← {previous.title}
            </Link>
          )}
          {next && (
            <Link className="btn btn-small" to={`/lessons/${next.id}`}>
              {next.title} →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
