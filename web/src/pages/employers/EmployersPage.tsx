// Placeholder until this page is built; the menu already links here.
export function EmployersPage() {
  return <h1 className="utrecht-heading-1">Werkgevers en kansen</h1>;
}
