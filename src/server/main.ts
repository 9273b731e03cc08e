import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { buildApp } from './app.ts';

const config = loadConfig();
const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
const applied = await migrate(database);
const app = await buildApp({ config, database });
if (applied.length) app.log.info({ applied }, 'migraties toegepast');
if (config.loadDemo) {
  const loaded = await loadDemoRegionIfEmpty(database.db, { production: config.production });
  if (loaded) app.log.info(loaded, 'demoregio geladen');
}

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port: config.port, host: config.host });
app.log.info(`Meedoen ${config.version} luistert op http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (opslag: ${database.mode === 'pglite' ? config.dataDir : 'PostgreSQL'})`);
