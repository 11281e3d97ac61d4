import {
  BadgeTone,
  CONNECTOR_CACHE_TTL_SECONDS,
  CONNECTOR_TIMEOUT_MS,
  type CardFieldFormat,
  type Connector,
  type ConnectorKind,
} from '@sincere/contracts';

/** A header row: a stored one shows its name only; its value is typed to replace it, or it is removed. */
export interface HeaderDraft {
  key: string;
  name: string;
  value: string;
  stored: boolean;
  removed: boolean;
}

export interface FieldDraft {
  key: string;
  label: string;
  path: string;
  format: CardFieldFormat;
  currency: string;
  currencyPath: string;
  hrefTemplate: string;
  /** "active: good, overdue: bad" */
  tones: string;
}

export interface ActionDraft {
  key: string;
  actionKey: string;
  label: string;
  confirm: string;
  urlTemplate: string;
  /** One "name: template" per line. */
  body: string;
}

export interface ConnectorDraft {
  kind: ConnectorKind;
  name: string;
  urlTemplate: string;
  headers: HeaderDraft[];
  timeoutMs: string;
  cacheTtlSeconds: string;
  allowPrivate: boolean;
  active: boolean;
  position: string;
  mode: 'object' | 'list';
  title: string;
  listPath: string;
  itemTitlePath: string;
  fields: FieldDraft[];
  actions: ActionDraft[];
}

let rows = 0;
/** A key for a new row, so React keeps each row's inputs while rows come and go. */
export const rowKey = () => `row-${++rows}`;

export const emptyField = (): FieldDraft => ({
  key: rowKey(),
  label: '',
  path: '',
  format: 'text',
  currency: '',
  currencyPath: '',
  hrefTemplate: '',
  tones: '',
});

export const emptyHeader = (): HeaderDraft => ({ key: rowKey(), name: '', value: '', stored: false, removed: false });

export const emptyAction = (): ActionDraft => ({
  key: rowKey(),
  actionKey: '',
  label: '',
  confirm: '',
  urlTemplate: '',
  body: '',
});

/** Badge tones as an admin writes them: "active: good, overdue: bad". */
export function tonesText(tones: Readonly<Record<string, BadgeTone>> | undefined): string {
  return Object.entries(tones ?? {})
    .map(([value, tone]) => `${value}: ${tone}`)
    .join(', ');
}

/** "active: good, overdue: bad" → { active: 'good', overdue: 'bad' }; an entry that is not "value: tone" is kept as text, so the schema refuses it. */
export function parseTones(text: string): Record<string, string> | undefined {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  const tones: Record<string, string> = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf(':');
    const value = at === -1 ? entry : entry.slice(0, at).trim();
    const tone =
      at === -1
        ? ''
        : entry
            .slice(at + 1)
            .trim()
            .toLowerCase();
    tones[value] = BadgeTone.safeParse(tone).success ? tone : entry;
  }
  return tones;
}

/** "name: template" lines → { name: template }. */
export function parseBody(text: string): Record<string, string> | undefined {
  const body: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const at = line.indexOf(':');
    body[(at === -1 ? line : line.slice(0, at)).trim()] = at === -1 ? '' : line.slice(at + 1).trim();
  }
  return Object.keys(body).length > 0 ? body : undefined;
}

export function bodyText(body: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(body ?? {})
    .map(([name, template]) => `${name}: ${template}`)
    .join('\n');
}

export function draftOfConnector(connector: Connector | null): ConnectorDraft {
  const mapping = connector?.mapping ?? null;
  return {
    kind: connector?.kind ?? 'http_get',
    name: connector?.name ?? '',
    urlTemplate: connector?.urlTemplate ?? '',
    headers: (connector?.headerNames ?? []).map((name) => ({
      key: rowKey(),
      name,
      value: '',
      stored: true,
      removed: false,
    })),
    timeoutMs: String(connector?.timeoutMs ?? CONNECTOR_TIMEOUT_MS.default),
    cacheTtlSeconds: String(connector?.cacheTtlSeconds ?? CONNECTOR_CACHE_TTL_SECONDS.default),
    allowPrivate: connector?.allowPrivate ?? false,
    active: connector?.active ?? true,
    position: String(connector?.position ?? 0),
    mode: mapping?.mode ?? 'object',
    title: mapping?.title ?? '',
    listPath: mapping?.listPath ?? '',
    itemTitlePath: mapping?.itemTitlePath ?? '',
    fields: mapping
      ? mapping.fields.map((field) => ({
          key: rowKey(),
          label: field.label,
          path: field.path,
          format: field.format,
          currency: field.currency ?? '',
          currencyPath: field.currencyPath ?? '',
          hrefTemplate: field.hrefTemplate ?? '',
          tones: tonesText(field.badgeTones),
        }))
      : [emptyField()],
    actions: (connector?.actions ?? []).map((action) => ({
      key: rowKey(),
      actionKey: action.key,
      label: action.label,
      confirm: action.confirm,
      urlTemplate: action.urlTemplate,
      body: bodyText(action.bodyTemplate),
    })),
  };
}

