import type { RescoreRun } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { RescoreStatus } from './rescore-status';

async function instance(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng, initAsync: false, interpolation: { escapeValue: false } });
  return i18n;
}
const en = await instance('en');
const ru = await instance('ru');

const run = (status: RescoreRun['status'], done: number, total: number, error: string | null = null): RescoreRun => ({
  id: '00000000-0000-4000-8000-000000000001',
  scorecardId: '00000000-0000-4000-8000-000000000002',
  status,
  done,
  total,
  error,
  startedAt: '2025-03-01T10:00:00.000Z',
  finishedAt: status === 'running' ? null : '2025-03-01T10:05:00.000Z',
});

const render = (props: Parameters<typeof RescoreStatus>[0], i18n = en) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <RescoreStatus {...props} />
    </I18nextProvider>,
  );

describe('the re-scoring status', () => {
  it('says which version was saved and shows the progress bar while automatic reviews are scored again', () => {
    const html = render({ saved: { name: 'Standard', version: 4 }, run: run('running', 30, 120), showFinished: true });
    expect(html).toContain('Version 4 of “Standard” saved.');
    expect(html).toContain(
      '<progress class="rescore-status__bar" aria-labelledby="rescore-label" value="30" max="120">',
    );
    expect(html).toContain('30 of 120 (25 %)');
  });

  it('announces the end of a run it followed', () => {
    const html = render({ saved: null, run: run('done', 120, 120), showFinished: true });
    expect(html).toContain('All 120 automatic reviews scored again with the new version.');
    expect(html).not.toContain('<progress');
  });

  it('keeps quiet about a run that finished before the page was opened', () => {
    expect(render({ saved: null, run: run('done', 120, 120), showFinished: false })).toBe('');
  });

  it('still shows a run found running, and a failed one with its reason', () => {
    expect(render({ saved: null, run: run('running', 0, 0), showFinished: false })).toContain('<progress');
    expect(render({ saved: null, run: run('failed', 3, 9, 'timeout'), showFinished: false })).toContain(
      'Scoring again stopped: timeout',
    );
  });

  it('speaks Russian with Russian plurals', () => {
    const html = render({ saved: null, run: run('done', 22, 22), showFinished: true }, ru);
    expect(html).toContain('Пересчитаны все 22 автоматические проверки по новой версии.');
  });
});
