import type { AppContext } from '../../context';
import { runHourlyQuality } from './assignments';
import { rescoreSlice } from './rescore';
import { runAutoReview } from './run-auto-review';

export async function registerQualityJobs(ctx: AppContext): Promise<void> {
  await ctx.jobs.work('quality.auto-review', (job) => runAutoReview(ctx, job));
  await ctx.jobs.work('quality.rescore', (job) => rescoreSlice(ctx, job));
  await ctx.jobs.work('quality.sample-weekly', () => runHourlyQuality(ctx));
  // Hourly, so that each account's week is sampled soon after its own Monday begins, whatever its time zone.
  await ctx.jobs.schedule('quality.sample-weekly', '7 * * * *', {});
}
