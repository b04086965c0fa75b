import type { ReactNode } from "react";

import { toApiError } from "../api/errors";
import { ErrorMessage } from "./ErrorMessage";
import { NotFound } from "./NotFound";
import { Spinner } from "./Spinner";

/** What a page shows before its data is there: a spinner while loading, "not found" for a
 * missing or someone else's object, the error with a retry otherwise; null once there is data. */
export function queryGate({ loading, error, hasData, refetch, what }: {
  loading: boolean;
  error: unknown;
  hasData: boolean;
  refetch: () => unknown;
  what: string;
}): ReactNode | null {
  if (hasData) return null;
  if (loading) return <Spinner label={`Loading the ${what}…`} />;
  if (error) {
    const code = toApiError(error).code;
    if (code === "NOT_FOUND" || code === "INVALID_ID") return <NotFound what={what} />;
    return <ErrorMessage error={error} retry={() => void refetch()} />;
  }
  return null;
}
