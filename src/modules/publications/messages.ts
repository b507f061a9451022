// The publications module's strings: one file per part (news now; e-books beside it later).
import "./news/messages.ts";
