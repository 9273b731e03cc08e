// The three financial streams of the social domain (domain.md: BUIG / participatiebudget / Wsw), in table order.
export const streams = ['benefits', 'reintegration', 'sheltered_employment'] as const;
export type Stream = (typeof streams)[number];

export const streamLabels: Record<Stream, string> = {
  benefits: 'Uitkeringen (BUIG)',
  reintegration: 'Re-integratie (participatiebudget)',
  sheltered_employment: 'Sociale werkvoorziening (Wsw)',
};
/** Short labels for table headers. */
export const streamShortLabels: Record<Stream, string> = { benefits: 'BUIG', reintegration: 're-integratie', sheltered_employment: 'SW' };

export const bases = ['budget', 'realised'] as const;
export type Basis = (typeof bases)[number];
export const basisLabels: Record<Basis, string> = { budget: 'Begroting', realised: 'Realisatie' };
