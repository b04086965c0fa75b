import { describe, expect, it } from "vitest";
import { parseLesson, sourceIndex } from "./parse";
import { citedIn, sourceTypeName } from "./sources";
import "./testGuard";
import { copyOf, fixtures } from "./testFixtures";

describe("parseLesson", () => {
  it("reads each style's fixture", () => {
    for (const [style, fixture] of Object.entries(fixtures)) {
      const lesson = parseLesson(fixture.content);
      expect(lesson?.style).toBe(style);
      expect(lesson?.title).toBe("Lists and list methods");
      expect(lesson?.quiz).toHaveLength(5);
    }
  });

  it.each([null, undefined, 42, "lesson", [], {}, { style: "podcast", title: "x" }])(
    "returns null for %j",
    (input) => {
      expect(parseLesson(input)).toBeNull();
    },
  );

  it("drops bad items and keeps good ones, never throwing", () => {
    const lesson = parseLesson({
      style: "reading",
      title: 7,
      summary: ["no"],
      key_concepts: ["ok", 3, null, ""],
      sections: [
        { heading: "Good", body: "Body", cites: ["p1", 5] },
        { heading: 1, body: "no heading" },
        "not an object",
        null,
      ],
      code_examples: "nope",
      diagrams: [{ x: 1 }, "flowchart TD\n a-->b"],
      key_takeaways: null,
    });
    expect(lesson).toMatchObject({
      style: "reading",
      title: "",
      summary: "",
      key_concepts: ["ok"],
      sections: [{ heading: "Good", body: "Body", cites: ["p1"] }],
      code_examples: [],
      diagrams: ["flowchart TD\n a-->b"],
      key_takeaways: [],
      quiz: null,
    });
  });

  it("has no quiz when it is missing or a question has non-string options", () => {
    const missing = copyOf(fixtures.hands_on);
    delete missing.content.quiz;
    expect(parseLesson(missing.content)?.quiz).toBeNull();

    const bad = copyOf(fixtures.hands_on);
    bad.content.quiz = { questions: [{ question: "Q?", options: ["a", 2, { html: "<b>" }], answer: "a" }] };
    expect(() => parseLesson(bad.content)).not.toThrow();
    expect(parseLesson(bad.content)?.quiz).toBeNull();

    const notAList = copyOf(fixtures.video);
    notAList.content.quiz = { questions: "what?" };
    expect(parseLesson(notAList.content)?.quiz).toBeNull();
  });

  it("keeps exercises with a bad difficulty or hints, and drops chapters without a time", () => {
    const lesson = parseLesson({
      style: "mixed",
      title: "T",
      sections: [],
      exercises: [{ title: "E", difficulty: "impossible", hints: ["h", 1], starter_code: 5 }],
      videos: [{ passage_id: "v", chapters: [{ title: "a", start_seconds: -1 }, { title: "b", start_seconds: 3 }] }],
    });
    expect(lesson).toMatchObject({
      exercises: [{ title: "E", difficulty: null, hints: ["h"], starter_code: "" }],
      videos: [{ passage_id: "v", chapters: [{ title: "b", start_seconds: 3 }] }],
    });
  });
});

describe("sourceIndex", () => {
  it("maps passage ids to their sources", () => {
    const index = sourceIndex(fixtures.video.sourceAttribution);
    expect(index.get("p_video0000001")).toEqual({
      url: "https://www.youtube.com/watch?v=lists15",
      title: "Python lists in 15 minutes",
      source: "youtube",
      author: "",
      licence: "",
    });
    expect(index.size).toBe(5);
  });

  it("keeps only http(s) URLs and survives junk", () => {
    const index = sourceIndex({
      docs: [
        { passage_id: "a", url: "javascript:alert(1)", title: "Evil" },
        { passage_id: "b", url: " JavaScript:alert(1)", title: "Evil too" },
        { passage_id: "c", url: "data:text/html,<script>", title: "Data" },
        { passage_id: "d", url: "http://example.com/x", title: 5 },
        { url: "https://no-id.example" },
        "junk",
      ],
      github: "not a list",
    });
    expect(index.get("a")?.url).toBeNull();
    expect(index.get("b")?.url).toBeNull();
    expect(index.get("c")?.url).toBeNull();
    expect(index.get("d")).toMatchObject({ url: "http://example.com/x", title: "http://example.com/x" });
    expect(index.size).toBe(4);
    expect(sourceIndex(null).size).toBe(0);
    expect(sourceIndex([1, 2]).size).toBe(0);
  });
});

describe("sources", () => {
  it("names source types for people", () => {
    expect(sourceTypeName("offline_docs")).toBe("Python documentation");
    expect(sourceTypeName("stackexchange")).toBe("Stack Overflow");
    expect(sourceTypeName("devto")).toBe("DEV Community");
    expect(sourceTypeName("some_new_source")).toBe("Some New Source");
  });

  it("lists the parts citing each passage", () => {
    const lesson = parseLesson(fixtures.mixed.content);
    if (!lesson) throw new Error("fixture did not parse");
    const parts = citedIn(lesson);
    expect(parts.get("p_video0000001")).toEqual(["Videos"]);
    expect(parts.get("p_c84c382bf881")).toContain("Methods");
    expect(parts.get("p_c84c382bf881")).toContain("Quiz question 1");
  });
});
