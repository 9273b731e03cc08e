import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIso } from '../../../rules/dates.ts';
import { errors } from '../../provisions/common.ts';
import { situationSchema } from '../applications/schema.ts';
import { audited, callerOf, fullName, INCOME_PURPOSE, seesAmounts } from '../scope.ts';
import { fourEyesSettings } from './four-eyes-settings.ts';
import { endReasonLabels, endReasons } from './schema.ts';
import { listBenefits } from './store.ts';
import { benefitInScope } from './benefit-scope.ts';
import { monthLabel } from '../../../rules/payments/payment.ts';

// The benefits (uitkeringen) a decision can be about: for a change, an end or a recovery.

const benefitSchema = z.object({
  id: z.string().uuid(), residentId: z.string().uuid(), residentName: z.string(), partnerResidentId: z.string().uuid().nullable(),
  status: z.enum(['active', 'suspended', 'ended']), startDate: z.string(), endDate: z.string().nullable(), endReason: z.string().nullable(),
  endReasonLabel: z.string().nullable(), amountsHidden: z.boolean(),
  situation: situationSchema.nullable(), iban: z.string().nullable(), accountHolder: z.string().nullable(), version: z.number().int(),
}).meta({ id: 'Benefit' });

const recoverySignalSchema = z.object({
  month: z.string(), monthLabel: z.string(), paidCents: z.number().int(), dueCents: z.number().int(), overpaidCents: z.number().int(), foundAt: z.string(),
}).meta({ id: 'BenefitRecoverySignal' });

type BenefitItem = Awaited<ReturnType<typeof listBenefits>>[number];
const present = (b: BenefitItem, amounts: boolean) => ({
  id: b.id, residentId: b.residentId, residentName: fullName(b), partnerResidentId: b.partnerResidentId, status: b.status,
  startDate: b.startDate, endDate: b.endDate, endReason: b.endReason,
  endReasonLabel: b.endReason ? endReasonLabels[b.endReason as keyof typeof endReasonLabels] ?? b.endReason : null,
  amountsHidden: !amounts, situation: amounts ? b.situation : null, iban: amounts ? b.iban : null,
  accountHolder: amounts ? b.accountHolder : null, version: b.version,
});

export async function benefitRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/benefits', {
    config: { access: { resource: 'benefit', action: 'list', purpose: INCOME_PURPOSE } },
    schema: { tags: ['Inkomen: besluiten'], summary: 'Uitkeringen',
      description: 'De uitkeringen die u mag zien (met residentId die van één inwoner), met de gezinssituatie waarop de bijstand wordt berekend. Bedragen, situatie en IBAN alleen voor rollen die inkomensgegevens mogen zien.',
      querystring: z.object({ residentId: z.string().uuid('Ongeldige inwoner-id').optional() }),
      response: { 200: z.object({
        items: z.array(benefitSchema),
        recoveryFourEyesThresholdCents: z.number().int().nullable()
          .describe('Grensbedrag vier ogen van vandaag: een terugvordering boven dit bedrag wacht op een tweede persoon; null: elk besluit wacht op een tweede persoon'),
        monthlyFourEyesThresholdCents: z.number().int().nullable()
          .describe('Grensbedrag vier ogen van vandaag: een toekenning of wijziging met een bedrag per maand boven dit bedrag wacht op een tweede persoon; null: elk besluit wacht op een tweede persoon'),
        endReasons: z.array(z.object({ code: z.enum(endReasons), label: z.string() })).describe('De redenen voor beëindigen, met hun omschrijving'),
      }), ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    const amounts = seesAmounts(c);
    return audited(c, async (tx) => {
      const rows = await listBenefits({ ...c, db: tx }, request.query.residentId);
      // So a form can say before sending whether a decision will wait for a second person (a policy value, not personal).
      const { thresholds } = await fourEyesSettings(tx, c.actor.municipalityId, todayIso());
      return {
        recoveryFourEyesThresholdCents: thresholds.recoveryCents, monthlyFourEyesThresholdCents: thresholds.monthlyCents,
        endReasons: endReasons.map((code) => ({ code, label: endReasonLabels[code] })),
        items: rows.map((b) => present(b, amounts)),
      };
    }, ({ items }) => ({ action: 'benefit.list', objectType: 'benefit', residentIds: [...new Set(items.map((b) => b.residentId))] }));
  });

  app.get('/benefits/:benefitId', {
    config: { access: { resource: 'benefit', action: 'read', purpose: INCOME_PURPOSE } },
    schema: { tags: ['Inkomen: besluiten'], summary: 'Eén uitkering',
      description: 'De uitkering met haar terugvorderingssignalen: maanden die al betaald waren en door een wijziging met terugwerkende kracht te veel ontvingen (niets is verrekend; de consulent beslist over terugvordering). Bedragen alleen voor rollen die inkomensgegevens mogen zien.',
      params: z.object({ benefitId: z.string().uuid('Ongeldige uitkering-id') }),
      response: { 200: benefitSchema.extend({ recoverySignals: z.array(recoverySignalSchema) }), ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    const b = await benefitInScope(c, request.params.benefitId, 'benefit.read');
    const amounts = seesAmounts(c);
    return audited(c, async (tx) => {
      const signals = amounts
        ? await tx.selectFrom('benefitRetroDifferences').select(['month', 'paidCents', 'dueCents', 'createdAt'])
          .where('municipalityId', '=', c.actor.municipalityId).where('benefitId', '=', b.id).where('outcome', '=', 'recovery_signal')
          .orderBy('month').orderBy('createdAt').execute()
        : [];
      return {
        ...present(b, amounts),
        recoverySignals: signals.map((s) => ({
          month: s.month, monthLabel: monthLabel(s.month), paidCents: Number(s.paidCents), dueCents: Number(s.dueCents),
          overpaidCents: Number(s.paidCents) - Number(s.dueCents), foundAt: new Date(s.createdAt).toISOString(),
        })),
      };
    }, () => ({ action: 'benefit.read', objectType: 'benefit', objectId: b.id, residentIds: [b.residentId, ...(b.partnerResidentId ? [b.partnerResidentId] : [])] }));
  });
}
