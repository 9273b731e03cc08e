import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIso } from '../../../rules/dates.ts';
import { ladderStepName } from '../../../rules/ladder.ts';
import { presentLadder } from '../present.ts';
import { ladderSchema } from '../schema.ts';
import { withResident, DOSSIER_PURPOSE } from '../guard.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { callerOf } from './caller.ts';
import { isoDate, notInFuture } from './common.ts';
import { dossierErrors, residentParams } from './params.ts';

// Participatieladder: a history of measurements; corrections are new measurements, nothing is overwritten.
const measurement = z.object({
  id: z.string().uuid(), step: z.number().int().min(1).max(6), stepName: z.string(), measuredOn: z.string(),
  measuredBy: z.object({ id: z.string().uuid(), displayName: z.string() }).nullable(), motivation: z.string(),
}).meta({ id: 'LadderMeasurement' });

const measurementInput = z.object({
  step: z.number().int('Kies een trede van 1 tot en met 6').min(1, 'Kies een trede van 1 tot en met 6').max(6, 'Kies een trede van 1 tot en met 6'),
  measuredOn: isoDate,
  motivation: z.string().trim().min(10, 'Motiveer de meting in minstens 10 tekens').max(2000),
}).strict().meta({ id: 'LadderMeasurementNew' });

async function history(tx: Kysely<DB>, residentId: string, municipalityId: string) {
  const rows = await tx.selectFrom('ladderMeasurements as m').leftJoin('users as u', 'u.id', 'm.measuredBy')
    .select(['m.id', 'm.step', 'm.measuredOn', 'm.motivation', 'm.measuredBy', 'u.displayName'])
    .where('m.residentId', '=', residentId).where('m.municipalityId', '=', municipalityId)
    .orderBy('m.measuredOn', 'desc').orderBy('m.recordedAt', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, step: r.step, stepName: ladderStepName(r.step), measuredOn: r.measuredOn, motivation: r.motivation,
    measuredBy: r.measuredBy ? { id: r.measuredBy, displayName: r.displayName ?? '' } : null,
  }));
}

export async function ladderRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const page = z.object({ current: ladderSchema, items: z.array(measurement) }).meta({ id: 'LadderHistory' });

  app.get('/residents/:id/ladder-measurements', {
    config: { access: { resource: 'resident', action: 'read', purpose: DOSSIER_PURPOSE } },
    schema: { tags: ['Participatieladder'], summary: 'Metingen op de participatieladder',
      description: 'Alle metingen, nieuwste eerst, met de huidige trede, de gemeentelijke categorie en of een nieuwe meting nodig is (na zes maanden).',
      params: residentParams, response: { 200: page, ...dossierErrors } },
  }, async (request) => withResident(callerOf(app, request), 'ladder.list', request.params.id, async (tx, resident) => ({
    value: { current: presentLadder(resident.ladderStep, resident.ladderMeasuredOn, todayIso()), items: await history(tx, resident.id, resident.municipalityId) },
    audit: { action: 'ladder.list', objectType: 'ladder_measurement' },
  })));

  app.post('/residents/:id/ladder-measurements', {
    config: { access: { resource: 'resident', action: 'update', purpose: DOSSIER_PURPOSE } },
    schema: { tags: ['Participatieladder'], summary: 'Trede meten',
      description: 'Legt een meting vast. De jongste meting bepaalt de huidige trede en categorie.',
      params: residentParams, body: measurementInput, response: { 201: page, ...dossierErrors } },
  }, async (request, reply) => {
    const caller = callerOf(app, request);
    const value = await withResident(caller, 'ladder.create', request.params.id, async (tx, resident) => {
      const today = todayIso();
      notInFuture(request.body.measuredOn, today, 'Een meting');
      const row = await tx.insertInto('ladderMeasurements').values({
        municipalityId: resident.municipalityId, residentId: resident.id, step: request.body.step,
        measuredOn: request.body.measuredOn, motivation: request.body.motivation, measuredBy: caller.actor.userId,
      }).returning('id').executeTakeFirstOrThrow();
      // The current step is the latest measurement by date; an older one entered late changes nothing, and
      // of two on the same day the one recorded last counts (a correction).
      const latest = await tx.selectFrom('ladderMeasurements').select(['step', 'measuredOn'])
        .where('residentId', '=', resident.id).where('municipalityId', '=', resident.municipalityId)
        .orderBy('measuredOn', 'desc').orderBy('recordedAt', 'desc').limit(1).executeTakeFirstOrThrow();
      const updated = await tx.updateTable('residents').set({ ladderStep: latest.step, ladderMeasuredOn: latest.measuredOn })
        .where('id', '=', resident.id).where('municipalityId', '=', resident.municipalityId)
        .returning(['ladderStep', 'ladderMeasuredOn']).executeTakeFirstOrThrow();
      return {
        value: { current: presentLadder(updated.ladderStep, updated.ladderMeasuredOn, today), items: await history(tx, resident.id, resident.municipalityId) },
        audit: { action: 'ladder.create', objectType: 'ladder_measurement', objectId: row.id },
      };
    });
    return reply.status(201).send(value);
  });
}
