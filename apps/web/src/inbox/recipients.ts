import type { FieldProblem } from '../forms/validate';

/** Addresses as typed: separated by commas, semicolons or spaces, each once (case aside), in order. */
export function parseRecipients(text: string): string[] {
  const seen = new Set<string>();
  const addresses: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const address = part.trim();
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    addresses.push(address);
  }
  return addresses;
}

export type RecipientsProblem =
  { kind: 'required' } | { kind: 'invalid'; address: string } | { kind: 'tooMany'; limit: number };

/** The recipients field's problem, from the contract's check of `to`: the first bad address by name. */
export function recipientsProblem(
  problems: Readonly<Record<string, FieldProblem>>,
  addresses: readonly string[],
): RecipientsProblem | null {
  const list = problems['to'];
  if (list?.kind === 'tooLong') return { kind: 'tooMany', limit: list.limit };
  if (list) return { kind: 'required' };
  for (const path of Object.keys(problems)) {
    const match = /^to\.(\d+)$/.exec(path);
    const address = match ? addresses[Number(match[1])] : undefined;
    if (address !== undefined) return { kind: 'invalid', address };
  }
  return null;
}
