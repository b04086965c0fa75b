import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./App";
import { createApolloClient } from "./api/client";
import { httpAuthApi } from "./auth/authApi";
import { AuthSession } from "./auth/session";
import "./styles.css";
import "./layout.css";

const session = new AuthSession(httpAuthApi());
const client = createApolloClient(session);
// Signed out: cached data of the previous learner must not show to the next one.
session.subscribe(() => {
  if (session.getState().status === "signed_out") void client.clearStore();
});
void session.start();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App session={session} client={client} />
    </StrictMode>,
  );
}
