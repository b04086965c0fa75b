/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type ApprovalStatus =
  | 'APPROVED'
  | 'MENTOR_VERIFIED'
  | 'PENDING'
  | 'REJECTED';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type CareerStage =
  | 'CAREER_CHANGER'
  | 'JUNIOR'
  | 'MID'
  | 'SENIOR'
  | 'STUDENT';

export type ContentFlag = {
  __typename?: 'ContentFlag';
  createdAt: Scalars['DateTime']['output'];
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: FlagReason;
};

export type CurationProfile = {
  __typename?: 'CurationProfile';
  /** Reviews are binding decisions. */
  canDecide: Scalars['Boolean']['output'];
  canManageTiers: Scalars['Boolean']['output'];
  /** May see the queue and write reviews. */
  canReview: Scalars['Boolean']['output'];
  canVerify: Scalars['Boolean']['output'];
  reputation: Scalars['Int']['output'];
  tier?: Maybe<MentorTier>;
};

export type Dashboard = {
  __typename?: 'Dashboard';
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  roadmaps: Array<Roadmap>;
  totalCount: Scalars['Int']['output'];
};

export type Difficulty =
  | 'ADVANCED'
  | 'BEGINNER'
  | 'INTERMEDIATE';

export type FlagReason =
  | 'INCORRECT'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'OUTDATED'
  | 'UNSAFE';

export type GenerationStatus =
  | 'FAILED'
  | 'GENERATING'
  | 'NOT_STARTED'
  | 'QUEUED'
  | 'READY';

export type GenerationStatusEvent = {
  __typename?: 'GenerationStatusEvent';
  lessonId?: Maybe<Scalars['ID']['output']>;
  moduleId: Scalars['ID']['output'];
  status: GenerationStatus;
};

export type LearnerProfile = {
  __typename?: 'LearnerProfile';
  careerStage: CareerStage;
  experienceLevel: Difficulty;
  goals: Scalars['String']['output'];
  industry: Scalars['String']['output'];
  learningStyle: LearningStyle;
  preferredLanguage: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  weeklyHours: Scalars['Int']['output'];
};

export type LearningStyle =
  | 'HANDS_ON'
  | 'MIXED'
  | 'READING'
  | 'VIDEO';

export type Lesson = {
  __typename?: 'Lesson';
  content?: Maybe<LessonContent>;
  generationStatus: GenerationStatus;
  hasContent: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  learningStyle: LearningStyle;
  moduleId: Scalars['ID']['output'];
  personalIntro?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  progress?: Maybe<LessonProgress>;
  title: Scalars['String']['output'];
};

export type LessonContent = {
  __typename?: 'LessonContent';
  aiModelVersion: Scalars['String']['output'];
  approvalStatus: ApprovalStatus;
  /** The lesson document (its style's schema). Quiz questions come without their answer and explanation: `submitQuiz` scores the answers and returns them. */
  content: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  difficulty: Difficulty;
  downvotes: Scalars['Int']['output'];
  /** 1 for a lesson's first version, one more for each regeneration. */
  generationAttempt: Scalars['Int']['output'];
  /** Hidden from other learners by their flags until a mentor reviews it. */
  hiddenFromReuse: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  learningStyle: LearningStyle;
  researchMetadata: Scalars['JSON']['output'];
  sourceAttribution: Scalars['JSON']['output'];
  topic: Scalars['String']['output'];
  upvotes: Scalars['Int']['output'];
  /** Whether the viewer has an open flag on this content. */
  viewerFlagged: Scalars['Boolean']['output'];
  /** The viewer's vote on this content: 1 up, -1 down, 0 none. */
  viewerVote: Scalars['Int']['output'];
};

export type LessonProgress = {
  __typename?: 'LessonProgress';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  quizScore?: Maybe<Scalars['Int']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ProgressStatus;
  timeSpentSeconds: Scalars['Int']['output'];
};

export type LessonStreamChunk = {
  __typename?: 'LessonStreamChunk';
  done: Scalars['Boolean']['output'];
  lessonId: Scalars['ID']['output'];
  reset: Scalars['Boolean']['output'];
  sequence: Scalars['Int']['output'];
  status: GenerationStatus;
  text: Scalars['String']['output'];
};

