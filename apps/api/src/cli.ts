/**
 * The `chainboard` command: operator tasks on the configured database (DATABASE_URL, or SQLite in
 * CHAINBOARD_DATA_DIR). Every change it makes writes its audit row, as the web does.
 */

import path from 'node:path';
import { type Role, Role as RoleSchema, UserInput } from '@chainboard/contracts';
import { Command, InvalidArgumentError } from 'commander';
import { ZodError } from 'zod';
import { createDeps } from './app.js';
import { loadConfig } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import { DEMO_PASSWORD } from './demo/demo-logins.js';
import { DEMO_SETTING, generateDemo } from './demo/generate-demo.js';
import { generatePassword } from './lib/crypto.js';
import { AppError } from './lib/errors.js';
import { actorOf } from './modules/auth/auth.service.js';
import { organisationsRepository } from './modules/organisations/organisations.repository.js';
import { plansService } from './modules/plans/plans.service.js';
import { usersRepository } from './modules/users/users.repository.js';
import { usersService } from './modules/users/users.service.js';
import type { Actor } from './policy/actor.js';
import { seedReference } from './seed/seed-reference.js';
import { startServer } from './server.js';
import { VERSION } from './version.js';

/** The operator at the command line holds the powers an administrator would need for the task. */
const CLI_ACTOR: Actor = {
  userId: 0,
  username: 'cli',
  organisationId: 0,
  organisationType: 'office',
  roles: ['sysAdmin', 'securityAdmin', 'auditAdmin'],
};
const cliContext = { actor: CLI_ACTOR, ip: null };

/**
 * `open`: check the audit key against the database's trail first, as a server start does (off for
 * `audit verify`, which reports a wrong key or a missing head instead of refusing).
 */
async function withDeps<T>(
  work: (deps: ReturnType<typeof createDeps>) => Promise<T>,
  { migrate = true, open = migrate }: { migrate?: boolean; open?: boolean } = {},
): Promise<T> {
  const deps = createDeps(loadConfig());
  try {
    if (migrate) await migrateToLatest(deps.db);
    if (open) await deps.audit.open(deps.db);
    const result = await work(deps);
    if (open) await deps.audit.checkpoint(deps.db);
    return result;
  } finally {
    await deps.connection.close();
  }
}

function parseRole(value: string, previous: Role[] = []): Role[] {
  const parsed = RoleSchema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`unknown role; one of: ${RoleSchema.options.join(', ')}`);
  return [...previous, parsed.data];
}

const program = new Command('chainboard').description('产业链链长制工作平台 — operator commands').version(VERSION).showHelpAfterError();

program
  .command('migrate')
  .description('bring the database schema up to date')
  .action(() =>
    withDeps(
      async (deps) => {
        const applied = await migrateToLatest(deps.db);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      },
      { migrate: false },
    ),
  );

program
  .command('seed')
  .description('write the reference data (cities, departments, the 16 chains of 2024, the admin account) where missing')
  .action(() =>
    withDeps(async (deps) => {
      const result = await seedReference(deps, { adminPassword: deps.config.adminPassword });
      console.log(`reference data: ${result.created} record(s) created`);
      if (result.adminPassword && !deps.config.adminPassword) console.log(`initial password of admin: ${result.adminPassword}`);
    }),
  );

const user = program.command('user').description('manage accounts');

user
  .command('add <username>')
  .description('create an account; it must change its password at first login')
  .requiredOption('--org <name>', 'organisation name, e.g. 省链长办 or 太原市')
  .option('--name <displayName>', 'the person’s name (defaults to the user name)')
  .option('--role <role>', `a role to grant, repeatable: ${RoleSchema.options.join(', ')}`, parseRole, [])
  .option('--password <password>', 'initial password (generated and printed when omitted)')
  .action((username: string, opts: { org: string; name?: string; role: Role[]; password?: string }) =>
    withDeps(async (deps) => {
      const org = await organisationsRepository.findByName(deps.db, opts.org);
      if (!org) throw new AppError('NOT_FOUND', `organisation "${opts.org}" not found`);
      const password = opts.password ?? generatePassword();
      const input = UserInput.parse({ username, displayName: opts.name ?? username, organisationId: org.id, password });
      const created = await usersService.create(deps, cliContext, input);
      if (opts.role.length) await usersService.setRoles(deps, cliContext, created.id, { roles: opts.role });
      console.log(`created ${username} in ${org.name}${opts.role.length ? ` with ${opts.role.join(', ')}` : ''}`);
      if (!opts.password) console.log(`initial password: ${password}`);
    }),
  );

