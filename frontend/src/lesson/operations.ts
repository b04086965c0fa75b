import { graphql } from "../graphql";

export const LESSON_FIELDS = graphql(`
  fragment LessonFields on Lesson {
    id
    title
    learningStyle
    generationStatus
    moduleId
    personalIntro
    progress {
      status
      quizScore
    }
    content {
      id
      learningStyle
      language
      content
      sourceAttribution
      upvotes
      downvotes
      viewerVote
      viewerFlagged
      approvalStatus
      generationAttempt
    }
  }
`);

export const LESSON = graphql(`
  query Lesson($id: ID!) {
    lesson(id: $id) {
      ...LessonFields
    }
  }
`);

export const LESSON_MODULE = graphql(`
  query LessonModule($id: ID!) {
    module(id: $id) {
      id
      title
      roadmapId
      lessons {
        id
        title
      }
    }
  }
`);

export const START_LESSON = graphql(`
  mutation StartLesson($lessonId: ID!) {
    startLesson(lessonId: $lessonId) {
      ...LessonFields
    }
  }
`);

export const GENERATE_LESSON = graphql(`
  mutation GenerateLesson($lessonId: ID!) {
    generateLesson(lessonId: $lessonId) {
      ...LessonFields
    }
  }
`);

export const SWITCH_STYLE = graphql(`
  mutation SwitchLessonStyle($lessonId: ID!, $style: LearningStyle!) {
    switchLessonStyle(lessonId: $lessonId, style: $style) {
      ...LessonFields
    }
  }
`);

export const REGENERATE = graphql(`
  mutation RegenerateLesson($lessonId: ID!, $instruction: String) {
    regenerateLesson(lessonId: $lessonId, instruction: $instruction) {
      ...LessonFields
    }
  }
`);

export const MARK_COMPLETE = graphql(`
  mutation MarkLessonComplete($lessonId: ID!) {
    markLessonComplete(lessonId: $lessonId) {
      ...LessonFields
    }
  }
`);

export const SUBMIT_QUIZ = graphql(`
  mutation SubmitQuiz($lessonId: ID!, $contentId: ID!, $answers: [Int!]!) {
    submitQuiz(lessonId: $lessonId, contentId: $contentId, answers: $answers) {
      score
      correctCount
      total
      questions {
        chosen
        correctIndex
        correct
        explanation
      }
      lesson {
        ...LessonFields
      }
    }
  }
`);
