import type { AgentPromise } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { ActionConfirmForm, type ActionConfirmRequest } from './action-confirm-dialog';

async function instance(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng, initAsync: false, interpolation: { escapeValue: false } });
  return i18n;
}

const promise = (id: string, what: string, status: AgentPromise['status']): AgentPromise => ({
  id,
  conversationId: '00000000-0000-4000-8000-0000000000c1',
  messageId: null,
  owner: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Diego' },
  what,
  dueAt: '2030-03-15T10:00:00.000Z',
  timeText: null,
  status,
  remindAt: '2030-03-15T09:00:00.000Z',
  remindedAt: null,
  brokenAt: null,
  keptAt: null,
  keptBy: null,
  evidence: null,
  cancelledAt: null,
  cancelReason: null,
  createdBy: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  customer: null,
});

const request: ActionConfirmRequest = {
  action: { id: 'extend', label: 'Extend 7 days' },
  body: 'Extend this subscription by 7 days?',
  promises: [
    promise('00000000-0000-4000-8000-0000000000b1', 'Replace the charger', 'broken'),
    promise('00000000-0000-4000-8000-0000000000b2', 'Extend the subscription', 'open'),
  ],
};

const render = async (lng: 'en' | 'ru') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await instance(lng)}>
      <ActionConfirmForm request={request} onAnswer={() => undefined} />
    </I18nextProvider>,
  );

describe('confirming a card action that may keep a promise', () => {
  it('asks the question, offers None (chosen) and each unsettled promise, and confirms with the action’s name', async () => {
    const html = await render('en');
    expect(html).toContain('Extend this subscription by 7 days?');
    expect(html).toContain('This keeps the promise:');
    // The one chosen radio is the one labelled None.
    expect(html.match(/checked=""[^>]*\/><span class="choice__label">([^<]*)</)?.[1]).toBe('None');
    expect(html).toContain('Replace the charger');
    expect(html).toContain('broken — was due ');
    expect(html).toContain('Extend the subscription');
    expect(html).toMatch(/due [^<]*2030/);
    expect(html).toContain('value="00000000-0000-4000-8000-0000000000b2"');
    expect(html.match(/checked=""/g)).toHaveLength(1);
    expect(html).toMatch(/<button type="submit"[^>]*>Extend 7 days<\/button>/);
    expect(html).toContain('>Cancel</button>');
  });

  it('speaks Russian', async () => {
    const html = await render('ru');
    expect(html).toContain('Это действие выполняет обещание:');
    expect(html).toContain('Никакое');
    expect(html).toContain('нарушено — срок был ');
  });
});
