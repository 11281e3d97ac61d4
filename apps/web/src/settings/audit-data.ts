/** Audit details as one readable line of `key: value` pairs; nested values as compact JSON. */
export function describeAuditData(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}
