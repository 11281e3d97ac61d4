import { describe, expect, it } from 'vitest';
import { errorsWithin, errorUnder } from './field-errors';

describe('field errors', () => {
  const errors = {
    name: 'Required',
    'settings.allowedOrigins.2': 'Not a URL',
    'settings.businessHours.timeZone': 'Unknown zone',
  };

  it('finds an item’s error for the list it belongs to', () => {
    expect(errorUnder(errors, 'settings.allowedOrigins')).toBe('Not a URL');
    expect(errorUnder(errors, 'name')).toBe('Required');
    expect(errorUnder(errors, 'settings.color')).toBeUndefined();
  });

  it('does not mistake a longer sibling name for a child', () => {
    expect(errorUnder({ 'settings.addressBook': 'x' }, 'settings.address')).toBeUndefined();
  });

  it('hands an editor the errors of its own part, as paths it knows', () => {
    expect(errorsWithin(errors, 'settings')).toEqual({
      'allowedOrigins.2': 'Not a URL',
      'businessHours.timeZone': 'Unknown zone',
    });
  });
});
