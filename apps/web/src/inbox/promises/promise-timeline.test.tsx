import type { ConversationEvent, ReplyCheck } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { ToastProvider } from '../../ui/toast-context';
import { buildTimeline } from '../timeline';
import { TimelineEvent } from '../timeline-event';
import { describePromiseEvent } from './promise-timeline';
import { ReplyInsights } from './reply-insights';
import type { ReplyCheckState } from './use-reply-check';

async function instance(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng, initAsync: false, interpolation: { escapeValue: false } });
  return i18n;
}
const en = await instance('en');
const ru = await instance('ru');

const DANA = '00000000-0000-4000-8000-00000000d0d0';
const OLEG = '00000000-0000-4000-8000-00000000a1e9';
const names: Record<string, string> = { [DANA]: 'Dana', [OLEG]: 'Oleg' };
const nameOf = (id: string | null) => (id ? (names[id] ?? 'someone') : 'someone');

let seq = 0;
const event = (
  type: ConversationEvent['type'],
  data: Record<string, unknown>,
  actor: string | null = DANA,
): ConversationEvent => {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    conversationId: '00000000-0000-4000-8000-0000000000c1',
    type,
    actorType: actor ? 'user' : 'system',
    actorId: actor,
    data: {
      promiseId: 'p',
      what: 'a specialist comes <b>today</b>',
      dueAt: '2026-11-26T15:30:00.000Z',
      ownerId: DANA,
      ...data,
    },
    occurredAt: '2026-11-26T10:00:00.000Z',
  };
};

const line = (i18n: typeof en, shown: ConversationEvent) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <TimelineEvent event={shown} nameOf={nameOf} />
    </I18nextProvider>,
  );

describe('promise events in the history', () => {
  it('are shown between the messages, not filtered out', () => {
    const made = event('promise.made', {});
    expect(buildTimeline([], [made]).map((entry) => entry.kind)).toEqual(['event']);
  });

  it('tell who promised what and when it is due, with the customer’s words as text', () => {
    const html = line(en, event('promise.made', {}));
    expect(html).toContain('Dana promised: a specialist comes &lt;b&gt;today&lt;/b&gt; — due today');
    expect(html).not.toContain('<b>');
    expect(line(ru, event('promise.made', {}))).toContain('Dana пообещал(а): a specialist comes');
  });

  it('names both people when someone tracks a colleague’s promise', () => {
    expect(describePromiseEvent(event('promise.made', {}, OLEG), nameOf)?.key).toBe('madeFor');
    expect(line(en, event('promise.made', {}, OLEG))).toContain('Oleg tracked a promise of Dana');
  });

  it('shows a broken promise as an alert', () => {
    const html = line(en, event('promise.broken', {}, null));
    expect(html).toContain('timeline-event--alert');
    expect(html).toContain('Promise broken: a specialist comes');
    expect(line(ru, event('promise.broken', {}, null))).toContain('Обещание нарушено');
  });

  it('says when a promise was kept late, or by a reply', () => {
    expect(line(en, event('promise.kept', { late: true, evidence: { kind: 'owner' } }))).toContain('Kept (late):');
    expect(line(ru, event('promise.kept', { late: true, evidence: { kind: 'owner' } }))).toContain(
      'Выполнено (с опозданием):',
    );
    const byReply = event('promise.kept', { late: false, evidence: { kind: 'message', messageId: 'm', text: 'done' } });
    expect(describePromiseEvent(byReply, nameOf)?.key).toBe('keptByReply');
    expect(line(en, event('promise.kept', { late: false, evidence: { kind: 'owner' } }))).toContain('Promise kept:');
  });

  it('gives the reason of a cancellation', () => {
    expect(line(en, event('promise.cancelled', { reason: 'Customer will come himself' }))).toContain(
      'Promise cancelled: a specialist comes &lt;b&gt;today&lt;/b&gt; — “Customer will come himself”',
    );
    expect(line(ru, event('promise.cancelled', { reason: 'Клиент приедет сам' }))).toContain('«Клиент приедет сам»');
  });

  it('tells the follow-up’s plan and that it went out', () => {
    const planned = event('follow_up.scheduled', { followUpId: 'f', mode: 'send' });
    expect(line(en, planned)).toContain('Dana plans to follow up');
    expect(line(en, event('follow_up.scheduled', { followUpId: 'f', mode: 'remind' }))).toContain(
      'Dana will be reminded to follow up',
    );
    expect(line(en, event('follow_up.sent', { followUpId: 'f', mode: 'send' }, null))).toContain('Follow-up sent');
    expect(line(ru, event('follow_up.sent', { followUpId: 'f', mode: 'send' }, null))).toContain(
      'Повторное сообщение отправлено',
    );
  });

  it('leaves other events to the general description', () => {
    expect(describePromiseEvent(event('conversation.merged', {}), nameOf)).toBeNull();
  });
});

const check: ReplyCheck = {
  promises: [
    {
      what: 'специалист приедет сегодня до 15:30',
      start: 0,
      end: 35,
      dueAt: '2026-11-26T12:30:00.000Z',
      timeText: 'сегодня до 15:30',
      language: 'ru',
    },
    { what: 'we will look into it', start: 40, end: 60, dueAt: null, timeText: null, language: 'en' },
  ],
  defaultDueAt: '2026-11-27T10:00:00.000Z',
  coaching: [{ check: 'brush_off', text: 'anything else I can help with?', start: 70, end: 99, language: 'en' }],
  culture: [],
  language: 'ru',
};

const insights = (i18n: typeof en, state: Partial<ReplyCheckState>) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ToastProvider>
        <ReplyInsights
          state={{ check: null, proposals: [], sent: () => undefined, dismiss: () => undefined, ...state }}
          customerTimeZone={null}
        />
      </ToastProvider>
    </I18nextProvider>,
  );

describe('under the reply being written', () => {
  it('lists each promise with its due time, or the default when none was said', () => {
    const html = insights(en, { check });
    expect(html).toContain('Promise: специалист приедет сегодня до 15:30 — due');
    expect(html).toContain('Promise: we will look into it — no time said: follow up');
  });

  it('explains a coaching warning and offers a better pattern, without blocking the send', () => {
    const html = insights(en, { check });
    expect(html).toContain('A brush-off');
    expect(html).toContain('“anything else I can help with?”');
    expect(html).toContain('Say who does what next');
    expect(html).toContain('the reply can be sent as it is');
    expect(insights(ru, { check })).toContain('Отписка');
  });

  it('offers to track the promises of a sent reply, with a Track button in the reader’s language', () => {
    const proposal = {
      key: 'm:0',
      conversationId: 'c',
      messageId: 'm',
      suggestion: check.promises[0]!,
      defaultDueAt: check.defaultDueAt,
    };
    const html = insights(en, { proposals: [proposal] });
    expect(html).toContain('data-testid="promise-proposal"');
    expect(html).toContain('Track this promise?');
    expect(html).toMatch(/<button[^>]*>Track<\/button>/);
    expect(insights(ru, { proposals: [proposal] })).toMatch(/<button[^>]*>Отслеживать<\/button>/);
  });

  it('shows nothing while there is nothing to say', () => {
    expect(insights(en, {})).not.toContain('reply-insights');
  });
});
