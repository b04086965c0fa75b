import type { ParsedLesson, Section, SourceIndex } from "./types";

const SOURCE_NAMES: Record<string, string> = {
  offline_docs: "Python documentation",
  docs: "Python documentation",
  stackexchange: "Stack Overflow",
  stackoverflow: "Stack Overflow",
  github: "GitHub",
  devto: "DEV Community",
  youtube: "YouTube",
};

export function sourceTypeName(source: string): string {
  const known = SOURCE_NAMES[source];
  if (known) return known;
  const words = source.split(/[_\s-]+/).filter(Boolean);
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ") || "Other";
}

/** Anchor id of a source's entry in the sources panel. */
export const sourceAnchor = (passageId: string): string =>
  `source-${passageId.replace(/[^A-Za-z0-9_-]/g, "_")}`;

function sectionsOf(lesson: ParsedLesson): Section[] {
  switch (lesson.style) {
    case "hands_on":
      return lesson.introduction;
    case "video":
      return lesson.study_guide;
    default:
      return lesson.sections;
  }
}

/** passage_id → the parts of the lesson that cite it, in reading order, without repeats. */
export function citedIn(lesson: ParsedLesson): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  const add = (ids: string[], label: string) => {
    for (const id of ids) {
      const labels = parts.get(id) ?? [];
      if (!labels.includes(label)) labels.push(label);
      parts.set(id, labels);
    }
  };
  for (const s of sectionsOf(lesson)) add(s.cites, s.heading);
  if (lesson.style === "reading") {
    lesson.code_examples.forEach((c, i) => add(c.cites, `Code example ${i + 1}`));
  }
  if (lesson.style === "hands_on" || lesson.style === "mixed") {
    for (const e of lesson.exercises) add(e.cites, `Exercise: ${e.title}`);
  }
  if (lesson.style === "video" || lesson.style === "mixed") {
    for (const v of lesson.videos) add([v.passage_id], "Videos");
  }
  lesson.quiz?.forEach((q, i) => add(q.cites, `Quiz question ${i + 1}`));
  return parts;
}

export interface SourceGroup {
  source: string;
  name: string;
  ids: string[];
}

/** The sources grouped by type (in the order research listed them), cited ones first. */
export function groupSources(index: SourceIndex, cited: Map<string, string[]>) {
  const group = (wantCited: boolean): SourceGroup[] => {
    const groups = new Map<string, SourceGroup>();
    for (const [id, info] of index) {
      if (cited.has(id) !== wantCited) continue;
      const g = groups.get(info.source) ?? { source: info.source, name: sourceTypeName(info.source), ids: [] };
      g.ids.push(id);
      groups.set(info.source, g);
    }
    return [...groups.values()];
  };
  return { cited: group(true), uncited: group(false) };
}

/** passage_id → its [n], numbered in the order the sources panel lists the cited sources. */
export function citationNumbers(groups: SourceGroup[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const g of groups) for (const id of g.ids) numbers.set(id, numbers.size + 1);
  return numbers;
}
