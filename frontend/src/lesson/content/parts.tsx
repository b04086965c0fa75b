import { useId, type ReactNode } from "react";
import { CitedHeading } from "./Citations";
import { Exercise as ExerciseCard } from "./Exercise";
import { Markdown } from "./Markdown";
import { Quiz } from "./Quiz";
import type { QuizScore } from "./quizTypes";
import type { Exercise, QuizQuestion, Section } from "./types";

/** What every style's view receives. */
export interface ViewProps<Lesson> {
  lesson: Lesson;
  onSubmitQuiz: (answers: number[]) => Promise<QuizScore>;
  quizScore?: number | null;
}

function SectionBlock({ section, level }: { section: Section; level: 3 | 4 }) {
  const headingId = useId();
  return (
    <section className="lc-section" aria-labelledby={headingId}>
      <CitedHeading level={level} id={headingId} cites={section.cites}>
        {section.heading}
      </CitedHeading>
      <Markdown>{section.body}</Markdown>
    </section>
  );
}

export function SectionList({ sections, level }: { sections: Section[]; level: 3 | 4 }) {
  return (
    <div className="lc-sections stack">
      {sections.map((section, i) => (
        <SectionBlock key={i} section={section} level={level} />
      ))}
    </div>
  );
}

/** A part of the lesson under an h3: the page owns the h1 and the lesson title is an h2. */
export function Part({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const headingId = useId();
  return (
    <section className={`lc-part stack ${className ?? ""}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

export function KeyConcepts({ concepts }: { concepts: string[] }) {
  if (concepts.length === 0) return null;
  return (
    <Part title="Key concepts">
      <ul className="lc-concepts">
        {concepts.map((concept, i) => (
          <li key={i} className="badge">
            {concept}
          </li>
        ))}
      </ul>
    </Part>
  );
}

export function ExerciseList({ exercises }: { exercises: Exercise[] }) {
  if (exercises.length === 0) return null;
  return (
    <Part title="Exercises">
      {exercises.map((exercise, i) => (
        <ExerciseCard key={i} exercise={exercise} />
      ))}
    </Part>
  );
}

type LessonQuizProps = Omit<ViewProps<unknown>, "lesson"> & { quiz: QuizQuestion[] | null };

export function LessonQuiz({ quiz, onSubmitQuiz, quizScore }: LessonQuizProps) {
  return (
    <Part title="Check your understanding" className="lc-quiz-part">
      {quiz ? (
        // A new set of questions (another version of the lesson) starts a fresh quiz.
        <Quiz
          key={quiz.map((q) => q.question).join("\n")}
          questions={quiz}
          onSubmit={onSubmitQuiz}
          initialScore={quizScore ?? null}
        />
      ) : (
        <p className="muted">This lesson has no quiz to show.</p>
      )}
    </Part>
  );
}
