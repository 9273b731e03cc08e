import { z } from 'zod';

/** An error that leaves the server as RFC 9457 problem+json with a Dutch title and detail. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const notFound = (detail = 'Deze gegevens bestaan niet of u heeft er geen toegang toe.') =>
  new HttpProblem(404, 'Niet gevonden', detail);
export const forbidden = (detail: string) => new HttpProblem(403, 'Geen toegang', detail);
export const unauthorized = () =>
  new HttpProblem(401, 'Niet ingelogd', 'Log in om verder te gaan. Uw sessie is mogelijk verlopen.');
export const badRequest = (detail: string) => new HttpProblem(400, 'Ongeldige invoer', detail);

/** The documented shape: only the members the NL API Design Rules allow. */
export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
}).meta({ id: 'Problem', description: 'Foutmelding volgens RFC 9457' });

export const problemResponses = {
  400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 500: problemSchema,
} as const;
