import type { ComponentPropsWithoutRef, ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import { EXTERNAL_REL, httpUrl, linkUrl } from "./safeUrl";

// No rehype-raw: react-markdown turns raw HTML in the text into literal text, so lesson text
// (untrusted) never becomes elements. URLs are checked twice: urlTransform blanks unsafe ones
// and the components below refuse to render a link or image without a safe URL.

function urlTransform(url: string, key: string): string {
  const safe = key === "src" ? httpUrl(url) : linkUrl(url);
  return safe ?? "";
}

function Link({ href, children }: ComponentPropsWithoutRef<"a">) {
  const safe = linkUrl(href);
  if (!safe) return <span className="lc-unsafe-link">{children}</span>;
  if (safe.startsWith("mailto:")) return <a href={safe}>{children}</a>;
  return (
    <a href={safe} target="_blank" rel={EXTERNAL_REL}>
      {children}
    </a>
  );
}

// Images are never loaded (the CSP would block them anyway): a link to them instead.
function Image({ src, alt }: ComponentPropsWithoutRef<"img">) {
  const label: ReactNode = `Image: ${alt?.trim() || "untitled"}`;
  const safe = httpUrl(src);
  if (!safe) return <span className="lc-image-link">{label}</span>;
  return (
    <a className="lc-image-link" href={safe} target="_blank" rel={EXTERNAL_REL}>
      {label}
    </a>
  );
}

// Headings in a body sit under the lesson's own (h1 page, h2 title, h3 part, h4 item), so
// they start at h5.
const shifted = (Tag: "h5" | "h6") =>
  function Heading({ children }: ComponentPropsWithoutRef<"h5">) {
    return <Tag>{children}</Tag>;
  };

const components: Components = {
  a: Link,
  img: Image,
  h1: shifted("h5"),
  h2: shifted("h5"),
  h3: shifted("h6"),
  h4: shifted("h6"),
  h5: shifted("h6"),
  h6: shifted("h6"),
};

const remarkPlugins = [remarkGfm];
const rehypePlugins = [rehypeHighlight];

// For places that only take phrasing content (a legend, a list item's label).
const inlineComponents: Components = {
  ...components,
  p: function Paragraph({ children }: ComponentPropsWithoutRef<"p">) {
    return <span className="lc-inline-p">{children}</span>;
  },
};

interface MarkdownProps {
  children: string;
  className?: string;
  /** Render inside a <span>, paragraphs as spans: for a legend or other phrasing context. */
  inline?: boolean;
}

/** Untrusted Markdown as React elements: no raw HTML, safe links only, no images loaded. */
export function Markdown({ children, className, inline = false }: MarkdownProps) {
  const Wrapper = inline ? "span" : "div";
  return (
    <Wrapper className={className ? `lc-markdown ${className}` : "lc-markdown"}>
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        urlTransform={urlTransform}
        components={inline ? inlineComponents : components}
      >
        {children}
      </ReactMarkdown>
    </Wrapper>
  );
}
