import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addMonths, defaultPeriod } from '../../../rules/dashboards/periods.ts';
import { todayIso } from '../../../rules/dates.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { HttpProblem, problemSchema } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { errors } from '../../provisions/common.ts';
import { figureCsv } from './csv.ts';
import { startRefreshJob } from './job.ts';
import { areaParams, dashboardSchema, figureParams, periodQuery, referenceFigureNew, settingsSchema } from './schema.ts';
import { allGroups, buildDashboard, DASHBOARD_PURPOSE as purpose, groupOf, type FigureId } from './service.ts';
import { addReferenceFigure, dashboardSettings, REFERENCE_PURPOSE } from './settings.ts';

// Dashboards per municipality and for the region (resource dashboard): counts only, suppressed for policy staff and
// for the region (decision 0017). Every read is audited: a team lead's unsuppressed counts are about people.
const tags = ['Dashboards'];
const read = { resource: 'dashboard', action: 'read', purpose } as const;
const manage = { resource: 'dashboard', action: 'manage', purpose: REFERENCE_PURPOSE } as const;

export async function dashboardRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  startRefreshJob(root);

  /** Twelve months by default: up to the current month, or from / up to the month given. */
  const periodOf = (q: { from?: string; to?: string }, today: string) => {
    if (q.from && q.to) return { from: q.from, to: q.to };
    if (q.from) return { from: q.from, to: addMonths(q.from, 11) };
    if (q.to) return { from: addMonths(q.to, -11), to: q.to };
    return defaultPeriod(today);
  };
  const audit = (request: FastifyRequest, objectId: string, action = 'dashboard.read') => db().transaction().execute((tx) =>
    appendAuditEvent(tx, auditContextOf(request), { action, result: 'success', objectType: 'dashboard', objectId, purpose }));

  app.get('/dashboards/:area', {
    config: { access: read },
    schema: { tags, summary: 'Dashboard van de gemeente of de regio',
      description: 'Alle cijfers: caseload op de ladder (treden en categorieën), doelgroepen, uitkeringen per 1.000 inwoners, in- en uitstroom per maand met redenen, trajecten per instrument en resultaat, plaatsingen, taakstelling beschut werk, caseload per consulent en dagen sinds het laatste contact. Elk cijfer als rijen voor tabel en grafiek. Kleine aantallen zijn afgeschermd voor beleidsmedewerkers en in het regiodashboard.',
      params: areaParams, querystring: periodQuery, response: { 200: dashboardSchema, ...errors } },
  }, async (request) => {
    const today = todayIso();
    const view = await buildDashboard(db(), requireActor(request), { area: request.params.area, ...periodOf(request.query, today), today, groups: allGroups });
    await audit(request, request.params.area);
    return view;
  });

  app.get('/dashboards/:area/:figure', {
    config: { access: read },
    schema: { tags, summary: 'Eén cijfer van het dashboard, als JSON of CSV',
      description: 'Hetzelfde als het dashboard, met alleen dit cijfer. Als CSV (puntkomma, UTF-8) met Accept: text/csv of met .csv achter de naam; afgeschermde aantallen staan er als "<5" of "x".',
      params: figureParams, querystring: periodQuery, produces: ['application/json', 'text/csv'],
      response: { 200: dashboardSchema, ...errors } },
  }, async (request, reply) => {
    const today = todayIso();
    const asCsv = request.params.figure.endsWith('.csv') || /\btext\/csv\b/.test(request.headers.accept ?? '');
    const id = request.params.figure.replace(/\.csv$/, '') as FigureId;
    const period = periodOf(request.query, today);
    const view = await buildDashboard(db(), requireActor(request), { area: request.params.area, ...period, today, groups: [groupOf(id)] });
    const figure = view.figures.find((f) => f.id === id)!;
    await audit(request, `${request.params.area}/${id}`, asCsv ? 'dashboard.export' : 'dashboard.read');
    if (!asCsv) return { ...view, figures: [figure] };
    return reply.type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${id}-${request.params.area}-${period.from}-${period.to}.csv"`)
      .send(figureCsv(figure) as never);  // a string with its own content type: sent as is, not through the JSON schema
  });

  app.get('/dashboard-settings', {
    config: { access: read },
    schema: { tags, summary: 'Inwonertal en landelijk referentiecijfer',
      description: 'Het inwonertal van de eigen gemeente en het landelijke aantal uitkeringen per 1.000 inwoners, elk met peildatum en bron, met hun geschiedenis.',
      response: { 200: settingsSchema, ...errors } },
  }, async (request) => dashboardSettings(db(), requireActor(request).municipalityId));

  app.post('/dashboard-settings/reference-figures', {
    config: { access: manage },
    schema: { tags, summary: 'Inwonertal of landelijk referentiecijfer vastleggen',
      description: 'Een nieuw cijfer geldt vanaf zijn peildatum; eerdere cijfers blijven bewaard. Een tweede cijfer van dezelfde soort op dezelfde datum wordt geweigerd (409).',
      body: referenceFigureNew, response: { 201: settingsSchema, ...errors, 409: problemSchema } },
  }, async (request, reply) => {
    const ctx = auditContextOf(request);
    const created = await addReferenceFigure(db(), ctx, request.body);
    if (!created) throw new HttpProblem(409, 'Bestaat al', 'Er is al een cijfer van deze soort met deze peildatum. Kies een andere peildatum.');
    return reply.status(201).send(await dashboardSettings(db(), ctx.municipalityId));
  });
}
