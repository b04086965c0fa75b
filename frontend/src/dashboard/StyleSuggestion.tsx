import { useMutation, useQuery } from "@apollo/client/react";

import { describeError } from "../api/errors";
import { useToasts } from "../components/Toasts";
import { graphql } from "../graphql";
import { STYLE_GUIDE } from "../learningStyles";
import { STYLE_ADVICE } from "../reviews/operations";

const UPDATE_STYLE = graphql(`
  mutation AdoptLearningStyle($learningStyle: LearningStyle!) {
    updateLearningStyle(learningStyle: $learningStyle) {
      learningStyle
    }
  }
`);

/** When the learner's own results clearly favour another style, say so (and let them switch). */
export function StyleSuggestion({ onChanged }: { onChanged: () => void }) {
  const toasts = useToasts();
  const { data } = useQuery(STYLE_ADVICE, { fetchPolicy: "cache-and-network" });
  const [adopt, { loading }] = useMutation(UPDATE_STYLE);
  const advice = data?.styleAdvice;
  if (!advice?.suggestedStyle) return null;
  const style = advice.suggestedStyle;

  async function switchStyle() {
    try {
      await adopt({ variables: { learningStyle: style } });
      toasts.show({ tone: "success", message: `New lessons will be written in the ${STYLE_GUIDE[style].label.toLowerCase()} style.` });
      onChanged();
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
    }
  }

  return (
    <aside className="alert alert-info stack" aria-labelledby="style-suggestion-title">
      <strong id="style-suggestion-title">Try {STYLE_GUIDE[style].label.toLowerCase()} lessons</strong>
      {advice.reason && <span>{advice.reason}</span>}
      <span>
        <button type="button" className="btn btn-small" onClick={() => void switchStyle()} disabled={loading}>
          Use {STYLE_GUIDE[style].label.toLowerCase()} for new lessons
        </button>
      </span>
    </aside>
  );
}
