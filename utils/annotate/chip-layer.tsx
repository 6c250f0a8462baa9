import { render } from 'preact';
import chipCss from '../../components/Chip/chip.css?inline';
import { Chip, type ChipAction } from '../../components/Chip';
import type { Locale } from '../i18n';
import type { DossierView } from '../service/views';
import { runInSlices, runNow, type Steps } from '../portals/steps';
import { createShadowHost } from './shadow-host';

export const CHIP_TAG = 'nhac-han-chip';
/** Set on a row once its view arrived (value `portal|code`), whether or not its chip is mounted yet. */
export const ROW_MARK = 'data-nhac-han';
/** Rows within one screen of the viewport (any side) get their chip ahead of scrolling. */
const NEAR_VIEWPORT = '100%';
/** Rows marked between two points where a sliced sync may pause. */
const ROWS_PER_STEP = 200;

export interface ChipTarget {
  row: Element;
  anchor: Element;
  view: DossierView;
}

interface Entry {
  view: DossierView;
  /** The view and locale the chip shows now; unchanged views are not rendered again. */
  shown: string | null;
  host: HTMLElement | null;
  container: HTMLElement | null;
}

/**
 * Keeps exactly one chip per recognised row: re-syncing with the same rows updates the chips in
 * place (only those whose view changed), rows that went away (pagination, SPA route change) lose
 * theirs, and a chip left by an earlier injection of the script is removed before a new one is
 * added. Every row gets its view at once (the row mark); the chip itself is mounted when the row
 * comes near the viewport, so a long list costs the page only the chips it shows.
 */
export class ChipLayer {
  private readonly entries = new Map<Element, Entry>();
  private locale: Locale = 'vi';
  private readonly observer: IntersectionObserver | null;

  constructor(private readonly onAction: (action: ChipAction, view: DossierView) => void) {
    // Without IntersectionObserver (very old engines) every chip is mounted at once.
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((seen) => seen.forEach((e) => e.isIntersecting && this.show(e.target)), { rootMargin: NEAR_VIEWPORT })
        : null;
  }

  sync(targets: readonly ChipTarget[], locale: Locale): void {
    runNow(this.syncing(targets, locale));
  }

  /** `sync` in slices with `pause()` between them: a long list is marked without a long task. */
  syncInSlices(targets: readonly ChipTarget[], locale: Locale, pause: () => Promise<void>): Promise<void> {
    return runInSlices(this.syncing(targets, locale), pause);
  }

  private *syncing(targets: readonly ChipTarget[], locale: Locale): Steps<void> {
    const wanted = new Map(targets.filter((t) => t.anchor.isConnected).map((t) => [t.anchor, t]));
    for (const anchor of this.entries.keys()) {
      if (!wanted.has(anchor)) this.drop(anchor);
    }
    this.locale = locale;
    let done = 0;
    for (const { row, anchor, view } of wanted.values()) {
      if (++done % ROWS_PER_STEP === 0) yield;
      // A row may have left the page while the work paused.
      if (!anchor.isConnected) continue;
      if (row.getAttribute(ROW_MARK) !== view.key) row.setAttribute(ROW_MARK, view.key);
      const entry = this.entries.get(anchor);
      if (entry) {
        entry.view = view;
        this.draw(entry);
        continue;
      }
      for (const stray of anchor.querySelectorAll(`:scope > ${CHIP_TAG}`)) stray.remove();
      this.entries.set(anchor, { view, shown: null, host: null, container: null });
      if (this.observer) this.observer.observe(anchor);
      else this.show(anchor);
    }
  }

  clear(): void {
    for (const anchor of this.entries.keys()) this.drop(anchor);
  }

  private show(anchor: Element): void {
    const entry = this.entries.get(anchor);
    this.observer?.unobserve(anchor);
    if (!entry || entry.host) return;
    const { host, container } = createShadowHost(CHIP_TAG, chipCss);
    // The host is inline in a table cell; keep it from taking the cell's full width.
    host.style.display = 'inline-block';
    anchor.append(host);
    Object.assign(entry, { host, container });
    this.draw(entry);
  }

  private draw(entry: Entry): void {
    if (!entry.container) return;
    const shown = `${this.locale}\n${JSON.stringify(entry.view)}`;
    if (shown === entry.shown) return;
    entry.shown = shown;
    render(<Chip view={entry.view} locale={this.locale} onAction={this.onAction} />, entry.container);
  }

  private drop(anchor: Element): void {
    const entry = this.entries.get(anchor);
    this.observer?.unobserve(anchor);
    this.entries.delete(anchor);
    if (!entry?.container) return;
    render(null, entry.container);
    entry.host!.remove();
  }
}

/**
 * True when a mutation only concerns our own chip hosts, so it must not trigger a re-scan. `nodeType`,
 * not `instanceof Element`: a userscript sandbox's `Element` need not be the page's.
 */
export function isOwnMutation(m: MutationRecord): boolean {
  if (m.type !== 'childList') return false;
  const nodes = [...m.addedNodes, ...m.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === Node.ELEMENT_NODE && (n as Element).localName === CHIP_TAG);
}
