import { Citations } from "./Citations";
import { CodeBlock } from "./CodeBlock";
import { Markdown } from "./Markdown";
import { MermaidDiagram } from "./MermaidDiagram";
import { KeyConcepts, LessonQuiz, Part, SectionList, type ViewProps } from "./parts";
import type { ReadingLesson } from "./types";

export function ReadingView({ lesson, onSubmitQuiz, quizScore }: ViewProps<ReadingLesson>) {
  return (
    <>
      <SectionList sections={lesson.sections} level={3} />
      {lesson.code_examples.length > 0 && (
        <Part title="Code examples">
          {lesson.code_examples.map((example, i) => (
            <figure key={i} className="lc-example card stack">
              <CodeBlock code={example.code} language={example.language} />
              <figcaption>
                <Citations ids={example.cites} />
                <Markdown>{example.explanation}</Markdown>
              </figcaption>
            </figure>
          ))}
        </Part>
      )}
      {lesson.diagrams.length > 0 && (
        <Part title="Diagrams">
          {lesson.diagrams.map((diagram, i) => (
            <MermaidDiagram
              key={i}
              source={diagram}
              label={`Diagram ${i + 1} of ${lesson.diagrams.length} for “${lesson.title}”`}
            />
          ))}
        </Part>
      )}
      <KeyConcepts concepts={lesson.key_concepts} />
      {lesson.key_takeaways.length > 0 && (
        <Part title="Key takeaways">
          <ul className="lc-takeaways">
            {lesson.key_takeaways.map((takeaway, i) => (
              <li key={i}>
                <Markdown inline>{takeaway}</Markdown>
              </li>
            ))}
          </ul>
        </Part>
      )}
      <LessonQuiz quiz={lesson.quiz} onSubmitQuiz={onSubmitQuiz} quizScore={quizScore} />
    </>
  );
}
