import { describe, expect, it } from 'vitest';
import { canScore, landingView, mayOpen, qualityTabs, tabOfView } from './quality-access';

describe('who sees which quality pages', () => {
  it('gives agents their reviews and coaching only, and lands them on their reviews', () => {
    expect(qualityTabs('agent')).toEqual(['reviews', 'coaching']);
    expect(landingView('agent')).toBe('reviews');
    expect(canScore('agent')).toBe(false);
    expect(mayOpen('agent', 'score')).toBe(false);
    expect(mayOpen('agent', 'review')).toBe(true);
    expect(mayOpen('agent', 'disputes')).toBe(false);
  });

  it('lets reviewers score and calibrate but leaves disputes to leads', () => {
    expect(qualityTabs('reviewer')).toEqual(['overview', 'queue', 'reviews', 'calibration', 'coaching']);
    expect(landingView('reviewer')).toBe('overview');
    expect(mayOpen('reviewer', 'score')).toBe(true);
    expect(mayOpen('reviewer', 'disputes')).toBe(false);
  });

  it('gives leads and admins every tab', () => {
    for (const role of ['lead', 'admin'] as const) {
      expect(qualityTabs(role)).toEqual(['overview', 'queue', 'reviews', 'disputes', 'calibration', 'coaching']);
      expect(landingView(role)).toBe('overview');
    }
  });

  it('keeps scoring under the queue tab and one review under the list', () => {
    expect(tabOfView('score')).toBe('queue');
    expect(tabOfView('review')).toBe('reviews');
    expect(tabOfView('calibration')).toBe('calibration');
  });
});
