// The shapes of the matching API (src/modules/matching/schema.ts) as the web app uses them.
export interface Coded { code: string; label: string }
export interface Factor { factor: string; label: string; points: number; explanation: string }
export interface Exclusion { constraint: string; explanation: string }
export interface MatchingRules { validFrom: string; minimumAgeYears: number; defaultMaxTravelKm: number; source: string }
export interface MatchOpportunity {
  id: string; title: string; kind: string; kindLabel: string; employerName: string; occupation: Coded; requiredSkills: Coded[];
  hoursPerWeek: number; postcode: string; place: string | null; languageLevel: string | null; drivingLicence: string | null;
  minLadderStep: number | null; startDate: string; places: number; placesOpen: number; status: string; sharedWithRegion: boolean;
  municipality: { id: string; name: string; own: boolean };
}
export type RevealStatus = 'none' | 'pending' | 'approved' | 'declined';
export interface Candidate {
  rank: number; token: string; score: number; anonymous: boolean;
  person: { residentId: string | null; name: string; contactPerson: string | null; contactMunicipality: string } | null;
  municipality: { name: string; own: boolean }; ladderStep: number | null; hoursPerWeek: number | null; distanceKm: number | null;
  matchedOccupations: Coded[]; matchedSkills: Coded[]; factors: Factor[];
  placed: { hoursPerWeek: number; employers: string[]; note: string } | null;
  reveal: { status: RevealStatus; requestId: string | null; canRequest: boolean };
}
export interface CandidateList { opportunity: MatchOpportunity; searchedMunicipalities: string[]; eligible: number; items: Candidate[]; rules: MatchingRules }
export interface RevealRequest {
  id: string; status: Exclude<RevealStatus, 'none'>; statusLabel: string; requestedAt: string; message: string;
  requester: { name: string; municipality: string }; opportunity: MatchOpportunity; resident: { id: string; name: string } | null;
  decision: { by: string; at: string; reason: string } | null;
  match: { score: number; factors: Factor[]; exclusions: Exclusion[] } | null;
}
export interface ResidentOpportunities {
  resident: { id: string; name: string };
  items: { opportunity: MatchOpportunity; eligible: boolean; score: number; distanceKm: number | null; factors: Factor[]; exclusions: Exclusion[] }[];
  rules: MatchingRules;
}
export interface AssignmentProposal {
  pairs: { opportunity: { id: string; title: string }; candidate: Candidate }[];
  placesTotal: number; placesFilled: number; totalScore: number; unfilled: { opportunityId: string; title: string; open: number }[];
  noPlacesLeft: { opportunityId: string; title: string }[];
  poolSize: number; method: string; rules: MatchingRules;
}

/** "2026-03-09" → "9-3-2026". */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])}-${Number(m[2])}-${m[1]}` : iso;
}

/** "nog 2 van 5 plaatsen open": the places minus the active placements on the opportunity. */
export const placesText = (o: Pick<MatchOpportunity, 'places' | 'placesOpen'>) =>
  `nog ${o.placesOpen} van ${o.places} ${o.places === 1 ? 'plaats' : 'plaatsen'} open`;

/** How a candidate is called on screen: the name when known, otherwise the anonymous profile's label. */
export const candidateName = (c: Pick<Candidate, 'person' | 'municipality'>) => c.person?.name ?? `Inwoner uit ${c.municipality.name} — geanonimiseerd`;

export const pointsText = (p: number) => (p > 0 ? `+${p}` : p < 0 ? `−${-p}` : '0');
