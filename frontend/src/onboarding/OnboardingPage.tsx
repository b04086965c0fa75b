// The onboarding wizard: four short steps, then a roadmap planned in about a second. Nothing
// is generated yet; lessons are written when the learner asks for them.
import { useMutation } from "@apollo/client/react";
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useNavigate } from "react-router";

import { describeError, toApiError } from "../api/errors";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { graphql } from "../graphql";
import type { CareerStage, Difficulty, LearningStyle } from "../graphql/graphql";
import { STYLE_GUIDE, STYLE_ORDER } from "./styles";

const COMPLETE_ONBOARDING = graphql(`
  mutation CompleteOnboarding($input: OnboardingInput!) {
    completeOnboarding(input: $input) {
      id
      title
    }
  }
`);

const LEVELS: { value: Difficulty; label: string; hint: string }[] = [
  { value: "BEGINNER", label: "Beginner", hint: "New to this, or starting over" },
  { value: "INTERMEDIATE", label: "Intermediate", hint: "I've built small things with it" },
  { value: "ADVANCED", label: "Advanced", hint: "I use it at work and want depth" },
];
const STAGES: { value: CareerStage; label: string }[] = [
  { value: "STUDENT", label: "Student" },
  { value: "CAREER_CHANGER", label: "Changing careers" },
  { value: "JUNIOR", label: "Junior developer" },
  { value: "MID", label: "Mid-level developer" },
  { value: "SENIOR", label: "Senior developer" },
];
const LANGUAGES = [
  { value: "en", label: "English" },
  { value: "es", label: "Español" },
  { value: "pt", label: "Português" },
  { value: "fr", label: "Français" },
  { value: "de", label: "Deutsch" },
];
const GOAL_EXAMPLES = [
  "Become a backend developer with Django",
  "Analyse sales data with Python and pandas",
  "Build web apps with React and TypeScript",
];
const STEPS = ["Your goal", "Your level", "Your time", "How you learn"] as const;
// Which step holds each field, to return the learner there when the server refuses it.
const FIELD_STEP: Record<string, number> = {
  goal: 0,
  experienceLevel: 1,
  careerStage: 1,
  industry: 2,
  weeklyHours: 2,
  preferredLanguage: 2,
  learningStyle: 3,
};

type Answers = {
  goal: string;
  experienceLevel: Difficulty;
  careerStage: CareerStage;
  industry: string;
  weeklyHours: number;
  preferredLanguage: string;
  learningStyle: LearningStyle;
};

