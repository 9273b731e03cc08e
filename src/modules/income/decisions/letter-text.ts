import type { BenefitCalculation } from '../../../rules/benefit/calculate.ts';
import { endReasonLabels, kindLabels } from './schema.ts';

// The words of a decision letter (beschikking), apart from the PDF drawing: testable, and the same for every letter.

export const defaultLegalGround: Record<keyof typeof kindLabels, string> = {
  grant: 'art. 11 Participatiewet (recht op bijstand) en art. 43 lid 1 Participatiewet (vaststelling op aanvraag)',
  refuse: 'art. 11 Participatiewet (recht op bijstand): u voldoet niet aan de voorwaarden',
  change: 'art. 43 lid 1 Participatiewet (vaststelling van de bijstand); de artikelen per regel staan in de berekening',
  end: 'art. 11 Participatiewet: u heeft geen recht meer op bijstand',
  recover: 'art. 58 Participatiewet (terugvordering van kosten van bijstand)',
};

export const rightsAndDuties = [
  'Inlichtingenplicht (art. 17 lid 1 Participatiewet): geef uit uzelf en direct alle veranderingen door die van belang kunnen zijn voor uw bijstand, zoals inkomsten, giften, een nieuwe huisgenoot, verhuizing of vermogen. Doe dat via Mijn Meedoen of bij uw consulent.',
  'Medewerkingsplicht (art. 17 lid 2 Participatiewet): werk mee aan onderzoek naar uw recht op bijstand en lever de gevraagde gegevens op tijd aan.',
  'Arbeidsverplichtingen (art. 9 Participatiewet): u zoekt naar vermogen werk, aanvaardt passend werk en werkt mee aan uw plan van aanpak, tenzij u daarvan bent vrijgesteld.',
  'Komt u een verplichting niet na, dan kan de gemeente de bijstand verlagen (art. 18 Participatiewet); nooit zonder dat u eerst gehoord bent en nooit als het u niet te verwijten is.',
  'Wij controleren achteraf met een willekeurige steekproef en bij concrete signalen; nooit op grond van nationaliteit, afkomst of iets vergelijkbaars.',
];

export interface LetterInput {
  kind: keyof typeof kindLabels; status: 'proposed' | 'final' | 'rejected';
  municipalityName: string; residentName: string; address: string[];
  decidedOn: string | null; today: string; reference: string;
  effectiveDate: string; periodMonth: string | null; legalGround: string; reasoning: string;
  endReason: string | null; recoveryCents: number | null; recoveryFrom: string | null; recoveryTo: string | null;
  calculation: BenefitCalculation | null; previousPayableCents: number | null; iban: string | null;
  objectionTerm: { weeks: number; article: string };
}

export const euro = (cents: number) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}€ ${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(abs % 100).padStart(2, '0')}`;
};
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const longDate = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${months[m - 1]} ${y}`; };
const monthName = (ym: string) => { const [y, m] = ym.split('-').map(Number); return `${months[m - 1]} ${y}`; };
const numberWords = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

const titles: Record<LetterInput['kind'], string> = {
  grant: 'Besluit op uw aanvraag om bijstand: toegekend',
  refuse: 'Besluit op uw aanvraag om bijstand: afgewezen',
  change: 'Besluit: wijziging van uw bijstand',
  end: 'Besluit: beëindiging van uw bijstand',
  recover: 'Besluit: terugvordering van bijstand',
};

/** Title, the decision in plain words, the calculation lines, rights and duties, and the objection clause. */
export function letterText(l: LetterInput) {
  const title = l.status === 'final' ? titles[l.kind] : `CONCEPT – nog niet vastgesteld – ${titles[l.kind]}`;
  const decision: string[] = [];
  const payable = l.calculation ? euro(l.calculation.payableCents) : '';
  switch (l.kind) {
    case 'grant':
      decision.push(`U krijgt bijstand vanaf ${longDate(l.effectiveDate)}.`,
        `Voor ${monthName(l.effectiveDate.slice(0, 7))} is dat ${payable}. Wij betalen dit bedrag per maand op rekening ${l.iban ?? ''} zolang uw situatie niet verandert.`);
      break;
    case 'refuse':
      decision.push('U krijgt geen bijstand. Uw aanvraag is afgewezen.');
      break;
    case 'change':
      decision.push(l.periodMonth
        ? `Wij hebben uw bijstand over ${monthName(l.periodMonth)} opnieuw berekend met de inkomsten die u heeft doorgegeven: ${payable}${l.previousPayableCents === null ? '' : ` (was ${euro(l.previousPayableCents)})`}.`
        : `Uw bijstand verandert vanaf ${longDate(l.effectiveDate)}: voor ${monthName(l.effectiveDate.slice(0, 7))} is dat ${payable}${l.previousPayableCents === null ? '' : ` (was ${euro(l.previousPayableCents)})`}.`);
      break;
    case 'end':
      decision.push(`Uw bijstand stopt. ${longDate(l.effectiveDate)} is de laatste dag waarover u bijstand krijgt.`,
        `Reden: ${endReasonLabels[l.endReason as keyof typeof endReasonLabels] ?? l.endReason ?? ''}.`);
      break;
    case 'recover':
      decision.push(`U moet ${euro(l.recoveryCents ?? 0)} aan bijstand terugbetalen over de periode ${longDate(l.recoveryFrom!)} tot en met ${longDate(l.recoveryTo!)}.`,
        'U krijgt hierover een aparte brief met de manier van terugbetalen. Kunt u niet in één keer betalen, neem dan contact met ons op voor een betalingsregeling.');
      break;
  }
  const weeks = l.objectionTerm.weeks <= 12 ? numberWords[l.objectionTerm.weeks] : String(l.objectionTerm.weeks);
  const objection = [
    `Bent u het niet eens met dit besluit? Dan kunt u binnen ${weeks} weken na de dag waarop dit besluit is verzonden bezwaar maken (${l.objectionTerm.article}).`,
    `Stuur uw bezwaarschrift aan het college van burgemeester en wethouders van de gemeente ${l.municipalityName}. Zet daarin uw naam en adres, de datum, het kenmerk van dit besluit (${l.reference}), waarom u het er niet mee eens bent, en uw handtekening.`,
    'Is het dringend? Dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening (art. 8:81 Algemene wet bestuursrecht), als u ook bezwaar heeft gemaakt.',
  ];
  const table = l.calculation
    ? {
      caption: `Berekening ${monthName(l.calculation.month)} (normtabel ${l.calculation.table.id}, geldig vanaf ${longDate(l.calculation.table.validFrom)})`,
      rows: [...l.calculation.lines.map((x) => ({ label: x.label, article: x.article, amount: euro(x.amountCents) })),
        { label: 'Uit te betalen deze maand', article: '', amount: euro(l.calculation.payableCents) }],
    }
    : null;
  return {
    title, date: longDate(l.decidedOn ?? l.today), kindLabel: kindLabels[l.kind],
    salutation: `Beste ${l.residentName},`, decision, reasoning: l.reasoning, legalGround: l.legalGround, table,
    rightsAndDuties: l.kind === 'refuse' ? [] : rightsAndDuties, objection,
    closing: [`Met vriendelijke groet,`, `het college van burgemeester en wethouders van ${l.municipalityName}`],
  };
}
