import { CreateWebhookRequest, UpdateWebhookRequest, type WebhookEndpoint } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../../forms/validate';
import { draftOfWebhook, toggleEvent, webhookRequestOfDraft } from './webhook-draft';

const endpoint: WebhookEndpoint = {
  id: '0195f3a0-0000-7000-8000-0000000000aa',
  url: 'https://crm.example/hooks/sincere',
  events: ['conversation.created'],
  description: 'CRM sync',
  active: true,
  allowPrivate: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('webhook drafts', () => {
  it('creates an endpoint for the ticked events, without an empty description', () => {
    const draft = {
      ...draftOfWebhook(null),
      url: ' https://crm.example/hooks ',
      events: toggleEvent([], 'message.inbound', true),
    };
    expect(validate(CreateWebhookRequest, webhookRequestOfDraft(draft, false))).toEqual({
      ok: true,
      data: { url: 'https://crm.example/hooks', events: ['message.inbound'], active: true, allowPrivate: false },
    });
  });

  it('refuses an address that is not http or https, on the url field', () => {
    const draft = { ...draftOfWebhook(null), url: 'ftp://crm.example/hooks' };
    expect(validate(CreateWebhookRequest, webhookRequestOfDraft(draft, false))).toEqual({
      ok: false,
      problems: { url: { kind: 'invalid' } },
    });
  });

  it('clears the description of an endpoint when it is emptied', () => {
    const draft = { ...draftOfWebhook(endpoint), description: '  ' };
    expect(validate(UpdateWebhookRequest, webhookRequestOfDraft(draft, true))).toEqual({
      ok: true,
      data: {
        url: 'https://crm.example/hooks/sincere',
        events: ['conversation.created'],
        description: null,
        allowPrivate: false,
      },
    });
  });

  it('keeps ticked events in the contract’s order, and unticks them', () => {
    const events = toggleEvent(toggleEvent([], 'sla.breached', true), 'conversation.created', true);
    expect(events).toEqual(['conversation.created', 'sla.breached']);
    expect(toggleEvent(events, 'sla.breached', false)).toEqual(['conversation.created']);
  });
});
