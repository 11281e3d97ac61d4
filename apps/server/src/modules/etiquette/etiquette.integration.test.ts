import { afterAll, describe, expect, it } from 'vitest';
import {
  API,
  CUSTOMER_PROFILE_API,
  ETIQUETTE_API,
  PROMISES_API,
  type CalendarView,
  type ConversationDetail,
  type ConversationEtiquette,
  type LocaleProfile,
  type LocaleProfileList,
  type Macro,
  type RenderedMacro,
  type ReplyCheck,
  type StarterMacrosResult,
} from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { inboxWorkspace } from '../../testing/inbox-workspace';

const t = await createTestApp();
afterAll(() => t.close());

/** Thursday 26 November 2026, 10:00 in Jakarta. */
const MORNING = new Date('2026-11-26T03:00:00Z');

/** An Indonesian customer, Sari, writing through the API channel, her profile saying only her country. */
async function indonesianWorkspace(name: string) {
  t.setNow(MORNING);
  const w = await inboxWorkspace(t, name);
  const opened = await w.channel.request('POST', API.conversations, {
    customer: { name: 'Sari Wulandari', email: `sari-${name}@example.com` },
    message: { body: 'Halo kak, pesanan saya belum sampai sampai sekarang, tolong dicek ya' },
  });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const conversation = opened.body as ConversationDetail;
  const profile = await w.agent.request('PATCH', CUSTOMER_PROFILE_API.customer(conversation.customer.id), {
    country: 'ID',
    timeZone: 'Asia/Jakarta',
  });
  expect(profile.status, JSON.stringify(profile.body)).toBe(200);
  return { ...w, conversationId: conversation.id, customerId: conversation.customer.id };
}

async function etiquetteOf(w: Awaited<ReturnType<typeof indonesianWorkspace>>) {
  const response = await w.agent.request('GET', ETIQUETTE_API.conversationEtiquette(w.conversationId));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as ConversationEtiquette;
}

async function check(w: Awaited<ReturnType<typeof indonesianWorkspace>>, body: Record<string, unknown>) {
  const response = await w.agent.request('POST', PROMISES_API.replyCheck(w.conversationId), body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as ReplyCheck).culture.map((warning) => warning.check);
}

