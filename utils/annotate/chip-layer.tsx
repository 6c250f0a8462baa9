import { render } from 'preact';
import chipCss from '../../components/Chip/chip.css?inline';
import { Chip, type ChipAction } from '../../components/Chip';
import type { Locale } from '../i18n';
import type { DossierView } from '../service/views';
import { runInSlices, runNow, type Steps } from '../portals/steps';
import { GivenUpTries, type PlacementMemory } from './given-up-tries';
import { afterNextPaint, pause } from './pause';
import { createShadowHost } from './shadow-host';
import { warn } from './warn';

export const CHIP_TAG = 'nhac-han-chip';
/** Set on a row once the store took it (value `portal|code`), whether or not its chip is mounted yet. */
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

/** A cell's padding plus border on each side: no room for a chip. */
interface Insets {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function insetsOf(cell: Element): Insets {
  const style = getComputedStyle(cell);
  const px = (side: string) => (parseFloat(style.getPropertyValue(`padding-${side}`)) || 0) + (parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0);
  return { top: px('top'), bottom: px('bottom'), left: px('left'), right: px('right') };
}

/**
 * Insets by the cell's look (column, tag, class and inline style) while one screen of chips is
 * measured: a column's cells share them, and a computed style is the dearest of the reads (eight
 * calls into the page a cell). A look that lies costs a try, not a misplaced chip: `fits` checks.
 */
const insetsByLook = () => {
  const known = new Map<string, Insets>();
  return (cell: Element, column: number) => {
    const look = `${column}\n${cell.tagName}\n${cell.className}\n${cell.getAttribute('style') ?? ''}`;
    let insets = known.get(look);
    if (!insets) known.set(look, (insets = insetsOf(cell)));
    return insets;
  };
};
type InsetsOf = ReturnType<typeof insetsByLook>;

/** A cell's free space: height below its content (a table cell is as tall as its row), width after its last line. */
function roomOf(cell: Element, box: DOMRect, insets: Insets): { below: number; after: number } {
  const range = document.createRange();
  range.selectNodeContents(cell);
  // The content box: padding and borders are no room for a chip.
  const height = box.height - insets.top - insets.bottom;
  const [left, right] = [box.left + insets.left, box.right - insets.right];
  const lines = range.getClientRects();
  const lastRight = lines.length > 0 ? lines[lines.length - 1]!.right : left;
  return { below: height - range.getBoundingClientRect().height, after: right - lastRight };
}

interface Placing {
  anchor: Element;
  host: HTMLElement;
  row: Element | null;
}

/** A chip to place, with its row's height and cells' room before any chip is in. */
interface Measured extends Placing {
  before: number;
  rooms: { own: CellRoom; others: CellRoom[] } | null;
}

/**
 * Read where the viewport watch calls us, after layout: free (once a chip is in, the next read
 * lays the whole table out). Before any chip is in, since a row grown by its chip shows room that
 * is not there.
 */
function measureAll(items: readonly Placing[]): Measured[] {
  const insets = insetsByLook();
  return items.map((item) => ({
    ...item,
    before: item.row ? heightOf(item.row) : 0,
    rooms: item.row ? roomsOf(item.row, item.anchor, insets) : null,
  }));
}

export interface CellRoom {
  cell: Element;
  /** Its place among the row's cells: tries that failed are given up by column. */
  column: number;
  below: number;
  after: number;
}

/** The row's visible cells with their room before the chip goes in: the anchor's own, and the others. */
function roomsOf(row: Element, anchor: Element, insets: InsetsOf): { own: CellRoom; others: CellRoom[] } {
  const cells: CellRoom[] = [];
  [...row.children].forEach((cell, column) => {
    const box = cell.getBoundingClientRect();
    // Not rendered (display: none): no box at all.
    if (box.width === 0 && box.height === 0) return;
    cells.push({ cell, column, ...roomOf(cell, box, insets(cell, column)) });
  });
  const own = cells.find(({ cell }) => cell === anchor || cell.contains(anchor));
  return { own: { below: 0, after: 0, column: -1, ...own, cell: anchor }, others: cells.filter((c) => c !== own) };
}

/** A kind of try: a column, on its last line or wrapped below its text. */
export const tryKind = ({ column, wrap }: { column: number; wrap: boolean }) => `${column}${wrap ? ' wrapped' : ''}`;

/**
 * Where a chip that does not fit beside the code may go, in order: another cell whose last line has
 * room for it, the widest room first; then, wrapped below the text, a cell with a line's height free
 * (the anchor's own first). A cell with neither cannot keep the row's height, so it is not tried,
 * nor a kind of try (`tryKind`) that failed for every row of an earlier screen or visit of this grid
 * (given-up-tries.ts).
 */
export function triesOf({ own, others }: { own: CellRoom; others: CellRoom[] }, chip: DOMRect, givenUp: ReadonlySet<string> = new Set()) {
  const oneLine = others.filter((c) => c.after >= chip.width + 2).sort((a, b) => b.after - a.after);
  const wrapped = [own, ...others].filter((c) => c.below >= chip.height - ROW_SLACK_PX);
  return [...oneLine.map(({ cell, column }) => ({ cell, column, wrap: false })), ...wrapped.map(({ cell, column }) => ({ cell, column, wrap: true }))].filter(
    (t) => !givenUp.has(tryKind(t)),
  );
}

/** Rounds of tries for one batch stop after this long (a 20,000-row table takes over a second to lay out). */
const PLACING_BUDGET_MS = 1_000;

/**
 * Beside the code when that keeps the row's height; otherwise where `triesOf` says there is room,
 * the first place that keeps it; else beside the code after all (the row grows). All chips that
 * came into view are placed together, and measured only after the browser's next paint: a measure
 * right after a change would lay the whole table out once more (a long table takes a second), so
 * each round of tries costs the page no layout beyond the one it does anyway. Only places with room
 * are tried, and the rounds stop at PLACING_BUDGET_MS.
 */
async function placeAll(items: readonly Measured[], givenUp: GivenUpTries): Promise<void> {
  if (items.length === 0) return;
  items.forEach(({ anchor, host }) => anchor.append(host));
  const chipOf = (host: HTMLElement) => host.shadowRoot?.querySelector('.nh-chip') ?? host;
  // Kept: the row is no taller and the chip lies inside the cell (not over the next cell's text).
  const fits = (i: number) => {
    const { row, host, before } = items[i]!;
    if (heightOf(row!) - before > ROW_SLACK_PX) return false;
    // The chip itself: a host squeezed by a fixed-layout table is narrower than what it shows.
    const [c, h] = [host.parentElement!.getBoundingClientRect(), chipOf(host).getBoundingClientRect()];
    return h.left >= c.left - 1 && h.right <= c.right + 1;
  };
  // A chip dropped meanwhile (its row left, the layer cleared) is not placed any further.
  const placed = (i: number) => items[i]!.host.isConnected && items[i]!.row?.isConnected === true;
  const started = performance.now();
  await Promise.all([afterNextPaint(), givenUp.loaded()]);
  let misfits = items.flatMap((_, i) => (placed(i) && !fits(i) ? [i] : []));
  const gridOf = (i: number) => items[i]!.row!.parentElement;
  // The width the batch is placed at: what it gives up holds at that width.
  const width = innerWidth;
  const tries = new Map(misfits.map((i) => [i, triesOf(items[i]!.rooms!, chipOf(items[i]!.host).getBoundingClientRect(), givenUp.at(gridOf(i), items[i]!.row!, width))]));
  for (let round = 0; misfits.length > 0; round++) {
    const over = performance.now() - started > PLACING_BUDGET_MS;
    const trying = over ? [] : misfits.filter((i) => round < tries.get(i)!.length);
    // No try left: beside the code after all.
    for (const i of misfits) if (!trying.includes(i)) besideCode(items[i]!);
    if (trying.length === 0) return;
    for (const i of trying) {
      const { cell, wrap } = tries.get(i)![round]!;
      if (wrap) items[i]!.host.setAttribute('data-wrap', '');
      cell.append(items[i]!.host);
    }
    await afterNextPaint();
    misfits = trying.filter((i) => placed(i) && !fits(i));
    givenUp.learn(
      trying.filter(placed).map((i) => ({ grid: gridOf(i), row: items[i]!.row!, kind: tryKind(tries.get(i)![round]!), kept: !misfits.includes(i) })),
      width,
    );
  }
}

/** Beside the code, unwrapped; a chip already there is not moved (that would lay the table out again). */
function besideCode({ anchor, host }: Placing): void {
  host.removeAttribute('data-wrap');
  if (host.parentElement !== anchor) anchor.append(host);
}

/** Rows marked between two points where a sliced sync may pause. */
const ROWS_PER_STEP = 200;
/** Chips mounted (view computed, rendered) before the page gets its thread back. */
const SHOW_BUDGET_MS = 8;

export interface ChipTarget {
  row: Element;
  anchor: Element;
  /** `portal|code`, the row mark. */
  key: string;
  /** Computed when the chip is drawn: a long list computes only the views it shows. */
  view: () => DossierView;
}

/** Marks the target's row (the portal may have re-rendered its attributes); the mark it had before, if any. */
function markRow({ row, key }: ChipTarget): string | null {
  const mark = row.getAttribute(ROW_MARK);
  if (mark !== key) row.setAttribute(ROW_MARK, key);
  return mark;
}

interface Entry {
  view: () => DossierView;
  /** The view and locale the chip shows now; unchanged views are not rendered again. */
  shown: string | null;
  host: HTMLElement | null;
  container: HTMLElement | null;
}

/**
 * Keeps exactly one chip per recognised row: re-syncing with the same rows updates the chips in
 * place (only those whose view changed), rows that went away (pagination, SPA route change) lose
 * theirs, and a chip left by an earlier injection of the script is removed before a new one is
 * added. Every row is marked at once; the chip itself (and its view) comes when the row comes near
 * the viewport, so a long list costs the page only the chips it shows.
 */
export class ChipLayer {
  private readonly entries = new Map<Element, Entry>();
  private readonly rows = new WeakMap<Element, Element>();
  private locale: Locale = 'vi';
  private readonly observer: IntersectionObserver | null;
  private readonly givenUp: GivenUpTries;

