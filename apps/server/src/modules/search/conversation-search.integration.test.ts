import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { API } from '@sincere/contracts';
import { seedConversation, seedCustomer, seedMessage } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken, type Caller } from '../../testing/http-client';
import { WALK_LIMIT } from './conversation-search.repository';

const t = await createTestApp();
afterAll(() => t.close());

/** An account with its agent signed in. */
async function workspace(name = 'Search') {
  const people = await seedAccountWithPeople(t.database, name);
  return { people, agent: await signIn(t.app, people.agent.email) };
}

type Workspace = Awaited<ReturnType<typeof workspace>>;

/** A conversation holding these messages (a language per message, as the channels store them). */
async function conversationWith(
  { people }: Workspace,
  said: { body: string; language?: string | null; at?: Date }[],
  values: Parameters<typeof seedConversation>[3] = {},
) {
  const customer = await seedCustomer(t.database.db, people.account.id);
  const times = said.flatMap(({ at }) => (at ? [at.getTime()] : []));
  const lastMessageAt = times.length > 0 ? { lastMessageAt: new Date(Math.max(...times)) } : {};
  const conversation = await seedConversation(t.database.db, people.account.id, customer.id, {
    ...lastMessageAt,
    ...values,
  });
  const messages = [];
  for (const { body, language = null, at } of said) {
    messages.push(
      await seedMessage(t.database.db, people.account.id, conversation.id, {
        body,
        language,
        ...(at ? { createdAt: at } : {}),
      }),
    );
  }
  return { id: conversation.id, messageIds: messages.map((message) => message.id) };
}

interface Hit {
  conversation: { id: string };
  message: { id: string; snippet: { text: string; highlights: [number, number][] } };
}

