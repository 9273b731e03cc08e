import { completeBsn } from '../rules/bsn.ts';
import { givenNames, streetNames, surnameCombinations, surnamePrefixes, syntheticSurname } from './names.ts';
import type { Random } from './random.ts';

/** Hands out BSNs that pass the 11-check, in order from a starting number, never the same twice. */
export class BsnSequence {
  constructor(private counter: number) {}
  next(): string {
    for (;;) {
      const bsn = completeBsn(String(this.counter++).padStart(8, '0'));
      if (bsn) return bsn;
    }
  }
}

export interface SyntheticPerson {
  bsn: string;
  givenNames: string;
  surnamePrefix: string | null;
  surname: string;
  birthDate: string;
  street: string;
  houseNumber: number;
  houseNumberSuffix: string | null;
  postcode: string;
  city: string;
  phone: string | null;
  email: string | null;
  preferredLanguage: string;
}

const letters = 'ABCDEGHJKLMNPRSTVWXZ';

export function syntheticAddress(random: Random, postcodeAreas: readonly string[], city: string) {
  return {
    street: random.pick(streetNames),
    houseNumber: random.int(1, 180),
    houseNumberSuffix: random.chance(0.1) ? random.pick(['A', 'B', 'bis']) : null,
    postcode: random.pick(postcodeAreas) + letters[random.int(0, letters.length - 1)] + letters[random.int(0, letters.length - 1)],
    city,
  };
}

export function syntheticPerson(random: Random, bsns: BsnSequence, opts: {
  postcodeAreas: readonly string[]; city: string; bornFrom: string; bornTo: string; surname?: string; address?: ReturnType<typeof syntheticAddress>;
  language?: string;
}): SyntheticPerson {
  const surname = opts.surname ?? syntheticSurname(random.int(0, surnameCombinations), random.int(0, surnameCombinations));
  const given = random.pick(givenNames);
  return {
    bsn: bsns.next(),
    givenNames: given,
    surnamePrefix: opts.surname ? null : random.chance(0.25) ? random.pick(surnamePrefixes) : null,
    surname,
    birthDate: random.dateBetween(opts.bornFrom, opts.bornTo),
    ...(opts.address ?? syntheticAddress(random, opts.postcodeAreas, opts.city)),
    phone: random.chance(0.8) ? `06 ${random.int(10_000_000, 99_999_999)}` : null,
    email: random.chance(0.6) ? `${given.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${surname.toLowerCase()}@voorbeeld.example` : null,
    preferredLanguage: opts.language ?? 'nl',
  };
}
