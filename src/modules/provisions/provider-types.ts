// Kinds of partner organisation (aanbieder); plain data, shared by the API and the web app.
export const providerTypes = ['sheltered_work_company', 'reintegration_firm', 'training_institute', 'charity_shop', 'other'] as const;
export type ProviderType = (typeof providerTypes)[number];
export const providerTypeLabels: Record<ProviderType, string> = {
  sheltered_work_company: 'Sociaal werkbedrijf', reintegration_firm: 'Re-integratiebureau', training_institute: 'Opleidingsinstituut',
  charity_shop: 'Kringloopbedrijf', other: 'Anders',
};
