// The demo region: two fictional municipalities. The postcode areas are the ones the demo's
// addresses use (a stand-in; the municipalities themselves do not exist).
export interface DemoMunicipality {
  code: string;
  name: string;
  cbsCode: string;
  inhabitants: number;
  postcodeAreas: readonly string[];  // 4-digit areas; letters are added per address
}

export const demoRegionName = 'Regio Voorbeeldvallei';

export const voorbeeld: DemoMunicipality = {
  code: 'voorbeeld', name: 'Voorbeeld', cbsCode: 'GM9901', inhabitants: 25_400,
  postcodeAreas: ['7491', '7492', '7493', '7494', '7495'],
};

export const buurdorp: DemoMunicipality = {
  code: 'buurdorp', name: 'Buurdorp', cbsCode: 'GM9902', inhabitants: 11_800,
  postcodeAreas: ['7481', '7482', '7483'],
};
