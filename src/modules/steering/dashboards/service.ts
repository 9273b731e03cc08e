import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { caseloadRows, suppressionThreshold, type DashboardArea } from '../../../rules/dashboards/access.ts';
import { contactBuckets, type ContactBucket } from '../../../rules/dashboards/contact.ts';
import {
  benefitsPer1000Figure, contactFigures, flowFigures, ladderFigures, placementFigure, shelteredFigure, targetGroupFigure,
  trajectoryFigure, type Figure, type Threshold,
} from '../../../rules/dashboards/figures.ts';
import { monthsBetween } from '../../../rules/dashboards/periods.ts';
import { placementKindLabels, placementKinds } from '../../../rules/placements.ts';
import { referenceDate, shelteredFill } from '../../../rules/sheltered-work.ts';
import { targetGroupCodes, targetGroupLabels } from '../../../rules/target-groups.ts';
import { outcomeLabels } from '../../../rules/trajectory.ts';
import type { Actor } from '../../access/roles.ts';
import { endReasonLabels, endReasons } from '../../income/decisions/schema.ts';
import * as store from './store.ts';

/**
 * A read counts a municipality itself only when its counts are missing or more than a day old; keeping them fresh is
 * the refresh job's work (job.ts), so that nobody waits for a region to be counted.
 */
const READ_MAX_AGE_MS = 24 * 60 * 60_000;

export const DASHBOARD_PURPOSE = 'Sturing: dashboards met geaggregeerde cijfers';

export const figureIds = [
  'ladder-steps', 'ladder-categories', 'target-groups', 'benefits-per-1000', 'in-outflow', 'outflow-reasons',
  'trajectories', 'placements', 'sheltered-work', 'caseload-per-consultant', 'last-contact',
] as const;
export type FigureId = (typeof figureIds)[number];

/** The figures, grouped by the counts they share (figures of one group are suppressed together). */
const figureGroups = {
  ladder: ['ladder-steps', 'ladder-categories'],
  targetGroups: ['target-groups'],
  benefits: ['benefits-per-1000'],
  flows: ['in-outflow', 'outflow-reasons'],
  trajectories: ['trajectories'],
  placements: ['placements'],
  sheltered: ['sheltered-work'],
  contact: ['caseload-per-consultant', 'last-contact'],
} as const satisfies Record<string, readonly FigureId[]>;
export type FigureGroup = keyof typeof figureGroups;
export const allGroups = Object.keys(figureGroups) as FigureGroup[];
export const groupOf = (id: FigureId) => allGroups.find((g) => (figureGroups[g] as readonly string[]).includes(id))!;

export interface DashboardRequest { area: DashboardArea; from: string; to: string; today: string; groups: readonly FigureGroup[] }

export interface DashboardView {
  area: { kind: DashboardArea; name: string; municipalities: { code: string; name: string }[] };
  period: { from: string; to: string };
  day: string;
  countsRefreshedAt: string | null;
  suppressedBelow: number | null;
  figures: Figure[];
}

interface Scope {
  ids: string[]; names: Map<string, string>; regionLabel: string | null; own: string;
  threshold: Threshold; rowsBy: ReturnType<typeof caseloadRows>;
  municipalities: store.AreaMunicipality[];
}

const outflowReasons = [...endReasons.map((key) => ({ key, label: endReasonLabels[key] })), { key: 'unknown', label: 'Reden niet vastgelegd' }];
/** Stored end reasons as counted ('unknown' when none was recorded); a code outside the list counts as 'other'. */
const reasonKey = (reason: string) => (reason === 'unknown' || (endReasons as readonly string[]).includes(reason) ? reason : 'other');

async function scopeOf(db: Kysely<DB>, actor: Actor, area: DashboardArea): Promise<Scope> {
  const own = await store.municipalityWithRegion(db, actor.municipalityId);
  const municipalities = area === 'region' && own.regionId ? await store.municipalitiesOfRegion(db, own.regionId) : [own];
  return {
    ids: municipalities.map((m) => m.id), names: new Map(municipalities.map((m) => [m.id, m.name])),
    regionLabel: area === 'region' ? own.regionName ?? own.name : null, own: own.name,
    threshold: suppressionThreshold(actor.role, area), rowsBy: caseloadRows(actor.role, area), municipalities,
  };
}

const measuresOf: Record<FigureGroup, string[]> = {
  ladder: ['ladder_step'], targetGroups: ['target_group'], benefits: ['benefit_active'], flows: ['benefit_inflow', 'benefit_outflow'],
  trajectories: ['trajectory_started', 'trajectory_ended', 'trajectory_running'],
  placements: ['placement_started', 'placement_ended', 'placement_active', 'placement_subsidy'], sheltered: [], contact: ['contact'],
};