  /** `placement`: where the tries given up are kept for the next visit (given-up-tries.ts). */
  constructor(
    private readonly onAction: (action: ChipAction, view: DossierView) => void,
    placement?: PlacementMemory,
  ) {
    this.givenUp = new GivenUpTries(placement);
    // Without IntersectionObserver (very old engines) every chip is mounted at once.
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((seen) => void this.show(seen.filter((e) => e.isIntersecting).map((e) => e.target)), { rootMargin: NEAR_VIEWPORT })
        : null;
  }

  sync(targets: readonly ChipTarget[], locale: Locale): void {
    runNow(this.syncing(targets, locale));
  }

  /** `sync` in slices of `budgetMs` with `pause()` between them: a long list is marked without a long task. */
  syncInSlices(targets: readonly ChipTarget[], locale: Locale, pause: () => Promise<void>, budgetMs?: number): Promise<void> {
    return runInSlices(this.syncing(targets, locale), pause, budgetMs);
  }

  /**
   * The chips of rows read so far, while the rest of the list is still being read: rows that have
   * a chip keep it as it is, none is dropped (the next `sync` settles the list). How many were added.
   */
  add(targets: readonly ChipTarget[], locale: Locale): number {
    this.locale = locale;
    const added = targets.filter((target) => target.anchor.isConnected && !this.entries.has(target.anchor));
    for (const target of added) this.enter(target);
    return added.length;
  }

