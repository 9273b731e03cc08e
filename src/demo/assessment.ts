import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { scoreProposal } from '../rules/assessment.ts';
import * as store from '../modules/steering/assessment/store.ts';

/** The example afwegingskader of the seed: three must-pass criteria and four weighted ones, scored 0–5. */
export const demoFramework = {
  name: 'Afwegingskader verbreding partnerdiensten',
  description: 'Voor voorstellen van partnerorganisaties om hun diensten open te stellen voor andere doelgroepen of gemeenten. '
    + 'Een voorstel dat een harde eis niet haalt, wordt afgewezen; de wegingscriteria geven de doorslag tussen voorstellen die ze wel halen.',
  maxScore: 5,
  criteria: [
    { kind: 'must_pass', title: 'Schaadt de beschutte werkplek niet', description: 'Plaatsen voor beschut werk blijven beschikbaar voor inwoners die ze nodig hebben.', weight: null },
    { kind: 'must_pass', title: 'Strijdt niet met wet- en regelgeving (zoals staatssteun en aanbesteding)', description: 'Toets op staatssteun, aanbestedingsregels en de Participatiewet.', weight: null },
    { kind: 'must_pass', title: 'Vergroot het financiële risico van de gemeente niet', description: 'Geen garanties, tekorten of verplichtingen die bij de gemeente terechtkomen.', weight: null },
    { kind: 'weighted', title: 'Bijdrage aan uitstroom naar werk', description: 'Helpt het voorstel inwoners aantoonbaar richting betaald werk?', weight: 3 },
    { kind: 'weighted', title: 'Aansluiting bij de behoefte van inwoners', description: 'Past het aanbod bij wat inwoners in de caseload nodig hebben?', weight: 2 },
    { kind: 'weighted', title: 'Kosten en baten', description: 'Verhouding tussen de kosten voor de gemeente en de verwachte opbrengst.', weight: 2 },
    { kind: 'weighted', title: 'Samenwerking in de regio', description: 'Versterkt het voorstel de samenwerking met buurgemeenten en werkgevers?', weight: 1 },
  ],
} as const;

/** Inserts the example framework and one decided example proposal for a demo municipality. */
export async function seedAssessmentDemo(db: Kysely<DB>, options: { municipalityId: string; administratorId: string; providerName: string; today: string }) {
  const { municipalityId, administratorId } = options;
  const frameworkId = await store.insertFramework(db, municipalityId, {
    name: demoFramework.name, description: demoFramework.description, maxScore: demoFramework.maxScore, createdBy: administratorId,
  });
  await store.replaceCriteria(db, municipalityId, frameworkId, demoFramework.criteria.map((c) => ({ ...c })));
  const criteria = await store.criteriaOf(db, municipalityId, frameworkId);

  const assessmentId = await store.insertAssessment(db, municipalityId, {
    frameworkId, createdBy: administratorId, submittedBy: options.providerName,
    title: 'Leerwerkplaats fietsenmaker open voor inwoners uit de buurgemeente',
    description: `${options.providerName} wil zijn leerwerkplaats voor fietsherstel ook openstellen voor inwoners van de buurgemeente, `
      + 'met vijf extra plaatsen die de buurgemeente zelf betaalt.',
  });
  const explanations: Record<string, string> = {
    'Schaadt de beschutte werkplek niet': 'De extra plaatsen komen bovenop de huidige; beschut werk blijft ongemoeid.',
    'Strijdt niet met wet- en regelgeving (zoals staatssteun en aanbesteding)': 'Valt binnen het bestaande contract; de buurgemeente betaalt een marktconform tarief.',
    'Vergroot het financiële risico van de gemeente niet': 'De buurgemeente draagt de kosten van haar eigen inwoners; geen garantstelling.',
  };
  const scores: Record<string, number> = {
    'Bijdrage aan uitstroom naar werk': 4, 'Aansluiting bij de behoefte van inwoners': 3, 'Kosten en baten': 4, 'Samenwerking in de regio': 5,
  };
  const result = scoreProposal(criteria, demoFramework.maxScore, {
    mustPass: criteria.filter((c) => c.kind === 'must_pass').map((c) => ({ criterionId: c.id, passed: true, explanation: explanations[c.title] })),
    scores: criteria.filter((c) => c.kind === 'weighted').map((c) => ({ criterionId: c.id, score: scores[c.title] })),
  });
  await store.recordDecision(db, municipalityId, assessmentId, {
    status: 'approved', decidedBy: administratorId, totalScore: result.totalScore, maxTotalScore: result.maxTotalScore, lines: result.lines,
    reasons: 'Haalt alle harde eisen en scoort goed op uitstroom en regionale samenwerking. Goedgekeurd voor één jaar; daarna evalueren.',
    decidedAt: new Date(`${options.today}T10:00:00Z`),
  });
  return { frameworkId, assessmentId };
}
