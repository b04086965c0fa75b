import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Exercise } from "./Exercise";
import "./testGuard";
import type { Exercise as ExerciseData } from "./types";

const exercise: ExerciseData = {
  title: "Reverse a list",
  objective: "Use reverse()",
  difficulty: "intermediate",
  instructions: "Reverse `items` **in place**.",
  language: "python",
  starter_code: "items = [1, 2, 3]\n# your code\n",
  expected_output: "[3, 2, 1]\n",
  hints: ["Lists have a method for it.", "It is `reverse()`."],
  solution: "items = [1, 2, 3]\nitems.reverse()\nprint(items)\n",
  cites: [],
};

describe("Exercise", () => {
  it("shows the objective, difficulty, instructions, starter code and expected output", () => {
    render(<Exercise exercise={exercise} />);
    expect(screen.getByRole("heading", { name: "Reverse a list" })).toBeInTheDocument();
    expect(screen.getByText("intermediate")).toHaveClass("badge");
    expect(screen.getByText("Objective: Use reverse()")).toBeInTheDocument();
    expect(screen.getByText("in place").tagName).toBe("STRONG");
    expect(document.querySelector("code.language-python")).toHaveTextContent("items = [1, 2, 3] # your code");
    expect(screen.getByText("[3, 2, 1]")).toBeInTheDocument();
  });

  it("copies the starter code to the clipboard", async () => {
    const user = userEvent.setup();
    render(<Exercise exercise={exercise} />);
    await user.click(screen.getByRole("button", { name: "Copy starter code" }));
    expect(await navigator.clipboard.readText()).toBe(exercise.starter_code);
    expect(await screen.findByText("Copied.")).toBeInTheDocument();
  });

  it("reveals hints one at a time and toggles the solution", async () => {
    const user = userEvent.setup();
    render(<Exercise exercise={exercise} />);
    expect(screen.queryByText("Lists have a method for it.")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show hint 1 of 2" }));
    expect(screen.getByText("Lists have a method for it.")).toBeInTheDocument();
    expect(screen.queryByText(/It is/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show hint 2 of 2" }));
    expect(screen.getByText(/It is/)).toBeInTheDocument();

    const toggle = screen.getByRole("button", { name: "Show solution" });
    expect(toggle).toHaveAttribute("aria-controls");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(document.getElementById(toggle.getAttribute("aria-controls") ?? "")).toHaveTextContent("items.reverse()");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText(/items\.reverse/)).toBeNull();
  });
});
