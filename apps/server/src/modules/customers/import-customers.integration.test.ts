import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { auditLog, customerAttributeDefinitions, customers, openDatabase, type Database } from '@sincere/db';
import { openTestDatabase, seedAccount } from '@sincere/db/testing';
import { childEnv, CLI, REPO_ROOT } from '../../../../../test/support/spawn-server';
import { insertCustomer, insertIdentities } from './customers.repository';
import { CustomerImportError, CustomerImportInterrupted, importCustomers } from './import-customers';

const handle = inject('testDatabase');
const database = await openTestDatabase(handle);
const folder = await mkdtemp(join(tmpdir(), 'sincere-import-customers-'));
afterAll(async () => {
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

let now = new Date('2025-03-01T09:00:00Z');
const clock = () => now;
const unique = () => randomUUID().slice(0, 8);

/** An account with the attributes the files below use: seats (number), renewal_date (date), segment (list), notes. */
async function account(name = `Warung ${unique()}`) {
  const created = await seedAccount(database.db, { name });
  await database.db.insert(customerAttributeDefinitions).values([
    { accountId: created.id, key: 'seats', label: 'Seats', type: 'number' },
    { accountId: created.id, key: 'renewal_date', label: 'Renewal', type: 'date' },
    { accountId: created.id, key: 'segment', label: 'Segment', type: 'list', options: ['Retail', 'Wholesale'] },
    { accountId: created.id, key: 'notes', label: 'Notes', type: 'text' },
  ]);
  return created;
}

async function csv(text: string): Promise<string> {
  const path = join(folder, `${unique()}.csv`);
  await writeFile(path, text);
  return path;
}

async function importText(accountRef: string, text: string, options: { skipInvalid?: boolean; dryRun?: boolean } = {}) {
  return importCustomers({ database, clock }, { file: await csv(text), account: accountRef, ...options });
}

/** Everything the import can change in an account, in a stable order. */
async function stateOf(accountId: string) {
  const rows = await database.db
    .select()
    .from(customers)
    .where(eq(customers.accountId, accountId))
    .orderBy(asc(customers.name));
  const identities = await database.query<{ kind: string; value: string; name: string }>(
    `SELECT i.kind, i.value, c.name FROM customer_identities i JOIN customers c ON c.id = i.customer_id
     WHERE i.account_id = $1 ORDER BY i.kind, i.value`,
    [accountId],
  );
  return { customers: rows, identities: identities.rows };
}

async function existingCustomer(
  accountId: string,
  values: Partial<typeof customers.$inferInsert>,
  identities: { kind: 'email' | 'api'; value: string }[],
) {
  return database.db.transaction(async (tx) => {
    const id = await insertCustomer(tx, { accountId, name: 'Someone', createdAt: now, ...values });
    await insertIdentities(tx, accountId, id, identities, now, { skipTaken: false });
    return id;
  });
}

describe('importing customers from CSV', () => {
  it('imports a file with a BOM, CRLF, quoted commas and line breaks, Cyrillic and Indonesian names', async () => {
    const { id } = await account();
    const result = await importText(
      id,
      '\uFEFFname,email,phone,country,time_zone,company,address_as,external_id,seats,renewal_date,segment,notes\r\n' +
        'Ольга Смирнова,Olga@Example.ru,+7 912 345-67-89,ru,Europe/Moscow,"ООО ""Ромашка"", филиал",' +
        'Ольга Сергеевна,crm-1,12,2025-03-01,wholesale,"Звонить после 18:00,\r\nне раньше"\r\n' +
        'Sari Wulandari,sari@example.co.id,+62 812 3456 7890,ID,Asia/Jakarta,"PT Maju Jaya, Tbk",Ibu Sari,crm-2,3,,Retail,\r\n',
    );
    expect(result).toMatchObject({ outcome: 'imported', rows: 2, valid: 2, created: 2, updated: 0 });
    const state = await stateOf(id);
    expect(state.customers).toEqual([
      expect.objectContaining({
        name: 'Sari Wulandari',
        email: 'sari@example.co.id',
        phone: '+62 812 3456 7890',
        country: 'ID',
        timeZone: 'Asia/Jakarta',
        company: 'PT Maju Jaya, Tbk',
        addressAs: 'Ibu Sari',
        attributes: { seats: 3, segment: 'Retail' },
      }),
      expect.objectContaining({
        name: 'Ольга Смирнова',
        email: 'olga@example.ru',
        country: 'RU',
        company: 'ООО "Ромашка", филиал',
        addressAs: 'Ольга Сергеевна',
        attributes: {
          seats: 12,
          renewal_date: '2025-03-01',
          segment: 'Wholesale',
          notes: 'Звонить после 18:00,\r\nне раньше',
        },
      }),
    ]);
    expect(state.identities).toEqual([
      { kind: 'api', value: 'crm-1', name: 'Ольга Смирнова' },
      { kind: 'api', value: 'crm-2', name: 'Sari Wulandari' },
      { kind: 'email', value: 'olga@example.ru', name: 'Ольга Смирнова' },
      { kind: 'email', value: 'sari@example.co.id', name: 'Sari Wulandari' },
    ]);
  });

  const MIXED =
    'name,email,country,revenue,revenue_currency\n' +
    'Budi Santoso,budi@example.co.id,ID,1500000,IDR\n' +
    'Dewi Lestari,dewi@example,ID,,\n' +
    'Ivan Petrov,ivan@example.ru,Russia,10.999,RUB\n' +
    'Ekaterina,budi@example.co.id,RU,,\n';
  const MIXED_PROBLEMS = [
    { row: 3, column: 'email', reason: '"dewi@example" is not an email address' },
    { row: 4, column: 'country', reason: expect.stringContaining('"Russia" is not a two-letter') },
    { row: 4, column: 'revenue', reason: '"10.999" has more decimals than RUB has (2)' },
    { row: 5, column: 'email', reason: '"budi@example.co.id" is already in row 2' },
  ];

  it('refuses a file with bad rows, writing nothing, and lists row, column and reason', async () => {
    const { id } = await account();
    await existingCustomer(id, { name: 'Budi', email: 'budi@example.co.id' }, [
      { kind: 'email', value: 'budi@example.co.id' },
    ]);
    const before = await stateOf(id);
    const result = await importText(id, MIXED);
    expect(result).toMatchObject({ outcome: 'refused', rows: 4, valid: 1, created: 0, updated: 0 });
    expect(result.problems.listed).toEqual(MIXED_PROBLEMS);
    expect(result.problems.total).toBe(4);
    expect(await stateOf(id)).toEqual(before);
  });

  it('with skipInvalid imports the valid rows and skips the bad ones', async () => {
    const { id } = await account();
    const result = await importText(id, MIXED, { skipInvalid: true });
    expect(result).toMatchObject({ outcome: 'imported', rows: 4, valid: 1, created: 1 });
    expect(result.problems.listed).toEqual(MIXED_PROBLEMS);
    const state = await stateOf(id);
    expect(state.customers).toEqual([
      expect.objectContaining({ name: 'Budi Santoso', revenueCents: 150_000_000, revenueCurrency: 'IDR' }),
    ]);
  });

  it('updates the customer with the same email: non-empty cells overwrite, empty cells leave the value', async () => {
    const { id } = await account();
    const known = await existingCustomer(
      id,
      { name: 'Olga', email: 'olga@example.ru', phone: '+7 900 000-00-00', plan: 'Basic', attributes: { seats: 2 } },
      [{ kind: 'email', value: 'olga@example.ru' }],
    );
    // Conversations opened through the API made customers with an email and no identity; they are found too.
    const byColumn = await existingCustomer(id, { name: 'Budi', email: 'budi@example.co.id' }, []);
    now = new Date('2025-03-02T10:00:00Z');
    const result = await importText(
      id,
      'name,email,phone,plan,segment\nОльга Смирнова,OLGA@example.ru,,Pro,Retail\nBudi Santoso,budi@example.co.id,,,\n',
    );
    expect(result).toMatchObject({ created: 0, updated: 2, unchanged: 0 });
    const state = await stateOf(id);
    expect(state.customers).toEqual([
      expect.objectContaining({ id: byColumn, name: 'Budi Santoso', email: 'budi@example.co.id', updatedAt: now }),
      expect.objectContaining({
        id: known,
        name: 'Ольга Смирнова',
        phone: '+7 900 000-00-00',
        plan: 'Pro',
        attributes: { seats: 2, segment: 'Retail' },
        updatedAt: now,
      }),
    ]);
    // Found by its email column, the customer now has the email as an identity, as the API's look-up does.
    expect(state.identities).toContainEqual({ kind: 'email', value: 'budi@example.co.id', name: 'Budi Santoso' });
  });

  it('updates the customer with the same external id before one with the same email, and learns the new email', async () => {
    const { id } = await account();
    const byExternalId = await existingCustomer(id, { name: 'Sari', email: 'old@example.co.id' }, [
      { kind: 'api', value: 'crm-7' },
    ]);
    const byEmail = await existingCustomer(id, { name: 'Other', email: 'other@example.co.id' }, [
      { kind: 'email', value: 'other@example.co.id' },
    ]);
    const result = await importText(
      id,
      'name,email,external_id\nSari Wulandari,sari@example.co.id,crm-7\nAnother Name,other@example.co.id,crm-8\n',
    );
    expect(result).toMatchObject({ created: 0, updated: 2 });
    const state = await stateOf(id);
    expect(state.customers.find((row) => row.id === byExternalId)).toMatchObject({
      name: 'Sari Wulandari',
      email: 'sari@example.co.id',
    });
    expect(state.customers.find((row) => row.id === byEmail)).toMatchObject({ name: 'Another Name' });
    expect(state.identities).toEqual([
      { kind: 'api', value: 'crm-7', name: 'Sari Wulandari' },
      { kind: 'api', value: 'crm-8', name: 'Another Name' },
      { kind: 'email', value: 'other@example.co.id', name: 'Another Name' },
      { kind: 'email', value: 'sari@example.co.id', name: 'Sari Wulandari' },
    ]);
  });

  it('changes nothing when the same file is imported a second time', async () => {
    const { id } = await account();
    await existingCustomer(id, { name: 'Olga', email: 'olga@example.ru' }, [
      { kind: 'email', value: 'olga@example.ru' },
    ]);
    const text =
      'name,email,external_id,revenue,revenue_currency,seats,renewal_date\n' +
      'Ольга Смирнова,olga@example.ru,crm-1,1234.50,RUB,4,2025-06-30\n' +
      'Budi Santoso,budi@example.co.id,,99,USD,,\n' +
      'Siti Nurhaliza,,crm-3,,,1,\n';
    const first = await importText(id, text);
    expect(first).toMatchObject({ created: 2, updated: 1, unchanged: 0 });
    const after = await stateOf(id);
    now = new Date('2025-03-05T10:00:00Z');
    const second = await importText(id, text);
    expect(second).toMatchObject({ outcome: 'imported', created: 0, updated: 0, unchanged: 3 });
    expect(await stateOf(id)).toEqual(after);
  });

  it('finds the account by its name in any case, and refuses an unknown or ambiguous one', async () => {
    const name = `Toko Maju ${unique()}`;
    const { id } = await account(name);
    const result = await importText(name.toUpperCase(), 'name,email\nBudi,budi@example.co.id\n');
    expect(result).toMatchObject({ account: { id, name }, created: 1 });

    await expect(importText(`No such ${unique()}`, 'name,email\nA,a@example.com\n')).rejects.toThrow(
      CustomerImportError,
    );
    const shared = `Twins ${unique()}`;
    await account(shared);
    await account(shared);
    await expect(importText(shared, 'name,email\nA,a@example.com\n')).rejects.toThrow(/Several accounts are named/);
  });

  it("never matches or changes another account's customers", async () => {
    const mine = await account();
    const theirs = await account();
    const theirCustomer = await existingCustomer(theirs.id, { name: 'Theirs', email: 'same@example.com' }, [
      { kind: 'email', value: 'same@example.com' },
      { kind: 'api', value: 'crm-1' },
    ]);
    const before = await stateOf(theirs.id);
    const result = await importText(mine.id, 'name,email,external_id\nMine,same@example.com,crm-1\n');
    expect(result).toMatchObject({ created: 1, updated: 0 });
    expect(await stateOf(theirs.id)).toEqual(before);
    const [created] = (await stateOf(mine.id)).customers;
    expect(created?.id).not.toBe(theirCustomer);
  });

  it('follows a customer merged into another to the one it was merged into', async () => {
    const { id } = await account();
    const target = await existingCustomer(id, { name: 'Target', email: 'target@example.com' }, []);
    await existingCustomer(id, { name: 'Pointer', mergedIntoId: target }, [{ kind: 'api', value: 'crm-9' }]);
    const result = await importText(id, 'name,external_id,plan\nMerged Person,crm-9,Pro\n');
    expect(result).toMatchObject({ created: 0, updated: 1 });
    const state = await stateOf(id);
    expect(state.customers.find((row) => row.id === target)).toMatchObject({ name: 'Merged Person', plan: 'Pro' });
  });

  it('counts what a dry run would create and update, writing nothing', async () => {
    const { id } = await account();
    await existingCustomer(id, { name: 'Olga', email: 'olga@example.ru' }, [
      { kind: 'email', value: 'olga@example.ru' },
    ]);
    const before = await stateOf(id);
    const result = await importText(
      id,
      'name,email\nOlga,olga@example.ru\nBudi,budi@example.co.id\nOlga S.,x@example.ru\n',
      {
        dryRun: true,
      },
    );
    expect(result).toMatchObject({ outcome: 'dry_run', created: 2, updated: 0, unchanged: 1 });
    expect(await stateOf(id)).toEqual(before);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.accountId, id));
    expect(audit).toEqual([]);
  });

  it('records one audit entry for the import, by the command line, with its counts', async () => {
    const { id } = await account();
    await importText(id, 'name,email\nA,a@example.com\nB,bad\nC,c@example.com\n', { skipInvalid: true });
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.accountId, id));
    expect(entries).toEqual([
      expect.objectContaining({
        actorUserId: null,
        action: 'customers.imported',
        targetType: 'account',
        targetId: id,
        data: expect.objectContaining({ via: 'cli', rows: 3, skipped: 1, created: 2, updated: 0, unchanged: 0 }),
      }),
    ]);
  });

  it('says how many rows were imported when the database fails part-way, and a second run finishes', async () => {
    const { id } = await account();
    const suffix = unique();
    // A failure only this account's rows can meet: other test files share the database on PostgreSQL.
    await database.exec(`
      CREATE FUNCTION refuse_${suffix}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.account_id = '${id}' AND NEW.name = 'Refused' THEN RAISE EXCEPTION 'simulated outage'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_${suffix} BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION refuse_${suffix}();
    `);
    const file = await csv(
      'name,email\nA,a@example.com\nB,b@example.com\nC,c@example.com\nRefused,r@example.com\nE,e@example.com\n',
    );
    try {
      const failure = await importCustomers({ database, clock }, { file, account: id, batchSize: 2 }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(CustomerImportInterrupted);
      expect((failure as Error).message).toBe(
        'The import stopped after 2 of 5 rows were imported: simulated outage. Running the same import again is ' +
          'safe: the rows already imported are found and left as they are.',
      );
      expect((await stateOf(id)).customers.map((row) => row.name)).toEqual(['A', 'B']);
    } finally {
      await database.exec(`DROP TRIGGER refuse_${suffix} ON customers; DROP FUNCTION refuse_${suffix}();`);
    }
    const again = await importCustomers({ database, clock }, { file, account: id, batchSize: 2 });
    expect(again).toMatchObject({ created: 3, unchanged: 2 });
    expect((await stateOf(id)).customers.map((row) => row.name)).toEqual(['A', 'B', 'C', 'E', 'Refused']);
  });
});

