import type { AppContext } from '../../context';
import { wakeSnoozed } from './update-conversation';

export async function registerConversationJobs(ctx: AppContext): Promise<void> {
  await ctx.jobs.work('conversations.wake-snoozed', (job) => wakeSnoozed(ctx, job));
}
