import { CreateCalendarEntryRequest, type CalendarDay, type CalendarEntry } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../../forms/validate';
import {
  countryOptions,
  dayAction,
  defaultCountry,
  entryRequestOfDraft,
  formatDays,
  hideRequestOf,
  linkParts,
  newCalendarEntryDraft,
} from './calendar-draft';

const ramadan: CalendarEntry = {
  key: 'ramadan-1448-ID',
  country: 'ID',
  startsOn: '2027-02-08',
  endsOn: '2027-03-09',
  kind: 'quiet',
  name: 'Ramadan',
  approximate: true,
  source: 'computed',
};
const ownDay: CalendarDay = {
  key: 'account-0195f3a0-0000-7000-8000-0000000000aa',
  id: '0195f3a0-0000-7000-8000-0000000000aa',
  country: 'ID',
  startsOn: '2027-08-18',
  endsOn: '2027-08-18',
  kind: 'holiday',
  name: 'Company anniversary',
  approximate: false,
  source: 'account',
};

describe('calendar countries', () => {
  it('names the countries in the UI language, in its alphabetical order', () => {
    expect(countryOptions(['RU', 'DE', 'AE'], 'en').map((option) => option.name)).toEqual([
      'Germany',
      'Russia',
      'United Arab Emirates',
    ]);
    expect(countryOptions(['RU', 'DE', 'AE'], 'ru').map((option) => option.code)).toEqual(['DE', 'AE', 'RU']);
  });

  it('starts on the country of the browser’s language when it is on the list', () => {
    expect(defaultCountry(['en', 'ru-RU'])).toBe('RU');
    expect(defaultCountry(['pt-BR', 'en-US'])).toBe('BR');
    expect(defaultCountry(['en', 'xx-'])).toBe('ID');
  });
});

describe('calendar days', () => {
  it('shows a single day once and a period as a range, in the UI language', () => {
    expect(formatDays('2027-08-17', '2027-08-17', 'en')).toBe('Tue, August 17');
    expect(formatDays(ramadan.startsOn, ramadan.endsOn, 'ru')).toBe('пн, 8 февраля – вт, 9 марта');
  });

  it('names the years of a period that runs into the next one', () => {
    expect(formatDays('2027-12-31', '2028-01-02', 'en')).toMatch(/2027.*2028/);
  });

  it('adds a single day when "to" is left empty', () => {
    const draft = { ...newCalendarEntryDraft(), name: ' Company anniversary ', startsOn: '2027-08-18' };
    expect(validate(CreateCalendarEntryRequest, entryRequestOfDraft(draft, 'ID'))).toEqual({
      ok: true,
      data: {
        country: 'ID',
        startsOn: '2027-08-18',
        endsOn: '2027-08-18',
        kind: 'holiday',
        name: 'Company anniversary',
        replaces: null,
        removed: false,
      },
    });
  });

  it('refuses a period that ends before it starts, on the "to" field', () => {
    const draft = { ...newCalendarEntryDraft(), name: 'Stocktaking', startsOn: '2027-08-18', endsOn: '2027-08-10' };
    expect(validate(CreateCalendarEntryRequest, entryRequestOfDraft(draft, 'ID'))).toEqual({
      ok: false,
      problems: { endsOn: { kind: 'invalid' } },
    });
  });

  it('hides a shipped day by replacing it with a removed entry of the same days', () => {
    expect(hideRequestOf(ramadan)).toEqual({
      country: 'ID',
      startsOn: '2027-02-08',
      endsOn: '2027-03-09',
      kind: 'quiet',
      name: 'Ramadan',
      replaces: 'ramadan-1448-ID',
      removed: true,
    });
  });

  it('removes the account’s own days and hides shipped ones', () => {
    expect(dayAction(ownDay)).toEqual({ kind: 'remove', id: ownDay.id });
    expect(dayAction({ ...ramadan, id: null })).toEqual({ kind: 'hide' });
  });
});

describe('the attribution', () => {
  it('turns its web addresses into links and keeps the words around them', () => {
    const parts = linkParts('Public holidays: date-holidays (https://github.com/commenthol/date-holidays), CC BY 3.0.');
    expect(parts).toEqual([
      { kind: 'text', text: 'Public holidays: date-holidays (' },
      { kind: 'link', href: 'https://github.com/commenthol/date-holidays' },
      { kind: 'text', text: '), CC BY 3.0.' },
    ]);
  });
});
