import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API, CONNECTOR_API } from '@sincere/contracts';
import { seedAccount, seedConversation, seedCustomer, seedMessage, seedUser } from '@sincere/db/testing';
import { hashPassword } from '../apps/server/src/modules/auth/password';
import { freshBenchDatabase, postgresUnavailable } from './bench-database';
import { BenchCaller, startBenchServer, type Timed } from './inbox-scale/http-client';
import type { Benchmark, BenchmarkResult, Measurement } from './report';

const DATABASE = 'sincere_bench_customer_panel';
const PASSWORD = 'bench-password-123';
const CONVERSATIONS = 5;
const MESSAGES_PER_CONVERSATION = 40;
/** How long the slow system takes to answer: the "one connector takes 5 s". */
const SLOW_MS = 5000;
/** Card requests to the slow connector kept in flight the whole time (several agents with the customer open). */
const SLOW_IN_FLIGHT = Number(process.env['BENCH_PANEL_SLOW_IN_FLIGHT'] ?? '4');
/** Measured requests of each kind. */
const SAMPLES = Number(process.env['BENCH_PANEL_SAMPLES'] ?? '200');

interface Fixture {
  url: string;
  adminEmail: string;
  customerId: string;
  conversationIds: string[];
}

/** A fresh database: one account, its admin, a customer with a few conversations full of messages. */
async function prepare(): Promise<Fixture> {
  const passwordHash = await hashPassword(PASSWORD);
  const { url, filled } = await freshBenchDatabase(DATABASE, async (database) => {
    const account = await seedAccount(database.db, { name: 'Customer panel bench' });
    const admin = await seedUser(database.db, account.id, { role: 'admin', passwordHash });
    const customer = await seedCustomer(database.db, account.id, {
      name: 'Olga Petrova',
      email: 'olga@panel.bench',
      plan: 'pro',
      company: 'Acme',
    });
    await database.query(
      `INSERT INTO customer_identities (account_id, customer_id, kind, value) VALUES ($1, $2, 'api', 'cus_42')`,
      [account.id, customer.id],
    );
    const conversationIds: string[] = [];
    for (let index = 0; index < CONVERSATIONS; index += 1) {
      const conversation = await seedConversation(database.db, account.id, customer.id, {
        subject: `Invoice question ${index + 1}`,
      });
      conversationIds.push(conversation.id);
      for (let message = 0; message < MESSAGES_PER_CONVERSATION; message += 1) {
        const inbound = message % 2 === 0;
        await seedMessage(database.db, account.id, conversation.id, {
          direction: inbound ? 'inbound' : 'outbound',
          authorUserId: inbound ? null : admin.id,
          body: inbound
            ? `My invoice ${index}-${message} shows the wrong amount, could you check it?`
            : `Thanks, I am looking at invoice ${index}-${message} now.`,
          createdAt: new Date(Date.now() - (MESSAGES_PER_CONVERSATION - message) * 60_000),
        });
      }
    }
    return { adminEmail: admin.email, customerId: customer.id, conversationIds };
  });
  return { url, ...filled };
}

/** The company's own system: /slow answers after SLOW_MS, /fast at once. */
async function startCompanySystem(): Promise<{ base: string; server: Server }> {
  const server = createServer((request, response) => {
    const answer = () =>
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ plan: { name: 'Pro' }, renewsAt: '2025-03-01', mrr: { amount: 49.5, currency: 'EUR' } }));
    if (request.url?.startsWith('/slow')) setTimeout(answer, SLOW_MS);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const mapping = {
  title: 'Subscription',
  fields: [
    { label: 'Plan', path: 'plan.name' },
    { label: 'Renews', path: 'renewsAt', format: 'date' },
    { label: 'MRR', path: 'mrr.amount', format: 'money', currencyPath: 'mrr.currency' },
  ],
};

async function createConnector(admin: BenchCaller, body: Record<string, unknown>): Promise<string> {
  const created = await admin.post(CONNECTOR_API.connectors, {
    kind: 'http_get',
    mapping,
    allowPrivate: true,
    ...body,
  });
  if (created.status !== 201) throw new Error(`creating a connector answered ${created.status}`);
  return (created.body as { id: string }).id;
}

function ok(answer: Timed, what: string): Timed {
  if (answer.status !== 200) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}

const ms = (label: string, kind: Measurement['kind'], samples: number[], target?: number): Measurement => ({
  label,
  unit: 'ms',
  kind,
  samples,
  ...(target === undefined ? {} : { target, targetPercentile: 95 }),
});

/**
 * The customer panel while one of the company's systems takes 5 s to answer
 * (PostgreSQL): each card is its own request, so the conversation and the
 * customer's profile must answer as fast as ever while card requests to the
 * slow connector wait. See BENCHMARKS.md.
 */
