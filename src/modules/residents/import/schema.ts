import { z } from 'zod';

// The import report: what the API returns, the CLI prints and the web page shows.

export const importStatuses = ['in_orde', 'fouten_gevonden', 'geimporteerd', 'geweigerd'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const importStatusLabels: Record<ImportStatus, string> = {
  in_orde: 'In orde: het bestand kan definitief worden geïmporteerd',
  fouten_gevonden: 'Fouten gevonden: los ze op en controleer opnieuw',
  geimporteerd: 'Geïmporteerd',
  geweigerd: 'Geweigerd: er zijn fouten gevonden en er is niets opgeslagen',
};

export const importProblemSchema = z.object({
  row: z.number().int().describe('Rijnummer zoals een spreadsheet het toont: 1 is de kopregel, 2 de eerste inwoner'),
  column: z.string().nullable().describe('Kolomnaam, of leeg als de melding de hele rij betreft'),
  message: z.string().describe('Wat er mis is, in het Nederlands'),
}).meta({ id: 'ResidentImportProblem' });

export const importReportSchema = z.object({
  dryRun: z.boolean().describe('true: proefimport, er is niets opgeslagen'),
  status: z.enum(importStatuses),
  statusLabel: z.string(),
  municipality: z.object({ code: z.string(), name: z.string() }),
  rows: z.number().int().describe('Aantal rijen met een inwoner in het bestand'),
  created: z.number().int().describe('Nieuwe inwoners: aangemaakt, of bij een proefimport: nieuwe rijen zonder fouten'),
  unchanged: z.number().int().describe('Rijen waarvan het BSN al bij dezelfde persoon hoort: niet opnieuw opgeslagen'),
  rowsWithProblems: z.number().int(),
  householdsCreated: z.number().int(),
  targetGroupsCreated: z.number().int(),
  ladderMeasurementsCreated: z.number().int(),
  problems: z.array(importProblemSchema),
  createdResidentIds: z.array(z.string().uuid()).optional().describe('Alleen na een geslaagde import'),
}).meta({ id: 'ResidentImportReport' });

export type ImportReport = z.infer<typeof importReportSchema>;
