export const SETTINGS_SECTIONS = [
  'account',
  'users',
  'teams',
  'agents',
  'sla-policies',
  'macros',
  'culture',
  'calendar',
  'channels',
  'webhooks',
  'customer-fields',
  'connectors',
  'api-tokens',
  'audit-log',
  'profile',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export type Route =
  | { name: 'sign-in' }
  | { name: 'invite'; token: string }
  | { name: 'inbox'; conversationId: string | null }
  /** `section` is null for /settings; the page then opens the first section the role may see. */
  | { name: 'settings'; section: SettingsSection | null }
  /** Open and broken promises to customers, soonest due first. */
  | { name: 'promises' }
  | { name: 'not-found' };

/** The route table: path pattern → route. Order matters only for overlapping patterns. */
const TABLE: readonly { pattern: RegExp; toRoute: (params: string[]) => Route }[] = [
  { pattern: /^\/$/, toRoute: () => ({ name: 'inbox', conversationId: null }) },
  { pattern: /^\/sign-in$/, toRoute: () => ({ name: 'sign-in' }) },
  { pattern: /^\/invite\/([^/]+)$/, toRoute: ([token]) => ({ name: 'invite', token: token ?? '' }) },
  { pattern: /^\/inbox$/, toRoute: () => ({ name: 'inbox', conversationId: null }) },
  { pattern: /^\/inbox\/([^/]+)$/, toRoute: ([id]) => ({ name: 'inbox', conversationId: id ?? null }) },
  { pattern: /^\/promises$/, toRoute: () => ({ name: 'promises' }) },
  { pattern: /^\/settings$/, toRoute: () => ({ name: 'settings', section: null }) },
  {
    pattern: /^\/settings\/([^/]+)$/,
    toRoute: ([section]) => (isSection(section) ? { name: 'settings', section } : { name: 'not-found' }),
  },
];

function isSection(value: string | undefined): value is SettingsSection {
  return (SETTINGS_SECTIONS as readonly (string | undefined)[]).includes(value);
}

export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const { pattern, toRoute } of TABLE) {
    const match = pattern.exec(path);
    if (match) {
      try {
        return toRoute(match.slice(1).map(decodeURIComponent));
      } catch {
        return { name: 'not-found' }; // malformed percent-encoding
      }
    }
  }
  return { name: 'not-found' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'sign-in':
      return '/sign-in';
    case 'invite':
      return `/invite/${encodeURIComponent(route.token)}`;
    case 'inbox':
      return route.conversationId ? `/inbox/${encodeURIComponent(route.conversationId)}` : '/inbox';
    case 'settings':
      return route.section ? `/settings/${route.section}` : '/settings';
    case 'promises':
      return '/promises';
    case 'not-found':
      return '/';
  }
}

export function signInPath(next: string): string {
  return next === '/' || next === '/sign-in' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Where to go after sign-in: only a path on this site, never `//evil.example` or a full URL. */
export function safeNextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/inbox';
  return next;
}
