import { Link } from "react-router";

import { useDocumentTitle } from "./useDocumentTitle";

export function NotFound({ what = "page" }: { what?: string }) {
  useDocumentTitle("Not found");
  return (
    <section className="card stack" aria-labelledby="not-found-title">
      <h1 id="not-found-title">We couldn't find that {what}</h1>
      <p>It may not exist, or it may belong to someone else.</p>
      <p>
        <Link to="/">Back to your dashboard</Link>
      </p>
    </section>
  );
}
