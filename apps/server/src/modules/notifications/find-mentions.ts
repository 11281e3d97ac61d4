export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * The people a note names with `@Display Name` or `@email`. Names may hold spaces and
 * match case-insensitively; where several fit (`@Ann Lee` with both "Ann" and
 * "Ann Lee" in the account) the longest wins. A match must end at a word boundary,
 * and an `@` inside a word (an email address in the text) starts no mention. An
 * `@word` that names nobody is ignored. Returns ids in order of first mention.
 */
export function findMentions(text: string, people: readonly Mentionable[]): string[] {
  const handles = people
    .flatMap((person) =>
      [person.name.trim(), person.email]
        .filter((handle) => handle.length > 0)
        .map((handle) => ({ handle: handle.toLowerCase(), length: handle.length, id: person.id })),
    )
    .sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && WORD.test(text.charAt(at - 1))) continue;
    const rest = text.slice(at + 1);
    const match = handles.find(
      ({ handle, length }) => rest.slice(0, length).toLowerCase() === handle && !WORD.test(rest.charAt(length)),
    );
    if (match && !found.includes(match.id)) found.push(match.id);
  }
  return found;
}
