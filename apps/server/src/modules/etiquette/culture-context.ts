import type { CalendarEntry, LocaleProfile } from '@sincere/contracts';
import type { CultureContext } from './check-culture';
import type { EtiquetteReading } from './conversation-etiquette';

export interface DraftCircumstances {
  /** When a scheduled message (a follow-up) goes out; null for a reply sent now. */
  scheduledAt: Date | null;
  /** A message the customer did not ask for: a follow-up, a campaign. */
  proactive: boolean;
}

/** The honorific of the profile an agent's chosen address uses ("Ibu" in "Ibu Sari"), or null. */
function honorificIn(address: string | null, profile: LocaleProfile): LocaleProfile['honorifics'][number] | null {
  if (!address) return null;
  const words = new Set(address.toLocaleLowerCase().split(/[\s,.]+/u));
  return (
    profile.honorifics.find((honorific) => {
      const text = honorific.text.toLocaleLowerCase();
      return words.has(text) || address.toLocaleLowerCase().endsWith(text);
    }) ?? null
  );
}

/**
 * What the culture checks need to judge a draft to this customer: their profile, how they are addressed (the
 * agent's choice wins over the proposal, and its honorific sets the formality), and the quiet periods around
 * the time a scheduled message goes out. Null when nothing is known of the customer's culture.
 */
export function cultureContextOf(
  reading: EtiquetteReading,
  draft: DraftCircumstances,
  calendar: readonly CalendarEntry[] = reading.calendar,
): CultureContext | null {
  const { profile, address, secondLanguage } = reading.etiquette;
  if (!profile) return null;
  const chosen = honorificIn(address.chosen, profile);
  const proposed = address.proposal?.proposed ?? null;
  return {
    profile,
    address: address.chosen ?? proposed?.address ?? null,
    chosenHonorific: chosen?.text ?? null,
    formality: chosen?.formality ?? proposed?.formality ?? profile.you.serviceDefault,
    public: false,
    secondLanguage,
    scheduledAt: draft.scheduledAt,
    proactive: draft.proactive,
    quietPeriods: calendar.filter((entry) => entry.kind === 'quiet'),
    timeZone: reading.timeZone,
  };
}
