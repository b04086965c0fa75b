import { graphql } from "../graphql";

export const DUE_REVIEWS = graphql(`
  query DueReviews($first: Int!) {
    dueReviews(first: $first) {
      totalDue
      nextDueAt
      cards {
        id
        lessonId
        lessonTitle
        question
        options
        dueAt
        intervalDays
        repetitions
      }
    }
  }
`);

export const ANSWER_REVIEW = graphql(`
  mutation AnswerReview($cardId: ID!, $answer: Int!) {
    answerReview(cardId: $cardId, answer: $answer) {
      correct
      correctIndex
      explanation
      card {
        id
        dueAt
        intervalDays
        repetitions
      }
    }
  }
`);

export const STYLE_ADVICE = graphql(`
  query StyleAdvice {
    styleAdvice {
      suggestedStyle
      reason
      insights {
        style
        lessonsStarted
        lessonsCompleted
        completionRate
        quizzes
        meanQuizScore
      }
    }
  }
`);
