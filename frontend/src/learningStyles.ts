import type { LearningStyle } from "./graphql/graphql";

/** What each learning style means, with a glimpse of a lesson in it (shown at onboarding and
 * wherever the learner changes their preference). */
export const STYLE_GUIDE: Record<LearningStyle, { label: string; summary: string; example: string }> = {
  HANDS_ON: {
    label: "Hands-on",
    summary: "About 70 % practice: short explanations, then exercises you run, with hints and a project.",
    example: "“Write a function that totals each customer's orders. Starter code, expected output and three hints included.”",
  },
  VIDEO: {
    label: "Video",
    summary: "Hand-picked videos with a study guide: why to watch, what to look for, chapters to jump to.",
    example: "“Watch 04:10–09:30 for how list slicing copies; then answer three questions.”",
  },
  READING: {
    label: "Reading",
    summary: "In-depth written sections with code examples, diagrams and key takeaways, citing the docs.",
    example: "“Section 2: How Python stores a list — with a diagram and two annotated examples.”",
  },
  MIXED: {
    label: "Mixed",
    summary: "A balance of explanation, exercises and the occasional video.",
    example: "“Read a short section, try an exercise, then watch a 5-minute clip that goes deeper.”",
  },
};

export const STYLE_ORDER: LearningStyle[] = ["HANDS_ON", "VIDEO", "READING", "MIXED"];
