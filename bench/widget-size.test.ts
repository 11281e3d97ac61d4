import { describe, expect, it } from 'vitest';
import { measureWidgetSize } from './widget-size';

describe('the chat widget’s script', () => {
  // A size, not a time: the same sources give the same bytes on any machine.
  it('stays within its 35 KB gzipped budget', async () => {
    const size = await measureWidgetSize();
    expect(size.budgetGzipBytes).toBe(35 * 1024);
    expect(size.gzipBytes).toBeLessThanOrEqual(size.budgetGzipBytes);
  });
});
