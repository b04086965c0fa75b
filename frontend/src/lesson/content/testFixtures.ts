import handsOn from "./fixtures/hands_on.json";
import mixed from "./fixtures/mixed.json";
import reading from "./fixtures/reading.json";
import video from "./fixtures/video.json";

export interface Fixture {
  content: Record<string, unknown>;
  sourceAttribution: Record<string, unknown>;
}

export const fixtures: Record<"hands_on" | "video" | "reading" | "mixed", Fixture> = {
  hands_on: handsOn,
  video,
  reading,
  mixed,
};

/** A deep copy, to change without touching the shared fixture. */
export const copyOf = (fixture: Fixture): Fixture => structuredClone(fixture);
