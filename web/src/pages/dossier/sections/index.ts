import type { ComponentType } from 'react';
import { BarriersSection } from './Barriers.tsx';
import { ContactSection } from './Contact.tsx';
import { ContactPersonSection } from './ContactPerson.tsx';
import { Overview } from './Overview.tsx';
import { PersonSection } from './Person.tsx';
import { PlanSection } from './Plan.tsx';
import { PlacementsSection } from './Placements.tsx';
import { TrajectoriesSection } from './Trajectories.tsx';
import { WorkProfileSection } from './WorkProfile.tsx';

// The dossier's pages under /inwoners/:id; the menu in DossierLayout links to each path.
export const dossierSections: { path: string; Component: ComponentType }[] = [
  { path: '', Component: Overview },
  { path: 'persoon', Component: PersonSection },
  { path: 'plan', Component: PlanSection },
  { path: 'trajecten', Component: TrajectoriesSection },
  { path: 'plaatsingen', Component: PlacementsSection },
  { path: 'werkprofiel', Component: WorkProfileSection },
  { path: 'belemmeringen', Component: BarriersSection },
  { path: 'contact', Component: ContactSection },
  { path: 'contactpersoon', Component: ContactPersonSection },
];
