import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MONTH_PATTERN } from '../../../rules/dashboards/periods.ts';
import { todayIso } from '../../../rules/dates.ts';
import { auditContextOf } from '../../../server/plugins/access.ts';
import { badRequest } from '../../../server/problem.ts';
import { errors } from '../../provisions/common.ts';
import { cbsExport, cbsKinds } from './service.ts';

// CBS-leveringen (resource cbs_export): the monthly BUS and SRG files. They hold BSNs by law, so only administrators and
// income consultants may export, and every export is audited with its purpose and the residents in it.
const params = z.object({
  kind: z.enum(cbsKinds).describe('bus: bijstandsuitkeringen; srg: re-integratievoorzieningen'),
  month: z.string().regex(MONTH_PATTERN, 'Geef de maand als JJJJ-MM').describe('Verslagmaand'),
});
const access = { resource: 'cbs_export', action: 'export', purpose: 'Wettelijke maandlevering aan het CBS (BUS of SRG)' } as const;

export async function cbsExportRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/cbs-exports/:kind/:month', {
    config: { access },
    schema: { tags: ['CBS-leveringen'], summary: 'Maandlevering BUS of SRG als bestand',
      description: 'Het bestand met vaste recordlengte (voorlooprecord, detailrecords, sluitrecord) voor één verslagmaand van de eigen gemeente; de recordindeling staat in docs/cbs/. Bevat BSN: alleen functioneel beheer en consulenten inkomen, en elke download komt met doel in het auditlog.',
      params, produces: ['text/plain'], response: { 200: z.any().describe('Tekstbestand, ASCII, 120 tekens per regel, CRLF'), ...errors } },
  }, async (request, reply) => {
    const today = todayIso();
    if (request.params.month > today.slice(0, 7)) throw badRequest('Deze maand is nog niet begonnen: kies de huidige of een eerdere maand.');
    const file = await cbsExport(app.database.db, auditContextOf(request), request.params.kind, request.params.month, today);
    return reply.type('text/plain; charset=us-ascii')
      .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
      .header('X-Record-Count', String(file.records))
      .send(file.content);
  });
}
