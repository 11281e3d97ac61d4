import { MEMORY_LIMITS } from '@sincere/contracts';

/**
 * What to ask the customer about at this contact: confirmed facts they told before it began, the most recently
 * mentioned first. Without a contact (no conversation given), the most recent facts of all.
 */
export function pickAskAbout<T extends { status: string; mentionedAt: Date }>(
  facts: readonly T[],
  contactStartedAt: Date | null,
): T[] {
  return facts
    .filter((fact) => fact.status === 'confirmed')
    .filter((fact) => contactStartedAt === null || fact.mentionedAt.getTime() < contactStartedAt.getTime())
    .sort((a, b) => b.mentionedAt.getTime() - a.mentionedAt.getTime())
    .slice(0, MEMORY_LIMITS.askAbout);
}
