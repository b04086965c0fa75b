import { useSubscription } from "@apollo/client/react";
import { useRef, useState } from "react";

import { appendChunk } from "../live/useLessonStream";
import { useRestartOnError } from "../live/useRestartOnError";
import { TUTOR_STREAM } from "./operations";

/** The tutor's answer as it is written (the text so far first, then pieces); `onDone` when it
 * is finished, whichever way. */
export function useTutorStream(messageId: string | null, onDone: () => void): string {
  const [text, setText] = useState("");
  const state = useRef({ text: "", sequence: -1 });
  const { error, restart } = useSubscription(TUTOR_STREAM, {
    variables: { messageId: messageId ?? "" },
    skip: messageId === null,
    onData: ({ data }) => {
      const chunk = data.data?.tutorStream;
      if (!chunk) return;
      const next = appendChunk(state.current, chunk);
      if (next !== state.current) {
        state.current = next;
        setText(next.text);
      }
      if (chunk.done) onDone();
    },
  });
  useRestartOnError(restart, error, messageId !== null);
  return text;
}
