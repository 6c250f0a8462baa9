import { options, type VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { Chip } from '../../../components/Chip';
import { CHIP_TAG, ChipLayer, isOwnMutation, ROW_MARK, triesOf, tryKind, type CellRoom, type ChipTarget } from '../../../utils/annotate/chip-layer';
import type { DossierView } from '../../../utils/service/views';
import { view } from '../service/fixtures';
import { fakeViewport } from './viewport';

/** A chip target whose view is `data` at the time the chip is drawn. */
type TestTarget = ChipTarget & { data: DossierView };

function target(row: Element, anchor: Element, data: DossierView): TestTarget {
  const t: TestTarget = { row, anchor, key: data.key, data, view: () => t.data };
  return t;
}

const withView = (t: TestTarget, patch: Partial<DossierView>) => target(t.row, t.anchor, { ...t.data, ...patch });

function table(codes: string[]) {
  document.body.innerHTML = `<table><tbody>${codes.map((c) => `<tr><td class="code">${c}</td><td>x</td></tr>`).join('')}</tbody></table>`;
  return [...document.querySelectorAll('tr')].map((row, i) =>
    target(row, row.querySelector('.code')!, view({ code: codes[i]!, applicant: '<img src=x onerror=alert(1)>' })),
  );
}

/** Codes of the chips Preact renders from now until the test ends. */
function chipRenders(): string[] {
  const rendered: string[] = [];
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    if (vnode.type === Chip) rendered.push((vnode.props as unknown as { view: { code: string } }).view.code);
    previous?.(vnode);
  };
  onTestFinished(() => void (options.vnode = previous));
  return rendered;
}

const hosts = () => [...document.querySelectorAll(CHIP_TAG)];
const chipOf = (anchor: Element) => anchor.querySelector(CHIP_TAG)?.shadowRoot?.querySelector('.nh-chip') ?? null;

let viewport: ReturnType<typeof fakeViewport>;

