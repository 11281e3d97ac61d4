import { describe, expect, it } from 'vitest';
import { highlightSegments } from '@sincere/contracts';
import { MARK_END, MARK_START, rangesFromMarkers } from './snippet-markers';

const mark = (word: string) => `${MARK_START}${word}${MARK_END}`;

describe('rangesFromMarkers', () => {
  it('turns marked words into ranges over the text without markers', () => {
    const snippet = rangesFromMarkers(`Машина не ${mark('сливает')} ${mark('воду')}`);
    expect(snippet.text).toBe('Машина не сливает воду');
    expect(snippet.highlights.map(([start, end]) => snippet.text.slice(start, end))).toEqual(['сливает', 'воду']);
  });

  it('counts UTF-16 code units, as the browser slices strings', () => {
    const snippet = rangesFromMarkers(`😀 emoji before ${mark('refund')}`);
    const [range] = snippet.highlights;
    expect(range && snippet.text.slice(...range)).toBe('refund');
  });

  it('ignores an unmatched marker instead of highlighting to the end', () => {
    expect(rangesFromMarkers(`a ${MARK_END}b ${MARK_START}c`)).toEqual({ text: 'a b c', highlights: [] });
  });
});

describe('highlightSegments', () => {
  it('splits text into plain and marked segments that rebuild it exactly', () => {
    const text = '<b>Hi</b> refund now';
    const segments = highlightSegments({ text, highlights: [[10, 16]] });
    expect(segments).toEqual([
      { text: '<b>Hi</b> ', marked: false },
      { text: 'refund', marked: true },
      { text: ' now', marked: false },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('skips ranges that overlap, run backwards or fall outside the text', () => {
    const segments = highlightSegments({
      text: 'abcdef',
      highlights: [
        [1, 3],
        [2, 4],
        [5, 4],
        [4, 99],
      ],
    });
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
      { text: 'def', marked: false },
    ]);
  });
});
