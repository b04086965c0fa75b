// The lesson page's mutations, each reporting failure as a notification.
import { useMutation } from "@apollo/client/react";

import { describeError } from "../api/errors";
import { useToasts } from "../components/Toasts";
import type { LearningStyle } from "../graphql/graphql";
import type { QuizScore } from "./content/quizTypes";
import { GENERATE_LESSON, MARK_COMPLETE, REGENERATE, SUBMIT_QUIZ, SWITCH_STYLE } from "./operations";

export function useLessonActions(lessonId: string) {
  const toasts = useToasts();
  const [generateMutation, generateState] = useMutation(GENERATE_LESSON);
  const [switchMutation, switchState] = useMutation(SWITCH_STYLE);
  const [regenerateMutation, regenerateState] = useMutation(REGENERATE);
  const [completeMutation, completeState] = useMutation(MARK_COMPLETE);
  const [quizMutation] = useMutation(SUBMIT_QUIZ);

  /** Runs a mutation; true when it succeeded (a notification says why when not). */
  async function run(action: () => Promise<unknown>, success?: string): Promise<boolean> {
    try {
      await action();
      if (success) toasts.show({ tone: "success", message: success });
      return true;
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
      return false;
    }
  }

  return {
    generate: () => run(() => generateMutation({ variables: { lessonId } })),
    generating: generateState.loading,
    switchStyle: (style: LearningStyle) => run(() => switchMutation({ variables: { lessonId, style } })),
    switching: switchState.loading,
    regenerate: (instruction: string) =>
      run(
        () => regenerateMutation({ variables: { lessonId, instruction: instruction || null } }),
        "A new version is on its way. Your current one stays until it's ready.",
      ),
    regenerating: regenerateState.loading,
    complete: () => run(() => completeMutation({ variables: { lessonId } }), "Lesson completed. Well done!"),
    completing: completeState.loading,
    /** Scores the answers to the version on screen; rejects with a sentence for the learner. */
    submitQuiz: async (contentId: string, answers: number[]): Promise<QuizScore> => {
      try {
        const result = await quizMutation({ variables: { lessonId, contentId, answers } });
        if (!result.data) throw new Error("no result");
        return result.data.submitQuiz;
      } catch (caught) {
        throw new Error(describeError(caught));
      }
    },
  };
}
