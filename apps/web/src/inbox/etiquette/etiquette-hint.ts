import type { AddressOption, ConversationEtiquette } from '@sincere/contracts';

export interface AddressHint {
  /** What to call the customer now: the chosen form, else the proposal; null when neither is known. */
  address: string | null;
  chosen: boolean;
  /** "Anda, not kamu": the formal "you" to use and the informal one to avoid, when the customer is addressed formally. */
  you: { use: string; avoid: string | null } | null;
  /** The language the customer writes, when it is known with some confidence. */
  language: string | null;
  secondLanguage: boolean;
  /** One tip from the profile's bands, the one that matters most for a reply. */
  tip: 'face' | 'indirect' | 'direct' | null;
}

/** The forms an agent may pick: the proposal first, then its alternatives, without repeats. */
export function addressChoices(etiquette: ConversationEtiquette): AddressOption[] {
  const proposal = etiquette.address.proposal;
  if (!proposal) return [];
  const seen = new Set<string>();
  return [proposal.proposed, ...proposal.alternatives].filter((option) => {
    if (seen.has(option.address)) return false;
    seen.add(option.address);
    return true;
  });
}

/** The one-line "how to address" hint above the reply, from what the server worked out. */
export function addressHint(etiquette: ConversationEtiquette): AddressHint {
  const { profile, address, language } = etiquette;
  const chosen = address.chosen;
  const proposed = address.proposal?.proposed ?? null;
  const formality = proposed?.formality ?? profile?.you.serviceDefault ?? null;
  const you =
    profile?.you.formal && formality === 'formal' ? { use: profile.you.formal, avoid: profile.you.informal } : null;
  const tip = !profile
    ? null
    : profile.faceSaving === 'strict'
      ? 'face'
      : profile.negativeFeedback === 'indirect'
        ? 'indirect'
        : profile.negativeFeedback === 'direct'
          ? 'direct'
          : null;
  return {
    address: chosen ?? proposed?.address ?? null,
    chosen: chosen !== null,
    you,
    language: language.confidence === 'low' ? null : language.language,
    secondLanguage: etiquette.secondLanguage,
    tip,
  };
}
