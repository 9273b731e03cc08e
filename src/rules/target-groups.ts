// Doelgroepen (domain.md). Codes are stored; labels are what people read.
export const targetGroupCodes = [
  'bijstand', 'nug', 'sw_indicatie', 'nieuw_beschut', 'statushouder', 'jongere_rmc', 'doelgroepregister',
] as const;
export type TargetGroupCode = (typeof targetGroupCodes)[number];

export const targetGroupLabels: Record<TargetGroupCode, string> = {
  bijstand: 'Bijstand',
  nug: 'Niet-uitkeringsgerechtigde (NUG)',
  sw_indicatie: 'SW-indicatie',
  nieuw_beschut: 'Nieuw beschut werk',
  statushouder: 'Statushouder',
  jongere_rmc: 'Jongere (RMC/VSV)',
  doelgroepregister: 'Doelgroepregister (banenafspraak)',
};
