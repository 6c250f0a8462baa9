import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHIP_TAG, ChipLayer, isOwnMutation, type MountChip } from '../../../utils/annotate/chip-layer';
import { view } from './fixtures';

// Stands in for createShadowRootUi: a host element appended to the anchor.
const mount: MountChip = async (anchor) => {
  const host = document.createElement(CHIP_TAG);
  anchor.append(host);
  return { container: host, remove: () => host.remove() };
};

function table(codes: string[]) {
  document.body.innerHTML = `<table><tbody>${codes.map((c) => `<tr><td class="code">${c}</td><td>x</td></tr>`).join('')}</tbody></table>`;
  return [...document.querySelectorAll('tr')].map((row, i) => ({
    row,
    anchor: row.querySelector('.code')!,
    view: view({ code: codes[i]!, applicant: '<img src=x onerror=alert(1)>' }),
  }));
}

const chipCount = () => document.querySelectorAll(CHIP_TAG).length;

describe('ChipLayer', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('adds one chip per row and marks the row', async () => {
    const layer = new ChipLayer(mount, vi.fn());
    const targets = table(['A', 'B']);
    await layer.sync(targets, 'vi');
    expect(chipCount()).toBe(2);
    expect(targets[0]!.row.getAttribute('data-nhac-han')).toBe('antd|A');
    expect(targets[0]!.anchor.querySelector(CHIP_TAG)!.textContent).toContain('Còn 18 ngày làm việc');
  });

  it('re-syncing the same rows updates in place instead of duplicating', async () => {
    const layer = new ChipLayer(mount, vi.fn());
    const targets = table(['A', 'B']);
    await layer.sync(targets, 'vi');
    const first = targets[0]!.anchor.querySelector(CHIP_TAG);
    await layer.sync(targets.map((t) => ({ ...t, view: { ...t.view, label: 'Quá hạn 1 ngày' } })), 'vi');
    expect(chipCount()).toBe(2);
    expect(targets[0]!.anchor.querySelector(CHIP_TAG)).toBe(first);
    expect(first!.textContent).toContain('Quá hạn 1 ngày');
  });

  it('drops chips of rows that went away (next page) and adds the new ones', async () => {
    const layer = new ChipLayer(mount, vi.fn());
    await layer.sync(table(['A', 'B']), 'vi');
    await layer.sync(table(['C']), 'vi');
    expect(chipCount()).toBe(1);
    expect(document.querySelector(CHIP_TAG)!.textContent).toContain('Còn 18');
  });

  it('replaces a chip left by an earlier injection of the script', async () => {
    const targets = table(['A']);
    targets[0]!.anchor.append(document.createElement(CHIP_TAG));
    await new ChipLayer(mount, vi.fn()).sync(targets, 'vi');
    expect(chipCount()).toBe(1);
  });

  it('renders scraped text as text, and the menu reports actions', async () => {
    const onAction = vi.fn();
    const targets = table(['A']);
    targets[0]!.view = { ...targets[0]!.view, details: ['<img src=x onerror=alert(1)>'] };
    await new ChipLayer(mount, onAction).sync(targets, 'vi');
    const chip = document.querySelector<HTMLButtonElement>(`${CHIP_TAG} .nh-chip`)!;
    chip.click();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector(`${CHIP_TAG} img`)).toBeNull();
    expect(document.querySelector(`${CHIP_TAG} .nh-details`)!.textContent).toBe('<img src=x onerror=alert(1)>');
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(`${CHIP_TAG} .nh-menu button`)];
    expect(buttons.map((b) => b.textContent)).toEqual(['Thư xin lỗi', 'Đã xác nhận trên hệ thống', 'Mở hồ sơ']);
    buttons[2]!.click();
    expect(onAction).toHaveBeenCalledWith('open', targets[0]!.view);
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
});
