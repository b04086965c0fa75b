// The roadmap editor's actions: each refetches the roadmap, reports failures, and offers an
// undo for removals (nothing is lost: removed modules and lessons keep their progress).
import { useMutation } from "@apollo/client/react";

import { describeError } from "../api/errors";
import { useToasts } from "../components/Toasts";
import {
  ADD_LESSON,
  ADD_MODULE,
  MOVE_LESSON,
  MOVE_MODULE,
  REMOVE_LESSON,
  REMOVE_MODULE,
  RENAME_LESSON,
  RENAME_MODULE,
  RENAME_ROADMAP,
  RESTORE_LESSON,
  RESTORE_MODULE,
} from "./operations";

const refetchQueries = ["Roadmap", "Dashboard"];

export function useRoadmapEdits() {
  const toasts = useToasts();
  const options = { refetchQueries, awaitRefetchQueries: true };
  const [renameRoadmap] = useMutation(RENAME_ROADMAP, options);
  const [renameModule] = useMutation(RENAME_MODULE, options);
  const [moveModule] = useMutation(MOVE_MODULE, options);
  const [addModule] = useMutation(ADD_MODULE, options);
  const [removeModule] = useMutation(REMOVE_MODULE, options);
  const [restoreModule] = useMutation(RESTORE_MODULE, options);
  const [renameLesson] = useMutation(RENAME_LESSON, options);
  const [moveLesson] = useMutation(MOVE_LESSON, options);
  const [addLesson] = useMutation(ADD_LESSON, options);
  const [removeLesson] = useMutation(REMOVE_LESSON, options);
  const [restoreLesson] = useMutation(RESTORE_LESSON, options);

  /** True when it worked; a notification says why when not. */
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
      return false;
    }
  }

  return {
    renameRoadmap: (roadmapId: string, title: string) => run(() => renameRoadmap({ variables: { roadmapId, title } })),
    renameModule: (moduleId: string, title: string) => run(() => renameModule({ variables: { moduleId, title } })),
    moveModule: (moduleId: string, position: number) => run(() => moveModule({ variables: { moduleId, position } })),
    addModule: (roadmapId: string, title: string) => run(() => addModule({ variables: { roadmapId, title } })),
    removeModule: async (moduleId: string, title: string) => {
      if (await run(() => removeModule({ variables: { moduleId } }))) {
        toasts.show({
          tone: "info",
          message: `Module “${title}” removed.`,
          action: { label: "Undo", run: () => void run(() => restoreModule({ variables: { moduleId } })) },
        });
      }
    },
    renameLesson: (lessonId: string, title: string) => run(() => renameLesson({ variables: { lessonId, title } })),
    moveLesson: (lessonId: string, moduleId: string, position: number) =>
      run(() => moveLesson({ variables: { lessonId, moduleId, position } })),
    addLesson: (moduleId: string, title: string) => run(() => addLesson({ variables: { moduleId, title } })),
    removeLesson: async (lessonId: string, title: string) => {
      if (await run(() => removeLesson({ variables: { lessonId } }))) {
        toasts.show({
          tone: "info",
          message: `Lesson “${title}” removed.`,
          action: { label: "Undo", run: () => void run(() => restoreLesson({ variables: { lessonId } })) },
        });
      }
    },
  };
}

export type RoadmapEdits = ReturnType<typeof useRoadmapEdits>;
