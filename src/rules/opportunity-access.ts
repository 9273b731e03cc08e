// Regional sharing of opportunities (kansen): a region of municipalities shares vacancies, never dossiers.

export interface MunicipalityPlace {
  municipalityId: string;
  /** null: the municipality belongs to no region and shares with nobody */
  regionId: string | null;
}

/**
 * What a viewer of one municipality may do with an opportunity:
 *  - 'own':    it belongs to the viewer's municipality — read and change;
 *  - 'region': another municipality of the same region shared it — read only (to propose candidates);
 *  - 'none':   anything else — as if it did not exist (404).
 */
export type OpportunityAccess = 'own' | 'region' | 'none';

export function opportunityAccess(viewer: MunicipalityPlace, opportunity: MunicipalityPlace & { sharedWithRegion: boolean }): OpportunityAccess {
  if (opportunity.municipalityId === viewer.municipalityId) return 'own';
  const sameRegion = viewer.regionId !== null && opportunity.regionId === viewer.regionId;
  return sameRegion && opportunity.sharedWithRegion ? 'region' : 'none';
}

/** Only the owning municipality changes an opportunity; a shared one is read-only for the others. */
export const mayChangeOpportunity = (access: OpportunityAccess) => access === 'own';
