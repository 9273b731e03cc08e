import type { Exclusion, Factor } from './types.ts';

/** Why, factor by factor: one Dutch sentence each, with its points; and why a match is excluded. */
export function FactorList({ factors, label }: { factors: Factor[]; label: string }) {
  return (
    <ul className="utrecht-unordered-list" aria-label={label}>
      {factors.map((f) => <li key={f.factor} data-points={f.points}>{f.explanation}</li>)}
    </ul>
  );
}

export function ExclusionList({ exclusions, label }: { exclusions: Exclusion[]; label: string }) {
  return (
    <ul className="utrecht-unordered-list" aria-label={label}>
      {exclusions.map((e) => <li key={e.constraint}>{e.explanation}</li>)}
    </ul>
  );
}
