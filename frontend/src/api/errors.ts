// Clients branch on the error code (`extensions.code`), never on the message.
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

export type ErrorCode = string;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;
  readonly retryAfter: number | null;

  constructor(code: ErrorCode, message: string, field: string | null = null, retryAfter: number | null = null) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.field = field;
    this.retryAfter = retryAfter;
  }
}

type RawError = { message?: unknown; extensions?: Record<string, unknown> };

export function apiErrorFrom(raw: RawError): ApiError {
  const ext = raw.extensions ?? {};
  return new ApiError(
    typeof ext.code === "string" ? ext.code : "INTERNAL",
    typeof raw.message === "string" ? raw.message : "Something went wrong",
    typeof ext.field === "string" ? ext.field : null,
    typeof ext.retryAfter === "number" ? ext.retryAfter : null,
  );
}

/** The first error of an HTTP body in GraphQL's error format, if it has one. */
export function apiErrorFromBody(bodyText: string): ApiError | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: RawError[] };
    const first = body.errors?.[0];
    return first ? apiErrorFrom(first) : null;
  } catch {
    return null;
  }
}

/** Whatever Apollo or fetch threw, as an ApiError with a code. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first) return apiErrorFrom(first as RawError);
  }
  if (ServerError.is(error)) {
    return apiErrorFromBody(error.bodyText) ?? new ApiError("SERVICE_UNAVAILABLE", error.message);
  }
  if (error instanceof TypeError) return new ApiError("NETWORK", "The server could not be reached.");
  return new ApiError("INTERNAL", error instanceof Error ? error.message : String(error));
}

const MESSAGES: Record<string, string> = {
  NETWORK: "SkillSync could not be reached. Check your connection and try again.",
  RATE_LIMITED: "You're going a little fast. Please wait a moment and try again.",
  NOT_FOUND: "This page doesn't exist, or it isn't yours.",
  INVALID_ID: "This page doesn't exist, or it isn't yours.",
  INVALID_CREDENTIALS: "That email and password don't match an account.",
  EMAIL_TAKEN: "An account with this email already exists. Log in instead?",
  GENERATION_IN_PROGRESS: "This lesson is being written right now. It will appear here when it's ready.",
  LESSON_NOT_GENERATED: "This lesson hasn't been generated yet.",
  LESSON_NOT_OPENED: "Open the lesson before voting on it.",
  ONBOARDING_REQUIRED: "Tell us about yourself first.",
  SESSION_REVOKED: "Your session has ended. Please log in again.",
  SESSION_EXPIRED: "Your session has expired. Please log in again.",
  SERVICE_UNAVAILABLE: "SkillSync is temporarily unavailable. Please try again shortly.",
  INTERNAL: "Something went wrong on our side. Please try again.",
};

/** A sentence for the learner: the server's message for input errors, ours for the rest. */
export function describeError(error: unknown): string {
  const apiError = toApiError(error);
  if (apiError.code === "RATE_LIMITED" && apiError.retryAfter) {
    return `You're going a little fast. Try again in ${Math.ceil(apiError.retryAfter)} s.`;
  }
  if (apiError.code === "INVALID_INPUT" || apiError.code === "GRAPHQL_VALIDATION_FAILED") {
    return apiError.message;
  }
  return MESSAGES[apiError.code] ?? apiError.message;
}
