import { buildApp, createDeps } from './app.js';
import { loadConfig } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import { seedReference } from './seed/seed-reference.js';

/** The audit chain's head is copied to `<data dir>/audit.head` this often (the write window). */
const AUDIT_CHECKPOINT_MS = 5000;

/** Reads the environment, migrates, seeds what is missing, and listens. */
export async function startServer(config = loadConfig()) {
  const deps = createDeps(config);
  try {
    await migrateToLatest(deps.db);
    // a process with another audit key would write rows that break the chain for good: refuse to start
    await deps.audit.open(deps.db);
  } catch (err) {
    await deps.connection.close();
    throw err;
  }
  const seeded = await seedReference(deps, { adminPassword: config.adminPassword });
  const app = await buildApp(deps, { logger: true });
  const stopCheckpoints = deps.audit.checkpointEvery(deps.db, AUDIT_CHECKPOINT_MS, (err) =>
    app.log.error({ err }, 'audit head checkpoint failed'),
  );
  app.addHook('onClose', stopCheckpoints);
  const close = async () => {
    await app.close();
    await deps.connection.close();
  };
  process.once('SIGINT', () => void close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void close().then(() => process.exit(0)));
  await app.listen({ port: config.port, host: config.host });
  const where = deps.kind === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL';
  console.log(`\nchainboard 已启动：http://localhost:${config.port}  (${where})`);
  if (seeded.adminPassword && !config.adminPassword) {
    console.log(`\n  初始管理员账号 admin，密码：${seeded.adminPassword}`);
    console.log('  （只显示这一次；首次登录须修改密码）\n');
  }
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startServer().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
