import { describe, expect, it } from 'vitest';
import { MissingTenantError, requireTenant } from '../../db/tenant.ts';
import { canSeeFieldSet, fieldSetTable, permissionTable, scopeFor } from './permissions.ts';
import { roles } from './roles.ts';

describe('permission table', () => {
  it('declares every role, and only known roles in field sets', () => {
    expect(Object.keys(permissionTable).sort()).toEqual([...roles].sort());
    for (const list of Object.values(fieldSetTable)) for (const role of list) expect(roles).toContain(role);
  });

  it('denies what is not declared', () => {
    expect(scopeFor('policy_analyst', 'resident', 'read')).toBeUndefined();
    expect(scopeFor('partner_coach', 'resident', 'list')).toBeUndefined();
    expect(scopeFor('work_consultant', 'audit_event', 'list')).toBeUndefined();
    expect(scopeFor('resident', 'resident', 'list')).toBeUndefined();
  });

  it('gives a work consultant their team, a resident only themselves', () => {
    expect(scopeFor('work_consultant', 'resident', 'read')).toBe('team');
    expect(scopeFor('resident', 'resident', 'read')).toBe('self');
  });

  it('keeps income and BSN away from partners and policy staff, health away from income staff', () => {
    for (const set of ['bsn', 'income', 'health'] as const) {
      expect(canSeeFieldSet('partner_coach', set)).toBe(false);
      expect(canSeeFieldSet('policy_analyst', set)).toBe(false);
    }
    expect(canSeeFieldSet('income_consultant', 'health')).toBe(false);
    expect(canSeeFieldSet('work_consultant', 'bsn')).toBe(false);
  });
});

describe('tenant filter', () => {
  it('throws rather than running a query without a municipality', () => {
    expect(() => requireTenant(undefined)).toThrow(MissingTenantError);
    expect(() => requireTenant('')).toThrow(MissingTenantError);
    expect(() => requireTenant('voorbeeld')).toThrow(MissingTenantError);
    expect(requireTenant('00000000-0000-4000-8000-000000000001')).toBe('00000000-0000-4000-8000-000000000001');
  });
});
