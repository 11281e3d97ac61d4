import { existsSync, createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { migrate } from '@sincere/db';
import { ROLES, Email, Password, PersonName, type Role } from '@sincere/contracts';
import { ConfigError, loadConfig, type Config } from './config';
import { openConfiguredDatabase, startSincere } from './runtime';
import { hasAnyAccount, seedDemo } from './modules/demo/seed-demo';
import { createAdmin } from './modules/users/create-admin';
import { exportAccount } from './modules/backup/export-account';
import { ImportError, importAccount } from './modules/backup/import-account';
import { createAttachmentStorage } from './modules/attachments/attachment-storage';
import {
  CustomerImportError,
  CustomerImportInterrupted,
  describeImport,
  importCustomers,
} from './modules/customers/import-customers';
import { IMPORT_COLUMNS_HELP } from './modules/customers/import-customers-columns';
import { progressBar } from './modules/customers/import-customers-progress';
import { formatProblemTable, problemsCsv } from './modules/customers/import-customers-report';
import { buildWebIfMissing } from './build-web';
import { DataDirInUseError } from './data-dir-lock';

const program = new Command('sincere').description('Sincere customer-service platform').showHelpAfterError();

async function withDatabase<T>(
  work: (database: Awaited<ReturnType<typeof openConfiguredDatabase>>['database'], config: Config) => Promise<T>,
) {
  const config = loadConfig();
  const { database, release } = await openConfiguredDatabase(config);
  try {
    await migrate(database);
    return await work(database, config);
  } finally {
    await database.close();
    release();
  }
}

program
  .command('start')
  .description(
    'Run the server (migrates first; seeds the demo workspace on an empty database unless SINCERE_DEMO=false)',
  )
  .option('--dev', 'skip building the web app (use `npm run dev -w @sincere/web` beside it)')
  .action(async (options: { dev?: boolean }) => {
    const config = loadConfig();
    if (!options.dev) await buildWebIfMissing(config.webRoot);
    const running = await startSincere(config);
    const where =
      config.database.engine === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${config.database.dataDir}`;
    console.log(`\nSincere is running at ${running.url}  (database: ${where})`);
    console.log(`API docs: ${running.url}/api/docs`);
    if (running.demo)
      console.log(`Demo workspace created. Sign in as ${running.demo.email} / ${running.demo.password}`);
    else if (config.seedDemo)
      console.log('Demo sign-in (if this is the demo workspace): admin@demo.sincere.local / sincere-demo');
    const shutdown = async (signal: string) => {
      console.log(`\n${signal}: stopping…`);
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  });

program
  .command('migrate')
  .description('Apply database migrations and exit')
  .action(async () => {
    const config = loadConfig();
    const { database, release } = await openConfiguredDatabase(config);
    try {
      const applied = await migrate(database);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date');
    } finally {
      await database.close();
      release();
    }
  });

program
  .command('seed-demo')
  .description('Create the demo workspace (refuses when the database already has accounts, unless --force)')
  .option('--force', 'add a demo account even if others exist (its emails must be free)')
  .action(async (options: { force?: boolean }) =>
    withDatabase(async (database) => {
      if (!options.force && (await hasAnyAccount(database))) {
        throw new CliError('The database already has accounts; use --force to add the demo workspace anyway');
      }
      const demo = await seedDemo(database, () => new Date());
      console.log(`Demo account ${demo.accountId}: sign in as ${demo.email} / ${demo.password}`);
    }),
  );

program
  .command('create-admin')
  .description('Create an account with its first admin, or add an admin to an existing account')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .option('--account <name>', 'name of a new account')
  .option('--account-id <uuid>', 'add the admin to this existing account instead')
  .addOption(new Option('--role <role>', 'role of the user').choices([...ROLES]).default('admin'))
  .option('--password <password>', 'password (at least 10 characters); read from SINCERE_PASSWORD when omitted')
  .action(
    async (options: {
      email: string;
      name: string;
      account?: string;
      accountId?: string;
      role: Role;
      password?: string;
    }) =>
      withDatabase(async (database) => {
        const password = Password.safeParse(options.password ?? process.env['SINCERE_PASSWORD'] ?? '');
        const email = Email.safeParse(options.email);
        const name = PersonName.safeParse(options.name);
        if (!email.success) throw new CliError('--email: not a valid email address');
        if (!name.success) throw new CliError('--name: must not be empty');
        if (!password.success) throw new CliError('--password (or SINCERE_PASSWORD): at least 10 characters');
        if (!options.account && !options.accountId)
          throw new CliError('Give --account <name> for a new account or --account-id <uuid>');
        const created = await createAdmin(database, {
          email: email.data,
          name: name.data,
          password: password.data,
          role: options.role,
          account: options.accountId ? { id: options.accountId } : { name: options.account ?? '' },
        });
        console.log(`User ${created.email} (${created.role}) in account ${created.accountId}`);
      }),
  );

program
  .command('export')
  .description('Write one account, with all its data, as newline-delimited JSON')
  .requiredOption('--account-id <uuid>')
  .option('--out <file>', 'output file (default: standard output)')
  .action(async (options: { accountId: string; out?: string }) =>
    withDatabase(async (database, config) => {
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      const storage = await createAttachmentStorage(config.attachments.storage);
      const missing = (id: string) =>
        console.error(`Attachment ${id}: its bytes are missing from storage; exported without them`);
      for await (const line of exportAccount(database, options.accountId, new Date(), storage, missing)) {
        if (!out.write(line)) await once(out, 'drain');
      }
      if (options.out) {
        out.end();
        await once(out, 'finish');
        console.error(`Exported account ${options.accountId} to ${options.out}`);
      }
    }),
  );

program
  .command('import')
  .description('Restore an account from an export file (all or nothing)')
  .argument('<file>', 'a file written by `sincere export`')
  .action(async (file: string) =>
    withDatabase(async (database, config) => {
      if (!existsSync(file)) throw new CliError(`No such file: ${file}`);
      const storage = await createAttachmentStorage(config.attachments.storage);
      const result = await importAccount(database, createReadStream(file), storage);
      console.log(`Imported account ${result.accountId}: ${result.rows} rows, ${result.files} files`);
    }),
  );

program
  .command('import-customers')
  .description(
    'Create or update the customers of an account from a CSV file; a file with problems imports nothing ' +
      'until they are fixed or --skip-invalid is given',
  )
  .argument('<file>', 'CSV with a header row (UTF-8; comma, semicolon or tab separated)')
  .requiredOption('--account <account>', 'the account, by id or by name')
  .option('--skip-invalid', 'import the valid rows and list the others, instead of importing nothing')
  .option('--dry-run', 'check the file and say what would be created or updated, without writing')
  .option('--report <file>', 'also write the problems to this file as CSV (row, column, reason)')
  .addHelpText('after', IMPORT_COLUMNS_HELP)
  .action(
    async (file: string, options: { account: string; skipInvalid?: boolean; dryRun?: boolean; report?: string }) =>
      withDatabase(async (database) => {
        if (!existsSync(file)) throw new CliError(`No such file: ${file}`);
        const result = await importCustomers(
          { database, clock: () => new Date() },
          {
            file,
            account: options.account,
            skipInvalid: options.skipInvalid ?? false,
            dryRun: options.dryRun ?? false,
            progress: progressBar(process.stderr),
          },
        ).catch((error: unknown) => {
          const known = error instanceof CustomerImportError || error instanceof CustomerImportInterrupted;
          throw known ? new CliError(error.message) : error;
        });
        const { problems } = result;
        if (options.report) await writeFile(options.report, problemsCsv(problems));
        if (problems.total > 0) console.error(`\n${formatProblemTable(problems)}\n`);
        const summary = describeImport(result);
        if (result.outcome === 'refused') throw new CliError(summary);
        console.log(summary);
      }),
  );

class CliError extends Error {}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    // Operator mistakes get one plain line; anything else is a bug and keeps its stack.
    const known = [CliError, ConfigError, DataDirInUseError, ImportError].some((kind) => error instanceof kind);
    console.error(known ? `sincere: ${(error as Error).message}` : error);
    process.exitCode = 1;
  }
}
