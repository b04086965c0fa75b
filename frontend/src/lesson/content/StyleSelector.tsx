import { useId } from "react";
import "./content.css";

export type LearningStyle = "HANDS_ON" | "VIDEO" | "READING" | "MIXED";

export interface StyleSelectorProps {
  value: LearningStyle;
  onChange: (style: LearningStyle) => void;
  disabled?: boolean;
  /** A style whose lesson is being prepared right now. */
  busyStyle?: LearningStyle | null;
}

const STYLES: { value: LearningStyle; label: string; description: string }[] = [
  { value: "HANDS_ON", label: "Hands-on", description: "Mostly exercises and a project, with a little theory." },
  { value: "VIDEO", label: "Video", description: "Videos picked for the topic, with a study guide." },
  { value: "READING", label: "Reading", description: "Explanations, code examples and diagrams to read." },
  { value: "MIXED", label: "Mixed", description: "A bit of everything: text, exercises and videos." },
];

// Native radios: arrow keys move and select, Tab enters and leaves the group, as users expect.
export function StyleSelector({ value, onChange, disabled = false, busyStyle = null }: StyleSelectorProps) {
  const name = useId();
  return (
    <fieldset className="lc-styles" role="radiogroup" disabled={disabled}>
      <legend>Learning style</legend>
      <div className="lc-style-options">
        {STYLES.map((style) => {
          const labelId = `${name}-${style.value}-label`;
          const descriptionId = `${name}-${style.value}-description`;
          return (
            <label key={style.value} className="lc-style-option">
              <input
                type="radio"
                name={name}
                value={style.value}
                checked={value === style.value}
                aria-labelledby={labelId}
                aria-describedby={descriptionId}
                onChange={() => {
                  if (style.value !== value) onChange(style.value);
                }}
              />
              <span className="lc-style-text">
                <span id={labelId} className="lc-style-label">
                  {style.label}
                  {busyStyle === style.value && <span className="badge badge-working">Preparing…</span>}
                </span>
                <span id={descriptionId} className="muted">
                  {style.description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
