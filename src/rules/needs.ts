// Behoeften: what a resident needs, recorded as an open barrier or an action-plan goal, and what an
// instrument serves. The barrier categories are needs too, so barriers and goals count on one scale.
export const needCodes = [
  'language', 'debts', 'care_duties', 'health', 'housing', 'transport', 'childcare',
  'activation', 'work_experience', 'training', 'job_coaching', 'wage_support', 'sheltered_work', 'job_search',
] as const;
export type NeedCode = (typeof needCodes)[number];

export const needLabels: Record<NeedCode, string> = {
  language: 'Taal',
  debts: 'Schulden',
  care_duties: 'Zorgtaken',
  health: 'Gezondheid',
  housing: 'Huisvesting',
  transport: 'Vervoer',
  childcare: 'Kinderopvang',
  activation: 'Activering en meedoen',
  work_experience: 'Werkervaring opdoen',
  training: 'Scholing of diploma',
  job_coaching: 'Begeleiding op de werkplek',
  wage_support: 'Loonondersteuning',
  sheltered_work: 'Beschutte werkplek',
  job_search: 'Werk zoeken en solliciteren',
};

/** A barrier category that is also a need (everything but "anders"). */
export function needOfBarrier(category: string): NeedCode | null {
  return (needCodes as readonly string[]).includes(category) ? (category as NeedCode) : null;
}
