import { describe, expect, it } from 'vitest';
import { ConnectorCard, ConnectorMapping } from '@sincere/contracts';
import { MappingError, mapResponse, mappingProblem } from './map-response';

const subscription = {
  plan: { name: 'Pro', renewsAt: '2025-03-01T10:00:00+02:00', price: '49.90', currency: 'eur' },
  status: 'Active',
  autoRenew: true,
  seats: 12,
  portal: 'https://billing.example.com/portal/42',
  invoices: [{ total: 49.9 }, { total: 12 }],
  tags: ['vip'],
  nothing: null,
};

describe('mapping a JSON answer to a card', () => {
  it('reads dotted paths with indices and formats each field', () => {
    const mapping = ConnectorMapping.parse({
      title: 'Subscription',
      fields: [
        { label: 'Plan', path: 'plan.name' },
        { label: 'Price', path: 'plan.price', format: 'money', currencyPath: 'plan.currency' },
        { label: 'Last invoice', path: 'invoices.0.total', format: 'money', currency: 'usd' },
        { label: 'Renews', path: 'plan.renewsAt', format: 'date' },
        { label: 'Status', path: 'status', format: 'badge', badgeTones: { active: 'good', overdue: 'bad' } },
        { label: 'Auto-renew', path: 'autoRenew' },
        { label: 'Seats', path: 'seats' },
        { label: 'Portal', path: 'portal', format: 'link' },
        { label: 'Missing', path: 'plan.discount' },
        { label: 'Null', path: 'nothing' },
      ],
    });
    const card = mapResponse(subscription, mapping);
    expect(card).toEqual({
      title: 'Subscription',
      fields: [
        { label: 'Plan', format: 'text', value: 'Pro' },
        { label: 'Price', format: 'money', value: 49.9, currency: 'EUR' },
        { label: 'Last invoice', format: 'money', value: 49.9, currency: 'USD' },
        { label: 'Renews', format: 'date', value: '2025-03-01T08:00:00.000Z' },
        { label: 'Status', format: 'badge', value: 'Active', tone: 'good' },
        { label: 'Auto-renew', format: 'text', value: 'yes' },
        { label: 'Seats', format: 'text', value: 12 },
        { label: 'Portal', format: 'link', value: subscription.portal, href: subscription.portal },
        { label: 'Missing', format: 'text', value: null },
        { label: 'Null', format: 'text', value: null },
      ],
    });
    expect(ConnectorCard.safeParse(card).success).toBe(true);
  });

  it('explains a field that points at an object or a list instead of showing [object Object]', () => {
    const mapping = ConnectorMapping.parse({
      fields: [
        { label: 'Plan', path: 'plan' },
        { label: 'Tags', path: 'tags' },
      ],
    });
    const [plan, tags] = mapResponse(subscription, mapping).fields;
    expect(plan).toMatchObject({
      value: null,
      error: 'plan is an object, not a single value: map one of its parts, such as plan.name',
    });
    expect(tags).toMatchObject({ value: null, error: expect.stringMatching(/tags is a list.*tags\.0/) });
  });

  it('marks values that do not fit their format, keeping them visible', () => {
    const mapping = ConnectorMapping.parse({
      fields: [
        { label: 'Price', path: 'status', format: 'money' },
        { label: 'Renews', path: 'status', format: 'date' },
      ],
    });
    expect(mapResponse(subscription, mapping).fields).toEqual([
      { label: 'Price', format: 'money', value: 'Active', error: 'status is not an amount' },
      { label: 'Renews', format: 'date', value: 'Active', error: 'status is not a date' },
    ]);
  });

  it('keeps plain dates as dates and reads Unix times in seconds or milliseconds', () => {
    const mapping = ConnectorMapping.parse({
      fields: ['day', 'seconds', 'millis'].map((path) => ({ label: path, path, format: 'date' })),
    });
    const values = mapResponse(
      { day: '2025-03-01', seconds: 1_700_000_000, millis: 1_700_000_000_000 },
      mapping,
    ).fields.map((field) => field.value);
    expect(values).toEqual(['2025-03-01', '2023-11-14T22:13:20.000Z', '2023-11-14T22:13:20.000Z']);
  });

  it('makes one item per element in list mode, with link templates over the item and the customer', () => {
    const orders = Array.from({ length: 60 }, (_, index) => ({
      id: `A-${index}`,
      total: index * 10,
      currency: 'EUR',
      state: index === 0 ? 'shipped' : 'pending',
    }));
    const mapping = ConnectorMapping.parse({
      mode: 'list',
      listPath: 'data.orders',
      title: 'Orders',
      itemTitlePath: 'id',
      fields: [
        { label: 'Total', path: 'total', format: 'money', currencyPath: 'currency' },
        { label: 'State', path: 'state', format: 'badge', badgeTones: { shipped: 'good' } },
        {
          label: 'Open',
          path: 'id',
          format: 'link',
          hrefTemplate: 'https://shop.example.com/c/{{customer.externalId}}/orders/{{item.id}}',
        },
      ],
    });
    const card = mapResponse({ data: { orders } }, mapping, { customer: { externalId: 'c 1' } });
    expect(card.title).toBe('Orders');
    expect(card.fields).toEqual([]);
    expect(card.items).toHaveLength(50);
    expect(card.items?.[0]).toEqual({
      title: 'A-0',
      fields: [
        { label: 'Total', format: 'money', value: 0, currency: 'EUR' },
        { label: 'State', format: 'badge', value: 'shipped', tone: 'good' },
        { label: 'Open', format: 'link', value: 'A-0', href: 'https://shop.example.com/c/c%201/orders/A-0' },
      ],
    });
    expect(card.items?.[1]?.fields[1]).toEqual({ label: 'State', format: 'badge', value: 'pending' });
    expect(ConnectorCard.safeParse(card).success).toBe(true);

    const withoutCustomer = mapResponse({ data: { orders: orders.slice(0, 1) } }, mapping);
    expect(withoutCustomer.items?.[0]?.fields[2]).toMatchObject({
      value: 'A-0',
      error: 'The link needs customer.externalId, and there is no customer here',
    });
  });

  it('reads a list that is the whole answer, and says where the list was not', () => {
    const mapping = ConnectorMapping.parse({ mode: 'list', fields: [{ label: 'Id', path: 'id' }] });
    expect(mapResponse([{ id: 1 }, { id: 2 }], mapping).items).toEqual([
      { fields: [{ label: 'Id', format: 'text', value: 1 }] },
      { fields: [{ label: 'Id', format: 'text', value: 2 }] },
    ]);
    expect(() => mapResponse({ id: 1 }, mapping)).toThrow(
      new MappingError('The answer is an object, not a list: set the list path to where the list is'),
    );
    expect(() => mapResponse({ data: { orders: 'none' } }, { ...mapping, listPath: 'data.orders' })).toThrow(
      'The answer has a string at data.orders, not a list',
    );
    expect(() => mapResponse({}, { ...mapping, listPath: 'data.orders' })).toThrow(
      'The answer has nothing at data.orders, not a list',
    );
    expect(() => mapResponse('text', ConnectorMapping.parse({ fields: [{ label: 'Id', path: 'id' }] }))).toThrow(
      'The answer is a string, not an object',
    );
  });

  it('cuts long text to fit a card', () => {
    const mapping = ConnectorMapping.parse({ fields: [{ label: 'Note', path: 'note' }] });
    const [note] = mapResponse({ note: 'x'.repeat(5000) }, mapping).fields;
    expect(note?.value).toHaveLength(1000);
    expect(String(note?.value).endsWith('…')).toBe(true);
  });

  it('refuses link templates that could pick the host when a mapping is saved', () => {
    const mapping = ConnectorMapping.parse({
      fields: [
        { label: 'Id', path: 'id', format: 'link', hrefTemplate: 'https://shop.example.com/{{item.id}}' },
        { label: 'Site', path: 'site', format: 'link', hrefTemplate: 'https://{{item.site}}/' },
      ],
    });
    expect(mappingProblem(mapping)).toEqual({
      field: 'fields.1.hrefTemplate',
      message: expect.stringMatching(/host cannot be a placeholder/),
    });
    expect(mappingProblem({ ...mapping, fields: mapping.fields.slice(0, 1) })).toBeNull();
  });
});
