import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Quiz } from "./Quiz";
import type { QuizScore } from "./quizTypes";
import "./testGuard";
import type { QuizQuestion } from "./types";

const questions: QuizQuestion[] = [
  { question: "What does `append` do?", options: ["Adds one item", "Sorts"], cites: [] },
  { question: "Index of the first item?", options: ["1", "0", "-1"], cites: [] },
  { question: "Is a list mutable?", options: ["Yes", "No"], cites: [] },
];

const score: QuizScore = {
  score: 66.667,
  correctCount: 2,
  total: 3,
  questions: [
    { chosen: 0, correctIndex: 0, correct: true, explanation: "It **adds** one item." },
    { chosen: 0, correctIndex: 1, correct: false, explanation: "Counting starts at 0." },
    { chosen: 0, correctIndex: 0, correct: true, explanation: "Lists can change." },
  ],
};

const submitButton = () => screen.getByRole("button", { name: "Submit answers" });
const group = (n: number) => screen.getByRole("group", { name: new RegExp(`^Question ${n} of 3`) });

async function answerAll(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(group(1)).getByRole("radio", { name: "Adds one item" }));
  await user.click(within(group(2)).getByRole("radio", { name: "1" }));
  await user.click(within(group(3)).getByRole("radio", { name: "Yes" }));
}

describe("Quiz", () => {
  it("keeps Submit disabled until every question is answered", async () => {
    const user = userEvent.setup();
    render(<Quiz questions={questions} onSubmit={vi.fn()} />);
    expect(submitButton()).toBeDisabled();
    await user.click(within(group(1)).getByRole("radio", { name: "Sorts" }));
    await user.click(within(group(2)).getByRole("radio", { name: "0" }));
    expect(submitButton()).toBeDisabled();
    await user.click(within(group(3)).getByRole("radio", { name: "No" }));
    expect(submitButton()).toBeEnabled();
  });

  it("is operable from the keyboard", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => score);
    render(<Quiz questions={questions} onSubmit={onSubmit} />);
    await user.tab();
    const first = within(group(1)).getByRole("radio", { name: "Adds one item" });
    expect(first).toHaveFocus();
    await user.keyboard(" ");
    expect(first).toBeChecked();
    await user.keyboard("{ArrowDown}");
    expect(within(group(1)).getByRole("radio", { name: "Sorts" })).toBeChecked();
    await user.tab();
    await user.keyboard(" ");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(within(group(2)).getByRole("radio", { name: "-1" })).toBeChecked();
    await user.tab();
    await user.keyboard(" ");
    await user.tab();
    expect(submitButton()).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onSubmit).toHaveBeenCalledWith([1, 2, 0]);
    await screen.findByText(/2 of 3 correct/);
  });

  it("sends the chosen indices in order, then shows the score and feedback", async () => {
    const user = userEvent.setup();
    let resolve: (value: QuizScore) => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<QuizScore>((r) => (resolve = r)));
    render(<Quiz questions={questions} onSubmit={onSubmit} />);
    await answerAll(user);
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith([0, 0, 0]);
    expect(screen.getByRole("button", { name: "Checking your answers…" })).toBeDisabled();

    resolve(score);
    const status = await screen.findByRole("status");
    expect(await within(status).findByText("2 of 3 correct — 67 %")).toHaveFocus();
    expect(within(group(1)).getByText("✓ Correct")).toBeInTheDocument();
    expect(within(group(2)).getByText("✗ Incorrect")).toBeInTheDocument();
    expect(group(2)).toHaveTextContent("The correct answer: 0");
    expect(group(2)).toHaveTextContent("Counting starts at 0.");
    expect(within(group(1)).getByText("adds").tagName).toBe("STRONG");
  });

  it("keeps the answers and says so when checking fails", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockRejectedValueOnce(new Error("network")).mockResolvedValueOnce(score);
    render(<Quiz questions={questions} onSubmit={onSubmit} />);
    await answerAll(user);
    await user.click(submitButton());
    expect(await screen.findByRole("alert")).toHaveTextContent(/could not be checked/);
    expect(within(group(2)).getByRole("radio", { name: "1" })).toBeChecked();
    expect(submitButton()).toBeEnabled();
    await user.click(submitButton());
    expect(await screen.findByText(/2 of 3 correct/)).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("starts over on Try again, showing the previous score", async () => {
    const user = userEvent.setup();
    render(<Quiz questions={questions} onSubmit={async () => score} initialScore={40} />);
    expect(screen.getByText("Your previous score: 40 %")).toBeInTheDocument();
    await answerAll(user);
    await user.click(submitButton());
    await user.click(await screen.findByRole("button", { name: "Try again" }));
    expect(screen.queryByText(/2 of 3 correct/)).toBeNull();
    expect(screen.queryAllByRole("radio", { checked: true })).toHaveLength(0);
    expect(submitButton()).toBeDisabled();
    expect(within(group(1)).getAllByRole("radio")[0]).toHaveFocus();
  });
});
