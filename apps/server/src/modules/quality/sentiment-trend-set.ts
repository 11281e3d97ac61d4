import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { conversationSentiment } from './sentiment/conversation-sentiment';

/*
 * The conversation-level sentiment measured on the hand-rated conversations of the QA set, whose authors
 * labelled the customer's mood in the first and the last message. They wrote those labels apart from the
 * sentiment lexicons. The scorer was tuned to their convention on the dev files ("ru.jsonl"); the blind files
 * ("ru-blind.jsonl") were left unread until it was done, so only their figures say how well it generalises.
 */

const LANGUAGES = ['ru', 'en', 'es', 'id'] as const;
export const MOOD_SPLITS = ['dev', 'blind'] as const;
export type MoodSplit = (typeof MOOD_SPLITS)[number];

const fileOf = (language: string, split: MoodSplit) =>
  fileURLToPath(new URL(`./labelled/${language}${split === 'blind' ? '-blind' : ''}.jsonl`, import.meta.url));

type Mood = 'negative' | 'neutral' | 'positive';

export interface LabelledMood {
  id: string;
  language: string;
  /** Which file the conversation came from: tuned on (dev) or held out (blind). */
  split: MoodSplit;
  messages: { from: string; text: string }[];
  sentiment: { start: Mood; end: Mood };
}

export interface TrendShares {
  conversations: number;
  /** Share of conversations whose first (last) customer mood the detector read as the label says. */
  start: number;
  end: number;
  /** Share whose direction (improved, worsened, unchanged) matches the labels' direction. */
  change: number;
}

export type SplitFigures = TrendShares & { byLanguage: Record<string, TrendShares> };

/** Dev and blind apart: a figure over both would hide how much of it was tuned for. */
export type TrendFigures = Record<MoodSplit, SplitFigures>;

const RANK: Readonly<Record<Mood, number>> = { negative: 0, neutral: 1, positive: 2 };
const direction = (start: Mood, end: Mood) =>
  RANK[end] > RANK[start] ? 'improved' : RANK[end] < RANK[start] ? 'worsened' : 'unchanged';

/** The QA set's conversations of the given splits, each marked with the split its file belongs to. */
export function loadMoodSet(splits: readonly MoodSplit[] = MOOD_SPLITS): LabelledMood[] {
  return splits.flatMap((split) =>
    LANGUAGES.flatMap((language) =>
      readFileSync(fileOf(language, split), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => ({ ...(JSON.parse(line) as Omit<LabelledMood, 'split'>), split })),
    ),
  );
}

type Tally = TrendShares;
const tally = (): Tally => ({ conversations: 0, start: 0, end: 0, change: 0 });

export function measureTrend(set: readonly LabelledMood[]): TrendFigures {
  const totals: Record<MoodSplit, Tally> = { dev: tally(), blind: tally() };
  const byLanguage: Record<MoodSplit, Record<string, Tally>> = { dev: {}, blind: {} };
  for (const item of set) {
    const read = conversationSentiment(item.messages, item.language);
    const language = (byLanguage[item.split][item.language] ??= tally());
    for (const bucket of [totals[item.split], language]) {
      bucket.conversations++;
      if (read?.start === item.sentiment.start) bucket.start++;
      if (read?.end === item.sentiment.end) bucket.end++;
      if (read?.change === direction(item.sentiment.start, item.sentiment.end)) bucket.change++;
    }
  }
  const shares = (bucket: Tally): TrendShares => ({
    conversations: bucket.conversations,
    start: bucket.start / Math.max(1, bucket.conversations),
    end: bucket.end / Math.max(1, bucket.conversations),
    change: bucket.change / Math.max(1, bucket.conversations),
  });
  const figures = (split: MoodSplit): SplitFigures => ({
    ...shares(totals[split]),
    byLanguage: Object.fromEntries(
      Object.entries(byLanguage[split]).map(([language, bucket]) => [language, shares(bucket)]),
    ),
  });
  return { dev: figures('dev'), blind: figures('blind') };
}

/** One line per split and language, in percent: what a failing test prints. */
export function describeTrend(figures: TrendFigures): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(7);
  const row = (name: string, shares: TrendShares) =>
    `${name.padEnd(9)} n ${String(shares.conversations).padStart(3)}  start ${percent(shares.start)}  end ${percent(shares.end)}  change ${percent(shares.change)}`;
  return MOOD_SPLITS.flatMap((split) => [
    row(split, figures[split]),
    ...Object.entries(figures[split].byLanguage).map(([language, shares]) => row(`  ${language}`, shares)),
  ]).join('\n');
}
