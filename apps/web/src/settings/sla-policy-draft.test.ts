import { CreateSlaPolicyRequest, SlaPolicy } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../forms/validate';
import { newBlock } from './business-hours-form';
import { draftOfPolicy, PRIORITIES, requestOfDraft, slaProblemText } from './sla-policy-draft';

const stored = SlaPolicy.parse({
  id: '0195f3a2-5b8e-7c1d-9e2f-3a4b5c6d7e8f',
  name: 'Standard',
  businessHours: null,
  targets: { urgent: { firstResponseMinutes: 30 }, normal: { firstResponseMinutes: 120, resolutionMinutes: 480 } },
  teams: [],
  createdAt: '2025-01-01T00:00:00.000Z',
});

describe('draftOfPolicy', () => {
  it('lists priorities most urgent first', () => {
    expect(PRIORITIES).toEqual(['urgent', 'high', 'normal', 'low']);
  });

  it('shows each stored target as hours and minutes, and missing ones as empty', () => {
    const draft = draftOfPolicy(stored, 'UTC');
    expect(draft.counting).toBe('calendar');
    expect(draft.targets.urgent.firstResponseMinutes).toEqual({ hours: '0', minutes: '30' });
    expect(draft.targets.normal.resolutionMinutes).toEqual({ hours: '8', minutes: '0' });
    expect(draft.targets.low.resolutionMinutes).toEqual({ hours: '', minutes: '' });
  });

  it('starts a new policy with business hours and no targets', () => {
    const draft = draftOfPolicy(null, 'Asia/Jakarta');
    expect(draft).toMatchObject({ name: '', counting: 'schedule', hours: { timeZone: 'Asia/Jakarta' } });
  });
});

describe('requestOfDraft', () => {
  it('gives back the stored targets and calendar time unchanged', () => {
    const { body, unreadable } = requestOfDraft(draftOfPolicy(stored, 'UTC'));
    expect(unreadable).toEqual([]);
    expect(body).toEqual({ name: 'Standard', businessHours: null, targets: stored.targets });
  });

  it('sends business hours with a night block, which the contract accepts', () => {
    const draft = draftOfPolicy(null, 'Europe/Moscow');
    draft.name = 'Nights';
    draft.hours.weekly.friday = [newBlock('22:00', '06:00')];
    draft.targets.high.firstResponseMinutes = { hours: '1', minutes: '30' };
    const { body } = requestOfDraft(draft);
    expect(body).toMatchObject({
      businessHours: { timeZone: 'Europe/Moscow', weekly: { friday: [{ start: '22:00', end: '06:00' }] } },
      targets: { high: { firstResponseMinutes: 90 } },
    });
    expect(validate(CreateSlaPolicyRequest, body).ok).toBe(true);
  });

  it('names the targets that are not whole numbers', () => {
    const draft = draftOfPolicy(null, 'UTC');
    draft.targets.low.resolutionMinutes = { hours: '2.5', minutes: '' };
    expect(requestOfDraft(draft).unreadable).toEqual(['targets.low.resolutionMinutes']);
  });
});

describe('slaProblemText', () => {
  const problemsOf = (body: Record<string, unknown>) => {
    const check = validate(CreateSlaPolicyRequest, body);
    return check.ok ? {} : check.problems;
  };

  it('explains targets of zero, over 90 days and beyond a year of the hours', () => {
    const zero = problemsOf({ name: 'A', targets: { low: { firstResponseMinutes: 0 } } });
    expect(slaProblemText('targets.low.firstResponseMinutes', zero['targets.low.firstResponseMinutes']!)).toBe(
      'targetTooShort',
    );
    const long = problemsOf({ name: 'A', targets: { low: { firstResponseMinutes: 91 * 24 * 60 } } });
    expect(slaProblemText('targets.low.firstResponseMinutes', long['targets.low.firstResponseMinutes']!)).toBe(
      'targetTooLong',
    );
    const beyond = problemsOf({
      name: 'A',
      businessHours: { timeZone: 'UTC', weekly: { monday: [{ start: '09:00', end: '10:00' }] } },
      targets: { low: { resolutionMinutes: 60 * 52 + 1 } },
    });
    expect(slaProblemText('targets.low.resolutionMinutes', beyond['targets.low.resolutionMinutes']!)).toBe(
      'targetBeyondHours',
    );
  });

  it('explains an empty week, overlapping blocks and an unknown zone, and leaves the rest generic', () => {
    const problems = problemsOf({
      name: '',
      businessHours: { timeZone: 'Mars/Olympus', weekly: {} },
      targets: {},
    });
    expect(slaProblemText('businessHours.weekly', problems['businessHours.weekly']!)).toBe('noBlocks');
    expect(slaProblemText('businessHours.timeZone', problems['businessHours.timeZone']!)).toBe('timeZoneUnknown');
    expect(slaProblemText('businessHours.weekly.monday.1', { kind: 'invalid' })).toBe('blockOverlaps');
    expect(slaProblemText('name', problems['name']!)).toBeNull();
    expect(slaProblemText('businessHours.weekly.monday.0.start', { kind: 'invalid' })).toBeNull();
  });
});
