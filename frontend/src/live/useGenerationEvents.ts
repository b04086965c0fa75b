// Live generation status over the WebSocket: every event updates the cached module or lesson,
// so every view of it follows. Events arrive as workers commit them (the current state first).
import { useApolloClient, useSubscription } from "@apollo/client/react";
import { useRef } from "react";

import { graphql } from "../graphql";
import type { GenerationStatus } from "../graphql/graphql";
import { useRestartOnError } from "./useRestartOnError";

const MODULE_GENERATION = graphql(`
  subscription ModuleGeneration($moduleId: ID!) {
    moduleGeneration(moduleId: $moduleId) {
      moduleId
      lessonId
      status
    }
  }
`);

const LESSON_GENERATION = graphql(`
  subscription LessonGeneration($lessonId: ID!) {
    lessonGeneration(lessonId: $lessonId) {
      moduleId
      lessonId
      status
    }
  }
`);

export const WORKING: ReadonlySet<GenerationStatus> = new Set(["QUEUED", "GENERATING"]);
type Transition = (status: GenerationStatus, previous: GenerationStatus | null) => void;
type Event = { moduleId: string; lessonId?: string | null; status: GenerationStatus };

/** Applies each event to the cache; `onChange` hears the followed object's own transitions
 * (the module's for a module, the lesson's for a lesson). */
function useEventHandler(kind: "Module" | "Lesson", onChange?: Transition) {
  const client = useApolloClient();
  const last = useRef<GenerationStatus | null>(null);
  return (event: Event | undefined) => {
    if (!event) return;
    const ofLesson = Boolean(event.lessonId);
    const target = ofLesson ? { __typename: "Lesson", id: event.lessonId } : { __typename: "Module", id: event.moduleId };
    client.cache.modify({ id: client.cache.identify(target), fields: { generationStatus: () => event.status } });
    if (ofLesson !== (kind === "Lesson")) return;
    const previous = last.current;
    last.current = event.status;
    if (previous !== event.status) onChange?.(event.status, previous);
  };
}

/** Follows a module (and its lessons) while `active`. */
export function useModuleGeneration(moduleId: string, active: boolean, onModuleChange?: Transition) {
  const handle = useEventHandler("Module", onModuleChange);
  const { error, restart } = useSubscription(MODULE_GENERATION, {
    variables: { moduleId },
    skip: !active,
    onData: ({ data }) => handle(data.data?.moduleGeneration),
  });
  useRestartOnError(restart, error, active);
}

/** Follows one lesson while `active`. */
export function useLessonGeneration(lessonId: string, active: boolean, onChange?: Transition) {
  const handle = useEventHandler("Lesson", onChange);
  const { error, restart } = useSubscription(LESSON_GENERATION, {
    variables: { lessonId },
    skip: !active,
    onData: ({ data }) => handle(data.data?.lessonGeneration),
  });
  useRestartOnError(restart, error, active);
}
