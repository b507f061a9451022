// Intl formatters, made once and kept. Making one costs far more than using it (on these machines
// Intl.DateTimeFormat ≈ 0.1–0.25 ms, PluralRules ≈ 0.05 ms, NumberFormat ≈ 0.02 ms; `format` ≈ 1 µs),
// and a page formats dozens of dates: made per call, they were a visible share of a page's CPU.
// The key is the locale and the options as given; the options are the call site's literal, so the
// same call site always makes the same key. Time zones come from validated settings, so the set of
// keys is small; the bound only guards against a bug that would make keys without end.
const MAX = 1000;

function memo<T>(make: (locale: string, options?: object) => T) {
  const cache = new Map<string, T>();
  return (locale: string, options?: object): T => {
    const key = options ? `${locale}${JSON.stringify(options)}` : locale;
    let f = cache.get(key);
    if (f === undefined) {
      if (cache.size >= MAX) cache.clear();
      f = make(locale, options);
      cache.set(key, f);
    }
    return f;
  };
}

export const dateTimeFormat: (locale: string, options?: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat =
  memo((l, o) => new Intl.DateTimeFormat(l, o));
export const numberFormat: (locale: string, options?: Intl.NumberFormatOptions) => Intl.NumberFormat = memo(
  (l, o) => new Intl.NumberFormat(l, o),
);
export const pluralRules: (locale: string) => Intl.PluralRules = memo((l) => new Intl.PluralRules(l));