beforeEach(() => {
  document.body.innerHTML = '';
  viewport = fakeViewport();
  // A clock that stands still: a slice never runs out, so a screen of chips goes in at once
  // however slow the machine (a cold first render took over 8 ms on a fresh clone). The test of
  // the slices moves it itself.
  vi.spyOn(performance, 'now').mockReturnValue(0);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ChipLayer', () => {
  it('marks every row at once but mounts chips only for rows near the viewport', () => {
    const targets = table(['A', 'B', 'C']);
    new ChipLayer(vi.fn()).sync(targets, 'vi');
    expect(targets.map((t) => t.row.getAttribute('data-nhac-han'))).toEqual(['antd|A', 'antd|B', 'antd|C']);
    expect(hosts()).toHaveLength(0);
    viewport.far(targets.map((t) => t.anchor));
    expect(hosts()).toHaveLength(0);
    viewport.reveal([targets[0]!.anchor]);
    expect(hosts()).toHaveLength(1);
    expect(chipOf(targets[0]!.anchor)!.textContent).toBe('Còn 18 ngày làm việc');
    viewport.reveal(targets.map((t) => t.anchor));
    expect(hosts()).toHaveLength(3);
    expect(viewport.waiting()).toBe(0);
  });

  it('shows what the viewport watch found but has not reported, and says when those chips are in', async () => {
    const targets = table(['A', 'B', 'C', 'D']);
    const layer = new ChipLayer(vi.fn());
    layer.sync(targets, 'vi');
    viewport.found(targets.slice(0, 3).map((t) => t.anchor));
    // Every chip takes longer than a slice: the chips go in after three slices, not at the call.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const shown = layer.showPending();
    expect(hosts()).toHaveLength(0);
    await shown;
    expect(targets.map((t) => chipOf(t.anchor)?.textContent ?? null)).toEqual([...Array(3).fill('Còn 18 ngày làm việc'), null]);
    // Nothing more pending: nothing to wait for.
    await layer.showPending();
    expect(hosts()).toHaveLength(3);
  });

  it('computes and draws a screen of chips in slices of a few milliseconds, then puts them in together', async () => {
    const drawn = chipRenders();
    const targets = table(['A', 'B', 'C']);
    const layer = new ChipLayer(vi.fn());
    layer.sync(targets, 'vi');
    // Every chip takes longer than a slice: one chip a slice.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    viewport.reveal(targets.map((t) => t.anchor));
    // The page has its thread back after one chip, and nothing of ours is in it yet.
    expect(drawn).toEqual(['A']);
    expect(hosts()).toHaveLength(0);
    await vi.waitFor(() => expect(hosts()).toHaveLength(3));
    expect(drawn).toEqual(['A', 'B', 'C']);
    expect(targets.map((t) => chipOf(t.anchor)?.textContent)).toEqual(Array(3).fill('Còn 18 ngày làm việc'));
    // A row dropped between two slices gets no chip.
    const next = table(['D', 'E']);
    layer.sync(next, 'vi');
    viewport.reveal(next.map((t) => t.anchor));
    layer.sync([next[0]!], 'vi');
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hosts().map((h) => h.parentElement!.textContent)).toEqual(['D']);
    expect(drawn).toEqual(['A', 'B', 'C', 'D']);
  });

  it('mounts every chip at once where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    new ChipLayer(vi.fn()).sync(table(['A', 'B']), 'vi');
    expect(hosts()).toHaveLength(2);
  });

  it('shows the newest view when a row scrolls in after its view changed', () => {
    const layer = new ChipLayer(vi.fn());
    const targets = table(['A']);
    layer.sync(targets, 'vi');
    layer.sync([withView(targets[0]!, { label: 'Quá hạn 1 ngày' })], 'vi');
    viewport.reveal([targets[0]!.anchor]);
    expect(chipOf(targets[0]!.anchor)!.textContent).toBe('Quá hạn 1 ngày');
  });

  it('styles each chip through its own shadow root, the chip text unreachable from the page', () => {
    const targets = table(['A']);
    new ChipLayer(vi.fn()).sync(targets, 'vi');
    viewport.reveal([targets[0]!.anchor]);
    const host = hosts()[0] as HTMLElement;
    expect(host.style.display).toBe('inline-block');
    expect(host.shadowRoot!.mode).toBe('open');
    expect(host.textContent).toBe('');
  });

  it('re-syncing the same rows updates in place instead of duplicating', () => {
    const layer = new ChipLayer(vi.fn());
    const targets = table(['A', 'B']);
    layer.sync(targets, 'vi');
    viewport.reveal(targets.map((t) => t.anchor));
    const first = targets[0]!.anchor.querySelector(CHIP_TAG);
    layer.sync(targets.map((t) => (withView(t, { label: 'Quá hạn 1 ngày' }))), 'vi');
    expect(hosts()).toHaveLength(2);
    expect(targets[0]!.anchor.querySelector(CHIP_TAG)).toBe(first);
    expect(chipOf(targets[0]!.anchor)!.textContent).toBe('Quá hạn 1 ngày');
  });

  it('renders a chip again only when its view or the language changed', () => {
    const rendered = chipRenders();
    const layer = new ChipLayer(vi.fn());
    const targets = table(['A', 'B']);
    layer.sync(targets, 'vi');
    viewport.reveal(targets.map((t) => t.anchor));
    expect(rendered).toEqual(['A', 'B']);
    layer.sync(targets.map((t) => withView(t, {})), 'vi');
    expect(rendered).toEqual(['A', 'B']);
    layer.sync([withView(targets[0]!, { label: 'Quá hạn 1 ngày' }), targets[1]!], 'vi');
    expect(rendered).toEqual(['A', 'B', 'A']);
    layer.sync(targets, 'en');
    expect(rendered).toEqual(['A', 'B', 'A', 'A', 'B']);
  });

  it('drops chips of rows that went away (next page), including rows still waiting to scroll in', () => {
    const layer = new ChipLayer(vi.fn());
    const first = table(['A', 'B']);
    layer.sync(first, 'vi');
    viewport.reveal([first[0]!.anchor]);
    const next = table(['C']);
    layer.sync(next, 'vi');
    expect(viewport.waiting()).toBe(1);
    viewport.reveal([...first, ...next].map((t) => t.anchor));
    expect(hosts()).toHaveLength(1);
    expect(chipOf(next[0]!.anchor)).not.toBeNull();
  });

  it('clear() removes every chip and stops waiting for rows', () => {
    const layer = new ChipLayer(vi.fn());
    const targets = table(['A', 'B']);
    layer.sync(targets, 'vi');
    viewport.reveal([targets[0]!.anchor]);
    layer.clear();
    expect(hosts()).toHaveLength(0);
    expect(viewport.waiting()).toBe(0);
  });

  it('replaces a chip left by an earlier injection of the script', () => {
    const targets = table(['A']);
    // As that injection left it: the row marked, its chip inside.
    targets[0]!.row.setAttribute(ROW_MARK, targets[0]!.key);
    targets[0]!.anchor.append(document.createElement(CHIP_TAG));
    new ChipLayer(vi.fn()).sync(targets, 'vi');
    viewport.reveal([targets[0]!.anchor]);
    expect(hosts()).toHaveLength(1);
    expect(chipOf(targets[0]!.anchor)).not.toBeNull();
  });

  it('renders scraped text as text, and the menu reports actions', async () => {
    const onAction = vi.fn();
    const targets = table(['A']);
    targets[0]!.data = { ...targets[0]!.data, details: ['<img src=x onerror=alert(1)>'] };
    new ChipLayer(onAction).sync(targets, 'vi');
    viewport.reveal([targets[0]!.anchor]);
    const root = hosts()[0]!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.nh-chip')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.nh-details')!.textContent).toBe('<img src=x onerror=alert(1)>');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.nh-menu button')];
    // Nothing to confirm on a dossier still in progress.
    expect(buttons.map((b) => b.textContent)).toEqual(['Thư xin lỗi', 'Mở hồ sơ']);
    buttons[1]!.click();
    expect(onAction).toHaveBeenCalledWith('open', targets[0]!.data);
  });

  it.each([
    ['done, not confirmed', { status: 'done' as const }, ['Thư xin lỗi', 'Đã xác nhận trên hệ thống', 'Mở hồ sơ']],
    ['done and confirmed', { status: 'done' as const, confirmedOnSystem: true }, ['Thư xin lỗi', 'Bỏ xác nhận', 'Mở hồ sơ']],
    ['in progress', {}, ['Thư xin lỗi', 'Mở hồ sơ']],
  ])('a dossier %s offers %j', async (_, overrides, labels) => {
    const targets = table(['A']);
    targets[0]!.data = view({ code: 'A', ...overrides });
    new ChipLayer(vi.fn()).sync(targets, 'vi');
    viewport.reveal([targets[0]!.anchor]);
    const root = hosts()[0]!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.nh-chip')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect([...root.querySelectorAll('.nh-menu button')].map((b) => b.textContent)).toEqual(labels);
  });

  it('keeps clicks, presses and keys on the chip from reaching the row', async () => {
    const targets = table(['A']);
    const seen: string[] = [];
    for (const type of ['click', 'mousedown', 'pointerdown', 'keydown']) targets[0]!.row.addEventListener(type, () => seen.push(type));
    new ChipLayer(vi.fn()).sync(targets, 'vi');
    viewport.reveal([targets[0]!.anchor]);
    const chip = hosts()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('.nh-chip')!;
    for (const type of ['mousedown', 'pointerdown']) chip.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    chip.click();
    expect(seen).toEqual([]);
    // The row's own cells still reach it.
    targets[0]!.row.querySelector('td:last-child')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toEqual(['click']);
  });
});