export const customerPanel: Benchmark = {
  name: 'customer-panel',
  description:
    'Conversation detail and customer profile (server-side p95) while card requests to a 5-second connector are in flight (PostgreSQL)',
  unavailable: postgresUnavailable,
  async run(): Promise<BenchmarkResult> {
    const fixture = await prepare();
    const company = await startCompanySystem();
    const server = await startBenchServer(fixture.url);
    try {
      const admin = await BenchCaller.signIn(server.url, fixture.adminEmail, PASSWORD);
      // A slow system may take 5 s: the admin gave it 10 s; TTL 0, so every card request goes to it.
      const slowId = await createConnector(admin, {
        name: 'Slow billing',
        urlTemplate: `${company.base}/slow/customers/{{customer.externalId}}`,
        timeoutMs: 10_000,
        cacheTtlSeconds: 0,
      });
      const fastId = await createConnector(admin, {
        name: 'Fast billing',
        urlTemplate: `${company.base}/fast/customers/{{customer.externalId}}`,
        cacheTtlSeconds: 0,
      });
      const conversationId = (index: number) => fixture.conversationIds[index % fixture.conversationIds.length] ?? '';
      const card = (connectorId: string, index: number) =>
        admin.get(
          `${CONNECTOR_API.customerCard(fixture.customerId, connectorId)}?conversationId=${conversationId(index)}`,
        );

      // Warm every path (JIT, pools) before measuring.
      for (let index = 0; index < 20; index += 1) {
        ok(await admin.get(API.conversation(conversationId(index))), 'conversation');
        ok(await admin.get(API.customer(fixture.customerId)), 'customer');
        ok(await card(fastId, index), 'fast card');
        ok(await admin.get('/healthz'), 'healthz');
      }
      const slowCard = ok(await card(slowId, 0), 'slow card');
      if ((slowCard.body as { ok: boolean }).ok !== true) throw new Error('the slow card did not arrive');

      // Card requests to the slow connector, SLOW_IN_FLIGHT of them at all times until the measuring ends.
      let measuring = true;
      let inFlight = 0;
      let fewestInFlight = Number.POSITIVE_INFINITY;
      const slowCards: number[] = [];
      const keepSlowInFlight = async (lane: number) => {
        for (let index = lane; measuring; index += SLOW_IN_FLIGHT) {
          inFlight += 1;
          const answer = await card(slowId, index);
          inFlight -= 1;
          ok(answer, 'slow card');
          slowCards.push(answer.serverMs);
        }
      };
      const lanes = Array.from({ length: SLOW_IN_FLIGHT }, (_, lane) => keepSlowInFlight(lane));
      // Let them reach the server and start waiting on the company's system.
      await new Promise((resolve) => setTimeout(resolve, 500));

      const detail: number[] = [];
      const profile: number[] = [];
      const fastCards: number[] = [];
      const health: number[] = [];
      for (let index = 0; index < SAMPLES; index += 1) {
        fewestInFlight = Math.min(fewestInFlight, inFlight);
        detail.push(ok(await admin.get(API.conversation(conversationId(index))), 'conversation').serverMs);
        profile.push(ok(await admin.get(API.customer(fixture.customerId)), 'customer').serverMs);
        fastCards.push(ok(await card(fastId, index), 'fast card').serverMs);
        health.push(ok(await admin.get('/healthz'), 'healthz').serverMs);
      }
      measuring = false;
      await Promise.all(lanes);

      return {
        name: 'customer-panel',
        measuredAt: new Date().toISOString(),
        setup: {
          database: 'PostgreSQL (server pool 10)',
          conversations: CONVERSATIONS,
          messagesPerConversation: MESSAGES_PER_CONVERSATION,
          slowConnectorMs: SLOW_MS,
          slowCardsInFlight: SLOW_IN_FLIGHT,
          fewestSlowCardsInFlightWhileMeasuring: fewestInFlight,
          samplesPerRequest: SAMPLES,
        },
        measurements: [
          ms('GET conversation detail, a 5 s connector in flight', 'measure', detail, 300),
          ms('GET customer (profile), a 5 s connector in flight', 'measure', profile, 300),
          ms('GET /healthz (no database)', 'baseline', health),
          ms('card of a fast connector (its own request)', 'detail', fastCards),
          ms('card of the 5 s connector (its own request)', 'detail', slowCards),
        ],
        notes: [
          'Server-side time from the Server-Timing header (Fastify onRequest to onSend); the load generator, the company system and PostgreSQL share the machine.',
          `Requests are sent one after another while ${SLOW_IN_FLIGHT} card requests to the 5-second connector wait on the server at all times.`,
        ],
      };
    } finally {
      await server.stop();
      await new Promise<void>((resolve) => company.server.close(() => resolve()));
    }
  },
};
