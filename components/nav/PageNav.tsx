import { t, type Locale } from '../../utils/i18n';
import './nav.css';

export type PageId = 'dashboard' | 'register' | 'settings' | 'guide';

/** Addresses of the extension's pages, by the page they lead to. */
export type PageLinks = Record<PageId, string>;

const ORDER: readonly PageId[] = ['dashboard', 'register', 'settings', 'guide'];

/** The same way-finding line on every page: each page reaches every other; the current one is marked. */
export function PageNav({ links, current, locale }: { links: PageLinks; current: PageId | null; locale: Locale }) {
  return (
    <nav class="nh-page-nav" aria-label={t(locale, 'nav.label')}>
      {ORDER.map((id) => (
        <a key={id} href={links[id]} aria-current={id === current ? 'page' : undefined}>
          {t(locale, `nav.${id}`)}
        </a>
      ))}
    </nav>
  );
}
