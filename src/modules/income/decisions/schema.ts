import { z } from 'zod';
import { isoDate } from '../../residents/dossier/common.ts';
import { calculationSchema } from '../calculations/schema.ts';
import { situationSchema } from '../applications/schema.ts';

// Besluiten bijstand: grant, refuse, change, end, recover.

const decisionKinds = ['grant', 'refuse', 'change', 'end', 'recover'] as const;
export const kindLabels: Record<(typeof decisionKinds)[number], string> = {
  grant: 'Toekenning', refuse: 'Afwijzing', change: 'Wijziging', end: 'Beëindiging', recover: 'Terugvordering',
};
export const statusLabels = { proposed: 'Wacht op tweede beoordelaar', final: 'Vastgesteld', rejected: 'Teruggestuurd' } as const;
export const endReasons = ['work', 'moved', 'other_income', 'partner_income', 'detention', 'death', 'other'] as const;
export const endReasonLabels: Record<(typeof endReasons)[number], string> = {
  work: 'Werk gevonden', moved: 'Verhuisd naar een andere gemeente', other_income: 'Ander inkomen (bijvoorbeeld een andere uitkering)',
  partner_income: 'Inkomen van de partner', detention: 'Detentie', death: 'Overlijden', other: 'Andere reden',
};

const reasoning = z.string().trim().min(20, 'Motiveer het besluit in minstens 20 tekens').max(5000);
const legalGround = z.string().trim().min(5, 'Noem de wettelijke grondslag').max(500).optional().describe('Standaard de grondslag die bij de soort besluit hoort');

export const decisionNew = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('grant'), applicationId: z.string().uuid('Ongeldige aanvraag-id'), reasoning, legalGround,
    effectiveDate: isoDate.optional().describe('Ingangsdatum; standaard de gevraagde ingangsdatum'),
    situation: situationSchema.optional().describe('Standaard de situatie uit de aanvraag'),
  }).strict(),
  z.object({ kind: z.literal('refuse'), applicationId: z.string().uuid('Ongeldige aanvraag-id'), reasoning, legalGround }).strict(),
  z.object({
    kind: z.literal('change'), benefitId: z.string().uuid('Ongeldige uitkering-id'), reasoning, legalGround,
    effectiveDate: isoDate.optional().describe('Ingangsdatum van de nieuwe situatie; bij een melding standaard die van de melding'),
    situation: situationSchema.optional().describe('De nieuwe situatie; bij een melding standaard de herberekende'),
    incomeReportId: z.string().uuid().optional().describe('Een inkomstenopgave: het besluit geldt voor die maand'),
    householdReportId: z.string().uuid().optional().describe('Een gemelde nieuwe huisgenoot'),
  }).strict(),
  z.object({
    kind: z.literal('end'), benefitId: z.string().uuid('Ongeldige uitkering-id'), reasoning, legalGround,
    effectiveDate: isoDate.describe('Laatste dag met bijstand'), endReason: z.enum(endReasons),
  }).strict(),
  z.object({
    kind: z.literal('recover'), benefitId: z.string().uuid('Ongeldige uitkering-id'), reasoning, legalGround,
    recoveryCents: z.number().int().min(1, 'Het terug te vorderen bedrag is meer dan € 0').max(100_000_000),
    recoveryFrom: isoDate, recoveryTo: isoDate,
  }).strict(),
]).meta({ id: 'BenefitDecisionNew' });
export type DecisionNew = z.infer<typeof decisionNew>;

export const reviewNew = z.object({
  verdict: z.enum(['approve', 'reject']),
  note: z.string().trim().max(2000).default(''),
}).strict().meta({ id: 'BenefitDecisionReview' });

export const decisionQuery = z.object({
  status: z.enum(['proposed', 'final', 'rejected']).optional(),
  awaitingMyReview: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Alleen voorstellen die u als tweede persoon mag beoordelen'),
  residentId: z.string().uuid().optional(), applicationId: z.string().uuid().optional(), benefitId: z.string().uuid().optional(),
});

export const decisionSchema = z.object({
  id: z.string().uuid(), residentId: z.string().uuid(), residentName: z.string(),
  applicationId: z.string().uuid().nullable(), benefitId: z.string().uuid().nullable(),
  incomeReportId: z.string().uuid().nullable(), householdReportId: z.string().uuid().nullable(),
  kind: z.enum(decisionKinds), kindLabel: z.string(), status: z.enum(['proposed', 'final', 'rejected']), statusLabel: z.string(),
  effectiveDate: z.string(), periodMonth: z.string().nullable(), legalGround: z.string(), reasoning: z.string(),
  endReason: z.string().nullable(), endReasonLabel: z.string().nullable(), recoveryFrom: z.string().nullable(), recoveryTo: z.string().nullable(),
  needsSecondApproval: z.boolean(),
  fourEyesThresholdCents: z.number().int().nullable()
    .describe('Het grensbedrag vier ogen waaraan dit besluit is getoetst: bedrag per maand bij toekennen en wijzigen, bedrag bij terugvorderen; null bij afwijzen en beëindigen, zonder instelling of zonder inzage in bedragen'),
  proposedBy: z.object({ id: z.string().uuid(), name: z.string() }), proposedAt: z.string(),
  reviewedBy: z.object({ id: z.string().uuid(), name: z.string() }).nullable(), reviewedAt: z.string().nullable(), reviewNote: z.string(),
  decidedOn: z.string().nullable(), mayReview: z.boolean().describe('Of u dit voorstel als tweede persoon mag goedkeuren'),
  amountsHidden: z.boolean(),
  calculation: calculationSchema.nullable(), previousPayableCents: z.number().int().nullable(), recoveryCents: z.number().int().nullable(),
  situation: situationSchema.nullable(), iban: z.string().nullable(), accountHolder: z.string().nullable(),
  version: z.number().int(),
}).meta({ id: 'BenefitDecision' });
export type DecisionView = z.infer<typeof decisionSchema>;
