import type { PromiseSuggestion } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { followUpRequest } from './follow-up-fields';
import { draftOfSuggestion, editRequest, trackRequest } from './promise-drafts';
import { toLocalInput } from './promise-format';

const messageId = '00000000-0000-4000-8000-000000000001';
const timed: PromiseSuggestion = {
  what: 'специалист приедет сегодня до 15:30',
  start: 0,
  end: 35,
  dueAt: '2026-11-26T12:30:00.000Z',
  timeText: 'сегодня до 15:30',
  language: 'ru',
};
const untimed: PromiseSuggestion = {
  ...timed,
  what: 'we will look into it',
  dueAt: null,
  timeText: null,
  language: 'en',
};
const defaultDueAt = '2026-11-27T10:00:00.000Z';

describe('tracking a proposed promise', () => {
  it('sends the detected words, time and the reply that made it when not edited', () => {
    expect(trackRequest(timed, messageId, null, defaultDueAt)).toEqual({
      ok: true,
      data: { what: timed.what, messageId, timeText: 'сегодня до 15:30', dueAt: timed.dueAt },
    });
  });

  it('leaves the due time to the account’s default when the reply named none', () => {
    const checked = trackRequest(untimed, messageId, null, defaultDueAt);
    expect(checked.ok && 'dueAt' in checked.data).toBe(false);
  });

  it('starts the edit form from the detected time, or the default one', () => {
    expect(draftOfSuggestion(timed, defaultDueAt)).toEqual({ what: timed.what, due: toLocalInput(timed.dueAt ?? '') });
    expect(draftOfSuggestion(untimed, defaultDueAt).due).toBe(toLocalInput(defaultDueAt));
  });

  it('keeps the words that gave the time only while the time is the detected one', () => {
    const reworded = trackRequest(
      timed,
      messageId,
      { ...draftOfSuggestion(timed, defaultDueAt), what: ' Техник ' },
      defaultDueAt,
    );
    expect(reworded).toEqual({
      ok: true,
      data: { what: 'Техник', messageId, timeText: 'сегодня до 15:30', dueAt: timed.dueAt },
    });
    const later = trackRequest(timed, messageId, { what: timed.what, due: '2026-11-27T16:00' }, defaultDueAt);
    expect(later.ok && later.data.timeText).toBeNull();
    expect(later.ok && later.data.dueAt).toBe(new Date('2026-11-27T16:00').toISOString());
  });

  it('refuses an empty promise or a broken date', () => {
    expect(trackRequest(timed, messageId, { what: '  ', due: 'soon' }, defaultDueAt)).toEqual({
      ok: false,
      problems: { what: 'whatRequired', due: 'dueInvalid' },
    });
  });
});

describe('editing a tracked promise', () => {
  const current = { what: 'Call back', dueAt: '2026-11-26T12:30:00.000Z' };

  it('sends only what changed', () => {
    expect(editRequest(current, { what: 'Call back', due: toLocalInput(current.dueAt) })).toEqual({
      ok: true,
      data: {},
    });
    expect(editRequest(current, { what: 'Call back with the price', due: toLocalInput(current.dueAt) })).toEqual({
      ok: true,
      data: { what: 'Call back with the price' },
    });
    const moved = editRequest(current, { what: 'Call back', due: '2026-11-28T09:00' });
    expect(moved).toEqual({ ok: true, data: { dueAt: new Date('2026-11-28T09:00').toISOString() } });
  });

  it('needs a due time: a tracked promise always has one', () => {
    expect(editRequest(current, { what: 'Call back', due: '' })).toEqual({
      ok: false,
      problems: { due: 'dueInvalid' },
    });
  });
});

describe('a follow-up after resolving', () => {
  const now = new Date(2026, 10, 26, 17, 0);

  it('falls due N days later at 10:00, with the text trimmed', () => {
    const planned = followUpRequest({ days: '2', mode: 'remind', body: '  Is it still working?  ' }, now);
    expect(planned).toEqual({
      ok: true,
      data: { dueAt: new Date(2026, 10, 28, 10, 0).toISOString(), mode: 'remind', body: 'Is it still working?' },
    });
  });

  it('refuses zero, fractional or far-off days and an empty text', () => {
    for (const days of ['0', '1.5', '61', '', 'two']) {
      expect(followUpRequest({ days, mode: 'send', body: 'Hi' }, now)).toEqual({ ok: false, problem: 'days' });
    }
    expect(followUpRequest({ days: '3', mode: 'send', body: ' ' }, now)).toEqual({ ok: false, problem: 'body' });
  });
});
