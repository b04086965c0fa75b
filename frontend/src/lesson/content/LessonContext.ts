import { createContext, useContext } from "react";
import type { SourceIndex } from "./types";

export interface LessonSources {
  sources: SourceIndex;
  /** passage_id → the number its citations show, [n]. */
  numbers: Map<string, number>;
}

const EMPTY: LessonSources = { sources: new Map(), numbers: new Map() };

export const LessonSourcesContext = createContext<LessonSources>(EMPTY);

export const useLessonSources = (): LessonSources => useContext(LessonSourcesContext);
