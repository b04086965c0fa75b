import { ApolloProvider } from "@apollo/client/react";
import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router";

import { createApolloClient } from "./api/client";
import { AuthForm } from "./auth/AuthForm";
import { AuthProvider } from "./auth/AuthProvider";
import { RequireAuth } from "./auth/RequireAuth";
import type { AuthSession } from "./auth/session";
import { Layout } from "./components/Layout";
import { NotFound } from "./components/NotFound";
import { ToastProvider } from "./components/Toasts";
import { DashboardPage } from "./dashboard/DashboardPage";
import { OnboardingPage } from "./onboarding/OnboardingPage";
import { RoadmapPage } from "./roadmap/RoadmapPage";
import { Spinner } from "./components/Spinner";

// The lesson viewer brings the Markdown renderer and the code highlighter: loaded when needed.
const LessonPage = lazy(() => import("./lesson/LessonPage").then((m) => ({ default: m.LessonPage })));

export function App({ session, client = createApolloClient(session) }: {
  session: AuthSession;
  client?: ReturnType<typeof createApolloClient>;
}) {
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
                        <LessonPage />
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
