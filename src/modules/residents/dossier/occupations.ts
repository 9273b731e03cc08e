import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import list from '../data/occupations.json' with { type: 'json' };
import { problemResponses } from '../../../server/problem.ts';

// The coded list of occupations and skills Meedoen ships; free text covers what is missing.
export const occupationList = list;
export const occupationByCode = new Map(list.occupations.map((o) => [o.code, o.label]));
export const skillByCode = new Map(list.skills.map((s) => [s.code, s.label]));

const entry = z.object({ code: z.string(), label: z.string() });

export async function occupationRoutes(root: FastifyInstance) {
  root.withTypeProvider<ZodTypeProvider>().get('/occupations', {
    config: { access: { authenticated: true } },
    schema: {
      tags: ['Werkprofiel'], summary: 'Lijst van beroepen en vaardigheden',
      description: 'De gecodeerde lijst voor werkprofielen, met bron en versie.',
      response: {
        200: z.object({ source: z.string(), version: z.string(), occupations: z.array(entry), skills: z.array(entry) }).meta({ id: 'OccupationList' }),
        401: problemResponses[401], 500: problemResponses[500],
      },
    },
  }, async () => occupationList);
}
