/**
 * The first error at `path` or under it: a list's problems arrive per item
 * (`settings.allowedOrigins.2`), but the form shows the list as one field.
 */
export function errorUnder(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((candidate) => candidate.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}

/** The errors under `prefix`, with it taken off: for an editor that knows only its own part of the request. */
export function errorsWithin(errors: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(`${prefix}.`))
      .map(([path, message]) => [path.slice(prefix.length + 1), message]),
  );
}
