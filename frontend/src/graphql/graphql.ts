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

export type ActiveLearners = {
  __typename?: 'ActiveLearners';
  last7Days: Scalars['Int']['output'];
  last30Days: Scalars['Int']['output'];
  today: Scalars['Int']['output'];
};

export type Analytics = {
  __typename?: 'Analytics';
  activeLearners: ActiveLearners;
  byModel: Array<ModelUsage>;
  costUsd: Scalars['Float']['output'];
  /** One per day, oldest first. */
  daily: Array<DailyUsage>;
  /** The dead-letter queue's size now. */
  deadLetters: Scalars['Int']['output'];
  generationFailures: Scalars['Int']['output'];
  generationLatencyP50Ms?: Maybe<Scalars['Float']['output']>;
  generationLatencyP95Ms?: Maybe<Scalars['Float']['output']>;
  reuse: ReuseSummary;
  /** The period's first UTC day (ISO date). */
  since: Scalars['String']['output'];
  styles: Array<StyleEfficacy>;
  /** Its last, today (ISO date, included). */
  until: Scalars['String']['output'];
  /** Every prompt variant's outcomes, all time. */
  variants: Array<PromptVariantOutcome>;
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

export type CostControls = {
  __typename?: 'CostControls';
  /** The admins' daily cost cap (null: the default applies). */
  dailyCostCapUsd?: Maybe<Scalars['Float']['output']>;
  /** The cap in force: dailyCostCapUsd, else the environment's default. */
  effectiveDailyCostCapUsd: Scalars['Float']['output'];
  /** What a lesson's attempts may cost in all (null: no budget). */
  perLessonBudgetUsd?: Maybe<Scalars['Float']['output']>;
  /** Spent since UTC midnight, as the cap counts it. */
  spentTodayUsd: Scalars['Float']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The email of the admin. */
  updatedBy?: Maybe<Scalars['String']['output']>;
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

export type DailyUsage = {
  __typename?: 'DailyUsage';
  activeLearners: Scalars['Int']['output'];
  byProvider: Array<ProviderDayCost>;
  /** LLM calls started that day (research excluded). */
  calls: Scalars['Int']['output'];
  /** What the day's LLM calls cost. */
  costUsd: Scalars['Float']['output'];
  /** The UTC day, an ISO date. */
  day: Scalars['String']['output'];
  /** Generation requests that ended without a lesson (dead-lettered, expired). */
  generationFailures: Scalars['Int']['output'];
  /** Succeeded requests, created to stored (null: none finished that day). */
  latencyP50Ms?: Maybe<Scalars['Float']['output']>;
  latencyP95Ms?: Maybe<Scalars['Float']['output']>;
  /** Contents a provider wrote and stored. */
  lessonsGenerated: Scalars['Int']['output'];
  /** Reuse lookups answered by a stored lesson. */
  lessonsReused: Scalars['Int']['output'];
  /** Calls that ended other than ok. */
  providerErrors: Scalars['Int']['output'];
  reuseLookups: Scalars['Int']['output'];
  tokensIn: Scalars['Int']['output'];
  tokensOut: Scalars['Int']['output'];
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

export type DueReviews = {
  __typename?: 'DueReviews';
  /** The first of them, most overdue first. */
  cards: Array<ReviewCard>;
  /** When the next card not yet due becomes due (null if none). */
  nextDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** All the viewer's cards due now. */
  totalDue: Scalars['Int']['output'];
};

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

/** A lesson named by its id and title. */
export type LessonLink = {
  __typename?: 'LessonLink';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
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

export type ModelUsage = {
  __typename?: 'ModelUsage';
  calls: Scalars['Int']['output'];
  costUsd: Scalars['Float']['output'];
  errors: Scalars['Int']['output'];
  /** Per call, finished calls only. */
  latencyP50Ms?: Maybe<Scalars['Float']['output']>;
  latencyP95Ms?: Maybe<Scalars['Float']['output']>;
  model: Scalars['String']['output'];
  provider: Scalars['String']['output'];
  tokensIn: Scalars['Int']['output'];
  tokensOut: Scalars['Int']['output'];
};

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
  removedLessons: Array<RemovedLesson>;
  resources: Scalars['JSON']['output'];
  roadmapId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  topics: Array<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A new lesson at `position` (0-based; null: at the end), NOT_STARTED with no content in the viewer's learning style: nothing is generated until asked. At most 50 lessons in a module. */
  addLesson: Lesson;
  /** A new, empty module at `position` (0-based; null: at the end). Nothing is generated. At most 40 modules in a roadmap. */
  addModule: Module;
  /** Answer one of the viewer's review cards (`answer`: the option's index) and reschedule it from now, due or not: right, further out; wrong, due again now. CONTENT_CHANGED for a retired card (its lesson shows another version). */
  answerReview: ReviewAnswer;
  /** Ask the tutor about one of the viewer's lessons (1 to 1000 characters): returns the question and the PENDING answer at once; follow the answer with `tutorStream(messageId)`. Answers are grounded on the lesson and its sources, with citations. TUTOR_BUSY while the previous answer is being written; LESSON_NOT_GENERATED for a lesson with no content; RATE_LIMITED past the per-user limit. */
  askTutor: TutorExchange;
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
  /** Move a lesson to `position` (0-based) in `moduleId`: its own module or another of the same roadmap. Ids, progress and content are unchanged. */
  moveLesson: Roadmap;
  /** Move a module to `position` (0-based) among its roadmap's modules; the others close up. Ids, progress and content are unchanged. */
  moveModule: Roadmap;
  regenerateLesson: Lesson;
  register: AuthPayload;
  /** Remove a lesson from its module and the roadmap's progress; its progress, quiz attempts and content are kept for `restoreLesson`. GENERATION_IN_PROGRESS while it is being generated. */
  removeLesson: Module;
  /** Remove a module with its lessons from the roadmap and its progress; everything is kept for `restoreModule`. GENERATION_IN_PROGRESS while one of its lessons is being generated. */
  removeModule: Roadmap;
  /** A new title (1-200 characters). The content stays; a later generation or regeneration uses the new title. */
  renameLesson: Lesson;
  /** A new title (1-200 characters) and, unless null, description (at most 2000) for a module. Its lessons and their content stay as they are. */
  renameModule: Module;
  /** A new title for one of the viewer's roadmaps (1-200 characters). */
  renameRoadmap: Roadmap;
  /** Bring a removed lesson back where it was in its module (or at the end) with its progress. Idempotent. A lesson of a removed module: restore the module. */
  restoreLesson: Module;
  /** Bring a removed module back where it was (or at the end), with the lessons removed with it and all their progress. Idempotent. */
  restoreModule: Roadmap;
  retirePromptVariant: PromptVariant;
  setCostControls: CostControls;
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


export type MutationAddLessonArgs = {
  moduleId: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};


export type MutationAddModuleArgs = {
  description?: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  roadmapId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationAnswerReviewArgs = {
  answer: Scalars['Int']['input'];
  cardId: Scalars['ID']['input'];
};


export type MutationAskTutorArgs = {
  lessonId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
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


export type MutationMoveLessonArgs = {
  lessonId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};


export type MutationMoveModuleArgs = {
  moduleId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};


export type MutationRegenerateLessonArgs = {
  instruction?: InputMaybe<Scalars['String']['input']>;
  lessonId: Scalars['ID']['input'];
};


export type MutationRegisterArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRemoveLessonArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationRemoveModuleArgs = {
  moduleId: Scalars['ID']['input'];
};


export type MutationRenameLessonArgs = {
  lessonId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationRenameModuleArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  moduleId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationRenameRoadmapArgs = {
  roadmapId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationRestoreLessonArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationRestoreModuleArgs = {
  moduleId: Scalars['ID']['input'];
};


export type MutationRetirePromptVariantArgs = {
  name: Scalars['String']['input'];
};


export type MutationSetCostControlsArgs = {
  clearDailyCostCap?: Scalars['Boolean']['input'];
  clearPerLessonBudget?: Scalars['Boolean']['input'];
  dailyCostCapUsd?: InputMaybe<Scalars['Float']['input']>;
  perLessonBudgetUsd?: InputMaybe<Scalars['Float']['input']>;
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

export type ProviderDayCost = {
  __typename?: 'ProviderDayCost';
  calls: Scalars['Int']['output'];
  costUsd: Scalars['Float']['output'];
  model: Scalars['String']['output'];
  provider: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Admins: what SkillSync did and cost over the last `days` UTC days (1 to 90, today included; INVALID_INPUT otherwise), per day and in total. */
  analytics: Analytics;
  /** Admins: the daily cost cap and the per-lesson budget, and today's spending. */
  costControls: CostControls;
  /** The viewer's curation tier, reputation and what they may do. */
  curationProfile: CurationProfile;
  /** The viewer's roadmaps with their progress, newest first. */
  dashboard: Dashboard;
  /** The viewer's review cards due now, most overdue first (`first` at most 50). Cards whose lesson shows another version (or whose question changed) are retired and never listed. */
  dueReviews: DueReviews;
  lesson: Lesson;
  /** The viewer's lesson as a Markdown document: its content with citation markers [1], [2]… and a Sources list (title, address, author, licence); quiz answers and explanations at the end. Lesson text is made inert: no HTML, no links of its own. */
  lessonMarkdown: Scalars['String']['output'];
  /** The versions of the lesson's content, newest first: the one it shows, then each it was regenerated from (`first` at most 50, `after` a version's cursor). */
  lessonVersions: LessonVersionConnection;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  module: Module;
  /** The viewer's module as one Markdown document: its lessons in order (those not generated yet marked so) and one numbered Sources list for all of them. */
  moduleMarkdown: Scalars['String']['output'];
  /** Staff: the outcomes of the lessons each prompt variant wrote. */
  promptVariantOutcomes: Array<PromptVariantOutcome>;
  /** Admins: each provider's and research source's use of its per-day limits today, and when it runs out at the current rate. */
  quotaForecast: Array<QuotaForecast>;
  /** Contributors and above: any shared lesson as curators see it. */
  reviewItem: ReviewItem;
  /** Contributors and above: shared lessons awaiting review (pending or flagged), the most used first (`first` at most 50, `after` an item's cursor). */
  reviewQueue: ReviewQueueConnection;
  roadmap: Roadmap;
  /** The viewer's results per learning style, and a style to try when the evidence is clear (at least 3 quizzes and 3 started lessons in each style compared). */
  styleAdvice: StyleAdvice;
  /** The viewer's conversation with the tutor about one of their lessons: the `last` messages (at most 50) before the cursor `before` (the newest when null), oldest first. */
  tutorConversation: TutorConversation;
};


export type QueryAnalyticsArgs = {
  days?: Scalars['Int']['input'];
};


export type QueryDashboardArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryDueReviewsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryLessonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLessonMarkdownArgs = {
  lessonId: Scalars['ID']['input'];
};


export type QueryLessonVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  lessonId: Scalars['ID']['input'];
};


export type QueryModuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModuleMarkdownArgs = {
  moduleId: Scalars['ID']['input'];
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


export type QueryTutorConversationArgs = {
  before?: InputMaybe<Scalars['String']['input']>;
  last?: Scalars['Int']['input'];
  lessonId: Scalars['ID']['input'];
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

export type QuotaForecast = {
  __typename?: 'QuotaForecast';
  /** Null: no per-day limit. */
  dailyLimit?: Maybe<Scalars['Int']['output']>;
  /** When it runs out at this rate, if before the reset. */
  exhaustsAt?: Maybe<Scalars['DateTime']['output']>;
  /** "llm" or "research". */
  kind: Scalars['String']['output'];
  /** Which limit: "requests/day", "tokens/day", "searches/day", "units/day". */
  limit: Scalars['String']['output'];
  /** The provider or research source. */
  name: Scalars['String']['output'];
  /** Use in the last hour (in the first hour after a reset: the day so far, per hour). */
  ratePerHour: Scalars['Float']['output'];
  remainingToday?: Maybe<Scalars['Int']['output']>;
  /** The next reset (a rolling limit: when its oldest use leaves the window). */
  resetsAt?: Maybe<Scalars['DateTime']['output']>;
  /** ok | warning (80 % used, or running out before the reset) | exhausted | unlimited. */
  status: Scalars['String']['output'];
  /** Since the provider's last reset. */
  usedToday: Scalars['Int']['output'];
};

export type RemovedLesson = {
  __typename?: 'RemovedLesson';
  id: Scalars['ID']['output'];
  /** Where it was in its module: restoring puts it back there (or at the end). */
  position: Scalars['Int']['output'];
  removedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type RemovedModule = {
  __typename?: 'RemovedModule';
  id: Scalars['ID']['output'];
  /** Where it was: restoring puts it back there (or at the end). */
  position: Scalars['Int']['output'];
  removedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type ReuseSummary = {
  __typename?: 'ReuseSummary';
  exactHits: Scalars['Int']['output'];
  /** Hits / lookups, 0 to 1 (null: no lookup). */
  hitRate?: Maybe<Scalars['Float']['output']>;
  lookups: Scalars['Int']['output'];
  misses: Scalars['Int']['output'];
  semanticHits: Scalars['Int']['output'];
};

export type ReviewAnswer = {
  __typename?: 'ReviewAnswer';
  /** The card, rescheduled. */
  card: ReviewCard;
  correct: Scalars['Boolean']['output'];
  /** The index of the right option. */
  correctIndex: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
};

/** A quiz question to recall, from one of the viewer's lessons. Its answer comes back from `answerReview`. */
export type ReviewCard = {
  __typename?: 'ReviewCard';
  /** When the card is (or was) due for review. */
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Days between the last review and the next; 0 while relearning. */
  intervalDays: Scalars['Int']['output'];
  lessonId: Scalars['ID']['output'];
  lessonTitle: Scalars['String']['output'];
  options: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  /** Right answers in a row. */
  repetitions: Scalars['Int']['output'];
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
  nextLesson?: Maybe<LessonLink>;
  progress: RoadmapProgress;
  removedModules: Array<RemovedModule>;
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

export type StyleAdvice = {
  __typename?: 'StyleAdvice';
  /** Every style, in a fixed order. */
  insights: Array<StyleInsight>;
  /** Why, in a sentence (with the suggestion). */
  reason?: Maybe<Scalars['String']['output']>;
  /** A style to try, only when the viewer's own record clearly favours one other than their current style. */
  suggestedStyle?: Maybe<LearningStyle>;
};

export type StyleEfficacy = {
  __typename?: 'StyleEfficacy';
  /** Completed per started lesson, a percentage like styleAdvice's (null: none started). */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, the ones completed. */
  lessonsCompleted: Scalars['Int']['output'];
  /** Lessons started in the period. */
  lessonsStarted: Scalars['Int']['output'];
  /** Their mean score, 0 to 100 (null: no quiz). */
  meanQuizScore?: Maybe<Scalars['Float']['output']>;
  /** First quiz attempts made in the period. */
  quizzes: Scalars['Int']['output'];
  style: LearningStyle;
};

export type StyleInsight = {
  __typename?: 'StyleInsight';
  /** Completed per started lesson, a percentage (null: none started). */
  completionRate?: Maybe<Scalars['Float']['output']>;
  lessonsCompleted: Scalars['Int']['output'];
  /** Lessons with content opened or completed. */
  lessonsStarted: Scalars['Int']['output'];
  /** Mean first-attempt score, 0 to 100 (null: no quiz). */
  meanQuizScore?: Maybe<Scalars['Float']['output']>;
  /** Quizzes taken (a retake counts once). */
  quizzes: Scalars['Int']['output'];
  style: LearningStyle;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A lesson's generation status: the current state first, then every change. */
  lessonGeneration: GenerationStatusEvent;
  /** The lesson as the provider writes it (its raw JSON text, unvalidated and untrusted until stored: parse leniently, never render it as HTML): the text so far first, then each new piece; ends when generation ends. */
  lessonStream: LessonStreamChunk;
  /** A module's generation status and each of its lessons': the current state first, then every change. */
  moduleGeneration: GenerationStatusEvent;
  /** A tutor answer as the provider writes it: the text so far first, then each new piece; ends with `done` and the stored answer's text. */
  tutorStream: TutorStreamChunk;
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


export type SubscriptionTutorStreamArgs = {
  messageId: Scalars['ID']['input'];
};

/** What a statement of an answer relies on: a section of the lesson (`kind` "section", `id` such as "S2", `title` its heading) or a research passage (`kind` "passage", `id` its passage_id in the content's sourceAttribution, with its `title` and `url`). The answer's text marks each with its id in square brackets: [S2], [p_0123456789ab]. */
export type TutorCitation = {
  __typename?: 'TutorCitation';
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of the learner's conversation about a lesson, oldest first. `pageInfo.hasNextPage`: earlier messages exist; pass `pageInfo.endCursor` as `before` for them. */
export type TutorConversation = {
  __typename?: 'TutorConversation';
  nodes: Array<TutorMessage>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TutorExchange = {
  __typename?: 'TutorExchange';
  answer: TutorMessage;
  question: TutorMessage;
};

/** A learner's question or the tutor's answer. An answer is PENDING (queued), STREAMING (follow `tutorStream`), then COMPLETE with its citations, or FAILED with `errorCode` (PROVIDERS_UNAVAILABLE, TIMED_OUT, CONTENT_UNAVAILABLE or INTERNAL): ask again. An answer's text is model output: Markdown to show as text, never as HTML. */
export type TutorMessage = {
  __typename?: 'TutorMessage';
  citations: Array<TutorCitation>;
  createdAt: Scalars['DateTime']['output'];
  errorCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  role: TutorRole;
  status: TutorMessageStatus;
  /** For an answer still being written, the text so far. */
  text: Scalars['String']['output'];
};

export type TutorMessageStatus =
  | 'COMPLETE'
  | 'FAILED'
  | 'PENDING'
  | 'STREAMING';

export type TutorRole =
  | 'LEARNER'
  | 'TUTOR';

/** A piece of a tutor answer as the provider writes it (plain text, untrusted until stored). `reset`: discard what you have and start from `text`. `done`: the answer is finished (see `status`) and `text` is the stored answer, its citation markers checked (empty when FAILED): fetch the message for its citations. */
export type TutorStreamChunk = {
  __typename?: 'TutorStreamChunk';
  done: Scalars['Boolean']['output'];
  messageId: Scalars['ID']['output'];
  reset: Scalars['Boolean']['output'];
  sequence: Scalars['Int']['output'];
  status: TutorMessageStatus;
  text: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  dateJoined: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  profile?: Maybe<LearnerProfile>;
  role: Role;
};

export type AnalyticsQueryVariables = Exact<{
  days: Scalars['Int']['input'];
}>;


export type AnalyticsQuery = { __typename?: 'Query', analytics: { __typename?: 'Analytics', since: string, until: string, costUsd: number, generationLatencyP50Ms?: number | null, generationLatencyP95Ms?: number | null, generationFailures: number, deadLetters: number, reuse: { __typename?: 'ReuseSummary', lookups: number, exactHits: number, semanticHits: number, misses: number, hitRate?: number | null }, activeLearners: { __typename?: 'ActiveLearners', today: number, last7Days: number, last30Days: number }, daily: Array<{ __typename?: 'DailyUsage', day: string, costUsd: number, tokensIn: number, tokensOut: number, calls: number, providerErrors: number, lessonsGenerated: number, lessonsReused: number, reuseLookups: number, generationFailures: number, latencyP50Ms?: number | null, latencyP95Ms?: number | null, activeLearners: number, byProvider: Array<{ __typename?: 'ProviderDayCost', provider: string, model: string, calls: number, costUsd: number }> }>, byModel: Array<{ __typename?: 'ModelUsage', provider: string, model: string, calls: number, errors: number, tokensIn: number, tokensOut: number, costUsd: number, latencyP50Ms?: number | null, latencyP95Ms?: number | null }>, variants: Array<{ __typename?: 'PromptVariantOutcome', name: string, style?: LearningStyle | null, active: boolean, lessonsGenerated: number, lessonsStarted: number, lessonsCompleted: number, completionRate?: number | null, meanQuizScore?: number | null, upvotes: number, downvotes: number, regenerations: number }>, styles: Array<{ __typename?: 'StyleEfficacy', style: LearningStyle, lessonsStarted: number, lessonsCompleted: number, completionRate?: number | null, quizzes: number, meanQuizScore?: number | null }> } };

export type QuotaForecastQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotaForecastQuery = { __typename?: 'Query', quotaForecast: Array<{ __typename?: 'QuotaForecast', name: string, kind: string, limit: string, usedToday: number, dailyLimit?: number | null, remainingToday?: number | null, ratePerHour: number, exhaustsAt?: string | null, resetsAt?: string | null, status: string }> };

export type CostControlsFieldsFragment = { __typename?: 'CostControls', dailyCostCapUsd?: number | null, effectiveDailyCostCapUsd: number, perLessonBudgetUsd?: number | null, spentTodayUsd: number, updatedAt?: string | null, updatedBy?: string | null };

export type CostControlsQueryVariables = Exact<{ [key: string]: never; }>;


export type CostControlsQuery = { __typename?: 'Query', costControls: { __typename?: 'CostControls', dailyCostCapUsd?: number | null, effectiveDailyCostCapUsd: number, perLessonBudgetUsd?: number | null, spentTodayUsd: number, updatedAt?: string | null, updatedBy?: string | null } };

export type SetCostControlsMutationVariables = Exact<{
  dailyCostCapUsd?: InputMaybe<Scalars['Float']['input']>;
  perLessonBudgetUsd?: InputMaybe<Scalars['Float']['input']>;
  clearDailyCostCap: Scalars['Boolean']['input'];
  clearPerLessonBudget: Scalars['Boolean']['input'];
}>;


export type SetCostControlsMutation = { __typename?: 'Mutation', setCostControls: { __typename?: 'CostControls', dailyCostCapUsd?: number | null, effectiveDailyCostCapUsd: number, perLessonBudgetUsd?: number | null, spentTodayUsd: number, updatedAt?: string | null, updatedBy?: string | null } };

export type DashboardQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type DashboardQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, profile?: { __typename?: 'LearnerProfile', learningStyle: LearningStyle, goals: string } | null } | null, dashboard: { __typename?: 'Dashboard', totalCount: number, offset: number, roadmaps: Array<{ __typename?: 'Roadmap', id: string, title: string, skill: string, difficulty: Difficulty, progress: { __typename?: 'RoadmapProgress', percent: number, completedLessons: number, totalLessons: number, lastLessonId?: string | null }, nextLesson?: { __typename?: 'LessonLink', id: string, title: string } | null }> } };

export type UpdateLearningStyleMutationVariables = Exact<{
  learningStyle: LearningStyle;
}>;


export type UpdateLearningStyleMutation = { __typename?: 'Mutation', updateLearningStyle: { __typename?: 'LearnerProfile', learningStyle: LearningStyle } };

export type AdoptLearningStyleMutationVariables = Exact<{
  learningStyle: LearningStyle;
}>;


export type AdoptLearningStyleMutation = { __typename?: 'Mutation', updateLearningStyle: { __typename?: 'LearnerProfile', learningStyle: LearningStyle } };

export type RenameRoadmapMutationVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type RenameRoadmapMutation = { __typename?: 'Mutation', renameRoadmap: { __typename?: 'Roadmap', id: string, title: string } };

export type RenameModuleMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type RenameModuleMutation = { __typename?: 'Mutation', renameModule: { __typename?: 'Module', id: string, title: string } };

export type MoveModuleMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;


export type MoveModuleMutation = { __typename?: 'Mutation', moveModule: { __typename?: 'Roadmap', id: string } };

export type AddModuleMutationVariables = Exact<{
  roadmapId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type AddModuleMutation = { __typename?: 'Mutation', addModule: { __typename?: 'Module', id: string } };

export type RemoveModuleMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type RemoveModuleMutation = { __typename?: 'Mutation', removeModule: { __typename?: 'Roadmap', id: string } };

export type RestoreModuleMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type RestoreModuleMutation = { __typename?: 'Mutation', restoreModule: { __typename?: 'Roadmap', id: string } };

export type RenameLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type RenameLessonMutation = { __typename?: 'Mutation', renameLesson: { __typename?: 'Lesson', id: string, title: string } };

export type MoveLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  moduleId: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
}>;


export type MoveLessonMutation = { __typename?: 'Mutation', moveLesson: { __typename?: 'Roadmap', id: string } };

export type AddLessonMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type AddLessonMutation = { __typename?: 'Mutation', addLesson: { __typename?: 'Lesson', id: string } };

export type RemoveLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type RemoveLessonMutation = { __typename?: 'Mutation', removeLesson: { __typename?: 'Module', id: string } };

export type RestoreLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type RestoreLessonMutation = { __typename?: 'Mutation', restoreLesson: { __typename?: 'Module', id: string } };

export type VoteLessonMutationVariables = Exact<{
  contentId: Scalars['ID']['input'];
  value: Scalars['Int']['input'];
}>;


export type VoteLessonMutation = { __typename?: 'Mutation', voteLesson: { __typename?: 'LessonContent', id: string, upvotes: number, downvotes: number, viewerVote: number } };

export type LessonMarkdownQueryVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type LessonMarkdownQuery = { __typename?: 'Query', lessonMarkdown: string };

export type ModuleMarkdownQueryVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type ModuleMarkdownQuery = { __typename?: 'Query', moduleMarkdown: string };

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

export type DueReviewsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type DueReviewsQuery = { __typename?: 'Query', dueReviews: { __typename?: 'DueReviews', totalDue: number, nextDueAt?: string | null, cards: Array<{ __typename?: 'ReviewCard', id: string, lessonId: string, lessonTitle: string, question: string, options: Array<string>, dueAt: string, intervalDays: number, repetitions: number }> } };

export type AnswerReviewMutationVariables = Exact<{
  cardId: Scalars['ID']['input'];
  answer: Scalars['Int']['input'];
}>;


export type AnswerReviewMutation = { __typename?: 'Mutation', answerReview: { __typename?: 'ReviewAnswer', correct: boolean, correctIndex: number, explanation: string, card: { __typename?: 'ReviewCard', id: string, dueAt: string, intervalDays: number, repetitions: number } } };

export type StyleAdviceQueryVariables = Exact<{ [key: string]: never; }>;


export type StyleAdviceQuery = { __typename?: 'Query', styleAdvice: { __typename?: 'StyleAdvice', suggestedStyle?: LearningStyle | null, reason?: string | null, insights: Array<{ __typename?: 'StyleInsight', style: LearningStyle, lessonsStarted: number, lessonsCompleted: number, completionRate?: number | null, quizzes: number, meanQuizScore?: number | null }> } };

export type GenerateModuleLessonsMutationVariables = Exact<{
  moduleId: Scalars['ID']['input'];
}>;


export type GenerateModuleLessonsMutation = { __typename?: 'Mutation', generateModuleLessons: { __typename?: 'Module', id: string, generationStatus: GenerationStatus, lessons: Array<{ __typename?: 'Lesson', id: string, generationStatus: GenerationStatus }> } };

export type RoadmapQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoadmapQuery = { __typename?: 'Query', roadmap: { __typename?: 'Roadmap', id: string, title: string, goal: string, description: string, skill: string, difficulty: Difficulty, progress: { __typename?: 'RoadmapProgress', percent: number, completedLessons: number, totalLessons: number, lastLessonId?: string | null }, modules: Array<{ __typename?: 'Module', id: string, position: number, title: string, description: string, topics: Array<string>, estimatedHours: number, generationStatus: GenerationStatus, completedLessons: number, lessons: Array<{ __typename?: 'Lesson', id: string, title: string, learningStyle: LearningStyle, generationStatus: GenerationStatus, progress?: { __typename?: 'LessonProgress', status: ProgressStatus } | null }> }> } };

export type TutorMessageFieldsFragment = { __typename?: 'TutorMessage', id: string, role: TutorRole, text: string, status: TutorMessageStatus, errorCode?: string | null, createdAt: string, citations: Array<{ __typename?: 'TutorCitation', id: string, kind: string, title: string, url?: string | null }> };

export type TutorConversationQueryVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  last: Scalars['Int']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type TutorConversationQuery = { __typename?: 'Query', tutorConversation: { __typename?: 'TutorConversation', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'TutorMessage', id: string, role: TutorRole, text: string, status: TutorMessageStatus, errorCode?: string | null, createdAt: string, citations: Array<{ __typename?: 'TutorCitation', id: string, kind: string, title: string, url?: string | null }> }> } };

export type AskTutorMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
}>;


export type AskTutorMutation = { __typename?: 'Mutation', askTutor: { __typename?: 'TutorExchange', question: { __typename?: 'TutorMessage', id: string, role: TutorRole, text: string, status: TutorMessageStatus, errorCode?: string | null, createdAt: string, citations: Array<{ __typename?: 'TutorCitation', id: string, kind: string, title: string, url?: string | null }> }, answer: { __typename?: 'TutorMessage', id: string, role: TutorRole, text: string, status: TutorMessageStatus, errorCode?: string | null, createdAt: string, citations: Array<{ __typename?: 'TutorCitation', id: string, kind: string, title: string, url?: string | null }> } } };

export type TutorStreamSubscriptionVariables = Exact<{
  messageId: Scalars['ID']['input'];
}>;


export type TutorStreamSubscription = { __typename?: 'Subscription', tutorStream: { __typename?: 'TutorStreamChunk', messageId: string, sequence: number, text: string, reset: boolean, done: boolean, status: TutorMessageStatus } };

export const CostControlsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostControlsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostControls"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyCostCapUsd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDailyCostCapUsd"}},{"kind":"Field","name":{"kind":"Name","value":"perLessonBudgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spentTodayUsd"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<CostControlsFieldsFragment, unknown>;
export const LessonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"moduleId"}},{"kind":"Field","name":{"kind":"Name","value":"personalIntro"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quizScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"generationAttempt"}}]}}]}}]} as unknown as DocumentNode<LessonFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerTier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"unhelpful"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const ReviewItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"openFlags"}},{"kind":"Field","name":{"kind":"Name","value":"flagReasons"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenFromReuse"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"fullContent"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAttribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentorReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedChanges"}},{"kind":"Field","name":{"kind":"Name","value":"binding"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerTier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"unhelpful"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}}]}}]} as unknown as DocumentNode<ReviewItemFieldsFragment, unknown>;
export const TutorMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TutorMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TutorMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TutorMessageFieldsFragment, unknown>;
export const AnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Analytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"generationLatencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"generationLatencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"generationFailures"}},{"kind":"Field","name":{"kind":"Name","value":"deadLetters"}},{"kind":"Field","name":{"kind":"Name","value":"reuse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookups"}},{"kind":"Field","name":{"kind":"Name","value":"exactHits"}},{"kind":"Field","name":{"kind":"Name","value":"semanticHits"}},{"kind":"Field","name":{"kind":"Name","value":"misses"}},{"kind":"Field","name":{"kind":"Name","value":"hitRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeLearners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"last7Days"}},{"kind":"Field","name":{"kind":"Name","value":"last30Days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"providerErrors"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsGenerated"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsReused"}},{"kind":"Field","name":{"kind":"Name","value":"reuseLookups"}},{"kind":"Field","name":{"kind":"Name","value":"generationFailures"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"activeLearners"}},{"kind":"Field","name":{"kind":"Name","value":"byProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIn"}},{"kind":"Field","name":{"kind":"Name","value":"tokensOut"}},{"kind":"Field","name":{"kind":"Name","value":"costUsd"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsGenerated"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanQuizScore"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"regenerations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"quizzes"}},{"kind":"Field","name":{"kind":"Name","value":"meanQuizScore"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsQuery, AnalyticsQueryVariables>;
export const QuotaForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuotaForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"usedToday"}},{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"remainingToday"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"exhaustsAt"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<QuotaForecastQuery, QuotaForecastQueryVariables>;
export const CostControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostControls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costControls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostControlsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostControlsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostControls"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyCostCapUsd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDailyCostCapUsd"}},{"kind":"Field","name":{"kind":"Name","value":"perLessonBudgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spentTodayUsd"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<CostControlsQuery, CostControlsQueryVariables>;
export const SetCostControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCostControls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dailyCostCapUsd"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perLessonBudgetUsd"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clearDailyCostCap"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clearPerLessonBudget"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCostControls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dailyCostCapUsd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dailyCostCapUsd"}}},{"kind":"Argument","name":{"kind":"Name","value":"perLessonBudgetUsd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perLessonBudgetUsd"}}},{"kind":"Argument","name":{"kind":"Name","value":"clearDailyCostCap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clearDailyCostCap"}}},{"kind":"Argument","name":{"kind":"Name","value":"clearPerLessonBudget"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clearPerLessonBudget"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostControlsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostControlsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostControls"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyCostCapUsd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDailyCostCapUsd"}},{"kind":"Field","name":{"kind":"Name","value":"perLessonBudgetUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spentTodayUsd"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<SetCostControlsMutation, SetCostControlsMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"roadmaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"totalLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lastLessonId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextLesson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const UpdateLearningStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLearningStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"learningStyle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningStyle"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLearningStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"learningStyle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"learningStyle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}}]}}]}}]} as unknown as DocumentNode<UpdateLearningStyleMutation, UpdateLearningStyleMutationVariables>;
export const AdoptLearningStyleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptLearningStyle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"learningStyle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LearningStyle"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLearningStyle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"learningStyle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"learningStyle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}}]}}]}}]} as unknown as DocumentNode<AdoptLearningStyleMutation, AdoptLearningStyleMutationVariables>;
export const RenameRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RenameRoadmapMutation, RenameRoadmapMutationVariables>;
export const RenameModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RenameModuleMutation, RenameModuleMutationVariables>;
export const MoveModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveModuleMutation, MoveModuleMutationVariables>;
export const AddModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roadmapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roadmapId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddModuleMutation, AddModuleMutationVariables>;
export const RemoveModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveModuleMutation, RemoveModuleMutationVariables>;
export const RestoreModuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreModule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RestoreModuleMutation, RestoreModuleMutationVariables>;
export const RenameLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RenameLessonMutation, RenameLessonMutationVariables>;
export const MoveLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveLessonMutation, MoveLessonMutationVariables>;
export const AddLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddLessonMutation, AddLessonMutationVariables>;
export const RemoveLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveLessonMutation, RemoveLessonMutationVariables>;
export const RestoreLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RestoreLessonMutation, RestoreLessonMutationVariables>;
export const VoteLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upvotes"}},{"kind":"Field","name":{"kind":"Name","value":"downvotes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerVote"}}]}}]}}]} as unknown as DocumentNode<VoteLessonMutation, VoteLessonMutationVariables>;
export const LessonMarkdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LessonMarkdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lessonMarkdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}]}]}}]} as unknown as DocumentNode<LessonMarkdownQuery, LessonMarkdownQueryVariables>;
export const ModuleMarkdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModuleMarkdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleMarkdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}]}]}}]} as unknown as DocumentNode<ModuleMarkdownQuery, ModuleMarkdownQueryVariables>;
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
export const DueReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDue"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lessonId"}},{"kind":"Field","name":{"kind":"Name","value":"lessonTitle"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"repetitions"}}]}}]}}]}}]} as unknown as DocumentNode<DueReviewsQuery, DueReviewsQueryVariables>;
export const AnswerReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correct"}},{"kind":"Field","name":{"kind":"Name","value":"correctIndex"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"repetitions"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerReviewMutation, AnswerReviewMutationVariables>;
export const StyleAdviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StyleAdvice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"styleAdvice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedStyle"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"insights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"quizzes"}},{"kind":"Field","name":{"kind":"Name","value":"meanQuizScore"}}]}}]}}]}}]} as unknown as DocumentNode<StyleAdviceQuery, StyleAdviceQueryVariables>;
export const GenerateModuleLessonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateModuleLessons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateModuleLessons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateModuleLessonsMutation, GenerateModuleLessonsMutationVariables>;
export const RoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"totalLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lastLessonId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"learningStyle"}},{"kind":"Field","name":{"kind":"Name","value":"generationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapQuery, RoadmapQueryVariables>;
export const TutorConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TutorConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tutorConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TutorMessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TutorMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TutorMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TutorConversationQuery, TutorConversationQueryVariables>;
export const AskTutorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskTutor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askTutor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TutorMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TutorMessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TutorMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TutorMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<AskTutorMutation, AskTutorMutationVariables>;
export const TutorStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TutorStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tutorStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reset"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TutorStreamSubscription, TutorStreamSubscriptionVariables>;