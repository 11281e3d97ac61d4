/** Maps a value of `domain` onto `range` in a straight line; values outside the domain are held at its ends. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value: number): number => {
    const clamped = Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1));
    return round(r0 + ((clamped - d0) / span) * (r1 - r0));
  };
}

/** Gridline values from `min` to `max` every `step`, without floating-point crumbs (0.6000000000000001). */
export function ticks(min: number, max: number, step: number): number[] {
  if (step <= 0 || max < min) return [min];
  const count = Math.round((max - min) / step);
  return Array.from({ length: count + 1 }, (_, index) => Number((min + index * step).toFixed(6)));
}

export interface Point {
  x: number;
  y: number;
}

/**
 * An SVG path through the points; a missing point (a week without reviews) breaks the line rather than
 * drawing across the gap as if the score had moved smoothly.
 */
export function linePath(points: readonly (Point | null)[]): string {
  const parts: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (point === null) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`);
    drawing = true;
  }
  return parts.join(' ');
}

/**
 * Which x-axis labels to print so they do not overlap: every n-th, always the last (the latest week is the one
 * people look for).
 */
export function visibleLabelIndexes(count: number, room: number): Set<number> {
  if (count <= 0) return new Set();
  const every = Math.max(1, Math.ceil(count / Math.max(1, room)));
  const shown = new Set<number>();
  for (let index = count - 1; index >= 0; index -= every) shown.add(index);
  return shown;
}

/** A long name cut to fit beside a bar; the full name stays in the table and the tooltip. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** Pixels to a tenth: finer is invisible, and the markup stays readable (no 334.96000000000004). */
export const round = (value: number) => Math.round(value * 10) / 10;
