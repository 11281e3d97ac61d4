import { ConnectorActionConfig, ConnectorMapping, type Connector, type ConnectorWithSecret } from '@sincere/contracts';
import type { ConnectorRow } from './connectors.repository';

/** The stored mapping (checked when saved); null for a signed connector, or one a later release cannot read. */
export function mappingOf(row: ConnectorRow): ConnectorMapping | null {
  if (!row.mapping) return null;
  const parsed = ConnectorMapping.safeParse(row.mapping);
  return parsed.success ? parsed.data : null;
}

/** The stored actions (checked when saved); one that no longer parses is left out rather than failing the page. */
export function actionsOf(row: ConnectorRow): ConnectorActionConfig[] {
  return row.actions.flatMap((action) => {
    const parsed = ConnectorActionConfig.safeParse(action);
    return parsed.success ? [parsed.data] : [];
  });
}

/** In alphabetical order: the database keeps an object's keys in an order of its own. */
export function headerNamesOf(row: Pick<ConnectorRow, 'headers'>): string[] {
  return Object.keys(row.headers).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

/** A connector as admins see it: the names of its headers, never their values, and never the signing secret. */
export function toConnector(row: ConnectorRow): Connector {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    urlTemplate: row.urlTemplate,
    headerNames: headerNamesOf(row),
    timeoutMs: row.timeoutMs,
    cacheTtlSeconds: row.cacheTtlSeconds,
    mapping: mappingOf(row),
    actions: actionsOf(row),
    allowPrivate: row.allowPrivate,
    active: row.active,
    position: row.position,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** At creation and on rotation: the signing secret in the clear, this once. */
export function toConnectorWithSecret(row: ConnectorRow, secret: string | null): ConnectorWithSecret {
  return { ...toConnector(row), secret };
}
