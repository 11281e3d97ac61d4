import { CreateCustomerAttributeRequest, UpdateCustomerAttributeRequest } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { draftOfField, fieldRequestOfDraft, keyFromLabel } from './customer-field-draft';

describe('the customer field form', () => {
  it('suggests a key the server accepts from a label', () => {
    expect(keyFromLabel('Contract number')).toBe('contract_number');
    expect(keyFromLabel('  Crédit (€) 2025 ')).toBe('credit_2025');
    expect(keyFromLabel('2nd phone')).toBe('field_2nd_phone');
    expect(keyFromLabel('Сегмент')).toBe('');
  });

  it('sends a list’s options one per line, without blank lines, and no options for other types', () => {
    const list = {
      ...draftOfField(null),
      key: 'segment',
      label: ' Segment ',
      type: 'list' as const,
      options: 'SMB\n\n Enterprise \n',
    };
    expect(fieldRequestOfDraft(list, false)).toEqual({
      key: 'segment',
      label: 'Segment',
      type: 'list',
      options: ['SMB', 'Enterprise'],
    });
    expect(CreateCustomerAttributeRequest.safeParse(fieldRequestOfDraft(list, false)).success).toBe(true);
    const text = { ...list, type: 'text' as const };
    expect(fieldRequestOfDraft(text, false)).toMatchObject({ options: [] });
  });

  it('lets the contract refuse a list without options, naming the options', () => {
    const empty = { ...draftOfField(null), key: 'segment', label: 'Segment', type: 'list' as const, options: '\n' };
    const parsed = CreateCustomerAttributeRequest.safeParse(fieldRequestOfDraft(empty, false));
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['options']);
  });

  it('sends only the label, and a list’s options, when editing', () => {
    const draft = { key: 'segment', label: 'Market', type: 'list' as const, options: 'SMB' };
    const body = fieldRequestOfDraft(draft, true);
    expect(body).toEqual({ label: 'Market', options: ['SMB'] });
    expect(UpdateCustomerAttributeRequest.safeParse(body).success).toBe(true);
  });
});
