import { z } from 'zod';
import { roles } from './roles.ts';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1, 'Vul uw gebruikersnaam in').max(200),
  password: z.string().min(1, 'Vul uw wachtwoord in').max(500),
}).meta({ id: 'LoginRequest' });

export const currentUserSchema = z.object({
  userId: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  roleLabel: z.string(),
  municipalityId: z.string().uuid(),
  municipalityName: z.string(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  teamId: z.string().uuid().nullable(),
}).meta({ id: 'CurrentUser' });

export const auditEventSchema = z.object({
  seq: z.number().int(),
  chainIndex: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorRole: z.string().nullable(),
  organisationId: z.string().nullable(),
  municipalityId: z.string(),
  residentIds: z.array(z.string()),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  purpose: z.string().nullable(),
  result: z.enum(['success', 'denied', 'error']),
  requestId: z.string().nullable(),
  origin: z.string().nullable(),
  hash: z.string(),
}).meta({ id: 'AuditEvent' });

export const auditQuerySchema = z.object({
  residentId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export const auditPageSchema = z.object({
  items: z.array(auditEventSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
}).meta({ id: 'AuditEventPage' });
