import { useEffect, useRef } from "react";

import { useAuthSession } from "../auth/AuthProvider";

/** A subscription that ended with an error (the socket's token expired, the server
 * restarted) is started again after a refresh, a few times: live status must not silently
 * stop. */
export function useRestartOnError(restart: () => void, error: unknown, active: boolean) {
  const session = useAuthSession();
  const attempts = useRef(0);
  useEffect(() => {
    if (!error || !active || attempts.current >= 5) return;
    attempts.current += 1;
    const timer = window.setTimeout(() => {
      void session.refresh().then(() => restart());
    }, 1_000 * attempts.current);
    return () => window.clearTimeout(timer);
  }, [error, active, restart, session]);
}
