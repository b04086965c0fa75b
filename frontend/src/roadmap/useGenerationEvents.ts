// Live generation status over the WebSocket: every event updates the cached module or lesson,
// so every view of it follows. Events arrive as workers commit them (the current state first).
import { useApolloClient, useSubscription } from "@apollo/client/react";
import { useRef } from "react";

import { graphql } from "../graphql";
import type { GenerationStatus } from "../graphql/graphql";

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

function useCacheWriter() {
  const client = useApolloClient();
  return (typename: "Module" | "Lesson", id: string, status: GenerationStatus) => {
    client.cache.modify({
      id: client.cache.identify({ __typename: typename, id }),
      fields: { generationStatus: () => status },
    });
  };
}

/** Follows a module while `active`; `onModuleChange` hears the module's own transitions. */
export function useModuleGeneration(moduleId: string, active: boolean, onModuleChange?: Transition) {
  const write = useCacheWriter();
  const last = useRef<GenerationStatus | null>(null);
  useSubscription(MODULE_GENERATION, {
    variables: { moduleId },
    skip: !active,
    onData: ({ data }) => {
      const event = data.data?.moduleGeneration;
      if (!event) return;
      if (event.lessonId) {
        write("Lesson", event.lessonId, event.status);
        return;
      }
      write("Module", event.moduleId, event.status);
      const previous = last.current;
      last.current = event.status;
      if (previous !== event.status) onModuleChange?.(event.status, previous);
    },
  });
}

/** Follows one lesson while `active`. */
export function useLessonGeneration(lessonId: string, active: boolean, onChange?: Transition) {
  const write = useCacheWriter();
  const last = useRef<GenerationStatus | null>(null);
  useSubscription(LESSON_GENERATION, {
    variables: { lessonId },
    skip: !active,
    onData: ({ data }) => {
      const event = data.data?.lessonGeneration;
      if (!event?.lessonId) return;
      write("Lesson", event.lessonId, event.status);
      const previous = last.current;
      last.current = event.status;
      if (previous !== event.status) onChange?.(event.status, previous);
    },
  });
}
