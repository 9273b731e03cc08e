// Mijn Meedoen: the resident's own overview (GET /portal/income).
export interface PortalIncome {
  residentId: string; residentName: string;
  household: {
    partner: { name: string; birthDate: string } | null;
    children: { givenNames: string; birthDate: string }[];
    housemates: { givenNames: string; birthDate: string; costSharer: boolean }[];
  };
  benefit: { id: string; status: string; startDate: string; endDate: string | null; hasPartner: boolean } | null;
  /** The legal terms valid today, from the versioned table legal_terms. */
  legalTerms: { decisionTerm: PortalTerm | null; advancePaymentTerm: PortalTerm | null; objectionTerm: PortalTerm | null };
}

export interface PortalTerm { weeks: number; article: string; validFrom: string }

/** "8 weken", "1 week"; without a recorded term: "de wettelijke termijn". */
export function weeksText(term: PortalTerm | null): string {
  if (!term) return 'de wettelijke termijn';
  return `${term.weeks} ${term.weeks === 1 ? 'week' : 'weken'}`;
}
