// The roles of domain.md; codes are stored, labels are shown.
export const roles = [
  'work_consultant', 'income_consultant', 'employer_account_manager', 'team_lead',
  'policy_analyst', 'partner_coach', 'administrator', 'resident',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  work_consultant: 'Consulent werk',
  income_consultant: 'Consulent inkomen',
  employer_account_manager: 'Accountmanager werkgevers',
  team_lead: 'Teamleider',
  policy_analyst: 'Beleidsmedewerker',
  partner_coach: 'Begeleider partnerorganisatie',
  administrator: 'Functioneel beheerder',
  resident: 'Inwoner',
};

/** Who is acting: everything a permission check, a tenant filter and an audit row need. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  municipalityId: string;
  organisationId: string;
  teamId: string | null;
  residentId: string | null;
}
