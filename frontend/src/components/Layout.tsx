import { useState, type ReactNode } from "react";
import { Link, NavLink, useNavigate } from "react-router";

import { useAuth, useAuthSession } from "../auth/AuthProvider";

export function Layout({ children }: { children: ReactNode }) {
  const { status, user } = useAuth();
  const session = useAuthSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  async function logout() {
    setLeaving(true);
    try {
      await session.logout();
    } finally {
      setLeaving(false);
      navigate("/login", { replace: true });
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
            <span className="muted user-email" title={user?.email}>
              {user?.email}
            </span>
            <button type="button" className="btn btn-small" onClick={logout} disabled={leaving}>
              Log out
            </button>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
    </>
  );
}