/** The pre-aggregated counts of the area, added up by whatever key the figure needs. */
class Counts {
  constructor(private readonly rows: store.CountRow[]) {}
  sum(measure: string, keyOf: (r: store.CountRow) => string = (r) => r.key): Map<string, number> {
    const out = new Map<string, number>();
    for (const r of this.rows) if (r.measure === measure) out.set(keyOf(r), (out.get(keyOf(r)) ?? 0) + r.n);
    return out;
  }
  of(measure: string) { return this.rows.filter((r) => r.measure === measure); }
}

function ladder(c: Counts, s: Scope) {
  const byStep = c.sum('ladder_step');
  return ladderFigures(new Map([...byStep].map(([k, n]) => [k === 'none' ? null : Number(k), n])), s.threshold);
}

function targetGroups(c: Counts, s: Scope, today: string) {
  const n = c.sum('target_group');
  return [targetGroupFigure(targetGroupCodes.map((code) => ({ key: code, label: targetGroupLabels[code], n: n.get(code) ?? 0 })), s.threshold, today)];
}

async function benefits(db: Kysely<DB>, c: Counts, s: Scope, actor: Actor, today: string) {
  const active = c.sum('benefit_active', (r) => r.municipalityId!);
  const [inhabitants, national] = await Promise.all([
    store.referenceFiguresOn(db, s.ids, 'inhabitants', today),
    store.referenceFiguresOn(db, [actor.municipalityId], 'national_benefits_per_1000', today),
  ]);
  const areas = s.municipalities.map((m) => {
    const entered = inhabitants.get(m.id);
    return {
      key: m.code, label: m.name, benefits: active.get(m.id) ?? 0,
      inhabitants: entered ? { value: entered.value, validFrom: entered.validFrom, source: entered.source }
        : m.inhabitants !== null ? { value: m.inhabitants, validFrom: null, source: 'basisgegevens van de gemeente' } : null,
    };
  });
  const reference = national.get(actor.municipalityId);
  return [benefitsPer1000Figure(areas, s.regionLabel, reference ? { perThousand: reference.value, validFrom: reference.validFrom, source: reference.source } : null, s.threshold, today)];
}

function flows(c: Counts, s: Scope, from: string, to: string) {
  const inflow = c.sum('benefit_inflow', (r) => r.month);
  const outflow = [...c.sum('benefit_outflow', (r) => `${r.month}|${reasonKey(r.key)}`)].map(([k, n]) => ({ month: k.split('|')[0], reason: k.split('|')[1], n }));
  return flowFigures(monthsBetween(from, to), inflow, outflow, outflowReasons, s.threshold);
}

