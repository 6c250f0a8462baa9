import { describe, expect, it } from 'vitest';
import { inferTaught, pathPattern, type TeachClicks } from '../../../utils/portals/taught/infer';
import { recognize } from '../../../utils/portals';
import { parseInstant } from '../../../utils/time/vn-time';
import type { TaughtAdapter } from '../../../utils/portals/taught/types';

const NOW = parseInstant('2026-11-24T10:00:00+07:00');
const URL_ = 'https://motcua.example.gov.vn/mot-cua/danh-sach';
const CODES = ['QN-2611-0001', 'QN-2611-0002', 'QN-2611-0003'];
const DUES = ['27/11/2026', '28/11/2026', '01/12/2026'];

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html;
  return d;
}

const rowsOf = (make: (i: number) => string) => CODES.map((_, i) => make(i)).join('');

interface Shape {
  name: string;
  html: string;
  /** Selectors of the clicked elements in the second row (code, due, optionally applicant). */
  click: Partial<Record<'code' | 'dueAt' | 'applicant', string>>;
  /** Expected locator kind per field. */
  kinds: Partial<Record<'code' | 'dueAt' | 'applicant', 'header' | 'selector'>>;
}

const SHAPES: Shape[] = [
  {
    name: 'table with a thead: fields by header words',
    html: `<table><thead><tr><th>STT</th><th>Số BN</th><th>Người nộp hồ sơ</th><th>Ngày hẹn</th></tr></thead><tbody>${rowsOf(
      (i) => `<tr><td>${i + 1}</td><td><a href="/hs/${i}">${CODES[i]}</a></td><td>Trần Thị ${i}</td><td>${DUES[i]}</td></tr>`,
    )}</tbody></table>`,
    click: { code: 'tbody tr:nth-child(2) a', dueAt: 'tbody tr:nth-child(2) td:nth-child(4)', applicant: 'tbody tr:nth-child(2) td:nth-child(3)' },
    kinds: { code: 'header', dueAt: 'header', applicant: 'header' },
  },
  {
    name: 'table without any header: fields by cell position',
    html: `<table class="tbl-x9f3k2"><tbody>${rowsOf((i) => `<tr><td>${CODES[i]}</td><td>x</td><td>hẹn ${DUES[i]}</td></tr>`)}</tbody></table>`,
    click: { code: 'tr:nth-child(2) td:nth-child(1)', dueAt: 'tr:nth-child(2) td:nth-child(3)' },
    kinds: { code: 'selector', dueAt: 'selector' },
  },
  {
    name: 'ARIA grid of divs with column headers',
    html: `<div role="grid"><div role="row"><div role="columnheader">Mã</div><div role="columnheader">Hẹn</div></div>${rowsOf(
      (i) => `<div role="row"><div role="gridcell">${CODES[i]}</div><div role="gridcell">${DUES[i]} 16:00</div></div>`,
    )}</div>`,
    click: { code: '[role=grid] > div:nth-child(3) > div:nth-child(1)', dueAt: '[role=grid] > div:nth-child(3) > div:nth-child(2)' },
    kinds: { code: 'header', dueAt: 'header' },
  },
  {
    name: 'div cards with data-* fields and hashed classes',
    html: `<section id="ds"><div class="css-1x2y3z">Tin mới 20/11/2026</div>${rowsOf(
      (i) => `<div class="the-hs css-9q8w7e" data-key="k${i}00${i}"><div class="sc-bdVaJa"><span data-f="sbn">${CODES[i]}</span></div><p>Người nộp: <b data-f="nguoi-nop">Lê ${i}</b> · <i data-f="hen-tra">${DUES[i]}</i></p></div>`,
    )}</section>`,
    click: { code: '.the-hs:nth-of-type(2) [data-f=sbn]', dueAt: '.the-hs:nth-of-type(2) [data-f=hen-tra]', applicant: '.the-hs:nth-of-type(2) b' },
    kinds: { code: 'selector', dueAt: 'selector', applicant: 'selector' },
  },
  {
    name: 'div list with semantic classes only',
    html: `<ul class="ds-ho-so">${rowsOf((i) => `<li class="muc"><span class="ma">${CODES[i]}</span><span class="col-md-3 han">Hạn: ${DUES[i]}</span></li>`)}</ul>`,
    click: { code: 'li:nth-child(2) .ma', dueAt: 'li:nth-child(2) .han' },
    kinds: { code: 'selector', dueAt: 'selector' },
  },
  {
    name: 'bare div grid: rows and fields by position',
    html: `<div><div>Danh sách</div><div>${rowsOf((i) => `<div><div><span>${CODES[i]}</span></div><div>${DUES[i]}</div></div>`)}</div></div>`,
    click: { code: 'body > div > div:nth-child(2) > div:nth-child(2) span', dueAt: 'body > div > div:nth-child(2) > div:nth-child(2) > div:nth-child(2)' },
    kinds: { code: 'selector', dueAt: 'selector' },
  },
  {
    name: 'table whose header is a row of plain td in the body',
    html: `<table><tr><td>Số biên nhận</td><td>Hẹn trả kết quả</td></tr>${rowsOf((i) => `<tr><td>${CODES[i]}</td><td>${DUES[i]}</td></tr>`)}</table>`,
    click: { code: 'tr:nth-child(3) td:nth-child(1)', dueAt: 'tr:nth-child(3) td:nth-child(2)' },
    kinds: { code: 'header', dueAt: 'header' },
  },
];

