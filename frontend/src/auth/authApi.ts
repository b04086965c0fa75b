// The calls that make and end sessions. Register and log in go to /graphql; refresh and log
// out go to /auth/graphql, the only cookie-authenticated endpoint, which needs the custom
// header (a cross-site form cannot send it).
import { ApiError, apiErrorFrom } from "../api/errors";

export type AuthUser = { id: string; email: string; role: string };
export type AuthPayload = { accessToken: string; accessTokenExpiresAt: string; user: AuthUser };

const PAYLOAD = "accessToken accessTokenExpiresAt user { id email role }";
const REQUEST_TIMEOUT_MS = 15_000;

export interface AuthApi {
  hasSession(): Promise<boolean>;
  refresh(): Promise<AuthPayload>;
  logout(): Promise<void>;
  register(email: string, password: string): Promise<AuthPayload>;
  login(email: string, password: string): Promise<AuthPayload>;
}

type Fetch = typeof fetch;

async function post<T>(
  fetchImpl: Fetch,
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new ApiError("NETWORK", "The server could not be reached.");
  }
  let body: { data?: T; errors?: { message?: unknown; extensions?: Record<string, unknown> }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError("SERVICE_UNAVAILABLE", `Unexpected answer (HTTP ${response.status}).`);
  }
  const first = body.errors?.[0];
  if (first) throw apiErrorFrom(first);
  if (!body.data) throw new ApiError("SERVICE_UNAVAILABLE", "Empty answer.");
  return body.data;
}

export function httpAuthApi(fetchImpl: Fetch = (...args) => fetch(...args)): AuthApi {
  const auth = <T>(query: string) =>
    post<T>(fetchImpl, "/auth/graphql", query, {}, { "X-SkillSync-Auth": "1" });
  return {
    async hasSession() {
      const data = await auth<{ session: { active: boolean } }>("query { session { active } }");
      return data.session.active;
    },
    async refresh() {
      const data = await auth<{ refreshToken: AuthPayload }>(`mutation { refreshToken { ${PAYLOAD} } }`);
      return data.refreshToken;
    },
    async logout() {
      await auth<{ logout: boolean }>("mutation { logout }");
    },
    async register(email, password) {
      const data = await post<{ register: AuthPayload }>(
        fetchImpl,
        "/graphql",
        `mutation Register($email: String!, $password: String!) { register(email: $email, password: $password) { ${PAYLOAD} } }`,
        { email, password },
      );
      return data.register;
    },
    async login(email, password) {
      const data = await post<{ login: AuthPayload }>(
        fetchImpl,
        "/graphql",
        `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ${PAYLOAD} } }`,
        { email, password },
      );
      return data.login;
    },
  };
}
