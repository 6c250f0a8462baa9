/** What every catalog shares: the locales and how a template takes its parameters. */
export type Locale = 'vi' | 'en';
export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left visible. */
export const format = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
