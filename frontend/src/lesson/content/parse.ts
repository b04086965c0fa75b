import { isObject, items, list, nonNegativeInt, requiredStr, str, strings, type Json } from "./guards";
import { httpUrl } from "./safeUrl";
import type {
  Chapter,
  CodeExample,
  Difficulty,
  Exercise,
  ParsedLesson,
  PracticeProject,
  QuizQuestion,
  Section,
  SourceIndex,
  VideoPick,
} from "./types";

const DIFFICULTIES: readonly Difficulty[] = ["beginner", "intermediate", "advanced"];

const cites = (value: unknown): string[] => strings(value);

function section(raw: Json): Section | null {
  const heading = requiredStr(raw.heading);
  const body = requiredStr(raw.body);
  return heading && body ? { heading, body, cites: cites(raw.cites) } : null;
}

function question(raw: Json): QuizQuestion | null {
  const text = requiredStr(raw.question);
  const options = list(raw.options);
  if (!text || options.length < 2 || !options.every((o) => typeof o === "string")) return null;
  return {
    question: text,
    options: options as string[],
    cites: cites(raw.cites),
  };
}

/** The quiz is scored by the server by position, so a single unusable question makes the
 * whole quiz unusable: dropping it would shift every later answer. */
function quiz(raw: unknown): QuizQuestion[] | null {
  if (!isObject(raw) || !Array.isArray(raw.questions) || raw.questions.length === 0) return null;
  const parsed = raw.questions.map((q) => (isObject(q) ? question(q) : null));
  return parsed.every((q): q is QuizQuestion => q !== null) ? parsed : null;
}

function codeExample(raw: Json): CodeExample | null {
  const code = requiredStr(raw.code);
  if (!code) return null;
  return { language: str(raw.language), code, explanation: str(raw.explanation), cites: cites(raw.cites) };
}

function exercise(raw: Json): Exercise | null {
  const title = requiredStr(raw.title);
  if (!title) return null;
  const difficulty = DIFFICULTIES.find((d) => d === raw.difficulty) ?? null;
  return {
    title,
    objective: str(raw.objective),
    difficulty,
    instructions: str(raw.instructions),
    language: str(raw.language),
    starter_code: str(raw.starter_code),
    expected_output: str(raw.expected_output),
    hints: strings(raw.hints),
    solution: str(raw.solution),
    cites: cites(raw.cites),
  };
}

function project(raw: unknown): PracticeProject | null {
  if (!isObject(raw)) return null;
  const title = requiredStr(raw.title);
  if (!title) return null;
  const minutes = nonNegativeInt(raw.estimated_minutes);
  return {
    title,
    description: str(raw.description),
    requirements: strings(raw.requirements),
    starter_template: str(raw.starter_template),
    estimated_minutes: minutes !== null && minutes > 0 ? minutes : null,
  };
}

function chapter(raw: Json): Chapter | null {
  const title = requiredStr(raw.title);
  const start = nonNegativeInt(raw.start_seconds);
  return title && start !== null ? { title, start_seconds: start } : null;
}

function videoPick(raw: Json): VideoPick | null {
  const passageId = requiredStr(raw.passage_id);
  if (!passageId) return null;
  return {
    passage_id: passageId,
    why_watch: str(raw.why_watch),
    look_for: strings(raw.look_for),
    chapters: items(raw.chapters, chapter),
  };
}

/** The lesson, checked field by field, or null when it is not a lesson of a known style. */
export function parseLesson(json: unknown): ParsedLesson | null {
  if (!isObject(json)) return null;
  const base = {
    title: str(json.title).trim(),
    summary: str(json.summary),
    key_concepts: strings(json.key_concepts),
    quiz: quiz(json.quiz),
  };
  switch (json.style) {
    case "hands_on":
      return {
        ...base,
        style: "hands_on",
        introduction: items(json.introduction, section),
        exercises: items(json.exercises, exercise),
        project: project(json.project),
      };
    case "video":
      return {
        ...base,
        style: "video",
        videos: items(json.videos, videoPick),
        search_terms: strings(json.search_terms),
        study_guide: items(json.study_guide, section),
      };
    case "reading":
      return {
        ...base,
        style: "reading",
        sections: items(json.sections, section),
        code_examples: items(json.code_examples, codeExample),
        diagrams: strings(json.diagrams),
        key_takeaways: strings(json.key_takeaways),
      };
    case "mixed":
      return {
        ...base,
        style: "mixed",
        sections: items(json.sections, section),
        exercises: items(json.exercises, exercise),
        videos: items(json.videos, videoPick),
      };
    default:
      return null;
  }
}

/** passage_id → source, from `{ <source type>: [{passage_id, url, title, author, licence}] }`.
 * URLs other than http(s) become null (the entry stays, without a link). */
export function sourceIndex(sourceAttribution: unknown): SourceIndex {
  const index: SourceIndex = new Map();
  if (!isObject(sourceAttribution)) return index;
  for (const [source, entries] of Object.entries(sourceAttribution)) {
    for (const entry of list(entries)) {
      if (!isObject(entry)) continue;
      const id = requiredStr(entry.passage_id);
      if (!id || index.has(id)) continue;
      index.set(id, {
        url: httpUrl(entry.url),
        title: str(entry.title).trim() || (httpUrl(entry.url) ?? id),
        source,
        author: str(entry.author).trim(),
        licence: str(entry.licence).trim(),
      });
    }
  }
  return index;
}
