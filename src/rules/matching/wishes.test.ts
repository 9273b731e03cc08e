import { describe, expect, it } from 'vitest';
import { sameWord, wishMatches, words } from './wishes.ts';

describe('wishes', () => {
  it('splits text into meaningful words, without accents and generic words', () => {
    expect(words('Liefst parttime wérk in de Zorg, met mensen!')).toEqual(['zorg', 'mensen']);
  });

  it('matches Dutch word forms and compounds', () => {
    expect(sameWord('administratief', 'administratie')).toBe(true);
    expect(sameWord('magazijnmedewerker', 'magazijn')).toBe(true);
    expect(sameWord('kok', 'koken')).toBe(true);
    expect(sameWord('schilder', 'schoonmaak')).toBe(false);
  });

  it('finds the opportunity\'s words in the wishes', () => {
    expect(wishMatches('Magazijnmedewerker Orderpicker distributiecentrum', 'Iets in een magazijn of de logistiek')).toEqual(['magazijnmedewerker']);
    expect(wishMatches('Administratief medewerker Backoffice', 'Liefst buiten, in het groen')).toEqual([]);
    expect(wishMatches('Kok', '')).toEqual([]);
  });
});
