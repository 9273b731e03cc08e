import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SMALL_COUNT, suppressed } from '../../../rules/placements.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { errors } from '../../provisions/common.ts';
import { employerOptionSchema, figuresSchema } from './schema.ts';
import { PLACEMENT_PURPOSE } from './service.ts';
import { employerOptions, regionalCounts, regionOf } from './store.ts';

// The regional labour market: which employers a placement may go to, and who placed whom.
const FIGURES_PURPOSE = 'Sturing op de regionale arbeidsmarkt: plaatsingen per gemeente';
const yearParams = z.object({ year: z.coerce.number().int().min(2015, 'Ongeldig jaar').max(2100, 'Ongeldig jaar') });

export async function placementFigureRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/placement-employers', {
    config: { access: { resource: 'placement', action: 'create', purpose: PLACEMENT_PURPOSE } },
    schema: { tags: ['Plaatsingen'], summary: 'Werkgevers voor een plaatsing',
      description: 'De werkgevers van de eigen gemeente en van de andere gemeenten in de regio, met hun open kansen die de eigen gemeente mag zien (eigen kansen en met de regio gedeelde).',
      response: { 200: z.object({ items: z.array(employerOptionSchema) }), ...errors } },
  }, async (request) => ({ items: await employerOptions(app.database.db, requireActor(request).municipalityId) }));

  app.get('/placement-figures/:year', {
    config: { access: { resource: 'placement', action: 'report', purpose: FIGURES_PURPOSE } },
    schema: { tags: ['Plaatsingen'], summary: 'Plaatsingen in de regio',
      description: 'Aantallen plaatsingen die in het jaar begonnen, per gemeente van de inwoner en gemeente van de werkgever, over de hele regio. Alleen aantallen. Aantallen van 1 tot 4 over inwoners van een andere gemeente zijn afgeschermd; voor beleidsmedewerkers alle aantallen van 1 tot 4.',
      params: yearParams, response: { 200: figuresSchema, ...errors } },
  }, async (request) => {
    const actor = requireActor(request);
    const { year } = request.params;
    const db = app.database.db;
    const region = await regionOf(db, actor.municipalityId);
    const counts = await regionalCounts(db, region.municipalities.map((m) => m.id), year);
    const cells = region.municipalities.flatMap((from) => region.municipalities.map((to) => {
      const n = counts.find((c) => c.residentMunicipalityId === from.id && c.employerMunicipalityId === to.id)?.n ?? 0;
      // Another municipality's residents are not the caller's to know in small numbers; policy staff see aggregates only.
      const value = suppressed(n, from.id !== actor.municipalityId || actor.role === 'policy_analyst');
      return { residentMunicipality: from.name, employerMunicipality: to.name, placements: value, suppressed: value === null };
    }));
    await db.transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
      action: 'placement.figures', result: 'success', objectType: 'placement_figures', objectId: String(year), purpose: FIGURES_PURPOSE,
    }));
    return { year, region: region.regionName, suppressedBelow: SMALL_COUNT, municipalities: region.municipalities.map(({ code, name }) => ({ code, name })), cells };
  });
}
