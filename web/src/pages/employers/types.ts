// The shapes of the employer and opportunity API (src/modules/employers/schema.ts) as the web app uses them.
import { ApiError } from '../../api.ts';
import type { OpportunityKind, OpportunityStatus, Sector } from '../../../../src/modules/employers/labels.ts';

export { opportunityKindLabels, opportunityKinds, opportunityStatusLabels, opportunityStatuses, sectorLabels, sectors } from '../../../../src/modules/employers/labels.ts';
export type { OpportunityKind, OpportunityStatus, Sector };

export interface Employer {
  id: string; version: number; name: string; kvkNumber: string | null; sector: Sector; sectorLabel: string;
  street: string | null; houseNumber: number | null; postcode: string; city: string; description: string;
  socialReturnHoursPerYear: number | null; agreements: string; openOpportunities: number;
}
export interface Contact { id: string; name: string; role: string; phone: string | null; email: string | null }
export interface Coded { code: string; label: string }
export interface Opportunity {
  id: string; version: number; kind: OpportunityKind; kindLabel: string; title: string; description: string;
  occupation: Coded; requiredSkills: Coded[]; hoursPerWeek: number; postcode: string; place: string | null;
  languageLevel: string | null; drivingLicence: string | null; minLadderStep: number | null; startDate: string; places: number;
  sharedWithRegion: boolean; status: OpportunityStatus; statusLabel: string;
  employer: { id: string; name: string; city: string; sector: Sector; sectorLabel: string };
  municipality: { id: string; name: string }; own: boolean;
}
export interface PageOf<T> { items: T[]; page: number; pageSize: number; total: number }
export interface OccupationList { source: string; version: string; occupations: Coded[]; skills: Coded[] }

// The codes the API accepts for an opportunity's requirements (as in the work profile of a resident).
export const languageLevels = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const licenceCategories = ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D', 'T'] as const;

/** "7491AB" → "7491 AB". */
export const showPostcode = (p: string) => `${p.slice(0, 4)} ${p.slice(4)}`;

/** "2026-03-09" → "9-3-2026". */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
}

/** A typed whole number, or null when left empty; anything else is a Dutch input error. */
export function wholeOrNull(text: string, what: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) throw new ApiError(400, 'Ongeldige invoer', `Vul bij ${what} een heel getal in.`);
  return Number(t);
}

/** The role that manages employers and opportunities; everyone else reads. */
export const managesEmployers = (role: string | undefined) => role === 'employer_account_manager';
