import type { ConnectorActionConfig } from '@sincere/contracts';

/** What a connector's URL and action templates may name. */
export const CONNECTOR_URL_ROOTS = ['customer', 'conversation'] as const;
/** A link's href template may also name the item it is on (the answer itself in object mode). */
export const CONNECTOR_LINK_ROOTS = ['customer', 'conversation', 'item'] as const;

/** The objects placeholders read from: `{ customer: {...}, conversation: {...}, item: {...} }`. */
export type TemplateValues = Readonly<Record<string, unknown>>;

/** Where a configuration is wrong: `field` is its path in the request body (`urlTemplate`, `fields.2.hrefTemplate`). */
export interface ConfigProblem {
  field: string;
  message: string;
}

/**
 * A template that cannot be rendered. `missing`: the data lacks a usable value
 * (the customer has no email; the value is an object): the card says so.
 * `syntax`: the template itself is wrong, which configuration checks catch
 * before it is saved.
 */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    readonly kind: 'missing' | 'syntax',
  ) {
    super(message);
  }
}

type Part = { text: string } | { placeholder: string; path: string[] };

// One placeholder: a root name, then keys or indices: {{customer.attributes.plan}}, {{item.lines.0.sku}}.
const PLACEHOLDER = /^[A-Za-z_]\w*(\.[\w-]+)*$/;
const EXAMPLE = 'such as {{customer.email}}';

/** The template's literal text and placeholders, or a message saying what is wrong with it. */
function parse(template: string): Part[] | string {
  const parts: Part[] = [];
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    const text = open === -1 ? rest : rest.slice(0, open);
    if (text.includes('}}')) return `A }} without its {{ after "${text.slice(0, 40)}"`;
    if (text) parts.push({ text });
    if (open === -1) break;
    const close = rest.indexOf('}}', open + 2);
    if (close === -1) return `A {{ that is not closed: write placeholders ${EXAMPLE}`;
    const placeholder = rest.slice(open + 2, close).trim();
    if (!PLACEHOLDER.test(placeholder)) {
      return `{{${placeholder.slice(0, 60)}}} is not a placeholder: write a dotted path ${EXAMPLE}`;
    }
    parts.push({ placeholder, path: placeholder.split('.') });
    rest = rest.slice(close + 2);
  }
  return parts;
}

/** Why this template cannot be used (unknown syntax, a root it may not name), or null. For admin input. */
export function templateProblem(template: string, allowedRoots: readonly string[]): string | null {
  const parts = parse(template);
  if (typeof parts === 'string') return parts;
  for (const part of parts) {
    if ('placeholder' in part && !allowedRoots.includes(part.path[0] ?? '')) {
      return `{{${part.placeholder}}} names ${part.path[0]}, which is not known here: use ${allowedRoots.join(', ')}`;
    }
  }
  return null;
}

/** The text before the host's end must be written out: `https://host:port` with no placeholder in it. */
function hostProblem(template: string): string | null {
  const scheme = /^https?:\/\//i.exec(template);
  if (!scheme) return 'The URL must start with http:// or https://';
  const authority = template.slice(scheme[0].length).split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('{{')) {
    return 'The host cannot be a placeholder: write it out, such as https://billing.example.com/customers/{{customer.externalId}}';
  }
  return null;
}

/**
 * Why this URL template cannot be used, or null: its syntax and roots, and the
 * URL must be http(s) with a host written out, so customer data can only ever
 * fill the path and query, never choose where the request goes.
 */
export function urlTemplateProblem(template: string, allowedRoots: readonly string[]): string | null {
  const problem = templateProblem(template, allowedRoots) ?? hostProblem(template);
  if (problem) return problem;
  const parts = parse(template) as Part[];
  const sample = parts.map((part) => ('text' in part ? part.text : 'x')).join('');
  try {
    const url = new URL(sample);
    if (!url.hostname) return 'The URL has no host';
  } catch {
    return 'This is not a URL, even with its placeholders filled in';
  }
  return null;
}

/**
 * The value at a dotted path: own keys of objects, numeric indices of arrays,
 * undefined when anything is missing. Nothing else (no prototype keys, no
 * expressions), so a path written by an admin can only read.
 */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(key)) return undefined;
      current = current[Number(key)];
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, key)) {
      current = (current as Record<string, unknown>)[key];
    } else return undefined;
  }
  return current;
}

function textOf(values: TemplateValues, path: readonly string[], placeholder: string): string {
  const value = valueAt(values, path);
  const root = path[0] ?? '';
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null) {
    throw new TemplateError(`needs ${placeholder} to be a single value, and it is a list or an object`, 'missing');
  }
  const rootValue = values[root];
  if (rootValue === undefined || rootValue === null) {
    throw new TemplateError(`needs ${placeholder}, and there is no ${root} here`, 'missing');
  }
  throw new TemplateError(`needs ${placeholder}, which this ${root} does not have`, 'missing');
}

function encoded(text: string, placeholder: string): string {
  // "." and ".." would survive encoding and climb the URL's path (/orders/.. is /): refuse them.
  if (text === '.' || text === '..')
    throw new TemplateError(`${placeholder} is "${text}", not usable in a URL`, 'missing');
  try {
    return encodeURIComponent(text);
  } catch {
    throw new TemplateError(`${placeholder} holds text that cannot be put in a URL`, 'missing');
  }
}

/**
 * Fills `{{root.key.0.key}}` placeholders from `values`. In URLs (`encode: 'url'`)
 * each value is percent-encoded, so it stays inside its path segment or query
 * parameter. A missing or empty value throws (naming the field) rather than
 * leaving a gap in a URL; so does an object where a single value is expected.
 */
export function renderTemplate(template: string, values: TemplateValues, options: { encode: 'url' | 'none' }): string {
  const parts = parse(template);
  if (typeof parts === 'string') throw new TemplateError(parts, 'syntax');
  return parts
    .map((part) => {
      if ('text' in part) return part.text;
      const text = textOf(values, part.path, part.placeholder);
      return options.encode === 'url' ? encoded(text, part.placeholder) : text;
    })
    .join('');
}

/** Renders a URL template, refusing one whose host is a placeholder even if it was saved before the check. */
export function renderUrlTemplate(template: string, values: TemplateValues): string {
  const problem = hostProblem(template);
  if (problem) throw new TemplateError(problem, 'syntax');
  return renderTemplate(template, values, { encode: 'url' });
}

/** Why an admin's action cannot be saved (its URL or a body value), or null. */
export function actionConfigProblem(action: ConnectorActionConfig): ConfigProblem | null {
  const urlProblem = urlTemplateProblem(action.urlTemplate, CONNECTOR_URL_ROOTS);
  if (urlProblem) return { field: 'urlTemplate', message: urlProblem };
  for (const [key, value] of Object.entries(action.bodyTemplate ?? {})) {
    const problem = templateProblem(value, CONNECTOR_URL_ROOTS);
    if (problem) return { field: `bodyTemplate.${key}`, message: problem };
  }
  return null;
}

/** The URL and JSON body of an admin's action for this customer and conversation; throws a TemplateError. */
export function renderActionRequest(
  action: ConnectorActionConfig,
  values: TemplateValues,
): { url: string; body: Record<string, string> } {
  const body: Record<string, string> = {};
  for (const [key, value] of Object.entries(action.bodyTemplate ?? {})) {
    body[key] = renderTemplate(value, values, { encode: 'none' });
  }
  return { url: renderUrlTemplate(action.urlTemplate, values), body };
}
