import type { LocaleProfile } from '@sincere/contracts';

export const koProfile: LocaleProfile = {
  locale: 'ko',
  name: 'Korean',
  countries: ['KR'],
  you: {
    formal: null,
    informal: '너',
    serviceDefault: 'formal',
    informalForms: ['당신', '너', '너는', '너를', '너의', '네가', '니가', '너한테', '너희'],
    note: 'Avoid 당신 with a customer: use 고객님 or the name with 님 in place of "you".',
  },
  honorifics: [
    {
      text: '님',
      gender: 'any',
      age: 'any',
      placement: 'after',
      name: 'full',
      formality: 'formal',
      default: true,
      note: 'After the full name: "김민수 님".',
    },
    {
      text: '고객님',
      gender: 'any',
      age: 'any',
      placement: 'after',
      name: 'full',
      formality: 'formal',
      default: false,
      note: 'After the full name: "김민수 고객님", usual in service.',
    },
    {
      text: '고객님',
      gender: 'any',
      age: 'any',
      placement: 'before',
      name: 'none',
      formality: 'formal',
      default: false,
      note: '"Dear customer": when the name is unknown, and in place of "you".',
    },
  ],
  // The name is never used bare with a customer: always with 님 (or 고객님).
  nameUse: 'none',
  greetings: [
    { text: '안녕하세요, {address}. 무엇을 도와드릴까요?', formality: 'formal', gender: 'any' },
    { text: '{address}, 문의해 주셔서 감사합니다.', formality: 'formal', gender: 'any' },
    { text: '안녕하세요, {address}!', formality: 'informal', gender: 'any' },
  ],
  closings: [
    { text: '감사합니다, {address}. 좋은 하루 보내세요.', formality: 'formal', gender: 'any' },
    { text: '더 궁금하신 점이 있으시면 언제든지 문의해 주세요.', formality: 'formal', gender: 'any' },
  ],
  negativeFeedback: 'indirect',
  context: 'high',
  scheduling: 'linear',
  faceSaving: 'careful',
  assumption: 'The source does not place Korea; its bands are taken from neighbouring Japan.',
  notes: [
    'Use the full name: "김민수 님"; the given name alone is for friends.',
    'Customers expect fast answers; say how long a step will take.',
  ],
};
