import { render } from 'preact';
import chipCss from '../../components/Chip/chip.css?inline';
import { Chip, type ChipAction } from '../../components/Chip';
import type { Locale } from '../i18n';
import type { DossierView } from '../service/views';
import { createShadowHost } from './shadow-host';

export const CHIP_TAG = 'nhac-han-chip';
/** Set on a row once its view arrived (value `portal|code`), whether or not its chip is mounted yet. */
export const ROW_MARK = 'data-nhac-han';
/** Rows within one screen of the viewport (any side) get their chip ahead of scrolling. */
const NEAR_VIEWPORT = '100%';
/** A chip may change its row's height by at most this much (sub-pixel rounding). */
const ROW_SLACK_PX = 2;
/**
 * Events that must not reach the portal's own handlers: a row with `onclick` (or a delegated
 * listener on the table) would open the dossier when the officer only meant the chip.
 */
const CONTAINED_EVENTS = ['click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress'] as const;

function contain(host: HTMLElement): void {
  for (const type of CONTAINED_EVENTS) {
    host.addEventListener(type, (e) => {
      e.stopPropagation();
      // Inside a portal link, a click on the chip must not follow it.
      if (type === 'click' && host.parentElement?.closest('a')) e.preventDefault();
    });
  }
}

const heightOf = (el: Element) => el.getBoundingClientRect().height;

/** Cells of the row that could take the chip instead of the anchor, the most vertical room first. */
function otherCells(row: Element, anchor: Element): Element[] {
  const cells = [...row.children].filter((c) => c !== anchor && !c.contains(anchor) && c.getClientRects().length > 0);
  const room = (c: Element) => {
    const range = document.createRange();
    range.selectNodeContents(c);
    return heightOf(c) - range.getBoundingClientRect().height;
  };
  return cells.map((c) => [c, room(c)] as const).sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

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
  private readonly rows = new WeakMap<Element, Element>();
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
    const wanted = new Map(targets.filter((t) => t.anchor.isConnected).map((t) => [t.anchor, t]));
    for (const anchor of this.entries.keys()) {
      if (!wanted.has(anchor)) this.drop(anchor);
    }
    this.locale = locale;
    for (const { row, anchor, view } of wanted.values()) {
      if (row.getAttribute(ROW_MARK) !== view.key) row.setAttribute(ROW_MARK, view.key);
      this.rows.set(anchor, row);
      const entry = this.entries.get(anchor);
      if (entry) {
        entry.view = view;
        this.draw(entry);
        continue;
      }
      // A chip may sit in another cell of its row (see place); strays of an earlier injection go.
      for (const stray of row.querySelectorAll(CHIP_TAG)) if (![...this.entries.values()].some((e) => e.host === stray)) stray.remove();
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
    contain(host);
    Object.assign(entry, { host, container });
    this.draw(entry);
    this.place(anchor, host);
  }

  /**
   * Beside the code when that keeps the row's height; otherwise in the row's cell with the most
   * room that does; where no cell has room, beside the code after all (the row grows).
   */
  private place(anchor: Element, host: HTMLElement): void {
    const row = this.rows.get(anchor) ?? null;
    const before = row ? heightOf(row) : 0;
    // Kept: the row is no taller and the chip lies inside the cell (not over the next cell's text).
    const fits = (cell: Element) => {
      if (heightOf(row!) - before > ROW_SLACK_PX) return false;
      // The chip itself: a host squeezed by a fixed-layout table is narrower than what it shows.
      const [c, h] = [cell.getBoundingClientRect(), (host.shadowRoot?.querySelector('.nh-chip') ?? host).getBoundingClientRect()];
      return h.left >= c.left - 1 && h.right <= c.right + 1;
    };
    anchor.append(host);
    if (!row || fits(anchor)) return;
    const cells = otherCells(row, anchor);
    for (const cell of cells) {
      cell.append(host);
      if (fits(cell)) return;
    }
    // Too wide for every cell on one line: the chip may wrap inside a cell with room below.
    host.setAttribute('data-wrap', '');
    for (const cell of [anchor, ...cells]) {
      cell.append(host);
      if (fits(cell)) return;
    }
    anchor.append(host);
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
