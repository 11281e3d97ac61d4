import { SCALE_POINTS } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD } from '../../../server/src/modules/quality/default-scorecard';
import { parsePointDescriptions } from './point-descriptions';

describe('what each point of a scale means', () => {
  it('splits "0: … 1: … 2: …" into one text per point', () => {
    expect(parsePointDescriptions('0: no greeting. 1: a greeting. 2: a greeting with the name.', 3)).toEqual({
      intro: '',
      points: ['no greeting.', 'a greeting.', 'a greeting with the name.'],
      na: null,
    });
  });

  it('takes the "N/A when …" sentence off the last point', () => {
    const parsed = parsePointDescriptions(
      '0: broken. 1: kept, or the customer was told. N/A when no promise was made.',
      2,
    );
    expect(parsed.points).toEqual(['broken.', 'kept, or the customer was told.']);
    expect(parsed.na).toBe('N/A when no promise was made.');
    expect(parsePointDescriptions('0: нет. 1: да (см. «Правила»). N/A, если ничего не обещали.', 2).na).toBe(
      'N/A, если ничего не обещали.',
    );
  });

  it('keeps numbers out of order as text, and the words before the first point as an intro', () => {
    const parsed = parsePointDescriptions('Judge the reply. 0: late, after 10: 30 or so. 1: on time.', 2);
    expect(parsed.intro).toBe('Judge the reply.');
    expect(parsed.points).toEqual(['late, after 10: 30 or so.', 'on time.']);
  });

  it('gives no point texts for a description written another way', () => {
    expect(parsePointDescriptions('Was the customer greeted by name?', 2)).toEqual({
      intro: 'Was the customer greeted by name?',
      points: [null, null],
      na: null,
    });
    // Points beyond the scale stay in the text of the last one.
    expect(parsePointDescriptions('0: no. 1: yes. 2: more.', 2).points).toEqual(['no.', 'yes. 2: more.']);
  });

  it('reads every point of the default scorecard, in English and Russian', () => {
    for (const category of DEFAULT_SCORECARD.categories) {
      for (const locale of ['en', 'ru'] as const) {
        const parsed = parsePointDescriptions(category.description[locale], SCALE_POINTS[category.scale]);
        expect(
          parsed.points.every((text) => text !== null && text.length > 3),
          `${category.key} ${locale}`,
        ).toBe(true);
        expect(parsed.na !== null, `${category.key} ${locale} N/A`).toBe(category.allowNa);
      }
    }
  });
});
