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

const CLOSE_FORBIDDEN = 4403;
const RECONNECT_WITH_NEW_TOKEN = 4499;
const RETRY_CODES = new Set(["TOKEN_EXPIRED", "TOKEN_INVALID"]);

function websocketUrl(): string {
  const url = new URL("/graphql", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.toString();
}

/** The socket authenticates once, in connection_init, and the server closes it when that
 * token expires (4401, which graphql-ws never retries). So it is reopened with each new token,
 * a minute before the old one expires: active subscriptions are sent again on the new socket
 * and answer with the current state first, so nothing is lost. */
export function createWsClient(session: AuthSession): WsClient {
  let closedBy: number | undefined;
  let socket: WebSocket | null = null;
  const ws = createClient({
    url: websocketUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: 20,
    connectionParams: async () => {
      const token = await session.freshToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: (opened) => {
        socket = opened as WebSocket;
      },
      closed: (event) => {
        socket = null;
        closedBy = (event as CloseEvent | undefined)?.code;
      },
    },
    // 4403: refused (a revoked session, or a token that went stale): retried after a refresh,
    // which signs the learner out if the session is over.
    shouldRetry: () => session.getState().status !== "signed_out",
    retryWait: async (retries) => {
      if (closedBy === CLOSE_FORBIDDEN) await session.refresh();
      await new Promise((resolve) => window.setTimeout(resolve, Math.min(1_000 * 2 ** retries, 15_000)));
    },
  });
  // 4499 ("terminated") is a close graphql-ws reconnects after.
  session.onNewToken(() => socket?.close(RECONNECT_WITH_NEW_TOKEN, "new access token"));
  return ws;
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
        // Objects without an id belong to their parent: merged field by field, so a query
        // asking for fewer of their fields does not drop the others.
        LessonProgress: { keyFields: false, merge: true },
        RoadmapProgress: { keyFields: false, merge: true },
        LearnerProfile: { keyFields: false, merge: true },
        // A review item is its content's: a decision's answer updates the item on screen.
        ReviewItem: { keyFields: ["content", ["id"]] },
      },
    }),
    defaultOptions: { watchQuery: { errorPolicy: "none" } },
  });
}
