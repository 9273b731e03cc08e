import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { lastCompletedQuarter } from '../rules/reports/periods.ts';
import { create, publish, update } from '../modules/steering/reports/service.ts';

/**
 * Raadsrapportages for Voorbeeld: the quarterly report of the last completed quarter, published, and a draft execution
 * plan for next year. Made through the module's own service (as Voorbeeld's policy analyst, audited with origin
 * 'demo'), after the demo region is in place, because publishing counts the dashboard figures in its own transaction.
 */
export async function seedCouncilReportsDemo(db: Kysely<DB>, today: string) {
  const analyst = await db.selectFrom('users').select(['id', 'municipalityId', 'organisationId']).where('username', '=', 'policy_analyst@voorbeeld').executeTakeFirst();
  if (!analyst) return;
  const ctx = { municipalityId: analyst.municipalityId, actorUserId: analyst.id, actorRole: 'policy_analyst', organisationId: analyst.organisationId, requestId: 'demo', origin: 'demo' };

  const quarterly = await create(db, ctx, { kind: 'quarterly', period: lastCompletedQuarter(today) }, today);
  await update(db, ctx, quarterly, 1, {
    summary: 'Het aantal uitkeringen is dit kwartaal stabiel gebleven. De meeste inwoners staan op de eerste drie treden van de '
      + 'participatieladder; daar ligt de opgave voor het komende jaar.\n\nDe reserve sociaal domein raakt volgens de begroting op. '
      + 'Het college informeert de raad in de voorjaarsnota over de dekking.',
  }, today);
  await publish(db, ctx, quarterly, 2, today);

  const plan = await create(db, ctx, { kind: 'execution_plan', period: String(Number(today.slice(0, 4)) + 1) }, today);
  await update(db, ctx, plan, 1, {
    summary: 'In dit uitvoeringsplan kiezen wij voor jongeren zonder startkwalificatie en statushouders: zij staan het verst van werk '
      + 'en hebben het meeste baat bij vroege begeleiding.',
    priorityGroups: ['jongere_rmc', 'statushouder', 'nieuw_beschut'],
    goals: [
      { text: 'Jongeren naar werk of terug naar school', measure: 'placements', target: 20 },
      { text: 'Inwoners een trede hoger op de participatieladder', measure: 'ladder_steps_up', target: 60 },
      { text: 'Taakstelling nieuw beschut werk vullen', measure: 'sheltered_placements', target: 13 },
    ],
    budgetSplit: {
      shelteredWorkCents: 18_000_000, otherGroupsCents: 32_000_000,
      differenceExplanation: 'Het re-integratiebudget van volgend jaar is nog niet vastgesteld; de verdeling gaat uit van de meicirculaire.',
    },
  }, today);
}
