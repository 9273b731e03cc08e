import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { etagOf, staleVersion, versionFromIfMatch } from '../../../server/etag.ts';
import { badRequest, notFound } from '../../../server/problem.ts';
import { DOSSIER_PURPOSE, withResident } from '../guard.ts';
import type { ResidentRow } from '../store.ts';
import { callerOf } from './caller.ts';
import { isoDate, labelled, notInFuture } from './common.ts';
import { dossierErrors, ifMatchHeader, itemParams, residentParams, writeErrors } from './params.ts';
import { occupationByCode, skillByCode } from './occupations.ts';

// Werkprofiel: what someone can and wants, the input for matching (issue 5).
export const educationLevels = labelled({
  geen: 'Geen of basisonderwijs niet afgerond', basisonderwijs: 'Basisonderwijs', vmbo: 'Vmbo', mbo1: 'Mbo 1 (entree)',
  mbo2: 'Mbo 2', mbo3: 'Mbo 3', mbo4: 'Mbo 4', havo: 'Havo', vwo: 'Vwo', hbo: 'Hbo', wo: 'Wo', buitenlands: 'Buitenlandse opleiding',
});
export const cefrLevels = labelled({ A0: 'A0 (nog geen)', A1: 'A1', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C2' });
export const licenceCategories = ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D', 'T'] as const;
export const wageValueMethods = labelled({
  'dariuz': 'Dariuz', 'loonwaardemeting-uwv': 'UWV-methode', 'werkplekmeting': 'Meting op de werkplek', 'anders': 'Andere gevalideerde methode',
});

const skillItem = z.object({
  id: z.string().uuid(), kind: z.enum(['occupation', 'skill']), code: z.string().nullable(), label: z.string(), freeText: z.string().nullable(),
}).meta({ id: 'ResidentSkill' });
const wageValueItem = z.object({
  id: z.string().uuid(), percentage: z.number().int(), measuredOn: z.string(), method: z.string(), methodLabel: z.string(),
}).meta({ id: 'WageValueMeasurement' });

const profile = z.object({
  educationLevel: educationLevels.schema.nullable(), dutchLevel: cefrLevels.schema.nullable(),
  drivingLicences: z.array(z.enum(licenceCategories)), hoursPerWeek: z.number().int().nullable(), maxTravelKm: z.number().int().nullable(),
  availableFrom: z.string().nullable().describe('Beschikbaar per (JJJJ-MM-DD); leeg: nu beschikbaar'),
  wishes: z.string(), version: z.number().int().describe('0 zolang er nog geen werkprofiel is'),
  skills: z.array(skillItem), wageValues: z.array(wageValueItem),
  currentWageValue: wageValueItem.nullable(),
}).meta({ id: 'WorkProfile' });

const profileInput = z.object({
  educationLevel: educationLevels.schema.nullable(),
  dutchLevel: cefrLevels.schema.nullable(),
  drivingLicences: z.array(z.enum(licenceCategories)).max(8),
  hoursPerWeek: z.number().int('Hele uren').min(0).max(60, 'Hoogstens 60 uur per week').nullable(),
  maxTravelKm: z.number().int('Hele kilometers').min(0).max(300, 'Hoogstens 300 km').nullable(),
  availableFrom: isoDate.nullable().default(null).describe('Beschikbaar per: vanaf wanneer iemand kan beginnen; leeg of weggelaten: nu'),
  wishes: z.string().trim().max(4000),
}).strict().meta({ id: 'WorkProfileNew' });

const skillInput = z.object({
  kind: z.enum(['occupation', 'skill']),
  code: z.string().trim().max(20).nullable().default(null),
  freeText: z.string().trim().min(2).max(200).nullable().default(null),
}).strict().refine((v) => v.code || v.freeText, 'Kies een code uit de lijst of vul een omschrijving in').meta({ id: 'ResidentSkillNew' });

const wageValueInput = z.object({
  percentage: z.number().int('Een heel percentage').min(0).max(100, 'Loonwaarde is hoogstens 100%'),
  measuredOn: isoDate,
  method: wageValueMethods.schema,
}).strict().meta({ id: 'WageValueNew' });

async function loadProfile(tx: Kysely<DB>, resident: ResidentRow) {
  const [row, skills, wageValues] = await Promise.all([
    tx.selectFrom('workProfiles').selectAll().where('residentId', '=', resident.id).where('municipalityId', '=', resident.municipalityId).executeTakeFirst(),
    tx.selectFrom('residentSkills').selectAll().where('residentId', '=', resident.id).where('municipalityId', '=', resident.municipalityId).orderBy('createdAt').execute(),
    tx.selectFrom('wageValueMeasurements').selectAll().where('residentId', '=', resident.id).where('municipalityId', '=', resident.municipalityId).orderBy('measuredOn', 'desc').execute(),
  ]);
  const presentedWageValues = wageValues.map((w) => ({ id: w.id, percentage: w.percentage, measuredOn: w.measuredOn, method: w.method, methodLabel: wageValueMethods.label(w.method) }));
  return {
    educationLevel: (row?.educationLevel ?? null) as never, dutchLevel: (row?.dutchLevel ?? null) as never,
    drivingLicences: (row?.drivingLicences ?? []) as never, hoursPerWeek: row?.hoursPerWeek ?? null, maxTravelKm: row?.maxTravelKm ?? null,
    availableFrom: row?.availableFrom ?? null, wishes: row?.wishes ?? '', version: row?.version ?? 0,
    skills: skills.map((s) => ({
      id: s.id, kind: s.kind, code: s.code, freeText: s.freeText,
      label: (s.code ? (s.kind === 'occupation' ? occupationByCode.get(s.code) : skillByCode.get(s.code)) : undefined) ?? s.freeText ?? '',
    })),
    wageValues: presentedWageValues,
    currentWageValue: presentedWageValues[0] ?? null,
  };
}

export async function workProfileRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const read = { access: { resource: 'resident' as const, action: 'read' as const, purpose: DOSSIER_PURPOSE } };
  const write = { access: { resource: 'resident' as const, action: 'update' as const, purpose: DOSSIER_PURPOSE } };

  app.get('/residents/:id/work-profile', {
    config: read,
    schema: { tags: ['Werkprofiel'], summary: 'Werkprofiel van een inwoner', description: 'Opleiding, taalniveau, rijbewijs, beroepen en vaardigheden, beschikbaarheid (uren, reisafstand, beschikbaar per), wensen en loonwaardemetingen.',
      params: residentParams, response: { 200: profile, ...dossierErrors } },
  }, async (request, reply) => {
    const value = await withResident(callerOf(app, request), 'work_profile.read', request.params.id, async (tx, resident) => ({
      value: await loadProfile(tx, resident), audit: { action: 'work_profile.read', objectType: 'work_profile' },
    }));
    return reply.header('ETag', etagOf(value.version)).send(value);
  });

  app.put('/residents/:id/work-profile', {
    config: write,
    schema: { tags: ['Werkprofiel'], summary: 'Werkprofiel vastleggen', description: 'Vervangt de profielvelden. Vereist If-Match ("v0" voor een nieuw profiel); een verouderde versie geeft 412.',
      params: residentParams, headers: ifMatchHeader, body: profileInput, response: { 200: profile, ...writeErrors } },
  }, async (request, reply) => {
    const expected = versionFromIfMatch(request.headers['if-match']);
    const value = await withResident(callerOf(app, request), 'work_profile.update', request.params.id, async (tx, resident) => {
      const fields = { ...request.body, drivingLicences: [...new Set(request.body.drivingLicences)] };
      if (expected === 0) {
        const inserted = await tx.insertInto('workProfiles').values({ ...fields, residentId: resident.id, municipalityId: resident.municipalityId })
          .onConflict((oc) => oc.column('residentId').doNothing()).returning('version').executeTakeFirst();
        if (!inserted) throw staleVersion();
      } else {
        const updated = await tx.updateTable('workProfiles').set({ ...fields, version: sql`version + 1`, updatedAt: new Date() })
          .where('residentId', '=', resident.id).where('municipalityId', '=', resident.municipalityId).where('version', '=', expected)
          .returning('version').executeTakeFirst();
        if (!updated) throw staleVersion();
      }
      return { value: await loadProfile(tx, resident), audit: { action: 'work_profile.update', objectType: 'work_profile' } };
    });
    return reply.header('ETag', etagOf(value.version)).send(value);
  });

  app.post('/residents/:id/work-profile/skills', {
    config: write,
    schema: { tags: ['Werkprofiel'], summary: 'Beroep of vaardigheid toevoegen', description: 'Een code uit de meegeleverde lijst (GET /occupations) of een eigen omschrijving.',
      params: residentParams, body: skillInput, response: { 201: profile, ...dossierErrors } },
  }, async (request, reply) => {
    const { kind, code, freeText } = request.body;
    if (code && !(kind === 'occupation' ? occupationByCode : skillByCode).has(code)) {
      throw badRequest(`Onbekende code ${code}: kies uit de lijst of vul een eigen omschrijving in.`);
    }
    const value = await withResident(callerOf(app, request), 'skill.create', request.params.id, async (tx, resident) => {
      const row = await tx.insertInto('residentSkills').values({ residentId: resident.id, municipalityId: resident.municipalityId, kind, code, freeText })
        .returning('id').executeTakeFirstOrThrow();
      return { value: await loadProfile(tx, resident), audit: { action: 'skill.create', objectType: 'skill', objectId: row.id } };
    });
    return reply.status(201).send(value);
  });

  app.delete('/residents/:id/work-profile/skills/:itemId', {
    config: write,
    schema: { tags: ['Werkprofiel'], summary: 'Beroep of vaardigheid verwijderen', description: 'Haalt een beroep of vaardigheid uit het profiel.',
      params: itemParams, response: { 204: z.null().describe('Verwijderd'), ...dossierErrors } },
  }, async (request, reply) => {
    await withResident(callerOf(app, request), 'skill.delete', request.params.id, async (tx, resident) => {
      const gone = await tx.deleteFrom('residentSkills').where('id', '=', request.params.itemId)
        .where('residentId', '=', resident.id).where('municipalityId', '=', resident.municipalityId).executeTakeFirst();
      if (Number(gone.numDeletedRows) !== 1) throw notFound('Dit beroep of deze vaardigheid staat niet in het profiel.');
      return { value: null, audit: { action: 'skill.delete', objectType: 'skill', objectId: request.params.itemId } };
    });
    return reply.status(204).send(null);
  });

  app.post('/residents/:id/work-profile/wage-values', {
    config: write,
    schema: { tags: ['Werkprofiel'], summary: 'Loonwaardemeting vastleggen', description: 'Loonwaarde: het percentage van het wettelijk minimumloon dat iemands arbeidsprestatie waard is. De jongste meting geldt.',
      params: residentParams, body: wageValueInput, response: { 201: profile, ...dossierErrors } },
  }, async (request, reply) => {
    const caller = callerOf(app, request);
    const value = await withResident(caller, 'wage_value.create', request.params.id, async (tx, resident) => {
      notInFuture(request.body.measuredOn, todayIso(), 'Een loonwaardemeting');
      const row = await tx.insertInto('wageValueMeasurements').values({ ...request.body, residentId: resident.id, municipalityId: resident.municipalityId, recordedBy: caller.actor.userId })
        .returning('id').executeTakeFirstOrThrow();
      return { value: await loadProfile(tx, resident), audit: { action: 'wage_value.create', objectType: 'wage_value', objectId: row.id } };
    });
    return reply.status(201).send(value);
  });
}
