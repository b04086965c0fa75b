import { ApolloProvider } from "@apollo/client/react";
import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes, useParams } from "react-router";

import type { createApolloClient } from "./api/client";
import { AuthForm } from "./auth/AuthForm";
import { AuthProvider } from "./auth/AuthProvider";
import { RequireAuth } from "./auth/RequireAuth";
import type { AuthSession } from "./auth/session";
import { Layout } from "./components/Layout";
import { NotFound } from "./components/NotFound";
import { ToastProvider } from "./components/Toasts";
import { DashboardPage } from "./dashboard/DashboardPage";
import { OnboardingPage } from "./onboarding/OnboardingPage";
import { ReviewItemPage } from "./review/ReviewItemPage";
import { ReviewQueuePage } from "./review/ReviewQueuePage";
import { RoadmapPage } from "./roadmap/RoadmapPage";
import { Spinner } from "./components/Spinner";

// The analytics page brings the chart library: loaded when an admin opens it.
const AnalyticsPage = lazy(() => import("./analytics/AnalyticsPage").then((m) => ({ default: m.AnalyticsPage })));
// The lesson viewer brings the Markdown renderer and the code highlighter: loaded when needed.
const LessonPage = lazy(() => import("./lesson/LessonPage").then((m) => ({ default: m.LessonPage })));

/** A new page for each lesson: nothing of the previous one (open hints, a half-typed wish,
 * its stream) carries over. */
function LessonRoute() {
  const { lessonId = "" } = useParams();
  return <LessonPage key={lessonId} lessonId={lessonId} />;
}

export function App({ session, client }: { session: AuthSession; client: ReturnType<typeof createApolloClient> }) {
  return (
    <AuthProvider session={session}>
      <ApolloProvider client={client}>
        <ToastProvider>
          <BrowserRouter>
            <Layout>
              <Routes>
                <Route path="/login" element={<AuthForm mode="login" />} />
                <Route path="/signup" element={<AuthForm mode="signup" />} />
                <Route path="/" element={<RequireAuth><DashboardPage /></RequireAuth>} />
                <Route path="/onboarding" element={<RequireAuth><OnboardingPage /></RequireAuth>} />
                <Route path="/roadmaps/:roadmapId" element={<RequireAuth><RoadmapPage /></RequireAuth>} />
                <Route
                  path="/lessons/:lessonId"
                  element={
                    <RequireAuth>
                      <Suspense fallback={<Spinner label="Loading the lesson…" />}>
                        <LessonRoute />
                      </Suspense>
                    </RequireAuth>
                  }
                />
                <Route path="/review" element={<RequireAuth><ReviewQueuePage /></RequireAuth>} />
                <Route path="/review/:contentId" element={<RequireAuth><ReviewItemPage /></RequireAuth>} />
                <Route
                  path="/analytics"
                  element={
                    <RequireAuth>
                      <Suspense fallback={<Spinner label="Loading analytics…" />}>
                        <AnalyticsPage />
                      </Suspense>
                    </RequireAuth>
                  }
                />
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Layout>
          </BrowserRouter>
        </ToastProvider>
      </ApolloProvider>
    </AuthProvider>
  );
}
