export type { UnitProfile } from './profile';
export { DEFAULT_UNIT_PROFILE } from './profile';
export type { Settings, Locale, ValidationResult } from './schema';
export { DEFAULT_SETTINGS, validateSettings } from './schema';
export type { SettingsPatch } from './patch';
export { applySettingsPatch, repairSettings } from './patch';
