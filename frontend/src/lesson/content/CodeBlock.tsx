import { Markdown } from "./Markdown";

/** Code shown through the Markdown pipeline so it is highlighted the same way and stays text.
 * The fence is longer than any backtick run in the code, so the code cannot close it. */
export function CodeBlock({ code, language }: { code: string; language: string }) {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  const lang = /^[A-Za-z0-9_+#-]{1,30}$/.test(language) ? language.toLowerCase() : "";
  const body = code.endsWith("\n") ? code : `${code}\n`;
  return <Markdown className="lc-code">{`${fence}${lang}\n${body}${fence}\n`}</Markdown>;
}
