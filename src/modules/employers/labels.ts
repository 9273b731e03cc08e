// Codes and Dutch labels of employers and opportunities; plain data, shared by the API and the web app.

/** Kinds of opportunity (soorten kansen) of issue 5. */
export const opportunityKinds = ['regular_vacancy', 'trial_placement', 'work_experience', 'jobs_agreement', 'sheltered_place', 'learn_work'] as const;
export type OpportunityKind = (typeof opportunityKinds)[number];
export const opportunityKindLabels: Record<OpportunityKind, string> = {
  regular_vacancy: 'Reguliere vacature',
  trial_placement: 'Proefplaatsing',
  work_experience: 'Werkervaringsplek',
  jobs_agreement: 'Garantiebaan (banenafspraak)',
  sheltered_place: 'Beschut-werkplek',
  learn_work: 'Leerwerkplek',
};

export const opportunityStatuses = ['open', 'filled', 'closed'] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];
export const opportunityStatusLabels: Record<OpportunityStatus, string> = { open: 'Open', filled: 'Vervuld', closed: 'Gesloten' };

/** Sectors: the sections of the Standaard Bedrijfsindeling (SBI 2008, CBS) that matter for this work, letter in the comment. */
export const sectors = [
  'agriculture', 'manufacturing', 'construction', 'trade', 'logistics', 'hospitality', 'business_services',
  'public_administration', 'education', 'care', 'culture_recreation', 'other_services',
] as const;
export type Sector = (typeof sectors)[number];
export const sectorLabels: Record<Sector, string> = {
  agriculture: 'Landbouw, bosbouw en visserij',         // A
  manufacturing: 'Industrie',                            // C
  construction: 'Bouw',                                  // F
  trade: 'Groot- en detailhandel',                       // G
  logistics: 'Vervoer en opslag',                        // H
  hospitality: 'Horeca',                                 // I
  business_services: 'Zakelijke dienstverlening',        // M, N (incl. schoonmaak en uitzendwerk)
  public_administration: 'Openbaar bestuur',             // O
  education: 'Onderwijs',                                // P
  care: 'Gezondheids- en welzijnszorg',                  // Q
  culture_recreation: 'Cultuur, sport en recreatie',     // R
  other_services: 'Overige dienstverlening',             // S
};
