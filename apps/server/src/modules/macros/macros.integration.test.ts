import { afterAll, describe, expect, it } from 'vitest';
import { API } from '@sincere/contracts';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Macro Shop');
  return {
    people,
    admin: await signIn(t.app, people.admin.email),
    lead: await signIn(t.app, people.lead.email),
    agent: await signIn(t.app, people.agent.email),
  };
}

const greeting = {
  name: 'Greeting',
  shortcut: '/Hello',
  variants: {
    default: 'Hello {{customer.first_name}}, this is {{agent.first_name}} from {{account.name}}.',
    ru: 'Здравствуйте, {{customer.first_name}}! Это {{agent.first_name}} из {{account.name}}.',
    es: 'Hola {{customer.first_name}}, soy {{agent.first_name}}. Pedido {{order.number}}',
  },
};

describe('macros', () => {
  it('lets an agent keep personal macros that nobody else sees', async () => {
    const { agent, lead } = await workspace();
    const created = await agent.request('POST', API.macros, greeting);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Greeting', shortcut: 'hello', scope: 'personal' });

    expect((await agent.request('GET', API.macros)).body.items.map((m: { id: string }) => m.id)).toEqual([
      created.body.id,
    ]);
    expect((await lead.request('GET', API.macros)).body.items).toEqual([]);
    expect((await lead.request('GET', API.macro(created.body.id))).status).toBe(404);
    expect((await lead.request('PATCH', API.macro(created.body.id), { name: 'Mine now' })).status).toBe(404);
    expect((await lead.request('DELETE', API.macro(created.body.id))).status).toBe(404);
  });

  it('lets admins and leads manage shared macros that everyone uses, and refuses agents changing them', async () => {
    const { agent, lead } = await workspace();
    expect((await agent.request('POST', API.macros, { ...greeting, scope: 'shared' })).status).toBe(403);
    const shared = await lead.request('POST', API.macros, { ...greeting, scope: 'shared' });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({ scope: 'shared', ownerUserId: null });

    expect((await agent.request('GET', API.macros)).body.items.map((m: { id: string }) => m.id)).toContain(
      shared.body.id,
    );
    expect((await agent.request('PATCH', API.macro(shared.body.id), { name: 'Hijacked' })).status).toBe(403);
    expect((await agent.request('DELETE', API.macro(shared.body.id))).status).toBe(403);

    const renamed = await lead.request('PATCH', API.macro(shared.body.id), { name: 'Welcome', shortcut: null });
    expect(renamed.body).toMatchObject({ name: 'Welcome', shortcut: null });
    expect((await lead.request('DELETE', API.macro(shared.body.id))).status).toBe(204);
    expect((await agent.request('GET', API.macro(shared.body.id))).status).toBe(404);
  });

  it('refuses a shortcut already used in the same scope, naming it, and allows it in another', async () => {
    const { admin, lead, agent } = await workspace();
    expect((await admin.request('POST', API.macros, { ...greeting, scope: 'shared' })).status).toBe(201);
    const clash = await lead.request('POST', API.macros, { ...greeting, scope: 'shared', shortcut: 'hello' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toContain('/hello');
    expect(clash.body.error.fields).toEqual({ shortcut: '/hello is already used' });

    // Personal shortcuts live in each person's own scope.
    expect((await agent.request('POST', API.macros, greeting)).status).toBe(201);
    expect((await lead.request('POST', API.macros, greeting)).status).toBe(201);
    const again = await agent.request('POST', API.macros, { ...greeting, name: 'Other' });
    expect(again.status).toBe(409);
    const other = await agent.request('POST', API.macros, { ...greeting, shortcut: 'bye' });
    expect((await agent.request('PATCH', API.macro(other.body.id), { shortcut: 'hello' })).status).toBe(409);
  });

  it('requires a default variant and valid language keys', async () => {
    const { agent } = await workspace();
    const noDefault = await agent.request('POST', API.macros, { name: 'X', variants: { ru: 'Привет' } });
    expect(noDefault.status).toBe(422);
    expect(Object.keys(noDefault.body.error.fields)).toContain('variants.default');
    const badKey = await agent.request('POST', API.macros, {
      name: 'X',
      variants: { default: 'Hi', 'no such language!': 'x' },
    });
    expect(badKey.status).toBe(422);
  });
});

describe('rendering a macro for a conversation', () => {
  async function conversationOf(
    accountId: string,
    customer: { name: string; locale?: string },
    language: string | null,
  ) {
    const seeded = await seedCustomer(t.database.db, accountId, {
      name: customer.name,
      locale: customer.locale ?? null,
    });
    return (await seedConversation(t.database.db, accountId, seeded.id, { language })).id;
  }

  it('answers in the conversation’s language with the variables filled in', async () => {
    const { people, agent } = await workspace();
    const macro = (await agent.request('POST', API.macros, greeting)).body;
    const conversationId = await conversationOf(people.account.id, { name: 'Ольга Смирнова' }, 'ru');
    const rendered = await agent.request('POST', API.renderMacro(macro.id), { conversationId });
    expect(rendered.status).toBe(200);
    expect(rendered.body).toEqual({
      language: 'ru',
      text: 'Здравствуйте, Ольга! Это agent из Macro Shop.',
      unknownVariables: [],
    });
  });

  it('falls back to the customer’s locale, keeping unknown variables visible and listed', async () => {
    const { people, agent } = await workspace();
    const macro = (await agent.request('POST', API.macros, greeting)).body;
    const conversationId = await conversationOf(people.account.id, { name: 'María José', locale: 'es-MX' }, null);
    const rendered = await agent.request('POST', API.renderMacro(macro.id), { conversationId });
    expect(rendered.body).toEqual({
      language: 'es',
      text: 'Hola María, soy agent. Pedido {{order.number}}',
      unknownVariables: ['order.number'],
    });
  });

  it('uses the default variant when no language matches', async () => {
    const { people, agent } = await workspace();
    const macro = (await agent.request('POST', API.macros, greeting)).body;
    const conversationId = await conversationOf(people.account.id, { name: 'محمد العلي', locale: 'ar' }, 'ar');
    const rendered = await agent.request('POST', API.renderMacro(macro.id), { conversationId });
    expect(rendered.body).toMatchObject({ language: 'default', text: 'Hello محمد, this is agent from Macro Shop.' });
  });

  it('does not render for a conversation of another account', async () => {
    const { agent } = await workspace();
    const other = await seedAccountWithPeople(t.database, 'Elsewhere');
    const macro = (await agent.request('POST', API.macros, greeting)).body;
    const conversationId = await conversationOf(other.account.id, { name: 'Olga' }, 'ru');
    const rendered = await agent.request('POST', API.renderMacro(macro.id), { conversationId });
    expect(rendered.status).toBe(404);
  });
});
