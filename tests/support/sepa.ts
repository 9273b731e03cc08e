import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The pain.001.001.03 schema as shipped with the standards, next to the repository (never copied into it). */
export const painXsd = fileURLToPath(new URL('../../../shared/standards/sepa/pain.001.001.03.xsd', import.meta.url));

/** Validates a SEPA document with `xmllint --noout --schema` (Debian libxml2-utils). */
export function validateSepa(xml: string): { valid: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'meedoen-sepa-'));
  try {
    const file = join(dir, 'sepa.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--schema', painXsd, file], { encoding: 'utf8' });
    if (r.error) throw new Error(`xmllint is niet beschikbaar (apt-get install libxml2-utils): ${r.error.message}`);
    return { valid: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
