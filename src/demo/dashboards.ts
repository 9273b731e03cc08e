import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';

/**
 * The dashboards' reference figures for a demo municipality: its (fictional) number of inhabitants, and a national
 * number of benefits per 1,000 inhabitants. The national figure is a demo value of the right order of magnitude
 * (roughly 400,000 benefits for roughly 18 million inhabitants), not a published statistic: a real municipality enters
 * the current CBS figure with its source.
 */
export async function seedDashboardDemo(db: Kysely<DB>, options: { municipalityId: string; inhabitants: number; today: string }) {
  const validFrom = `${options.today.slice(0, 4)}-01-01`;
  await db.insertInto('dashboardReferenceFigures').values([
    { municipalityId: options.municipalityId, kind: 'inhabitants', validFrom, value: options.inhabitants, source: 'Demo: fictief inwonertal van de demogemeente' },
    {
      municipalityId: options.municipalityId, kind: 'national_benefits_per_1000', validFrom, value: 22.5,
      source: 'Demo: orde van grootte (ca. 400.000 bijstandsuitkeringen op ca. 18 miljoen inwoners); vervang door het actuele CBS-cijfer',
    },
  ]).execute();
}
