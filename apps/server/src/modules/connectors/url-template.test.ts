import { describe, expect, it } from 'vitest';
import {
  actionConfigProblem,
  CONNECTOR_URL_ROOTS,
  renderActionRequest,
  renderTemplate,
  renderUrlTemplate,
  TemplateError,
  templateProblem,
  urlTemplateProblem,
} from './url-template';

const values = {
  customer: {
    email: 'olga+vip@example.com',
    externalId: 'cus 42/7',
    attributes: { plan: 'pro', seats: 12, trial: false, tags: ['a'] },
    phone: '',
  },
  conversation: { id: '0190b1c2-0000-7000-8000-000000000001' },
};

function errorOf(run: () => unknown): TemplateError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
}

describe('connector templates', () => {
  it('fills dotted paths and percent-encodes values in URLs', () => {
    expect(
      renderTemplate(
        'https://billing.example.com/customers/{{customer.externalId}}?email={{ customer.email }}&plan={{customer.attributes.plan}}&seats={{customer.attributes.seats}}',
        values,
        { encode: 'url' },
      ),
    ).toBe('https://billing.example.com/customers/cus%2042%2F7?email=olga%2Bvip%40example.com&plan=pro&seats=12');
    expect(renderTemplate('{{customer.email}} / {{customer.attributes.trial}}', values, { encode: 'none' })).toBe(
      'olga+vip@example.com / false',
    );
  });

  it('names the missing field instead of leaving a gap in the URL', () => {
    for (const template of ['https://x.example/{{customer.phone}}', 'https://x.example/{{customer.locale}}']) {
      const error = errorOf(() => renderTemplate(template, values, { encode: 'url' }));
      expect(error.kind).toBe('missing');
      expect(error.message).toMatch(/^needs customer\.(phone|locale), which this customer does not have$/);
    }
    expect(errorOf(() => renderTemplate('{{conversation.id}}', { customer: {} }, { encode: 'url' })).message).toBe(
      'needs conversation.id, and there is no conversation here',
    );
  });

  it('refuses an object where a single value belongs, and path-climbing values', () => {
    expect(errorOf(() => renderTemplate('{{customer.attributes}}', values, { encode: 'none' })).message).toMatch(
      /single value/,
    );
    expect(errorOf(() => renderTemplate('{{customer.attributes.tags}}', values, { encode: 'none' })).message).toMatch(
      /list or an object/,
    );
    const climbing = { customer: { externalId: '..' } };
    expect(() => renderTemplate('https://x.example/c/{{customer.externalId}}', climbing, { encode: 'url' })).toThrow(
      /not usable in a URL/,
    );
  });

  it('does not read inherited properties', () => {
    expect(() => renderTemplate('{{customer.constructor}}', values, { encode: 'none' })).toThrow(/does not have/);
    expect(() => renderTemplate('{{customer.__proto__}}', values, { encode: 'none' })).toThrow(/does not have/);
  });

  it('finds unknown syntax and unknown roots when an admin saves a template', () => {
    expect(templateProblem('https://x.example/{{customer.email}}', CONNECTOR_URL_ROOTS)).toBeNull();
    expect(templateProblem('no placeholders at all', CONNECTOR_URL_ROOTS)).toBeNull();
    expect(templateProblem('https://x.example/{{customer.email', CONNECTOR_URL_ROOTS)).toMatch(/not closed/);
    expect(templateProblem('https://x.example/customer.email}}', CONNECTOR_URL_ROOTS)).toMatch(/without its \{\{/);
    expect(templateProblem('{{customer.email | upper}}', CONNECTOR_URL_ROOTS)).toMatch(/is not a placeholder/);
    expect(templateProblem('{{}}', CONNECTOR_URL_ROOTS)).toMatch(/is not a placeholder/);
    expect(templateProblem('{{customer..email}}', CONNECTOR_URL_ROOTS)).toMatch(/is not a placeholder/);
    expect(templateProblem('{{process.env.SECRET}}', CONNECTOR_URL_ROOTS)).toMatch(
      /names process, which is not known here: use customer, conversation/,
    );
    expect(() => renderTemplate('{{customer.email', values, { encode: 'url' })).toThrow(TemplateError);
  });

  it('refuses URL templates whose host could be chosen by customer data', () => {
    const roots = CONNECTOR_URL_ROOTS;
    expect(urlTemplateProblem('https://billing.example.com:8443/c/{{customer.externalId}}?x=1', roots)).toBeNull();
    for (const template of [
      'https://{{customer.email}}/',
      'https://billing.{{customer.attributes.plan}}.example.com/',
      'https://billing.example.com{{customer.externalId}}',
      'https://billing.example.com:{{customer.attributes.seats}}/',
      'https://{{customer.email}}@billing.example.com/',
      'http://{{customer.email}}',
    ]) {
      expect(urlTemplateProblem(template, roots), template).toMatch(/host cannot be a placeholder/);
    }
    expect(urlTemplateProblem('{{customer.email}}', roots)).toMatch(/http:\/\/ or https:\/\//);
    expect(urlTemplateProblem('ftp://files.example.com/{{customer.email}}', roots)).toMatch(/http:\/\/ or https/);
    expect(urlTemplateProblem('https:// /x', roots)).toMatch(/not a URL/);
    expect(() => renderUrlTemplate('https://{{customer.email}}/', values)).toThrow(/host cannot be a placeholder/);
  });

  it('checks and renders an admin action, the body unencoded', () => {
    const action = {
      key: 'extend',
      label: 'Extend 7 days',
      confirm: 'Extend the subscription by 7 days?',
      urlTemplate: 'https://billing.example.com/customers/{{customer.externalId}}/extend',
      bodyTemplate: { email: '{{customer.email}}', days: '7', conversation: '{{conversation.id}}' },
    };
    expect(actionConfigProblem(action)).toBeNull();
    expect(renderActionRequest(action, values)).toEqual({
      url: 'https://billing.example.com/customers/cus%2042%2F7/extend',
      body: { email: 'olga+vip@example.com', days: '7', conversation: values.conversation.id },
    });
    expect(actionConfigProblem({ ...action, bodyTemplate: { email: '{{item.id}}' } })).toEqual({
      field: 'bodyTemplate.email',
      message: expect.stringMatching(/names item/),
    });
    expect(actionConfigProblem({ ...action, urlTemplate: 'https://{{customer.email}}/' })?.field).toBe('urlTemplate');
  });
});
