import { useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Link, NavLink, useLocation, useNavigate } from "react-router";

import { describeError } from "../api/errors";
import { useAuth, useAuthSession } from "../auth/AuthProvider";
import { CURATION_PROFILE } from "../review/operations";
import { useToasts } from "./Toasts";

/** After moving to another page, focus goes to its main content (as a full page load would
 * reset it), so keyboard and screen-reader users start at the new page. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return main;
}

export function Layout({ children }: { children: ReactNode }) {
  const { status, user } = useAuth();
  const session = useAuthSession();
  const navigate = useNavigate();
  const toasts = useToasts();
  const main = useFocusOnNavigation();
  const [leaving, setLeaving] = useState(false);
  const curation = useQuery(CURATION_PROFILE, { skip: status !== "signed_in" });
  const canReview = curation.data?.curationProfile.canReview ?? false;

  async function logout() {
    setLeaving(true);
    try {
      await session.logout();
      navigate("/login", { replace: true });
    } catch (caught) {
      // Still signed in: the server must end the session, or the cookie signs in again.
      toasts.show({ tone: "error", message: `You are still logged in: ${describeError(caught)}` });
    } finally {
      setLeaving(false);
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          SkillSync
        </Link>
        {status === "signed_in" && (
          <nav aria-label="Main" className="row">
            <NavLink to="/" end className="nav-link">
              Dashboard
            </NavLink>
            <NavLink to="/onboarding" className="nav-link">
              New roadmap
            </NavLink>
            {canReview && (
              <NavLink to="/review" className="nav-link">
                Review
              </NavLink>
            )}
            {user?.role === "ADMIN" && (
              <NavLink to="/analytics" className="nav-link">
                Analytics
              </NavLink>
            )}
            <span className="muted user-email" title={user?.email}>
              {user?.email}
            </span>
            <button type="button" className="btn btn-small" onClick={logout} disabled={leaving}>
              Log out
            </button>
          </nav>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        {children}
      </main>
    </>
  );
}