describe('sincere import-customers', () => {
  const run = promisify(execFile);

  it('refuses a bad file with exit code 1 and a report, then imports the fixed one', async () => {
    const name = `Warung Sari ${unique()}`;
    // The command opens the database itself: on PGlite a data folder made from the run's migrated one.
    let env: Record<string, string>;
    let scratch: Database | null = null;
    if (handle.engine === 'postgres') {
      env = { DATABASE_URL: handle.url };
      scratch = database;
    } else {
      const dataDir = join(folder, 'data');
      scratch = await openDatabase({
        engine: 'pglite',
        dataDir: join(dataDir, 'pglite'),
        loadDataDir: new Blob([await readFile(handle.dumpFile)]),
      });
      env = { SINCERE_DATA_DIR: dataDir };
    }
    const created = await seedAccount(scratch.db, { name });
    await scratch.db.insert(customerAttributeDefinitions).values({
      accountId: created.id,
      key: 'segment',
      label: 'Segment',
      type: 'list',
      options: ['Retail', 'Partner'],
    });
    if (scratch !== database) await scratch.close();

    const cli = (args: string[]) =>
      run(process.execPath, [CLI, 'import-customers', ...args], {
        cwd: REPO_ROOT,
        env: childEnv({ SINCERE_DEMO: 'false', ...env }),
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const report = join(folder, 'report.csv');
    const bad = await csv('name,email,segment\nСари,sari@example.co.id,Partner\nBudi,budi@,VIP\n');
    const refused = await cli([bad, '--account', name, '--report', report]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('Checking: 2/2 rows, 100%');
    expect(refused.stderr).toContain('  3  email    "budi@" is not an email address');
    expect(refused.stderr).toContain('sincere: Nothing was imported: 2 problems in 1 row of 2.');
    expect(await readFile(report, 'utf8')).toBe(
      'row,column,reason\r\n3,email,"""budi@"" is not an email address"\r\n3,segment,"""VIP"" is not one of: Retail, Partner"\r\n',
    );

    const good = await csv('name,email,segment\nСари,sari@example.co.id,Partner\nBudi,budi@example.co.id,retail\n');
    const imported = await cli([good, '--account', name]);
    expect(imported.stderr).toContain('Importing: 2/2 rows, 100%');
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout.trim()).toBe(
      `Imported 2 rows into account "${name}" (${created.id}): 2 created, 0 updated, 0 unchanged`,
    );
  }, 180_000);
});