/** A number typed in a field; what is not a number is sent as it is, for the schema to name the field. */
function numberOf(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

const optional = <K extends string>(key: K, text: string) =>
  (text.trim() ? { [key]: text.trim() } : {}) as Partial<Record<K, string>>;

function mappingOfDraft(draft: ConnectorDraft): Record<string, unknown> {
  return {
    mode: draft.mode,
    ...optional('title', draft.title),
    ...(draft.mode === 'list'
      ? { ...optional('listPath', draft.listPath), ...optional('itemTitlePath', draft.itemTitlePath) }
      : {}),
    fields: draft.fields.map((field) => {
      const badgeTones = field.format === 'badge' ? parseTones(field.tones) : undefined;
      return {
        label: field.label,
        path: field.path.trim(),
        format: field.format,
        ...(field.format === 'money'
          ? { ...optional('currency', field.currency), ...optional('currencyPath', field.currencyPath) }
          : {}),
        ...(field.format === 'link' ? optional('hrefTemplate', field.hrefTemplate) : {}),
        ...(badgeTones ? { badgeTones } : {}),
      };
    }),
  };
}

function actionsOfDraft(draft: ConnectorDraft): Record<string, unknown>[] {
  return draft.actions.map((action) => {
    const bodyTemplate = parseBody(action.body);
    return {
      key: action.actionKey.trim(),
      label: action.label,
      confirm: action.confirm,
      urlTemplate: action.urlTemplate.trim(),
      ...(bodyTemplate ? { bodyTemplate } : {}),
    };
  });
}

/**
 * Header changes: at creation every filled row; when editing, only what changed —
 * a stored header with a new value, a removed one as "", a new row — so an
 * untouched header keeps the value nobody can see.
 */
function headersOfDraft(draft: ConnectorDraft, editing: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const header of draft.headers) {
    const name = header.name.trim();
    if (!name) continue;
    if (header.stored && editing) {
      if (header.removed) headers[name] = '';
      else if (header.value !== '') headers[name] = header.value;
    } else if (!header.removed && (header.value !== '' || !editing)) {
      headers[name] = header.value;
    }
  }
  return headers;
}

/** The body of POST /connectors, or of PATCH /connectors/:id when editing (the kind is fixed at creation). */
export function connectorRequestOfDraft(draft: ConnectorDraft, editing: boolean): Record<string, unknown> {
  const headers = headersOfDraft(draft, editing);
  return {
    name: draft.name,
    ...(editing ? {} : { kind: draft.kind }),
    urlTemplate: draft.urlTemplate.trim(),
    ...(!editing || Object.keys(headers).length > 0 ? { headers } : {}),
    timeoutMs: numberOf(draft.timeoutMs),
    cacheTtlSeconds: numberOf(draft.cacheTtlSeconds),
    allowPrivate: draft.allowPrivate,
    active: draft.active,
    position: numberOf(draft.position),
    ...(draft.kind === 'http_get' ? { mapping: mappingOfDraft(draft), actions: actionsOfDraft(draft) } : {}),
  };
}

/** The available placeholders, for the URL template's hint. */
export const TEMPLATE_FIELDS = [
  'customer.id',
  'customer.externalId',
  'customer.email',
  'customer.phone',
  'customer.name',
  'customer.company',
  'customer.plan',
  'customer.locale',
  'customer.country',
  'customer.timeZone',
  'customer.attributes.<key>',
  'conversation.id',
  'conversation.subject',
  'conversation.channel',
] as const;
