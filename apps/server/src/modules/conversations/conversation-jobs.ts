import type { AppContext } from '../../context';
import { wakeSnoozed } from './update-conversation';
import { sendForward } from './send-forward';
import { reactToPending } from './pending-reactions';

export async function registerConversationJobs(ctx: AppContext): Promise<void> {
  await ctx.jobs.work('conversations.wake-snoozed', (job) => wakeSnoozed(ctx, job));
  await ctx.jobs.work('conversations.forward', (job) => sendForward(ctx, job));
  await ctx.jobs.work('conversations.react-pending', async () => {
    const { failed } = await reactToPending(ctx);
    // Thrown so that the queue records it; the records stay and the next minute retries them.
    if (failed > 0) throw new Error(`${failed} conversation changes still have failing listeners`);
  });
  await ctx.jobs.schedule('conversations.react-pending', '* * * * *', {});
}
