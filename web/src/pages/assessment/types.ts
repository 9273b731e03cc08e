// The shapes of /assessment-frameworks and /assessments (src/modules/steering/assessment/schema.ts).
export type CriterionKind = 'must_pass' | 'weighted';
export type Status = 'open' | 'approved' | 'rejected';

export interface Criterion { id: string; kind: CriterionKind; kindLabel: string; title: string; description: string; weight: number | null; position: number }
export interface FrameworkSummary {
  id: string; name: string; description: string; maxScore: number; mustPassCount: number; weightedCount: number; version: number; updatedAt: string;
}
export interface Framework extends FrameworkSummary { criteria: Criterion[] }

export interface AssessmentSummary {
  id: string; title: string; submittedBy: string; framework: { id: string; name: string }; status: Status; statusLabel: string;
  totalScore: number | null; maxTotalScore: number | null; percentage: number | null; createdAt: string; decidedAt: string | null; version: number;
}
export interface Line {
  id: string; criterionId: string | null; kind: CriterionKind; title: string; weight: number | null; maxScore: number | null;
  score: number | null; points: number | null; passed: boolean | null; explanation: string; position: number;
}
export interface Assessment extends AssessmentSummary {
  description: string;
  frameworkDetail: Framework;
  decision: { decision: 'approved' | 'rejected'; reasons: string; decidedAt: string; decidedBy: { id: string; displayName: string } | null; lines: Line[] } | null;
}
export interface List<T> { items: T[] }

export const formatDateTime = (iso: string) => new Date(iso).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
export const scoreText = (a: { totalScore: number | null; maxTotalScore: number | null; percentage: number | null }) =>
  a.totalScore === null ? '–' : `${a.totalScore} van ${a.maxTotalScore} punten (${a.percentage}%)`;
