export interface PointDescriptions {
  /** Text before the first "0:", if any. */
  intro: string;
  /** What each point means, by point; null where the description does not say. */
  points: (string | null)[];
  /** The "N/A when …" sentence, taken off the last point. */
  na: string | null;
}

// "0: …" at the start or after white space; the number is checked against the next point expected.
const MARKER = /(^|\s)(\d{1,2})\s*:\s/g;
// "N/A when …" / "N/A, если …" as a sentence of its own at the end.
const NA_SENTENCE = /(?:^|(?<=[.!?…»"”)])\s+)(N\/A\b[\s\S]*)$/;

/**
 * Splits a category description written "0: … 1: … 2: …" into the text of each point, so each radio button
 * can say what it means. Markers count up from 0; a number out of order ("at 10: ") is part of the text.
 * A description not written that way gives no point texts and stays whole as the intro.
 */
export function parsePointDescriptions(description: string, points: number): PointDescriptions {
  const starts: { point: number; at: number; textAt: number }[] = [];
  for (const match of description.matchAll(MARKER)) {
    const point = Number(match[2]);
    if (point !== starts.length || point >= points) continue;
    const at = match.index + (match[1]?.length ?? 0);
    starts.push({ point, at, textAt: match.index + match[0].length });
  }
  if (starts.length === 0)
    return { intro: description.trim(), points: Array.from({ length: points }, () => null), na: null };

  const texts: (string | null)[] = Array.from({ length: points }, () => null);
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.at ?? description.length;
    texts[start.point] = description.slice(start.textAt, end).trim();
  });
  const lastIndex = starts.length - 1;
  const last = texts[lastIndex] ?? '';
  const na = NA_SENTENCE.exec(last);
  if (na?.[1]) texts[lastIndex] = last.slice(0, na.index).trim();
  return { intro: description.slice(0, starts[0]?.at ?? 0).trim(), points: texts, na: na?.[1]?.trim() ?? null };
}
