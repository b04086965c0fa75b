import { graphql } from "../graphql";

export const CURATION_PROFILE = graphql(`
  query CurationProfile {
    curationProfile {
      tier
      reputation
      canReview
      canDecide
      canVerify
      canManageTiers
    }
  }
`);

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($first: Int!, $after: String, $filter: ReviewQueueFilter!) {
    reviewQueue(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        cursor
        impact
        openFlags
        flagReasons
        hiddenFromReuse
        canDecide
        blockedReason
        content {
          id
          topic
          learningStyle
          difficulty
          language
          approvalStatus
          upvotes
          downvotes
          createdAt
        }
      }
    }
  }
`);

export const REVIEW_FIELDS = graphql(`
  fragment ReviewFields on MentorReview {
    id
    decision
    comments
    requestedChanges
    binding
    reviewerTier
    createdAt
    helpful
    unhelpful
    viewerVote
    mine
  }
`);

export const REVIEW_ITEM_FIELDS = graphql(`
  fragment ReviewItemFields on ReviewItem {
    impact
    openFlags
    flagReasons
    hiddenFromReuse
    canDecide
    blockedReason
    fullContent
    content {
      id
      topic
      learningStyle
      difficulty
      language
      approvalStatus
      upvotes
      downvotes
      createdAt
      sourceAttribution
    }
    reviews {
      ...ReviewFields
    }
  }
`);

export const REVIEW_ITEM = graphql(`
  query ReviewItem($contentId: ID!) {
    reviewItem(contentId: $contentId) {
      ...ReviewItemFields
    }
  }
`);

export const REVIEW_LESSON = graphql(`
  mutation MentorReviewLesson($contentId: ID!, $decision: ReviewDecision!, $comments: String!, $requestedChanges: String) {
    mentorReviewLesson(contentId: $contentId, decision: $decision, comments: $comments, requestedChanges: $requestedChanges) {
      ...ReviewItemFields
    }
  }
`);

export const VOTE_REVIEW = graphql(`
  mutation VoteReview($reviewId: ID!, $value: Int!) {
    voteReview(reviewId: $reviewId, value: $value) {
      ...ReviewFields
    }
  }
`);

export const FLAG_LESSON = graphql(`
  mutation FlagLesson($contentId: ID!, $reason: FlagReason!, $details: String!) {
    flagLesson(contentId: $contentId, reason: $reason, details: $details) {
      id
      reason
    }
  }
`);
