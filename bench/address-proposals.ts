import { performance } from 'node:perf_hooks';
import {
  addressFor,
  BLIND_ADDRESS_SET_FILE,
  loadAddressSet,
  measureAddressSet,
} from '../apps/server/src/modules/etiquette/address-set';
import { SHIPPED_PROFILES } from '../apps/server/src/modules/etiquette/profiles';
import type { Benchmark, BenchmarkResult } from './report';

const TIMING_ROUNDS = 5;
const percent = (value: number) => value * 100;

/**
 * Forms of address judged on hand-labelled customers (names in capitals, emails for names, patronymics, double
 * surnames, locale and country that disagree): how often the right locale profile is chosen, how often the
 * proposal is exactly what a careful agent would write, how many of the expected alternatives are offered,
 * and how long choosing a profile and proposing an address takes per customer.
 */
export const addressProposals: Benchmark = {
  name: 'address-proposals',
  description: 'Address proposals: profile chosen, proposal exact and alternatives offered on labelled customers',
  run(): Promise<BenchmarkResult> {
    const set = loadAddressSet();
    const figures = measureAddressSet(set);
    const blindSet = loadAddressSet(BLIND_ADDRESS_SET_FILE);
    const blind = measureAddressSet(blindSet);
    const samples = Array.from({ length: TIMING_ROUNDS }, () => {
      const startedAt = performance.now();
      for (const entry of set) addressFor(entry, SHIPPED_PROFILES);
      return (performance.now() - startedAt) / set.length;
    });
    const misses = figures.misses.map((miss) => `${miss.id} ${miss.what}: expected ${miss.expected}, got ${miss.got}`);
    return Promise.resolve({
      name: 'address-proposals',
      measuredAt: new Date().toISOString(),
      setup: { labelledCustomers: set.length, profiles: SHIPPED_PROFILES.length },
      measurements: [
        {
          label: 'profile chosen correctly',
          unit: '%',
          kind: 'measure',
          samples: [percent(figures.profileAccuracy)],
          targetMin: 97,
        },
        {
          label: 'proposal exactly right',
          unit: '%',
          kind: 'measure',
          samples: [percent(figures.proposalAccuracy)],
          targetMin: 95,
        },
        {
          label: 'expected alternatives offered',
          unit: '%',
          kind: 'measure',
          samples: [percent(figures.alternativesRecall)],
          targetMin: 95,
        },
        {
          label: 'blind: profile chosen correctly',
          unit: '%',
          kind: 'detail',
          samples: [percent(blind.profileAccuracy)],
        },
        {
          label: 'blind: proposal exactly right',
          unit: '%',
          kind: 'detail',
          samples: [percent(blind.proposalAccuracy)],
        },
        {
          label: 'blind: expected alternatives offered',
          unit: '%',
          kind: 'detail',
          samples: [percent(blind.alternativesRecall)],
        },
        { label: 'time per customer', unit: 'ms', kind: 'measure', samples, target: 1 },
      ],
      notes: [
        'the set was written by the engineer who wrote the proposals, so it measures agreement with their reading of the sources, not with a second labeller',
        misses.length > 0 ? `misses: ${misses.join('; ')}` : 'no misses',
        `blind set (${blindSet.length} customers, a second labeller who did not read the code): ${blind.misses.length} misses: ${blind.misses.map((miss) => `${miss.id} ${miss.what}: expected ${miss.expected}, got ${miss.got}`).join('; ')}`,
      ],
      breakdown: Object.fromEntries(
        Object.entries(figures.byLocale).map(([locale, group]) => [
          `locale ${locale}`,
          { customers: group.customers, proposalRight: percent(group.proposalRight / group.customers) },
        ]),
      ),
    });
  },
};

if (process.argv[1]?.endsWith('address-proposals.ts')) {
  const result = await addressProposals.run();
  for (const m of result.measurements) {
    const value = m.samples.reduce((sum, sample) => sum + sample, 0) / m.samples.length;
    console.log(`${m.label}: ${m.unit === 'ms' ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} %`}`);
  }
  for (const note of result.notes) console.log(`note: ${note}`);
}
