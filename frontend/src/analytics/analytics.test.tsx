import { MockedProvider, type MockedProviderProps } from "@apollo/client/testing/react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ToastProvider } from "../components/Toasts";
import { CostControlsForm } from "./CostControlsForm";
import { usd } from "./format";
import { COST_CONTROLS, QUOTA_FORECAST, SET_COST_CONTROLS } from "./operations";
import { QuotaTable } from "./QuotaTable";

const controls = (overrides: Record<string, unknown> = {}) => ({
  __typename: "CostControls",
  dailyCostCapUsd: null,
  effectiveDailyCostCapUsd: 5,
  perLessonBudgetUsd: null,
  spentTodayUsd: 1.25,
  updatedAt: null,
  updatedBy: null,
  ...overrides,
});

function renderWith(ui: React.ReactNode, mocks: MockedProviderProps["mocks"]) {
  return render(
    <MockedProvider mocks={mocks}>
      <ToastProvider>{ui}</ToastProvider>
    </MockedProvider>,
  );
}

const quota = (overrides: Record<string, unknown>) => ({
  __typename: "QuotaForecastRow",
  kind: "llm",
  limit: "requests/day",
  usedToday: 0,
  dailyLimit: 1000,
  remainingToday: 1000,
  ratePerHour: 0,
  exhaustsAt: null,
  resetsAt: "2026-12-08T00:00:00Z",
  status: "ok",
  ...overrides,
});

describe("QuotaTable", () => {
  it("shows each quota's use, what is left, and when it runs out", async () => {
    const rows = [
      quota({ name: "groq", usedToday: 900, remainingToday: 100, ratePerHour: 120, exhaustsAt: "2026-12-07T20:50:00Z", status: "warning" }),
      quota({ name: "gemini", usedToday: 20, dailyLimit: 20, remainingToday: 0, status: "exhausted" }),
      quota({ name: "docs", kind: "research", dailyLimit: null, remainingToday: null, resetsAt: null, status: "unlimited" }),
    ];
    renderWith(<QuotaTable />, [{ request: { query: QUOTA_FORECAST }, result: { data: { quotaForecast: rows } } }]);
    const groq = await screen.findByRole("row", { name: /groq/ });
    expect(within(groq).getByText(`900 of ${(1000).toLocaleString()}`)).toBeInTheDocument();
    expect(within(groq).getByText("120.0")).toBeInTheDocument();
    expect(within(groq).getByText("warning")).toHaveClass("badge-working");
    expect(within(groq).queryByText("not today")).not.toBeInTheDocument();
    const gemini = screen.getByRole("row", { name: /gemini/ });
    expect(within(gemini).getByText("exhausted")).toHaveClass("badge-failed");
    const docs = screen.getByRole("row", { name: /docs/ });
    expect(within(docs).getByText("not today")).toBeInTheDocument();
    expect(within(docs).getAllByText("—")).toHaveLength(2); // nothing left to count, no reset
  });
});

describe("CostControlsForm", () => {
  it("refuses a negative amount without sending anything", async () => {
    const user = userEvent.setup();
    // No mock for the mutation: sending it would fail the test with an unmatched request.
    renderWith(<CostControlsForm />, [{ request: { query: COST_CONTROLS }, result: { data: { costControls: controls() } } }]);
    expect(await screen.findByText(/of the daily cap \$5\.00 \(the deployment's default\)/)).toBeInTheDocument();
    const budget = screen.getByLabelText("Budget per lesson (USD)");
    await user.type(budget, "-1");
    expect(budget).toBeInvalid(); // the browser holds the form back (min 0)
    await user.click(screen.getByRole("button", { name: "Save cost controls" }));
    expect(screen.queryByText("Cost controls saved.")).not.toBeInTheDocument();
  });

  it("sends a new cap, clears an empty budget, and shows what was saved", async () => {
    const user = userEvent.setup();
    const saved = controls({ dailyCostCapUsd: 12.5, effectiveDailyCostCapUsd: 12.5, updatedAt: "2026-12-07T10:00:00Z", updatedBy: "ops@example.org" });
    const mocks = [
      { request: { query: COST_CONTROLS }, result: { data: { costControls: controls({ perLessonBudgetUsd: 0.05 }) } } },
      {
        request: {
          query: SET_COST_CONTROLS,
          variables: { dailyCostCapUsd: 12.5, perLessonBudgetUsd: null, clearDailyCostCap: false, clearPerLessonBudget: true },
        },
        result: { data: { setCostControls: saved } },
      },
    ];
    renderWith(<CostControlsForm />, mocks);
    const budget = await screen.findByLabelText("Budget per lesson (USD)");
    expect(budget).toHaveValue(0.05);
    await user.clear(budget);
    await user.type(screen.getByLabelText("Daily cost cap (USD)"), "12.5");
    await user.click(screen.getByRole("button", { name: "Save cost controls" }));
    expect(await screen.findByText("Cost controls saved.")).toBeInTheDocument();
    expect(await screen.findByText(/by ops@example.org/)).toBeInTheDocument();
  });
});

describe("usd", () => {
  it("keeps fractions of a cent visible", () => {
    expect(usd(0.0042)).toBe("$0.0042");
    expect(usd(3)).toBe("$3.00");
    expect(usd(null)).toBe("—");
  });
});
