import { describe, expect, it } from 'vitest';
import { SENTIMENT_LANGUAGES } from './lexicons/lexicon';
import {
  BLIND_SENTIMENT_SET_FILE,
  describeSentimentSetReport,
  figuresOf,
  loadSentimentSet,
  measureSentimentSet,
  SENTIMENT_SET_FILE,
  type LabelledMessage,
} from './sentiment-set';

describe('figuresOf', () => {
  it('counts accuracy, macro-F1 and the confusion matrix by label', () => {
    const figures = figuresOf([
      ['negative', 'negative'],
      ['negative', 'neutral'],
      ['neutral', 'neutral'],
      ['positive', 'positive'],
    ]);
    expect(figures.accuracy).toBe(0.75);
    expect(figures.confusion.negative).toEqual({ negative: 1, neutral: 1, positive: 0 });
    // F1: negative 2·1/(2+1) = 2/3, neutral 2·1/(1+2) = 2/3, positive 1.
    expect(figures.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 3, 10);
  });
});

describe('measureSentimentSet', () => {
  it('reports each language apart and lists the misses with their evidence', () => {
    const set: LabelledMessage[] = [
      { id: 'a', language: 'en', text: 'still waiting', label: 'negative' },
      { id: 'b', language: 'ru', text: 'спасибо большое', label: 'neutral' },
    ];
    const report = measureSentimentSet(set, { languageKnown: true });
    expect(report.byLanguage.en.accuracy).toBe(1);
    expect(report.byLanguage.ru.accuracy).toBe(0);
    expect(report.byLanguage.es.messages).toBe(0);
    expect(report.misses).toEqual([
      { id: 'b', text: 'спасибо большое', label: 'neutral', predicted: 'positive', cues: ['+спасибо большое'] },
    ]);
  });
});

/** Written by hand, about a third of each label, with ids unique and in the language they claim. */
function expectWellFormed(set: readonly LabelledMessage[], perLanguage: number) {
  const ids = set.map((message) => message.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const language of SENTIMENT_LANGUAGES) {
    const messages = set.filter((message) => message.language === language);
    expect(messages.length, language).toBeGreaterThanOrEqual(perLanguage);
    expect(messages.every((message) => message.id.startsWith(`${language}-`))).toBe(true);
    for (const label of ['negative', 'neutral', 'positive'] as const) {
      const share = messages.filter((message) => message.label === label).length / messages.length;
      expect(share, `${language} ${label}`).toBeGreaterThan(0.25);
      expect(share, `${language} ${label}`).toBeLessThan(0.42);
    }
  }
}

describe('the labelled sentiment set (tuned on)', () => {
  const set = loadSentimentSet(SENTIMENT_SET_FILE);

  it('holds at least 100 messages in each language, about a third of each label', () => {
    expectWellFormed(set, 100);
  });

  it('is read right for at least 95 % of the messages in each language, language given or guessed', () => {
    for (const languageKnown of [true, false]) {
      const report = measureSentimentSet(set, { languageKnown });
      const figures = describeSentimentSetReport(report);
      for (const language of SENTIMENT_LANGUAGES) {
        expect(report.byLanguage[language].accuracy, `${language}\n${figures}`).toBeGreaterThanOrEqual(0.95);
        expect(report.byLanguage[language].macroF1, `${language}\n${figures}`).toBeGreaterThanOrEqual(0.95);
      }
    }
  });
});

describe('the blind sentiment set (written after the scorer, never tuned on)', () => {
  const set = loadSentimentSet(BLIND_SENTIMENT_SET_FILE);

  it('holds at least 40 messages in each language, about a third of each label', () => {
    expectWellFormed(set, 40);
  });

  it('is read right for at least 80 % of the messages in each language', () => {
    const report = measureSentimentSet(set, { languageKnown: true });
    const figures = describeSentimentSetReport(report);
    for (const language of SENTIMENT_LANGUAGES) {
      expect(report.byLanguage[language].accuracy, `${language}\n${figures}`).toBeGreaterThanOrEqual(0.8);
    }
  });
});
