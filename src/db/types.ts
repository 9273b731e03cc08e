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
  availableFrom: DateString | null;
  // 0010: copies for the candidate search, kept by triggers from residents, resident_skills and wage_value_measurements
  area: Generated<string | null>; ladderStep: Generated<number | null>; birthDate: Generated<DateString | null>;
  occupationCodes: Generated<string[]>; skillCodes: Generated<string[]>; wageValuePct: Generated<number | null>;
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
  occupationCode: string; requiredSkills: Generated<string[]>; hoursPerWeek: number; postcode: string;
  languageLevel: string | null; drivingLicence: string | null; minLadderStep: number | null; startDate: DateString; places: number;
  sharedWithRegion: Generated<boolean>; status: Generated<OpportunityStatus>; version: Generated<number>; createdAt: DefaultedTimestamp;
}

// Placements, wage-cost subsidy, outflow and the sheltered-work target (0009).
export interface MinimumWagesTable { id: Generated<string>; validFrom: DateString; hourlyCents: number; source: string }
export interface MinimumYouthWagePercentagesTable { id: Generated<string>; validFrom: DateString; age: number; pct: number; source: string }
export interface WageSubsidyParametersTable {
  id: Generated<string>; validFrom: DateString; holidayPayPct: number; employerCostAllowancePct: number; maxPct: number;
  flatPctWithoutWageValue: number; flatMaxMonths: number; fullTimeHours: number; source: string;
}
export type PlacementKind = 'regular_job' | 'trial_placement' | 'work_experience' | 'jobs_agreement' | 'sheltered_work' | 'learn_work';
export type PlacementEndReason = 'contract_ended' | 'other_job' | 'resigned' | 'dismissed' | 'trial_not_continued' | 'moved_away' | 'retirement' | 'other';
export interface PlacementsTable {
  id: Generated<string>; municipalityId: string; residentId: string; employerId: string; opportunityId: string | null; kind: PlacementKind;
  contractHoursPerWeek: number; hourlyWageCents: number | null; startDate: DateString; endDate: DateString | null;
  status: Generated<'active' | 'ended'>; endReason: PlacementEndReason | null; endNote: Generated<string>;
  wageCostSubsidy: Generated<boolean>; wageCostSubsidyMonthlyCents: number | null;
  wageCostSubsidyCalculation: ColumnType<unknown, object | null | undefined, object | null>;  // jsonb
  hiringSubsidyCents: number | null; jobCoach: Generated<boolean>; jobCoachHoursPerMonth: number | null; endsBenefit: Generated<boolean>;
  createdBy: string | null; createdAt: DefaultedTimestamp; updatedAt: DefaultedTimestamp; version: Generated<number>;
}
export interface PlacementFollowupsTable {
  id: Generated<string>; municipalityId: string; placementId: string; followedUpOn: DateString; note: string; recordedBy: string | null; createdAt: DefaultedTimestamp;
}
export type OutflowReason = 'work' | 'education' | 'moved_away' | 'other_income' | 'other';
export interface OutflowEventsTable {
  id: Generated<string>; municipalityId: string; residentId: string; occurredOn: DateString; reason: OutflowReason;
  placementId: string | null; recordedBy: string | null; createdAt: DefaultedTimestamp;
}
export interface ShelteredWorkTargetsTable {
  id: Generated<string>; municipalityId: string; year: number; targetHoursPerWeek: number; hoursPerPlacement: Generated<number>;
  growthRatePct: Generated<number>; source: string; updatedBy: string | null; updatedAt: DefaultedTimestamp; version: Generated<number>;
}

