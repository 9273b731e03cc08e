import { HttpProblem } from './problem.ts';

// Versions travel as strong ETags: "v<version>".
export const etagOf = (version: number) => `"v${version}"`;

/** The version the client saw, from If-Match; required on every update so no write is blind. */
export function versionFromIfMatch(header: string | undefined): number {
  if (!header) {
    throw new HttpProblem(428, 'Versie ontbreekt', 'Stuur de header If-Match met de ETag die u bij het ophalen kreeg, zodat geen wijziging van een ander verloren gaat.');
  }
  const match = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  if (!match) throw new HttpProblem(400, 'Ongeldige invoer', 'De header If-Match heeft niet de vorm "v<versie>".');
  return Number(match[1]);
}

/** The answer when the stored version is newer than the one the client saw. */
export const staleVersion = () => new HttpProblem(412, 'Gegevens zijn intussen gewijzigd',
  'Iemand anders heeft dit net gewijzigd. Laad de gegevens opnieuw en voer uw wijziging nogmaals in.');
