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

  it('treats unknown paths and sections as not found', () => {
    expect(parseRoute('/nope')).toEqual({ name: 'not-found' });
    expect(parseRoute('/settings/billing')).toEqual({ name: 'not-found' });
    expect(parseRoute('/invite/%E0%A4%A')).toEqual({ name: 'not-found' });
  });

  it('builds paths that parse back to the same route', () => {
    const routes: Route[] = [
      { name: 'sign-in' },
      { name: 'invite', token: 't/1' },
      { name: 'inbox', conversationId: null },
      { name: 'inbox', conversationId: 'c-9' },
      { name: 'settings', section: 'users' },
      { name: 'promises' },
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
