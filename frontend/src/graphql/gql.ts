/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Analytics($days: Int!) {\n    analytics(days: $days) {\n      since\n      until\n      costUsd\n      generationLatencyP50Ms\n      generationLatencyP95Ms\n      generationFailures\n      deadLetters\n      reuse {\n        lookups\n        exactHits\n        semanticHits\n        misses\n        hitRate\n      }\n      activeLearners {\n        today\n        last7Days\n        last30Days\n      }\n      daily {\n        day\n        costUsd\n        tokensIn\n        tokensOut\n        calls\n        providerErrors\n        lessonsGenerated\n        lessonsReused\n        reuseLookups\n        generationFailures\n        latencyP50Ms\n        latencyP95Ms\n        activeLearners\n        byProvider {\n          provider\n          model\n          calls\n          costUsd\n        }\n      }\n      byModel {\n        provider\n        model\n        calls\n        errors\n        tokensIn\n        tokensOut\n        costUsd\n        latencyP50Ms\n        latencyP95Ms\n      }\n      variants {\n        name\n        style\n        active\n        lessonsGenerated\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        meanQuizScore\n        upvotes\n        downvotes\n        regenerations\n      }\n      styles {\n        style\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        quizzes\n        meanQuizScore\n      }\n    }\n  }\n": typeof types.AnalyticsDocument,
    "\n  query QuotaForecast {\n    quotaForecast {\n      name\n      kind\n      limit\n      usedToday\n      dailyLimit\n      remainingToday\n      ratePerHour\n      exhaustsAt\n      resetsAt\n      status\n    }\n  }\n": typeof types.QuotaForecastDocument,
    "\n  fragment CostControlsFields on CostControls {\n    dailyCostCapUsd\n    effectiveDailyCostCapUsd\n    perLessonBudgetUsd\n    spentTodayUsd\n    updatedAt\n    updatedBy\n  }\n": typeof types.CostControlsFieldsFragmentDoc,
    "\n  query CostControls {\n    costControls {\n      ...CostControlsFields\n    }\n  }\n": typeof types.CostControlsDocument,
    "\n  mutation SetCostControls(\n    $dailyCostCapUsd: Float\n    $perLessonBudgetUsd: Float\n    $clearDailyCostCap: Boolean!\n    $clearPerLessonBudget: Boolean!\n  ) {\n    setCostControls(\n      dailyCostCapUsd: $dailyCostCapUsd\n      perLessonBudgetUsd: $perLessonBudgetUsd\n      clearDailyCostCap: $clearDailyCostCap\n      clearPerLessonBudget: $clearPerLessonBudget\n    ) {\n      ...CostControlsFields\n    }\n  }\n": typeof types.SetCostControlsDocument,
    "\n  query Dashboard($offset: Int!, $limit: Int!) {\n    me {\n      id\n      email\n      profile {\n        learningStyle\n        goals\n      }\n    }\n    dashboard(offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      roadmaps {\n        id\n        title\n        skill\n        difficulty\n        progress {\n          percent\n          completedLessons\n          totalLessons\n          lastLessonId\n        }\n        nextLesson {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation UpdateLearningStyle($learningStyle: LearningStyle!) {\n    updateLearningStyle(learningStyle: $learningStyle) {\n      learningStyle\n    }\n  }\n": typeof types.UpdateLearningStyleDocument,
    "\n  mutation AdoptLearningStyle($learningStyle: LearningStyle!) {\n    updateLearningStyle(learningStyle: $learningStyle) {\n      learningStyle\n    }\n  }\n": typeof types.AdoptLearningStyleDocument,
    "\n  mutation RenameRoadmap($roadmapId: ID!, $title: String!) {\n    renameRoadmap(roadmapId: $roadmapId, title: $title) {\n      id\n      title\n    }\n  }\n": typeof types.RenameRoadmapDocument,
    "\n  mutation RenameModule($moduleId: ID!, $title: String!) {\n    renameModule(moduleId: $moduleId, title: $title) {\n      id\n      title\n    }\n  }\n": typeof types.RenameModuleDocument,
    "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n    }\n  }\n": typeof types.MoveModuleDocument,
    "\n  mutation AddModule($roadmapId: ID!, $title: String!) {\n    addModule(roadmapId: $roadmapId, title: $title) {\n      id\n    }\n  }\n": typeof types.AddModuleDocument,
    "\n  mutation RemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n    }\n  }\n": typeof types.RemoveModuleDocument,
    "\n  mutation RestoreModule($moduleId: ID!) {\n    restoreModule(moduleId: $moduleId) {\n      id\n    }\n  }\n": typeof types.RestoreModuleDocument,
    "\n  mutation RenameLesson($lessonId: ID!, $title: String!) {\n    renameLesson(lessonId: $lessonId, title: $title) {\n      id\n      title\n    }\n  }\n": typeof types.RenameLessonDocument,
    "\n  mutation MoveLesson($lessonId: ID!, $moduleId: ID!, $position: Int!) {\n    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {\n      id\n    }\n  }\n": typeof types.MoveLessonDocument,
    "\n  mutation AddLesson($moduleId: ID!, $title: String!) {\n    addLesson(moduleId: $moduleId, title: $title) {\n      id\n    }\n  }\n": typeof types.AddLessonDocument,
    "\n  mutation RemoveLesson($lessonId: ID!) {\n    removeLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n": typeof types.RemoveLessonDocument,
    "\n  mutation RestoreLesson($lessonId: ID!) {\n    restoreLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n": typeof types.RestoreLessonDocument,
    "\n  mutation VoteLesson($contentId: ID!, $value: Int!) {\n    voteLesson(contentId: $contentId, value: $value) {\n      id\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n": typeof types.VoteLessonDocument,
    "\n  query LessonMarkdown($lessonId: ID!) {\n    lessonMarkdown(lessonId: $lessonId)\n  }\n": typeof types.LessonMarkdownDocument,
    "\n  query ModuleMarkdown($moduleId: ID!) {\n    moduleMarkdown(moduleId: $moduleId)\n  }\n": typeof types.ModuleMarkdownDocument,
    "\n  fragment LessonFields on Lesson {\n    id\n    title\n    learningStyle\n    generationStatus\n    moduleId\n    personalIntro\n    progress {\n      status\n      quizScore\n    }\n    content {\n      id\n      learningStyle\n      language\n      content\n      sourceAttribution\n      upvotes\n      downvotes\n      viewerVote\n      viewerFlagged\n      approvalStatus\n      generationAttempt\n    }\n  }\n": typeof types.LessonFieldsFragmentDoc,
    "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonFields\n    }\n  }\n": typeof types.LessonDocument,
    "\n  query LessonModule($id: ID!) {\n    module(id: $id) {\n      id\n      title\n      roadmapId\n      lessons {\n        id\n        title\n      }\n    }\n  }\n": typeof types.LessonModuleDocument,
    "\n  mutation StartLesson($lessonId: ID!) {\n    startLesson(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n": typeof types.StartLessonDocument,
    "\n  mutation GenerateLesson($lessonId: ID!) {\n    generateLesson(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n": typeof types.GenerateLessonDocument,
    "\n  mutation SwitchLessonStyle($lessonId: ID!, $style: LearningStyle!) {\n    switchLessonStyle(lessonId: $lessonId, style: $style) {\n      ...LessonFields\n    }\n  }\n": typeof types.SwitchLessonStyleDocument,
    "\n  mutation RegenerateLesson($lessonId: ID!, $instruction: String) {\n    regenerateLesson(lessonId: $lessonId, instruction: $instruction) {\n      ...LessonFields\n    }\n  }\n": typeof types.RegenerateLessonDocument,
    "\n  mutation MarkLessonComplete($lessonId: ID!) {\n    markLessonComplete(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n": typeof types.MarkLessonCompleteDocument,
    "\n  mutation SubmitQuiz($lessonId: ID!, $contentId: ID!, $answers: [Int!]!) {\n    submitQuiz(lessonId: $lessonId, contentId: $contentId, answers: $answers) {\n      score\n      correctCount\n      total\n      questions {\n        chosen\n        correctIndex\n        correct\n        explanation\n      }\n      lesson {\n        ...LessonFields\n      }\n    }\n  }\n": typeof types.SubmitQuizDocument,
    "\n  subscription ModuleGeneration($moduleId: ID!) {\n    moduleGeneration(moduleId: $moduleId) {\n      moduleId\n      lessonId\n      status\n    }\n  }\n": typeof types.ModuleGenerationDocument,
    "\n  subscription LessonGeneration($lessonId: ID!) {\n    lessonGeneration(lessonId: $lessonId) {\n      moduleId\n      lessonId\n      status\n    }\n  }\n": typeof types.LessonGenerationDocument,
    "\n  subscription LessonStream($lessonId: ID!) {\n    lessonStream(lessonId: $lessonId) {\n      sequence\n      text\n      reset\n      done\n      status\n    }\n  }\n": typeof types.LessonStreamDocument,
    "\n  mutation CompleteOnboarding($input: OnboardingInput!) {\n    completeOnboarding(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CompleteOnboardingDocument,
    "\n  query CurationProfile {\n    curationProfile {\n      tier\n      reputation\n      canReview\n      canDecide\n      canVerify\n      canManageTiers\n    }\n  }\n": typeof types.CurationProfileDocument,
    "\n  query ReviewQueue($first: Int!, $after: String, $filter: ReviewQueueFilter!) {\n    reviewQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        cursor\n        impact\n        openFlags\n        flagReasons\n        hiddenFromReuse\n        canDecide\n        blockedReason\n        content {\n          id\n          topic\n          learningStyle\n          difficulty\n          language\n          approvalStatus\n          upvotes\n          downvotes\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  fragment ReviewFields on MentorReview {\n    id\n    decision\n    comments\n    requestedChanges\n    binding\n    reviewerTier\n    createdAt\n    helpful\n    unhelpful\n    viewerVote\n    mine\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  fragment ReviewItemFields on ReviewItem {\n    impact\n    openFlags\n    flagReasons\n    hiddenFromReuse\n    canDecide\n    blockedReason\n    fullContent\n    content {\n      id\n      topic\n      learningStyle\n      difficulty\n      language\n      approvalStatus\n      upvotes\n      downvotes\n      createdAt\n      sourceAttribution\n    }\n    reviews {\n      ...ReviewFields\n    }\n  }\n": typeof types.ReviewItemFieldsFragmentDoc,
    "\n  query ReviewItem($contentId: ID!) {\n    reviewItem(contentId: $contentId) {\n      ...ReviewItemFields\n    }\n  }\n": typeof types.ReviewItemDocument,
    "\n  mutation MentorReviewLesson($contentId: ID!, $decision: ReviewDecision!, $comments: String!, $requestedChanges: String) {\n    mentorReviewLesson(contentId: $contentId, decision: $decision, comments: $comments, requestedChanges: $requestedChanges) {\n      ...ReviewItemFields\n    }\n  }\n": typeof types.MentorReviewLessonDocument,
    "\n  mutation VoteReview($reviewId: ID!, $value: Int!) {\n    voteReview(reviewId: $reviewId, value: $value) {\n      ...ReviewFields\n    }\n  }\n": typeof types.VoteReviewDocument,
    "\n  mutation FlagLesson($contentId: ID!, $reason: FlagReason!, $details: String!) {\n    flagLesson(contentId: $contentId, reason: $reason, details: $details) {\n      id\n      reason\n    }\n  }\n": typeof types.FlagLessonDocument,
    "\n  query DueReviews($first: Int!) {\n    dueReviews(first: $first) {\n      totalDue\n      nextDueAt\n      cards {\n        id\n        lessonId\n        lessonTitle\n        question\n        options\n        dueAt\n        intervalDays\n        repetitions\n      }\n    }\n  }\n": typeof types.DueReviewsDocument,
    "\n  mutation AnswerReview($cardId: ID!, $answer: Int!) {\n    answerReview(cardId: $cardId, answer: $answer) {\n      correct\n      correctIndex\n      explanation\n      card {\n        id\n        dueAt\n        intervalDays\n        repetitions\n      }\n    }\n  }\n": typeof types.AnswerReviewDocument,
    "\n  query StyleAdvice {\n    styleAdvice {\n      suggestedStyle\n      reason\n      insights {\n        style\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        quizzes\n        meanQuizScore\n      }\n    }\n  }\n": typeof types.StyleAdviceDocument,
    "\n  mutation GenerateModuleLessons($moduleId: ID!) {\n    generateModuleLessons(moduleId: $moduleId) {\n      id\n      generationStatus\n      lessons {\n        id\n        generationStatus\n      }\n    }\n  }\n": typeof types.GenerateModuleLessonsDocument,
    "\n  query Roadmap($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      goal\n      description\n      skill\n      difficulty\n      progress {\n        percent\n        completedLessons\n        totalLessons\n        lastLessonId\n      }\n      modules {\n        id\n        position\n        title\n        description\n        topics\n        estimatedHours\n        generationStatus\n        completedLessons\n        lessons {\n          id\n          title\n          learningStyle\n          generationStatus\n          progress {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoadmapDocument,
    "\n  fragment TutorMessageFields on TutorMessage {\n    id\n    role\n    text\n    status\n    errorCode\n    createdAt\n    citations {\n      id\n      kind\n      title\n      url\n    }\n  }\n": typeof types.TutorMessageFieldsFragmentDoc,
    "\n  query TutorConversation($lessonId: ID!, $last: Int!, $before: String) {\n    tutorConversation(lessonId: $lessonId, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TutorMessageFields\n      }\n    }\n  }\n": typeof types.TutorConversationDocument,
    "\n  mutation AskTutor($lessonId: ID!, $message: String!) {\n    askTutor(lessonId: $lessonId, message: $message) {\n      question {\n        ...TutorMessageFields\n      }\n      answer {\n        ...TutorMessageFields\n      }\n    }\n  }\n": typeof types.AskTutorDocument,
    "\n  subscription TutorStream($messageId: ID!) {\n    tutorStream(messageId: $messageId) {\n      messageId\n      sequence\n      text\n      reset\n      done\n      status\n    }\n  }\n": typeof types.TutorStreamDocument,
};
const documents: Documents = {
    "\n  query Analytics($days: Int!) {\n    analytics(days: $days) {\n      since\n      until\n      costUsd\n      generationLatencyP50Ms\n      generationLatencyP95Ms\n      generationFailures\n      deadLetters\n      reuse {\n        lookups\n        exactHits\n        semanticHits\n        misses\n        hitRate\n      }\n      activeLearners {\n        today\n        last7Days\n        last30Days\n      }\n      daily {\n        day\n        costUsd\n        tokensIn\n        tokensOut\n        calls\n        providerErrors\n        lessonsGenerated\n        lessonsReused\n        reuseLookups\n        generationFailures\n        latencyP50Ms\n        latencyP95Ms\n        activeLearners\n        byProvider {\n          provider\n          model\n          calls\n          costUsd\n        }\n      }\n      byModel {\n        provider\n        model\n        calls\n        errors\n        tokensIn\n        tokensOut\n        costUsd\n        latencyP50Ms\n        latencyP95Ms\n      }\n      variants {\n        name\n        style\n        active\n        lessonsGenerated\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        meanQuizScore\n        upvotes\n        downvotes\n        regenerations\n      }\n      styles {\n        style\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        quizzes\n        meanQuizScore\n      }\n    }\n  }\n": types.AnalyticsDocument,
    "\n  query QuotaForecast {\n    quotaForecast {\n      name\n      kind\n      limit\n      usedToday\n      dailyLimit\n      remainingToday\n      ratePerHour\n      exhaustsAt\n      resetsAt\n      status\n    }\n  }\n": types.QuotaForecastDocument,
    "\n  fragment CostControlsFields on CostControls {\n    dailyCostCapUsd\n    effectiveDailyCostCapUsd\n    perLessonBudgetUsd\n    spentTodayUsd\n    updatedAt\n    updatedBy\n  }\n": types.CostControlsFieldsFragmentDoc,
    "\n  query CostControls {\n    costControls {\n      ...CostControlsFields\n    }\n  }\n": types.CostControlsDocument,
    "\n  mutation SetCostControls(\n    $dailyCostCapUsd: Float\n    $perLessonBudgetUsd: Float\n    $clearDailyCostCap: Boolean!\n    $clearPerLessonBudget: Boolean!\n  ) {\n    setCostControls(\n      dailyCostCapUsd: $dailyCostCapUsd\n      perLessonBudgetUsd: $perLessonBudgetUsd\n      clearDailyCostCap: $clearDailyCostCap\n      clearPerLessonBudget: $clearPerLessonBudget\n    ) {\n      ...CostControlsFields\n    }\n  }\n": types.SetCostControlsDocument,
    "\n  query Dashboard($offset: Int!, $limit: Int!) {\n    me {\n      id\n      email\n      profile {\n        learningStyle\n        goals\n      }\n    }\n    dashboard(offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      roadmaps {\n        id\n        title\n        skill\n        difficulty\n        progress {\n          percent\n          completedLessons\n          totalLessons\n          lastLessonId\n        }\n        nextLesson {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation UpdateLearningStyle($learningStyle: LearningStyle!) {\n    updateLearningStyle(learningStyle: $learningStyle) {\n      learningStyle\n    }\n  }\n": types.UpdateLearningStyleDocument,
    "\n  mutation AdoptLearningStyle($learningStyle: LearningStyle!) {\n    updateLearningStyle(learningStyle: $learningStyle) {\n      learningStyle\n    }\n  }\n": types.AdoptLearningStyleDocument,
    "\n  mutation RenameRoadmap($roadmapId: ID!, $title: String!) {\n    renameRoadmap(roadmapId: $roadmapId, title: $title) {\n      id\n      title\n    }\n  }\n": types.RenameRoadmapDocument,
    "\n  mutation RenameModule($moduleId: ID!, $title: String!) {\n    renameModule(moduleId: $moduleId, title: $title) {\n      id\n      title\n    }\n  }\n": types.RenameModuleDocument,
    "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n    }\n  }\n": types.MoveModuleDocument,
    "\n  mutation AddModule($roadmapId: ID!, $title: String!) {\n    addModule(roadmapId: $roadmapId, title: $title) {\n      id\n    }\n  }\n": types.AddModuleDocument,
    "\n  mutation RemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n    }\n  }\n": types.RemoveModuleDocument,
    "\n  mutation RestoreModule($moduleId: ID!) {\n    restoreModule(moduleId: $moduleId) {\n      id\n    }\n  }\n": types.RestoreModuleDocument,
    "\n  mutation RenameLesson($lessonId: ID!, $title: String!) {\n    renameLesson(lessonId: $lessonId, title: $title) {\n      id\n      title\n    }\n  }\n": types.RenameLessonDocument,
    "\n  mutation MoveLesson($lessonId: ID!, $moduleId: ID!, $position: Int!) {\n    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {\n      id\n    }\n  }\n": types.MoveLessonDocument,
    "\n  mutation AddLesson($moduleId: ID!, $title: String!) {\n    addLesson(moduleId: $moduleId, title: $title) {\n      id\n    }\n  }\n": types.AddLessonDocument,
    "\n  mutation RemoveLesson($lessonId: ID!) {\n    removeLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n": types.RemoveLessonDocument,
    "\n  mutation RestoreLesson($lessonId: ID!) {\n    restoreLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n": types.RestoreLessonDocument,
    "\n  mutation VoteLesson($contentId: ID!, $value: Int!) {\n    voteLesson(contentId: $contentId, value: $value) {\n      id\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n": types.VoteLessonDocument,
    "\n  query LessonMarkdown($lessonId: ID!) {\n    lessonMarkdown(lessonId: $lessonId)\n  }\n": types.LessonMarkdownDocument,
    "\n  query ModuleMarkdown($moduleId: ID!) {\n    moduleMarkdown(moduleId: $moduleId)\n  }\n": types.ModuleMarkdownDocument,
    "\n  fragment LessonFields on Lesson {\n    id\n    title\n    learningStyle\n    generationStatus\n    moduleId\n    personalIntro\n    progress {\n      status\n      quizScore\n    }\n    content {\n      id\n      learningStyle\n      language\n      content\n      sourceAttribution\n      upvotes\n      downvotes\n      viewerVote\n      viewerFlagged\n      approvalStatus\n      generationAttempt\n    }\n  }\n": types.LessonFieldsFragmentDoc,
    "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonFields\n    }\n  }\n": types.LessonDocument,
    "\n  query LessonModule($id: ID!) {\n    module(id: $id) {\n      id\n      title\n      roadmapId\n      lessons {\n        id\n        title\n      }\n    }\n  }\n": types.LessonModuleDocument,
    "\n  mutation StartLesson($lessonId: ID!) {\n    startLesson(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n": types.StartLessonDocument,
    "\n  mutation GenerateLesson($lessonId: ID!) {\n    generateLesson(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n": types.GenerateLessonDocument,
    "\n  mutation SwitchLessonStyle($lessonId: ID!, $style: LearningStyle!) {\n    switchLessonStyle(lessonId: $lessonId, style: $style) {\n      ...LessonFields\n    }\n  }\n": types.SwitchLessonStyleDocument,
    "\n  mutation RegenerateLesson($lessonId: ID!, $instruction: String) {\n    regenerateLesson(lessonId: $lessonId, instruction: $instruction) {\n      ...LessonFields\n    }\n  }\n": types.RegenerateLessonDocument,
    "\n  mutation MarkLessonComplete($lessonId: ID!) {\n    markLessonComplete(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n": types.MarkLessonCompleteDocument,
    "\n  mutation SubmitQuiz($lessonId: ID!, $contentId: ID!, $answers: [Int!]!) {\n    submitQuiz(lessonId: $lessonId, contentId: $contentId, answers: $answers) {\n      score\n      correctCount\n      total\n      questions {\n        chosen\n        correctIndex\n        correct\n        explanation\n      }\n      lesson {\n        ...LessonFields\n      }\n    }\n  }\n": types.SubmitQuizDocument,
    "\n  subscription ModuleGeneration($moduleId: ID!) {\n    moduleGeneration(moduleId: $moduleId) {\n      moduleId\n      lessonId\n      status\n    }\n  }\n": types.ModuleGenerationDocument,
    "\n  subscription LessonGeneration($lessonId: ID!) {\n    lessonGeneration(lessonId: $lessonId) {\n      moduleId\n      lessonId\n      status\n    }\n  }\n": types.LessonGenerationDocument,
    "\n  subscription LessonStream($lessonId: ID!) {\n    lessonStream(lessonId: $lessonId) {\n      sequence\n      text\n      reset\n      done\n      status\n    }\n  }\n": types.LessonStreamDocument,
    "\n  mutation CompleteOnboarding($input: OnboardingInput!) {\n    completeOnboarding(input: $input) {\n      id\n      title\n    }\n  }\n": types.CompleteOnboardingDocument,
    "\n  query CurationProfile {\n    curationProfile {\n      tier\n      reputation\n      canReview\n      canDecide\n      canVerify\n      canManageTiers\n    }\n  }\n": types.CurationProfileDocument,
    "\n  query ReviewQueue($first: Int!, $after: String, $filter: ReviewQueueFilter!) {\n    reviewQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        cursor\n        impact\n        openFlags\n        flagReasons\n        hiddenFromReuse\n        canDecide\n        blockedReason\n        content {\n          id\n          topic\n          learningStyle\n          difficulty\n          language\n          approvalStatus\n          upvotes\n          downvotes\n          createdAt\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  fragment ReviewFields on MentorReview {\n    id\n    decision\n    comments\n    requestedChanges\n    binding\n    reviewerTier\n    createdAt\n    helpful\n    unhelpful\n    viewerVote\n    mine\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  fragment ReviewItemFields on ReviewItem {\n    impact\n    openFlags\n    flagReasons\n    hiddenFromReuse\n    canDecide\n    blockedReason\n    fullContent\n    content {\n      id\n      topic\n      learningStyle\n      difficulty\n      language\n      approvalStatus\n      upvotes\n      downvotes\n      createdAt\n      sourceAttribution\n    }\n    reviews {\n      ...ReviewFields\n    }\n  }\n": types.ReviewItemFieldsFragmentDoc,
    "\n  query ReviewItem($contentId: ID!) {\n    reviewItem(contentId: $contentId) {\n      ...ReviewItemFields\n    }\n  }\n": types.ReviewItemDocument,
    "\n  mutation MentorReviewLesson($contentId: ID!, $decision: ReviewDecision!, $comments: String!, $requestedChanges: String) {\n    mentorReviewLesson(contentId: $contentId, decision: $decision, comments: $comments, requestedChanges: $requestedChanges) {\n      ...ReviewItemFields\n    }\n  }\n": types.MentorReviewLessonDocument,
    "\n  mutation VoteReview($reviewId: ID!, $value: Int!) {\n    voteReview(reviewId: $reviewId, value: $value) {\n      ...ReviewFields\n    }\n  }\n": types.VoteReviewDocument,
    "\n  mutation FlagLesson($contentId: ID!, $reason: FlagReason!, $details: String!) {\n    flagLesson(contentId: $contentId, reason: $reason, details: $details) {\n      id\n      reason\n    }\n  }\n": types.FlagLessonDocument,
    "\n  query DueReviews($first: Int!) {\n    dueReviews(first: $first) {\n      totalDue\n      nextDueAt\n      cards {\n        id\n        lessonId\n        lessonTitle\n        question\n        options\n        dueAt\n        intervalDays\n        repetitions\n      }\n    }\n  }\n": types.DueReviewsDocument,
    "\n  mutation AnswerReview($cardId: ID!, $answer: Int!) {\n    answerReview(cardId: $cardId, answer: $answer) {\n      correct\n      correctIndex\n      explanation\n      card {\n        id\n        dueAt\n        intervalDays\n        repetitions\n      }\n    }\n  }\n": types.AnswerReviewDocument,
    "\n  query StyleAdvice {\n    styleAdvice {\n      suggestedStyle\n      reason\n      insights {\n        style\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        quizzes\n        meanQuizScore\n      }\n    }\n  }\n": types.StyleAdviceDocument,
    "\n  mutation GenerateModuleLessons($moduleId: ID!) {\n    generateModuleLessons(moduleId: $moduleId) {\n      id\n      generationStatus\n      lessons {\n        id\n        generationStatus\n      }\n    }\n  }\n": types.GenerateModuleLessonsDocument,
    "\n  query Roadmap($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      goal\n      description\n      skill\n      difficulty\n      progress {\n        percent\n        completedLessons\n        totalLessons\n        lastLessonId\n      }\n      modules {\n        id\n        position\n        title\n        description\n        topics\n        estimatedHours\n        generationStatus\n        completedLessons\n        lessons {\n          id\n          title\n          learningStyle\n          generationStatus\n          progress {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.RoadmapDocument,
    "\n  fragment TutorMessageFields on TutorMessage {\n    id\n    role\n    text\n    status\n    errorCode\n    createdAt\n    citations {\n      id\n      kind\n      title\n      url\n    }\n  }\n": types.TutorMessageFieldsFragmentDoc,
    "\n  query TutorConversation($lessonId: ID!, $last: Int!, $before: String) {\n    tutorConversation(lessonId: $lessonId, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TutorMessageFields\n      }\n    }\n  }\n": types.TutorConversationDocument,
    "\n  mutation AskTutor($lessonId: ID!, $message: String!) {\n    askTutor(lessonId: $lessonId, message: $message) {\n      question {\n        ...TutorMessageFields\n      }\n      answer {\n        ...TutorMessageFields\n      }\n    }\n  }\n": types.AskTutorDocument,
    "\n  subscription TutorStream($messageId: ID!) {\n    tutorStream(messageId: $messageId) {\n      messageId\n      sequence\n      text\n      reset\n      done\n      status\n    }\n  }\n": types.TutorStreamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Analytics($days: Int!) {\n    analytics(days: $days) {\n      since\n      until\n      costUsd\n      generationLatencyP50Ms\n      generationLatencyP95Ms\n      generationFailures\n      deadLetters\n      reuse {\n        lookups\n        exactHits\n        semanticHits\n        misses\n        hitRate\n      }\n      activeLearners {\n        today\n        last7Days\n        last30Days\n      }\n      daily {\n        day\n        costUsd\n        tokensIn\n        tokensOut\n        calls\n        providerErrors\n        lessonsGenerated\n        lessonsReused\n        reuseLookups\n        generationFailures\n        latencyP50Ms\n        latencyP95Ms\n        activeLearners\n        byProvider {\n          provider\n          model\n          calls\n          costUsd\n        }\n      }\n      byModel {\n        provider\n        model\n        calls\n        errors\n        tokensIn\n        tokensOut\n        costUsd\n        latencyP50Ms\n        latencyP95Ms\n      }\n      variants {\n        name\n        style\n        active\n        lessonsGenerated\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        meanQuizScore\n        upvotes\n        downvotes\n        regenerations\n      }\n      styles {\n        style\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        quizzes\n        meanQuizScore\n      }\n    }\n  }\n"): (typeof documents)["\n  query Analytics($days: Int!) {\n    analytics(days: $days) {\n      since\n      until\n      costUsd\n      generationLatencyP50Ms\n      generationLatencyP95Ms\n      generationFailures\n      deadLetters\n      reuse {\n        lookups\n        exactHits\n        semanticHits\n        misses\n        hitRate\n      }\n      activeLearners {\n        today\n        last7Days\n        last30Days\n      }\n      daily {\n        day\n        costUsd\n        tokensIn\n        tokensOut\n        calls\n        providerErrors\n        lessonsGenerated\n        lessonsReused\n        reuseLookups\n        generationFailures\n        latencyP50Ms\n        latencyP95Ms\n        activeLearners\n        byProvider {\n          provider\n          model\n          calls\n          costUsd\n        }\n      }\n      byModel {\n        provider\n        model\n        calls\n        errors\n        tokensIn\n        tokensOut\n        costUsd\n        latencyP50Ms\n        latencyP95Ms\n      }\n      variants {\n        name\n        style\n        active\n        lessonsGenerated\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        meanQuizScore\n        upvotes\n        downvotes\n        regenerations\n      }\n      styles {\n        style\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        quizzes\n        meanQuizScore\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaForecast {\n    quotaForecast {\n      name\n      kind\n      limit\n      usedToday\n      dailyLimit\n      remainingToday\n      ratePerHour\n      exhaustsAt\n      resetsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query QuotaForecast {\n    quotaForecast {\n      name\n      kind\n      limit\n      usedToday\n      dailyLimit\n      remainingToday\n      ratePerHour\n      exhaustsAt\n      resetsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CostControlsFields on CostControls {\n    dailyCostCapUsd\n    effectiveDailyCostCapUsd\n    perLessonBudgetUsd\n    spentTodayUsd\n    updatedAt\n    updatedBy\n  }\n"): (typeof documents)["\n  fragment CostControlsFields on CostControls {\n    dailyCostCapUsd\n    effectiveDailyCostCapUsd\n    perLessonBudgetUsd\n    spentTodayUsd\n    updatedAt\n    updatedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostControls {\n    costControls {\n      ...CostControlsFields\n    }\n  }\n"): (typeof documents)["\n  query CostControls {\n    costControls {\n      ...CostControlsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCostControls(\n    $dailyCostCapUsd: Float\n    $perLessonBudgetUsd: Float\n    $clearDailyCostCap: Boolean!\n    $clearPerLessonBudget: Boolean!\n  ) {\n    setCostControls(\n      dailyCostCapUsd: $dailyCostCapUsd\n      perLessonBudgetUsd: $perLessonBudgetUsd\n      clearDailyCostCap: $clearDailyCostCap\n      clearPerLessonBudget: $clearPerLessonBudget\n    ) {\n      ...CostControlsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCostControls(\n    $dailyCostCapUsd: Float\n    $perLessonBudgetUsd: Float\n    $clearDailyCostCap: Boolean!\n    $clearPerLessonBudget: Boolean!\n  ) {\n    setCostControls(\n      dailyCostCapUsd: $dailyCostCapUsd\n      perLessonBudgetUsd: $perLessonBudgetUsd\n      clearDailyCostCap: $clearDailyCostCap\n      clearPerLessonBudget: $clearPerLessonBudget\n    ) {\n      ...CostControlsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($offset: Int!, $limit: Int!) {\n    me {\n      id\n      email\n      profile {\n        learningStyle\n        goals\n      }\n    }\n    dashboard(offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      roadmaps {\n        id\n        title\n        skill\n        difficulty\n        progress {\n          percent\n          completedLessons\n          totalLessons\n          lastLessonId\n        }\n        nextLesson {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($offset: Int!, $limit: Int!) {\n    me {\n      id\n      email\n      profile {\n        learningStyle\n        goals\n      }\n    }\n    dashboard(offset: $offset, limit: $limit) {\n      totalCount\n      offset\n      roadmaps {\n        id\n        title\n        skill\n        difficulty\n        progress {\n          percent\n          completedLessons\n          totalLessons\n          lastLessonId\n        }\n        nextLesson {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLearningStyle($learningStyle: LearningStyle!) {\n    updateLearningStyle(learningStyle: $learningStyle) {\n      learningStyle\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLearningStyle($learningStyle: LearningStyle!) {\n    updateLearningStyle(learningStyle: $learningStyle) {\n      learningStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptLearningStyle($learningStyle: LearningStyle!) {\n    updateLearningStyle(learningStyle: $learningStyle) {\n      learningStyle\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptLearningStyle($learningStyle: LearningStyle!) {\n    updateLearningStyle(learningStyle: $learningStyle) {\n      learningStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameRoadmap($roadmapId: ID!, $title: String!) {\n    renameRoadmap(roadmapId: $roadmapId, title: $title) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RenameRoadmap($roadmapId: ID!, $title: String!) {\n    renameRoadmap(roadmapId: $roadmapId, title: $title) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameModule($moduleId: ID!, $title: String!) {\n    renameModule(moduleId: $moduleId, title: $title) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RenameModule($moduleId: ID!, $title: String!) {\n    renameModule(moduleId: $moduleId, title: $title) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveModule($moduleId: ID!, $position: Int!) {\n    moveModule(moduleId: $moduleId, position: $position) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModule($roadmapId: ID!, $title: String!) {\n    addModule(roadmapId: $roadmapId, title: $title) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddModule($roadmapId: ID!, $title: String!) {\n    addModule(roadmapId: $roadmapId, title: $title) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveModule($moduleId: ID!) {\n    removeModule(moduleId: $moduleId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreModule($moduleId: ID!) {\n    restoreModule(moduleId: $moduleId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreModule($moduleId: ID!) {\n    restoreModule(moduleId: $moduleId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameLesson($lessonId: ID!, $title: String!) {\n    renameLesson(lessonId: $lessonId, title: $title) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RenameLesson($lessonId: ID!, $title: String!) {\n    renameLesson(lessonId: $lessonId, title: $title) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLesson($lessonId: ID!, $moduleId: ID!, $position: Int!) {\n    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveLesson($lessonId: ID!, $moduleId: ID!, $position: Int!) {\n    moveLesson(lessonId: $lessonId, moduleId: $moduleId, position: $position) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLesson($moduleId: ID!, $title: String!) {\n    addLesson(moduleId: $moduleId, title: $title) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddLesson($moduleId: ID!, $title: String!) {\n    addLesson(moduleId: $moduleId, title: $title) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLesson($lessonId: ID!) {\n    removeLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveLesson($lessonId: ID!) {\n    removeLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreLesson($lessonId: ID!) {\n    restoreLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreLesson($lessonId: ID!) {\n    restoreLesson(lessonId: $lessonId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteLesson($contentId: ID!, $value: Int!) {\n    voteLesson(contentId: $contentId, value: $value) {\n      id\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n"): (typeof documents)["\n  mutation VoteLesson($contentId: ID!, $value: Int!) {\n    voteLesson(contentId: $contentId, value: $value) {\n      id\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonMarkdown($lessonId: ID!) {\n    lessonMarkdown(lessonId: $lessonId)\n  }\n"): (typeof documents)["\n  query LessonMarkdown($lessonId: ID!) {\n    lessonMarkdown(lessonId: $lessonId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleMarkdown($moduleId: ID!) {\n    moduleMarkdown(moduleId: $moduleId)\n  }\n"): (typeof documents)["\n  query ModuleMarkdown($moduleId: ID!) {\n    moduleMarkdown(moduleId: $moduleId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonFields on Lesson {\n    id\n    title\n    learningStyle\n    generationStatus\n    moduleId\n    personalIntro\n    progress {\n      status\n      quizScore\n    }\n    content {\n      id\n      learningStyle\n      language\n      content\n      sourceAttribution\n      upvotes\n      downvotes\n      viewerVote\n      viewerFlagged\n      approvalStatus\n      generationAttempt\n    }\n  }\n"): (typeof documents)["\n  fragment LessonFields on Lesson {\n    id\n    title\n    learningStyle\n    generationStatus\n    moduleId\n    personalIntro\n    progress {\n      status\n      quizScore\n    }\n    content {\n      id\n      learningStyle\n      language\n      content\n      sourceAttribution\n      upvotes\n      downvotes\n      viewerVote\n      viewerFlagged\n      approvalStatus\n      generationAttempt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonFields\n    }\n  }\n"): (typeof documents)["\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonModule($id: ID!) {\n    module(id: $id) {\n      id\n      title\n      roadmapId\n      lessons {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonModule($id: ID!) {\n    module(id: $id) {\n      id\n      title\n      roadmapId\n      lessons {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLesson($lessonId: ID!) {\n    startLesson(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartLesson($lessonId: ID!) {\n    startLesson(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateLesson($lessonId: ID!) {\n    generateLesson(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateLesson($lessonId: ID!) {\n    generateLesson(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchLessonStyle($lessonId: ID!, $style: LearningStyle!) {\n    switchLessonStyle(lessonId: $lessonId, style: $style) {\n      ...LessonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchLessonStyle($lessonId: ID!, $style: LearningStyle!) {\n    switchLessonStyle(lessonId: $lessonId, style: $style) {\n      ...LessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateLesson($lessonId: ID!, $instruction: String) {\n    regenerateLesson(lessonId: $lessonId, instruction: $instruction) {\n      ...LessonFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateLesson($lessonId: ID!, $instruction: String) {\n    regenerateLesson(lessonId: $lessonId, instruction: $instruction) {\n      ...LessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkLessonComplete($lessonId: ID!) {\n    markLessonComplete(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkLessonComplete($lessonId: ID!) {\n    markLessonComplete(lessonId: $lessonId) {\n      ...LessonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuiz($lessonId: ID!, $contentId: ID!, $answers: [Int!]!) {\n    submitQuiz(lessonId: $lessonId, contentId: $contentId, answers: $answers) {\n      score\n      correctCount\n      total\n      questions {\n        chosen\n        correctIndex\n        correct\n        explanation\n      }\n      lesson {\n        ...LessonFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQuiz($lessonId: ID!, $contentId: ID!, $answers: [Int!]!) {\n    submitQuiz(lessonId: $lessonId, contentId: $contentId, answers: $answers) {\n      score\n      correctCount\n      total\n      questions {\n        chosen\n        correctIndex\n        correct\n        explanation\n      }\n      lesson {\n        ...LessonFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ModuleGeneration($moduleId: ID!) {\n    moduleGeneration(moduleId: $moduleId) {\n      moduleId\n      lessonId\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription ModuleGeneration($moduleId: ID!) {\n    moduleGeneration(moduleId: $moduleId) {\n      moduleId\n      lessonId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LessonGeneration($lessonId: ID!) {\n    lessonGeneration(lessonId: $lessonId) {\n      moduleId\n      lessonId\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription LessonGeneration($lessonId: ID!) {\n    lessonGeneration(lessonId: $lessonId) {\n      moduleId\n      lessonId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LessonStream($lessonId: ID!) {\n    lessonStream(lessonId: $lessonId) {\n      sequence\n      text\n      reset\n      done\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription LessonStream($lessonId: ID!) {\n    lessonStream(lessonId: $lessonId) {\n      sequence\n      text\n      reset\n      done\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteOnboarding($input: OnboardingInput!) {\n    completeOnboarding(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteOnboarding($input: OnboardingInput!) {\n    completeOnboarding(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationProfile {\n    curationProfile {\n      tier\n      reputation\n      canReview\n      canDecide\n      canVerify\n      canManageTiers\n    }\n  }\n"): (typeof documents)["\n  query CurationProfile {\n    curationProfile {\n      tier\n      reputation\n      canReview\n      canDecide\n      canVerify\n      canManageTiers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int!, $after: String, $filter: ReviewQueueFilter!) {\n    reviewQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        cursor\n        impact\n        openFlags\n        flagReasons\n        hiddenFromReuse\n        canDecide\n        blockedReason\n        content {\n          id\n          topic\n          learningStyle\n          difficulty\n          language\n          approvalStatus\n          upvotes\n          downvotes\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int!, $after: String, $filter: ReviewQueueFilter!) {\n    reviewQueue(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        cursor\n        impact\n        openFlags\n        flagReasons\n        hiddenFromReuse\n        canDecide\n        blockedReason\n        content {\n          id\n          topic\n          learningStyle\n          difficulty\n          language\n          approvalStatus\n          upvotes\n          downvotes\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on MentorReview {\n    id\n    decision\n    comments\n    requestedChanges\n    binding\n    reviewerTier\n    createdAt\n    helpful\n    unhelpful\n    viewerVote\n    mine\n  }\n"): (typeof documents)["\n  fragment ReviewFields on MentorReview {\n    id\n    decision\n    comments\n    requestedChanges\n    binding\n    reviewerTier\n    createdAt\n    helpful\n    unhelpful\n    viewerVote\n    mine\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewItemFields on ReviewItem {\n    impact\n    openFlags\n    flagReasons\n    hiddenFromReuse\n    canDecide\n    blockedReason\n    fullContent\n    content {\n      id\n      topic\n      learningStyle\n      difficulty\n      language\n      approvalStatus\n      upvotes\n      downvotes\n      createdAt\n      sourceAttribution\n    }\n    reviews {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewItemFields on ReviewItem {\n    impact\n    openFlags\n    flagReasons\n    hiddenFromReuse\n    canDecide\n    blockedReason\n    fullContent\n    content {\n      id\n      topic\n      learningStyle\n      difficulty\n      language\n      approvalStatus\n      upvotes\n      downvotes\n      createdAt\n      sourceAttribution\n    }\n    reviews {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewItem($contentId: ID!) {\n    reviewItem(contentId: $contentId) {\n      ...ReviewItemFields\n    }\n  }\n"): (typeof documents)["\n  query ReviewItem($contentId: ID!) {\n    reviewItem(contentId: $contentId) {\n      ...ReviewItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentorReviewLesson($contentId: ID!, $decision: ReviewDecision!, $comments: String!, $requestedChanges: String) {\n    mentorReviewLesson(contentId: $contentId, decision: $decision, comments: $comments, requestedChanges: $requestedChanges) {\n      ...ReviewItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation MentorReviewLesson($contentId: ID!, $decision: ReviewDecision!, $comments: String!, $requestedChanges: String) {\n    mentorReviewLesson(contentId: $contentId, decision: $decision, comments: $comments, requestedChanges: $requestedChanges) {\n      ...ReviewItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteReview($reviewId: ID!, $value: Int!) {\n    voteReview(reviewId: $reviewId, value: $value) {\n      ...ReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoteReview($reviewId: ID!, $value: Int!) {\n    voteReview(reviewId: $reviewId, value: $value) {\n      ...ReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagLesson($contentId: ID!, $reason: FlagReason!, $details: String!) {\n    flagLesson(contentId: $contentId, reason: $reason, details: $details) {\n      id\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation FlagLesson($contentId: ID!, $reason: FlagReason!, $details: String!) {\n    flagLesson(contentId: $contentId, reason: $reason, details: $details) {\n      id\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueReviews($first: Int!) {\n    dueReviews(first: $first) {\n      totalDue\n      nextDueAt\n      cards {\n        id\n        lessonId\n        lessonTitle\n        question\n        options\n        dueAt\n        intervalDays\n        repetitions\n      }\n    }\n  }\n"): (typeof documents)["\n  query DueReviews($first: Int!) {\n    dueReviews(first: $first) {\n      totalDue\n      nextDueAt\n      cards {\n        id\n        lessonId\n        lessonTitle\n        question\n        options\n        dueAt\n        intervalDays\n        repetitions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerReview($cardId: ID!, $answer: Int!) {\n    answerReview(cardId: $cardId, answer: $answer) {\n      correct\n      correctIndex\n      explanation\n      card {\n        id\n        dueAt\n        intervalDays\n        repetitions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerReview($cardId: ID!, $answer: Int!) {\n    answerReview(cardId: $cardId, answer: $answer) {\n      correct\n      correctIndex\n      explanation\n      card {\n        id\n        dueAt\n        intervalDays\n        repetitions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StyleAdvice {\n    styleAdvice {\n      suggestedStyle\n      reason\n      insights {\n        style\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        quizzes\n        meanQuizScore\n      }\n    }\n  }\n"): (typeof documents)["\n  query StyleAdvice {\n    styleAdvice {\n      suggestedStyle\n      reason\n      insights {\n        style\n        lessonsStarted\n        lessonsCompleted\n        completionRate\n        quizzes\n        meanQuizScore\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateModuleLessons($moduleId: ID!) {\n    generateModuleLessons(moduleId: $moduleId) {\n      id\n      generationStatus\n      lessons {\n        id\n        generationStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateModuleLessons($moduleId: ID!) {\n    generateModuleLessons(moduleId: $moduleId) {\n      id\n      generationStatus\n      lessons {\n        id\n        generationStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadmap($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      goal\n      description\n      skill\n      difficulty\n      progress {\n        percent\n        completedLessons\n        totalLessons\n        lastLessonId\n      }\n      modules {\n        id\n        position\n        title\n        description\n        topics\n        estimatedHours\n        generationStatus\n        completedLessons\n        lessons {\n          id\n          title\n          learningStyle\n          generationStatus\n          progress {\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roadmap($id: ID!) {\n    roadmap(id: $id) {\n      id\n      title\n      goal\n      description\n      skill\n      difficulty\n      progress {\n        percent\n        completedLessons\n        totalLessons\n        lastLessonId\n      }\n      modules {\n        id\n        position\n        title\n        description\n        topics\n        estimatedHours\n        generationStatus\n        completedLessons\n        lessons {\n          id\n          title\n          learningStyle\n          generationStatus\n          progress {\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TutorMessageFields on TutorMessage {\n    id\n    role\n    text\n    status\n    errorCode\n    createdAt\n    citations {\n      id\n      kind\n      title\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment TutorMessageFields on TutorMessage {\n    id\n    role\n    text\n    status\n    errorCode\n    createdAt\n    citations {\n      id\n      kind\n      title\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TutorConversation($lessonId: ID!, $last: Int!, $before: String) {\n    tutorConversation(lessonId: $lessonId, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TutorMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TutorConversation($lessonId: ID!, $last: Int!, $before: String) {\n    tutorConversation(lessonId: $lessonId, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...TutorMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskTutor($lessonId: ID!, $message: String!) {\n    askTutor(lessonId: $lessonId, message: $message) {\n      question {\n        ...TutorMessageFields\n      }\n      answer {\n        ...TutorMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AskTutor($lessonId: ID!, $message: String!) {\n    askTutor(lessonId: $lessonId, message: $message) {\n      question {\n        ...TutorMessageFields\n      }\n      answer {\n        ...TutorMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TutorStream($messageId: ID!) {\n    tutorStream(messageId: $messageId) {\n      messageId\n      sequence\n      text\n      reset\n      done\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription TutorStream($messageId: ID!) {\n    tutorStream(messageId: $messageId) {\n      messageId\n      sequence\n      text\n      reset\n      done\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;