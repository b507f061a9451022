// The good-practice catalogue: what other modules and the pages, moderation and open-data slices
// may call. Tables stay private to this module; go through these functions.

import "./messages.ts";

export { flag } from "./catalogue/flags.service.ts";
export {
  createPractice,
  getPractice,
  loadPractice,
  type Practice,
  setPracticeStatus,
  updatePractice,
} from "./catalogue/service.ts";
export { type MediaUpload, storeMedia } from "./media/service.ts";
export { barChartPng } from "./open-data/bar-chart.ts";
export { canReadContact, canReadPractice } from "./policy.ts";
export {
  type ParsedPracticeQuery,
  PracticeInput,
  PracticePatch,
  PracticeQuery,
} from "./schema.ts";
export {
  correctableTerms,
  type Facets,
  type FacetValue,
  type PracticeHit,
  parsePracticeQuery,
  type SearchResult,
  searchPractices,
} from "./search/service.ts";
export { escapeHtml, type Segment, segmentsToHtml, segmentsToText } from "./search/snippets.ts";
export { PRACTICE_STATUSES, type PracticeStatus } from "./tables.ts";
export { isTheme, THEMES, type Theme, themeLabelKey } from "./themes.ts";
