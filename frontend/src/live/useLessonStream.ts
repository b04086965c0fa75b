// The lesson's text as the provider writes it: the text so far first (reset), then pieces in
// order. Joining late loses nothing; a piece already seen is ignored.
import { useSubscription } from "@apollo/client/react";
import { useRef, useState } from "react";

import { graphql } from "../graphql";
import { useRestartOnError } from "./useRestartOnError";
import type { GenerationStatus } from "../graphql/graphql";

const LESSON_STREAM = graphql(`
  subscription LessonStream($lessonId: ID!) {
    lessonStream(lessonId: $lessonId) {
      sequence
      text
      reset
      done
      status
    }
  }
`);

export type StreamChunk = { sequence: number; text: string; reset: boolean };

/** Pure: the text after one more chunk (exported for tests). */
export function appendChunk(state: { text: string; sequence: number }, chunk: StreamChunk) {
  if (chunk.reset) return { text: chunk.text, sequence: chunk.sequence };
  if (chunk.sequence <= state.sequence) return state;
  return { text: state.text + chunk.text, sequence: chunk.sequence };
}

export function useLessonStream(lessonId: string, active: boolean, onDone: (status: GenerationStatus) => void) {
  const [text, setText] = useState("");
  const state = useRef({ text: "", sequence: -1 });
  const { error, restart } = useSubscription(LESSON_STREAM, {
    variables: { lessonId },
    skip: !active,
    onData: ({ data }) => {
      const chunk = data.data?.lessonStream;
      if (!chunk) return;
      const next = appendChunk(state.current, chunk);
      if (next !== state.current) {
        state.current = next;
        setText(next.text);
      }
      if (chunk.done) onDone(chunk.status);
    },
  });
  useRestartOnError(restart, error, active);
  return text;
}
