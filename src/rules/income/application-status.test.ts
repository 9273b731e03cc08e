import { describe, expect, it } from 'vitest';
import { checkRepairPeriod, statusChange } from './application-status.ts';

describe('application status', () => {
  it('goes received → in treatment ⇄ repair period; decided only through a decision and then never again', () => {
    expect(statusChange('received', 'in_treatment')).toEqual({ ok: true });
    expect(statusChange('received', 'repair_period')).toEqual({ ok: true });
    expect(statusChange('in_treatment', 'repair_period')).toEqual({ ok: true });
    expect(statusChange('repair_period', 'in_treatment')).toEqual({ ok: true });
    expect(statusChange('repair_period', 'repair_period')).toMatchObject({ ok: false });
    expect(statusChange('in_treatment', 'received')).toMatchObject({ ok: false });
    expect(statusChange('in_treatment', 'decided')).toMatchObject({ ok: false, reason: expect.stringContaining('besluit') });
    expect(statusChange('decided', 'in_treatment')).toMatchObject({ ok: false, reason: expect.stringContaining('al besloten') });
  });
  it('a repair period needs a later deadline and what is missing', () => {
    expect(checkRepairPeriod({ deadline: null, missing: 'Bankafschriften' }, '2026-03-01')).toContain('uiterste datum');
    expect(checkRepairPeriod({ deadline: '2026-03-01', missing: 'Bankafschriften' }, '2026-03-01')).toContain('na vandaag');
    expect(checkRepairPeriod({ deadline: '2026-03-15', missing: 'ID' }, '2026-03-01')).toContain('ontbreekt');
    expect(checkRepairPeriod({ deadline: '2026-03-15', missing: 'Bankafschriften' }, '2026-03-01')).toBeNull();
  });
});
