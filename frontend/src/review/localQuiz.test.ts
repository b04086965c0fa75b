import { describe, expect, it } from "vitest";

import { scoreLocally } from "./localQuiz";

const content = {
  quiz: {
    questions: [
      { question: "a?", options: ["x", "y"], answer: "y", explanation: "because y" },
      { question: "b?", options: ["p", "q", "r"], answer: "p", explanation: "p it is" },
    ],
  },
};

describe("scoreLocally", () => {
  it("scores against the stored answers with their explanations", () => {
    expect(scoreLocally(content, [1, 2])).toEqual({
      questions: [
        { chosen: 1, correctIndex: 1, correct: true, explanation: "because y" },
        { chosen: 2, correctIndex: 0, correct: false, explanation: "p it is" },
      ],
      correctCount: 1,
      total: 2,
      score: 50,
    });
  });

  it("never counts a question whose answer is not among its options", () => {
    const broken = { quiz: { questions: [{ options: ["x"], answer: "z" }] } };
    expect(scoreLocally(broken, [0]).correctCount).toBe(0);
    expect(scoreLocally(null, []).total).toBe(0);
  });
});
