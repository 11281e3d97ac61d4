/** Telegram's limit for one message's text. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Cuts a long text into parts Telegram accepts, at a paragraph break, else a line break, else a space in the
 * second half of each part, else at the limit (never inside a surrogate pair). Short text stays one part.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = -1;
    for (const separator of ['\n\n', '\n', ' ']) {
      const at = window.lastIndexOf(separator);
      if (at >= limit / 2) {
        cut = at + separator.length;
        break;
      }
    }
    if (cut < 0) {
      cut = limit;
      const last = rest.charCodeAt(cut - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
    }
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim()) parts.push(rest);
  return parts;
}