export type LessonVersion = {
  __typename?: 'LessonVersion';
  attempt: Scalars['Int']['output'];
  content: LessonContent;
  createdAt: Scalars['DateTime']['output'];
  /** Whether the lesson shows this version now. */
  current: Scalars['Boolean']['output'];
  /** Pass as `after` for the versions that follow this one. */
  cursor: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The learner's wish this version was regenerated with. */
  instruction?: Maybe<Scalars['String']['output']>;
  regeneratedFromId?: Maybe<Scalars['ID']['output']>;
};

export type LessonVersionConnection = {
  __typename?: 'LessonVersionConnection';
  nodes: Array<LessonVersion>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentorReview = {
  __typename?: 'MentorReview';
  /** A mentor's decision (true), or a contributor's advice (false). */
  binding: Scalars['Boolean']['output'];
  comments: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decision: ReviewDecision;
  helpful: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Whether the viewer wrote it. */
  mine: Scalars['Boolean']['output'];
  requestedChanges?: Maybe<Scalars['String']['output']>;
  /** The reviewer's tier when they reviewed. */
  reviewerTier?: Maybe<MentorTier>;
  unhelpful: Scalars['Int']['output'];
  /** The viewer's vote: 1 helpful, -1 unhelpful, 0 none. */
  viewerVote: Scalars['Int']['output'];
};

export type MentorTier =
  | 'CONTRIBUTOR'
  | 'MENTOR'
  | 'SENIOR_MENTOR';

export type Module = {
  __typename?: 'Module';
  completedLessons: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  difficulty: Difficulty;
  estimatedHours: Scalars['Int']['output'];
  generationStatus: GenerationStatus;
  id: Scalars['ID']['output'];
  lessons: Array<Lesson>;
  position: Scalars['Int']['output'];
  resources: Scalars['JSON']['output'];
  roadmapId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  topics: Array<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  completeOnboarding: Roadmap;
  /** Report the content of a lesson the viewer has opened: one open flag per learner and content; enough of them hide it from other learners until a mentor reviews it. */
  flagLesson: ContentFlag;
  generateLesson: Lesson;
  generateModuleLessons: Module;
  login: AuthPayload;
  logoutAll: Scalars['Int']['output'];
  markLessonComplete: Lesson;
  /** Review a shared lesson. Contributors advise; mentors decide (APPROVE, REJECT, REQUEST_CHANGES with `requestedChanges`, which steer its replacement); senior mentors also VERIFY and change decided lessons. Comments are required for a decision. */
  mentorReviewLesson: ReviewItem;
  regenerateLesson: Lesson;
  register: AuthPayload;
  retirePromptVariant: PromptVariant;
  /** Admins: grant a curation tier, or revoke it (null). The tier is pinned: reputation no longer changes it. */
  setMentorTier: CurationProfile;
  setUserRole: User;
  /** The viewer opened the lesson: IN_PROGRESS the first time, and the roadmap's last lesson. Idempotent; a completed lesson stays completed. */
  startLesson: Lesson;
  /** Score the viewer's answers to the lesson's quiz (`answers[i]`: the index of the option chosen for question i, one per question) and keep the attempt. `contentId`: the version answered (CONTENT_CHANGED when the lesson shows another one now). */
  submitQuiz: QuizResult;
  switchLessonStyle: Lesson;
  updateLearningStyle: LearnerProfile;
  /** Vote on the content of a lesson the viewer has opened: 1 up, -1 down, 0 withdraws. One vote per learner and content; voting again replaces it. */
  voteLesson: LessonContent;
  /** Contributors and above: judge someone else's review, 1 helpful, -1 unhelpful, 0 withdraws; one vote per curator and review. */
  voteReview: MentorReview;
};


export type MutationCompleteOnboardingArgs = {
  input: OnboardingInput;
};


export type MutationFlagLessonArgs = {
  contentId: Scalars['ID']['input'];
  details?: Scalars['String']['input'];
  reason: FlagReason;
};


export type MutationGenerateLessonArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationGenerateModuleLessonsArgs = {
  moduleId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkLessonCompleteArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationMentorReviewLessonArgs = {
  comments: Scalars['String']['input'];
  contentId: Scalars['ID']['input'];
  decision: ReviewDecision;
  requestedChanges?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegenerateLessonArgs = {
  instruction?: InputMaybe<Scalars['String']['input']>;
  lessonId: Scalars['ID']['input'];
};


export type MutationRegisterArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRetirePromptVariantArgs = {
  name: Scalars['String']['input'];
};


export type MutationSetMentorTierArgs = {
  tier?: InputMaybe<MentorTier>;
  userId: Scalars['ID']['input'];
};


export type MutationSetUserRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationStartLessonArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationSubmitQuizArgs = {
  answers: Array<Scalars['Int']['input']>;
  contentId?: InputMaybe<Scalars['ID']['input']>;
  lessonId: Scalars['ID']['input'];
};


export type MutationSwitchLessonStyleArgs = {
  lessonId: Scalars['ID']['input'];
  style: LearningStyle;
};


export type MutationUpdateLearningStyleArgs = {
  learningStyle: LearningStyle;
};


export type MutationVoteLessonArgs = {
  contentId: Scalars['ID']['input'];
  value: Scalars['Int']['input'];
};


export type MutationVoteReviewArgs = {
  reviewId: Scalars['ID']['input'];
  value: Scalars['Int']['input'];
};

export type OnboardingInput = {
  careerStage: CareerStage;
  experienceLevel: Difficulty;
  goal: Scalars['String']['input'];
  industry?: Scalars['String']['input'];
  learningStyle: LearningStyle;
  preferredLanguage?: Scalars['String']['input'];
  weeklyHours: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ProgressStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type PromptVariant = {
  __typename?: 'PromptVariant';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  instruction: Scalars['String']['output'];
  name: Scalars['String']['output'];
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  style: LearningStyle;
  styleGuide: Scalars['String']['output'];
  weight: Scalars['Int']['output'];
};

export type PromptVariantOutcome = {
  __typename?: 'PromptVariantOutcome';
  active: Scalars['Boolean']['output'];
  /** Completed / started, of the learners' lessons holding this variant's contents; null when none was started. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  downvotes: Scalars['Int']['output'];
  lessonsCompleted: Scalars['Int']['output'];
  lessonsGenerated: Scalars['Int']['output'];
  lessonsStarted: Scalars['Int']['output'];
  meanQuizScore?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** New versions learners asked for of this variant's contents. */
  regenerations: Scalars['Int']['output'];
  registered: Scalars['Boolean']['output'];
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  style?: Maybe<LearningStyle>;
  upvotes: Scalars['Int']['output'];
  weight?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The viewer's curation tier, reputation and what they may do. */
  curationProfile: CurationProfile;
  /** The viewer's roadmaps with their progress, newest first. */
  dashboard: Dashboard;
  lesson: Lesson;
  /** The versions of the lesson's content, newest first: the one it shows, then each it was regenerated from (`first` at most 50, `after` a version's cursor). */
  lessonVersions: LessonVersionConnection;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  module: Module;
  /** Staff: the outcomes of the lessons each prompt variant wrote. */
  promptVariantOutcomes: Array<PromptVariantOutcome>;
  /** Contributors and above: any shared lesson as curators see it. */
  reviewItem: ReviewItem;
  /** Contributors and above: shared lessons awaiting review (pending or flagged), the most used first (`first` at most 50, `after` an item's cursor). */
  reviewQueue: ReviewQueueConnection;
  roadmap: Roadmap;
};


export type QueryDashboardArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryLessonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLessonVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  lessonId: Scalars['ID']['input'];
};


export type QueryModuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewItemArgs = {
  contentId: Scalars['ID']['input'];
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: ReviewQueueFilter;
  first?: Scalars['Int']['input'];
};


export type QueryRoadmapArgs = {
  id: Scalars['ID']['input'];
};

export type QuizQuestionResult = {
  __typename?: 'QuizQuestionResult';
  chosen: Scalars['Int']['output'];
  correct: Scalars['Boolean']['output'];
  /** The index of the right option. */
  correctIndex: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
};

export type QuizResult = {
  __typename?: 'QuizResult';
  correctCount: Scalars['Int']['output'];
  /** The lesson, its progress holding this score. */
  lesson: Lesson;
  questions: Array<QuizQuestionResult>;
  /** Percentage of right answers, 0 to 100. */
  score: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT'
  | 'REQUEST_CHANGES'
  | 'VERIFY';

export type ReviewItem = {
  __typename?: 'ReviewItem';
  /** Why the viewer cannot decide, as a sentence; null if they can. */
  blockedReason?: Maybe<Scalars['String']['output']>;
  /** Whether the viewer's review would be a binding decision. */
  canDecide: Scalars['Boolean']['output'];
  content: LessonContent;
  /** Pass as `after` for the entries that follow this one. */
  cursor: Scalars['String']['output'];
  /** The reasons of the open flags, each once. */
  flagReasons: Array<FlagReason>;
  /** The stored lesson document, quiz answers and explanations included. */
  fullContent: Scalars['JSON']['output'];
  hiddenFromReuse: Scalars['Boolean']['output'];
  /** Learners with a lesson showing this content now. */
  impact: Scalars['Int']['output'];
  openFlags: Scalars['Int']['output'];
  /** Every review of this content, newest first. */
  reviews: Array<MentorReview>;
};

export type ReviewQueueConnection = {
  __typename?: 'ReviewQueueConnection';
  nodes: Array<ReviewItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewQueueFilter =
  | 'ALL'
  | 'FLAGGED'
  | 'PENDING';

export type Roadmap = {
  __typename?: 'Roadmap';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  difficulty: Difficulty;
  goal: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  modules: Array<Module>;
  progress: RoadmapProgress;
  skill: Scalars['String']['output'];
  status: RoadmapStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type RoadmapProgress = {
  __typename?: 'RoadmapProgress';
  completedLessons: Scalars['Int']['output'];
  lastLessonId?: Maybe<Scalars['ID']['output']>;
  percent: Scalars['Int']['output'];
  totalLessons: Scalars['Int']['output'];
};

export type RoadmapStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'COMPLETED';

export type Role =
  | 'ADMIN'
  | 'LEARNER'
  | 'MENTOR';

export type Subscription = {
  __typename?: 'Subscription';
  /** A lesson's generation status: the current state first, then every change. */
  lessonGeneration: GenerationStatusEvent;
  /** The lesson as the provider writes it (its raw JSON text, unvalidated and untrusted until stored: parse leniently, never render it as HTML): the text so far first, then each new piece; ends when generation ends. */
  lessonStream: LessonStreamChunk;
  /** A module's generation status and each of its lessons': the current state first, then every change. */
  moduleGeneration: GenerationStatusEvent;
};


export type SubscriptionLessonGenerationArgs = {
  lessonId: Scalars['ID']['input'];
};


export type SubscriptionLessonStreamArgs = {
  lessonId: Scalars['ID']['input'];
};


export type SubscriptionModuleGenerationArgs = {
  moduleId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  dateJoined: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  profile?: Maybe<LearnerProfile>;
  role: Role;
};

export type DashboardQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type DashboardQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, profile?: { __typename?: 'LearnerProfile', learningStyle: LearningStyle, goals: string } | null } | null, dashboard: { __typename?: 'Dashboard', totalCount: number, offset: number, roadmaps: Array<{ __typename?: 'Roadmap', id: string, title: string, skill: string, difficulty: Difficulty, progress: { __typename?: 'RoadmapProgress', percent: number, completedLessons: number, totalLessons: number, lastLessonId?: string | null }, modules: Array<{ __typename?: 'Module', id: string, title: string, lessons: Array<{ __typename?: 'Lesson', id: string, title: string }> }> }> } };

export type UpdateLearningStyleMutationVariables = Exact<{
  learningStyle: LearningStyle;
}>;


export type UpdateLearningStyleMutation = { __typename?: 'Mutation', updateLearningStyle: { __typename?: 'LearnerProfile', learningStyle: LearningStyle } };

export type VoteLessonMutationVariables = Exact<{
  contentId: Scalars['ID']['input'];
  value: Scalars['Int']['input'];
}>;


export type VoteLessonMutation = { __typename?: 'Mutation', voteLesson: { __typename?: 'LessonContent', id: string, upvotes: number, downvotes: number, viewerVote: number } };

export type LessonFieldsFragment = { __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, moduleId: string, personalIntro?: string | null, progress?: { __typename?: 'LessonProgress', status: ProgressStatus, quizScore?: number | null } | null, content?: { __typename?: 'LessonContent', id: string, learningStyle: LearningStyle, language: string, content: unknown, sourceAttribution: unknown, upvotes: number, downvotes: number, viewerVote: number, viewerFlagged: boolean, approvalStatus: ApprovalStatus, generationAttempt: number } | null };

export type LessonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LessonQuery = { __typename?: 'Query', lesson: { __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, moduleId: string, personalIntro?: string | null, progress?: { __typename?: 'LessonProgress', status: ProgressStatus, quizScore?: number | null } | null, content?: { __typename?: 'LessonContent', id: string, learningStyle: LearningStyle, language: string, content: unknown, sourceAttribution: unknown, upvotes: number, downvotes: number, viewerVote: number, viewerFlagged: boolean, approvalStatus: ApprovalStatus, generationAttempt: number } | null } };

export type LessonModuleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LessonModuleQuery = { __typename?: 'Query', module: { __typename?: 'Module', id: string, title: string, roadmapId: string, lessons: Array<{ __typename?: 'Lesson', id: string, title: string }> } };

export type StartLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type StartLessonMutation = { __typename?: 'Mutation', startLesson: { __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, moduleId: string, personalIntro?: string | null, progress?: { __typename?: 'LessonProgress', status: ProgressStatus, quizScore?: number | null } | null, content?: { __typename?: 'LessonContent', id: string, learningStyle: LearningStyle, language: string, content: unknown, sourceAttribution: unknown, upvotes: number, downvotes: number, viewerVote: number, viewerFlagged: boolean, approvalStatus: ApprovalStatus, generationAttempt: number } | null } };

export type GenerateLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type GenerateLessonMutation = { __typename?: 'Mutation', generateLesson: { __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, moduleId: string, personalIntro?: string | null, progress?: { __typename?: 'LessonProgress', status: ProgressStatus, quizScore?: number | null } | null, content?: { __typename?: 'LessonContent', id: string, learningStyle: LearningStyle, language: string, content: unknown, sourceAttribution: unknown, upvotes: number, downvotes: number, viewerVote: number, viewerFlagged: boolean, approvalStatus: ApprovalStatus, generationAttempt: number } | null } };

export type SwitchLessonStyleMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  style: LearningStyle;
}>;


export type SwitchLessonStyleMutation = { __typename?: 'Mutation', switchLessonStyle: { __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, moduleId: string, personalIntro?: string | null, progress?: { __typename?: 'LessonProgress', status: ProgressStatus, quizScore?: number | null } | null, content?: { __typename?: 'LessonContent', id: string, learningStyle: LearningStyle, language: string, content: unknown, sourceAttribution: unknown, upvotes: number, downvotes: number, viewerVote: number, viewerFlagged: boolean, approvalStatus: ApprovalStatus, generationAttempt: number } | null } };

export type RegenerateLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  instruction?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegenerateLessonMutation = { __typename?: 'Mutation', regenerateLesson: { __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, moduleId: string, personalIntro?: string | null, progress?: { __typename?: 'LessonProgress', status: ProgressStatus, quizScore?: number | null } | null, content?: { __typename?: 'LessonContent', id: string, learningStyle: LearningStyle, language: string, content: unknown, sourceAttribution: unknown, upvotes: number, downvotes: number, viewerVote: number, viewerFlagged: boolean, approvalStatus: ApprovalStatus, generationAttempt: number } | null } };

export type MarkLessonCompleteMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type MarkLessonCompleteMutation = { __typename?: 'Mutation', markLessonComplete: { __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, moduleId: string, personalIntro?: string | null, progress?: { __typename?: 'LessonProgress', status: ProgressStatus, quizScore?: number | null } | null, content?: { __typename?: 'LessonContent', id: string, learningStyle: LearningStyle, language: string, content: unknown, sourceAttribution: unknown, upvotes: number, downvotes: number, viewerVote: number, viewerFlagged: boolean, approvalStatus: ApprovalStatus, generationAttempt: number } | null } };

export type SubmitQuizMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  contentId: Scalars['ID']['input'];
  answers: Array<Scalars['Int']['input']> | Scalars['Int']['input'];
}>;


export type SubmitQuizMutation = { __typename?: 'Mutation', submitQuiz: { __typename?: 'QuizResult', score: number, correctCount: number, total: number, questions: Array<{ __typename?: 'QuizQuestionResult', chosen: number, correctIndex: number, correct: boolean, explanation: string }>, lesson: { __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, moduleId: string, personalIntro?: string | null, progress?: { __typename?: 'LessonProgress', status: ProgressStatus, quizScore?: number | null } | null, content?: { __typename?: 'LessonContent', id: string, learningStyle: LearningStyle, language: string, content: unknown, sourceAttribution: unknown, upvotes: number, downvotes: number, viewerVote: number, viewerFlagged: boolean, approvalStatus: ApprovalStatus, generationAttempt: number } | null } } };

export type ModuleGenerationSubscriptionVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type ModuleGenerationSubscription = { __typename?: 'Subscription', moduleGeneration: { __typename?: 'GenerationStatusEvent', moduleId: string, lessonId?: string | null, status: GenerationStatus } };

export type LessonGenerationSubscriptionVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type LessonGenerationSubscription = { __typename?: 'Subscription', lessonGeneration: { __typename?: 'GenerationStatusEvent', moduleId: string, lessonId?: string | null, status: GenerationStatus } };

export type LessonStreamSubscriptionVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type LessonStreamSubscription = { __typename?: 'Subscription', lessonStream: { __typename?: 'LessonStreamChunk', sequence: number, text: string, reset: boolean, done: boolean, status: GenerationStatus } };

export type CompleteOnboardingMutationVariables = Exact<{
  input: OnboardingInput;
}>;


export type CompleteOnboardingMutation = { __typename?: 'Mutation', completeOnboarding: { __typename?: 'Roadmap', id: string, title: string } };

export type CurationProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationProfileQuery = { __typename?: 'Query', curationProfile: { __typename?: 'CurationProfile', tier?: MentorTier | null, reputation: number, canReview: boolean, canDecide: boolean, canVerify: boolean, canManageTiers: boolean } };

export type ReviewQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ReviewQueueFilter;
}>;


export type ReviewQueueQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'ReviewQueueConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ReviewItem', cursor: string, impact: number, openFlags: number, flagReasons: Array<FlagReason>, hiddenFromReuse: boolean, canDecide: boolean, blockedReason?: string | null, content: { __typename?: 'LessonContent', id: string, topic: string, learningStyle: LearningStyle, difficulty: Difficulty, language: string, approvalStatus: ApprovalStatus, upvotes: number, downvotes: number, createdAt: string } }> } };

