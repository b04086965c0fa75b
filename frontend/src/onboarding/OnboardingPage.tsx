// The onboarding wizard: four short steps, then a roadmap planned in about a second. Nothing
// is generated yet; lessons are written when the learner asks for them.
import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";

import { describeError, toApiError } from "../api/errors";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { graphql } from "../graphql";
import { FIELDS, FIRST_ANSWERS, STEPS, stepProblem, type Answers } from "./answers";
import { GoalStep, LevelStep, StyleStep, TimeStep } from "./steps";

const COMPLETE_ONBOARDING = graphql(`
  mutation CompleteOnboarding($input: OnboardingInput!) {
    completeOnboarding(input: $input) {
      id
      title
    }
  }
`);

const STEP_VIEWS = [GoalStep, LevelStep, TimeStep, StyleStep];
const ERROR_ID = "wizard-error";

export function OnboardingPage() {
  useDocumentTitle("Plan your roadmap");
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Answers>(FIRST_ANSWERS);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<keyof Answers | null>(null);
  const focusTarget = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [complete, { loading }] = useMutation(COMPLETE_ONBOARDING);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => setAnswers((a) => ({ ...a, [key]: value }));

  // Once the step is shown, focus its heading, or the field the server refused.
  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    focusTarget.current = null;
    (target === "heading" ? heading.current : document.getElementById(target))?.focus();
  });

  function go(to: number) {
    setStep(to);
    setError(null);
    setInvalid(null);
    focusTarget.current = "heading";
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = stepProblem(step, answers);
    if (problem) return setError(problem);
    if (step < STEPS.length - 1) return go(step + 1);
    try {
      const input = { ...answers, goal: answers.goal.trim(), industry: answers.industry.trim() };
      const { data } = await complete({ variables: { input } });
      if (data) navigate(`/roadmaps/${data.completeOnboarding.id}`);
    } catch (caught) {
      const field = toApiError(caught).field as keyof Answers | null;
      setError(describeError(caught));
      if (field && field in FIELDS) {
        setStep(FIELDS[field].step);
        setInvalid(field);
        focusTarget.current = FIELDS[field].control;
      }
    }
  }

  const StepView = STEP_VIEWS[step] ?? GoalStep;
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
        <p className="alert alert-error" role="alert" id={ERROR_ID}>
          {error}
        </p>
      )}
      <form onSubmit={submit}>
        <StepView answers={answers} set={set} invalid={invalid} errorId={ERROR_ID} />
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
