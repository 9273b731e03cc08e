import { z } from 'zod';
import { problemResponses, problemSchema } from '../../../server/problem.ts';

export const residentParams = z.object({ id: z.string().uuid('Ongeldige inwoner-id') });
export const itemParams = z.object({ id: z.string().uuid('Ongeldige inwoner-id'), itemId: z.string().uuid('Ongeldige id') });
export const ifMatchHeader = z.object({ 'if-match': z.string().optional().describe('ETag van de versie die u wijzigt') });
export const dossierErrors = {
  400: problemResponses[400], 401: problemResponses[401], 403: problemResponses[403], 404: problemResponses[404], 500: problemResponses[500],
};
export const writeErrors = { ...dossierErrors, 412: problemSchema, 428: problemSchema };
