export type { DayOverride, WorkRules, WorkSession } from './rules';
export { compileRules, DEFAULT_RULES } from './rules';
export type { LunarDate } from './lunar';
export { lunarToSolar, solarToLunar } from './lunar';
export type { DayInfo, DayKind, YearCalendar } from './days';
export {
  addWorkingDays,
  dayInfo,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
  yearCalendar,
} from './days';
export {
  addWorkMinutes,
  endOfWorkDay,
  receivingSessions,
  startOfWorkDay,
  workMinutesBetween,
  workSessions,
} from './working-time';
export { STATUTORY_HOLIDAYS } from './holidays';
export { OFFICIAL_SCHEDULES } from './schedules';
