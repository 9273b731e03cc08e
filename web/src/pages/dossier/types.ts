// The shape of GET /residents/{id} as the web app uses it.
export interface ResidentDetail {
  id: string; fullName: string; bsn: string; birthDate: string; age: number; phone: string | null; email: string | null;
  version: number;
  address: { street: string; houseNumber: number; houseNumberSuffix: string | null; postcode: string; city: string };
  household: { role: string | null; members: { kind: string; kindLabel: string; name: string; age: number; costSharer: boolean }[] };
  targetGroups: { id: string; label: string; startDate: string; endDate: string | null }[];
  ladder: { step: number | null; stepName: string | null; categoryLabel: string; measuredOn: string | null; measurementDue: boolean };
  contactPerson: { displayName: string } | null;
}
