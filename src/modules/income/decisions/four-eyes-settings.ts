import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { MONTHLY_FOUR_EYES_SETTING, RECOVERY_FOUR_EYES_SETTING, type FourEyesThresholds } from '../../../rules/income/four-eyes.ts';
import { policyValue } from '../../provisions/trajectories/service.ts';

type Setting = NonNullable<Awaited<ReturnType<typeof policyValue>>>;

/** The municipality's two four-eyes settings valid on a day (decision 0020), as rows and as the rule's thresholds. */
export async function fourEyesSettings(db: Kysely<DB>, municipalityId: string, day: string): Promise<{ monthly: Setting | undefined; recovery: Setting | undefined; thresholds: FourEyesThresholds }> {
  const [monthly, recovery] = await Promise.all([
    policyValue(db, municipalityId, MONTHLY_FOUR_EYES_SETTING, day),
    policyValue(db, municipalityId, RECOVERY_FOUR_EYES_SETTING, day),
  ]);
  return {
    monthly, recovery,
    thresholds: { monthlyCents: monthly ? Number(monthly.value) : null, recoveryCents: recovery ? Number(recovery.value) : null },
  };
}
