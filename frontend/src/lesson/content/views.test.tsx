import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { LessonContentView } from "./LessonContentView";
import type { QuizScore } from "./quizTypes";
import "./testGuard";
import { copyOf, fixtures, type Fixture } from "./testFixtures";

vi.mock("mermaid", () => ({
  default: {
    initialize: () => undefined,
    render: async (id: string) => ({ svg: `<svg id="${id}"><text>drawn</text></svg>`, diagramType: "flowchart" }),
  },
}));

const noQuiz = (): Promise<QuizScore> => Promise.reject(new Error("not in this test"));

function renderLesson(fixture: Fixture) {
  return render(
    <LessonContentView content={fixture.content} sourceAttribution={fixture.sourceAttribution} onSubmitQuiz={noQuiz} />,
  );
}

function sectionHeadings(fixture: Fixture, key: string): string[] {
  const sections = fixture.content[key] as { heading: string }[];
  return sections.map((s) => s.heading);
}

function expectHeadings(headings: string[]) {
  for (const heading of new Set(headings)) {
    expect(screen.getAllByRole("heading", { name: heading }).length).toBeGreaterThan(0);
  }
}

async function expectExerciseWorks(title: string, hintCount: number, solutionPart: RegExp) {
  const user = userEvent.setup();
  const exercise = screen.getByRole("heading", { name: new RegExp(title) }).closest("article");
  if (!exercise) throw new Error("no exercise article");
  const scope = within(exercise as HTMLElement);
  const hints = () => within(scope.getByRole("list", { name: "Hints" })).queryAllByRole("listitem");
  expect(hints()).toHaveLength(0);
  for (let n = 1; n <= hintCount; n++) {
    await user.click(scope.getByRole("button", { name: `Show hint ${n} of ${hintCount}` }));
    expect(hints()).toHaveLength(n);
  }
  expect(scope.queryByRole("button", { name: /Show hint/ })).toBeNull();

  const toggle = scope.getByRole("button", { name: "Show solution" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  expect(exercise).not.toHaveTextContent(solutionPart);
  await user.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  expect(toggle).toHaveAccessibleName("Hide solution");
  expect(exercise).toHaveTextContent(solutionPart);
}

describe("LessonContentView, by style", () => {
  it("hands-on: introduction, exercises with hints and solution, project, quiz", async () => {
    renderLesson(fixtures.hands_on);
    expect(screen.getByRole("heading", { level: 2, name: "Lists and list methods" })).toBeInTheDocument();
    expectHeadings(sectionHeadings(fixtures.hands_on, "introduction"));
    expect(screen.getByRole("heading", { name: "Keep a list of transaction names up to date" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "sort() vs sorted(), append() vs extend()" })).toBeInTheDocument();
    await expectExerciseWorks("Keep a list of transaction names", 3, /names\.remove\("Zed"\)/);
    expect(screen.getByRole("heading", { name: /Project: a transaction report/ })).toBeInTheDocument();
    expect(screen.getByText(/about 45 minutes/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Requirements" })).toBeInTheDocument();
    expect(screen.getAllByRole("group", { name: /Question \d of 5/ })).toHaveLength(5);
  });

  it("video: embeds the cited video privately, with chapters", async () => {
    renderLesson(fixtures.video);
    expectHeadings(sectionHeadings(fixtures.video, "study_guide"));
    const frame = screen.getByTitle("YouTube video: Python lists in 15 minutes");
    expect(frame.tagName).toBe("IFRAME");
    expect(frame).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/lists15?start=0");
    expect(frame).toHaveAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    expect(frame).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
    expect(frame).toHaveAttribute("loading", "lazy");

    await userEvent.setup().click(screen.getByRole("button", { name: /08:00 Sorting/ }));
    expect(screen.getByTitle("YouTube video: Python lists in 15 minutes")).toHaveAttribute(
      "src",
      "https://www.youtube-nocookie.com/embed/lists15?start=480",
    );
    expect(screen.getByRole("button", { name: /08:00 Sorting/ })).toHaveAttribute("aria-pressed", "true");
  });

  it("video without videos: YouTube searches open in a new tab", () => {
    const lesson = copyOf(fixtures.video);
    lesson.content.videos = [];
    lesson.content.search_terms = ["python list methods", "append vs extend"];
    renderLesson(lesson);
    expect(document.querySelector("iframe")).toBeNull();
    const link = screen.getByRole("link", { name: "append vs extend" });
    expect(link).toHaveAttribute("href", "https://www.youtube.com/results?search_query=append%20vs%20extend");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    expect(screen.getByText(/Research found no videos/)).toBeInTheDocument();
  });

  it("reading: sections, code example, the diagram's source while it draws, takeaways", async () => {
    renderLesson(fixtures.reading);
    expectHeadings(sectionHeadings(fixtures.reading, "sections"));
    const source = (fixtures.reading.content.diagrams as string[])[0] ?? "";
    const pre = document.querySelector(".lc-diagram-source");
    expect(pre?.textContent).toBe(source);
    expect(screen.getByRole("heading", { name: "Key takeaways" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Code examples" })).toBeInTheDocument();
    const diagram = await screen.findByRole("img", { name: /Diagram 1 of 1/ });
    expect(diagram).toHaveTextContent("drawn");
  });

  it("mixed: sections, exercises and the optional video", async () => {
    renderLesson(fixtures.mixed);
    expectHeadings(sectionHeadings(fixtures.mixed, "sections"));
    await expectExerciseWorks("sort\\(\\) vs sorted\\(\\)", 3, /extended\.extend\(\[1, 2\]\)/);
    expect(document.querySelector("iframe")?.getAttribute("src")).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/lists15\?start=0$/,
    );
  });
});

describe("citations and sources", () => {
  it("links numbered citations to the sources panel, which says where each is cited", () => {
    renderLesson(fixtures.reading);
    const methods = screen.getByRole("heading", { name: "Methods" });
    const cite = within(methods.parentElement as HTMLElement).getByRole("link", { name: /^Source \d: Methods$/ });
    expect(cite).toHaveAttribute("href", "#source-p_c84c382bf881");
    expect(cite).toHaveAttribute("title", "Methods");
    expect(cite.textContent).toMatch(/^\[\d\]$/);

    const entry = document.getElementById("source-p_c84c382bf881");
    expect(entry).toHaveTextContent(cite.textContent ?? "");
    expect(entry).toHaveTextContent(/Cited in: Methods; Quiz question 1/);
    const link = within(entry as HTMLElement).getByRole("link", { name: "Methods" });
    expect(link).toHaveAttribute("href", "https://docs.python.org/3.12/library/stdtypes.html#typesmethods");
    expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    expect(screen.getByRole("heading", { name: "Python documentation" })).toBeInTheDocument();
    // The reading lesson does not cite the video: it is listed as also researched.
    const also = screen.getByText("Also researched").closest("details");
    expect(also).toHaveTextContent("Python lists in 15 minutes");
  });

  it("shows an error for an unreadable lesson instead of crashing", () => {
    render(<LessonContentView content={{ style: "opera" }} sourceAttribution={null} onSubmitQuiz={noQuiz} />);
    expect(screen.getByRole("alert")).toHaveTextContent(/could not be read/);
  });
});
