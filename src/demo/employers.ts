import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import type { OpportunityKind, OpportunityStatus, Sector } from '../modules/employers/labels.ts';
import { Random } from './random.ts';

// Demo employers (werkgevers), their contact persons and opportunities (kansen). Names, KvK numbers, phone numbers
// and e-mail addresses are fictional; postcodes lie in the demo areas (Voorbeeld 7491–7495, Buurdorp 7481–7483).
// Occupation and skill codes come from src/modules/residents/data/occupations.json.

interface OpportunitySeed {
  kind: OpportunityKind; title: string; description: string; occupationCode: string; requiredSkills: string[];
  hoursPerWeek: number; languageLevel: string | null; drivingLicence?: string; minLadderStep: number | null;
  places: number; shared: boolean; status?: OpportunityStatus;
}
interface EmployerSeed {
  name: string; kvkNumber: string; sector: Sector; street: string; houseNumber: number; postcode: string; description: string;
  socialReturnHoursPerYear?: number; agreements?: string;
  contacts: { name: string; role: string; phone: string | null; email: string | null }[];
  opportunities: OpportunitySeed[];
}

const voorbeeldEmployers: EmployerSeed[] = [
  {
    name: 'Bakkerij Van den Velde', kvkNumber: '99100011', sector: 'manufacturing', street: 'Langestraat', houseNumber: 12, postcode: '7491AC',
    description: 'Ambachtelijke bakkerij met eigen winkel; leidt al jaren leerlingen op.',
    contacts: [{ name: 'Gerda van den Velde', role: 'Eigenaar', phone: '074 1234501', email: 'gerda@bakkerijvandenvelde.example' }],
    opportunities: [
      { kind: 'regular_vacancy', title: 'Verkoopmedewerker bakkerijwinkel', description: 'Klanten helpen, afrekenen en de winkel bijvullen; zaterdag verplicht.',
        occupationCode: '5223', requiredSkills: ['S01', 'S07', 'S08'], hoursPerWeek: 24, languageLevel: 'B1', minLadderStep: 5, places: 1, shared: true },
      { kind: 'learn_work', title: 'Leerling-bakker (BBL)', description: 'Vier dagen werken in de bakkerij en één dag naar school (mbo niveau 2).',
        occupationCode: '7512', requiredSkills: ['S08', 'S04'], hoursPerWeek: 32, languageLevel: 'A2', minLadderStep: 4, places: 1, shared: false },
    ],
  },
  {
    name: 'Zorggroep De Linde', kvkNumber: '99100023', sector: 'care', street: 'Lindelaan', houseNumber: 40, postcode: '7492BK',
    description: 'Woonzorgcentrum met 120 bewoners en een restaurant dat open is voor de buurt.',
    socialReturnHoursPerYear: 1200, agreements: 'Social return uit de aanbesteding Wmo-begeleiding: 1.200 uur per jaar voor inwoners met een uitkering.',
    contacts: [
      { name: 'Marloes Hendriks', role: 'P&O-adviseur', phone: '074 1234502', email: 'p.o@zorggroepdelinde.example' },
      { name: 'Ruben Kaya', role: 'Teamleider facilitair', phone: null, email: 'r.kaya@zorggroepdelinde.example' },
    ],
    opportunities: [
      { kind: 'regular_vacancy', title: 'Helpende zorg en welzijn', description: 'Bewoners helpen bij de dagelijkse verzorging en activiteiten.',
        occupationCode: '5321', requiredSkills: ['S14', 'S02', 'S01'], hoursPerWeek: 28, languageLevel: 'B1', minLadderStep: 5, places: 2, shared: true },
      { kind: 'work_experience', title: 'Gastvrouw of gastheer restaurant', description: 'Koffie schenken en maaltijden uitserveren, met een vaste werkbegeleider.',
        occupationCode: '5131', requiredSkills: ['S01', 'S02'], hoursPerWeek: 16, languageLevel: 'A2', minLadderStep: 3, places: 2, shared: false },
      { kind: 'jobs_agreement', title: 'Medewerker huishouding (garantiebaan)', description: 'Kamers en gemeenschappelijke ruimtes schoonhouden; voor iemand uit het doelgroepregister.',
        occupationCode: '9112', requiredSkills: ['S11', 'S04'], hoursPerWeek: 20, languageLevel: 'A2', minLadderStep: 4, places: 1, shared: true },
    ],
  },
  {
    name: 'Logistiek Twentekanaal', kvkNumber: '99100035', sector: 'logistics', street: 'Kanaalweg', houseNumber: 5, postcode: '7494TK',
    description: 'Distributiecentrum aan het kanaal, werkt in twee ploegen.',
    contacts: [{ name: 'Dennis Oude Luttikhuis', role: 'Vestigingsmanager', phone: '074 1234503', email: 'd.oudeluttikhuis@twentekanaal.example' }],
    opportunities: [
      { kind: 'regular_vacancy', title: 'Heftruckchauffeur', description: 'Laden en lossen met de heftruck; certificaat heftruck en VCA nodig.',
        occupationCode: '8344', requiredSkills: ['S09', 'S10', 'S04'], hoursPerWeek: 38, languageLevel: 'B1', minLadderStep: 5, places: 2, shared: true },
      { kind: 'trial_placement', title: 'Orderpicker (proefplaatsing)', description: 'Twee maanden meewerken met behoud van uitkering; daarna een contract bij goed functioneren.',
        occupationCode: '9333', requiredSkills: ['S05', 'S04', 'S21'], hoursPerWeek: 32, languageLevel: 'A2', minLadderStep: 4, places: 3, shared: true },
      { kind: 'regular_vacancy', title: 'Chauffeur bestelbus', description: 'Pakketten rondbrengen in de regio.',
        occupationCode: '8322', requiredSkills: ['S20', 'S01'], hoursPerWeek: 36, languageLevel: 'B1', drivingLicence: 'B', minLadderStep: 5, places: 1, shared: false, status: 'filled' },
    ],
  },
  {
    name: 'Gemeentewerf Voorbeeld', kvkNumber: '99100047', sector: 'public_administration', street: 'Werfweg', houseNumber: 2, postcode: '7493GW',
    description: 'Buitendienst van de gemeente: groen, reiniging en afvalinzameling.',
    contacts: [{ name: 'Hans Bouwhuis', role: 'Uitvoerder groen', phone: '074 1234504', email: null }],
    opportunities: [
      { kind: 'sheltered_place', title: 'Medewerker groenvoorziening (beschut werk)', description: 'Werken in een vaste ploeg met een voorman die de tijd neemt.',
        occupationCode: '9214', requiredSkills: ['S12', 'S02'], hoursPerWeek: 31, languageLevel: 'A1', minLadderStep: 3, places: 2, shared: false },
      { kind: 'work_experience', title: 'Medewerker afvalinzameling', description: 'Meelopen op de inzamelwagen en de milieustraat.',
        occupationCode: '9613', requiredSkills: ['S05', 'S10'], hoursPerWeek: 24, languageLevel: 'A2', minLadderStep: 3, places: 2, shared: true },
    ],
  },
  {
    // An employer initiative: local companies that together offer trial placements with a view to a job.
    name: 'Werkgeversinitiatief Samen aan de Slag', kvkNumber: '99100059', sector: 'business_services', street: 'Industrieweg', houseNumber: 20, postcode: '7495PA',
    description: 'Samenwerking van twaalf bedrijven op het bedrijventerrein: proefplaatsingen met uitzicht op een contract.',
    agreements: 'Convenant met het Werkgeversservicepunt: elk kwartaal een nieuwe ronde proefplaatsingen.',
    contacts: [{ name: 'Ilse Wolters', role: 'Coördinator', phone: '074 1234505', email: 'ilse@samenaandeslag.example' }],
    opportunities: [
      { kind: 'trial_placement', title: 'Productiemedewerker (proefplaatsing)', description: 'Werken aan de productielijn in wisselende diensten.',
        occupationCode: '9329', requiredSkills: ['S22', 'S04'], hoursPerWeek: 32, languageLevel: 'A2', minLadderStep: 4, places: 4, shared: true },
      { kind: 'trial_placement', title: 'Inpakker (proefplaatsing)', description: 'Producten controleren en verzendklaar maken.',
        occupationCode: '9321', requiredSkills: ['S04', 'S02'], hoursPerWeek: 24, languageLevel: 'A1', minLadderStep: 3, places: 3, shared: true },
      { kind: 'trial_placement', title: 'Assemblagemedewerker (proefplaatsing)', description: 'Onderdelen monteren volgens werkinstructie.',
        occupationCode: '8219', requiredSkills: ['S16', 'S17', 'S04'], hoursPerWeek: 32, languageLevel: 'A2', minLadderStep: 4, places: 2, shared: false },
    ],
  },
  {
    name: 'Hotel-Restaurant De Twentse Hoeve', kvkNumber: '99100060', sector: 'hospitality', street: 'Hengelosestraat', houseNumber: 88, postcode: '7491HR',
    description: 'Hotel met restaurant en zalen voor bruiloften en vergaderingen.',
    contacts: [{ name: 'Yusuf Demir', role: 'Chef-kok', phone: '074 1234506', email: 'keuken@twentsehoeve.example' }],
    opportunities: [
      { kind: 'regular_vacancy', title: 'Keukenhulp', description: 'Afwassen, groente snijden en de keuken schoonhouden.',
        occupationCode: '9412', requiredSkills: ['S08', 'S05', 'S02'], hoursPerWeek: 20, languageLevel: 'A2', minLadderStep: 5, places: 1, shared: true },
      { kind: 'learn_work', title: 'Leerling-kok', description: 'Leren koken in de praktijk met een opleiding op mbo niveau 2.',
        occupationCode: '5120', requiredSkills: ['S13', 'S08'], hoursPerWeek: 32, languageLevel: 'B1', minLadderStep: 4, places: 1, shared: false, status: 'closed' },
    ],
  },
];

