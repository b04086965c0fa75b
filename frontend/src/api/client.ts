// One Apollo client: queries and mutations over HTTP with the access token, subscriptions over
// a WebSocket at the same /graphql address (graphql-transport-ws), authenticated in
// connection_init. A 401 gets one refresh and one retry; a revoked session signs the learner out.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ServerError } from "@apollo/client/errors";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition } from "@apollo/client/utilities";
import { createClient, type Client as WsClient } from "graphql-ws";
import { from, switchMap } from "rxjs";

import type { AuthSession } from "../auth/session";
import { apiErrorFromBody } from "./errors";

const CLOSE_TOKEN_EXPIRED = 4401;
const CLOSE_FORBIDDEN = 4403;
const RETRY_CODES = new Set(["TOKEN_EXPIRED", "TOKEN_INVALID"]);

function websocketUrl(): string {
  const url = new URL("/graphql", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.toString();
}

export function createWsClient(session: AuthSession): WsClient {
  return createClient({
    url: websocketUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: 20,
    connectionParams: async () => {
      const token = await session.freshToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // 4401: the connection's token expired (reconnecting fetches a fresh one). 4403: refused;
    // a refresh tells a revoked session (signed out) from a stale token.
    shouldRetry: (event) => {
      const code = (event as CloseEvent | undefined)?.code;
      if (code === CLOSE_FORBIDDEN) {
        void session.refresh();
        return session.getState().status !== "signed_out";
      }
      return code === CLOSE_TOKEN_EXPIRED || code === undefined || code < 4000 || code === 4499;
    },
  });
}

export function createApolloClient(session: AuthSession, ws: WsClient = createWsClient(session)) {
  const auth = new SetContextLink(async (prevContext) => {
    const token = await session.freshToken();
    const headers = { ...(prevContext.headers as Record<string, string> | undefined) };
    if (token) headers.authorization = `Bearer ${token}`;
    return { headers };
  });

  const refreshOn401 = new ErrorLink(({ error, operation, forward }) => {
    if (!ServerError.is(error) || error.statusCode !== 401) return;
    const code = apiErrorFromBody(error.bodyText)?.code;
    if (code && RETRY_CODES.has(code) && !operation.getContext().retried) {
      operation.setContext({ retried: true });
      return from(session.refresh()).pipe(switchMap(() => forward(operation)));
    }
    session.sessionEnded();
  });

  const http = ApolloLink.from([
    refreshOn401,
    auth,
    new HttpLink({ uri: "/graphql", credentials: "omit" }),
  ]);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === "OperationDefinition" && definition.operation === "subscription";
    },
    new GraphQLWsLink(ws),
    http,
  );

  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Reading a lesson/module/roadmap by id finds what another query already loaded.
            lesson: { read: (_, { args, toReference }) => toReference({ __typename: "Lesson", id: args?.id }) },
            module: { read: (_, { args, toReference }) => toReference({ __typename: "Module", id: args?.id }) },
          },
        },
        // Progress and content belong to the lesson that holds them.
        LessonProgress: { keyFields: false },
        RoadmapProgress: { keyFields: false },
        LearnerProfile: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { errorPolicy: "none" } },
  });
}
