/**
 * The portal page's strings only (chips, their menu and details, the teach bar), so the annotator
 * does not carry the popup's, dashboard's and settings' catalogs (they were 60 of its 135 KB).
 * The same keys and texts as `t`: the full catalogs spread these in.
 */
import { format, type Locale, type Params } from './format';
import { enPage } from './page-en';
import { viPage, type PageKey } from './page-vi';

export type { PageKey };
export { isLocale, type Locale } from './format';

const catalogs: Record<Locale, Record<PageKey, string>> = { vi: viPage, en: enPage };

export const tPage = (locale: Locale, key: PageKey, params: Params = {}): string => format(catalogs[locale][key], params);
