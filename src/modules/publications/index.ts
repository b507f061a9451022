// Publications: what other modules may call. Tables stay private to this module.
import "./messages.ts";

export type { NewsEventPayload } from "./news/events.ts";
export {
  decideOnProposal,
  getNewsItem,
  listNews,
  type NewsItem,
  newsItemPath,
  proposeNews,
} from "./news/news.service.ts";
