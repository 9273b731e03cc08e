import type { Role } from './roles.ts';

/**
 * The one permission table: role × resource × action → the scope of records the role may touch.
 * Anything not listed here is denied. Routes name the (resource, action) they need.
 *
 * Scopes (need-to-know):
 *  - own:          records where the actor is the resident's contact person (caseload)
 *  - team:         records of the actor's team (contact person in the same team)
 *  - municipality: every record of the actor's municipality
 *  - self:         the actor's own resident record (portal)
 *  - organisation: records ordered from the actor's own organisation (partner coaches: their trajectories)
 *  - none:         the action is not about residents (e.g. reading the audit log as a whole)
 */
export type Scope = 'own' | 'team' | 'municipality' | 'self' | 'organisation' | 'none';
export type Resource =
  | 'resident' | 'audit_event'
  | 'catalogue'      // instrumenten, aanbieders, contracten
  | 'trajectory'     // trajecten per inwoner
  | 'budget'         // re-integratiebudget per jaar
  | 'supply_report'  // aansluiting aanbod en behoefte
  | 'assessment'     // afwegingskaders en beoordelingen
  | 'employer'       // werkgevers en hun kansen (vacatures, proefplaatsingen, …)
  | 'matching'       // kandidaten bij een kans, kansen bij een inwoner; onthullen van regionale kandidaten
  | 'placement'      // plaatsingen bij werkgevers, met loonkostensubsidie
  | 'sheltered_work' // taakstelling nieuw beschut werk en wachtlijst
  | 'finance'        // financiën per stroom en jaar, reserve sociaal domein (aggregaten)
  | 'forecast'       // prognosescenario's voor het aantal uitkeringen en de begroting (aggregaten)
  | 'benefit'        // bijstand: berekening, besluiten, betalingen
  | 'payment'        // betaalruns (list: overzicht en voortgang; run: starten en aansluiten; approve; export: SEPA) en betaalspecificaties (read)
  | 'benefit_check'  // controle achteraf: steekproef trekken (create), zaken beoordelen (review)
  | 'dashboard'      // dashboards (read: aantallen, afgeschermd waar nodig; manage: inwonertal en landelijk referentiecijfer)
  | 'cbs_export'     // CBS-leveringen BUS en SRG: bestanden met BSN, wettelijke plicht
  | 'council_report'; // raadsrapportages: kwartaalrapportage en uitvoeringsplan (aggregaten)
export type Action =
  | 'list' | 'read' | 'search' | 'update' | 'reassign' | 'import'
  | 'create' | 'manage' | 'approve' | 'report' | 'decide' | 'reveal' | 'calculate'
  | 'run' | 'export' | 'review' | 'publish';

type Grants = Partial<Record<Resource, Partial<Record<Action, Scope>>>>;

