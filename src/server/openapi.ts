import type { SwaggerOptions } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
/** The response header with the full API version (/core/version-header). */
export const API_VERSION_HEADER = 'API-Version';

/** Paths in the document are relative to the server URL, which carries the major version (/core/uri-version). */
export const API_BASE = '/api/v1';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function openApiOptions(config: Config): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Meedoen API',
        description: 'API van Meedoen: uitvoering van de Participatiewet door gemeenten. Alle fouten zijn application/problem+json (RFC 9457). '
          + 'Inloggen gaat met POST /sessions; de sessie zit daarna in de cookie meedoen_sessie.',
        version: config.version,
        contact: { name: 'Meedoen ontwikkelteam', email: 'ontwikkelaars@meedoen.example', url: 'https://meedoen.example' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{ url: `https://meedoen.example${API_BASE}`, description: 'Voorbeeldserver' }],
      components: {
        securitySchemes: { sessie: { type: 'apiKey', in: 'cookie', name: 'meedoen_sessie' } },
      },
      security: [{ sessie: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => toDesignRules(jsonSchemaTransformObject(input) as Json),
  };
}

/**
 * Shapes the generated document to the NL API Design Rules: every 2xx/3xx answer documents the API-Version header,
 * every 4xx/5xx answer is application/problem+json. @fastify/swagger already makes the paths relative to the
 * versioned server URL (stripBasePath); the JSON Schema ids zod adds are not valid OpenAPI and are dropped.
 */
export function toDesignRules(document: Json): Json {
  const tags = new Set<string>();
  for (const [path, operations] of Object.entries<Json>(document.paths ?? {})) {
    for (const [method, operation] of Object.entries<Json>(operations)) {
      operation.operationId ??= operationId(method, path);
      shapeResponses(operation.responses ?? {});
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  document.tags = [...tags].sort((a, b) => a.localeCompare(b, 'nl')).map((name) => ({ name }));
  // Routes inline their schemas, so the registry's copies in components are only kept where something refers to them.
  const schemas: Json = document.components?.schemas ?? {};
  for (const schema of Object.values<Json>(schemas)) {
    delete schema.$id;
    delete schema.$schema;
  }
  const used = new Set<string>();
  const pending = schemaRefs({ ...document, components: {} });
  while (pending.length) {
    const name = pending.pop()!;
    if (!used.has(name)) { used.add(name); pending.push(...schemaRefs(schemas[name])); }
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  return document;
}

function schemaRefs(value: unknown): string[] {
  return [...JSON.stringify(value ?? null).matchAll(/#\/components\/schemas\/([A-Za-z0-9]+)/g)].map((match) => match[1]!);
}

/** get /residents/{id}/plan-goals → getResidentsIdPlanGoals */
function operationId(method: string, path: string): string {
  const words = path.split(/[/{}\-]+/).filter(Boolean);
  return method + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

function shapeResponses(responses: Json) {
  for (const [status, response] of Object.entries<Json>(responses)) {
    if (/^[23]/.test(status)) {
      response.headers = {
        ...response.headers,
        [API_VERSION_HEADER]: { description: 'Volledige versie van de API', schema: { type: 'string', example: '1.0.0' } },
      };
    } else if (/^[45]/.test(status) && response.content) {
      const schema = Object.values<Json>(response.content)[0]?.schema;
      response.content = { 'application/problem+json': { schema } };
    }
  }
}

/** GET /api/v1/openapi.json: the document itself, public like the rest of the API description. */
export async function openApiRoute(app: FastifyInstance) {
  app.get('/openapi.json', {
    config: { access: { public: true } },
    schema: { hide: true },
  }, async (_request, reply) => reply.type('application/json').send(app.swagger()));
}
