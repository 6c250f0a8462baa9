import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/inspect';
import { FIXTURES_DIR } from '../../../scripts/regen-fixtures';

const URL_PAGE = 'https://motcua-hagiang.vnptigate.vn/vi/dossier/processing?page=0&size=20';
const dir = mkdtempSync(join(tmpdir(), 'nhac-han-inspect-'));
const saved = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('cli inspect <response.json>', () => {
  it('reads a saved /pa/dossier/search response with the fields real readers use, and says what it skipped', async () => {
    const out = (await run([join(FIXTURES_DIR, 'igate/search-slice.response.json'), '--url', URL_PAGE])) as {
      portal: string;
      coverage: { page: number; pageCount: number; complete: boolean };
      dossiers: Array<Record<string, unknown>>;
      problems: string[];
    };
    expect(out.portal).toBe('igate');
    expect(out.dossiers.map((d) => [d.code, d.applicant, d.statusText, d.handler])).toEqual([
      ['000.00.53.H48-261118-0102', 'Phan Thị Ngọc', 'Đang xử lý', 'Lò Văn Sơn'],
      ['000.00.53.H48-261119-0117', 'Đinh Công Tráng', 'Yêu cầu bổ sung', 'Một cửa trả kết quả'],
      ['000.00.53.H48-261105-0044', 'Vũ Minh Châu', 'Đã có kết quả', null],
    ]);
    expect(out.dossiers[1]).toMatchObject({ procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', dueAt: '2026-11-27T17:00:00+07:00', dateOnly: ['dueAt'], status: 'supplement' });
    expect(out.problems).toEqual(['Mục 4: không có mã hồ sơ, bỏ qua', 'Mục 5: không có mã hồ sơ, bỏ qua']);
    // spec=slice, page 0 and `last`: the whole list.
    expect(out.coverage).toMatchObject({ page: 1, pageCount: 1, complete: true });
  });

  it('claims nothing about the rest of the list for a later page of a slice', async () => {
    const path = saved('p2.json', JSON.stringify({ content: [{ code: '000.00.53.H48-261118-0102' }], last: false }));
    const out = (await run([path, '--url', URL_PAGE.replace('page=0', 'page=2')])) as { coverage: { page: number; complete: boolean } };
    expect(out.coverage).toMatchObject({ page: 3, complete: false });
  });

  it.each([
    ['not JSON', '{content: [', /không phải JSON hợp lệ/],
    ['another API', '{"data": []}', /thiếu mảng "content"/],
  ])('refuses %s with a clear message', async (_name, text, message) => {
    await expect(run([saved(`${_name.replace(/ /g, '-')}.json`, text), '--url', URL_PAGE])).rejects.toThrow(message);
  });
});
