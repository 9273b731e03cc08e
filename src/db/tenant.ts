/**
 * Every query on personal data is filtered on the tenant (municipality). Store functions call this
 * with the caller's municipality id: a missing tenant is a programming error and must never turn
 * into an unfiltered query.
 */
export class MissingTenantError extends Error {
  constructor() {
    super('Tenant filter ontbreekt: query zonder gemeente geweigerd');
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireTenant(municipalityId: string | null | undefined): string {
  if (typeof municipalityId !== 'string' || !uuid.test(municipalityId)) throw new MissingTenantError();
  return municipalityId;
}
