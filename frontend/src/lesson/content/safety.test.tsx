import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LessonContentView } from "./LessonContentView";
import { Markdown } from "./Markdown";
import type { QuizScore } from "./quizTypes";
import "./testGuard";
import { copyOf, fixtures } from "./testFixtures";
import { VideoEmbed } from "./VideoEmbed";

declare global {
  interface Window {
    __pwned?: number;
  }
}

const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> [x](javascript:alert(1))`;
const noQuiz = (): Promise<QuizScore> => Promise.reject(new Error("unused"));

function expectNothingActive(container: HTMLElement) {
  expect(container.querySelector("img, script, iframe, object, embed, style, svg, form[action]")).toBeNull();
  for (const element of container.querySelectorAll("*")) {
    for (const attr of element.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
  }
  for (const link of container.querySelectorAll("[href], [src], [action]")) {
    const url = link.getAttribute("href") ?? link.getAttribute("src") ?? link.getAttribute("action") ?? "";
    expect(url.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
  }
}

afterEach(() => {
  delete window.__pwned;
});

describe("untrusted lesson text", () => {
  it("renders HTML in a section body as text, and no javascript: link", async () => {
    const lesson = copyOf(fixtures.mixed);
    (lesson.content.sections as { body: string }[])[0]!.body = HOSTILE;
    const { container } = render(
      <LessonContentView content={lesson.content} sourceAttribution={lesson.sourceAttribution} onSubmitQuiz={noQuiz} />,
    );
    const iframes = container.querySelectorAll("iframe");
    iframes.forEach((frame) => frame.remove()); // the fixture's own (safe) video embed
    expectNothingActive(container);
    expect(container).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    expect(container).toHaveTextContent("<script>window.__pwned=1</script>");
    expect(screen.queryByRole("link", { name: "x" })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.__pwned).toBeUndefined();
  });

  it.each([
    ["raw HTML block", '<div onclick="window.__pwned=1"><iframe src="https://evil.example"></iframe></div>'],
    ["markdown image", '![tracker](https://evil.example/pixel.png "t")'],
    ["data image", "![x](data:image/png;base64,AAAA)"],
    ["javascript link, other case", "[click](JaVaScRiPt:alert(1)) and [c](  javascript:alert(1))"],
    ["reference link", "[ref][r]\n\n[r]: javascript:alert(1)"],
    ["autolink", "<javascript:alert(1)> and <data:text/html,hi>"],
    ["entity-encoded scheme", "[e](&#106;avascript:alert(1))"],
    ["svg", '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>'],
    ["style", "<style>body{display:none}</style>"],
  ])("neutralises %s", (_name, text) => {
    const { container } = render(<Markdown>{text}</Markdown>);
    expectNothingActive(container);
    expect(window.__pwned).toBeUndefined();
  });

  it("shows images as links with their alt text, never loading them", () => {
    render(<Markdown>{"![a chart](https://example.com/chart.png)"}</Markdown>);
    const link = screen.getByRole("link", { name: "Image: a chart" });
    expect(link).toHaveAttribute("href", "https://example.com/chart.png");
    expect(document.querySelector("img")).toBeNull();
  });

  it("opens http(s) links in a new tab without referrer or opener, and keeps mailto", () => {
    render(<Markdown>{"[docs](https://docs.python.org/3/) [mail](mailto:a@example.com) [rel](/admin)"}</Markdown>);
    const docs = screen.getByRole("link", { name: "docs" });
    expect(docs).toHaveAttribute("target", "_blank");
    expect(docs).toHaveAttribute("rel", "noopener noreferrer nofollow");
    expect(screen.getByRole("link", { name: "mail" })).toHaveAttribute("href", "mailto:a@example.com");
    expect(screen.queryByRole("link", { name: "rel" })).toBeNull();
    expect(screen.getByText("rel")).toBeInTheDocument();
  });

  it("highlights fenced code without running it", () => {
    const { container } = render(<Markdown>{"```python\nprint('<b>hi</b>')\n```"}</Markdown>);
    expect(container.querySelector("code.hljs, code.language-python")).not.toBeNull();
    expect(container.querySelector("span[class^='hljs-']")).not.toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(container).toHaveTextContent("print('<b>hi</b>')");
  });
});

describe("video URLs", () => {
  it("renders no iframe for a hostile URL", () => {
    const { container } = render(<VideoEmbed url={'https://evil.example/watch?v=abc"onload='} title="Evil" />);
    expect(container.querySelector("iframe")).toBeNull();
    expectNothingActive(container);
  });

  it("renders no iframe for a YouTube URL whose id is not plainly an id", () => {
    const { container } = render(<VideoEmbed url={'https://www.youtube.com/watch?v=abc"onload=x'} title="Odd" />);
    expect(container.querySelector("iframe")).toBeNull();
    expect(screen.getByRole("link", { name: /Watch “Odd”/ })).toHaveAttribute("target", "_blank");
  });

  it("renders nothing at all for a javascript: URL", () => {
    const { container } = render(<VideoEmbed url="javascript:alert(1)" title="Evil" />);
    expect(container).toBeEmptyDOMElement();
  });

  it("shows a video's citation source without an iframe when its URL is hostile", () => {
    const lesson = copyOf(fixtures.video);
    lesson.sourceAttribution.youtube = [
      { passage_id: "p_video0000001", url: 'https://evil.example/watch?v=abc"onload=', title: "Evil" },
    ];
    const { container } = render(
      <LessonContentView content={lesson.content} sourceAttribution={lesson.sourceAttribution} onSubmitQuiz={noQuiz} />,
    );
    expect(container.querySelector("iframe")).toBeNull();
  });
});
