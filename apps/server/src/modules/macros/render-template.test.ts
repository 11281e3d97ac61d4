import { describe, expect, it } from 'vitest';
import { firstNameOf } from '@sincere/contracts';
import { pickVariant, renderTemplate, type MacroValues } from './render-template';

const values = (customerName: string, agentName = 'Anna Petrova'): MacroValues => ({
  'customer.name': customerName,
  'customer.first_name': firstNameOf(customerName),
  'customer.email': 'customer@example.test',
  'agent.name': agentName,
  'agent.first_name': firstNameOf(agentName),
  'conversation.id': '0b9c6a5e-0000-4000-8000-000000000001',
  'account.name': 'Sincere Shop',
  address: 'Kak Dimas',
});

describe('renderTemplate', () => {
  it('greets a Russian customer by first name and signs with the agent’s name', () => {
    const rendered = renderTemplate(
      'Здравствуйте, {{customer.first_name}}! С уважением, {{ agent.name }}',
      values('Ольга Смирнова'),
    );
    expect(rendered).toEqual({ text: 'Здравствуйте, Ольга! С уважением, Anna Petrova', unknownVariables: [] });
  });

  it('fills a Spanish reply with accented names', () => {
    const rendered = renderTemplate(
      'Hola {{customer.first_name}}, soy {{agent.first_name}} de {{account.name}}.',
      values('María José García', 'Jesús Núñez'),
    );
    expect(rendered.text).toBe('Hola María, soy Jesús de Sincere Shop.');
  });

  it('fills an Indonesian reply with the email and conversation id', () => {
    const rendered = renderTemplate(
      'Halo {{customer.name}}, kami kirim ke {{customer.email}} (tiket {{conversation.id}})',
      values('Dimas Pratama'),
    );
    expect(rendered.text).toBe(
      'Halo Dimas Pratama, kami kirim ke customer@example.test (tiket 0b9c6a5e-0000-4000-8000-000000000001)',
    );
  });

  it('takes the first word of an Arabic name and keeps the right-to-left text intact', () => {
    const rendered = renderTemplate('مرحبا {{customer.first_name}}، شكرا لتواصلك', values('محمد العلي'));
    expect(rendered.text).toBe('مرحبا محمد، شكرا لتواصلك');
  });

  it('leaves unknown variables visible and lists each once', () => {
    const rendered = renderTemplate(
      '{{order.number}} {{customer.first_name}} {{ order.number }} {{}} {{customer.phone}}',
      values('Olga'),
    );
    expect(rendered.text).toBe('{{order.number}} Olga {{ order.number }} {{}} {{customer.phone}}');
    expect(rendered.unknownVariables).toEqual(['order.number', '{{}}', 'customer.phone']);
  });

  it('treats braces that do not close, code and markup as plain text', () => {
    const template = '{{customer.name {{constructor}} {{__proto__}} ${1+1} <b>{{ 7*7 }}</b> {single}';
    const rendered = renderTemplate(template, values('Olga'));
    expect(rendered.text).toBe(template);
    expect(rendered.unknownVariables).toEqual(['constructor', '__proto__', '7*7']);
  });

  it('writes nothing for a variable the conversation has no value for', () => {
    expect(renderTemplate('Email: {{customer.email}}.', { ...values('Olga'), 'customer.email': null }).text).toBe(
      'Email: .',
    );
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Olga Smirnova', 'Olga'],
    ['  Ольга   Смирнова ', 'Ольга'],
    ['محمد بن سلمان', 'محمد'],
    ['Budi', 'Budi'],
    ['', ''],
  ])('takes the first word of %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});

describe('pickVariant', () => {
  const variants = { default: 'Hello', ru: 'Здравствуйте', 'pt-BR': 'Olá', es: 'Hola' };

  it('uses the conversation’s language first', () => {
    expect(pickVariant(variants, 'ru', 'es-MX')).toEqual({ language: 'ru', template: 'Здравствуйте' });
  });

  it('matches a region tag exactly, case-insensitively', () => {
    expect(pickVariant(variants, 'pt-br', null).language).toBe('pt-BR');
  });

  it('falls back to the primary subtag, then the customer’s locale, then default', () => {
    expect(pickVariant(variants, 'es-AR', 'ru').language).toBe('es');
    expect(pickVariant(variants, null, 'ru-RU').language).toBe('ru');
    expect(pickVariant(variants, 'id', 'ar-EG')).toEqual({ language: 'default', template: 'Hello' });
  });
});
