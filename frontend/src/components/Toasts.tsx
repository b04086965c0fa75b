// Notifications that come and go (a module is ready, a generation failed), announced to
// screen readers through one polite live region.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";

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

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (toast: Omit<Toast, "id">) => {
      const id = next.current++;
      setToasts((all) => [...all, { ...toast, id }].slice(-MAX_VISIBLE));
      // Errors with an action stay until dismissed: the learner may want to retry.
      if (!(toast.tone === "error" && toast.action)) window.setTimeout(() => dismiss(id), LIFETIME_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications">
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