  private *syncing(targets: readonly ChipTarget[], locale: Locale): Steps<void> {
    const wanted = new Map(targets.filter((t) => t.anchor.isConnected).map((t) => [t.anchor, t]));
    for (const anchor of this.entries.keys()) {
      if (!wanted.has(anchor)) this.drop(anchor);
    }
    this.locale = locale;
    let done = 0;
    for (const target of wanted.values()) {
      if (++done % ROWS_PER_STEP === 0) yield;
      // A row may have left the page while the work paused.
      if (!target.anchor.isConnected) continue;
      const entry = this.entries.get(target.anchor);
      if (!entry) this.enter(target);
      else {
        markRow(target);
        entry.view = target.view;
        this.drawSafely(entry);
      }
    }
  }

  /** A row without a chip yet: marked at once, its chip mounted when it comes near the viewport. */
  private enter(target: ChipTarget): void {
    const { row, anchor, view } = target;
    const mark = markRow(target);
    this.rows.set(anchor, row);
    // Strays of an earlier injection go: it marked the row before its chip went in, so an unmarked
    // row has none (no search of 500 rows on a first visit). A chip may sit in another cell of its row.
    if (mark !== null) for (const stray of row.querySelectorAll(CHIP_TAG)) if (![...this.entries.values()].some((e) => e.host === stray)) stray.remove();
    this.entries.set(anchor, { view, shown: null, host: null, container: null });
    if (this.observer) this.observer.observe(anchor);
    else void this.show([anchor]);
  }