describe('isOwnMutation', () => {
  it.each([
    ['adding a chip host', () => document.createElement(CHIP_TAG), true],
    ['adding a portal row', () => document.createElement('tr'), false],
    ['adding text', () => document.createTextNode('x'), false],
  ])('%s → %s', (_name, make, own) => {
    const record = { type: 'childList', addedNodes: [make()], removedNodes: [] } as unknown as MutationRecord;
    expect(isOwnMutation(record)).toBe(own);
  });

  it('knows a chip host made by another realm (a userscript sandbox, a frame)', () => {
    const host = document.createElement(CHIP_TAG);
    // happy-dom shares its classes between windows: stand in for the other realm's `Element`.
    vi.stubGlobal('Element', class Element {});
    expect(host instanceof Element).toBe(false);
    expect(isOwnMutation({ type: 'childList', addedNodes: [host], removedNodes: [] } as unknown as MutationRecord)).toBe(true);
    vi.unstubAllGlobals();
  });
});

describe('ChipLayer.syncInSlices', () => {
  it('marks the same rows as sync(), able to pause every 200 rows', async () => {
    const codes = Array.from({ length: 250 }, (_, i) => `C${i}`);
    const targets = table(codes);
    const pause = vi.fn(async () => undefined);
    // A zero budget pauses at every point where a pause may come, whatever this machine's speed.
    await new ChipLayer(vi.fn()).syncInSlices(targets, 'vi', pause, 0);
    expect(pause).toHaveBeenCalledTimes(1);
    expect(targets.map((t) => t.row.getAttribute('data-nhac-han'))).toEqual(targets.map((t) => t.key));
  });

  it('skips a row that left the page during a pause', async () => {
    const targets = table(Array.from({ length: 300 }, (_, i) => `C${i}`));
    const gone = targets[250]!;
    await new ChipLayer(vi.fn()).syncInSlices(targets, 'vi', async () => void gone.row.remove(), 0);
    viewport.reveal(targets.map((t) => t.anchor));
    expect(gone.row.hasAttribute('data-nhac-han')).toBe(false);
    expect(gone.anchor.querySelector(CHIP_TAG)).toBeNull();
    expect(targets[249]!.row.getAttribute('data-nhac-han')).toBe(targets[249]!.key);
  });
});

