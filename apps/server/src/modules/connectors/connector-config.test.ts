import { describe, expect, it } from 'vitest';
import { ConnectorActionConfig, ConnectorMapping } from '@sincere/contracts';
import { checkConnectorTargets, connectorConfigProblems, type ConnectorConfig } from './connector-config';

const mapping = ConnectorMapping.parse({ fields: [{ label: 'Plan', path: 'plan.name' }] });
const action = ConnectorActionConfig.parse({
  key: 'extend',
  label: 'Extend',
  confirm: 'Extend?',
  urlTemplate: 'https://billing.example.com/customers/{{customer.externalId}}/extend',
});
const valid: ConnectorConfig = {
  kind: 'http_get',
  urlTemplate: 'https://billing.example.com/customers/{{customer.externalId}}?c={{conversation.id}}',
  headerNames: ['Authorization'],
  mapping,
  actions: [action],
};

describe('checking a connector’s settings', () => {
  it('accepts a GET connector with its mapping and actions, and a signed one without either', () => {
    expect(connectorConfigProblems(valid)).toEqual({});
    expect(connectorConfigProblems({ ...valid, kind: 'signed', mapping: null, actions: [] })).toEqual({});
  });

  it('names every field that is wrong', () => {
    expect(
      connectorConfigProblems({
        kind: 'http_get',
        urlTemplate: 'ftp://billing.example.com/{{customer.email}}',
        headerNames: ['Transfer-Encoding', 'X-Key', 'x-key', 'Sincere-Signature'],
        mapping: null,
        actions: [action, { ...action, bodyTemplate: { note: '{{agent.name}}' } }],
      }),
    ).toEqual({
      urlTemplate: 'The URL must start with http:// or https://',
      'headers.Transfer-Encoding': 'Transfer-Encoding is set by Sincere itself and cannot be configured',
      'headers.x-key': 'x-key is given twice (header names ignore case)',
      'headers.Sincere-Signature': 'Sincere-Signature is set by Sincere itself and cannot be configured',
      mapping: 'An HTTP GET connector needs a mapping from its answer to card fields',
      'actions.1.key': 'extend names another action already',
      'actions.1.bodyTemplate.note': expect.stringMatching(/names agent, which is not known here/),
    });
    expect(connectorConfigProblems({ ...valid, kind: 'signed' })).toEqual({
      mapping: expect.stringMatching(/no mapping/),
      actions: expect.stringMatching(/brings its own actions/),
    });
  });

  it('refuses private addresses, in the URL and in actions, unless allowed', async () => {
    const config = {
      urlTemplate: 'http://10.0.0.5/customers/{{customer.id}}',
      actions: [{ ...action, urlTemplate: 'http://[::1]/x' }],
    };
    await expect(checkConnectorTargets(config, false)).rejects.toMatchObject({
      code: 'validation_failed',
      fields: {
        urlTemplate: "10.0.0.5 is a private or reserved address; only an admin's allowPrivate permits it",
        'actions.0.urlTemplate': "::1 is a private or reserved address; only an admin's allowPrivate permits it",
      },
    });
    await expect(checkConnectorTargets(config, true)).resolves.toBeUndefined();
  });
});
