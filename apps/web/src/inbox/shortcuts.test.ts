import { describe, expect, it } from 'vitest';
import { createShortcutReader } from './shortcuts';

describe('shortcut reader', () => {
  it('reads single keys and two-key sequences', () => {
    const read = createShortcutReader();
    expect(read('j')).toBe('next');
    expect(read('g')).toBeNull();
    expect(read('u')).toBe('viewUnassigned');
    expect(read('u')).toBeNull();
  });

  it('forgets the prefix after an unknown second key', () => {
    const read = createShortcutReader();
    read('g');
    expect(read('x')).toBeNull();
    expect(read('a')).toBe('assignToMe');
  });
});
