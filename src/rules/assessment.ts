/**
 * Afwegingskader: scoring a proposal against a framework of must-pass criteria (harde eisen) and weighted
 * criteria (wegingscriteria). Pure functions; the messages are Dutch because they reach the user as they are.
 *
 * - Every criterion of the framework is answered exactly once: a must-pass criterion with passed yes/no,
 *   a weighted criterion with a whole score from 0 to the framework's maximum.
 * - The total is Σ score × weight, out of Σ maximum × weight.
 * - A proposal that fails any must-pass criterion cannot be approved, whatever its total.
 */
export type CriterionKind = 'must_pass' | 'weighted';

export interface Criterion { id: string; kind: CriterionKind; title: string; weight: number | null }
export interface MustPassAnswer { criterionId: string; passed: boolean; explanation: string }
export interface ScoreAnswer { criterionId: string; score: number; explanation?: string }
export interface Answers { mustPass: MustPassAnswer[]; scores: ScoreAnswer[] }

export interface ScoredLine {
  criterionId: string; kind: CriterionKind; title: string; position: number;
  weight: number | null; maxScore: number | null; score: number | null; points: number | null; passed: boolean | null; explanation: string;
}
export interface ScoreResult {
  lines: ScoredLine[];
  totalScore: number;
  maxTotalScore: number;
  /** The total as a whole percentage of the maximum (0 when there are no weighted criteria). */
  percentage: number;
  /** Titles of the must-pass criteria the proposal fails. */
  failedMustPass: string[];
}

export type Decision = 'approved' | 'rejected';

export const MIN_WEIGHT = 1;
export const MAX_WEIGHT = 10;
export const MAX_SCORE_LIMIT = 10;

export const criterionKindLabels: Record<CriterionKind, string> = { must_pass: 'Harde eis', weighted: 'Wegingscriterium' };
export const decisionLabels: Record<Decision | 'open', string> = { open: 'Nog te beoordelen', approved: 'Goedgekeurd', rejected: 'Afgewezen' };

/** Wrong or incomplete answers: the message says which criterion, in Dutch. */
export class AssessmentInputError extends Error {}

/** Checks a framework's criteria: at least one, a weight 1–10 on each weighted one and none on a must-pass one. */
export function frameworkProblems(criteria: { kind: CriterionKind; title: string; weight?: number | null }[], maxScore: number): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(maxScore) || maxScore < 1 || maxScore > MAX_SCORE_LIMIT) problems.push(`De maximale score moet een geheel getal van 1 tot en met ${MAX_SCORE_LIMIT} zijn.`);
  if (criteria.length === 0) problems.push('Een afwegingskader heeft minstens één criterium.');
  const titles = new Set<string>();
  for (const c of criteria) {
    const key = c.title.trim().toLowerCase();
    if (titles.has(key)) problems.push(`Het criterium '${c.title}' staat er twee keer in.`);
    titles.add(key);
    if (c.kind === 'weighted' && (c.weight == null || !Number.isInteger(c.weight) || c.weight < MIN_WEIGHT || c.weight > MAX_WEIGHT)) {
      problems.push(`Geef het wegingscriterium '${c.title}' een weging van ${MIN_WEIGHT} tot en met ${MAX_WEIGHT}.`);
    }
    if (c.kind === 'must_pass' && c.weight != null) problems.push(`De harde eis '${c.title}' heeft geen weging: hij geldt altijd.`);
  }
  return problems;
}

/** Scores the answers against the criteria (in the criteria's order). Throws AssessmentInputError on wrong input. */
export function scoreProposal(criteria: Criterion[], maxScore: number, answers: Answers): ScoreResult {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const mustPass = new Map<string, MustPassAnswer>();
  const scores = new Map<string, ScoreAnswer>();
  for (const a of answers.mustPass) {
    const c = byId.get(a.criterionId);
    if (!c || c.kind !== 'must_pass') throw new AssessmentInputError('Een antwoord hoort niet bij een harde eis van dit afwegingskader.');
    if (mustPass.has(a.criterionId)) throw new AssessmentInputError(`De harde eis '${c.title}' is twee keer beantwoord.`);
    mustPass.set(a.criterionId, a);
  }
  for (const a of answers.scores) {
    const c = byId.get(a.criterionId);
    if (!c || c.kind !== 'weighted') throw new AssessmentInputError('Een score hoort niet bij een wegingscriterium van dit afwegingskader.');
    if (scores.has(a.criterionId)) throw new AssessmentInputError(`Het criterium '${c.title}' heeft twee scores.`);
    if (!Number.isInteger(a.score) || a.score < 0 || a.score > maxScore) {
      throw new AssessmentInputError(`Geef '${c.title}' een score van 0 tot en met ${maxScore}.`);
    }
    scores.set(a.criterionId, a);
  }

  const lines: ScoredLine[] = [];
  let totalScore = 0;
  let maxTotalScore = 0;
  const failedMustPass: string[] = [];
  criteria.forEach((c, position) => {
    if (c.kind === 'must_pass') {
      const a = mustPass.get(c.id);
      if (!a) throw new AssessmentInputError(`Geef aan of het voorstel voldoet aan de harde eis '${c.title}'.`);
      if (!a.passed) failedMustPass.push(c.title);
      lines.push({ criterionId: c.id, kind: c.kind, title: c.title, position, weight: null, maxScore: null, score: null, points: null, passed: a.passed, explanation: a.explanation.trim() });
    } else {
      const a = scores.get(c.id);
      if (!a) throw new AssessmentInputError(`Geef een score voor '${c.title}'.`);
      const weight = c.weight ?? 1;
      const points = a.score * weight;
      totalScore += points;
      maxTotalScore += maxScore * weight;
      lines.push({ criterionId: c.id, kind: c.kind, title: c.title, position, weight, maxScore, score: a.score, points, passed: null, explanation: (a.explanation ?? '').trim() });
    }
  });
  return { lines, totalScore, maxTotalScore, percentage: percentageOf(totalScore, maxTotalScore), failedMustPass };
}

export function percentageOf(total: number, max: number): number {
  return max > 0 ? Math.round((total / max) * 100) : 0;
}

/** Whether the result may be approved. */
export function canApprove(result: Pick<ScoreResult, 'failedMustPass'>): boolean {
  return result.failedMustPass.length === 0;
}

/** Why this decision may not be taken, in Dutch; null when it may. Rejecting is always allowed. */
export function decisionBlocker(result: Pick<ScoreResult, 'failedMustPass'>, decision: Decision): string | null {
  if (decision === 'rejected' || canApprove(result)) return null;
  const list = result.failedMustPass.map((t) => `'${t}'`).join(', ');
  return result.failedMustPass.length === 1
    ? `Het voorstel kan niet worden goedgekeurd: het voldoet niet aan de harde eis ${list}. Een voorstel dat een harde eis niet haalt, wordt afgewezen, hoe hoog de score ook is.`
    : `Het voorstel kan niet worden goedgekeurd: het voldoet niet aan de harde eisen ${list}. Een voorstel dat een harde eis niet haalt, wordt afgewezen, hoe hoog de score ook is.`;
}
