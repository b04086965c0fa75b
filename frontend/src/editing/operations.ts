import { graphql } from "../graphql";

// Each edit answers with what it changed; the roadmap on screen is read again after it
// (refetchQueries), so positions and progress always come from the server.
export const RENAME_ROADMAP = graphql(`
  mutation RenameRoadmap($roadmapId: ID!, $title: String!) {
    renameRoadmap(roadmapId: $roadmapId, title: $title) {
      id
      title
    }
  }
`);

export const RENAME_MODULE = graphql(`
  mutation RenameModule($moduleId: ID!, $title: String!) {
    renameModule(moduleId: $moduleId, title: $title) {
      id
      title
    }
  }
`);

export const MOVE_MODULE = graphql(`
  mutation MoveModule($moduleId: ID!, $position: Int!) {
    moveModule(moduleId: $moduleId, position: $position) {
      id
    }
  }
`);

export const ADD_MODULE = graphql(`
  mutation AddModule($roadmapId: ID!, $title: String!) {
    addModule(roadmapId: $roadmapId, title: $title) {
      id
    }
  }
`);

export const REMOVE_MODULE = graphql(`
  mutation RemoveModule($moduleId: ID!) {
    removeModule(moduleId: $moduleId) {
      id
    }
  }
`);

export const RESTORE_MODULE = graphql(`
  mutation RestoreModule($moduleId: ID!) {
    restoreModule(moduleId: $moduleId) {
      id
    }
  }
`);

export const RENAME_LESSON = graphql(`
  mutation RenameLesson($lessonId: ID!, $title: String!) {
    renameLesson(lessonId: $lessonId, title: $title) {
      id
      title
    }
  }
`);

export const MOVE_LESSON = graphql(`
  mutation MoveLesson($lessonId: ID!, $moduleId: ID!, $position: Int!) {
    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {
      id
    }
  }
`);

export const ADD_LESSON = graphql(`
  mutation AddLesson($moduleId: ID!, $title: String!) {
    addLesson(moduleId: $moduleId, title: $title) {
      id
    }
  }
`);

export const REMOVE_LESSON = graphql(`
  mutation RemoveLesson($lessonId: ID!) {
    removeLesson(lessonId: $lessonId) {
      id
    }
  }
`);

export const RESTORE_LESSON = graphql(`
  mutation RestoreLesson($lessonId: ID!) {
    restoreLesson(lessonId: $lessonId) {
      id
    }
  }
`);
