export type { UnitProfile } from './profile';
export { DEFAULT_UNIT_PROFILE } from './profile';