export type ReviewFieldsFragment = { __typename?: 'MentorReview', id: string, decision: ReviewDecision, comments: string, requestedChanges?: string | null, binding: boolean, reviewerTier?: MentorTier | null, createdAt: string, helpful: number, unhelpful: number, viewerVote: number, mine: boolean };

export type ReviewItemFieldsFragment = { __typename?: 'ReviewItem', impact: number, openFlags: number, flagReasons: Array<FlagReason>, hiddenFromReuse: boolean, canDecide: boolean, blockedReason?: string | null, fullContent: unknown, content: { __typename?: 'LessonContent', id: string, topic: string, learningStyle: LearningStyle, difficulty: Difficulty, language: string, approvalStatus: ApprovalStatus, upvotes: number, downvotes: number, createdAt: string, sourceAttribution: unknown }, reviews: Array<{ __typename?: 'MentorReview', id: string, decision: ReviewDecision, comments: string, requestedChanges?: string | null, binding: boolean, reviewerTier?: MentorTier | null, createdAt: string, helpful: number, unhelpful: number, viewerVote: number, mine: boolean }> };

export type ReviewItemQueryVariables = Exact<{
  contentId: Scalars['ID']['input'];
}>;


export type ReviewItemQuery = { __typename?: 'Query', reviewItem: { __typename?: 'ReviewItem', impact: number, openFlags: number, flagReasons: Array<FlagReason>, hiddenFromReuse: boolean, canDecide: boolean, blockedReason?: string | null, fullContent: unknown, content: { __typename?: 'LessonContent', id: string, topic: string, learningStyle: LearningStyle, difficulty: Difficulty, language: string, approvalStatus: ApprovalStatus, upvotes: number, downvotes: number, createdAt: string, sourceAttribution: unknown }, reviews: Array<{ __typename?: 'MentorReview', id: string, decision: ReviewDecision, comments: string, requestedChanges?: string | null, binding: boolean, reviewerTier?: MentorTier | null, createdAt: string, helpful: number, unhelpful: number, viewerVote: number, mine: boolean }> } };

