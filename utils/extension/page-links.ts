import { browser } from 'wxt/browser';
import type { PageLinks } from '../../components/nav';

/** The extension's own pages; the guide is the welcome page. */
export function pageLinks(): PageLinks {
  const url = (path: string) => browser.runtime.getURL(path as '/popup.html');
  return {
    dashboard: url('/dashboard.html'),
    register: url('/letter.html?view=register'),
    settings: url('/options.html'),
    guide: url('/welcome.html'),
  };
}
