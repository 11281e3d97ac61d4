/** Long enough for any real name, short enough for a list and for every file system. */
export const MAX_FILE_NAME_LENGTH = 200;
/** An extension longer than this is not one worth keeping when a name is cut. */
const MAX_EXTENSION_LENGTH = 16;

/**
 * The name a file is shown and downloaded under: without the folders a browser or
 * client may send along, without control characters and the bidirectional marks
 * that disguise an extension ("invoice‮fdp.exe"), trimmed, and cut to
 * MAX_FILE_NAME_LENGTH characters keeping its extension. Empty when nothing is left.
 */
export function cleanFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim()
    // Windows drops trailing dots and spaces, which could turn "report.pdf." into another type.
    .replace(/[. ]+$/u, '');
  if (/^\.*$/u.test(cleaned)) return '';
  return cut(cleaned);
}

function cut(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length <= MAX_EXTENSION_LENGTH ? extension : [];
  return [...chars.slice(0, MAX_FILE_NAME_LENGTH - kept.length), ...kept].join('').trim();
}
