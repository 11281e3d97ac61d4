import { describe, expect, it } from 'vitest';
import { applyAttributeChanges, parseAttributeValue, type AttributeDefinitionRow } from './customer-attributes';
import { shownAttributes } from './customer.mapper';

const field = (key: string, type: AttributeDefinitionRow['type'], options: string[] = []): AttributeDefinitionRow => ({
  id: `00000000-0000-4000-8000-${key.padStart(12, '0').slice(-12)}`,
  accountId: '00000000-0000-4000-8000-000000000001',
  key,
  label: key,
  type,
  options,
  position: 0,
  createdAt: new Date('2026-01-01T00:00:00Z'),
});

describe('reading a customer field value', () => {
  it('takes numbers as numbers, from JSON or from text with a decimal comma', () => {
    expect(parseAttributeValue(field('seats', 'number'), 12)).toEqual({ ok: true, value: 12 });
    expect(parseAttributeValue(field('seats', 'number'), ' 3,5 ')).toEqual({ ok: true, value: 3.5 });
    expect(parseAttributeValue(field('seats', 'number'), 'many')).toMatchObject({ ok: false });
  });

  it('accepts only real calendar days written as YYYY-MM-DD', () => {
    expect(parseAttributeValue(field('renews', 'date'), '2026-02-28')).toEqual({ ok: true, value: '2026-02-28' });
    expect(parseAttributeValue(field('renews', 'date'), '2026-02-30')).toMatchObject({ ok: false });
    expect(parseAttributeValue(field('renews', 'date'), '28.02.2026')).toMatchObject({ ok: false });
  });

  it('stores a list value spelt as the option is, whatever the case typed', () => {
    const segment = field('segment', 'list', ['SMB', 'Enterprise']);
    expect(parseAttributeValue(segment, 'enterprise')).toEqual({ ok: true, value: 'Enterprise' });
    expect(parseAttributeValue(segment, 'Government')).toMatchObject({ ok: false });
  });

  it('treats an empty value as no value, and refuses overlong text', () => {
    expect(parseAttributeValue(field('nickname', 'text'), '  ')).toEqual({ ok: true, value: null });
    expect(parseAttributeValue(field('nickname', 'text'), 'x'.repeat(1001))).toMatchObject({ ok: false });
  });
});

describe('changing a customer’s field values', () => {
  const definitions = [field('seats', 'number'), field('segment', 'list', ['SMB', 'Enterprise'])];

  it('sets, replaces and clears values, keeping the others', () => {
    const { attributes, problems } = applyAttributeChanges(
      definitions,
      { seats: 3, segment: 'SMB' },
      { seats: '10', segment: null },
    );
    expect(problems).toEqual({});
    expect(attributes).toEqual({ seats: 10 });
  });

  it('names every unknown key and every value that does not fit', () => {
    const { problems } = applyAttributeChanges(definitions, {}, { seats: 'ten', colour: 'red', segment: 'Gov' });
    expect(Object.keys(problems).sort()).toEqual(['colour', 'seats', 'segment']);
  });
});

describe('showing a customer’s field values', () => {
  it('shows only defined fields whose stored value still fits, in the fields’ order', () => {
    const definitions = [field('segment', 'list', ['SMB']), field('seats', 'number')];
    const stored = { seats: 4, segment: 'Enterprise', removed_field: 'old' };
    expect(shownAttributes(stored, definitions)).toEqual({ seats: 4 });
    expect(Object.keys(shownAttributes({ seats: 4, segment: 'SMB' }, definitions))).toEqual(['segment', 'seats']);
  });
});
