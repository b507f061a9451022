// A short token that differs on every call, for names and addresses a write must not repeat.
let n = 0;
export const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
