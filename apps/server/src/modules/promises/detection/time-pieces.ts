import { createRequire } from 'node:module';
import type { Chrono } from 'chrono-node';
import type { ReplyLanguage } from '@sincere/contracts';
import type { DayPart, DueExpression, NamedDay } from './due-time';

/**
 * One piece of a time expression as a sentence says it: "tomorrow", "at 10", "in the morning",
 * "within 3 business days". A sentence's pieces are combined into one expression ("tomorrow" +
 * "at 10" = tomorrow 10:00).
 */
export type TimePiece =
  | { kind: 'day'; day: NamedDay }
  | { kind: 'clock'; hour: number; minute: number; meridiem?: 'am' | 'pm' }
  | { kind: 'part'; part: DayPart }
  /** Durations and weeks: complete expressions by themselves. */
  | { kind: 'span'; expression: Extract<DueExpression, { kind: 'minutes' | 'days' | 'businessDays' | 'week' }> }
  /** "soon", "в ближайшее время": a time is promised, but none is named. */
  | { kind: 'vague' };

export interface TimeRule {
  /** Built with the `g`, `i` and `u` flags: every occurrence in the sentence is read. */
  pattern: RegExp;
  /** The piece the match names; null when the match turns out not to be a time ("в 12345"). */
  read: (match: RegExpExecArray) => TimePiece | null;
}

export interface FoundPiece {
  piece: TimePiece;
  start: number;
  end: number;
}

