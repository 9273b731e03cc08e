// Synthetic names. Given names are common ones; surnames are made up from two parts
// ("Klaverdijk", "Zonnehorst") so nobody mistakes a demo person for a real one.
export const givenNames = [
  'Anna', 'Bram', 'Daan', 'Emma', 'Fleur', 'Gijs', 'Hanna', 'Iris', 'Jesse', 'Julia', 'Lars', 'Lieke', 'Luuk', 'Maud',
  'Milan', 'Noor', 'Roos', 'Sanne', 'Sem', 'Thijs', 'Tess', 'Vera', 'Wout', 'Yara', 'Zoë', 'Kees', 'Ria', 'Henk',
  'Ingrid', 'Marco', 'Petra', 'Sandra', 'Mohamed', 'Fatima', 'Youssef', 'Samira', 'Mehmet', 'Ayşe', 'Emre', 'Elif',
  'Ahmad', 'Rania', 'Omar', 'Layla', 'Tesfay', 'Senait', 'Dawit', 'Helen', 'Piotr', 'Agnieszka', 'Kamil', 'Olena',
  'Andrés', 'Sofía', 'Priya', 'Ravi', 'Kwame', 'Ama', 'Jeroen', 'Marieke', 'Bas', 'Linda', 'Dirk', 'Esther',
] as const;

const surnameStarts = ['Klaver', 'Zonne', 'Linde', 'Wilgen', 'Heide', 'Duinen', 'Vlier', 'Meeren', 'Esdoorn', 'Hazel',
  'Riet', 'Kastanje', 'Wolken', 'Mos', 'Beuken', 'Lijster', 'Merel', 'Otter', 'Vossen', 'Zilver'] as const;
const surnameEnds = ['veld', 'hof', 'dijk', 'berg', 'kamp', 'horst', 'wijk', 'brink', 'stede', 'hoek', 'plas', 'burg'] as const;
export const surnamePrefixes = ['van', 'de', 'van de', 'van der', 'ter'] as const;

export function syntheticSurname(startIndex: number, endIndex: number): string {
  return surnameStarts[startIndex % surnameStarts.length] + surnameEnds[endIndex % surnameEnds.length];
}
export const surnameCombinations = surnameStarts.length * surnameEnds.length;

export const streetNames = ['Lindelaan', 'Kastanjestraat', 'Molenweg', 'Dorpsstraat', 'Schoolstraat', 'Kerkpad',
  'Esdoornhof', 'Beukenlaan', 'Wilgenweg', 'Vlierstraat', 'Merelstraat', 'Lijsterbeslaan', 'Havenkade', 'Stationsweg',
  'Marktplein', 'Populierenlaan', 'Sportlaan', 'Bloemhof', 'Weidepad', 'Slotstraat'] as const;
