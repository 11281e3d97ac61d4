import { languageOfLocale, likelyLanguages } from '../../language/reading';

/** One message of a resolved conversation, in order. 'note' is internal: the customer never saw it. */
export interface ReviewMessage {
  from: 'customer' | 'agent' | 'bot' | 'note';
  text: string;
  at: Date;
}

/** A promise as the promise tracker recorded it; `message` is the index of the message that made it. */
export interface ReviewPromise {
  message: number | null;
  text: string;
  /** 'open': not yet due when the conversation is reviewed. */
  status: 'open' | 'kept' | 'broken' | 'cancelled';
}

export interface ReviewInput {
  /** 'ru' | 'en' | 'es' | 'id' or a locale ('es-MX'); null: guessed from the messages. */
  language: string | null;
  customer: { name: string | null; locale: string | null };
  messages: readonly ReviewMessage[];
  promises: readonly ReviewPromise[];
}

/** The languages the scorer has patterns for. */
export const QUALITY_LANGUAGES = ['ru', 'en', 'es', 'id'] as const;
export type QualityLanguage = (typeof QUALITY_LANGUAGES)[number];

/** A message as the raters read it: its index in the conversation and its text in lower case, once. */
export interface ReadMessage {
  index: number;
  from: ReviewMessage['from'];
  text: string;
  lower: string;
  at: Date;
}

export interface ReadConversation {
  input: ReviewInput;
  /** null: a language without patterns (Portuguese, Turkish…); only language-free categories are rated. */
  language: QualityLanguage | null;
  /** Every message but internal notes, which are never evidence of what the customer heard. */
  messages: readonly ReadMessage[];
  agent: readonly ReadMessage[];
  customer: readonly ReadMessage[];
}

const CYRILLIC = /[\u0400-\u04FF]/u;
type GuessedLanguage = Exclude<QualityLanguage, 'ru'> | 'pt';
const GUESSED: readonly GuessedLanguage[] = ['en', 'es', 'id', 'pt'];
/** Frequent short words of a support chat in each Latin-script language; Portuguese is guessed only to be left out. */
const MARKERS: Record<GuessedLanguage, ReadonlySet<string>> = {
  en: new Set(
    'the a an and is are you your i we it to of in on for with this that was have can please will not my thanks hi hello'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las lo le de del en que y es su usted por para con una un pero está ya no se me mi muy hola gracias tu'.split(
      ' ',
    ),
  ),
  id: new Set(
    'kak anda saya kami yang dan di ke dari ini itu ada tidak bisa sudah belum ya mohon untuk dengan terima kasih'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'o os as do da dos das no na em ao não você com um uma mas já obrigado obrigada pra vou até olá seu sua'.split(' '),
  ),
};

/** The conversation's language: the one given, else guessed from what was written (Cyrillic is Russian). */
export function languageOf(input: ReviewInput): QualityLanguage | null {
  const given = languageOfLocale(input.language, QUALITY_LANGUAGES);
  if (given === 'unsupported') return null;
  if (given) return given;
  const text = input.messages
    .filter((message) => message.from === 'customer' || message.from === 'agent')
    .map((message) => message.text)
    .join('\n')
    .slice(0, 4000);
  if (CYRILLIC.test(text)) return 'ru';
  const [likeliest] = likelyLanguages(text, GUESSED, MARKERS);
  const fromLocale = languageOfLocale(input.customer.locale, QUALITY_LANGUAGES);
  // No marker word at all (a two-word chat): the customer's locale is the better guess.
  if (likelyLanguages(text, GUESSED, MARKERS).length === GUESSED.length && fromLocale !== null) {
    return fromLocale === 'unsupported' ? null : fromLocale;
  }
  return likeliest === undefined || likeliest === 'pt' ? null : likeliest;
}

export function readConversation(input: ReviewInput): ReadConversation {
  const messages: ReadMessage[] = [];
  input.messages.forEach((message, index) => {
    if (message.from === 'note') return;
    messages.push({ index, from: message.from, text: message.text, lower: lowerCased(message.text), at: message.at });
  });
  return {
    input,
    language: languageOf(input),
    messages,
    agent: messages.filter((message) => message.from === 'agent'),
    customer: messages.filter((message) => message.from === 'customer'),
  };
}

/** Lower case of the same length, so that offsets found in it quote the original ("İ" alone grows: it stays). */
export function lowerCased(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let kept = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    kept += lowered.length === char.length ? lowered : char;
  }
  return kept;
}
