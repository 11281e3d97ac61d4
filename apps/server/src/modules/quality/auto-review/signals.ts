import type { CoachingWarning, PromiseSuggestion } from '@sincere/contracts';
import { checkReply } from '../../coaching/check-reply';
import { detectDone, type DoneMention } from '../../promises/detection/detect-done';
import { detectPromises } from '../../promises/detection/detect-promises';
import type { Found } from './evidence';
import type { QualityPatterns } from './patterns/types';
import type { QualityLanguage, ReadConversation, ReadMessage } from './review-input';

/**
 * What the repository's other detectors say about each agent message: reply coaching (brush-offs, robotic
 * paraphrase, restart without ownership), promises with their time, and work reported done. Computed on
 * first use and kept, so that raters sharing a signal pay for it once.
 */
export interface Signals {
  coaching(message: ReadMessage): readonly CoachingWarning[];
  promises(message: ReadMessage): readonly PromiseSuggestion[];
  done(message: ReadMessage): DoneMention | null;
}

/** Everything a language-aware rater reads. */
export interface RaterContext {
  conversation: ReadConversation;
  language: QualityLanguage;
  patterns: QualityPatterns;
  signals: Signals;
}

export function signalsOf(language: QualityLanguage): Signals {
  const coaching = new Map<number, readonly CoachingWarning[]>();
  const promises = new Map<number, readonly PromiseSuggestion[]>();
  const done = new Map<number, DoneMention | null>();
  return {
    coaching: (message) => remember(coaching, message.index, () => checkReply(message.text, { language })),
    promises: (message) =>
      remember(promises, message.index, () =>
        // The due time is not used, only whether a time is named: any zone reads the words the same.
        detectPromises(message.text, { language, sentAt: message.at, timeZone: 'UTC' }),
      ),
    done: (message) => remember(done, message.index, () => detectDone(message.text, { language })),
  };
}

function remember<T>(cache: Map<number, T>, key: number, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** The first of the messages where one of the patterns matches, with the match; null when none does. */
export function findIn(messages: readonly ReadMessage[], patterns: readonly RegExp[]): Found | null {
  for (const message of messages) {
    for (const pattern of patterns) {
      const match = pattern.exec(message.lower);
      if (match) return { message, start: match.index, end: match.index + match[0].length };
    }
  }
  return null;
}

/** The first reply-coaching warning of a kind in the messages ("brush_off"), as a match to quote. */
export function firstWarning(
  signals: Signals,
  messages: readonly ReadMessage[],
  check: CoachingWarning['check'],
): Found | null {
  for (const message of messages) {
    const warning = signals.coaching(message).find((found) => found.check === check);
    if (warning) return { message, start: warning.start, end: warning.end };
  }
  return null;
}
