import { describe, expect, it } from 'vitest';
import { CreateConnectorRequest, UpdateConnectorRequest, type Connector } from '@sincere/contracts';
import {
  connectorRequestOfDraft,
  draftOfConnector,
  emptyHeader,
  parseBody,
  parseTones,
  tonesText,
  type ConnectorDraft,
} from './connector-draft';

const stored: Connector = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Billing',
  kind: 'http_get',
  urlTemplate: 'https://billing.example.com/customers/{{customer.externalId}}',
  headerNames: ['Authorization', 'X-Tenant'],
  timeoutMs: 2000,
  cacheTtlSeconds: 60,
  mapping: {
    mode: 'list',
    listPath: 'data.orders',
    fields: [
      { label: 'Total', path: 'total', format: 'money', currency: 'EUR' },
      { label: 'State', path: 'state', format: 'badge', badgeTones: { shipped: 'good', late: 'bad' } },
    ],
  },
  actions: [
    {
      key: 'extend',
      label: 'Extend',
      confirm: 'Extend?',
      urlTemplate: 'https://billing.example.com/extend',
      bodyTemplate: { customer: '{{customer.externalId}}', days: '7' },
    },
  ],
  allowPrivate: false,
  active: true,
  position: 2,
  createdAt: '2025-01-10T10:00:00.000Z',
  updatedAt: '2025-01-10T10:00:00.000Z',
};

describe('a connector draft', () => {
  it('sends an untouched connector back without its headers, and the same mapping and actions', () => {
    const draft = draftOfConnector(stored);
    const body = connectorRequestOfDraft(draft, true);
    expect(body).not.toHaveProperty('headers');
    expect(body).not.toHaveProperty('kind');
    const parsed = UpdateConnectorRequest.parse(body);
    expect(parsed.mapping).toEqual(stored.mapping);
    expect(parsed.actions).toEqual(stored.actions);
    expect(parsed).toMatchObject({ timeoutMs: 2000, cacheTtlSeconds: 60, position: 2 });
  });

  it('sends only the header changes when editing: a new value, a removal, a new header', () => {
    const draft = draftOfConnector(stored);
    const [authorization, tenant] = draft.headers as [
      ConnectorDraft['headers'][number],
      ConnectorDraft['headers'][number],
    ];
    const edited: ConnectorDraft = {
      ...draft,
      headers: [
        { ...authorization, value: 'Bearer sk_new' },
        { ...tenant, removed: true },
        { ...emptyHeader(), name: 'X-Api-Key', value: 'k-1' },
        { ...emptyHeader(), name: 'X-Empty', value: '' },
      ],
    };
    expect(connectorRequestOfDraft(edited, true).headers).toEqual({
      Authorization: 'Bearer sk_new',
      'X-Tenant': '',
      'X-Api-Key': 'k-1',
    });
  });

  it('makes a creation request the contract accepts, and leaves what is wrong for it to name', () => {
    const draft: ConnectorDraft = {
      ...draftOfConnector(null),
      name: 'Orders',
      urlTemplate: ' https://shop.example.com/orders?email={{customer.email}} ',
      headers: [{ ...emptyHeader(), name: 'Authorization', value: 'Bearer x' }],
    };
    draft.fields = [{ ...draft.fields[0]!, label: 'Total', path: 'total', format: 'money', currency: 'eur' }];
    const parsed = CreateConnectorRequest.parse(connectorRequestOfDraft(draft, false));
    expect(parsed).toMatchObject({
      kind: 'http_get',
      urlTemplate: 'https://shop.example.com/orders?email={{customer.email}}',
      headers: { Authorization: 'Bearer x' },
      mapping: { mode: 'object', fields: [{ label: 'Total', path: 'total', format: 'money', currency: 'EUR' }] },
    });

    const wrong = connectorRequestOfDraft(
      { ...draft, timeoutMs: 'soon', headers: [{ ...emptyHeader(), name: 'X', value: '' }] },
      false,
    );
    const problems = CreateConnectorRequest.safeParse(wrong).error?.issues.map((issue) => issue.path.join('.'));
    expect(problems).toEqual(expect.arrayContaining(['timeoutMs', 'headers.X']));

    const signed = connectorRequestOfDraft({ ...draft, kind: 'signed' }, false);
    expect(signed).not.toHaveProperty('mapping');
    expect(signed).not.toHaveProperty('actions');
  });

  it('reads badge colours and action bodies as admins write them', () => {
    expect(parseTones('active: good,  Overdue : BAD, ')).toEqual({ active: 'good', Overdue: 'bad' });
    expect(parseTones('')).toBeUndefined();
    // Not "value: tone": kept as written, so the contract refuses it by name.
    expect(parseTones('active: green')).toEqual({ active: 'active: green' });
    expect(tonesText({ shipped: 'good', late: 'bad' })).toBe('shipped: good, late: bad');
    expect(parseBody('customer: {{customer.externalId}}\n\ndays: 7\nurl: https://x.example/a')).toEqual({
      customer: '{{customer.externalId}}',
      days: '7',
      url: 'https://x.example/a',
    });
    expect(parseBody('  ')).toBeUndefined();
  });
});
