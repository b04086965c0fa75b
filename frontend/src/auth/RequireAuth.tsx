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

/** Only a path of this site is followed after logging in, never another origin: the browser's
 * own URL parser decides (it forgives tabs, backslashes and the like that a prefix test
 * misses). */
export function safeNext(raw: string | null, origin: string = window.location.origin): string {
  if (!raw) return "/";
  try {
    const url = new URL(raw, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
