import { useEffect, useState } from "react";

let renderCount = 0;

// Mermaid leaves its scratch container (#d<id>, or #i<id> when sandboxed) in document.body
// when a render fails; none of it may stay behind.
function removeLeftovers(id: string) {
  for (const leftover of [`d${id}`, `i${id}`, id]) document.getElementById(leftover)?.remove();
}

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** The diagram source without what it never needs and an attacker would use: markup in labels
 * (Mermaid decodes some label text through the DOM while measuring it, where an image's
 * onerror would try to run; the CSP blocks it, but it should never get that far) and `click`
 * directives (links and callbacks). Exported for tests. */
export function cleanDiagramSource(source: string): string {
  return source
    .split("\n")
    .filter((line) => !/^\s*click\s/i.test(line))
    .join("\n")
    .replace(/<[^>]*>?/g, " ");
}

async function renderDiagram(id: string, source: string): Promise<string> {
  // Loaded only when a diagram is shown: Mermaid is large.
  const [{ default: mermaid }, { default: DOMPurify }] = await Promise.all([
    import("mermaid"),
    import("dompurify"),
  ]);
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: prefersDark() ? "dark" : "default",
    // SVG text labels: HTML labels live in <foreignObject>, which the SVG profile removes.
    htmlLabels: false,
    suppressErrorRendering: true,
  });
  try {
    const { svg } = await mermaid.render(id, cleanDiagramSource(source));
    // No links: Mermaid's `click` directives would make lesson text navigate the app away.
    const clean = DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, FORBID_TAGS: ["a"] });
    if (!clean.trim()) throw new Error("the diagram rendered to nothing");
    return clean;
  } finally {
    removeLeftovers(id);
  }
}

type Drawn = { source: string; svg: string | null };

/** A Mermaid diagram drawn as sanitised SVG; its source shows while drawing and if it fails. */
export function MermaidDiagram({ source, label }: { source: string; label: string }) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useEffect(() => {
    let cancelled = false;
    renderCount += 1;
    const id = `lesson-diagram-${renderCount}`;
    renderDiagram(id, source).then(
      (svg) => {
        if (!cancelled) setDrawn({ source, svg });
      },
      () => {
        if (!cancelled) setDrawn({ source, svg: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [source]);

  const current = drawn?.source === source ? drawn : null;

  if (current === null) {
    return (
      <figure className="lc-diagram" aria-busy="true">
        <figcaption className="visually-hidden">{label} (drawing…)</figcaption>
        <pre className="lc-diagram-source">
          <code>{source}</code>
        </pre>
      </figure>
    );
  }
  if (current.svg === null) {
    return (
      <figure className="lc-diagram">
        <figcaption className="muted">
          This diagram could not be drawn, so here is its source ({label}).
        </figcaption>
        <pre className="lc-diagram-source">
          <code>{source}</code>
        </pre>
      </figure>
    );
  }
  return (
    <figure className="lc-diagram">
      <div
        className="lc-diagram-svg"
        role="img"
        aria-label={label}
        // eslint-disable-next-line no-restricted-syntax -- the one exception: Mermaid's SVG, rendered with securityLevel "strict" and sanitised by DOMPurify's SVG profile just above; there is no other way to show an SVG string.
        dangerouslySetInnerHTML={{ __html: current.svg }}
      />
    </figure>
  );
}
