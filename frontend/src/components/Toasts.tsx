// Notifications that come and go (a module is ready, a generation failed), announced to
// screen readers through one polite live region.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

export type Toast = {
  id: number;
  tone: "success" | "error" | "info";
  message: string;
  action?: { label: string; run: () => void };
};

type Toasts = { show(toast: Omit<Toast, "id">): void };

const ToastContext = createContext<Toasts | null>(null);
const LIFETIME_MS = 8_000;
const MAX_VISIBLE = 4;

/** Errors with an action stay until dismissed (the learner may want to retry); others leave
 * after a while, but never while the pointer or keyboard focus is on them. */
const lasts = (toast: Toast) => !(toast.tone === "error" && toast.action);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [held, setHeld] = useState(false);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: Omit<Toast, "id">) => {
    const id = next.current++;
    setToasts((all) => [...all, { ...toast, id }].slice(-MAX_VISIBLE));
  }, []);
  const value = useMemo(() => ({ show }), [show]);

  // The clock of the passing toasts restarts whenever they are shown unheld.
  useEffect(() => {
    if (held) return;
    const passing = toasts.filter(lasts);
    if (passing.length === 0) return;
    const timer = window.setTimeout(() => {
      const gone = new Set(passing.map((t) => t.id));
      setToasts((all) => all.filter((t) => !gone.has(t.id)));
    }, LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [toasts, held]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        className="toasts"
        role="region"
        aria-label="Notifications"
        onMouseEnter={() => setHeld(true)}
        onMouseLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHeld(false);
        }}
      >
        <div aria-live="polite" className="stack">
          {toasts.map((toast) => (
            <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid="toast">
              <span>{toast.message}</span>
              <span className="row">
                {toast.action && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => {
                      dismiss(toast.id);
                      toast.action?.run();
                    }}
                  >
                    {toast.action.label}
                  </button>
                )}
                <button type="button" className="btn btn-small" aria-label="Dismiss notification" onClick={() => dismiss(toast.id)}>
                  ×
                </button>
              </span>
            </div>
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): Toasts {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error("useToasts outside <ToastProvider>");
  return toasts;
}
