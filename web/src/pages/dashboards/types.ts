// The shapes of GET /dashboards/{area} (src/modules/steering/dashboards/schema.ts).
export interface Cell { value: number | null; display: string; suppressed: 'small' | 'secondary' | null }
export interface Row { key: string; label: string; cells: Cell[] }
export type ChartKind = 'bars' | 'stacked-bars' | 'grouped-columns' | 'stacked-columns' | 'progress';
export interface Figure {
  id: string; title: string; description: string; unit: string; dimension: string; chart: ChartKind; chartSeries: string[];
  series: { key: string; label: string }[]; rows: Row[]; total: Row | null;
  reference: { label: string; value: number; display: string; source: string; validFrom: string } | null;
  notes: string[];
}
export type Area = 'municipality' | 'region';
export interface Dashboard {
  area: { kind: Area; name: string; municipalities: { code: string; name: string }[] };
  period: { from: string; to: string }; day: string; countsRefreshedAt: string | null; suppressedBelow: number | null;
  figures: Figure[];
}
export interface ReferenceFigure { id: string; kind: 'inhabitants' | 'national_benefits_per_1000'; validFrom: string; value: number; source: string; recordedAt: string; recordedBy: string | null }
export interface DashboardSettings { municipality: { code: string; name: string; inhabitants: number | null }; referenceFigures: ReferenceFigure[] }
