// Aansluiting aanbod en behoefte: needs recorded in action plans and barriers set against catalogue capacity and
// waiting times, per instrument and target group. Pure: the store gathers the facts, this computes the figures.
import { needLabels, type NeedCode } from './needs.ts';

export interface SupplyInstrument {
  id: string; code: string; name: string; needs: string[]; targetGroups: string[];
  offers: { capacity: number; capacityPeriod: 'month' | 'quarter' | 'year'; expectedWaitDays: number }[];
}
export interface SupplyFacts {
  instruments: SupplyInstrument[];
  /** open needs: one row per resident and need (open barrier or open action-plan goal) */
  needs: { residentId: string; need: string }[];
  /** active target-group memberships */
  targetGroups: { residentId: string; code: string }[];
  /** trajectories that hold a place or wait for one */
  trajectories: { residentId: string; instrumentId: string | null; status: 'proposed' | 'approved' | 'started' }[];
}
export interface SupplyOptions { maxWaitDays: number }

export interface InstrumentFit {
  instrumentId: string; code: string; name: string;
  placesPerYear: number;
  inUse: number;           // started
  waiting: number;         // proposed or approved, not started yet
  free: number;            // places per year minus in use and waiting, not below zero
  shortestWaitDays: number | null;
  need: number;            // residents with a need this instrument serves, not already in or waiting for it
  needByTargetGroup: Record<string, number>;
  mismatches: string[];
}
export interface SupplyNeedReport {
  instruments: InstrumentFit[];
  /** needs no active instrument serves, with the number of residents */
  unservedNeeds: { need: string; label: string; residents: number }[];
}

const perYear = { month: 12, quarter: 4, year: 1 } as const;

export function supplyNeedReport(facts: SupplyFacts, options: SupplyOptions): SupplyNeedReport {
  const needsOf = new Map<string, Set<string>>();
  for (const n of facts.needs) needsOf.set(n.residentId, (needsOf.get(n.residentId) ?? new Set()).add(n.need));
  const groupsOf = new Map<string, Set<string>>();
  for (const g of facts.targetGroups) groupsOf.set(g.residentId, (groupsOf.get(g.residentId) ?? new Set()).add(g.code));

  const instruments = facts.instruments.map((instrument): InstrumentFit => {
    const holding = facts.trajectories.filter((t) => t.instrumentId === instrument.id);
    const taken = new Set(holding.map((t) => t.residentId));
    const inUse = holding.filter((t) => t.status === 'started').length;
    const waiting = holding.length - inUse;
    const placesPerYear = instrument.offers.reduce((sum, o) => sum + o.capacity * perYear[o.capacityPeriod], 0);
    const waits = instrument.offers.map((o) => o.expectedWaitDays);
    const shortestWaitDays = waits.length ? Math.min(...waits) : null;
    const needByTargetGroup: Record<string, number> = {};
    let need = 0;
    let outsideTargetGroups = 0;
    for (const [residentId, needs] of needsOf) {
      if (taken.has(residentId) || !instrument.needs.some((n) => needs.has(n))) continue;
      need += 1;
      const groups = [...(groupsOf.get(residentId) ?? ['geen_doelgroep'])];
      for (const group of groups) needByTargetGroup[group] = (needByTargetGroup[group] ?? 0) + 1;
      if (instrument.targetGroups.length > 0 && !groups.some((g) => instrument.targetGroups.includes(g))) outsideTargetGroups += 1;
    }
    const free = Math.max(0, placesPerYear - inUse - waiting);
    const mismatches: string[] = [];
    if (need > 0 && placesPerYear === 0) mismatches.push('Er is behoefte maar geen aanbod.');
    else if (need > free) mismatches.push(`De behoefte (${need}) is groter dan de vrije plaatsen (${free}).`);
    if (shortestWaitDays !== null && shortestWaitDays > options.maxWaitDays) {
      mismatches.push(`De kortste wachttijd (${shortestWaitDays} dagen) is langer dan ${options.maxWaitDays} dagen.`);
    }
    if (outsideTargetGroups > need / 2) {
      mismatches.push('Het grootste deel van de behoefte komt uit doelgroepen waarvoor het instrument niet bedoeld is.');
    }
    if (placesPerYear > 0 && need === 0 && holding.length === 0) mismatches.push('Aanbod zonder vastgelegde behoefte en zonder gebruik.');
    return { instrumentId: instrument.id, code: instrument.code, name: instrument.name, placesPerYear, inUse, waiting, free, shortestWaitDays, need, needByTargetGroup, mismatches };
  });

  const served = new Set(facts.instruments.filter((i) => i.offers.length > 0).flatMap((i) => i.needs));
  const unserved = new Map<string, Set<string>>();
  for (const n of facts.needs) if (!served.has(n.need)) unserved.set(n.need, (unserved.get(n.need) ?? new Set()).add(n.residentId));
  const unservedNeeds = [...unserved].map(([need, residents]) => ({ need, label: needLabels[need as NeedCode] ?? need, residents: residents.size }))
    .sort((a, b) => b.residents - a.residents || a.need.localeCompare(b.need));
  return { instruments, unservedNeeds };
}