async function search(caller: Caller, query: string) {
  const response = await caller.request('GET', `${API.search}?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { items: Hit[]; nextCursor: string | null };
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;
const conversationIds = (page: { items: Hit[] }) => page.items.map((hit) => hit.conversation.id);
const marked = ({ snippet }: Hit['message']) =>
  snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

describe('searching messages by a different word form', () => {
  it('finds a Russian customer message through the API channel by other forms of its words', async () => {
    const space = await workspace();
    const admin = await signIn(t.app, space.people.admin.email);
    const channel = withToken(t.app, (await admin.request('POST', API.apiTokens, { name: 'channel' })).body.secret);
    const opened = await channel.request('POST', API.conversations, {
      customer: { name: 'Ольга Смирнова' },
      language: 'ru',
      message: { body: 'Здравствуйте! Машина не сливает воду уже третий день' },
    });
    expect(opened.status).toBe(201);

    const byNoun = await search(space.agent, q('машину'));
    expect(conversationIds(byNoun)).toEqual([opened.body.id]);
    const [hit] = byNoun.items;
    expect(hit?.message.id).toBe(opened.body.messages[0].id);
    expect(hit && marked(hit.message)).toEqual(['Машина']);

    const byVerb = await search(space.agent, q('сливала'));
    expect(conversationIds(byVerb)).toEqual([opened.body.id]);
    expect(byVerb.items[0] && marked(byVerb.items[0].message)).toEqual(['сливает']);
  });

  const cases = [
    { language: 'es', body: 'Mi lavadora no funciona y pierde agua', query: 'funcionaba', match: ['funciona'] },
    {
      language: 'pt',
      body: 'A encomenda chegou quebrada',
      query: 'encomendas quebrado',
      match: ['encomenda', 'quebrada'],
    },
    { language: 'id', body: 'Pembayaran saya gagal kemarin', query: 'membayar', match: ['Pembayaran'] },
    { language: 'en', body: 'The package was delivered damaged', query: 'delivering', match: ['delivered'] },
    { language: 'ar', body: 'لم يصل الطلب حتى الآن', query: 'بالطلب', match: ['الطلب'] },
    { language: 'tr', body: 'Siparişim hâlâ gelmedi', query: 'siparişler', match: ['Siparişim'] },
  ];

  it('stems each message in its own language: Spanish, Portuguese, Indonesian, English, Arabic, Turkish', async () => {
    const space = await workspace();
    const stored = [];
    for (const { language, body } of cases) stored.push(await conversationWith(space, [{ body, language }]));
    for (const [index, { language, query, match }] of cases.entries()) {
      const page = await search(space.agent, q(query));
      expect(conversationIds(page), `${language}: ${query}`).toEqual([stored[index]?.id]);
      expect(page.items[0] && marked(page.items[0].message), language).toEqual(match);
    }
  });

  it('does not match a message through a stem of another language', async () => {
    const space = await workspace();
    // English reads "pies" as 'pie'; Spanish keeps 'pies', so "el pie" (the foot) is no match for it.
    const spanish = await conversationWith(space, [{ body: 'Me duele el pie', language: 'es' }]);
    const english = await conversationWith(space, [{ body: 'The apple pie arrived cold', language: 'en' }]);
    expect(conversationIds(await search(space.agent, q('pies')))).toEqual([english.id]);
    expect(conversationIds(await search(space.agent, q('pie'))).sort()).toEqual([spanish.id, english.id].sort());
  });

  it('matches messages of unknown language by the words as written', async () => {
    const space = await workspace();
    const unknown = await conversationWith(space, [
      { body: 'Tracking number 40417 still says pending', language: null },
    ]);
    expect(conversationIds(await search(space.agent, q('tracking')))).toEqual([unknown.id]);
    expect(conversationIds(await search(space.agent, q('40417')))).toEqual([unknown.id]);
  });

  it('searches the whole history, not a recent window', async () => {
    const space = await workspace();
    const old = await conversationWith(space, [
      { body: 'Warranty claim for the dishwasher', language: 'en', at: new Date('2019-03-01T10:00:00Z') },
    ]);
    expect(conversationIds(await search(space.agent, q('dishwashers warranty')))).toEqual([old.id]);
  });
});

describe('what a search finds nothing for', () => {
  it('answers a query made only of stop words with nothing instead of everything', async () => {
    const space = await workspace();
    const english = 'the order of the day and the rest of it';
    const russian = 'и в на это не так';
    const spanish = 'de la casa y el perro';
    await conversationWith(space, [{ body: english, language: 'en' }]);
    await conversationWith(space, [{ body: russian, language: 'ru' }]);
    await conversationWith(space, [{ body: spanish, language: 'es' }]);
    // Text of unknown language is stemmed by no language: the stop words of every language are left out of its search.
    await conversationWith(
      space,
      [english, russian, spanish].map((body) => ({ body, language: null })),
    );
    for (const query of ['the and of', 'и в на', 'de la y el', 'The']) {
      expect(await search(space.agent, q(query)), query).toEqual({ items: [], nextCursor: null });
    }
  });

  it('answers a query of excluded words only with nothing', async () => {
    const space = await workspace();
    await conversationWith(space, [{ body: 'Where is my parcel', language: 'en' }]);
    expect((await search(space.agent, q('-refund'))).items).toEqual([]);
  });

  it.each([
    ['an empty query', 'q='],
    ['a query of spaces', 'q=%20%20%20'],
    ['no query', ''],
  ])('refuses %s, naming q', async (_, query) => {
    const { agent } = await workspace();
    const response = await agent.request('GET', `${API.search}?${query}`);
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields)).toEqual(['q']);
  });

  it('refuses a cursor it did not give out', async () => {
    const { agent } = await workspace();
    const response = await agent.request('GET', `${API.search}?${q('refund')}&cursor=bogus`);
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual({ cursor: 'Invalid cursor' });
  });

  it('never shows messages of another account', async () => {
    const mine = await workspace('Mine');
    const theirs = await workspace('Theirs');
    const own = await conversationWith(mine, [{ body: 'Invoice 7781 is wrong', language: 'en' }]);
    await conversationWith(theirs, [{ body: 'Invoice 7781 is wrong', language: 'en' }]);
    expect(conversationIds(await search(mine.agent, q('invoices')))).toEqual([own.id]);
  });
});

describe('search with view filters', () => {
  it('narrows matches by status and assignee', async () => {
    const space = await workspace();
    const { agent: me, lead } = space.people;
    const openMine = await conversationWith(space, [{ body: 'I want a refund', language: 'en' }], {
      status: 'open',
      assigneeId: me.id,
    });
    const resolvedMine = await conversationWith(space, [{ body: 'Refunded, thanks', language: 'en' }], {
      status: 'resolved',
      assigneeId: me.id,
    });
    const openLeads = await conversationWith(space, [{ body: 'Refund please', language: 'en' }], {
      status: 'open',
      assigneeId: lead.id,
    });
    const unassigned = await conversationWith(space, [{ body: 'refunds?', language: 'en' }], { status: 'pending' });
    await conversationWith(space, [{ body: 'Where is my parcel', language: 'en' }], {
      status: 'open',
      assigneeId: me.id,
    });

    const ids = async (filter: string) =>
      (await search(space.agent, `${q('refunding')}&${filter}`)).items.map((hit) => hit.conversation.id).sort();
    expect(await ids('status=open&assignee=me')).toEqual([openMine.id]);
    expect(await ids('assignee=me')).toEqual([openMine.id, resolvedMine.id].sort());
    expect(await ids('status=open,pending')).toEqual([openMine.id, openLeads.id, unassigned.id].sort());
    expect(await ids(`assignee=${lead.id}`)).toEqual([openLeads.id]);
    expect(await ids('assignee=none')).toEqual([unassigned.id]);
  });

  it('refuses an unknown filter field instead of ignoring it', async () => {
    const { agent } = await workspace();
    const response = await agent.request('GET', `${API.search}?${q('refund')}&statuses=open`);
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('statuses');
  });
});

describe('search within a view', () => {
  it('searches the conversations of a built-in view, in the order asked for', async () => {
    const space = await workspace();
    const { agent: me, lead } = space.people;
    const day = (n: number) => new Date(Date.UTC(2024, 1, n, 12));
    const older = await conversationWith(space, [{ body: 'Voucher code fails', language: 'en', at: day(1) }], {
      assigneeId: me.id,
    });
    const newer = await conversationWith(space, [{ body: 'Voucher expired', language: 'en', at: day(2) }], {
      assigneeId: me.id,
    });
    await conversationWith(space, [{ body: 'Voucher?', language: 'en', at: day(3) }], { assigneeId: lead.id });

    expect(conversationIds(await search(space.agent, `${q('vouchers')}&view=mine`))).toEqual([newer.id, older.id]);
    expect(conversationIds(await search(space.agent, `${q('vouchers')}&view=mine&sort=oldest`))).toEqual([
      older.id,
      newer.id,
    ]);
  });

  it('answers 404 for a view the caller cannot see', async () => {
    const { agent } = await workspace();
    const response = await agent.request('GET', `${API.search}?${q('voucher')}&view=${randomUUID()}`);
    expect(response.status).toBe(404);
  });
});

describe('hits', () => {
  it('come one per conversation with its latest matching message, most recent activity first, page by page', async () => {
    const space = await workspace();
    const day = (n: number) => new Date(Date.UTC(2024, 0, n, 12));
    const twice = await conversationWith(space, [
      { body: 'The courier lost my parcel', language: 'en', at: day(1) },
      { body: 'Thanks', language: 'en', at: day(2) },
      { body: 'The courier lost the second parcel too', language: 'en', at: day(9) },
    ]);
    const others = [];
    for (const n of [3, 4, 5, 6])
      others.push(await conversationWith(space, [{ body: `Parcel ${n} never came`, language: 'en', at: day(n) }]));
    // Two conversations active at the same moment: the id decides, and no page repeats or skips one.
    const tie = await conversationWith(space, [{ body: 'Parcels again', language: 'en', at: day(5) }]);

    const seen: Hit[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await search(space.agent, `${q('parcels')}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);

    expect(pages).toBe(3);
    const [fifth, tied] = [others[2]?.id ?? '', tie.id].sort().reverse();
    expect(conversationIds({ items: seen })).toEqual([
      twice.id,
      others[3]?.id,
      fifth,
      tied,
      others[1]?.id,
      others[0]?.id,
    ]);
    expect(seen[0]?.message.id).toBe(twice.messageIds[2]);
    expect(seen[0]?.message.snippet.text).toContain('second parcel');
  });

  it('are found page by page beyond the conversations a search reads one by one', async () => {
    const space = await workspace();
    const customer = await seedCustomer(t.database.db, space.people.account.id);
    // More conversations than the walk reads (newest first), each with a message that does not match…
    await t.database.query(
      `WITH made AS (
         INSERT INTO conversations (account_id, customer_id, channel, language, last_message_at)
         SELECT $1, $2, 'web', 'en', timestamptz '2024-06-01' - g * interval '1 minute'
           FROM generate_series(1, $3::int) g
         RETURNING id, account_id, last_message_at)
       INSERT INTO messages (account_id, conversation_id, direction, body, language, created_at)
       SELECT account_id, id, 'inbound', 'Where is my parcel?', 'en', last_message_at FROM made`,
      [space.people.account.id, customer.id, WALK_LIMIT + 5],
    );
    // …and, older than all of them, two that do: only the index can find these.
    const day = (n: number) => new Date(Date.UTC(2024, 0, n, 12));
    const newer = await conversationWith(space, [{ body: 'The kettle leaks', language: 'en', at: day(2) }]);
    const older = await conversationWith(space, [{ body: 'My kettle broke', language: 'en', at: day(1) }]);

    const first = await search(space.agent, `${q('kettles')}&limit=1`);
    expect(conversationIds(first)).toEqual([newer.id]);
    const second = await search(space.agent, `${q('kettles')}&limit=1&cursor=${first.nextCursor ?? ''}`);
    expect(conversationIds(second)).toEqual([older.id]);
    expect(second.nextCursor).toBeNull();
    expect(conversationIds(await search(space.agent, `${q('kettles')}&limit=5`))).toEqual([newer.id, older.id]);
  });

  it('carry snippets as plain text with highlight ranges that nothing in the message can forge', async () => {
    const space = await workspace();
    const body = `Please refund me <img src=x onerror=alert(1)> and \u0002fake\u0003 one`;
    await conversationWith(space, [{ body, language: 'en' }]);
    const [hit] = (await search(space.agent, q('refunds'))).items;
    expect(hit?.message.snippet.text).toContain('src=x onerror=alert(1)>');
    expect(hit?.message.snippet.text).not.toContain('\u0002');
    expect(hit?.message.snippet.text).not.toContain('\u0003');
    expect(hit && marked(hit.message)).toEqual(['refund']);
  });

  it('highlight every matched word of a long message within the snippet', async () => {
    const space = await workspace();
    const filler = 'lorem ipsum dolor sit amet '.repeat(40);
    await conversationWith(space, [
      { body: `${filler} the washing machine stopped draining ${filler}`, language: 'en' },
    ]);
    const [hit] = (await search(space.agent, q('machines drain'))).items;
    expect(hit?.message.snippet.text.length).toBeLessThan(400);
    expect(hit && marked(hit.message)).toEqual(['machine', 'draining']);
  });
});
