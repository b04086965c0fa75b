import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StreamingPreview } from "./StreamingPreview";
import { previewOf } from "./streamPreview";
import "./testGuard";
import { fixtures } from "./testFixtures";

const full = JSON.stringify(fixtures.reading.content);

describe("StreamingPreview", () => {
  it("shows the title and first section heading of an incomplete prefix, as text", () => {
    const cut = full.indexOf('"heading":"Calls"');
    const prefix = full.slice(0, cut + 30);
    render(<StreamingPreview text={prefix} />);
    expect(screen.getByRole("heading", { name: "Lists and list methods" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "What this lesson covers" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Calls" })).toBeInTheDocument();
    expect(screen.getByText("Writing the lesson…")).toBeInTheDocument();
    // No Markdown rendering and no JSON on screen.
    expect(document.querySelector("strong")).toBeNull();
    expect(document.body).toHaveTextContent("**Lists and list methods**");
    expect(document.body.textContent).not.toMatch(/"style"|"title"|"heading"|\{"|\[\{/);
  });

  it("shows HTML as text", () => {
    const text = '{"style":"mixed","title":"<img src=x onerror=alert(1)>","sections":[{"heading":"<script>x</script>","body":"<b>bold</b> [l](javascript:alert(1))';
    const { container } = render(<StreamingPreview text={text} />);
    expect(container.querySelector("img, script, b, a")).toBeNull();
    expect(screen.getByRole("heading", { name: "<img src=x onerror=alert(1)>" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "<script>x</script>" })).toBeInTheDocument();
    expect(container).toHaveTextContent("<b>bold</b> [l](javascript:alert(1))");
  });

  it("keeps the last good preview when a chunk cannot be read, and tolerates a fence", () => {
    const { rerender } = render(<StreamingPreview text={'```json\n{"title":"First","summary":"So far'} />);
    expect(screen.getByRole("heading", { name: "First" })).toBeInTheDocument();
    rerender(<StreamingPreview text={'{"title":"First","summary":"So far" oops ]]'} />);
    expect(screen.getByRole("heading", { name: "First" })).toBeInTheDocument();
    expect(screen.getByText("So far")).toBeInTheDocument();
    rerender(<StreamingPreview text="" />);
    expect(screen.getByRole("heading", { name: "First" })).toBeInTheDocument();
  });

  it("lists exercise titles and quiz questions as they arrive, ignoring non-strings", () => {
    const preview = previewOf(
      '{"title":5,"exercises":[{"title":"Ex one"},{"title":{"x":1}}],"quiz":{"questions":[{"question":"Why?"},{"question":"Ho',
    );
    expect(preview).toEqual({
      title: "",
      summary: "",
      sections: [],
      exercises: ["Ex one"],
      questions: ["Why?", "Ho"],
    });
    expect(previewOf("no json here")).toBeNull();
    expect(previewOf("[1,2")).toBeNull();
  });
});
