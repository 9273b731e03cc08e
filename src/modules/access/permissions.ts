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
  | 'benefit';       // bijstand: berekening, besluiten, betalingen
export type Action =
  | 'list' | 'read' | 'search' | 'update' | 'reassign' | 'import'
  | 'create' | 'manage' | 'approve' | 'report' | 'decide' | 'reveal' | 'calculate';

type Grants = Partial<Record<Resource, Partial<Record<Action, Scope>>>>;

export const permissionTable: Record<Role, Grants> = {
  work_consultant: {
    resident: { list: 'team', read: 'team', search: 'team', update: 'team' },
    catalogue: { list: 'municipality', read: 'municipality' },
    trajectory: { list: 'team', read: 'team', create: 'team', update: 'team', approve: 'team' },
    budget: { read: 'municipality' },
    employer: { list: 'municipality', read: 'municipality' },
    matching: { read: 'team', reveal: 'team' },
    placement: { list: 'team', read: 'team', create: 'team', update: 'team' },
    sheltered_work: { read: 'municipality' },
  },
  income_consultant: {
    resident: { list: 'municipality', read: 'municipality', search: 'municipality', update: 'municipality' },
    benefit: { calculate: 'none' },
  },
  team_lead: {
    resident: { list: 'team', read: 'team', search: 'team', update: 'team', reassign: 'team' },
    audit_event: { list: 'municipality' },
    benefit: { calculate: 'none' },
    catalogue: { list: 'municipality', read: 'municipality' },
    trajectory: { list: 'team', read: 'team', create: 'team', update: 'team', approve: 'team' },
    budget: { read: 'municipality' },
    supply_report: { read: 'municipality' },
    assessment: { list: 'municipality', read: 'municipality' },
    employer: { list: 'municipality', read: 'municipality' },
    matching: { read: 'team', reveal: 'team' },
    placement: { list: 'team', read: 'team', create: 'team', update: 'team' },
    sheltered_work: { read: 'municipality' },
  },
  administrator: {
    audit_event: { list: 'municipality' }, resident: { import: 'municipality' },
    catalogue: { list: 'municipality', read: 'municipality', manage: 'municipality' },
    budget: { read: 'municipality', manage: 'municipality' },
    supply_report: { read: 'municipality' },
    assessment: { list: 'municipality', read: 'municipality', manage: 'municipality', decide: 'municipality' },
    sheltered_work: { read: 'municipality', manage: 'municipality' },
  },
  // Werkgeversservicepunt: employers and opportunities of the municipality, candidates for them (another
  // municipality's candidates anonymous until their consultant reveals them), and placements.
  employer_account_manager: {
    catalogue: { list: 'municipality', read: 'municipality' },
    employer: { list: 'municipality', read: 'municipality', manage: 'municipality' },
    matching: { read: 'municipality' },
    placement: { list: 'municipality', read: 'municipality', create: 'municipality', update: 'municipality' },
    sheltered_work: { read: 'municipality' },
  },
  policy_analyst: {
    catalogue: { list: 'municipality', read: 'municipality' },
    budget: { read: 'municipality' },
    supply_report: { read: 'municipality' },
    assessment: { list: 'municipality', read: 'municipality' },
    sheltered_work: { read: 'municipality' },
  },
  // A partner coach sees only trajectories ordered from their own organisation, and reports on them.
  partner_coach: { trajectory: { list: 'organisation', read: 'organisation', report: 'organisation' } },
  resident: { resident: { read: 'self' } },
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
