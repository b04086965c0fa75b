import { Allow, parse } from "partial-json";
import { isObject, list, str } from "./guards";

export interface StreamPreviewData {
  title: string;
  summary: string;
  sections: { heading: string; body: string }[];
  exercises: string[];
  questions: string[];
}

export const EMPTY_PREVIEW: StreamPreviewData = { title: "", summary: "", sections: [], exercises: [], questions: [] };

/** Non-empty strings of `key` in each object of a list. */
const field = (items: unknown, key: string): string[] =>
  list(items).flatMap((item) => (isObject(item) && str(item[key]).trim() ? [str(item[key])] : []));

/** What has arrived so far of a lesson being written, or null when the text cannot be read
 * (yet). Only known string fields are taken: the learner never sees raw JSON. */
export function previewOf(text: string): StreamPreviewData | null {
  // Models sometimes put a Markdown fence or a sentence before the JSON object.
  const start = text.indexOf("{");
  if (start < 0) return null;
  let json: unknown;
  try {
    json = parse(text.slice(start), Allow.ALL);
  } catch {
    return null;
  }
  if (!isObject(json)) return null;
  const sections = [...list(json.introduction), ...list(json.study_guide), ...list(json.sections)].flatMap((s) => {
    if (!isObject(s)) return [];
    const heading = str(s.heading);
    const body = str(s.body);
    return heading.trim() || body.trim() ? [{ heading, body }] : [];
  });
  return {
    title: str(json.title),
    summary: str(json.summary),
    sections,
    exercises: field(json.exercises, "title"),
    questions: isObject(json.quiz) ? field(json.quiz.questions, "question") : [],
  };
}
