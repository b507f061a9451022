// The catalogue's theme codes (issue: good-practice catalogue, item 2). Labels come from the theme
// vocabulary (vocabulary/themes.v1.json, registered by messages.ts under `practices.themes.<code>`);
// the migration's check constraint lists the same codes.
import "./messages.ts";

export const THEMES = [
  "inclusion",
  "accessibility",
  "audience-engagement",
  "social-media",
  "open-data",
  "smart-city",
  "heritage",
  "libraries",
  "museums",
  "funding",
  "digital-skills",
  "participation",
  "tourism",
  "communication",
] as const;

export type Theme = (typeof THEMES)[number];

export const isTheme = (v: string): v is Theme => (THEMES as readonly string[]).includes(v);

/** The catalogue key of a theme's label, for `t(themeLabelKey(code))`. */
export const themeLabelKey = (code: Theme): string => `practices.themes.${code}`;