export type MentorReviewLessonMutationVariables = Exact<{
  contentId: Scalars['ID']['input'];
  decision: ReviewDecision;
  comments: Scalars['String']['input'];
  requestedChanges?: InputMaybe<Scalars['String']['input']>;
}>;


export type MentorReviewLessonMutation = { __typename?: 'Mutation', mentorReviewLesson: { __typename?: 'ReviewItem', impact: number, openFlags: number, flagReasons: Array<FlagReason>, hiddenFromReuse: boolean, canDecide: boolean, blockedReason?: string | null, fullContent: unknown, content: { __typename?: 'LessonContent', id: string, topic: string, learningStyle: LearningStyle, difficulty: Difficulty, language: string, approvalStatus: ApprovalStatus, upvotes: number, downvotes: number, createdAt: string, sourceAttribution: unknown }, reviews: Array<{ __typename?: 'MentorReview', id: string, decision: ReviewDecision, comments: string, requestedChanges?: string | null, binding: boolean, reviewerTier?: MentorTier | null, createdAt: string, helpful: number, unhelpful: number, viewerVote: number, mine: boolean }> } };

export type VoteReviewMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  value: Scalars['Int']['input'];
}>;


export type VoteReviewMutation = { __typename?: 'Mutation', voteReview: { __typename?: 'MentorReview', id: string, decision: ReviewDecision, comments: string, requestedChanges?: string | null, binding: boolean, reviewerTier?: MentorTier | null, createdAt: string, helpful: number, unhelpful: number, viewerVote: number, mine: boolean } };

