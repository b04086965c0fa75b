import { CodeBlock } from "./CodeBlock";
import { Markdown } from "./Markdown";
import { ExerciseList, KeyConcepts, LessonQuiz, Part, SectionList, type ViewProps } from "./parts";
import type { HandsOnLesson, PracticeProject } from "./types";

function Project({ project, language }: { project: PracticeProject; language: string }) {
  return (
    <Part title="Practice project" className="lc-project">
      <div className="card stack">
        <h4>{project.title}</h4>
        {project.estimated_minutes !== null && (
          <p className="muted">Estimated time: about {project.estimated_minutes} minutes</p>
        )}
        {project.description && <Markdown>{project.description}</Markdown>}
        {project.requirements.length > 0 && (
          <div>
            <h5>Requirements</h5>
            <ul>
              {project.requirements.map((req, i) => (
                <li key={i}>
                  <Markdown inline>{req}</Markdown>
                </li>
              ))}
            </ul>
          </div>
        )}
        {project.starter_template.trim() && (
          <div>
            <h5>Starter template</h5>
            <CodeBlock code={project.starter_template} language={language} />
          </div>
        )}
      </div>
    </Part>
  );
}

export function HandsOnView({ lesson, onSubmitQuiz, quizScore }: ViewProps<HandsOnLesson>) {
  return (
    <>
      {lesson.introduction.length > 0 && (
        <Part title="Introduction">
          <SectionList sections={lesson.introduction} level={4} />
        </Part>
      )}
      <KeyConcepts concepts={lesson.key_concepts} />
      <ExerciseList exercises={lesson.exercises} />
      {lesson.project && (
        // The project has no language of its own: it is written in the exercises' language.
        <Project project={lesson.project} language={lesson.exercises[0]?.language ?? ""} />
      )}
      <LessonQuiz quiz={lesson.quiz} onSubmitQuiz={onSubmitQuiz} quizScore={quizScore} />
    </>
  );
}
