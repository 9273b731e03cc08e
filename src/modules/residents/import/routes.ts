import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { badRequest, HttpProblem, problemResponses, problemSchema, unauthorized } from '../../../server/problem.ts';
import { CSV_CONTENT_TYPE, ImportFileError, MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE } from './parse.ts';
import { importReportSchema } from './schema.ts';
import { IMPORT_PURPOSE, importResidents } from './service.ts';

const unsupported = () => new HttpProblem(415, 'Inhoudstype niet ondersteund',
  `Stuur het bestand zelf als verzoek, met Content-Type ${CSV_CONTENT_TYPE} (CSV) of ${XLSX_CONTENT_TYPE} (Excel).`);

/**
 * POST /resident-imports: the file is the raw request body. An encapsulated plugin, so its content-type
 * parsers and the 10 MB limit apply to this route only.
 */
export async function residentImportRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser([CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE], { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
    (_request, body, done) => done(null, body));
  // Any other type is refused before its body is read, with a message that fits this route.
  app.addContentTypeParser('*', (_request, _payload, done) => done(unsupported(), undefined));
  // Up to 10 MB is read before the route's own access check runs: refuse anonymous callers before that.
  app.addHook('onRequest', async (request) => {
    if (!request.actor) throw unauthorized();
  });

  app.post('/resident-imports', {
    config: { access: { resource: 'resident', action: 'import', purpose: IMPORT_PURPOSE } },
    schema: {
      tags: ['Import'],
      summary: 'Inwoners importeren (migratie)',
      description: 'Neemt inwoners over uit een CSV- of Excel-bestand (het bestand is de body). Met dryRun=true (standaard) ' +
        'wordt alleen gecontroleerd en niets opgeslagen. Met dryRun=false worden alle nieuwe inwoners in één keer opgeslagen, ' +
        'of – als er ook maar één melding is – niets (status geweigerd). Een BSN dat al bij dezelfde persoon hoort, telt als ongewijzigd. ' +
        'Kolommen: zie de README, "Inwoners importeren (migratie)".',
      consumes: [CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE],
      querystring: z.object({
        dryRun: z.enum(['true', 'false']).optional().describe('true (standaard): alleen controleren; false: definitief importeren'),
      }),
      body: z.any().meta({ type: 'string', format: 'binary', description: 'Het CSV- of Excel-bestand (hoogstens 10 MB)' }),
      response: {
        200: importReportSchema,
        ...problemResponses,
        409: problemSchema, 413: problemSchema, 415: problemSchema,
      },
    },
  }, async (request) => {
    if (!Buffer.isBuffer(request.body)) throw unsupported();
    const actor = requireActor(request);
    try {
      return await importResidents(app.database.db, {
        municipalityId: actor.municipalityId, ctx: auditContextOf(request), file: request.body, dryRun: request.query.dryRun !== 'false',
      });
    } catch (error) {
      if (error instanceof ImportFileError) throw badRequest(error.message);
      throw error;
    }
  });
}
