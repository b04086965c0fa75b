import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";

import { Spinner } from "../components/Spinner";
import { useAuth } from "./AuthProvider";

/** Pages for signed-in learners: others go to the log-in page and come back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === "loading") return <Spinner label="Signing you in…" />;
  if (status === "signed_out") {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** Only same-site paths are followed after logging in (never another origin). */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  return raw;
}
