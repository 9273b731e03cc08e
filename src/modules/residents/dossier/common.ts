import { z } from 'zod';
import { badRequest } from '../../../server/problem.ts';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik de vorm JJJJ-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Geen bestaande datum');

export const versioned = { id: z.string().uuid(), version: z.number().int() };

/** Dates of things that happened cannot lie in the future. */
export function notInFuture(date: unknown, today: string, what: string) {
  if (typeof date === 'string' && date > today) throw badRequest(`${what} kan niet in de toekomst liggen.`);
}

/** Labels for the codes each collection stores; the code is what the API accepts. */
export function labelled<T extends string>(labels: Record<T, string>) {
  const codes = Object.keys(labels) as [T, ...T[]];
  return { codes, schema: z.enum(codes), label: (code: string) => labels[code as T] ?? code };
}
