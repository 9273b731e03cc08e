// Mijn Meedoen: the resident's own overview (GET /portal/income).
export interface PortalIncome {
  residentId: string; residentName: string;
  household: {
    partner: { name: string; birthDate: string } | null;
    children: { givenNames: string; birthDate: string }[];
    housemates: { givenNames: string; birthDate: string; costSharer: boolean }[];
  };
  benefit: { id: string; status: string; startDate: string; endDate: string | null; hasPartner: boolean } | null;
}