// Matching (0010): versioned matching rules, the pseudonym key, and reveal requests (kennismakingsverzoeken).
export interface MatchingRulesTable { id: Generated<string>; validFrom: DateString; minimumAgeYears: number; defaultMaxTravelKm: number; source: string }
export interface PseudonymKeysTable { purpose: string; secret: string; createdAt: DefaultedTimestamp }
export type RevealStatus = 'pending' | 'approved' | 'declined';
export interface CandidateRevealsTable {
  id: Generated<string>; municipalityId: string; residentId: string; opportunityId: string; requesterMunicipalityId: string;
  requestedBy: string; requestedAt: DefaultedTimestamp; message: Generated<string>; status: Generated<RevealStatus>;
  decidedBy: string | null; decidedAt: Timestamp | null; decisionReason: Generated<string>;
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
// Dated situations, release months and retro differences (0020, decision 0019).
export interface BenefitSituationsTable {
  id: Generated<string>; benefitId: string; municipalityId: string; validFrom: DateString;
  situation: ColumnType<BenefitSituation, BenefitSituation, BenefitSituation>; decisionId: string | null; createdAt: DefaultedTimestamp;
}
export interface BenefitReleaseMonthsTable {
  benefitId: string; municipalityId: string; month: string; person: 'applicant' | 'partner'; release: 'general' | 'single_parent'; runId: string; createdAt: DefaultedTimestamp;
}
export interface BenefitRetroDifferencesTable {
  id: Generated<string>; municipalityId: string; benefitId: string; month: string; situationId: string; runId: string;
  paidCents: number; dueCents: number; outcome: 'correction' | 'recovery_signal' | 'none'; lines: ColumnType<PaymentLine[], string, string>; createdAt: DefaultedTimestamp;
}

// Applications, decisions and reported changes (0013): aanvragen, besluiten, inkomstenopgaven, wijzigingen huishouden.
export interface LegalTermsTable {
  id: string; code: 'decision_term' | 'advance_payment_term' | 'objection_term'; validFrom: DateString; weeks: number; article: string; source: string;
}
export type ApplicationStatus = 'received' | 'in_treatment' | 'repair_period' | 'decided';
export interface ApplicationDocument { code: string; received: boolean }
export interface BenefitApplicationsTable {
  id: Generated<string>; municipalityId: string; residentId: string; partnerResidentId: string | null; channel: 'portal' | 'consultant';
  submittedBy: string; receivedOn: DateString; requestedStartDate: DateString;
  situation: ColumnType<BenefitSituation, BenefitSituation, BenefitSituation>; iban: string; accountHolder: string;
  advanceRequested: Generated<boolean>; advancePaidOn: DateString | null; advanceCents: number | null;
  documents: ColumnType<ApplicationDocument[], string, string>;  // jsonb: write JSON.stringify(list)
  status: Generated<ApplicationStatus>; repairDeadline: DateString | null; repairMissing: string | null; decidedOn: DateString | null;
  version: Generated<number>; createdAt: DefaultedTimestamp; updatedAt: DefaultedTimestamp;
}
export interface BenefitApplicationEventsTable {
  id: Generated<string>; municipalityId: string; applicationId: string; status: ApplicationStatus; occurredOn: DateString;
  repairDeadline: DateString | null; repairMissing: string | null; note: Generated<string>; recordedBy: string | null; recordedAt: DefaultedTimestamp;
}
export interface BenefitIncomeReportsTable {
  id: Generated<string>; municipalityId: string; benefitId: string; month: string; earningsApplicantCents: Generated<number>;
  earningsPartnerCents: Generated<number>; otherIncomeCents: Generated<number>; giftsCents: Generated<number>; note: Generated<string>;
  reportedBy: string | null; reportedAt: DefaultedTimestamp; status: Generated<'received' | 'processed' | 'superseded'>; processedAt: Timestamp | null;
}
export interface BenefitHouseholdReportsTable {
  id: Generated<string>; municipalityId: string; benefitId: string; effectiveDate: DateString; givenNames: string; birthDate: DateString;
  sharesCosts: boolean; note: Generated<string>; reportedBy: string | null; reportedAt: DefaultedTimestamp;
  status: Generated<'received' | 'processed'>; processedAt: Timestamp | null;
}
type StoredCalculation = import('../rules/benefit/calculate.ts').BenefitCalculation;
export type DecisionKind = 'grant' | 'refuse' | 'change' | 'end' | 'recover';
export type DecisionStatus = 'proposed' | 'final' | 'rejected';
export interface BenefitDecisionsTable {
  id: Generated<string>; municipalityId: string; residentId: string; applicationId: string | null; benefitId: string | null;
  incomeReportId: string | null; householdReportId: string | null; kind: DecisionKind; status: DecisionStatus; effectiveDate: DateString;
  periodMonth: string | null; legalGround: string; reasoning: string;
  situation: ColumnType<BenefitSituation | null, BenefitSituation | null, BenefitSituation | null>; iban: string | null; accountHolder: string | null;
  calculation: ColumnType<StoredCalculation | null, StoredCalculation | null, StoredCalculation | null>;
  ruleTableId: string | null; previousPayableCents: number | null; endReason: string | null;
  recoveryCents: number | null; recoveryFrom: DateString | null; recoveryTo: DateString | null;
  needsSecondApproval: boolean; fourEyesSettingId: string | null; fourEyesThresholdCents: number | null;
  proposedBy: string; proposedAt: DefaultedTimestamp; reviewedBy: string | null; reviewedAt: Timestamp | null; reviewNote: Generated<string>;
  decidedOn: DateString | null; version: Generated<number>;
}

// Finance per stream and year, the social-domain reserve, and caseload scenarios (0015).
export type FinanceStream = 'benefits' | 'reintegration' | 'sheltered_employment';
export type FinanceBasis = 'budget' | 'realised';
export interface FinanceFiguresTable {
  id: Generated<string>; municipalityId: string; year: number; stream: FinanceStream; basis: FinanceBasis;
  incomeCents: number; expenditureCents: number | null; source: string; updatedBy: string | null; updatedAt: DefaultedTimestamp; version: Generated<number>;
}
export interface SocialDomainReservesTable {
  id: Generated<string>; municipalityId: string; openingYear: number; openingBalanceCents: number; source: string;
  updatedBy: string | null; updatedAt: DefaultedTimestamp; version: Generated<number>;
}
export interface ForecastScenariosTable {
  id: Generated<string>; municipalityId: string; name: string; description: Generated<string>; startMonth: string; horizonMonths: number;
  startCaseload: number; inflowPerMonth: number; outflowPctPerMonth: number; benefitCostPerHouseholdCents: number; benefitCostSource: string;
  shelteredGrowthPct: number; shelteredCostPerPlaceCents: number; shelteredCostSource: string;
  createdBy: string | null; createdAt: DefaultedTimestamp; updatedBy: string | null; updatedAt: DefaultedTimestamp; version: Generated<number>;
}

// Payment runs and checks afterwards (0014): betaalruns, betalingen, controle achteraf.
export type PaymentRunStatus = 'running' | 'computed' | 'reconciled' | 'approved';
export interface PaymentDebtorAccountsTable {
  id: Generated<string>; municipalityId: string; name: string; iban: string; bic: string | null; validFrom: DateString; source: string;
}
export interface PaymentRunsTable {
  id: Generated<string>; municipalityId: string; month: string; sequence: Generated<number>; status: Generated<PaymentRunStatus>;
  plannedPayDate: DateString; payDaySettingId: string | null; holidayPayoutMonth: number; holidaySettingId: string | null;
  batchSize: number; totalBenefits: number; processedBenefits: Generated<number>; cursorBenefitId: string | null;
  paymentCount: Generated<number>; paymentTotalCents: Generated<number>; exceptionCount: Generated<number>;
  leaseOwner: string | null; leaseUntil: Timestamp | null; attempts: Generated<number>; lastError: string | null;
  startedBy: string | null; startedVia: string; startedAt: DefaultedTimestamp; computedAt: Timestamp | null;
  reconciledBy: string | null; reconciledAt: Timestamp | null; reconciledCount: number | null; reconciledTotalCents: number | null;
  reconciliationDifferences: ColumnType<string[] | null, string | null, string | null>;
  approvedBy: string | null; approvedAt: Timestamp | null; executionDate: DateString | null; version: Generated<number>;
}
export interface PaymentLine { code: string; label: string; article: string; amountCents: number }
export interface BenefitPaymentsTable {
  id: Generated<string>; municipalityId: string; runId: string; benefitId: string; month: string; kind: 'benefit' | 'holiday_allowance' | 'correction';
  amountCents: number; holidayReservedCents: number; basis: 'standing' | 'report'; tableId: string;
  lines: ColumnType<PaymentLine[], string, string>; iban: string; accountHolder: string; endToEndId: string; createdAt: DefaultedTimestamp;
}
export interface PaymentRunExceptionsTable { runId: string; benefitId: string; municipalityId: string; reason: string; createdAt: DefaultedTimestamp }
export interface CheckDrawsTable {
  id: Generated<string>; municipalityId: string; month: string; sampleBp: number; sampleSettingId: string | null; seed: string; prng: string;
  populationCount: number; populationHash: string; sampleCount: number; signalCount: number; drawnBy: string | null; drawnAt: DefaultedTimestamp;
  drawnByLabel: ColumnType<'automatisch' | 'opdrachtregel' | null, 'automatisch' | 'opdrachtregel' | null | undefined, never>;  // 0021: no user drew it
}
export type CheckOutcome = 'no_finding' | 'correction' | 'recovery_proposal';
export interface CheckCasesTable {
  id: Generated<string>; municipalityId: string; drawId: string; subjectType: 'payment' | 'decision'; subjectId: string; residentId: string; benefitId: string | null;
  drawPosition: number | null; signalCode: string | null; signalDetail: string | null; status: Generated<'open' | 'closed'>;
  outcome: CheckOutcome | null; finding: Generated<string>; reviewedBy: string | null; reviewedAt: Timestamp | null; version: Generated<number>;
}

// Dashboards (0016): reference figures, pre-aggregated counts and their refresh per municipality.
export interface DashboardReferenceFiguresTable {
  id: Generated<string>; municipalityId: string; kind: 'inhabitants' | 'national_benefits_per_1000'; validFrom: DateString;
  value: number;  // numeric(12,2)
  source: string; recordedBy: string | null; recordedAt: DefaultedTimestamp;
}
export interface DashboardCountsTable {
  municipalityId: string; measure: string; key: Generated<string>; bucket: Generated<string>; month: Generated<string>; n: number;
}
export interface DashboardRefreshesTable { municipalityId: string; refreshedOn: DateString; refreshedAt: Timestamp; durationMs: number }

// Council reports (0017): kwartaalrapportage and uitvoeringsplan; snapshot and PDF frozen at publication.
export interface CouncilReportsTable {
  id: Generated<string>; municipalityId: string; kind: 'quarterly' | 'execution_plan'; period: string; edition: Generated<number>;
  correctionReason: string | null; status: Generated<'draft' | 'published'>;
  narrative: ColumnType<unknown, string | undefined, string>; snapshot: ColumnType<unknown | null, string | null | undefined, string | null>;
  pdf: ColumnType<Uint8Array | null, Buffer | null | undefined, Buffer | null>; pdfSha256: string | null;
  createdBy: string | null; createdAt: DefaultedTimestamp; updatedBy: string | null; updatedAt: DefaultedTimestamp;
  publishedBy: string | null; publishedAt: Timestamp | null; version: Generated<number>;
}
// Due dates of council reports (0023), versioned.
export interface CouncilReportDeadlineRulesTable {
  id: Generated<string>; validFrom: DateString; planDueMonth: number; planDueDay: number; quarterlyDueDays: number; warningDays: number; source: string;
}

export interface DB {
  councilReports: CouncilReportsTable;
  councilReportDeadlineRules: CouncilReportDeadlineRulesTable;
  dashboardReferenceFigures: DashboardReferenceFiguresTable;
  dashboardCounts: DashboardCountsTable;
  dashboardRefreshes: DashboardRefreshesTable;
  paymentDebtorAccounts: PaymentDebtorAccountsTable;
  paymentRuns: PaymentRunsTable;
  benefitPayments: BenefitPaymentsTable;
  paymentRunExceptions: PaymentRunExceptionsTable;
  checkDraws: CheckDrawsTable;
  checkCases: CheckCasesTable;
  financeFigures: FinanceFiguresTable;
  socialDomainReserves: SocialDomainReservesTable;
  forecastScenarios: ForecastScenariosTable;
  legalTerms: LegalTermsTable;
  benefitApplications: BenefitApplicationsTable;
  benefitApplicationEvents: BenefitApplicationEventsTable;
  benefitIncomeReports: BenefitIncomeReportsTable;
  benefitHouseholdReports: BenefitHouseholdReportsTable;
  benefitDecisions: BenefitDecisionsTable;
  benefits: BenefitsTable;
  benefitSituations: BenefitSituationsTable;
  benefitReleaseMonths: BenefitReleaseMonthsTable;
  benefitRetroDifferences: BenefitRetroDifferencesTable;
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
  minimumWages: MinimumWagesTable;
  minimumYouthWagePercentages: MinimumYouthWagePercentagesTable;
  wageSubsidyParameters: WageSubsidyParametersTable;
  placements: PlacementsTable;
  placementFollowups: PlacementFollowupsTable;
  outflowEvents: OutflowEventsTable;
  shelteredWorkTargets: ShelteredWorkTargetsTable;
  matchingRules: MatchingRulesTable;
  pseudonymKeys: PseudonymKeysTable;
  candidateReveals: CandidateRevealsTable;
}
