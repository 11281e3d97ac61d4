import type { ConnectorActionConfig, ConnectorKind, ConnectorMapping } from '@sincere/contracts';
import { AppError } from '../../http/app-error';
import { targetProblem } from '../webhooks/webhook-target';
import { RESERVED_HEADER_NAMES } from './fetch-card';
import { mappingProblem } from './map-response';
import { actionConfigProblem, CONNECTOR_URL_ROOTS, urlTemplateProblem } from './url-template';

/** A connector's settings as they will be saved (after an update is applied). */
export interface ConnectorConfig {
  kind: ConnectorKind;
  urlTemplate: string;
  headerNames: readonly string[];
  mapping: ConnectorMapping | null;
  actions: readonly ConnectorActionConfig[];
}

/** Field path → what is wrong, for everything the schema alone cannot see; empty when the settings can be saved. */
export function connectorConfigProblems(config: ConnectorConfig): Record<string, string> {
  const problems: Record<string, string> = {};
  const urlProblem = urlTemplateProblem(config.urlTemplate, CONNECTOR_URL_ROOTS);
  if (urlProblem) problems['urlTemplate'] = urlProblem;

  const seenHeaders = new Set<string>();
  for (const name of config.headerNames) {
    const lower = name.toLowerCase();
    if (RESERVED_HEADER_NAMES.includes(lower)) {
      problems[`headers.${name}`] = `${name} is set by Sincere itself and cannot be configured`;
    } else if (seenHeaders.has(lower)) {
      problems[`headers.${name}`] = `${name} is given twice (header names ignore case)`;
    }
    seenHeaders.add(lower);
  }

  if (config.kind === 'http_get') {
    if (!config.mapping) problems['mapping'] = 'An HTTP GET connector needs a mapping from its answer to card fields';
    else {
      const problem = mappingProblem(config.mapping);
      if (problem) problems[`mapping.${problem.field}`] = problem.message;
    }
  } else {
    if (config.mapping)
      problems['mapping'] = 'A signed connector’s endpoint answers card JSON itself: it has no mapping';
    if (config.actions.length > 0) {
      problems['actions'] = 'A signed connector’s card brings its own actions: configure none here';
    }
  }

  const seenKeys = new Set<string>();
  for (const [index, action] of config.actions.entries()) {
    if (seenKeys.has(action.key)) problems[`actions.${index}.key`] = `${action.key} names another action already`;
    seenKeys.add(action.key);
    const problem = actionConfigProblem(action);
    if (problem) problems[`actions.${index}.${problem.field}`] = problem.message;
  }
  return problems;
}

/** Refuses (422 naming each field) settings that cannot be saved. */
export function checkConnectorConfig(config: ConnectorConfig): void {
  const problems = connectorConfigProblems(config);
  const fields = Object.keys(problems);
  if (fields.length > 0) {
    throw new AppError('validation_failed', `The connector cannot be saved: ${fields.join(', ')}`, problems);
  }
}

/** The template with each placeholder filled by a sample value: its host, the part that is checked, is written out. */
function sampleUrl(template: string): string {
  return template.replace(/\{\{[^}]*\}\}/g, 'x');
}

/**
 * Refuses (422) a connector whose URL or an action's URL points at a private or
 * reserved address without the admin's allowPrivate, as for webhooks. Run after
 * `checkConnectorConfig`, so each template is known to be a URL with its host written out.
 */
export async function checkConnectorTargets(
  config: Pick<ConnectorConfig, 'urlTemplate' | 'actions'>,
  allowPrivate: boolean,
): Promise<void> {
  const targets = [
    { field: 'urlTemplate', template: config.urlTemplate },
    ...config.actions.map((action, index) => ({ field: `actions.${index}.urlTemplate`, template: action.urlTemplate })),
  ];
  const problems: Record<string, string> = {};
  for (const { field, template } of targets) {
    const problem = await targetProblem(sampleUrl(template), allowPrivate);
    if (problem) problems[field] = `${problem}; only an admin's allowPrivate permits it`;
  }
  const fields = Object.keys(problems);
  if (fields.length > 0) {
    throw new AppError('validation_failed', `The connector's address is not allowed: ${fields.join(', ')}`, problems);
  }
}
