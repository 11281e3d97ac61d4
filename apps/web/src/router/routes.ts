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
  'quality',
  'api-tokens',
  'audit-log',
  'profile',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** The pages of quality review (issue 8); 'score' scores one conversation, 'review' shows one review. */
export const QUALITY_VIEWS = [
  'overview',
  'queue',
  'reviews',
  'disputes',
  'calibration',
  'coaching',
  'score',
  'review',
] as const;
export type QualityView = (typeof QUALITY_VIEWS)[number];

export type Route =
  | { name: 'sign-in' }
  | { name: 'invite'; token: string }
  | { name: 'inbox'; conversationId: string | null }
  /** `section` is null for /settings; the page then opens the first section the role may see. */
  | { name: 'settings'; section: SettingsSection | null }
  /** Open and broken promises to customers, soonest due first. */
  | { name: 'promises' }
  /** `id`: the review, the conversation scored, the calibration round or the agent coached; null otherwise. */
  | { name: 'quality'; view: QualityView; id: string | null }
  | { name: 'not-found' };

/** The route table: path pattern → route. Order matters only for overlapping patterns. */
const TABLE: readonly { pattern: RegExp; toRoute: (params: string[]) => Route }[] = [
  { pattern: /^\/$/, toRoute: () => ({ name: 'inbox', conversationId: null }) },
  { pattern: /^\/sign-in$/, toRoute: () => ({ name: 'sign-in' }) },
  { pattern: /^\/invite\/([^/]+)$/, toRoute: ([token]) => ({ name: 'invite', token: token ?? '' }) },
  { pattern: /^\/inbox$/, toRoute: () => ({ name: 'inbox', conversationId: null }) },
  { pattern: /^\/inbox\/([^/]+)$/, toRoute: ([id]) => ({ name: 'inbox', conversationId: id ?? null }) },
  { pattern: /^\/promises$/, toRoute: () => ({ name: 'promises' }) },
  { pattern: /^\/quality$/, toRoute: () => quality('overview') },
  { pattern: /^\/quality\/queue$/, toRoute: () => quality('queue') },
  { pattern: /^\/quality\/reviews$/, toRoute: () => quality('reviews') },
  { pattern: /^\/quality\/reviews\/([^/]+)$/, toRoute: ([id]) => quality('review', id) },
  { pattern: /^\/quality\/conversations\/([^/]+)$/, toRoute: ([id]) => quality('score', id) },
  { pattern: /^\/quality\/disputes$/, toRoute: () => quality('disputes') },
  { pattern: /^\/quality\/calibration$/, toRoute: () => quality('calibration') },
  { pattern: /^\/quality\/calibration\/([^/]+)$/, toRoute: ([id]) => quality('calibration', id) },
  { pattern: /^\/quality\/coaching$/, toRoute: () => quality('coaching') },
  { pattern: /^\/quality\/coaching\/([^/]+)$/, toRoute: ([id]) => quality('coaching', id) },
  { pattern: /^\/settings$/, toRoute: () => ({ name: 'settings', section: null }) },
  {
    pattern: /^\/settings\/([^/]+)$/,
    toRoute: ([section]) => (isSection(section) ? { name: 'settings', section } : { name: 'not-found' }),
  },
];

function quality(view: QualityView, id: string | null = null): Route {
  return { name: 'quality', view, id };
}

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
    case 'quality':
      return qualityPath(route.view, route.id);
    case 'not-found':
      return '/';
  }
}

/** The address of a quality page; views that need an id fall back to their list without one. */
export function qualityPath(view: QualityView, id: string | null = null): string {
  const tail = id === null ? '' : `/${encodeURIComponent(id)}`;
  switch (view) {
    case 'overview':
      return '/quality';
    case 'queue':
    case 'disputes':
      return `/quality/${view}`;
    case 'reviews':
      return '/quality/reviews';
    case 'review':
      return `/quality/reviews${tail}`;
    case 'score':
      return id === null ? '/quality/queue' : `/quality/conversations${tail}`;
    case 'calibration':
    case 'coaching':
      return `/quality/${view}${tail}`;
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
