import type { LocaleProfile } from '@sincere/contracts';

export const ptPtProfile: LocaleProfile = {
  locale: 'pt-PT',
  name: 'Portuguese (Portugal)',
  countries: ['PT', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL'],
  you: {
    formal: 'o senhor / a senhora',
    informal: 'tu',
    serviceDefault: 'formal',
    // "você" is not informal in Portugal, but it sounds curt in service: flagged with the informal forms.
    informalForms: ['tu', 'te', 'ti', 'contigo', 'teu', 'tua', 'teus', 'tuas', 'você'],
    note: 'In Portugal avoid "você" professionally: use o senhor / a senhora, or the verb alone ("Pode enviar ...?").',
  },
  honorifics: [
    {
      text: 'senhor',
      gender: 'male',
      age: 'adult',
      placement: 'before',
      name: 'given',
      formality: 'formal',
      default: false,
    },
    {
      text: 'Dona',
      gender: 'female',
      age: 'adult',
      placement: 'before',
      name: 'given',
      formality: 'formal',
      default: false,
      note: 'The usual respectful form for a woman: "Dona Ana".',
    },
    {
      text: 'senhora',
      gender: 'female',
      age: 'adult',
      placement: 'before',
      name: 'given',
      formality: 'formal',
      default: false,
    },
  ],
  nameUse: 'given',
  greetings: [
    { text: 'Bom dia, {address}. Em que posso ajudar?', formality: 'formal', gender: 'any' },
    { text: 'Caro {address},', formality: 'formal', gender: 'male' },
    { text: 'Cara {address},', formality: 'formal', gender: 'female' },
    { text: 'Olá, {address}!', formality: 'informal', gender: 'any' },
  ],
  closings: [
    { text: 'Com os melhores cumprimentos,', formality: 'formal', gender: 'any' },
    { text: 'Continuação de um bom dia, {address}.', formality: 'formal', gender: 'any' },
    { text: 'Até breve, {address}!', formality: 'informal', gender: 'any' },
  ],
  negativeFeedback: 'moderate',
  context: 'high',
  scheduling: 'flexible',
  faceSaving: 'careful',
  assumption:
    'The source does not place Portugal; its bands are taken from Latin Europe (Spain, France: high context, flexible time), with negative feedback softened to moderate.',
  notes: ['Formal address is expected from a company; "tu" only when the customer invites it.'],
};
