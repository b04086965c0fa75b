import { useId } from "react";

import type { LearningStyle } from "../graphql/graphql";
import { STYLE_GUIDE, STYLE_ORDER } from "../learningStyles";

export interface StyleSelectorProps {
  value: LearningStyle;
  onChange: (style: LearningStyle) => void;
  /** While true, choices are ignored (focus stays where it is). */
  disabled?: boolean;
  /** A style being prepared right now. */
  busyStyle?: LearningStyle | null;
  title?: string;
}

/** Toggle buttons rather than radios: choosing a style may start a generation, so it must take
 * a deliberate press (arrow keys on a radio group would select each style they pass). */
export function StyleSelector({ value, onChange, disabled = false, busyStyle = null, title = "Learning style" }: StyleSelectorProps) {
  const id = useId();
  return (
    <div className="style-selector" role="group" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="style-selector-title">
        {title}
      </span>
      <div className="style-options">
        {STYLE_ORDER.map((style) => (
          <button
            key={style}
            type="button"
            className="style-option"
            aria-pressed={value === style}
            aria-disabled={disabled || undefined}
            aria-labelledby={`${id}-${style}`}
            aria-describedby={`${id}-${style}-summary`}
            onClick={() => {
              if (!disabled && style !== value) onChange(style);
            }}
          >
            <span id={`${id}-${style}`} className="style-option-label">
              {STYLE_GUIDE[style].label}
              {busyStyle === style && <span className="badge badge-working">Preparing…</span>}
            </span>
            <span id={`${id}-${style}-summary`} className="muted">
              {STYLE_GUIDE[style].summary}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
