// Text people wrote, shown as text: paragraphs split on blank lines, line breaks kept. Nothing is
// ever interpreted as HTML (JSX escapes it), so a "<script>" in a field is shown, not run.
import type { FC } from "hono/jsx";

export const Paragraphs: FC<{ text: string | null | undefined }> = ({ text }) => {
  if (!text) return null;
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p>
            {p.split("\n").map((line, i) => (
              <>
                {i > 0 ? <br /> : null}
                {line}
              </>
            ))}
          </p>
        ))}
    </>
  );
};
