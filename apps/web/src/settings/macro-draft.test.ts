import { CreateMacroRequest, firstNameOf, Macro, MACRO_VARIABLES, type MacroVariable } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../forms/validate';
import { checkNewVariant, previewMacro, shortcutInput, variantsOfMacro, variantsRecord } from './macro-draft';

const macro = Macro.parse({
  id: '0195f3a2-5b8e-7c1d-9e2f-3a4b5c6d7e8f',
  name: 'Refund',
  shortcut: 'refund',
  scope: 'shared',
  ownerUserId: null,
  variants: { ru: 'Здравствуйте!', default: 'Hello!', es: '¡Hola!' },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

const sample: Record<MacroVariable, string> = {
  address: 'Olga',
  'customer.name': 'Olga Smirnova',
  'customer.first_name': 'Olga',
  'customer.email': 'olga@example.com',
  'agent.name': 'Alex Admin',
  'agent.first_name': 'Alex',
  'conversation.id': '42',
  'account.name': 'Demo',
};

describe('variantsOfMacro', () => {
  it('puts the default variant first and the others by language', () => {
    expect(variantsOfMacro(macro).map((variant) => variant.language)).toEqual(['default', 'es', 'ru']);
    expect(variantsRecord(variantsOfMacro(macro))).toEqual(macro.variants);
  });

  it('starts a new macro with an empty default variant', () => {
    expect(variantsOfMacro(null)).toEqual([{ language: 'default', text: '' }]);
  });
});

describe('checkNewVariant', () => {
  const variants = variantsOfMacro(macro);

  it('accepts a language tag the contract accepts', () => {
    expect(checkNewVariant(variants, ' pt-BR ')).toEqual({ ok: true, language: 'pt-BR' });
  });

  it('refuses a tag that exists in any case, a malformed one and a second default', () => {
    expect(checkNewVariant(variants, 'RU')).toEqual({ ok: false, problem: 'duplicate' });
    expect(checkNewVariant(variants, 'russian!')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkNewVariant(variants, 'Default')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkNewVariant(variants, '')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('shortcutInput', () => {
  it('sends the shortcut as typed for the contract to normalise, or null when empty', () => {
    expect(shortcutInput('  ')).toBeNull();
    const check = validate(CreateMacroRequest, {
      name: 'Refund',
      shortcut: shortcutInput(' /Refund '),
      variants: { default: 'x' },
    });
    expect(check.ok && check.data.shortcut).toBe('refund');
  });
});

describe('previewMacro', () => {
  it('fills in every known variable, spaces inside the braces allowed', () => {
    const template = MACRO_VARIABLES.map((name) => `{{${name}}}`).join('|');
    expect(previewMacro(template, sample).text).toBe(Object.values(sample).join('|'));
    expect(previewMacro('Hi {{ customer.first_name }}!', sample).text).toBe('Hi Olga!');
  });

  it('leaves unknown placeholders as written and lists each once', () => {
    expect(previewMacro('{{customer.firstname}} {{}} {{customer.firstname}}', sample)).toEqual({
      text: '{{customer.firstname}} {{}} {{customer.firstname}}',
      unknownVariables: ['customer.firstname', '{{}}'],
    });
  });
});

describe('firstNameOf', () => {
  it('takes the first word in any script', () => {
    expect(firstNameOf(' Мария Иванова')).toBe('Мария');
    expect(firstNameOf('محمد العلي')).toBe('محمد');
  });
});
