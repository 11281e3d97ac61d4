import { UpdateAccountRequest } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { delayHoursOfMinutes, minutesOfDelayHours, reminderMinutesOf } from './promise-settings';

describe('promise settings fields', () => {
  it('shows the default delay in hours and saves it in minutes', () => {
    expect(delayHoursOfMinutes(1440)).toBe('24');
    expect(delayHoursOfMinutes(90)).toBe('1.5');
    expect(minutesOfDelayHours('24')).toBe(1440);
    expect(minutesOfDelayHours(' 1,5 ')).toBe(90);
  });

  it('turns anything but a plain number into a field error, never a silent default', () => {
    for (const typed of ['', '-2', 'abc', '1e3']) expect(minutesOfDelayHours(typed)).toBeNaN();
    for (const typed of ['', '-5', '2.5']) expect(reminderMinutesOf(typed)).toBeNaN();
    const checked = UpdateAccountRequest.safeParse({ promiseDefaultDelayMinutes: minutesOfDelayHours('') });
    expect(checked.success).toBe(false);
  });

  it('passes the contract’s limits through: a 10-minute delay is refused, 30 minutes of reminder is fine', () => {
    expect(UpdateAccountRequest.safeParse({ promiseDefaultDelayMinutes: minutesOfDelayHours('0.1') }).success).toBe(
      false,
    );
    expect(UpdateAccountRequest.safeParse({ promiseReminderMinutes: reminderMinutesOf('30') }).success).toBe(true);
  });
});
