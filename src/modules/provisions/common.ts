import { z } from 'zod';
import { problemResponses, problemSchema } from '../../server/problem.ts';
import { isoDate } from '../residents/dossier/common.ts';

export { isoDate };
export const errors = {
  400: problemResponses[400], 401: problemResponses[401], 403: problemResponses[403], 404: problemResponses[404], 500: problemResponses[500],
};
export const writeErrors = { ...errors, 409: problemSchema, 412: problemSchema, 428: problemSchema };
export const ifMatchHeader = z.object({ 'if-match': z.string().optional().describe('ETag van de versie die u wijzigt') });
export const uuid = (what: string) => z.string().uuid(`Ongeldige ${what}`);

export const units = ['hour', 'day', 'week', 'month', 'trajectory'] as const;
export const unitLabels: Record<(typeof units)[number], string> = {
  hour: 'uur', day: 'dag', week: 'week', month: 'maand', trajectory: 'traject',
};
export { providerTypeLabels, providerTypes } from './provider-types.ts';
/** Euros in cents as the API carries them: whole, non-negative. */
export const cents = z.number().int('Bedragen zijn hele centen').min(0, 'Een bedrag kan niet negatief zijn');