describe('triesOf (where a chip that does not fit beside the code may go)', () => {
  const cell = (name: string) => Object.assign(document.createElement('td'), { id: name });
  const COLUMNS = ['stt', 'code', 'procedure', 'applicant', 'status', 'a'];
  const room = (name: string, below: number, after: number): CellRoom => ({ cell: cell(name), column: COLUMNS.indexOf(name), below, after });
  const chip = { width: 120, height: 16 } as DOMRect;
  const names = (tries: ReturnType<typeof triesOf>) => tries.map((t) => `${(t.cell as HTMLElement).id}${t.wrap ? ' (wrapped)' : ''}`);

  it('tries the cells whose last line has room for the chip, widest first, then those with a free line below, its own first', () => {
    const own = room('code', 20, 10);
    const others = [room('stt', 0, 40), room('procedure', 18, 300), room('applicant', 0, 121), room('status', 30, 150)];
    expect(names(triesOf({ own, others }, chip))).toEqual(['procedure', 'status', 'code (wrapped)', 'procedure (wrapped)', 'status (wrapped)']);
  });

  it('tries nothing on one-line rows with narrow cells: the chip stays beside the code without a layout per cell', () => {
    const own = room('code', 0, 20);
    expect(triesOf({ own, others: [room('stt', 0, 10), room('procedure', 1, 119)] }, chip)).toEqual([]);
  });

  it('leaves out the kinds of try given up on this grid, on their line or wrapped, and those only', () => {
    const own = room('code', 20, 10);
    const others = [room('procedure', 18, 300), room('status', 30, 150)];
    const givenUp = new Set([tryKind({ column: 2, wrap: false }), tryKind({ column: 4, wrap: true })]);
    expect(names(triesOf({ own, others }, chip, givenUp))).toEqual(['status', 'code (wrapped)', 'procedure (wrapped)']);
    expect(tryKind({ column: 2, wrap: false })).not.toBe(tryKind({ column: 2, wrap: true }));
  });

  it('counts a line as free with the 2 px slack, no less', () => {
    const own = room('code', 14, 0);
    expect(names(triesOf({ own, others: [room('a', 13.9, 0)] }, chip))).toEqual(['code (wrapped)']);
  });
});
