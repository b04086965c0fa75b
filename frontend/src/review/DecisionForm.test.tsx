import { MockedProvider, type MockedProviderProps } from "@apollo/client/testing/react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ToastProvider } from "../components/Toasts";
import { DecisionForm } from "./DecisionForm";
import { REVIEW_LESSON } from "./operations";

const MENTOR = { tier: "MENTOR", reputation: 120, canReview: true, canDecide: true, canVerify: false, canManageTiers: false } as const;

const item = {
  __typename: "ReviewItem",
  impact: 2,
  openFlags: 0,
  flagReasons: [],
  hiddenFromReuse: false,
  canDecide: false,
  blockedReason: null,
  fullContent: {},
  content: {
    __typename: "LessonContent",
    id: "c1",
    topic: "Lists",
    learningStyle: "READING",
    difficulty: "BEGINNER",
    language: "en",
    approvalStatus: "REJECTED",
    upvotes: 0,
    downvotes: 0,
    createdAt: "2026-12-07T10:00:00Z",
    sourceAttribution: {},
  },
  reviews: [],
};

type Profile = { tier: string; reputation: number; canReview: boolean; canDecide: boolean; canVerify: boolean; canManageTiers: boolean };

function renderForm(profile: Profile = MENTOR, mocks: MockedProviderProps["mocks"] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <ToastProvider>
        <DecisionForm contentId="c1" profile={profile as never} />
      </ToastProvider>
    </MockedProvider>,
  );
}

describe("DecisionForm", () => {
  it("asks for a decision and a reason before sending anything", async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole("button", { name: "Record decision" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose a decision.");
    await user.click(screen.getByLabelText("Approve"));
    await user.click(screen.getByRole("button", { name: "Record decision" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Say why");
  });

  it("sends requested changes with a request for changes", async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: {
          query: REVIEW_LESSON,
          variables: { contentId: "c1", decision: "REQUEST_CHANGES", comments: "Too thin.", requestedChanges: "Add a worked example." },
        },
        result: { data: { mentorReviewLesson: item } },
      },
    ];
    renderForm(MENTOR, mocks);
    await user.click(screen.getByLabelText("Request changes"));
    await user.type(screen.getByLabelText("Comments"), "Too thin.");
    await user.click(screen.getByRole("button", { name: "Record decision" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Say which changes");
    await user.type(screen.getByLabelText("Changes the new version needs"), "Add a worked example.");
    await user.click(screen.getByRole("button", { name: "Record decision" }));
    expect(await screen.findByText("Decision recorded: Request changes.")).toBeInTheDocument();
  });

  it("offers verification to senior mentors only, and advice to contributors", () => {
    const { unmount } = renderForm({ ...MENTOR, tier: "SENIOR_MENTOR", canVerify: true });
    expect(screen.getByLabelText("Verify as a senior mentor")).toBeInTheDocument();
    unmount();
    renderForm({ ...MENTOR, tier: "CONTRIBUTOR", canDecide: false });
    expect(screen.queryByLabelText("Verify as a senior mentor")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Send advice" })).toBeInTheDocument();
  });
});
