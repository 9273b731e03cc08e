// Placeholder until this page is built; the menu already links here.
export function PlacementsPage() {
  return <h1 className="utrecht-heading-1">Plaatsingen</h1>;
}