/** Month names of each language: only a sentence that has one is given to chrono, which is slow. */
const MONTHS: Record<ReplyLanguage, RegExp> = {
  ru: /(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu,
  en: /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu,
  es: /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/iu,
  pt: /\b(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b/iu,
  id: /\b(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|des|nov|okt)\b/iu,
};

/*
 * chrono-node is loaded on the first month name, one locale at a time: all of it costs ~20 MiB of memory and a
 * quarter of a second at start, for dates most replies never name. Required, not imported, so the detector
 * stays synchronous.
 */
const require = createRequire(import.meta.url);
const CHRONO_LOCALES: Partial<Record<ReplyLanguage, string>> = {
  ru: 'chrono-node/ru',
  en: 'chrono-node/en',
  es: 'chrono-node/es',
  pt: 'chrono-node/pt',
};
const parsers = new Map<ReplyLanguage, Chrono>();

function chronoOf(language: ReplyLanguage): Chrono | null {
  const cached = parsers.get(language);
  if (cached) return cached;
  const locale = CHRONO_LOCALES[language];
  if (!locale) return null;
  const parser = (require(locale) as { casual: Chrono }).casual;
  parsers.set(language, parser);
  return parser;
}

/** Calendar dates with a month name ("3 декабря", "December 3"), read by chrono; weekdays are ours. */
export function monthDates(sentence: string, language: ReplyLanguage, sentAt: Date): FoundPiece[] {
  if (!MONTHS[language].test(sentence)) return [];
  const parser = chronoOf(language);
  if (!parser) return [];
  const found: FoundPiece[] = [];
  for (const result of parser.parse(sentence, { instant: sentAt })) {
    const month = result.start.get('month');
    const day = result.start.get('day');
    if (!result.start.isCertain('month') || !result.start.isCertain('day') || month === null || day === null) continue;
    const year = result.start.isCertain('year') ? result.start.get('year') : null;
    found.push({
      piece: { kind: 'day', day: { kind: 'date', month, day, ...(year === null ? {} : { year }) } },
      start: result.index,
      end: result.index + result.text.length,
    });
  }
  return found;
}

/** Every piece the rules find in a sentence, in order; a piece inside a longer one is dropped. */
export function findPieces(sentence: string, rules: readonly TimeRule[]): FoundPiece[] {
  const found: FoundPiece[] = [];
  for (const rule of rules) {
    for (const match of sentence.matchAll(rule.pattern)) {
      const piece = rule.read(match);
      if (piece) found.push({ piece, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundPiece[] = [];
  for (const piece of found) {
    const last = kept.at(-1);
    if (last && piece.start < last.end) continue;
    kept.push(piece);
  }
  return kept;
}

export interface CombinedTime {
  /** Null for a vague time or none. */
  expression: DueExpression | null;
  /** The pieces that made it, for the time text. */
  used: FoundPiece[];
}

/**
 * Joins a sentence's pieces into one expression. A duration or a week stands alone; otherwise a
 * named day takes a clock time or a part of the day. Of two pieces of a kind, the one nearer the
 * commitment counts: "your order from December 3 will arrive tomorrow" is due tomorrow.
 */
export function combinePieces(pieces: readonly FoundPiece[], near: number): CombinedTime {
  const nearest = <K extends TimePiece['kind']>(kind: K) => {
    let best: (FoundPiece & { piece: Extract<TimePiece, { kind: K }> }) | null = null;
    for (const found of pieces) {
      if (found.piece.kind !== kind) continue;
      const distance = Math.min(Math.abs(found.start - near), Math.abs(found.end - near));
      const bestDistance = best ? Math.min(Math.abs(best.start - near), Math.abs(best.end - near)) : Infinity;
      if (distance < bestDistance) best = found as FoundPiece & { piece: Extract<TimePiece, { kind: K }> };
    }
    return best;
  };
  const span = nearest('span');
  if (span) return { expression: span.piece.expression, used: [span] };
  const day = nearest('day');
  const clock = nearest('clock');
  const part = nearest('part');
  if (clock) {
    const hour = hourOf(clock.piece, part?.piece.part);
    const used = [clock, ...(day ? [day] : []), ...(part ? [part] : [])];
    return {
      expression: { kind: 'clock', hour, minute: clock.piece.minute, ...(day ? { day: day.piece.day } : {}) },
      used,
    };
  }
  if (day && part) return { expression: { kind: 'day', day: day.piece.day, part: part.piece.part }, used: [day, part] };
  if (day) return { expression: { kind: 'day', day: day.piece.day }, used: [day] };
  if (part) return { expression: { kind: 'part', part: part.piece.part }, used: [part] };
  const vague = nearest('vague');
  return { expression: null, used: vague ? [vague] : [] };
}

/**
 * A 12-hour reading made definite: "3 pm", "jam 3 sore", "в 7 вечера". A bare small hour ("at 3",
 * "в 5") is taken as afternoon: support does not promise calls at 3 a.m.
 */
function hourOf(clock: Extract<TimePiece, { kind: 'clock' }>, part: DayPart | undefined): number {
  const { hour, meridiem } = clock;
  if (hour > 12) return hour;
  if (meridiem === 'am') return hour === 12 ? 0 : hour;
  if (meridiem === 'pm') return hour === 12 ? 12 : hour + 12;
  if (part === 'morning') return hour;
  if (part === 'afternoon' || part === 'evening' || part === 'endOfDay') return hour < 12 ? hour + 12 : hour;
  if (part === 'midday') return hour <= 6 ? hour + 12 : hour;
  return hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

/** Numbers as words, per language, for "two hours", "dua hari", "три дня". */
export function numberFrom(text: string, words: Readonly<Record<string, number>>): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed);
  return words[trimmed] ?? null;
}

export const clockPiece = (
  hourText: string | undefined,
  minuteText?: string,
  meridiem?: 'am' | 'pm',
): TimePiece | null => {
  const hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  if (!Number.isInteger(hour) || hour > 23 || minute > 59) return null;
  return { kind: 'clock', hour, minute, ...(meridiem ? { meridiem } : {}) };
};

export const minutesPiece = (minutes: number | null): TimePiece | null =>
  minutes === null || minutes <= 0 ? null : { kind: 'span', expression: { kind: 'minutes', minutes } };
export const daysPiece = (days: number | null): TimePiece | null =>
  days === null || days <= 0 ? null : { kind: 'span', expression: { kind: 'days', days } };
export const businessDaysPiece = (days: number | null): TimePiece | null =>
  days === null || days <= 0 ? null : { kind: 'span', expression: { kind: 'businessDays', days } };
export const weekPiece = (which: 'this' | 'next'): TimePiece => ({ kind: 'span', expression: { kind: 'week', which } });
export const dayPiece = (days: number): TimePiece => ({ kind: 'day', day: { kind: 'offset', days } });
export const weekdayPiece = (weekday: number): TimePiece => ({ kind: 'day', day: { kind: 'weekday', weekday } });
export const partPiece = (part: DayPart): TimePiece => ({ kind: 'part', part });
export const VAGUE: TimePiece = { kind: 'vague' };

/** "03.12", "3/12": day and month, as every one of our languages writes them. */
export function numericDate(
  dayText: string | undefined,
  monthText: string | undefined,
  yearText?: string,
): TimePiece | null {
  const day = Number(dayText);
  const month = Number(monthText);
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return null;
  const year = yearText ? Number(yearText.length === 2 ? `20${yearText}` : yearText) : null;
  return { kind: 'day', day: { kind: 'date', month, day, ...(year === null ? {} : { year }) } };
}
