// Wishes (wensen) are free text. An opportunity matches them when a word of its occupation or title appears in
// them, allowing for Dutch word endings and compounds ("administratie" ~ "administratief", "magazijn" ~
// "magazijnmedewerker"). Generic words that would match almost anything are left out.

const stopWords = new Set([
  'de', 'het', 'een', 'en', 'of', 'van', 'voor', 'in', 'op', 'met', 'bij', 'aan', 'als', 'naar', 'tot', 'uit', 'om', 'te',
  'medewerker', 'medewerkster', 'werk', 'werken', 'baan', 'functie', 'plek', 'plaats', 'uur', 'uren', 'per', 'week',
  'parttime', 'fulltime', 'vacature', 'proefplaatsing', 'werkervaringsplek', 'leerwerkplek', 'garantiebaan', 'beschut',
  'graag', 'liefst', 'wil', 'willen', 'iets', 'mbo', 'hbo',
]);

/** Lower case, accents removed, split on anything that is not a letter; short and generic words dropped. */
export function words(text: string): string[] {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .split(/[^a-z]+/).filter((w) => w.length >= 3 && !stopWords.has(w));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** One word stands at the start of the other, or they share their first seven letters. */
export function sameWord(a: string, b: string): boolean {
  const shared = commonPrefix(a, b);
  return shared === Math.min(a.length, b.length) || shared >= 7;
}

// Ranking scores one opportunity against many candidates in a row: its words are split once.
let lastText = '';
let lastWords: string[] = [];
function opportunityWords(text: string): string[] {
  if (text !== lastText) { lastText = text; lastWords = words(text); }
  return lastWords;
}

/** The words of the opportunity (occupation label and title) found in the wishes, in the opportunity's order. */
export function wishMatches(opportunityText: string, wishes: string): string[] {
  const wished = words(wishes);
  if (wished.length === 0) return [];
  const found = opportunityWords(opportunityText).filter((w) => wished.some((x) => sameWord(w, x)));
  return [...new Set(found)];
}
