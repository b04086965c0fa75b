import { graphql } from "../graphql";

export const ANALYTICS = graphql(`
  query Analytics($days: Int!) {
    analytics(days: $days) {
      since
      until
      costUsd
      generationLatencyP50Ms
      generationLatencyP95Ms
      generationFailures
      deadLetters
      reuse {
        lookups
        exactHits
        semanticHits
        misses
        hitRate
      }
      activeLearners {
        today
        last7Days
        last30Days
      }
      daily {
        day
        costUsd
        tokensIn
        tokensOut
        calls
        providerErrors
        lessonsGenerated
        lessonsReused
        reuseLookups
        generationFailures
        latencyP50Ms
        latencyP95Ms
        activeLearners
        byProvider {
          provider
          model
          calls
          costUsd
        }
      }
      byModel {
        provider
        model
        calls
        errors
        tokensIn
        tokensOut
        costUsd
        latencyP50Ms
        latencyP95Ms
      }
      variants {
        name
        style
        active
        lessonsGenerated
        lessonsStarted
        lessonsCompleted
        completionRate
        meanQuizScore
        upvotes
        downvotes
        regenerations
      }
      styles {
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

export const QUOTA_FORECAST = graphql(`
  query QuotaForecast {
    quotaForecast {
      name
      kind
      limit
      usedToday
      dailyLimit
      remainingToday
      ratePerHour
      exhaustsAt
      resetsAt
      status
    }
  }
`);

export const COST_CONTROLS_FIELDS = graphql(`
  fragment CostControlsFields on CostControls {
    dailyCostCapUsd
    effectiveDailyCostCapUsd
    perLessonBudgetUsd
    spentTodayUsd
    updatedAt
    updatedBy
  }
`);

export const COST_CONTROLS = graphql(`
  query CostControls {
    costControls {
      ...CostControlsFields
    }
  }
`);

export const SET_COST_CONTROLS = graphql(`
  mutation SetCostControls(
    $dailyCostCapUsd: Float
    $perLessonBudgetUsd: Float
    $clearDailyCostCap: Boolean!
    $clearPerLessonBudget: Boolean!
  ) {
    setCostControls(
      dailyCostCapUsd: $dailyCostCapUsd
      perLessonBudgetUsd: $perLessonBudgetUsd
      clearDailyCostCap: $clearDailyCostCap
      clearPerLessonBudget: $clearPerLessonBudget
    ) {
      ...CostControlsFields
    }
  }
`);
