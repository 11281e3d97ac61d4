/*
 * Whether the customer's mood improved over a support conversation: how they came in (the first message, or the
 * first two when the first is only "Здравствуйте") against how they left (the last message).
 */
import { LEXICONS } from './compile-lexicon';
import { isBareGreeting } from './read-cues';
import { messageSentiment, sentimentLanguageOf, type Sentiment } from './message-sentiment';

export interface SentimentTrend {
  start: Sentiment;
  end: Sentiment;
  startScore: number;
  endScore: number;
  change: 'improved' | 'worsened' | 'unchanged';
  /** Every customer message; `index` points into the conversation's messages. */
  perMessage: { index: number; sentiment: Sentiment; score: number }[];
}

const RANK: Readonly<Record<Sentiment, number>> = { negative: 0, neutral: 1, positive: 2 };
const LATIN_LEXICONS = [LEXICONS.en, LEXICONS.es, LEXICONS.id] as const;

/** Only the customer's messages count; null when the customer wrote nothing. */
export function conversationSentiment(
  messages: readonly { from: string; text: string }[],
  language: string | null,
): SentimentTrend | null {
  const perMessage = messages.flatMap((message, index) =>
    message.from === 'customer' && message.text.trim() ? [{ index, text: message.text }] : [],
  );
  const first = perMessage[0];
  const last = perMessage[perMessage.length - 1];
  if (!first || !last) return null;

  const read = perMessage.map(({ index, text }) => ({ index, ...messageSentiment(text, language) }));
  const second = perMessage[1];
  // "Здравствуйте" then the problem in the next message: the mood comes in with the problem.
  const opening =
    second && isGreetingOnly(first.text, language)
      ? messageSentiment(`${first.text}\n${second.text}`, language)
      : read[0];
  const closing = read[read.length - 1];
  if (!opening || !closing) return null;

  const change =
    RANK[closing.sentiment] > RANK[opening.sentiment]
      ? 'improved'
      : RANK[closing.sentiment] < RANK[opening.sentiment]
        ? 'worsened'
        : 'unchanged';
  return {
    start: opening.sentiment,
    end: closing.sentiment,
    startScore: opening.score,
    endScore: closing.score,
    change,
    perMessage: read.map(({ index, sentiment, score }) => ({ index, sentiment, score })),
  };
}

function isGreetingOnly(text: string, language: string | null): boolean {
  const known = sentimentLanguageOf(text, language);
  if (known) return isBareGreeting(LEXICONS[known], text);
  return LATIN_LEXICONS.some((lexicon) => isBareGreeting(lexicon, text));
}
