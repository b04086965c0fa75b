import { graphql } from "../graphql";

export const LESSON_MARKDOWN = graphql(`
  query LessonMarkdown($lessonId: ID!) {
    lessonMarkdown(lessonId: $lessonId)
  }
`);

export const MODULE_MARKDOWN = graphql(`
  query ModuleMarkdown($moduleId: ID!) {
    moduleMarkdown(moduleId: $moduleId)
  }
`);
