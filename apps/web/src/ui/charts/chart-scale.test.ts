import { describe, expect, it } from 'vitest';
import { linePath, linearScale, shorten, ticks, visibleLabelIndexes } from './chart-scale';

describe('linearScale', () => {
  it('maps a score onto pixels, top of the chart for 100', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(100)).toBe(0);
    expect(y(75)).toBe(50);
  });

  it('holds values outside the domain at its ends, so a bad number cannot draw off the chart', () => {
    const x = linearScale([0, 100], [10, 110]);
    expect(x(-20)).toBe(10);
    expect(x(140)).toBe(110);
  });

  it('keeps a one-value domain from dividing by zero', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(0);
  });
});

describe('ticks', () => {
  it('gives the gridlines of a 0–100 score', () => {
    expect(ticks(0, 100, 25)).toEqual([0, 25, 50, 75, 100]);
  });

  it('gives κ gridlines without floating-point crumbs', () => {
    expect(ticks(-0.2, 1, 0.2)).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('linePath', () => {
  it('breaks the line at a week without a value instead of bridging it', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: 20 }, null, { x: 15, y: 5 }, { x: 20, y: 7.25 }])).toBe(
      'M0 10 L5 20 M15 5 L20 7.3',
    );
  });

  it('draws nothing when there are no values', () => {
    expect(linePath([null, null])).toBe('');
  });
});

describe('visibleLabelIndexes', () => {
  it('prints every label when they fit', () => {
    expect([...visibleLabelIndexes(4, 8)].sort()).toEqual([0, 1, 2, 3]);
  });

  it('thins 26 weeks to fit, always keeping the latest', () => {
    const shown = visibleLabelIndexes(26, 8);
    expect(shown.has(25)).toBe(true);
    expect(shown.size).toBeLessThanOrEqual(9);
  });
});

describe('shorten', () => {
  it('cuts a long name with an ellipsis and leaves short ones alone', () => {
    expect(shorten('Анна Петровна Смирнова-Кузнецова', 12)).toBe('Анна Петров…');
    expect(shorten('Anna', 12)).toBe('Anna');
  });
});
