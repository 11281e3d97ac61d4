import type { CustomerAttributeDefinition, CustomerAttributeType } from '@sincere/contracts';

export interface CustomerFieldDraft {
  key: string;
  label: string;
  type: CustomerAttributeType;
  /** One option per line. */
  options: string;
}

export function draftOfField(field: CustomerAttributeDefinition | null): CustomerFieldDraft {
  return {
    key: field?.key ?? '',
    label: field?.label ?? '',
    type: field?.type ?? 'text',
    options: field?.options.join('\n') ?? '',
  };
}

/** A key suggested from the label while the admin has not typed one: "Contract number" → "contract_number". */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (words === '') return '';
  // A key starts with a letter.
  return (/^[a-z]/.test(words) ? words : `field_${words}`).slice(0, 40).replace(/_+$/, '');
}

const optionsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The body of POST /customer-attributes, or of PATCH when editing (the key and type stay as they are).
 * Options are sent for lists only.
 */
export function fieldRequestOfDraft(draft: CustomerFieldDraft, editing: boolean): Record<string, unknown> {
  const options = draft.type === 'list' ? optionsOf(draft.options) : [];
  if (editing) return { label: draft.label.trim(), ...(draft.type === 'list' ? { options } : {}) };
  return { key: draft.key.trim(), label: draft.label.trim(), type: draft.type, options };
}
