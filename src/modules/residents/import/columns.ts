// The columns of a resident import file (Dutch headers, matched case-insensitively). This list is the one
// source for the validation, the report's wording and the README's table.

export interface ImportColumnSpec {
  /** Header as written in the file (lower case; spaces and hyphens count as underscores). */
  name: string;
  /** What a person reads in a problem message. */
  label: string;
  required: boolean;
  description: string;
}

export const importColumns = [
  { name: 'bsn', label: 'BSN', required: true, description: 'Burgerservicenummer, 9 cijfers (8 mag: er komt een 0 voor); moet de elfproef doorstaan.' },
  { name: 'voornamen', label: 'Voornamen', required: true, description: 'Alle voornamen.' },
  { name: 'tussenvoegsel', label: 'Tussenvoegsel', required: false, description: 'Bijvoorbeeld van, de, van der.' },
  { name: 'achternaam', label: 'Achternaam', required: true, description: 'Achternaam zonder tussenvoegsel.' },
  { name: 'geboortedatum', label: 'Geboortedatum', required: true, description: 'JJJJ-MM-DD of DD-MM-JJJJ (ook met / of .).' },
  { name: 'straat', label: 'Straat', required: true, description: 'Straatnaam.' },
  { name: 'huisnummer', label: 'Huisnummer', required: true, description: 'Alleen het getal.' },
  { name: 'toevoeging', label: 'Toevoeging', required: false, description: 'Huisletter of toevoeging, bijvoorbeeld A of bis.' },
  { name: 'postcode', label: 'Postcode', required: true, description: '1234 AB (spatie mag); het postcodegebied (de 4 cijfers) moet bij de gemeente horen.' },
  { name: 'woonplaats', label: 'Woonplaats', required: true, description: 'Woonplaats.' },
  { name: 'telefoon', label: 'Telefoon', required: false, description: 'Telefoonnummer.' },
  { name: 'email', label: 'E-mail', required: false, description: 'E-mailadres.' },
  { name: 'contactpersoon', label: 'Contactpersoon', required: true, description: 'Gebruikersnaam van een actieve consulent werk van de gemeente, bijvoorbeeld work_consultant@voorbeeld. De inwoner komt in diens team.' },
  { name: 'doelgroepen', label: 'Doelgroepen', required: true, description: 'Een of meer codes, gescheiden door |: bijstand, nug, sw_indicatie, nieuw_beschut, statushouder, jongere_rmc, doelgroepregister.' },
  { name: 'doelgroep_startdatum', label: 'Startdatum doelgroep', required: true, description: 'Sinds wanneer de inwoner tot de doelgroepen hoort; niet in de toekomst.' },
  { name: 'trede', label: 'Trede', required: false, description: 'Trede op de participatieladder, 1 tot en met 6.' },
  { name: 'trede_datum', label: 'Datum trede', required: false, description: 'Datum van die meting; verplicht als er een trede is.' },
  { name: 'huishouden', label: 'Huishouden', required: false, description: 'Eigen sleutel van het huishouden: rijen met dezelfde sleutel vormen één huishouden. Leeg: een eigen huishouden.' },
  { name: 'rol', label: 'Rol', required: false, description: 'hoofdontvanger of partner; verplicht als huishouden is ingevuld (leeg zonder huishouden: hoofdontvanger).' },
] as const satisfies readonly ImportColumnSpec[];

export type ImportColumn = (typeof importColumns)[number]['name'];

export const columnLabel = (name: string): string => importColumns.find((c) => c.name === name)?.label ?? name;

/** "Doelgroep Startdatum " → "doelgroep_startdatum". */
export function normaliseHeader(header: string): string {
  return header.replace(/\uFEFF/g, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}
