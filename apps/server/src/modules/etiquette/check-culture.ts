import type { CalendarEntry, CultureWarning, LocaleProfile } from '@sincere/contracts';
import { readDraft } from './culture-checks/draft';
import { missingHonorific, nameWords, wrongHonorific } from './culture-checks/honorifics';
import { informalYou } from './culture-checks/informal-you';
import { longSentences } from './culture-checks/long-sentences';
import { publicCriticism } from './culture-checks/public-criticism';
import { quietPeriod } from './culture-checks/quiet-period';

export interface CultureContext {
  /** The customer's profile (the account's version). */
  profile: LocaleProfile;
  /** The form of address chosen for the customer ("Ibu Sari") or proposed ("Kak Sari"); null when unknown. */
  address: string | null;
  /** The honorific the agent chose for this customer ("Ibu"), when one was chosen; null when only proposed or none. */
  chosenHonorific: string | null;
  /** How the customer is addressed (profile.you.serviceDefault unless changed). */
  formality: 'formal' | 'informal';
  /** The reply can be read by others (a public social post or review reply). */
  public: boolean;
  /** The customer writes in a language other than their own: short, plain sentences help. */
  secondLanguage: boolean;
  /** When the message goes out, when scheduled (a follow-up, a campaign); null = now, a reply to the customer. */
  scheduledAt: Date | null;
  /** A message the customer did not ask for (follow-up, campaign). */
  proactive: boolean;
  /** The customer's country's 'quiet' entries around that time. */
  quietPeriods: readonly CalendarEntry[];
  /** The customer's IANA zone, to place scheduledAt on a local date. */
  timeZone: string | null;
}

/**
 * Reads a draft for what the customer's culture would take amiss: an informal "you" where they are addressed
 * formally, a missing or contradicting honorific, criticism they would lose face over, sentences too long for
 * a second language, a campaign in a quiet period. Each warning points at the words that raised it (none for a
 * whole-reply warning) and offers what to write instead when there is one; whole-reply warnings first, then in
 * the order of the text. Precision over recall: a wrong warning teaches agents to ignore warnings. Pure and
 * synchronous: it runs as the agent types.
 */
export function checkCulture(text: string, context: CultureContext): CultureWarning[] {
  const { profile } = context;
  const draft = readDraft(text);
  const warnings = [
    ...quietPeriod(context.scheduledAt, context.proactive, context.quietPeriods, context.timeZone),
    ...missingHonorific(draft, profile, context.address, context.formality),
    ...wrongHonorific(draft, profile, context.address, context.chosenHonorific),
    ...informalYou(draft, profile, context.formality),
    ...publicCriticism(draft, profile, context.public),
    ...longSentences(draft, context.secondLanguage, nameWords(context.address, profile)),
  ];
  return warnings.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
}

/** Whole-reply warnings (no words to point at) come first. */
const rank = (warning: CultureWarning) => (warning.text === '' ? 0 : 1);