async function trajectories(db: Kysely<DB>, c: Counts, s: Scope) {
  const names = await store.instrumentNames(db, s.ids);
  const started = c.sum('trajectory_started');
  const running = c.sum('trajectory_running');
  const ended = c.sum('trajectory_ended', (r) => `${r.key}|${r.bucket}`);
  const outcomes = (Object.keys(outcomeLabels) as (keyof typeof outcomeLabels)[]).map((key) => ({ key, label: outcomeLabels[key] }));
  const keys = new Set([...started.keys(), ...running.keys(), ...[...ended.keys()].map((k) => k.split('|')[0])]);
  const rows = [...keys].map((key) => ({
    key, label: key === 'maatwerk' ? 'Maatwerk' : names.get(key) ?? key,
    started: started.get(key) ?? 0, running: running.get(key) ?? 0,
    ended: Object.fromEntries(outcomes.map((o) => [o.key, ended.get(`${key}|${o.key}`) ?? 0])),
  })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return [trajectoryFigure(rows, outcomes, s.threshold)];
}

function placements(c: Counts, s: Scope, today: string) {
  const [started, ended, active, withSubsidy] = ['placement_started', 'placement_ended', 'placement_active', 'placement_subsidy'].map((m) => c.sum(m));
  return [placementFigure(placementKinds.map((k) => ({
    key: k, label: placementKindLabels[k], started: started.get(k) ?? 0, ended: ended.get(k) ?? 0, active: active.get(k) ?? 0, withSubsidy: withSubsidy.get(k) ?? 0,
  })), s.threshold, today)];
}

async function sheltered(db: Kysely<DB>, s: Scope, today: string) {
  const year = Number(today.slice(0, 4));
  const day = referenceDate(year, today);
  const facts = await store.shelteredFacts(db, s.ids, year, day);
  const rows = s.municipalities.map((m) => {
    const fill = shelteredFill(facts.targets.get(m.id) ?? null, facts.placements.filter((p) => p.municipalityId === m.id), day);
    return {
      key: m.code, label: m.name, targetHoursPerWeek: fill.targetHoursPerWeek, targetPlacements: fill.targetPlacements,
      persons: fill.persons, filledHoursPerWeek: fill.filledHoursPerWeek, openHoursPerWeek: fill.openHoursPerWeek,
    };
  });
  return [shelteredFigure(rows, s.regionLabel, year, day, s.threshold)];
}

async function contact(db: Kysely<DB>, c: Counts, s: Scope, actor: Actor, today: string) {
  const counts = c.of(s.rowsBy === 'municipality' ? 'contact_total' : 'contact');
  const rows = new Map<string, { key: string; label: string; buckets: Record<ContactBucket, number> }>();
  const add = (key: string, label: string, bucket: string, n: number) => {
    const row = rows.get(key) ?? { key, label, buckets: Object.fromEntries(contactBuckets.map((b) => [b, 0])) as Record<ContactBucket, number> };
    row.buckets[bucket as ContactBucket] += n;
    rows.set(key, row);
  };
  if (s.rowsBy === 'municipality') {
    for (const r of counts) add(s.municipalities.find((m) => m.id === r.municipalityId)!.code, s.names.get(r.municipalityId!)!, r.bucket, r.n);
  } else {
    const people = new Map((await store.consultantsByIds(db, actor.municipalityId, [...new Set(counts.map((r) => r.key))].filter((k) => k !== 'none'))).map((u) => [u.id, u]));
    for (const r of counts) {
      const u = r.key === 'none' ? undefined : people.get(r.key);
      if (!u) add('none', 'Zonder vaste contactpersoon', r.bucket, r.n);
      else if (s.rowsBy === 'team') add(u.teamId ?? 'no-team', u.teamName ?? 'Zonder team', r.bucket, r.n);
      else add(u.id, u.teamName ? `${u.displayName} (${u.teamName})` : u.displayName, r.bucket, r.n);
    }
  }
  const dimension = { municipality: 'Gemeente', team: 'Team', consultant: 'Consulent' }[s.rowsBy];
  const sorted = [...rows.values()].sort((a, b) => (a.key === 'none' ? 1 : b.key === 'none' ? -1 : a.label.localeCompare(b.label, 'nl')));
  return contactFigures(sorted, dimension, s.threshold, today);
}

/** The figures of the asked groups for the actor's municipality or region. Reads only counts; no person leaves it. */
export async function buildDashboard(db: Kysely<DB>, actor: Actor, r: DashboardRequest): Promise<DashboardView> {
  const s = await scopeOf(db, actor, r.area);
  // The region shows municipalities, not consultants: it reads the contact counts already added up per municipality.
  const measures = r.groups.flatMap((g) => (g === 'contact' && s.rowsBy === 'municipality' ? ['contact_total'] : measuresOf[g]));
  if (measures.length) await store.ensureFresh(db, s.ids, r.today, { maxAgeMs: READ_MAX_AGE_MS, requireToday: false });
  const state = measures.length ? await store.refreshState(db, s.ids) : { at: null, on: null };
  const day = state.on ?? r.today;  // the day the counts are about (sheltered work is read live, on today)
  // Added up over the area in SQL, except what a figure shows per municipality.
  const c = new Counts(await store.counts(db, s.ids, measures, r.from, r.to, ['benefit_active', 'contact_total']));
  const build: Record<FigureGroup, () => Figure[] | Promise<Figure[]>> = {
    ladder: () => ladder(c, s),
    targetGroups: () => targetGroups(c, s, day),
    benefits: () => benefits(db, c, s, actor, day),
    flows: () => flows(c, s, r.from, r.to),
    trajectories: () => trajectories(db, c, s),
    placements: () => placements(c, s, day),
    sheltered: () => sheltered(db, s, r.today),
    contact: () => contact(db, c, s, actor, day),
  };
  const figures = (await Promise.all(r.groups.map((g) => build[g]()))).flat();
  return {
    area: { kind: r.area, name: s.regionLabel ?? s.own, municipalities: s.municipalities.map((m) => ({ code: m.code, name: m.name })) },
    period: { from: r.from, to: r.to }, day, countsRefreshedAt: state.at?.toISOString() ?? null,
    suppressedBelow: s.threshold, figures,
  };
}