export type FlagLessonMutationVariables = Exact<{
  contentId: Scalars['ID']['input'];
  reason: FlagReason;
  details: Scalars['String']['input'];
}>;


export type FlagLessonMutation = { __typename?: 'Mutation', flagLesson: { __typename?: 'ContentFlag', id: string, reason: FlagReason } };

export type GenerateModuleLessonsMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type GenerateModuleLessonsMutation = { __typename?: 'Mutation', generateModuleLessons: { __typename?: 'Module', id: string, generationStatus: GenerationStatus, lessons: Array<{ __typename?: 'Lesson', id: string, generationStatus: GenerationStatus }> } };

export type RoadmapQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoadmapQuery = { __typename?: 'Query', roadmap: { __typename?: 'Roadmap', id: string, title: string, goal: string, description: string, skill: string, difficulty: Difficulty, progress: { __typename?: 'RoadmapProgress', percent: number, completedLessons: number, totalLessons: number, lastLessonId?: string | null }, modules: Array<{ __typename?: 'Module', id: string, position: number, title: string, description: string, topics: Array<string>, estimatedHours: number, generationStatus: GenerationStatus, completedLessons: number, lessons: Array<{ __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, progress?: { __typename?: 'LessonProgress', status: ProgressStatus } | null }> }> } };

