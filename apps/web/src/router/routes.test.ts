import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, safeNextPath, signInPath, type Route } from './routes';

describe('routes', () => {
  it('parses every page the app has', () => {
    expect(parseRoute('/')).toEqual({ name: 'inbox', conversationId: null });
    expect(parseRoute('/sign-in')).toEqual({ name: 'sign-in' });
    expect(parseRoute('/invite/abc%2Bdef')).toEqual({ name: 'invite', token: 'abc+def' });
    expect(parseRoute('/inbox/c1/')).toEqual({ name: 'inbox', conversationId: 'c1' });
    expect(parseRoute('/settings')).toEqual({ name: 'settings', section: null });
    expect(parseRoute('/settings/api-tokens')).toEqual({ name: 'settings', section: 'api-tokens' });
    expect(parseRoute('/promises/')).toEqual({ name: 'promises' });
  });

  it('parses every quality page, with the id each one opens', () => {
    const quality = (view: string, id: string | null = null) => ({ name: 'quality', view, id });
    expect(parseRoute('/quality')).toEqual(quality('overview'));
    expect(parseRoute('/quality/queue/')).toEqual(quality('queue'));
    expect(parseRoute('/quality/reviews')).toEqual(quality('reviews'));
    expect(parseRoute('/quality/reviews/r-1')).toEqual(quality('review', 'r-1'));
    expect(parseRoute('/quality/conversations/c%201')).toEqual(quality('score', 'c 1'));
    expect(parseRoute('/quality/disputes')).toEqual(quality('disputes'));
    expect(parseRoute('/quality/calibration')).toEqual(quality('calibration'));
    expect(parseRoute('/quality/calibration/k-2')).toEqual(quality('calibration', 'k-2'));
    expect(parseRoute('/quality/coaching')).toEqual(quality('coaching'));
    expect(parseRoute('/quality/coaching/u-3')).toEqual(quality('coaching', 'u-3'));
    expect(parseRoute('/settings/quality')).toEqual({ name: 'settings', section: 'quality' });
  });

  it('treats unknown paths and sections as not found', () => {
    expect(parseRoute('/nope')).toEqual({ name: 'not-found' });
    expect(parseRoute('/settings/billing')).toEqual({ name: 'not-found' });
    expect(parseRoute('/invite/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute('/quality/everything')).toEqual({ name: 'not-found' });
    expect(parseRoute('/quality/conversations')).toEqual({ name: 'not-found' });
    expect(parseRoute('/quality/reviews/r-1/extra')).toEqual({ name: 'not-found' });
  });

  it('builds paths that parse back to the same route', () => {
    const routes: Route[] = [
      { name: 'sign-in' },
      { name: 'invite', token: 't/1' },
      { name: 'inbox', conversationId: null },
      { name: 'inbox', conversationId: 'c-9' },
      { name: 'settings', section: 'users' },
      { name: 'promises' },
      { name: 'quality', view: 'overview', id: null },
      { name: 'quality', view: 'queue', id: null },
      { name: 'quality', view: 'reviews', id: null },
      { name: 'quality', view: 'review', id: 'r/1' },
      { name: 'quality', view: 'score', id: 'c-1' },
      { name: 'quality', view: 'disputes', id: null },
      { name: 'quality', view: 'calibration', id: null },
      { name: 'quality', view: 'calibration', id: 'k-1' },
      { name: 'quality', view: 'coaching', id: null },
      { name: 'quality', view: 'coaching', id: 'u-1' },
    ];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
  });

  it('returns only to paths on this site after sign-in', () => {
    expect(safeNextPath('?next=%2Fsettings%2Fusers')).toBe('/settings/users');
    expect(safeNextPath('?next=%2F%2Fevil.example')).toBe('/inbox');
    expect(safeNextPath('?next=https%3A%2F%2Fevil.example')).toBe('/inbox');
    expect(safeNextPath('')).toBe('/inbox');
    expect(signInPath('/settings/users')).toBe('/sign-in?next=%2Fsettings%2Fusers');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
