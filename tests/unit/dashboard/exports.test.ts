import { describe, expect, it } from 'vitest';
import { statsCsv, tableCsv } from '../../../components/dashboard/exports';
import { tableRows } from '../../../components/dashboard/table-model';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { CSV_BOM } from '../../../utils/csv';
import { computeStatistics } from '../../../utils/stats';
import { NOW, stored } from './fixtures';

const DOSSIERS = [
  stored('A-1', { procedure: '=HYPERLINK("http://evil")', status: 'done', closedAt: '2026-11-16T10:00:00+07:00', dueAt: '2026-11-13T17:00:00+07:00' }),
  stored('B-2', { applicant: 'Lê, Văn "Bình"', status: 'done', closedAt: '2026-11-12T10:00:00+07:00', dueAt: '2026-11-13T17:00:00+07:00', handler: null }),
];

describe('tableCsv', () => {
  it('writes one line per row with Vietnamese headers, dd/MM/yyyy HH:mm times and escaped text', () => {
    const lines = tableCsv(tableRows(DOSSIERS, NOW, DEFAULT_RULES, 'vi'), 'vi').split('\r\n');
    expect(lines[0]).toMatch(new RegExp(`^${CSV_BOM}Mã hồ sơ,Mức độ,Người nộp,Thủ tục,`));
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[1]).toContain(',13/11/2026 17:00,');
    expect(lines[2]).toContain('"Lê, Văn ""Bình"""');
  });

  it('writes a date the portal showed without a time as dd/MM/yyyy alone', () => {
    const dateOnly = stored('C-3', { receivedAt: '2026-09-04T17:00:00+07:00', dueAt: '2026-11-13T17:00:00+07:00', dateOnly: ['receivedAt'] });
    const [, line] = tableCsv(tableRows([dateOnly], NOW, DEFAULT_RULES, 'vi'), 'vi').split('\r\n');
    expect(line).toContain(',04/09/2026,13/11/2026 17:00,');
    expect(line).not.toContain('04/09/2026 17:00');
  });

  it('uses the officer’s language for headers', () => {
    expect(tableCsv([], 'en')).toMatch(/^\uFEFFDossier code,Urgency,Applicant/);
  });
});

describe('statsCsv', () => {
  it('writes the totals, the two breakdowns and the late list as titled blocks', () => {
    const stats = computeStatistics(DOSSIERS, [], { from: '2026-11-01', to: '2026-11-30' }, NOW);
    const blocks = statsCsv(stats, 'vi').slice(1).split('\r\n\r\n');
    expect(blocks.map((b) => b.split('\r\n')[0])).toEqual([
      'Thống kê từ 01/11/2026 đến 30/11/2026',
      'Theo thủ tục',
      'Theo cán bộ xử lý',
      'Hồ sơ quá hạn và lý do',
    ]);
    // received, resolved, early, on time, late, rate …
    expect(blocks[0]!.split('\r\n')[2]).toMatch(/^2,2,1,0,1,50,/);
    expect(blocks[2]).toContain('(không rõ)');
    expect(blocks[3]).toContain('Chưa có lý do (chưa có thư xin lỗi)');
  });
});