const buurdorpEmployers: EmployerSeed[] = [
  {
    name: 'Textielwerkplaats Buurse', kvkNumber: '99200016', sector: 'manufacturing', street: 'Fabrieksstraat', houseNumber: 3, postcode: '7481BT',
    description: 'Wasserij en naaiatelier voor zorginstellingen in de regio.',
    contacts: [{ name: 'Anouk Scholten', role: 'Bedrijfsleider', phone: '053 1234511', email: 'anouk@textielbuurse.example' }],
    opportunities: [
      { kind: 'regular_vacancy', title: 'Medewerker wasserij', description: 'Wasgoed sorteren, machines vullen en vouwen.',
        occupationCode: '9121', requiredSkills: ['S04', 'S05'], hoursPerWeek: 24, languageLevel: 'A2', minLadderStep: 5, places: 2, shared: true },
      { kind: 'sheltered_place', title: 'Medewerker naaiatelier (beschut werk)', description: 'Eenvoudig naaiwerk in een rustige werkplaats.',
        occupationCode: '7531', requiredSkills: ['S04'], hoursPerWeek: 20, languageLevel: 'A1', minLadderStep: 3, places: 1, shared: false },
    ],
  },
  {
    name: 'Supermarkt Buurdorp Centrum', kvkNumber: '99200028', sector: 'trade', street: 'Markt', houseNumber: 1, postcode: '7482SM',
    description: 'Supermarkt in het centrum, open tot 21.00 uur.',
    contacts: [{ name: 'Bart Nijhuis', role: 'Filiaalmanager', phone: '053 1234512', email: 'filiaal@supermarktbuurdorp.example' }],
    opportunities: [
      { kind: 'regular_vacancy', title: 'Caissière', description: 'Afrekenen en klanten te woord staan, avonden en zaterdag.',
        occupationCode: '5230', requiredSkills: ['S07', 'S01', 'S25'], hoursPerWeek: 16, languageLevel: 'B1', minLadderStep: 5, places: 2, shared: true },
      { kind: 'work_experience', title: 'Vakkenvuller', description: 'Schappen bijvullen en de voorraad bijhouden.',
        occupationCode: '5223', requiredSkills: ['S21', 'S05'], hoursPerWeek: 20, languageLevel: 'A2', minLadderStep: 3, places: 1, shared: false },
    ],
  },
  {
    name: 'Hoveniersbedrijf Groenkamp', kvkNumber: '99200030', sector: 'agriculture', street: 'Eibergsestraat', houseNumber: 140, postcode: '7483GK',
    description: 'Aanleg en onderhoud van tuinen en openbaar groen.',
    contacts: [{ name: 'Wim Groenkamp', role: 'Eigenaar', phone: '053 1234513', email: null }],
    opportunities: [
      { kind: 'trial_placement', title: 'Hovenier (proefplaatsing)', description: 'Twee maanden meewerken in een tuinploeg.',
        occupationCode: '6113', requiredSkills: ['S12', 'S17'], hoursPerWeek: 32, languageLevel: 'A2', minLadderStep: 4, places: 2, shared: true },
      { kind: 'jobs_agreement', title: 'Medewerker groen (garantiebaan)', description: 'Onderhoud van openbaar groen voor iemand uit het doelgroepregister.',
        occupationCode: '9214', requiredSkills: ['S12'], hoursPerWeek: 24, languageLevel: 'A1', minLadderStep: 4, places: 1, shared: false },
    ],
  },
];