user
  .command('reset-password <username>')
  .description('set a new password, unlock the account and end its sessions; it must be changed at next login')
  .option('--password <password>', 'the new password (generated and printed when omitted)')
  .action((username: string, opts: { password?: string }) =>
    withDeps(async (deps) => {
      const found = await usersRepository.findByUsername(deps.db, username);
      if (!found) throw new AppError('NOT_FOUND', `user "${username}" not found`);
      const password = opts.password ?? generatePassword();
      const parsed = UserInput.shape.password.safeParse(password);
      if (!parsed.success) throw new AppError('PASSWORD_POLICY', parsed.error.issues[0].message);
      await usersService.resetPassword(deps, cliContext, found.id, password);
      console.log(`password of ${username} reset${opts.password ? '' : `: ${password}`}`);
    }),
  );

program
  .command('audit')
  .description('the audit trail')
  .command('verify')
  .description(
    'check every audit row against its HMAC-SM3 chain and the signed head (in the database and <data dir>/audit.head); exits 1 when a row was edited, removed, reordered or cut from the end',
  )
  .action(() =>
    withDeps(
      async (deps) => {
        const result = await deps.audit.verify(deps.db);
        for (const p of result.problems) console.error(`${p.id > 0 ? `row ${p.id}` : 'trail'}: ${p.problem}`);
        console.log(
          result.ok
            ? `audit trail intact: ${result.checked} row(s) checked`
            : `audit trail BROKEN: ${result.problems.length} problem(s) in ${result.checked} row(s)`,
        );
        if (!result.ok) process.exitCode = 1;
      },
      { open: false },
    ),
  );

program
  .command('plan')
  .description('annual action plans')
  .command('import <file>')
  .description(
    "load a year's action plan (targets, tasks, quarterly milestones, metrics it defines) from a JSON file; see plans/shanxi-2024.json. A year already loaded gets its next version, keeping reported milestones",
  )
  .option('--by <username>', 'the account recorded as making this version (default: system)')
  .action((file: string, opts: { by?: string }) =>
    withDeps(async (deps) => {
      const by = opts.by ? await usersRepository.findByUsername(deps.db, opts.by) : null;
      if (opts.by && !by) throw new AppError('NOT_FOUND', `user "${opts.by}" not found`);
      const r = await plansService.importPlanFile(deps, path.resolve(file), by ? { actor: actorOf(by), ip: null } : undefined);
      console.log(`plan ${r.year} loaded: ${r.targets} targets, ${r.tasks} tasks, ${r.milestones} milestones (version ${r.version})`);
    }),
  );

program
  .command('backup <file>')
  .description('write a consistent copy of the SQLite database, safe while the platform runs')
  .action((file: string) =>
    withDeps(async (deps) => {
      if (!deps.connection.sqlite) {
        console.error('On PostgreSQL, back up with pg_dump, e.g.: pg_dump --format=custom --file=chainboard.dump "$DATABASE_URL"');
        process.exitCode = 2;
        return;
      }
      await deps.connection.sqlite.backup(file);
      console.log(`backup written to ${file}`);
    }),
  );

program
  .command('demo')
  .description('fill a database with the invented demo data set (示例数据) and, with --start, serve it')
  .option('--scale <factor>', 'size as a multiple of one province (800 enterprises)', parseScale, 1)
  .option('--start', 'start the platform on it afterwards, with the demo logins on the login page')
  .action(async (opts: { scale: number; start?: boolean }) => {
    // the demo keeps its own data directory, away from real data, unless told otherwise
    const config = { ...loadConfig(), demo: true };
    if (!process.env.CHAINBOARD_DATA_DIR) config.dataDir = path.resolve(config.dataDir, '../data-demo');
    const deps = createDeps(config);
    try {
      await migrateToLatest(deps.db);
      await deps.audit.open(deps.db);
      const seeded = await seedReference(deps, { adminPassword: config.adminPassword });
      if (seeded.adminPassword && !config.adminPassword) console.log(`initial password of admin: ${seeded.adminPassword}`);
      const done = await deps.db.selectFrom('settings').select('value').where('key', '=', DEMO_SETTING).executeTakeFirst();
      if (done) console.log(`demo data already present (scale ${done.value}) in ${deps.kind === 'sqlite' ? config.dataDir : 'PostgreSQL'}`);
      else {
        const started = Date.now();
        const summary = await generateDemo(deps, { scale: opts.scale });
        console.log(
          `demo data written in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.enterprises} enterprises, ${summary.figures} quarterly figures, ${summary.projects} projects, ${summary.users} logins (password ${DEMO_PASSWORD})`,
        );
      }
      await deps.audit.checkpoint(deps.db);
    } finally {
      await deps.connection.close();
    }
    if (opts.start) await startServer(config);
  });

function parseScale(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n <= 1000)) throw new InvalidArgumentError('a number between 0 and 1000, e.g. 0.5 or 10');
  return n;
}

program.parseAsync().catch((err: unknown) => {
  if (err instanceof ZodError) console.error(`error: ${err.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`);
  else console.error(err instanceof Error ? `error: ${err.message}` : err);
  process.exit(1);
});
