import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calculateBenefit } from '../../../rules/benefit/calculate.ts';
import { CalculationRefused } from '../../../rules/benefit/norm.ts';
import { tableValidOn } from '../../../rules/benefit/tables.ts';
import { HttpProblem, problemResponses, problemSchema } from '../../../server/problem.ts';
import { calculationRequest, calculationSchema } from './schema.ts';
import { loadBenefitTables } from './store.ts';

export async function benefitCalculationRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post('/benefit-calculations', {
    config: { access: { resource: 'benefit', action: 'calculate', purpose: 'Bijstand berekenen' } },
    schema: {
      tags: ['Inkomen'], summary: 'Bijstand berekenen',
      description: 'Berekent de bijstand van één huishouden voor één maand op de normtabel die op de eerste van die maand geldt: '
        + 'elke regel met zijn wetsartikel, en de versie van de tabel. Slaat niets op.',
      body: calculationRequest,
      response: { 200: calculationSchema, ...problemResponses, 422: problemSchema },
    },
  }, async (request) => {
    const tables = await loadBenefitTables(app.database.db);
    const table = tableValidOn(tables, `${request.body.month}-01`);
    if (!table) {
      throw new HttpProblem(422, 'Geen normtabel', `Voor ${request.body.month} is geen normtabel vastgelegd; de oudste geldt vanaf ${tables[0]?.validFrom ?? 'onbekend'}.`);
    }
    try {
      return calculateBenefit(table, request.body);
    } catch (error) {
      if (error instanceof CalculationRefused) throw new HttpProblem(422, 'Niet te berekenen', error.message);
      throw error;
    }
  });
}