describe('addressing a customer as their culture expects', () => {
  it('reads Indonesian from her words, proposes "Kak Sari", and remembers "Ibu Sari" once an agent chooses it', async () => {
    const w = await indonesianWorkspace('Sari');
    const first = await etiquetteOf(w);
    expect(first.language.language).toBe('id');
    expect(first.profile?.locale).toBe('id');
    expect(first.address.chosen).toBeNull();
    expect(first.address.proposal?.proposed.address).toBe('Kak Sari');
    expect(first.address.proposal?.alternatives.map((option) => option.address)).toContain('Ibu Sari');
    expect(first.localTime).toEqual({ at: MORNING.toISOString(), timeZone: 'Asia/Jakarta' });

    const chosen = await w.agent.request('PATCH', CUSTOMER_PROFILE_API.customer(w.customerId), {
      addressAs: 'Ibu Sari',
    });
    expect(chosen.status).toBe(200);
    const after = await etiquetteOf(w);
    expect(after.address.chosen).toBe('Ibu Sari');
    expect(after.address.proposal?.proposed.address).toBe('Kak Sari');
  });

  it('renders {{address}} in a macro with the chosen form, else the proposal', async () => {
    const w = await indonesianWorkspace('Macro');
    const created = await w.agent.request('POST', API.macros, {
      name: 'Salam',
      scope: 'personal',
      variants: { default: 'Hello {{address}}', id: 'Halo {{address}}, ada yang bisa saya bantu?' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const render = async () => {
      const response = await w.agent.request('POST', API.renderMacro((created.body as Macro).id), {
        conversationId: w.conversationId,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return (response.body as RenderedMacro).text;
    };
    // The conversation has no language of its own: the variant follows the customer's locale, which is unset.
    expect(await render()).toBe('Hello Kak Sari');
    await w.agent.request('PATCH', CUSTOMER_PROFILE_API.customer(w.customerId), {
      addressAs: 'Ibu Sari',
      locale: 'id',
    });
    expect(await render()).toBe('Halo Ibu Sari, ada yang bisa saya bantu?');
  });

  it('flags "kamu", a missing honorific and another honorific than the chosen one in a draft; a polite one passes', async () => {
    const w = await indonesianWorkspace('Checks');
    await w.agent.request('PATCH', CUSTOMER_PROFILE_API.customer(w.customerId), { addressAs: 'Ibu Sari' });
    expect(await check(w, { text: 'Halo Ibu Sari, pesanan kamu sudah dikirim hari ini.' })).toContain('informal_you');
    expect(await check(w, { text: 'Halo Pak Sari, pesanan Anda sudah kami kirim hari ini.' })).toContain(
      'wrong_honorific',
    );
    expect(await check(w, { text: 'Halo Sari, pesanan Anda sudah kami kirim hari ini.' })).toContain(
      'missing_honorific',
    );
    expect(await check(w, { text: 'Halo Ibu Sari, pesanan Anda sudah kami kirim hari ini ya.' })).toEqual([]);
  });

  it('warns about a follow-up scheduled inside Ramadan, and not about one after it', async () => {
    const w = await indonesianWorkspace('Quiet');
    const text = 'Halo Kak Sari, bagaimana kabar pesanannya? Semoga sudah sampai dengan baik ya.';
    expect(await check(w, { text, scheduledAt: '2027-02-20T03:00:00Z' })).toContain('quiet_period');
    expect(await check(w, { text, scheduledAt: '2027-04-20T03:00:00Z' })).not.toContain('quiet_period');
  });

  it('keeps an account’s changed profile for its own customers, lets only admins change it, and restores Sincere’s', async () => {
    const w = await indonesianWorkspace('Profiles');
    const listed = await w.agent.request('GET', ETIQUETTE_API.localeProfiles);
    expect(listed.status).toBe(200);
    const items = (listed.body as LocaleProfileList).items;
    expect(items.length).toBeGreaterThanOrEqual(18);
    const indonesian = items.find((item) => item.profile.locale === 'id');
    expect(indonesian).toMatchObject({ changed: false, shipped: true });
    const profile = indonesian?.profile as LocaleProfile;
    const changed: LocaleProfile = {
      ...profile,
      honorifics: profile.honorifics.map((honorific) => ({ ...honorific, default: honorific.text === 'Ibu' })),
    };

    expect((await w.agent.request('PUT', ETIQUETTE_API.localeProfile('id'), changed)).status).toBe(403);
    const wrong = await w.admin.request('PUT', ETIQUETTE_API.localeProfile('ms'), changed);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toHaveProperty('locale');
    const broken = await w.admin.request('PUT', ETIQUETTE_API.localeProfile('id'), {
      ...changed,
      negativeFeedback: 'rude',
    });
    expect(broken.status).toBe(422);
    expect(JSON.stringify(broken.body.error.fields)).toContain('negativeFeedback');

    const saved = await w.admin.request('PUT', ETIQUETTE_API.localeProfile('id'), changed);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await etiquetteOf(w)).address.proposal?.proposed.address).toBe('Ibu Sari');

    const other = await inboxWorkspace(t, 'Profiles elsewhere');
    const theirs = (await other.agent.request('GET', ETIQUETTE_API.localeProfiles)).body as LocaleProfileList;
    expect(theirs.items.find((item) => item.profile.locale === 'id')?.changed).toBe(false);
    expect((await other.admin.request('DELETE', ETIQUETTE_API.localeProfile('id'))).status).toBe(404);

    expect((await w.admin.request('DELETE', ETIQUETTE_API.localeProfile('id'))).status).toBe(204);
    expect((await etiquetteOf(w)).address.proposal?.proposed.address).toBe('Kak Sari');
    expect((await w.admin.request('DELETE', ETIQUETTE_API.localeProfile('id'))).status).toBe(404);
  });
});

describe('calendars', () => {
  it('shows a country’s holidays with Ramadan ±1 day, and an account’s own days only to that account', async () => {
    const w = await indonesianWorkspace('Calendar');
    const year = async (caller: typeof w.agent) => {
      const response = await caller.request('GET', `${ETIQUETTE_API.calendar}?country=ID&year=2027`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body as CalendarView;
    };
    const shipped = await year(w.agent);
    const ramadan = shipped.entries.find((entry) => entry.kind === 'quiet');
    expect(ramadan).toMatchObject({ startsOn: '2027-02-08', approximate: true, id: null });
    expect(shipped.attribution).toMatch(/date-holidays/);

    const day = {
      country: 'ID',
      startsOn: '2027-03-01',
      endsOn: '2027-03-02',
      kind: 'holiday',
      name: 'Company retreat',
    };
    expect((await w.agent.request('POST', ETIQUETTE_API.calendarEntries, day)).status).toBe(403);
    const backwards = await w.admin.request('POST', ETIQUETTE_API.calendarEntries, { ...day, endsOn: '2027-02-28' });
    expect(backwards.status).toBe(422);
    expect(JSON.stringify(backwards.body.error.fields)).toContain('endsOn');
    const added = await w.admin.request('POST', ETIQUETTE_API.calendarEntries, day);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const hidden = await w.admin.request('POST', ETIQUETTE_API.calendarEntries, {
      ...day,
      name: 'Ramadan',
      kind: 'quiet',
      replaces: ramadan?.key,
      removed: true,
    });
    expect(hidden.status).toBe(201);

    const mine = await year(w.agent);
    expect(mine.entries.map((entry) => entry.name)).toContain('Company retreat');
    expect(mine.entries.some((entry) => entry.key === ramadan?.key)).toBe(false);
    expect(mine.removed).toEqual([
      expect.objectContaining({ key: ramadan?.key, id: (hidden.body as { id: string }).id }),
    ]);

    const other = await inboxWorkspace(t, 'Calendar elsewhere');
    expect((await year(other.agent)).entries.map((entry) => entry.name)).not.toContain('Company retreat');
    const id = (added.body as { id: string }).id;
    expect((await other.admin.request('DELETE', ETIQUETTE_API.calendarEntry(id))).status).toBe(404);
    expect((await w.admin.request('DELETE', ETIQUETTE_API.calendarEntry(id))).status).toBe(204);
    expect((await year(w.agent)).entries.map((entry) => entry.name)).not.toContain('Company retreat');
  });
});

describe('starter macros', () => {
  it('adds the starter macros once for admins and leads, skipping shortcuts in use', async () => {
    const w = await indonesianWorkspace('Starters');
    expect((await w.agent.request('POST', API.starterMacros, {})).status).toBe(403);
    const first = await w.admin.request('POST', API.starterMacros, {});
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const result = first.body as StarterMacrosResult;
    expect(result.added.map((macro) => macro.shortcut)).toEqual(['hello', 'checking', 'sorry', 'check', 'bye']);
    expect(Object.keys(result.added[0]?.variants ?? {}).sort()).toEqual([
      'ar',
      'default',
      'es',
      'id',
      'pt',
      'ru',
      'tr',
    ]);
    const again = (await w.admin.request('POST', API.starterMacros, {})).body as StarterMacrosResult;
    expect(again).toEqual({ added: [], skipped: ['hello', 'checking', 'sorry', 'check', 'bye'] });
  });
});
