// The domain events of the news column, added to the platform's event map (platform/events.ts).
// `published`, `updated` and `withdrawn` carry what webhooks, federation and the editorial calendar
// need (issue 19): ids and facts, never the proposer. `proposed` and `reviewed` are the workflow's,
// for the notices to editors and to the proposer.

export type NewsEventPayload = {
  itemId: string;
  networkId: string;
  kind: string;
  language: string;
  visibility: string;
  /** Absolute URL of the item's page. */
  url: string;
};

declare module "../../../platform/events.ts" {
  interface EventMap {
    /** An item became visible in its column (a proposal accepted, or an editor's item published). */
    "publications.news.published": NewsEventPayload;
    /** A published item was edited: readers see "updated on", feeds its new `updated`. */
    "publications.news.updated": NewsEventPayload;
    /** A published item was taken down: its page answers 410, it leaves lists and feeds. */
    "publications.news.withdrawn": NewsEventPayload;
    /** A member sent a proposal (first time or again after changes): editors are told. */
    "publications.news.proposed": { itemId: string; networkId: string; proposerId: string };
    /** An editor asked for changes to a proposal or rejected it: the proposer is told. */
    "publications.news.reviewed": {
      itemId: string;
      networkId: string;
      proposerId: string;
      decision: "request-changes" | "reject";
    };
  }
}