const seeds: Record<string, { city: string; employers: EmployerSeed[]; randomSeed: number }> = {
  voorbeeld: { city: 'Voorbeeld', employers: voorbeeldEmployers, randomSeed: 7491 },
  buurdorp: { city: 'Buurdorp', employers: buurdorpEmployers, randomSeed: 7481 },
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Loads the demo employers, contacts and opportunities of one municipality; start dates lie within the next two months. */
export async function seedEmployersDemo(db: Kysely<DB>, o: { municipalityId: string; municipalityCode: string; today: string }) {
  const seed = seeds[o.municipalityCode];
  if (!seed) return;
  // Its own generator, so the rest of the demo population does not shift when employers are added here.
  const random = new Random(seed.randomSeed);
  for (const e of seed.employers) {
    const { contacts, opportunities, ...fields } = e;
    const employer = await db.insertInto('employers').values({ ...fields, city: seed.city, municipalityId: o.municipalityId })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('employerContacts').values(contacts.map((c) => ({ ...c, municipalityId: o.municipalityId, employerId: employer.id }))).execute();
    await db.insertInto('opportunities').values(opportunities.map(({ shared, drivingLicence, status, ...rest }) => ({
      ...rest, drivingLicence: drivingLicence ?? null, sharedWithRegion: shared, status: status ?? 'open',
      postcode: e.postcode, startDate: addDays(o.today, random.int(7, 60)), municipalityId: o.municipalityId, employerId: employer.id,
    }))).execute();
  }
}
