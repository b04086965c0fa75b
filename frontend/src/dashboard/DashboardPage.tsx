import { NetworkStatus } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link, Navigate } from "react-router";

import { ErrorMessage } from "../components/ErrorMessage";
import { ProgressBar } from "../components/ProgressBar";
import { queryGate } from "../components/QueryGate";
import { useToasts } from "../components/Toasts";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { graphql } from "../graphql";
import type { LearningStyle } from "../graphql/graphql";
import { StyleSelector } from "../components/StyleSelector";
import { describeError } from "../api/errors";
import { DueReviewsPanel } from "../reviews/DueReviewsPanel";
import { StyleSuggestion } from "./StyleSuggestion";

export const PAGE_SIZE = 12;

const DASHBOARD = graphql(`
  query Dashboard($offset: Int!, $limit: Int!) {
    me {
      id
      email
      profile {
        learningStyle
        goals
      }
    }
    dashboard(offset: $offset, limit: $limit) {
      totalCount
      offset
      roadmaps {
        id
        title
        skill
        difficulty
        progress {
          percent
          completedLessons
          totalLessons
          lastLessonId
        }
        nextLesson {
          id
          title
        }
      }
    }
  }
`);

const UPDATE_STYLE = graphql(`
  mutation UpdateLearningStyle($learningStyle: LearningStyle!) {
    updateLearningStyle(learningStyle: $learningStyle) {
      learningStyle
    }
  }
`);

export function DashboardPage() {
  useDocumentTitle("Dashboard");
  const toasts = useToasts();
  const { data, error, loading, refetch, fetchMore, networkStatus } = useQuery(DASHBOARD, {
    variables: { offset: 0, limit: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const [updateStyle, styleState] = useMutation(UPDATE_STYLE, {
    update(cache, { data: updated }) {
      const learningStyle = updated?.updateLearningStyle.learningStyle;
      if (!learningStyle) return;
      cache.updateQuery({ query: DASHBOARD, variables: { offset: 0, limit: PAGE_SIZE } }, (current) =>
        current?.me?.profile ? { ...current, me: { ...current.me, profile: { ...current.me.profile, learningStyle } } } : current,
      );
    },
  });

  const gate = queryGate({ loading, error, hasData: Boolean(data), refetch, what: "dashboard" });
  if (gate || !data) return gate;
  const { roadmaps, totalCount } = data.dashboard;
  if (totalCount === 0) return <Navigate to="/onboarding" replace />;
  const style = data.me?.profile?.learningStyle;

  async function changeStyle(next: LearningStyle) {
    try {
      await updateStyle({ variables: { learningStyle: next } });
      toasts.show({ tone: "success", message: "Learning style updated. New lessons will use it." });
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
    }
  }

  return (
    <div className="stack">
      <h1>Your learning</h1>
      {error && <ErrorMessage error={error} retry={() => void refetch()} />}
      <StyleSuggestion onChanged={() => void refetch()} />
      <DueReviewsPanel />
      <section aria-labelledby="roadmaps-title" className="stack">
        <h2 id="roadmaps-title">Roadmaps ({totalCount})</h2>
        <ul className="roadmap-grid" role="list">
          {roadmaps.map((roadmap) => {
            const next = roadmap.nextLesson;
            const { percent, completedLessons, totalLessons } = roadmap.progress;
            return (
              <li key={roadmap.id} className="card roadmap-card">
                <h3>
                  <Link to={`/roadmaps/${roadmap.id}`}>{roadmap.title}</Link>
                </h3>
                <p className="muted">
                  {roadmap.skill} · {roadmap.difficulty.toLowerCase()} · {completedLessons} of {totalLessons} lessons done
                </p>
                <ProgressBar percent={percent} label={`Progress on ${roadmap.title}`} />
                {next && (
                  <Link className="btn btn-primary" to={`/lessons/${next.id}`}>
                    {roadmap.progress.lastLessonId ? "Continue" : "Start"}: {next.title}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
        {roadmaps.length < totalCount && (
          <button
            type="button"
            className="btn"
            disabled={networkStatus === NetworkStatus.fetchMore}
            onClick={() =>
              fetchMore({
                variables: { offset: roadmaps.length },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...fetchMoreResult,
                  dashboard: {
                    ...fetchMoreResult.dashboard,
                    roadmaps: [...previous.dashboard.roadmaps, ...fetchMoreResult.dashboard.roadmaps],
                  },
                }),
              }).catch((caught: unknown) => toasts.show({ tone: "error", message: describeError(caught) }))
            }
          >
            Show more roadmaps
          </button>
        )}
      </section>
      {style && (
        <section aria-labelledby="style-title" className="card stack">
          <h2 id="style-title">Your learning style</h2>
          <p className="muted">New lessons are written in this style. You can also switch any single lesson.</p>
          <StyleSelector value={style} onChange={changeStyle} disabled={styleState.loading} busyStyle={styleState.loading ? (styleState.data?.updateLearningStyle.learningStyle ?? null) : null} />
        </section>
      )}
    </div>
  );
}
