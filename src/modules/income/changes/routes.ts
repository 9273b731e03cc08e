import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../server/problem.ts';
import { errors, writeErrors } from '../../provisions/common.ts';
import type { Caller } from '../../residents/guard.ts';
import { audited, callerOf, ensureInScope, INCOME_PURPOSE, refuse } from '../scope.ts';
import { presentHouseholdReport, presentIncomeReport } from './present.ts';
import { householdReportNew, householdReportSchema, incomeReportNew, incomeReportSchema, reportQuery } from './schema.ts';
import { reportHousemate, reportIncome } from './service.ts';
import { findHouseholdReport, findIncomeReport, listHouseholdReports, listIncomeReports } from './store.ts';

// Wijzigingen doorgeven (Mijn Meedoen) and the recalculation proposal the income consultant turns into a change decision.

const access = (action: 'list' | 'read' | 'report') => ({ resource: 'benefit', action, purpose: INCOME_PURPOSE }) as const;
const tags = ['Inkomen: wijzigingen'];
const incomeParams = z.object({ incomeReportId: z.string().uuid('Ongeldige melding-id') });
const householdParams = z.object({ householdReportId: z.string().uuid('Ongeldige melding-id') });

async function inScope<T extends { residentId: string; residentTeamId: string | null }>(c: Caller, row: T | undefined, id: string, objectType: string): Promise<T> {
  if (!row) return refuse(c, { action: `${objectType}.read`, objectType, objectId: id }, notFound('Deze melding bestaat niet of u heeft er geen toegang toe.'));
  await ensureInScope(c, row, { action: `${objectType}.read`, objectType, objectId: id });
  return row;
}

export async function changeRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post('/benefit-income-reports', {
    config: { access: access('report') },
    schema: { tags, summary: 'Inkomsten van een maand doorgeven',
      description: 'Inkomstenopgave: inkomsten uit werk (aanvrager en partner), ander inkomen en giften over één maand. Een nieuwe opgave voor een maand die nog niet is verwerkt vervangt de vorige; een verwerkte maand is dicht (409). De consulent inkomen maakt er een wijzigingsbesluit van; de betaalrun gebruikt een verwerkte opgave voor die maand.',
      body: incomeReportNew, response: { 201: incomeReportSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const { id } = await reportIncome(c, request.body);
    return reply.status(201).send(await presentIncomeReport(c, c.db, (await findIncomeReport(c.db, c.actor.municipalityId, id))!));
  });

  app.get('/benefit-income-reports', {
    config: { access: access('list') },
    schema: { tags, summary: 'Inkomstenopgaven', description: 'Nieuwste eerst; voor wie bedragen mag zien met de herberekening (huidig en nieuw bedrag, verschil) zolang de opgave op verwerking wacht.',
      querystring: reportQuery, response: { 200: z.object({ items: z.array(incomeReportSchema) }), ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    return audited(c, async (tx) => {
      const rows = await listIncomeReports({ ...c, db: tx }, request.query);
      return { items: await Promise.all(rows.map((r) => presentIncomeReport(c, tx, r))) };
    }, ({ items }) => ({ action: 'benefit_income_report.list', objectType: 'benefit_income_report', residentIds: [...new Set(items.map((r) => r.residentId))] }));
  });

  app.get('/benefit-income-reports/:incomeReportId', {
    config: { access: access('read') },
    schema: { tags, summary: 'Eén inkomstenopgave', description: 'Met de herberekening zolang de opgave op verwerking wacht.', params: incomeParams, response: { 200: incomeReportSchema, ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    const r = await inScope(c, await findIncomeReport(c.db, c.actor.municipalityId, request.params.incomeReportId), request.params.incomeReportId, 'benefit_income_report');
    return audited(c, (tx) => presentIncomeReport(c, tx, r), () => ({ action: 'benefit_income_report.read', objectType: 'benefit_income_report', objectId: r.id, residentIds: [r.residentId] }));
  });

  app.post('/benefit-household-reports', {
    config: { access: access('report') },
    schema: { tags, summary: 'Nieuwe huisgenoot doorgeven',
      description: 'Vanaf welke datum, voornaam, geboortedatum en of de huisgenoot kosten deelt (niet: student met studiefinanciering, commerciële huurder). Leidt tot een herberekening voor de consulent inkomen.',
      body: householdReportNew, response: { 201: householdReportSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const { id } = await reportHousemate(c, request.body);
    return reply.status(201).send(await presentHouseholdReport(c, c.db, (await findHouseholdReport(c.db, c.actor.municipalityId, id))!));
  });

  app.get('/benefit-household-reports', {
    config: { access: access('list') },
    schema: { tags, summary: 'Gemelde huisgenoten', description: 'Nieuwste eerst; met de herberekening per maand zolang de melding op verwerking wacht.',
      querystring: reportQuery, response: { 200: z.object({ items: z.array(householdReportSchema) }), ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    return audited(c, async (tx) => {
      const rows = await listHouseholdReports({ ...c, db: tx }, request.query);
      return { items: await Promise.all(rows.map((r) => presentHouseholdReport(c, tx, r))) };
    }, ({ items }) => ({ action: 'benefit_household_report.list', objectType: 'benefit_household_report', residentIds: [...new Set(items.map((r) => r.residentId))] }));
  });

  app.get('/benefit-household-reports/:householdReportId', {
    config: { access: access('read') },
    schema: { tags, summary: 'Eén gemelde huisgenoot', description: 'Met de herberekening per maand zolang de melding op verwerking wacht.', params: householdParams, response: { 200: householdReportSchema, ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    const r = await inScope(c, await findHouseholdReport(c.db, c.actor.municipalityId, request.params.householdReportId), request.params.householdReportId, 'benefit_household_report');
    return audited(c, (tx) => presentHouseholdReport(c, tx, r), () => ({ action: 'benefit_household_report.read', objectType: 'benefit_household_report', objectId: r.id, residentIds: [r.residentId] }));
  });
}
