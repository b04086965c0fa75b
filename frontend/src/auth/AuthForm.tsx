import { useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";

import { describeError, toApiError } from "../api/errors";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { useAuth, useAuthSession } from "./AuthProvider";
import { safeNext } from "./RequireAuth";

type Mode = "login" | "signup";

export function AuthForm({ mode }: { mode: Mode }) {
  const session = useAuthSession();
  const { status, notice } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const signup = mode === "signup";
  useDocumentTitle(signup ? "Sign up" : "Log in");

  if (status === "signed_in" && !busy) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (signup) await session.register(email.trim(), password);
      else await session.login(email.trim(), password);
      navigate(signup ? "/onboarding" : next, { replace: true });
    } catch (caught) {
      setError({ message: describeError(caught), field: toApiError(caught).field });
      setBusy(false);
    }
  }

  const emailError = error?.field === "email";
  const passwordError = error?.field === "password";
  return (
    <section className="auth-card card" aria-labelledby="auth-title">
      <h1 id="auth-title">{signup ? "Create your account" : "Log in to SkillSync"}</h1>
      {notice && !error && (
        <p className="alert alert-info" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="alert alert-error" role="alert" id="auth-error">
          {error.message}
        </p>
      )}
      <form onSubmit={submit} noValidate={false}>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input
            id="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={emailError || undefined}
            aria-describedby={emailError ? "auth-error" : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete={signup ? "new-password" : "current-password"}
            required
            minLength={signup ? 8 : undefined}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={passwordError || undefined}
            aria-describedby={[passwordError ? "auth-error" : "", signup ? "password-help" : ""].join(" ").trim() || undefined}
          />
          {signup && (
            <small id="password-help" className="muted">
              At least 8 characters; a passphrase of a few words is best.
            </small>
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? "Please wait…" : signup ? "Sign up" : "Log in"}
        </button>
      </form>
      <p className="muted">
        {signup ? (
          <>
            Already have an account? <Link to="/login">Log in</Link>
          </>
        ) : (
          <>
            New to SkillSync? <Link to="/signup">Create an account</Link>
          </>
        )}
      </p>
    </section>
  );
}
