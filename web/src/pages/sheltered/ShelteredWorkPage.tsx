// Placeholder until this page is built; the menu already links here.
export function ShelteredWorkPage() {
  return <h1 className="utrecht-heading-1">Nieuw beschut werk</h1>;
}
