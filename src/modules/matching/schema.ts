import { z } from 'zod';
import { problemResponses, problemSchema } from '../../server/problem.ts';

export const errors = {
  400: problemResponses[400], 401: problemResponses[401], 403: problemResponses[403], 404: problemResponses[404], 500: problemResponses[500],
};
export const writeErrors = { ...errors, 409: problemSchema };

export const opportunityParams = z.object({ opportunityId: z.string().uuid('Ongeldige kans-id') });
export const tokenParams = opportunityParams.extend({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Ongeldige kandidaatcode').describe('Pseudoniem van de kandidaat bij deze kans'),
});
export const residentParams = z.object({ id: z.string().uuid('Ongeldige inwoner-id') });
export const revealParams = z.object({ revealRequestId: z.string().uuid('Ongeldige verzoek-id') });

const coded = z.object({ code: z.string(), label: z.string() });
const factorCodes = ['occupation', 'skills', 'wishes', 'language', 'ladder', 'wage_value'] as const;
const constraintCodes = ['hours', 'distance', 'licence', 'availability', 'minimum_age', 'placed'] as const;
export const revealStatuses = ['pending', 'approved', 'declined'] as const;
export const revealStatusLabels: Record<(typeof revealStatuses)[number], string> = { pending: 'Wacht op de consulent', approved: 'Goedgekeurd', declined: 'Afgewezen' };

export const factorSchema = z.object({
  factor: z.enum(factorCodes), label: z.string(), points: z.number().int(), explanation: z.string().describe('Nederlandse zin met de punten, bijvoorbeeld "Beroep komt overeen: Administratief medewerker (+30)"'),
}).meta({ id: 'MatchFactor' });
export const exclusionSchema = z.object({ constraint: z.enum(constraintCodes), explanation: z.string() }).meta({ id: 'MatchExclusion' });

export const rulesSchema = z.object({
  validFrom: z.string(), minimumAgeYears: z.number().int(), defaultMaxTravelKm: z.number().int(), source: z.string(),
}).meta({ id: 'MatchingRules', description: 'De versie van de matchingregels (minimumleeftijd, standaardreisafstand) die gebruikt is' });

export const matchOpportunitySchema = z.object({
  id: z.string().uuid(), title: z.string(), kind: z.string(), kindLabel: z.string(), employerName: z.string(),
  occupation: coded, requiredSkills: z.array(coded), hoursPerWeek: z.number().int(), postcode: z.string(), place: z.string().nullable(),
  languageLevel: z.string().nullable(), drivingLicence: z.string().nullable(), minLadderStep: z.number().int().nullable(),
  startDate: z.string(), places: z.number().int(),
  placesOpen: z.number().int().describe('Nog open: de plaatsen min de actieve plaatsingen op deze kans ("nog 2 van 5 plaatsen open")'),
  status: z.string(), sharedWithRegion: z.boolean(),
  municipality: z.object({ id: z.string().uuid(), name: z.string(), own: z.boolean() }),
}).meta({ id: 'MatchOpportunity' });

export const candidateSchema = z.object({
  rank: z.number().int(), token: z.string().describe('Pseudoniem: alleen geldig bij deze kans'), score: z.number().int(),
  anonymous: z.boolean().describe('true: geanonimiseerd profiel van een inwoner die u (nog) niet mag kennen'),
  person: z.object({
    residentId: z.string().uuid().nullable().describe('Alleen bij inwoners binnen uw eigen bereik'),
    name: z.string(), contactPerson: z.string().nullable(), contactMunicipality: z.string(),
  }).nullable(),
  municipality: z.object({ name: z.string(), own: z.boolean() }),
  ladderStep: z.number().int().nullable(), hoursPerWeek: z.number().int().nullable(), distanceKm: z.number().int().nullable(),
  matchedOccupations: z.array(coded), matchedSkills: z.array(coded), factors: z.array(factorSchema),
  placed: z.object({
    hoursPerWeek: z.number().describe('Uren per week in lopende plaatsingen, samen'),
    employers: z.array(z.string()).describe('Alleen bij inwoners binnen uw eigen bereik; anders leeg'),
    note: z.string().describe('Bijvoorbeeld "Al geplaatst bij Bakkerij Korenaar (24 uur per week)"'),
  }).nullable().describe('Lopende plaatsingen elders (wie op deze kans geplaatst is, staat niet in de lijst); null: geen'),
  reveal: z.object({ status: z.enum(['none', ...revealStatuses]), requestId: z.string().uuid().nullable(), canRequest: z.boolean() }),
}).meta({ id: 'Candidate' });