function teach(d: Document, click: Shape['click']) {
  const clicks: TeachClicks = {};
  for (const [field, sel] of Object.entries(click)) {
    const el = d.querySelector(sel);
    if (!el) throw new Error(`fixture: nothing at ${sel}`);
    clicks[field as keyof TeachClicks] = el;
  }
  return inferTaught(d, URL_, clicks, NOW);
}

const kindOf = (loc: object | undefined) => (loc ? ('header' in loc ? 'header' : 'selector') : undefined);

describe('inferTaught', () => {
  it.each(SHAPES)('$name: every row is read, with the right dates', ({ html, click, kinds }) => {
    const d = doc(html);
    const result = teach(d, click);
    if (!result.ok) throw new Error(result.error);
    const { adapter, preview } = result;
    expect(preview.taught?.state).toBe('ok');
    expect(preview.rows.map((r) => r.record.code)).toEqual(CODES);
    expect(preview.rows.map((r) => r.record.dueAt?.slice(0, 10))).toEqual(['2026-11-27', '2026-11-28', '2026-12-01']);
    for (const [field, kind] of Object.entries(kinds)) expect([field, kindOf(adapter.fields[field as 'code'])]).toEqual([field, kind]);
    if (click.applicant) expect(preview.rows[1]!.record.applicant).toMatch(/^(Trần Thị|Lê) 1$/);
    // Never a build hash or layout class in what is stored.
    expect(JSON.stringify(adapter)).not.toMatch(/css-|sc-bd|col-md|x9f3k2/);
    expect(adapter.dateFormat).toBe('dd/MM/yyyy');
  });

  it('reads the same list again after it is re-rendered in a new order and with another row', () => {
    const shape = SHAPES[3]!;
    const result = teach(doc(shape.html), shape.click);
    if (!result.ok) throw new Error(result.error);
    const again = doc(shape.html.replace('QN-2611-0001', 'QN-2611-0009'));
    const rec = recognize(again, URL_, { now: NOW, taught: [result.adapter] });
    expect(rec.rows.map((r) => r.record.code)).toEqual(['QN-2611-0009', 'QN-2611-0002', 'QN-2611-0003']);
  });

  it('finds header columns again when the portal reorders them', () => {
    const shape = SHAPES[0]!;
    const result = teach(doc(shape.html), shape.click);
    if (!result.ok) throw new Error(result.error);
    const reordered = doc(
      `<table><thead><tr><th>Ngày hẹn</th><th>Số BN</th></tr></thead><tbody><tr><td>05/12/2026</td><td>QN-2611-0077</td></tr></tbody></table>`,
    );
    const rec = recognize(reordered, URL_, { now: NOW, taught: [result.adapter] });
    expect(rec.rows.map((r) => [r.record.code, r.record.dueAt])).toEqual([['QN-2611-0077', '2026-12-05T17:00:00+07:00']]);
  });

  it.each([
    ['no appointment date clicked', { code: 'td' }, 'Cần chọn mã hồ sơ và ngày hẹn trả'],
    ['a due cell without a date', { code: 'tr:nth-child(2) td:nth-child(1)', dueAt: 'tr:nth-child(2) td:nth-child(2)' }, 'không có ngày'],
  ])('refuses %s', (_, click, message) => {
    const d = doc(`<table>${rowsOf((i) => `<tr><td>${CODES[i]}</td><td>x</td></tr>`)}</table>`);
    const result = teach(d, click);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });
});

describe('taught reading keeps working or says why', () => {
  const shape = SHAPES[3]!;
  const taught = (): TaughtAdapter => {
    const r = teach(doc(shape.html), shape.click);
    if (!r.ok) throw new Error(r.error);
    return r.adapter;
  };

  it('markup changed (the fields renamed): state "changed", no rows, generic recognizer still tried', () => {
    const changed = doc(shape.html.replaceAll('data-f=', 'data-truong='));
    const rec = recognize(changed, URL_, { now: NOW, taught: [taught()] });
    expect(rec.taught?.state).toBe('changed');
    expect(rec.rows).toEqual([]);
    expect(rec.problems[0]).toContain('không còn khớp');
  });

  it('a taught date cell that no longer parses stops the whole list (no chips with wrong dates)', () => {
    const broken = doc(shape.html.replace('28/11/2026', '2026/28/11'));
    const rec = recognize(broken, URL_, { now: NOW, taught: [taught()] });
    expect(rec.taught).toMatchObject({ state: 'dates', codes: ['QN-2611-0002'] });
    expect(rec.rows).toEqual([]);
    expect(rec.problems[0]).toContain('tạm dừng');
  });

  it('a date in another format than the taught one is not trusted', () => {
    const other = doc(shape.html.replace('28/11/2026', '2026-11-28'));
    expect(recognize(other, URL_, { now: NOW, taught: [taught()] }).taught?.state).toBe('dates');
  });

  it('applies only on its origin and path', () => {
    const d = doc(shape.html);
    expect(recognize(d, 'https://khac.example.gov.vn/mot-cua/danh-sach', { now: NOW, taught: [taught()] }).taught).toBeUndefined();
    expect(recognize(d, `${URL_}?trang=2`, { now: NOW, taught: [taught()] }).taught?.state).toBe('ok');
  });
});

describe('pathPattern', () => {
  it.each([
    ['/mot-cua/danh-sach', '/mot-cua/danh-sach'],
    ['/don-vi/123456/ho-so', '/don-vi/*/ho-so'],
    ['/ds/64b7f0c2a1e4d93b2c1f0a77', '/ds/*'],
    ['/ho-so/trang-2', '/ho-so/trang-2'],
  ])('%s → %s', (path, pattern) => expect(pathPattern(path)).toBe(pattern));
});
