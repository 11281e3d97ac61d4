/**
 * Wraps text of unknown direction (a customer's name, a subject) in Unicode isolates
 * (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE) for use inside a
 * translated sentence: an Arabic name then reads right to left without reordering the
 * words around it, as <bdi> does for elements.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
