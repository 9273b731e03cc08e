// Placeholder until this page is built; the menu already links here.
export function MatchingPage() {
  return <h1 className="utrecht-heading-1">Kandidaten zoeken</h1>;
}
