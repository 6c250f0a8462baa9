import type { BadgeState } from '../service/badge-state';
import { EMPTY_MEMORY, type NotifyMemory } from '../service/notify-plan';
import type { Effects } from '../service/service';
import { nextTitle, type TitleState } from './title';
import { faviconDot } from './favicon-link';
import type { GmAdapter } from './gm';

/**
 * The userscript's badge: "(N) " in front of the tab title and a dot on the favicon. The page may
 * rewrite its title at any time (SPA routes), so a watcher puts the count back.
 */
function titleBadge(): (count: number) => void {
  let state: TitleState = { base: document.title, written: null };
  let count = 0;
  const apply = () => {
    const next = nextTitle(state, document.title, count);
    state = next;
    if (document.title !== next.title) document.title = next.title;
  };
  new MutationObserver(apply).observe(document.head ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  return (n) => {
    count = n;
    apply();
  };
}

/**
 * What a refresh does in the userscript. Notification memory is kept per portal origin, because
 * each portal has its own database (the plan forgets ids of dossiers it no longer sees).
 */
export function userscriptEffects(gm: GmAdapter, onBadge: (state: BadgeState) => void, openLetter: Effects['openLetter']): Effects {
  const memoryKey = `notified:${location.origin}`;
  const setTitle = titleBadge();
  const setIcon = faviconDot();
  return {
    openLetter,
    async applyBadge(state) {
      setTitle(state.count);
      await setIcon(state.count > 0 ? state.color : null);
      onBadge(state);
    },
    async loadMemory() {
      const value = await gm.getValue<NotifyMemory>(memoryKey);
      return value && Array.isArray(value.fired) ? value : EMPTY_MEMORY;
    },
    saveMemory: (memory) => gm.setValue(memoryKey, memory),
    async showNotifications(list) {
      if (!gm.notify) return;
      for (const n of list) {
        const url = n.url;
        gm.notify({ title: n.title, text: n.message, ...(url ? { onclick: () => void window.open(url, '_blank', 'noopener') } : {}) });
      }
    },
  };
}
