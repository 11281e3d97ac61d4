import type { ConversationEtiquette, LocaleProfile } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { addressChoices, addressHint } from './etiquette-hint';

const profile = {
  locale: 'id',
  name: 'Indonesian',
  countries: ['ID'],
  you: { formal: 'Anda', informal: 'kamu', serviceDefault: 'formal', informalForms: ['kamu'] },
  honorifics: [],
  nameUse: 'given',
  greetings: [],
  closings: [],
  negativeFeedback: 'indirect',
  context: 'high',
  scheduling: 'flexible',
  faceSaving: 'careful',
  assumption: null,
  notes: [],
} satisfies LocaleProfile;

const option = (address: string, gender: 'male' | 'female' | 'any' = 'any') =>
  ({ address, honorific: address.split(' ')[0] ?? null, gender, age: 'adult', formality: 'formal' }) as const;

function etiquette(change: Partial<ConversationEtiquette> = {}): ConversationEtiquette {
  return {
    customerId: '0190a0b0-0000-7000-8000-000000000001',
    language: { language: 'id', confidence: 'high', reasons: ['text'] },
    profile,
    address: {
      chosen: null,
      proposal: {
        proposed: option('Kak Sari'),
        alternatives: [option('Ibu Sari', 'female'), option('Pak Sari', 'male'), option('Ibu Sari', 'female')],
        locale: 'id',
        reasons: [],
      },
    },
    secondLanguage: false,
    localTime: null,
    quietPeriod: null,
    occasion: null,
    ...change,
  };
}

describe('the "how to address" hint', () => {
  it('says the proposal, the formal "you" to use instead of the informal one, the language and one tip', () => {
    expect(addressHint(etiquette())).toEqual({
      address: 'Kak Sari',
      chosen: false,
      you: { use: 'Anda', avoid: 'kamu' },
      language: 'id',
      secondLanguage: false,
      tip: 'indirect',
    });
  });

  it('puts the agent’s choice first, and hides a language it is unsure of', () => {
    const hint = addressHint(
      etiquette({
        address: { ...etiquette().address, chosen: 'Ibu Sari' },
        language: { language: 'ms', confidence: 'low', reasons: ['phone:+60'] },
      }),
    );
    expect(hint).toMatchObject({ address: 'Ibu Sari', chosen: true, language: null });
  });

  it('says nothing of "you" for a profile addressed informally, and has no address without a profile', () => {
    const informal = { ...profile, you: { ...profile.you, serviceDefault: 'informal' as const } };
    const proposal = etiquette().address.proposal;
    const informalProposal = proposal && {
      ...proposal,
      proposed: { ...proposal.proposed, formality: 'informal' as const },
    };
    expect(
      addressHint(etiquette({ profile: informal, address: { chosen: null, proposal: informalProposal } })).you,
    ).toBeNull();
    expect(addressHint(etiquette({ profile: null, address: { chosen: null, proposal: null } }))).toMatchObject({
      address: null,
      you: null,
      tip: null,
    });
  });

  it('offers the proposal, then each alternative once', () => {
    expect(addressChoices(etiquette()).map((choice) => choice.address)).toEqual(['Kak Sari', 'Ibu Sari', 'Pak Sari']);
  });
});
