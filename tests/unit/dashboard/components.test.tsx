import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp, type DashboardData, type DashboardSource } from '../../../components/dashboard/DashboardApp';
import { DataPanel } from '../../../components/dashboard/DataPanel';
import { DossierTable, ROW_HEIGHT } from '../../../components/dashboard/DossierTable';
import { tableRows } from '../../../components/dashboard/table-model';
import { CSV_BOM } from '../../../utils/csv';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import type { ImportReport } from '../../../utils/store';
import { many, NOW, stored } from './fixtures';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => act(() => render(null, root)));

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const rowsInDom = () => [...root.querySelectorAll('tr.nh-row')] as HTMLTableRowElement[];
const button = (text: string | RegExp) =>
  [...root.querySelectorAll('button')].find((b) => (typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? '')))!;

describe('DossierTable', () => {
  const rows = tableRows(many(10_000), NOW, DEFAULT_RULES, 'vi');

  function mount(onSort = vi.fn(), onSelect = vi.fn()) {
    act(() =>
      render(<DossierTable rows={rows} sort={{ column: 'level', descending: false }} onSort={onSort} selected={null} onSelect={onSelect} locale="vi" />, root),
    );
    return { onSort, onSelect };
  }

  it('puts only the rows in view in the DOM for 10,000 dossiers, with spacers for the rest', () => {
    mount();
    expect(rowsInDom().length).toBeGreaterThan(10);
    expect(rowsInDom().length).toBeLessThan(40);
    const spacer = root.querySelector('tbody tr[aria-hidden="true"]') as HTMLElement;
    expect(parseInt(spacer.style.height, 10)).toBe((10_000 - rowsInDom().length) * ROW_HEIGHT);
  });

  it('draws the rows at the scroll position', () => {
    mount();
    const box = root.querySelector('.nh-table-box') as HTMLElement;
    act(() => {
      box.scrollTop = 5_000 * ROW_HEIGHT;
      box.dispatchEvent(new Event('scroll'));
    });
    const first = Number(rowsInDom()[0]!.getAttribute('aria-rowindex')) - 2;
    expect(first).toBeGreaterThan(4_990);
    expect(first).toBeLessThanOrEqual(5_000);
    expect(rowsInDom()[0]!.dataset.code).toBe(rows[first]!.dossier.code);
  });

  it('draws every row while printing', () => {
    act(() =>
      render(<DossierTable rows={rows.slice(0, 600)} sort={{ column: 'level', descending: false }} onSort={vi.fn()} selected={null} onSelect={vi.fn()} locale="vi" />, root),
    );
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(rowsInDom().length).toBe(600);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(rowsInDom().length).toBeLessThan(40);
  });

  it('sorts by a column on header click, toggling direction on the sorted column', () => {
    const { onSort } = mount();
    act(() => (root.querySelector('button[data-sort="dueAt"]') as HTMLButtonElement).click());
    act(() => (root.querySelector('button[data-sort="level"]') as HTMLButtonElement).click());
    expect(onSort.mock.calls).toEqual([[{ column: 'dueAt', descending: false }], [{ column: 'level', descending: true }]]);
  });

  it('selects with a click and with the arrow keys', () => {
    const { onSelect } = mount();
    act(() => rowsInDom()[2]!.click());
    act(() => void root.querySelector('.nh-table-box')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    expect(onSelect.mock.calls.map(([r]) => r.dossier.code)).toEqual([rows[2]!.dossier.code, rows.at(-1)!.dossier.code]);
  });

  it('shows scraped markup as text', () => {
    const hostile = tableRows([stored('<img src=x onerror=alert(1)>', { applicant: '<b>bold</b>' })], NOW, DEFAULT_RULES, 'vi');
    act(() => render(<DossierTable rows={hostile} sort={{ column: 'level', descending: false }} onSort={vi.fn()} selected={null} onSelect={vi.fn()} locale="vi" />, root));
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

function fakeSource(data: Partial<DashboardData> = {}): DashboardSource & { downloads: [string, string][] } {
  const downloads: [string, string][] = [];
  return {
    downloads,
    load: async () => ({
      dossiers: [
        stored('A-1', { applicant: 'Nguyễn Thị Đào', status: 'done', closedAt: '2026-11-12T10:00:00+07:00', dueAt: '2026-11-13T17:00:00+07:00', receivedAt: '2026-11-03T08:00:00+07:00' }),
        stored('B-2', { applicant: 'Lê Văn Bình', status: 'done', closedAt: '2026-11-16T10:00:00+07:00', dueAt: '2026-11-13T17:00:00+07:00', receivedAt: '2026-11-04T08:00:00+07:00' }),
        stored('C-3', { applicant: 'Trần An' }),
      ],
      history: [{ portal: 'igate', code: 'B-2', field: 'status', from: 'processing', to: 'done', at: '2026-11-16T10:00:00+07:00' }],
      letters: [],
      settings: DEFAULT_SETTINGS,
      now: NOW,
      ...data,
    }),
    exportBackup: vi.fn(async () => undefined),
    check: vi.fn(),
    apply: vi.fn(),
    clear: vi.fn(async () => undefined),
    download: (name, content) => void downloads.push([name, content as string]),
  };
}

describe('DashboardApp', () => {
  it('filters the table by free text and counts what is shown', async () => {
    act(() => render(<DashboardApp source={fakeSource()} />, root));
    await flush();
    expect(root.querySelector('[data-testid="row-count"]')!.textContent).toBe('3/3 hồ sơ');
    const search = root.querySelector('input[name="text"]') as HTMLInputElement;
    act(() => {
      search.value = 'binh';
      search.dispatchEvent(new Event('input'));
    });
    expect(root.querySelector('[data-testid="row-count"]')!.textContent).toBe('1/3 hồ sơ');
    expect(rowsInDom().map((r) => r.dataset.code)).toEqual(['B-2']);
  });

  it('shows a row’s status history in its details', async () => {
    act(() => render(<DashboardApp source={fakeSource()} />, root));
    await flush();
    act(() => rowsInDom().find((r) => r.dataset.code === 'B-2')!.click());
    const details = root.querySelector('.nh-details')!;
    expect(details.textContent).toContain('16/11/2026 10:00');
    expect(details.textContent).toContain('processing → done');
  });

  it('exports the filtered table as CSV with a BOM', async () => {
    const source = fakeSource();
    act(() => render(<DashboardApp source={source} />, root));
    await flush();
    act(() => button('Xuất CSV').click());
    const [name, text] = source.downloads[0]!;
    expect(name).toBe('nhac-han-ho-so-2026-11-18.csv');
    expect(text.startsWith(`${CSV_BOM}"Mã hồ sơ";`)).toBe(true);
    expect(text.split('\r\n').length).toBe(5); // header, 3 rows, final line end
  });

  it('exports the same table as an Excel workbook', async () => {
    const source = fakeSource();
    act(() => render(<DashboardApp source={source} />, root));
    await flush();
    act(() => button('Xuất Excel (.xlsx)').click());
    await expect.poll(() => source.downloads.length).toBe(1);
    const [name, blob] = source.downloads[0]! as unknown as [string, Blob];
    expect(name).toBe('nhac-han-ho-so-2026-11-18.xlsx');
    // A zip (the workbook's content is checked in exports.test.ts).
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('shows the month’s on-time rate and exports the statistics', async () => {
    const source = fakeSource();
    act(() => render(<DashboardApp source={source} />, root));
    await flush();
    act(() => (root.querySelector('button[data-tab="stats"]') as HTMLButtonElement).click());
    const tile = (field: string) => root.querySelector(`[data-field="${field}"] dd`)!.textContent;
    expect([tile('resolved'), tile('early'), tile('late'), tile('onTimeRate')]).toEqual(['2', '1', '1', '50 %']);
    expect(root.querySelector('[data-testid="late-list"]')!.textContent).toContain('B-2');
    // B-2, the one late dossier: one red bar in the by-procedure chart and one in the by-handler chart.
    expect([...root.querySelectorAll('svg rect.nh-bar-late > title')].map((t) => t.textContent)).toEqual([
      'Cấp giấy phép xây dựng — Quá hạn: 1',
      'Trần Thị B — Quá hạn: 1',
    ]);
    act(() => button('Xuất CSV').click());
    expect(source.downloads[0]![0]).toBe('nhac-han-thong-ke-2026-11-01-2026-11-30.csv');
    expect(source.downloads[0]![1]).toContain('Tỷ lệ đúng hạn');
  });
});

describe('DataPanel', () => {
  const report: ImportReport = {
    mode: 'merge',
    dossiers: { added: 2, merged: 1 },
    history: { added: 4, skipped: 0 },
    letters: { added: 0, skipped: 0, conflicts: ['Thư số 3/PXL năm 2026 đã dùng cho hồ sơ X'] },
    settings: 'kept',
    settingsErrors: [],
    problems: ['dossiers[7] (mã "X-9"): bỏ qua (dossiers[7].dueAt: "mai" không phải thời điểm ISO 8601)'],
    dropped: 1,
  };

  async function chooseFile(panelCheck: ReturnType<typeof vi.fn>) {
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json')], configurable: true });
    act(() => void input.dispatchEvent(new Event('change')));
    await flush();
    expect(panelCheck).toHaveBeenCalledTimes(1);
  }

  it('writes nothing until the officer confirms, then shows the store’s report', async () => {
    const check = vi.fn(async () => ({ ok: true as const, data: { x: 1 }, summary: { exportedAt: '2026-11-17T16:00:00+07:00', dossiers: 3, history: 4, letters: 1, settings: true, existing: 1, problems: ['dossiers[7] (mã "X-9"): bỏ qua'], dropped: 1 } }));
    const apply = vi.fn(async () => report);
    const onChanged = vi.fn();
    act(() => render(<DataPanel locale="vi" onExport={vi.fn()} check={check} apply={apply} clear={vi.fn()} onChanged={onChanged} />, root));
    await chooseFile(check);
    const confirm = root.querySelector('[data-testid="import-confirm"]')!;
    expect(confirm.textContent).toContain('17/11/2026 16:00: 3 hồ sơ');
    expect(confirm.textContent).toContain('1 hồ sơ trong tệp đã có');
    // The broken row is named before anything is written.
    expect(confirm.querySelector('[data-testid="import-problems"]')!.textContent).toBe('1 dòng hỏng trong tệp được bỏ qua, phần còn lại vẫn được khôi phục:dossiers[7] (mã "X-9"): bỏ qua');
    expect(apply).not.toHaveBeenCalled();
    act(() => (root.querySelector('input[value="replace"]') as HTMLInputElement).click());
    act(() => (root.querySelector('button[data-action="confirm-import"]') as HTMLButtonElement).click());
    await flush();
    expect(apply).toHaveBeenCalledWith({ x: 1 }, 'replace');
    expect(onChanged).toHaveBeenCalled();
    expect(root.querySelector('[data-testid="import-report"]')!.textContent).toContain('2 hồ sơ mới, 1 hồ sơ gộp');
    expect(root.textContent).toContain('Thư số 3/PXL');
    expect(root.querySelector('[data-testid="import-report"] [data-testid="import-problems"] li')!.textContent).toMatch(/^dossiers\[7\] \(mã "X-9"\): bỏ qua \(dossiers\[7\]\.dueAt/);
  });

  it('lists the problems of an invalid file and offers no import', async () => {
    const check = vi.fn(async () => ({ ok: false as const, errors: ['dossiers[0].url: cần http(s)'] }));
    const apply = vi.fn();
    act(() => render(<DataPanel locale="vi" onExport={vi.fn()} check={check} apply={apply} clear={vi.fn()} onChanged={vi.fn()} />, root));
    await chooseFile(check);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('dossiers[0].url');
    expect(root.querySelector('button[data-action="confirm-import"]')).toBeNull();
  });

  it('deletes everything only after the second, explicit confirmation', async () => {
    const clear = vi.fn(async () => undefined);
    act(() => render(<DataPanel locale="vi" onExport={vi.fn()} check={vi.fn()} apply={vi.fn()} clear={clear} onChanged={vi.fn()} />, root));
    act(() => (root.querySelector('button[data-action="clear"]') as HTMLButtonElement).click());
    expect(clear).not.toHaveBeenCalled();
    act(() => button('Hủy').click());
    act(() => (root.querySelector('button[data-action="clear"]') as HTMLButtonElement).click());
    act(() => (root.querySelector('button[data-action="confirm-clear"]') as HTMLButtonElement).click());
    await flush();
    expect(clear).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('Đã xóa toàn bộ dữ liệu.');
  });
});