export const permissionTable: Record<Role, Grants> = {
  work_consultant: {
    resident: { list: 'team', read: 'team', search: 'team', update: 'team' },
    catalogue: { list: 'municipality', read: 'municipality' },
    trajectory: { list: 'team', read: 'team', create: 'team', update: 'team', approve: 'team' },
    budget: { read: 'municipality' },
    employer: { list: 'municipality', read: 'municipality' },
    matching: { read: 'team', create: 'team', list: 'team', reveal: 'team' },  // create: ask for a reveal; list/reveal: decide on one
    placement: { list: 'team', read: 'team', create: 'team', update: 'team', report: 'municipality' },
    sheltered_work: { read: 'municipality' },
    benefit: { list: 'team', read: 'team' },  // status of applications and decisions of the team; amounts stay hidden (field set income)
  },
  income_consultant: {
    resident: { list: 'municipality', read: 'municipality', search: 'municipality', update: 'municipality' },
    // aanvragen, besluiten (vier ogen: approve), wijzigingen verwerken (report)
    benefit: { calculate: 'none', list: 'municipality', read: 'municipality', create: 'municipality', update: 'municipality', decide: 'municipality', approve: 'municipality', report: 'municipality' },
    // betaalruns starten en aansluiten (een teamleider keurt goed), controle achteraf beoordelen
    payment: { list: 'municipality', read: 'municipality', run: 'municipality', export: 'municipality' },
    benefit_check: { list: 'municipality', review: 'municipality' },
    cbs_export: { export: 'municipality' },  // BUS en SRG: de maandelijkse levering met BSN
  },
  team_lead: {
    resident: { list: 'team', read: 'team', search: 'team', update: 'team', reassign: 'team' },
    audit_event: { list: 'municipality' },
    benefit: { calculate: 'none', list: 'municipality', read: 'municipality', approve: 'municipality' },
    payment: { list: 'municipality', read: 'municipality', approve: 'municipality', export: 'municipality' },  // vier ogen op elke betaalrun
    benefit_check: { list: 'municipality', create: 'municipality', review: 'municipality' },
    catalogue: { list: 'municipality', read: 'municipality' },
    trajectory: { list: 'team', read: 'team', create: 'team', update: 'team', approve: 'team' },
    budget: { read: 'municipality' },
    supply_report: { read: 'municipality' },
    assessment: { list: 'municipality', read: 'municipality' },
    employer: { list: 'municipality', read: 'municipality' },
    matching: { read: 'team', create: 'team', list: 'team', reveal: 'team' },  // create: ask for a reveal; list/reveal: decide on one
    placement: { list: 'team', read: 'team', create: 'team', update: 'team', report: 'municipality' },
    sheltered_work: { read: 'municipality' },
    finance: { read: 'municipality' }, forecast: { read: 'municipality' },
    dashboard: { read: 'municipality' },
    council_report: { list: 'municipality', read: 'municipality' },
  },
  administrator: {
    audit_event: { list: 'municipality' }, resident: { import: 'municipality' },
    catalogue: { list: 'municipality', read: 'municipality', manage: 'municipality' },
    budget: { read: 'municipality', manage: 'municipality' },
    supply_report: { read: 'municipality' },
    assessment: { list: 'municipality', read: 'municipality', manage: 'municipality', decide: 'municipality' },
    sheltered_work: { read: 'municipality', manage: 'municipality' },
    finance: { read: 'municipality' }, forecast: { read: 'municipality' },
    dashboard: { read: 'municipality', manage: 'municipality' },
    cbs_export: { export: 'municipality' },
    council_report: { list: 'municipality', read: 'municipality' },
  },
  // Werkgeversservicepunt: employers and opportunities of the municipality, candidates for them (another
  // municipality's candidates anonymous until their consultant reveals them), and placements.
  employer_account_manager: {
    catalogue: { list: 'municipality', read: 'municipality' },
    employer: { list: 'municipality', read: 'municipality', manage: 'municipality' },
    matching: { read: 'municipality', create: 'municipality' },  // create: ask a consultant to reveal an anonymous candidate
    placement: { list: 'municipality', read: 'municipality', create: 'municipality', update: 'municipality', report: 'municipality' },
    sheltered_work: { read: 'municipality' },
  },
  policy_analyst: {
    catalogue: { list: 'municipality', read: 'municipality' },
    budget: { read: 'municipality' },
    supply_report: { read: 'municipality' },
    assessment: { list: 'municipality', read: 'municipality' },
    placement: { report: 'municipality' },  // regional placement figures: aggregates only
    sheltered_work: { read: 'municipality' },
    finance: { read: 'municipality', manage: 'municipality' },   // begroting, jaarrekening en reserve
    forecast: { read: 'municipality', manage: 'municipality' },  // scenario's
    dashboard: { read: 'municipality', manage: 'municipality' },  // aggregaten, kleine aantallen afgeschermd
    // raadsrapportages: schrijven en publiceren (geen vier ogen: het zijn aggregaten, de raad stelt vast)
    council_report: { list: 'municipality', read: 'municipality', create: 'municipality', update: 'municipality', publish: 'municipality' },
  },
  // A partner coach sees only trajectories ordered from their own organisation, and reports on them.
  partner_coach: { trajectory: { list: 'organisation', read: 'organisation', report: 'organisation' } },
  resident: {
    resident: { read: 'self' },
    benefit: { list: 'self', read: 'self', create: 'self', report: 'self' },  // own application, decisions and letters; reports changes
    payment: { read: 'self' },  // own payslips (betaalspecificaties)
  },
};

/**
 * Field sets: groups of sensitive fields, visible only to the roles listed.
 * bsn:    the full citizen service number (others see it masked)
 * income: income and benefit amounts
 * health: health barriers — special-category data (AVG art. 9); further limited to the contact person's team
 */
export type FieldSet = 'bsn' | 'income' | 'health';
export const fieldSetTable: Record<FieldSet, readonly Role[]> = {
  bsn: ['income_consultant', 'administrator', 'resident'],
  income: ['income_consultant', 'team_lead', 'resident'],
  health: ['work_consultant', 'team_lead'],
};

export function scopeFor(role: Role, resource: Resource, action: Action): Scope | undefined {
  return permissionTable[role]?.[resource]?.[action];
}

export function canSeeFieldSet(role: Role, fieldSet: FieldSet): boolean {
  return fieldSetTable[fieldSet].includes(role);
}

/** What a route declares: a permission, or that it is public (health, log-in). */
export type RouteAccess =
  | { public: true }
  | { resource: Resource; action: Action; purpose: string }
  | { authenticated: true };  // any logged-in user, about themselves only (e.g. log-out, "who am I")