export const candidateQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
export const candidateList = z.object({
  opportunity: matchOpportunitySchema,
  searchedMunicipalities: z.array(z.string()).describe('Gemeenten waarin gezocht is'),
  eligible: z.number().int().describe('Aantal inwoners dat aan alle harde eisen voldoet'),
  items: z.array(candidateSchema), rules: rulesSchema,
}).meta({ id: 'CandidateList' });

export const revealNew = z.object({ message: z.string().trim().max(1000).default('') }).strict().meta({ id: 'RevealRequestNew' });
export const revealSchema = z.object({
  id: z.string().uuid(), status: z.enum(revealStatuses), statusLabel: z.string(), requestedAt: z.string(), message: z.string(),
  requester: z.object({ name: z.string(), municipality: z.string() }),
  opportunity: matchOpportunitySchema,
  resident: z.object({ id: z.string().uuid(), name: z.string() }).nullable().describe('Alleen voor de gemeente van de inwoner'),
  decision: z.object({ by: z.string(), at: z.string(), reason: z.string() }).nullable(),
  match: z.object({ score: z.number().int(), factors: z.array(factorSchema), exclusions: z.array(exclusionSchema) }).nullable(),
}).meta({ id: 'RevealRequest' });
export const revealList = z.object({ items: z.array(revealSchema) }).meta({ id: 'RevealRequestList' });
export const revealQuery = z.object({ status: z.enum([...revealStatuses, 'all']).default('pending') });
export const decisionNew = z.object({
  decision: z.enum(['approve', 'decline'], { error: 'Kies goedkeuren (approve) of afwijzen (decline)' }),
  reason: z.string().trim().max(1000).default(''),
}).strict().refine((d) => d.decision === 'approve' || d.reason.length >= 5, 'Geef bij afwijzen een reden van minstens 5 tekens')
  .meta({ id: 'RevealDecisionNew' });

export const residentOpportunityList = z.object({
  resident: z.object({ id: z.string().uuid(), name: z.string() }),
  items: z.array(z.object({
    opportunity: matchOpportunitySchema, eligible: z.boolean(), score: z.number().int(), distanceKm: z.number().int().nullable(),
    factors: z.array(factorSchema), exclusions: z.array(exclusionSchema),
  })),
  rules: rulesSchema,
}).meta({ id: 'ResidentOpportunityList' });
export const residentOpportunityQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export const assignmentNew = z.object({
  opportunityIds: z.array(z.string().uuid('Ongeldige kans-id')).min(1, 'Kies minstens één kans').max(200, 'Hoogstens 200 kansen tegelijk')
    .refine((ids) => new Set(ids).size === ids.length, 'Noem elke kans één keer'),
  residentIds: z.array(z.string().uuid('Ongeldige inwoner-id')).min(1).max(5000, 'Hoogstens 5.000 inwoners in de pool').optional()
    .describe('Pool van kandidaten (eigen inwoners); zonder: de beste kandidaten per kans in de regio'),
}).strict().meta({ id: 'AssignmentNew' });
export const assignmentSchema = z.object({
  pairs: z.array(z.object({ opportunity: z.object({ id: z.string().uuid(), title: z.string() }), candidate: candidateSchema })),
  placesTotal: z.number().int().describe('Open plaatsen van de kansen samen (plaatsen min actieve plaatsingen)'),
  placesFilled: z.number().int(), totalScore: z.number().int(),
  unfilled: z.array(z.object({ opportunityId: z.string().uuid(), title: z.string(), open: z.number().int() })),
  noPlacesLeft: z.array(z.object({ opportunityId: z.string().uuid(), title: z.string() }))
    .describe('Gekozen kansen waarvan alle plaatsen al bezet zijn door actieve plaatsingen: niet meegenomen'),
  poolSize: z.number().int(), method: z.string(), rules: rulesSchema,
}).meta({ id: 'AssignmentProposal' });
