import { describe, expect, it } from 'vitest';
import { dotGeometry, paintDot, type DotCanvas } from '../../../utils/userscript/favicon';
import { nextTitle, prefixTitle } from '../../../utils/userscript/title';

describe('title prefix', () => {
  it.each([
    ['Hồ sơ cần xử lý', 3, '(3) Hồ sơ cần xử lý'],
    ['Hồ sơ cần xử lý', 0, 'Hồ sơ cần xử lý'],
    ['Hồ sơ cần xử lý', 1000, '(999+) Hồ sơ cần xử lý'],
    ['(2) Tin nhắn', 1, '(1) (2) Tin nhắn'],
  ])('"%s" with %i needing action reads "%s"', (base, count, expected) => {
    expect(prefixTitle(base, count)).toBe(expected);
  });

  it('keeps the portal title when the count changes, instead of stacking prefixes', () => {
    let state = nextTitle({ base: 'Danh sách', written: null }, 'Danh sách', 3);
    expect(state.title).toBe('(3) Danh sách');
    state = nextTitle(state, state.title, 5);
    expect(state.title).toBe('(5) Danh sách');
    state = nextTitle(state, state.title, 0);
    expect(state.title).toBe('Danh sách');
  });

  it('takes a title the portal set itself (SPA route) as the new base', () => {
    const first = nextTitle({ base: 'Đang xử lý', written: null }, 'Đang xử lý', 2);
    const next = nextTitle(first, 'Chờ bổ sung', 2);
    expect(next).toMatchObject({ base: 'Chờ bổ sung', title: '(2) Chờ bổ sung' });
  });
});

function recorder() {
  const calls: string[] = [];
  const ctx: DotCanvas = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    beginPath: () => calls.push('beginPath'),
    arc: (x, y, r) => calls.push(`arc ${x},${y},${r}`),
    fill: () => calls.push(`fill ${String(ctx.fillStyle)}`),
    stroke: () => calls.push(`stroke ${String(ctx.strokeStyle)} ${ctx.lineWidth}`),
  };
  return { ctx, calls };
}

describe('favicon dot', () => {
  it.each([16, 32, 64])('stays inside a %i px icon, in the bottom-right corner', (size) => {
    const { x, y, r, ring } = dotGeometry(size);
    expect(x + r + ring).toBeLessThanOrEqual(size);
    expect(y + r + ring).toBeLessThanOrEqual(size);
    expect(x - r).toBeGreaterThan(size / 2 - r);
    expect(r).toBeGreaterThanOrEqual(size / 6);
  });

  it('fills the badge colour with a white ring', () => {
    const { ctx, calls } = recorder();
    paintDot(ctx, 32, '#c62828');
    expect(calls).toEqual(['beginPath', 'arc 24,24,6', 'fill #c62828', 'stroke #ffffff 2']);
  });
});
