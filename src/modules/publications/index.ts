// Publications: what other modules may call. Tables stay private to this module.
import "./messages.ts";

export { type CalendarNewsInput, publishNewsItem, withdrawNewsItem } from "./news/calendar.ts";
export type { NewsEventPayload } from "./news/events.ts";
export { getNewsItem, listNews, type NewsItem, newsItemPath } from "./news/news.service.ts";
export { decideOnProposal, proposeNews } from "./news/news.workflow.ts";
