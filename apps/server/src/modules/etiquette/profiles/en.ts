import type { LocaleProfile } from '@sincere/contracts';

export const enProfile: LocaleProfile = {
  locale: 'en',
  name: 'English',
  countries: ['US', 'GB', 'IE', 'AU', 'NZ', 'CA'],
  you: {
    formal: null,
    informal: null,
    serviceDefault: 'informal',
    informalForms: [],
    note: 'English has one "you": formality lives in titles, tone and word choice.',
  },
  honorifics: [
    {
      text: 'Mr.',
      gender: 'male',
      age: 'adult',
      placement: 'before',
      name: 'surname',
      formality: 'formal',
      default: false,
    },
    {
      text: 'Ms.',
      gender: 'female',
      age: 'adult',
      placement: 'before',
      name: 'surname',
      formality: 'formal',
      default: false,
    },
    {
      text: 'Mx.',
      gender: 'any',
      age: 'adult',
      placement: 'before',
      name: 'surname',
      formality: 'formal',
      default: false,
      note: 'Gender-neutral; use it when the customer does.',
    },
  ],
  nameUse: 'given',
  greetings: [
    { text: 'Hi {address}, thanks for reaching out.', formality: 'informal', gender: 'any' },
    { text: 'Hello {address}, how can I help?', formality: 'informal', gender: 'any' },
    { text: 'Dear {address},', formality: 'formal', gender: 'any' },
  ],
  closings: [
    { text: 'Have a great day, {address}!', formality: 'informal', gender: 'any' },
    { text: 'Kind regards,', formality: 'formal', gender: 'any' },
  ],
  negativeFeedback: 'moderate',
  context: 'low',
  scheduling: 'linear',
  faceSaving: 'normal',
  assumption: null,
  notes: [
    'Meyer puts the US and the UK on the indirect side of negative feedback, but nearer the middle than Japan or Indonesia.',
    'The first name is usual in chat; Mr./Ms. with the surname in formal letters.',
    'Low-context: say what happens next and when, explicitly.',
  ],
};
