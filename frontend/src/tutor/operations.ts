import { graphql } from "../graphql";

export const TUTOR_MESSAGE_FIELDS = graphql(`
  fragment TutorMessageFields on TutorMessage {
    id
    role
    text
    status
    errorCode
    createdAt
    citations {
      id
      kind
      title
      url
    }
  }
`);

export const TUTOR_CONVERSATION = graphql(`
  query TutorConversation($lessonId: ID!, $last: Int!, $before: String) {
    tutorConversation(lessonId: $lessonId, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TutorMessageFields
      }
    }
  }
`);

export const ASK_TUTOR = graphql(`
  mutation AskTutor($lessonId: ID!, $message: String!) {
    askTutor(lessonId: $lessonId, message: $message) {
      question {
        ...TutorMessageFields
      }
      answer {
        ...TutorMessageFields
      }
    }
  }
`);

export const TUTOR_STREAM = graphql(`
  subscription TutorStream($messageId: ID!) {
    tutorStream(messageId: $messageId) {
      messageId
      sequence
      text
      reset
      done
      status
    }
  }
`);
