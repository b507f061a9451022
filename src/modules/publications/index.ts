// Publications: what other modules may call. Tables stay private to this module.
import "./messages.ts";

export { type CalendarNewsInput, publishNewsItem, withdrawNewsItem } from "./news/calendar.ts";
export type { NewsEventPayload } from "./news/events.ts";
export {
  decideOnProposal,
  getNewsItem,
  listNews,
  type NewsItem,
  newsItemPath,
  proposeNews,
} from "./news/news.service.ts";
