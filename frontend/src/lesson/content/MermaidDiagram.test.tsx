import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MermaidDiagram, cleanDiagramSource } from "./MermaidDiagram";
import "./testGuard";

const mermaid = vi.hoisted(() => ({ initialize: vi.fn(), render: vi.fn() }));
vi.mock("mermaid", () => ({ default: mermaid }));

const SOURCE = "flowchart TD\n  a[Start] --> b[End]";

beforeEach(() => {
  mermaid.initialize.mockReset();
  mermaid.render.mockReset();
});

describe("MermaidDiagram", () => {
  it("shows the source while drawing, then the sanitised SVG", async () => {
    mermaid.render.mockImplementation(async (id: string) => ({
      svg:
        `<svg id="${id}" onload="window.__pwned=1" xmlns="http://www.w3.org/2000/svg">` +
        `<script>window.__pwned=1</script><g onclick="x()"><text>Start</text></g>` +
        `<a href="javascript:alert(1)"><text>link</text></a></svg>`,
      diagramType: "flowchart",
    }));
    const { container } = render(<MermaidDiagram source={SOURCE} label="How it flows" />);
    expect(container.querySelector("pre")?.textContent).toBe(SOURCE);

    const img = await screen.findByRole("img", { name: "How it flows" });
    expect(img.querySelector("svg")).not.toBeNull();
    expect(img).toHaveTextContent("Start");
    expect(img.innerHTML).not.toMatch(/<script|onload|onclick|javascript:/i);
    expect(mermaid.initialize).toHaveBeenCalledWith(
      expect.objectContaining({ startOnLoad: false, securityLevel: "strict", theme: "default" }),
    );
    expect(mermaid.render).toHaveBeenCalledWith(expect.stringMatching(/^lesson-diagram-\d+$/), SOURCE);
  });

  it("shows the source with a note when Mermaid fails, leaving nothing in the body", async () => {
    mermaid.render.mockImplementation(async (id: string) => {
      const bomb = document.createElement("div");
      bomb.id = `d${id}`;
      bomb.textContent = "Syntax error in text";
      document.body.appendChild(bomb);
      throw new Error("Parse error on line 2");
    });
    const { container } = render(<MermaidDiagram source="flowchart ??" label="Broken" />);
    expect(await screen.findByText(/could not be drawn/)).toBeInTheDocument();
    expect(container.querySelector("pre")?.textContent).toBe("flowchart ??");
    expect(screen.queryByRole("img")).toBeNull();
    expect(document.body).not.toHaveTextContent("Syntax error in text");
  });

  it("falls back when sanitising leaves nothing", async () => {
    mermaid.render.mockResolvedValue({ svg: "<script>alert(1)</script>", diagramType: "x" });
    render(<MermaidDiagram source="graph" label="Empty" />);
    expect(await screen.findByText(/could not be drawn/)).toBeInTheDocument();
  });
});

describe("cleanDiagramSource", () => {
  it("drops markup in labels and click directives, keeping the diagram", () => {
    const source = [
      "flowchart TD",
      '  A["<img src=x onerror=alert(1)>Start"] --> B[Next<br/>step]',
      '  click A "javascript:alert(1)"',
      '    CLICK B "https://evil.example" _self',
      "  B --> C[clicks counted]",
    ].join("\n");
    const clean = cleanDiagramSource(source);
    expect(clean).not.toMatch(/<|onerror|javascript|evil\.example/);
    expect(clean).toContain('A[" Start"] --> B[Next step]');
    expect(clean).toContain("B --> C[clicks counted]");
  });
});
