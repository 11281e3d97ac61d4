import type { Coaching, ScorecardEntry } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { CoachingContent } from './coaching-content';

async function instance(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng, initAsync: false, interpolation: { escapeValue: false } });
  return i18n;
}
const en = await instance('en');
const ru = await instance('ru');

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const scorecard: ScorecardEntry = {
  id: id(100),
  familyId: id(100),
  current: true,
  isDefault: true,
  createdAt: '2025-03-01T10:00:00.000Z',
  version: 2,
  name: { en: 'Standard', ru: 'Стандарт' },
  categories: [
    {
      key: 'ownership',
      name: { en: 'Ownership', ru: 'Ответственность' },
      description: {
        en: '0: the customer is sent elsewhere. 1: someone takes it, no next step. 2: an owner and a next step, without when. 3: a clear owner, the next step and when the customer will hear back.',
        ru: '0: клиента отправляют «куда-нибудь ещё». 1: кто-то взялся, но следующего шага нет. 2: есть ответственный и шаг, но без сроков. 3: понятно, кто отвечает, что будет дальше и когда клиент получит ответ.',
      },
      weight: 20,
      scale: 'four',
      allowNa: false,
      critical: false,
      automatic: 'auto',
    },
  ],
};
const coaching: Coaching = {
  agent: { id: id(1), name: 'Дарья' },
  iqs: 64.2,
  automatic: 70,
  reviews: 3,
  byCategory: [{ category: 'ownership', score: 41.7, count: 6 }],
  weakest: [
    {
      category: 'ownership',
      score: 41.7,
      examples: [
        {
          reviewId: id(10),
          conversationId: id(20),
          conversationSubject: 'Не пришёл возврат',
          value: 0,
          score: 35,
          evidence: [
            { messageId: id(30), quote: 'Обратитесь в банк, мы тут ничего не можем', rule: 'ownership.sent_elsewhere' },
          ],
          quote: 'Обратитесь в банк, мы тут ничего не можем',
        },
      ],
      better: [
        {
          reviewId: id(11),
          conversationId: id(21),
          conversationSubject: null,
          value: 3,
          score: 96,
          evidence: [
            {
              messageId: id(31),
              quote: 'I’ll call the courier and write back by 5 pm',
              rule: 'ownership.next_step_with_time',
            },
          ],
          quote: 'I’ll call the courier and write back by 5 pm',
        },
      ],
    },
  ],
  trend: [{ week: '2025-03-03', iqs: 64.2, automatic: 70, reviews: 3 }],
  categoryTrend: [{ week: '2025-03-03', category: 'closing', score: 25, count: 4 }],
};

const render = (i18n: typeof en, own: boolean, data: Coaching = coaching, canScore = true) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CoachingContent
        coaching={data}
        scorecard={scorecard}
        names={new Map([['ownership', 'Ownership']])}
        own={own}
        canScore={canScore}
      />
    </I18nextProvider>,
  );

describe('coaching', () => {
  it('shows the weakest category with what its best looks like, from the scorecard', () => {
    const html = render(en, true);
    expect(html).toContain('Ownership');
    expect(html).toContain('a clear owner, the next step and when the customer will hear back.');
    expect(html).toContain('Your lowest-rated conversations');
  });

  it('quotes the agent’s own words as text, with the rule’s sentence and a link to the conversation', () => {
    const html = render(en, true);
    expect(html).toContain(
      '<blockquote class="coaching-example__quote" dir="auto">Обратитесь в банк, мы тут ничего не можем</blockquote>',
    );
    expect(html).toContain(`href="/quality/conversations/${id(20)}"`);
    expect(html).toContain('Rated 0 of 3');
    expect(html).not.toContain('ownership.sent_elsewhere');
  });

  it('sends an agent to their own review and to the inbox, never to the scoring screen they cannot use', () => {
    const html = render(en, true, coaching, false);
    expect(html).toContain(`href="/quality/reviews/${id(10)}"`);
    expect(html).toContain(`href="/inbox/${id(21)}"`);
    expect(html).not.toContain('/quality/conversations/');
  });

  it('gives the better pattern beside it', () => {
    const html = render(en, true);
    expect(html).toContain('The better pattern');
    expect(html).toContain('I’ll call the courier and write back by 5 pm');
    expect(html).toContain('Rated 3 of 3');
    expect(html).toContain('(no subject)');
  });

  it('speaks of “their” conversations to a lead, and in Russian with the Russian description', () => {
    expect(render(en, false)).toContain('Their lowest-rated conversations');
    const html = render(ru, true);
    expect(html).toContain('понятно, кто отвечает, что будет дальше и когда клиент получит ответ.');
    expect(html).toContain('Оценка 0 из 3');
  });

  it('leaves out of the better pattern anything rated no higher than the agent’s own examples', () => {
    const [weak] = coaching.weakest;
    if (!weak) throw new Error('fixture');
    const same = { ...weak.examples[0]!, reviewId: id(12), conversationSubject: 'Тот же самый диалог' };
    const html = render(en, true, { ...coaching, weakest: [{ ...weak, better: [same, ...weak.better] }] });
    expect(html).not.toContain('Тот же самый диалог');
    expect(html).toContain('I’ll call the courier and write back by 5 pm');
  });

  it('has encouragement instead of an empty list when nothing is weak', () => {
    expect(render(en, true, { ...coaching, weakest: [] })).toContain('Nothing to work on here');
  });
});
