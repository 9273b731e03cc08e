import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import { todayIso } from '../../../rules/dates.ts';
import { versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { errors, ifMatchHeader, writeErrors } from '../../provisions/common.ts';
import { figureChange, figureParams, financeTableSchema, financeYearSchema, rangeQuery, reserveChange, yearParams } from './schema.ts';
import { FINANCE_PURPOSE as purpose, financeTable, setFigure, setReserve } from './service.ts';
import { financeWorkbook } from './xlsx.ts';

// Financiën van het sociaal domein per gemeente (resource finance): aggregates only, no personal data. Policy analysts
// enter budget and realised figures and the reserve's opening balance; team leads and administrators read.
const tags = ['Financiën'];
const read = { resource: 'finance', action: 'read', purpose } as const;
const manage = { resource: 'finance', action: 'manage', purpose } as const;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function financeRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const yearOf = async (municipalityId: string, year: number) => (await financeTable(db(), municipalityId, { from: year, to: year }, todayIso())).years[0];

  app.get('/finance', {
    config: { access: read },
    schema: { tags, summary: 'Financiën per jaar en stroom',
      description: 'Inkomsten en uitgaven per stroom (BUIG, re-integratie, SW), het saldo, de reserve sociaal domein met het hekje om de SW en een waarschuwing als de reserve op raakt.',
      querystring: rangeQuery, response: { 200: financeTableSchema, ...errors } },
  }, async (request) => financeTable(db(), requireActor(request).municipalityId, request.query, todayIso()));

  app.get('/finance/export.xlsx', {
    config: { access: read },
    schema: { tags, summary: 'Financiën als XLSX', description: 'Dezelfde tabel en de reserve als Excel-bestand, met de bronnen.',
      querystring: rangeQuery, produces: [xlsxType], response: { 200: z.any().describe('XLSX-bestand'), ...errors } },
  }, async (request, reply) => {
    const m = requireTenant(requireActor(request).municipalityId);
    const view = await financeTable(db(), m, request.query, todayIso());
    const municipality = await db().selectFrom('municipalities').select('name').where('id', '=', m).executeTakeFirstOrThrow();
    const buffer = await financeWorkbook(view, municipality.name);
    await db().transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
      action: 'finance.export', result: 'success', objectType: 'finance_table', objectId: `${view.from}-${view.to}`, purpose,
    }));
    return reply.type(xlsxType).header('Content-Disposition', `attachment; filename="financien-${view.from}-${view.to}.xlsx"`).send(buffer);
  });

  app.get('/finance/:year', {
    config: { access: read },
    schema: { tags, summary: 'Financiën van één jaar', description: 'De stromen, het saldo en de stand van de reserve in dat jaar.',
      params: yearParams, response: { 200: financeYearSchema, ...errors } },
  }, async (request) => yearOf(requireActor(request).municipalityId, request.params.year));

  app.put('/finance/:year/:basis/:stream', {
    config: { access: manage },
    schema: { tags, summary: 'Begroting of realisatie van een stroom vastleggen',
      description: 'Inkomsten en uitgaven van één stroom in één jaar, als begroting (budget) of realisatie (realised). Met If-Match: "v0" voor een nieuw cijfer, anders de versie uit het jaar.',
      params: figureParams, headers: ifMatchHeader, body: figureChange, response: { 200: financeYearSchema, ...writeErrors } },
  }, async (request) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    const ctx = auditContextOf(request);
    await setFigure(db(), ctx, request.params, version, request.body);
    return yearOf(ctx.municipalityId, request.params.year);
  });

  app.put('/finance/reserve', {
    config: { access: manage },
    schema: { tags, summary: 'Beginstand van de reserve sociaal domein vastleggen',
      description: 'De stand op 1 januari van het beginjaar; de latere jaren volgen uit de saldi. Met If-Match: "v0" als er nog geen beginstand is.',
      headers: ifMatchHeader, body: reserveChange, response: { 200: financeTableSchema, ...writeErrors } },
  }, async (request) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    const ctx = auditContextOf(request);
    await setReserve(db(), ctx, version, request.body);
    return financeTable(db(), ctx.municipalityId, {}, todayIso());
  });
}
