import type { Group, Probe, Walk, Workload } from './workload';

export interface Sample {
  group: Group;
  kind: string;
  status: number;
  serverMs: number;
  clientMs: number;
  /** Items in the answer (conversations, search hits, customers, views). */
  items: number;
}

/** A fixed-seed shuffle (mulberry32): every run asks in the same interleaved order. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * Asks everything once, one request at a time (so that each is timed alone), in a
 * shuffled order, with a page of one of the keyset walks after every few requests.
 */
export async function runPass(workload: Workload, seed: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const walks = workload.walks.map((walk) => ({ walk, page: 0, cursor: null as string | null, done: false }));
  const probes = shuffled(workload.probes, seed);
  const walkPages = walks.reduce((total, walk) => total + walk.walk.pages, 0);
  const every = Math.max(1, Math.floor(probes.length / Math.max(1, walkPages)));
  let nextWalk = 0;
  for (const [i, probe] of probes.entries()) {
    samples.push(await ask(probe));
    if (i % every !== 0) continue;
    const open = walks.filter((state) => !state.done);
    const state = open[nextWalk % Math.max(1, open.length)];
    nextWalk += 1;
    if (state) await turnPage(state, samples);
  }
  for (const state of walks) while (!state.done) await turnPage(state, samples);
  return samples;
}

async function ask(probe: Probe): Promise<Sample> {
  const answer = await probe.caller.get(probe.path);
  return {
    group: probe.group,
    kind: probe.kind,
    status: answer.status,
    serverMs: answer.serverMs,
    clientMs: answer.clientMs,
    items: itemsOf(answer.body),
  };
}

async function turnPage(
  state: { walk: Walk; page: number; cursor: string | null; done: boolean },
  samples: Sample[],
): Promise<void> {
  const { walk } = state;
  const path = state.cursor ? `${walk.path}&cursor=${encodeURIComponent(state.cursor)}` : walk.path;
  const answer = await walk.caller.get(path);
  state.page += 1;
  const next = (answer.body as { nextCursor?: string | null } | null)?.nextCursor ?? null;
  // The first page is what the first-page groups measure; pages 2… are the deep ones.
  if (state.page > 1) {
    samples.push({
      group: 'deep',
      kind: walk.kind,
      status: answer.status,
      serverMs: answer.serverMs,
      clientMs: answer.clientMs,
      items: itemsOf(answer.body),
    });
  }
  state.cursor = next;
  state.done = !next || state.page >= walk.pages || answer.status !== 200;
}

function itemsOf(body: unknown): number {
  const items = (body as { items?: unknown[] } | null)?.items;
  return Array.isArray(items) ? items.length : 0;
}
