import type { ReactNode } from "react";

import type { CareerStage, Difficulty } from "../graphql/graphql";
import { STYLE_GUIDE, STYLE_ORDER } from "../learningStyles";
import type { StepProps } from "./answers";

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

function Choice({ id, name, value, checked, onChange, children }: {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <div className={`choice ${checked ? "choice-checked" : ""}`}>
      <input type="radio" id={id} name={name} value={value} checked={checked} onChange={onChange} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

/** aria attributes of a control the server may have refused. */
function refusal(props: StepProps, field: keyof StepProps["answers"], describedBy?: string) {
  const invalid = props.invalid === field;
  const ids = [invalid ? props.errorId : "", describedBy ?? ""].join(" ").trim();
  return { "aria-invalid": invalid || undefined, "aria-describedby": ids || undefined };
}

export function GoalStep(props: StepProps) {
  const { answers, set } = props;
  return (
    <div className="field">
      <label htmlFor="goal">What do you want to be able to do?</label>
      <textarea id="goal" rows={3} maxLength={500} required value={answers.goal} onChange={(e) => set("goal", e.target.value)} {...refusal(props, "goal", "goal-help")} />
      <small id="goal-help" className="muted">
        For example:{" "}
        {GOAL_EXAMPLES.map((goal, i) => (
          <span key={goal}>
            <button type="button" className="link-button" onClick={() => set("goal", goal)}>
              {goal}
            </button>
            {i < GOAL_EXAMPLES.length - 1 ? ", " : "."}
          </span>
        ))}
      </small>
    </div>
  );
}

export function LevelStep(props: StepProps) {
  const { answers, set } = props;
  return (
    <>
      <fieldset className="field" {...refusal(props, "experienceLevel")}>
        <legend>Your experience with it</legend>
        {LEVELS.map((level) => (
          <Choice key={level.value} id={`level-${level.value}`} name="level" value={level.value} checked={answers.experienceLevel === level.value} onChange={() => set("experienceLevel", level.value)}>
            <strong>{level.label}</strong> <span className="muted">— {level.hint}</span>
          </Choice>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="stage">Where you are in your career</label>
        <select id="stage" value={answers.careerStage} onChange={(e) => set("careerStage", e.target.value as CareerStage)} {...refusal(props, "careerStage")}>
          {STAGES.map((stage) => (
            <option key={stage.value} value={stage.value}>
              {stage.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

export function TimeStep(props: StepProps) {
  const { answers, set } = props;
  return (
    <>
      <div className="field">
        <label htmlFor="industry">Your industry (optional)</label>
        <input id="industry" type="text" maxLength={100} value={answers.industry} onChange={(e) => set("industry", e.target.value)} {...refusal(props, "industry", "industry-help")} />
        <small id="industry-help" className="muted">
          Examples and exercises use data from your field, e.g. healthcare, finance, retail.
        </small>
      </div>
      <div className="field">
        <label htmlFor="hours">Hours a week you can spend</label>
        <input id="hours" type="number" min={1} max={80} required value={Number.isNaN(answers.weeklyHours) ? "" : answers.weeklyHours} onChange={(e) => set("weeklyHours", e.target.valueAsNumber)} {...refusal(props, "weeklyHours")} />
      </div>
      <div className="field">
        <label htmlFor="language">Language of your lessons</label>
        <select id="language" value={answers.preferredLanguage} onChange={(e) => set("preferredLanguage", e.target.value)} {...refusal(props, "preferredLanguage")}>
          {LANGUAGES.map((language) => (
            <option key={language.value} value={language.value}>
              {language.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

export function StyleStep(props: StepProps) {
  const { answers, set } = props;
  return (
    <fieldset className="field" {...refusal(props, "learningStyle")}>
      <legend>Pick the way you learn best (you can change it any time, even per lesson)</legend>
      <div className="style-grid">
        {STYLE_ORDER.map((style) => (
          <Choice key={style} id={`style-${style}`} name="style" value={style} checked={answers.learningStyle === style} onChange={() => set("learningStyle", style)}>
            <strong>{STYLE_GUIDE[style].label}</strong>
            <span className="style-summary">{STYLE_GUIDE[style].summary}</span>
            <span className="style-example muted">Example: {STYLE_GUIDE[style].example}</span>
          </Choice>
        ))}
      </div>
    </fieldset>
  );
}
