import type { Database } from '@sincere/db';
import type { AfterCommit } from './after-commit';
import type { Config } from './config';
import type { AttachmentStorage } from './modules/attachments/attachment-storage';
import type { ConversationListeners } from './modules/conversations/conversation-listeners';
import type { JobQueue } from './modules/jobs/job-queue';
import type { RealtimeHub } from './modules/realtime/realtime-hub';

/** The clock is injected so that tests (and later, promise deadlines) can move time. */
export type Clock = () => Date;

/** What services need from the running process. One per process; requests share it. */
export interface AppContext {
  config: Config;
  database: Database;
  clock: Clock;
  jobs: JobQueue;
  realtime: RealtimeHub;
  /** Routing, SLA and notifications react to conversation changes through these. */
  conversationListeners: ConversationListeners;
  /** Where attachment bytes live: local disk or an S3-compatible bucket. */
  attachmentStorage: AttachmentStorage;
  /** Runs a committed change's reactions (deltas, listeners): in the background in production, inline in tests. */
  afterCommit: AfterCommit;
}
