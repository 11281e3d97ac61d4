import {
  CSRF_HEADER,
  QUALITY_API,
  type QualitySettings,
  type RescoreRun,
  type ScorecardEntry,
  type ScorecardSaved,
} from '@sincere/contracts';
import type { BenchCaller } from '../inbox-scale/http-client';

/** The latest run as the settings page shows it, this many milliseconds after the scorecard was saved. */
export interface ProgressSample {
  ms: number;
  run: RescoreRun | null;
}

/** How often the page asks for progress, in the idle window too, so that both windows carry the same load. */
const POLL_MS = 1000;

/**
 * What a QA lead does: opens the default scorecard and gives one category more weight and another less, then
 * saves. The server answers with the new version and the re-scoring run it started.
 */
export async function changeScorecardWeights(admin: BenchCaller): Promise<{ saved: ScorecardSaved; ms: number }> {
  const settings = await admin.get(QUALITY_API.settings);
  if (settings.status !== 200) throw new Error(`QA settings answered ${settings.status}`);
  const { defaultScorecardId } = settings.body as QualitySettings;
  const read = await admin.get(QUALITY_API.scorecard(defaultScorecardId));
  if (read.status !== 200) throw new Error(`the scorecard answered ${read.status}`);
  const entry = read.body as ScorecardEntry;
  const automatic = entry.categories.filter((category) => category.automatic === 'auto');
  const heavier = automatic[0]?.key;
  const lighter = automatic.at(-1)?.key;
  const categories = entry.categories.map((category) =>
    category.key === heavier
      ? { ...category, weight: Math.min(100, category.weight * 2) }
      : category.key === lighter
        ? { ...category, weight: Math.max(1, Math.round(category.weight / 2)) }
        : category,
  );
  const startedAt = performance.now();
  const response = await fetch(`${admin.base}${QUALITY_API.scorecard(defaultScorecardId)}`, {
    method: 'PATCH',
    headers: {
      cookie: admin.cookie,
      [CSRF_HEADER]: admin.session?.csrfToken ?? '',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ categories }),
  });
  const text = await response.text();
  const ms = performance.now() - startedAt;
  if (response.status !== 200) throw new Error(`saving the scorecard answered ${response.status}: ${text}`);
  const saved = JSON.parse(text) as ScorecardSaved;
  if (!saved.newVersion || !saved.rescore) throw new Error('the weight change started no re-scoring');
  return { saved, ms };
}

/** Asks for the latest run every second until `stop` says so (given the latest sample). */
export async function watchRescore(
  admin: BenchCaller,
  since: number,
  stop: (latest: ProgressSample) => boolean,
): Promise<ProgressSample[]> {
  const samples: ProgressSample[] = [];
  for (;;) {
    const askedAt = performance.now();
    const answer = await admin.get(QUALITY_API.rescoreRun);
    if (answer.status !== 200) throw new Error(`re-scoring progress answered ${answer.status}`);
    const sample = { ms: performance.now() - since, run: answer.body as RescoreRun | null };
    samples.push(sample);
    if (stop(sample)) return samples;
    const wait = askedAt + POLL_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