function Choice({ name, value, checked, onChange, children }: {
  name: string; value: string; checked: boolean; onChange: () => void; children: ReactNode;
}) {
  const id = useId();
  return (
    <div className={`choice ${checked ? "choice-checked" : ""}`}>
      <input type="radio" id={id} name={name} value={value} checked={checked} onChange={onChange} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

export function OnboardingPage() {
  useDocumentTitle("Plan your roadmap");
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Answers>({
    goal: "",
    experienceLevel: "BEGINNER",
    careerStage: "CAREER_CHANGER",
    industry: "",
    weeklyHours: 6,
    preferredLanguage: "en",
    learningStyle: "HANDS_ON",
  });
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [complete, { loading }] = useMutation(COMPLETE_ONBOARDING);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => setAnswers((a) => ({ ...a, [key]: value }));

  function go(to: number) {
    setStep(to);
    setError(null);
    window.setTimeout(() => heading.current?.focus(), 0);
  }

  function stepProblem(): string | null {
    if (step === 0 && !answers.goal.trim()) return "Tell us what you want to learn.";
    if (step === 2 && !(answers.weeklyHours >= 1 && answers.weeklyHours <= 80)) return "Weekly hours must be between 1 and 80.";
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = stepProblem();
    if (problem) return setError(problem);
    if (step < STEPS.length - 1) return go(step + 1);
    try {
      const { data } = await complete({ variables: { input: { ...answers, goal: answers.goal.trim(), industry: answers.industry.trim() } } });
      if (data) navigate(`/roadmaps/${data.completeOnboarding.id}`, { state: { fresh: true } });
    } catch (caught) {
      const field = toApiError(caught).field;
      if (field && field in FIELD_STEP) setStep(FIELD_STEP[field] ?? step);
      setError(describeError(caught));
    }
  }

  return (
    <section className="wizard card" aria-labelledby="wizard-title">
      <p className="muted wizard-progress">
        Step {step + 1} of {STEPS.length}
      </p>
      <ol className="wizard-steps" aria-label="Steps">
        {STEPS.map((name, index) => (
          <li key={name} aria-current={index === step ? "step" : undefined} className={index <= step ? "done" : ""}>
            {name}
          </li>
        ))}
      </ol>
      <h1 id="wizard-title" ref={heading} tabIndex={-1}>
        {STEPS[step]}
      </h1>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <form onSubmit={submit}>
        {step === 0 && (
          <div className="field">
            <label htmlFor="goal">What do you want to be able to do?</label>
            <textarea id="goal" rows={3} maxLength={500} required value={answers.goal} onChange={(e) => set("goal", e.target.value)} aria-describedby="goal-help" />
            <small id="goal-help" className="muted">
              For example: {GOAL_EXAMPLES.map((g, i) => (
                <span key={g}>
                  <button type="button" className="link-button" onClick={() => set("goal", g)}>{g}</button>
                  {i < GOAL_EXAMPLES.length - 1 ? ", " : "."}
                </span>
              ))}
            </small>
          </div>
        )}
        {step === 1 && (
          <>
            <fieldset className="field">
              <legend>Your experience with it</legend>
              {LEVELS.map((level) => (
                <Choice key={level.value} name="level" value={level.value} checked={answers.experienceLevel === level.value} onChange={() => set("experienceLevel", level.value)}>
                  <strong>{level.label}</strong> <span className="muted">— {level.hint}</span>
                </Choice>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="stage">Where you are in your career</label>
              <select id="stage" value={answers.careerStage} onChange={(e) => set("careerStage", e.target.value as CareerStage)}>
                {STAGES.map((stage) => (
                  <option key={stage.value} value={stage.value}>{stage.label}</option>
                ))}
              </select>
            </div>
          </>
        )}
        {step === 2 && (
          <>
            <div className="field">
              <label htmlFor="industry">Your industry (optional)</label>
              <input id="industry" type="text" maxLength={100} value={answers.industry} onChange={(e) => set("industry", e.target.value)} aria-describedby="industry-help" />
              <small id="industry-help" className="muted">Examples and exercises use data from your field, e.g. healthcare, finance, retail.</small>
            </div>
            <div className="field">
              <label htmlFor="hours">Hours a week you can spend</label>
              <input id="hours" type="number" min={1} max={80} required value={Number.isNaN(answers.weeklyHours) ? "" : answers.weeklyHours} onChange={(e) => set("weeklyHours", e.target.valueAsNumber)} />
            </div>
            <div className="field">
              <label htmlFor="language">Language of your lessons</label>
              <select id="language" value={answers.preferredLanguage} onChange={(e) => set("preferredLanguage", e.target.value)}>
                {LANGUAGES.map((language) => (
                  <option key={language.value} value={language.value}>{language.label}</option>
                ))}
              </select>
            </div>
          </>
        )}
        {step === 3 && (
          <fieldset className="field">
            <legend>Pick the way you learn best (you can change it any time, even per lesson)</legend>
            <div className="style-grid">
              {STYLE_ORDER.map((style) => (
                <Choice key={style} name="style" value={style} checked={answers.learningStyle === style} onChange={() => set("learningStyle", style)}>
                  <strong>{STYLE_GUIDE[style].label}</strong>
                  <span className="style-summary">{STYLE_GUIDE[style].summary}</span>
                  <span className="style-example muted">Example: {STYLE_GUIDE[style].example}</span>
                </Choice>
              ))}
            </div>
          </fieldset>
        )}
        <div className="row wizard-actions">
          {step > 0 && (
            <button type="button" className="btn" onClick={() => go(step - 1)} disabled={loading}>
              Back
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={loading}>
            {step < STEPS.length - 1 ? "Next" : loading ? "Planning your roadmap…" : "Create my roadmap"}
          </button>
        </div>
      </form>
    </section>
  );
}
