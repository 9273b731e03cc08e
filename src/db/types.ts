import type { ColumnType, Generated } from 'kysely';

// Kysely's view of the schema in src/db/migrations (camelCase; the CamelCasePlugin maps to snake_case).
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateString = string; // 'YYYY-MM-DD'
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>; // has a database default

export interface RegionsTable { id: Generated<string>; name: string }
export interface MunicipalitiesTable {
  id: Generated<string>; code: string; name: string; cbsCode: string; regionId: string | null; inhabitants: number | null;
}
export interface OrganisationsTable {
  id: Generated<string>; municipalityId: string; name: string; kind: 'municipality' | 'provider';
  providerType: Generated<string | null>; kvkNumber: Generated<string | null>; contactEmail: Generated<string | null>;
  description: Generated<string>; version: Generated<number>;
}
export interface TeamsTable { id: Generated<string>; municipalityId: string; name: string }
export interface UsersTable {
  id: Generated<string>; municipalityId: string; organisationId: string; teamId: string | null; username: string;
  displayName: string; role: string; passwordHash: string; isDemo: Generated<boolean>; active: Generated<boolean>;
  residentId: string | null; createdAt: DefaultedTimestamp;
}
export interface SessionsTable {
  tokenHash: string; userId: string; createdAt: Timestamp; lastSeenAt: Timestamp; expiresAt: Timestamp; origin: string | null;
}
export interface LoginAttemptsTable {
  id: Generated<number>; occurredAt: DefaultedTimestamp; username: string; userId: string | null;
  result: 'success' | 'denied' | 'rate_limited'; reason: string | null; requestId: string | null; origin: string | null;
}
export interface HouseholdsTable { id: Generated<string>; municipalityId: string; version: Generated<number> }
export interface ResidentsTable {
  id: Generated<string>; municipalityId: string; bsn: string; givenNames: string; surnamePrefix: string | null;
  surname: string; birthDate: DateString; street: string; houseNumber: number; houseNumberSuffix: string | null;
  postcode: string; city: string; phone: string | null; email: string | null; preferredLanguage: Generated<string>;
  householdId: string | null; householdRole: 'primary' | 'partner' | null; contactPersonId: string | null;
  teamId: string | null; ladderStep: number | null; ladderMeasuredOn: DateString | null; lastContactOn: DateString | null;
  version: Generated<number>; createdAt: DefaultedTimestamp; updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface HouseholdMembersTable {
  id: Generated<string>; municipalityId: string; householdId: string; kind: 'child' | 'housemate'; givenNames: string;
  birthDate: DateString; costSharer: Generated<boolean>; costSharerExemption: string | null; createdAt: DefaultedTimestamp; version: Generated<number>;
}
export interface ResidentTargetGroupsTable {
  id: Generated<string>; municipalityId: string; residentId: string; code: string; startDate: DateString;
  endDate: DateString | null; details: Generated<Record<string, unknown>>; version: Generated<number>;
}
export interface LadderMeasurementsTable {
  id: Generated<string>; municipalityId: string; residentId: string; step: number; measuredOn: DateString;
  measuredBy: string | null; motivation: Generated<string>; recordedAt: Generated<Timestamp>;
}
export interface AuditEventsTable {
  seq: Generated<number>; municipalityId: string; chainIndex: number; occurredAt: Timestamp; actorUserId: string | null;
  actorRole: string | null; organisationId: string | null; residentIds: string[]; action: string; objectType: string | null;
  objectId: string | null; purpose: string | null; result: 'success' | 'denied' | 'error'; requestId: string | null;
  origin: string | null; prevHash: string; hash: string;
}
export interface AuditChainHeadsTable { municipalityId: string; lastIndex: number; lastHash: string }

export interface ContactPersonChangesTable {
  id: Generated<string>; municipalityId: string; residentId: string; fromUserId: string | null; toUserId: string;
  changedAt: DefaultedTimestamp; changedBy: string | null; reason: string;
}
export interface WorkProfilesTable {
  residentId: string; municipalityId: string; educationLevel: string | null; dutchLevel: string | null;
  drivingLicences: Generated<string[]>; hoursPerWeek: number | null; maxTravelKm: number | null; wishes: Generated<string>;
  version: Generated<number>; updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface WageValueMeasurementsTable {
  id: Generated<string>; municipalityId: string; residentId: string; percentage: number; measuredOn: DateString;
  method: string; recordedBy: string | null; createdAt: DefaultedTimestamp;
}
export interface ResidentSkillsTable {
  id: Generated<string>; municipalityId: string; residentId: string; kind: 'occupation' | 'skill'; code: string | null;
  freeText: string | null; createdAt: DefaultedTimestamp;
}
export interface BarriersTable {
  id: Generated<string>; municipalityId: string; residentId: string; category: string; description: Generated<string>;
  since: DateString | null; resolvedOn: DateString | null; recordedBy: string | null; version: Generated<number>; createdAt: DefaultedTimestamp;
}
export interface PlanGoalsTable {
  id: Generated<string>; municipalityId: string; residentId: string; title: string; description: Generated<string>;
  status: Generated<'open' | 'achieved' | 'dropped'>; targetDate: DateString | null; version: Generated<number>; createdAt: DefaultedTimestamp;
  need: Generated<string | null>;
}
export interface PlanStepsTable {
  id: Generated<string>; municipalityId: string; residentId: string; goalId: string | null; description: string;
  owner: 'resident' | 'consultant' | 'partner' | 'other'; ownerName: string | null; dueOn: DateString;
  status: Generated<'open' | 'done' | 'cancelled'>; completedOn: DateString | null; version: Generated<number>; createdAt: DefaultedTimestamp;
}
export interface ContactMomentsTable {
  id: Generated<string>; municipalityId: string; residentId: string; occurredOn: DateString; channel: string; note: Generated<string>;
  recordedBy: string | null; version: Generated<number>; createdAt: DefaultedTimestamp;
}
export interface ReferralsTable {
  id: Generated<string>; municipalityId: string; residentId: string; domain: string; referredOn: DateString;
  status: Generated<string>; note: Generated<string>; recordedBy: string | null; version: Generated<number>; createdAt: DefaultedTimestamp;
}

// 0004_import.sql: the 4-digit postcode areas of a municipality (an imported address must lie in one)
export interface PostcodeAreasTable { municipalityId: string; area: string }

// Provisions (0006): catalogue, providers, trajectories, budget.
export interface ProviderContractsTable {
  id: Generated<string>; municipalityId: string; organisationId: string; reference: string; description: Generated<string>;
  startsOn: DateString; endsOn: DateString | null; version: Generated<number>; createdAt: DefaultedTimestamp;
}
export type Unit = 'hour' | 'day' | 'week' | 'month' | 'trajectory';
export interface InstrumentsTable {
  id: Generated<string>; municipalityId: string; code: string; name: string; description: Generated<string>; legalBasis: string;
  unit: Unit; targetGroups: Generated<string[]>; needs: Generated<string[]>; activeFrom: DateString; activeUntil: DateString | null;
  version: Generated<number>; createdAt: DefaultedTimestamp;
}
export interface InstrumentOffersTable {
  id: Generated<string>; municipalityId: string; instrumentId: string; organisationId: string; contractId: string | null;
  unitPriceCents: number; capacity: number; capacityPeriod: 'month' | 'quarter' | 'year'; expectedWaitDays: Generated<number>;
  activeFrom: DateString; activeUntil: DateString | null; version: Generated<number>; createdAt: DefaultedTimestamp;
}
export interface PolicySettingsTable {
  id: Generated<string>; municipalityId: string; name: string; value: number; validFrom: DateString; source: string; createdAt: DefaultedTimestamp;
}
export interface ReintegrationBudgetsTable {
  id: Generated<string>; municipalityId: string; year: number; amountCents: number; source: Generated<string>; version: Generated<number>;
}
export type TrajectoryStatus = 'proposed' | 'approved' | 'rejected' | 'started' | 'ended' | 'cancelled';
export type TrajectoryOutcome = 'paid_work' | 'higher_ladder_step' | 'other_instrument' | 'dropped_out';
export interface TrajectoriesTable {
  id: Generated<string>; municipalityId: string; residentId: string; instrumentId: string | null; offerId: string | null;
  organisationId: string; customTitle: string | null; customReason: string | null; goalId: string | null;
  units: number; unit: Unit; unitPriceCents: number; amountCents: number; budgetYear: number; status: TrajectoryStatus;
  needsSecondApproval: boolean; fourEyesThresholdCents: number; thresholdSettingId: string | null;
  proposedBy: string; proposedAt: DefaultedTimestamp; decidedBy: string | null; decidedAt: Timestamp | null; decisionNote: Generated<string>;
  plannedStartOn: DateString; plannedEndOn: DateString; startedOn: DateString | null; endedOn: DateString | null;
  outcome: TrajectoryOutcome | null; outcomeReason: Generated<string>; realisedCents: number | null;
  version: Generated<number>; updatedAt: DefaultedTimestamp;
}
export interface TrajectoryReportsTable {
  id: Generated<string>; municipalityId: string; trajectoryId: string; kind: 'attendance' | 'progress';
  periodFrom: DateString; periodTo: DateString; hoursPlanned: number | null; hoursAttended: number | null;
  summary: Generated<string>; reportedBy: string; reportedAt: DefaultedTimestamp;
}

// Assessment frameworks (0007): afwegingskaders, criteria, proposals and their score lines.
export type AssessmentCriterionKind = 'must_pass' | 'weighted';
export interface AssessmentFrameworksTable {
  id: Generated<string>; municipalityId: string; name: string; description: Generated<string>; maxScore: Generated<number>;
  createdBy: string | null; version: Generated<number>; createdAt: DefaultedTimestamp; updatedAt: DefaultedTimestamp;
}
export interface AssessmentCriteriaTable {
  id: Generated<string>; municipalityId: string; frameworkId: string; kind: AssessmentCriterionKind; title: string;
  description: Generated<string>; weight: number | null; position: number;
}
export interface AssessmentsTable {
  id: Generated<string>; municipalityId: string; frameworkId: string; title: string; description: Generated<string>; submittedBy: string;
  status: Generated<'open' | 'approved' | 'rejected'>; totalScore: number | null; maxTotalScore: number | null; decisionReasons: string | null;
  decidedBy: string | null; decidedAt: Timestamp | null; createdBy: string | null; createdAt: DefaultedTimestamp; version: Generated<number>;
}
export interface AssessmentLinesTable {
  id: Generated<string>; municipalityId: string; assessmentId: string; criterionId: string | null; kind: AssessmentCriterionKind; title: string;
  weight: number | null; maxScore: number | null; score: number | null; points: number | null; passed: boolean | null;
  explanation: Generated<string>; position: number;
}

// Employers and opportunities (0008): werkgevers, contactpersonen, kansen; PC4 centroids for distances.
export interface PostcodeCoordinatesTable { area: string; place: string; latitude: number; longitude: number; source: string }
export interface EmployersTable {
  id: Generated<string>; municipalityId: string; name: string; kvkNumber: string | null; sector: string; street: string | null;
  houseNumber: number | null; postcode: string; city: string; description: Generated<string>; socialReturnHoursPerYear: number | null;
  agreements: Generated<string>; version: Generated<number>; createdAt: DefaultedTimestamp;
}
export interface EmployerContactsTable {
  id: Generated<string>; municipalityId: string; employerId: string; name: string; role: Generated<string>;
  phone: string | null; email: string | null; createdAt: DefaultedTimestamp;
}
export type OpportunityKind = 'regular_vacancy' | 'trial_placement' | 'work_experience' | 'jobs_agreement' | 'sheltered_place' | 'learn_work';
export type OpportunityStatus = 'open' | 'filled' | 'closed';
export interface OpportunitiesTable {
  id: Generated<string>; municipalityId: string; employerId: string; kind: OpportunityKind; title: string; description: Generated<string>;
  occupationCode: string | null; requiredSkills: Generated<string[]>; hoursPerWeek: number; postcode: string;
  languageLevel: string | null; drivingLicence: string | null; minLadderStep: number | null; startDate: DateString; places: number;
  sharedWithRegion: Generated<boolean>; status: Generated<OpportunityStatus>; version: Generated<number>; createdAt: DefaultedTimestamp;
}

// Benefit rule tables (0011): bijstandsnormen en vrijlatingen per versie.
export interface BenefitRuleTablesTable {
  id: string; validFrom: DateString; source: string; aowAgeYears: number; aowAgeMonths: number; holidayAllowanceBp: number;
  costSharerBaseBp: number; costSharerStepBp: number; costSharerMinAge: number; costSharerCareExemption: boolean;
  earningsReleaseBp: number; earningsReleaseCapCents: number; earningsReleaseMonths: number; earningsReleaseMinAge: number;
  singleParentReleaseBp: number; singleParentReleaseCapCents: number | null; singleParentReleaseMonths: number;
  singleParentChildMaxAge: number; giftsFreePerYearCents: number | null;
}
export interface BenefitNormsTable { tableId: string; code: string; amountCents: number; article: string }

// Benefits (0012): uitkeringen per huishouden, with the situation the calculation takes.
export type BenefitSituation = Omit<import('../rules/benefit/calculate.ts').HouseholdSituation, 'month'>;
export interface BenefitsTable {
  id: Generated<string>; municipalityId: string; residentId: string; partnerResidentId: string | null;
  status: Generated<'active' | 'suspended' | 'ended'>; startDate: DateString; endDate: DateString | null; endReason: string | null;
  iban: string; accountHolder: string; situation: ColumnType<BenefitSituation, BenefitSituation, BenefitSituation>; version: Generated<number>; createdAt: DefaultedTimestamp;
}

export interface DB {
  benefits: BenefitsTable;
  benefitRuleTables: BenefitRuleTablesTable;
  benefitNorms: BenefitNormsTable;
  contactPersonChanges: ContactPersonChangesTable;
  workProfiles: WorkProfilesTable;
  wageValueMeasurements: WageValueMeasurementsTable;
  residentSkills: ResidentSkillsTable;
  barriers: BarriersTable;
  planGoals: PlanGoalsTable;
  planSteps: PlanStepsTable;
  contactMoments: ContactMomentsTable;
  referrals: ReferralsTable;
  regions: RegionsTable;
  municipalities: MunicipalitiesTable;
  organisations: OrganisationsTable;
  teams: TeamsTable;
  users: UsersTable;
  sessions: SessionsTable;
  loginAttempts: LoginAttemptsTable;
  households: HouseholdsTable;
  residents: ResidentsTable;
  householdMembers: HouseholdMembersTable;
  residentTargetGroups: ResidentTargetGroupsTable;
  ladderMeasurements: LadderMeasurementsTable;
  auditEvents: AuditEventsTable;
  auditChainHeads: AuditChainHeadsTable;
  postcodeAreas: PostcodeAreasTable;
  assessmentFrameworks: AssessmentFrameworksTable;
  assessmentCriteria: AssessmentCriteriaTable;
  assessments: AssessmentsTable;
  assessmentLines: AssessmentLinesTable;
  providerContracts: ProviderContractsTable;
  instruments: InstrumentsTable;
  instrumentOffers: InstrumentOffersTable;
  policySettings: PolicySettingsTable;
  reintegrationBudgets: ReintegrationBudgetsTable;
  trajectories: TrajectoriesTable;
  trajectoryReports: TrajectoryReportsTable;
  postcodeCoordinates: PostcodeCoordinatesTable;
  employers: EmployersTable;
  employerContacts: EmployerContactsTable;
  opportunities: OpportunitiesTable;
}