  /**
   * Shows at once the chips the viewport watch has found near the viewport but not yet reported:
   * its report is a task of its own, which a long reading in slices may keep waiting until it ends.
   * Resolves once they are in the page: a reading that waits for it does not share the thread with
   * their drawing (the page still gets it between slices).
   */
  showPending(): Promise<void> {
    return this.observer ? this.show(this.observer.takeRecords().filter((e) => e.isIntersecting).map((e) => e.target)) : Promise.resolve();
  }

  clear(): void {
    for (const anchor of this.entries.keys()) this.drop(anchor);
  }

  /**
   * Mounts the chips of rows that came near the viewport, placed together (see placeAll). Their
   * views are computed and rendered in slices of SHOW_BUDGET_MS, still out of the page: a screen of
   * chips is a few dozen views, a long task on a slow PC if done in one go, and a chip put in
   * between two slices would have the next measure lay the whole table out.
   */
  private show(anchors: readonly Element[]): Promise<void> {
    const placing = measureAll(anchors.flatMap((anchor) => this.mount(anchor) ?? []));
    // A watch reports far rows too (not intersecting): nothing to mount.
    if (placing.length === 0) return Promise.resolve();
    const current = ({ anchor, host }: Placing) => this.entries.get(anchor)?.host === host;
    let next = 0;
    return new Promise<void>((resolve) => {
      const drawSlice = () => {
        const started = performance.now();
        // At least one chip a slice, however slow.
        do {
          const item = placing[next++]!;
          // One view that cannot be computed costs its own chip only (drawn again on the next sync).
          if (current(item)) this.drawSafely(this.entries.get(item.anchor)!);
        } while (next < placing.length && performance.now() - started < SHOW_BUDGET_MS);
        if (next < placing.length) return void pause().then(drawSlice);
        // Rows dropped meanwhile (next page, layer cleared) get no chip. Resolved once the chips are in.
        void placeAll(placing.filter(current), this.givenUp).catch(warn);
        resolve();
      };
      drawSlice();
    });
  }

  /** A shadow host for the chip of a row still without one (a row dropped meanwhile has no entry). */
  private mount(anchor: Element): Placing | null {
    const entry = this.entries.get(anchor);
    this.observer?.unobserve(anchor);
    if (!entry || entry.host) return null;
    const { host, container } = createShadowHost(CHIP_TAG, chipCss);
    // The host is inline in a table cell; keep it from taking the cell's full width.
    host.style.display = 'inline-block';
    contain(host);
    Object.assign(entry, { host, container });
    return { anchor, host, row: this.rows.get(anchor) ?? null };
  }

  private drawSafely(entry: Entry): void {
    try {
      this.draw(entry);
    } catch (e) {
      warn(e);
    }
  }

  private draw(entry: Entry): void {
    if (!entry.container) return;
    const view = entry.view();
    const shown = `${this.locale}\n${JSON.stringify(view)}`;
    if (shown === entry.shown) return;
    entry.shown = shown;
    render(<Chip view={view} locale={this.locale} onAction={this.onAction} />, entry.container);
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