export const LessonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<LessonFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerTier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"unhelpful"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const ReviewItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"openFlags"}},{"kind":"Field","name":{"kind":"Name","value":"flagReasons"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenFromReuse"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"fullContent"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerTier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"unhelpful"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<ReviewItemFieldsFragment, unknown>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"roadmaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"totalLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lastLessonId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const UpdateLearningStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLearningStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"learningStyle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningStyle"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLearningStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"learningStyle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"learningStyle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}}]}}]}}]} as unknown as DocumentNode<UpdateLearningStyleMutation, UpdateLearningStyleMutationVariables>;
export const VoteLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}}]}}]}}]} as unknown as DocumentNode<VoteLessonMutation, VoteLessonMutationVariables>;
export const LessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LessonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<LessonQuery, LessonQueryVariables>;
export const LessonModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LessonModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapId"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<LessonModuleQuery, LessonModuleQueryVariables>;
export const StartLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LessonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<StartLessonMutation, StartLessonMutationVariables>;
export const GenerateLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LessonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<GenerateLessonMutation, GenerateLessonMutationVariables>;
export const SwitchLessonStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchLessonStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"style"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningStyle"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchLessonStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"style"},"value":{"kind":"Variable","name":{"kind":"Name","value":"style"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LessonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<SwitchLessonStyleMutation, SwitchLessonStyleMutationVariables>;
export const RegenerateLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instruction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instruction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instruction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LessonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<RegenerateLessonMutation, RegenerateLessonMutationVariables>;
export const MarkLessonCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkLessonComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markLessonComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LessonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<MarkLessonCompleteMutation, MarkLessonCompleteMutationVariables>;
export const SubmitQuizDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitQuiz"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitQuiz"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"correctCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"correctIndex"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lesson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LessonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<SubmitQuizMutation, SubmitQuizMutationVariables>;
export const ModuleGenerationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ModuleGeneration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleGeneration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"lessonId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ModuleGenerationSubscription, ModuleGenerationSubscriptionVariables>;
export const LessonGenerationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LessonGeneration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lessonGeneration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"lessonId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LessonGenerationSubscription, LessonGenerationSubscriptionVariables>;
export const LessonStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LessonStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lessonStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reset"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LessonStreamSubscription, LessonStreamSubscriptionVariables>;
export const CompleteOnboardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteOnboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OnboardingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeOnboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CompleteOnboardingMutation, CompleteOnboardingMutationVariables>;
export const CurationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurationProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"reputation"}},{"kind":"Field","name":{"kind":"Name","value":"canReview"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"canVerify"}},{"kind":"Field","name":{"kind":"Name","value":"canManageTiers"}}]}}]}}]} as unknown as DocumentNode<CurationProfileQuery, CurationProfileQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewQueueFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"openFlags"}},{"kind":"Field","name":{"kind":"Name","value":"flagReasons"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenFromReuse"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerTier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"unhelpful"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"openFlags"}},{"kind":"Field","name":{"kind":"Name","value":"flagReasons"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenFromReuse"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"fullContent"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<ReviewItemQuery, ReviewItemQueryVariables>;
export const MentorReviewLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MentorReviewLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestedChanges"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorReviewLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"comments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comments"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestedChanges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestedChanges"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerTier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"unhelpful"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"openFlags"}},{"kind":"Field","name":{"kind":"Name","value":"flagReasons"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenFromReuse"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"fullContent"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}}]} as unknown as DocumentNode<MentorReviewLessonMutation, MentorReviewLessonMutationVariables>;
export const VoteReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerTier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"unhelpful"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<VoteReviewMutation, VoteReviewMutationVariables>;
export const FlagLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"details"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"details"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<FlagLessonMutation, FlagLessonMutationVariables>;
export const GenerateModuleLessonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateModuleLessons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateModuleLessons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateModuleLessonsMutation, GenerateModuleLessonsMutationVariables>;
export const RoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"totalLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lastLessonId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapQuery, RoadmapQueryVariables>;