export { DossierList, type DossierListProps } from './DossierList';
export { toRows } from './rows';
