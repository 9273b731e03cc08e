import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HttpProblem } from './problem.ts';

const titles: Record<number, string> = {
  400: 'Ongeldige invoer', 401: 'Niet ingelogd', 403: 'Geen toegang', 404: 'Niet gevonden', 405: 'Methode niet toegestaan',
  409: 'Conflict', 412: 'Gegevens zijn intussen gewijzigd', 413: 'Verzoek te groot', 415: 'Inhoudstype niet ondersteund',
  428: 'Versie ontbreekt', 429: 'Te veel verzoeken', 500: 'Er ging iets mis', 503: 'Tijdelijk niet beschikbaar',
};

export function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, title: string, detail: string) {
  return reply.status(status).type('application/problem+json').send({
    type: 'about:blank', title, status, detail, instance: request.url.split('?')[0],
  });
}

function describeValidation(error: FastifyError): string {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const parts = error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const issuePath = (v.params as { issue?: { path?: PropertyKey[] } } | undefined)?.issue?.path;
      const where = issuePath?.length ? issuePath.map(String).join('.') : path;
      const location = error.validationContext === 'querystring' ? 'parameter' : 'veld';
      return where ? `${location} '${where}': ${v.message}` : v.message;
    });
    return `Controleer de invoer: ${parts.join('; ')}.`;
  }
  return 'Controleer de invoer.';
}

/** One error handler for the whole API: a Dutch problem+json, never a stack trace. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      reply.headers(error.headers);
      return sendProblem(reply, request, error.status, error.title, error.detail);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, request, 400, titles[400], describeValidation(error));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(reply, request, 500, titles[500], 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, request, status, titles[500], 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
    }
    const detail: Record<number, string> = {
      400: 'Het verzoek kon niet worden gelezen. Stuur geldige JSON.',
      413: 'Het verzoek is groter dan toegestaan.',
      415: 'Stuur de gegevens als application/json.',
      429: 'U heeft te vaak geprobeerd. Wacht een minuut en probeer het opnieuw.',
    };
    return sendProblem(reply, request, status, titles[status] ?? 'Fout', detail[status] ?? 'Het verzoek kon niet worden verwerkt.');
  });
}
