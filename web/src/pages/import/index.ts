// Beheer › Inwoners importeren: mount at /beheer/import, for administrators (permission resident.import).
export { ImportPage } from './ImportPage.tsx';
