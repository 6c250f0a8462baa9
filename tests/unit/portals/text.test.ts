import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { expectsNoDossiers } from '../../../scripts/fixture-accuracy';
import { listFixtures, type Fixture } from '../../../scripts/regen-fixtures';
import { recognize, toInspectJson } from '../../../utils/portals/index';
import { cleanText, elementText, foldText } from '../../../utils/portals/parse/text';

/**
 * What portals put inside list cells besides the text an officer sees (issue 12 §4): inline
 * scripts of their front-end frameworks, styles, templates, noscript notices, hidden inputs. Each
 * carries a dossier code, a date and header words, so a leak shows up in every field.
 */
const INVISIBLE: Array<[string, string]> = [
  ['script', '<script>var hoSo = "000.00.99.H99-991231-9999", hen = "31/12/2099 08:00"; /* Mã hồ sơ Ngày hẹn trả */</script>'],
  ['JSON script', '<script type="application/json">{"maHoSo":"000.00.99.H99-991231-9999","ngayHen":"31/12/2099"}</script>'],
  ['style', '<style>.tre::after { content: "Quá hạn 31/12/2099 Ngày hẹn trả"; }</style>'],
  ['template', '<template><div>000.00.98.H98-981231-9898</div><p>Hạn xử lý 01/02/2099</p></template>'],
  ['noscript', '<noscript><p>Bật JavaScript để xem hồ sơ 000.00.97.H97-971231-9797 hạn 02/03/2099</p></noscript>'],
  ['hidden input', '<input type="hidden" name="maHoSo" value="000.00.96.H96-961231-9696 03/04/2099">'],
];

const parse = (html: string) => new DOMParser().parseFromString(`<table><tr><td id="c">${html}</td></tr></table>`, 'text/html');

describe('elementText skips what a cell holds but does not show', () => {
  it.each(INVISIBLE)('a %s inside the cell', (_name, invisible) => {
    const cell = parse(`Nguyễn Văn An${invisible}<br>Thanh Hóa`).getElementById('c')!;
    expect(elementText(cell)).toBe('Nguyễn Văn An\nThanh Hóa');
  });

  it.each(INVISIBLE)('a %s nested in an inline element', (_name, invisible) => {
    const cell = parse(`<span><b>000.00.53.H48-261120-0099</b>${invisible}</span>`).getElementById('c')!;
    expect(elementText(cell)).toBe('000.00.53.H48-261120-0099');
  });

  it('keeps a visible input’s neighbours and the text of the other elements', () => {
    const cell = parse('<label><input type="checkbox" value="x"> Chờ bổ sung</label><div>Quá hạn</div>').getElementById('c')!;
    expect(elementText(cell)).toBe('Chờ bổ sung\nQuá hạn');
  });

  it('a noscript that a scripting browser parsed as raw text is skipped as well', () => {
    const doc = parse('Đang xử lý');
    const noscript = doc.createElement('noscript');
    noscript.append(doc.createTextNode('<p>Bật JavaScript 000.00.97.H97-971231-9797</p>'));
    doc.getElementById('c')!.append(noscript);
    expect(elementText(doc.getElementById('c')!)).toBe('Đang xử lý');
  });
});

describe('elementText line breaks', () => {
  const BLOCKS = ['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
    'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'ul'];

  it.each(BLOCKS)('a <%s> is a line of its own', (tag) => {
    const cell = parse(`Hẹn trả<${tag}>27/11/2026</${tag}>Đang xử lý`).getElementById('c')!;
    expect(elementText(cell)).toBe('Hẹn trả\n27/11/2026\nĐang xử lý');
  });

  it('an <hr> and a nested table split lines too; comments and inline elements do not', () => {
    const cell = parse('Nguyễn<!-- ghi chú --> Văn <b>An</b><hr>Thanh Hóa<table><tr><th>Mã</th><td>HS-1</td></tr></table>').getElementById('c')!;
    expect(elementText(cell)).toBe('Nguyễn Văn An\nThanh Hóa\nMã\nHS-1');
  });

  it('reads a cell of text alone (no element inside) as the walk would: comments out, lines and spaces cleaned', () => {
    const alone = parse('  Nguyễn<!-- <b>ghi chú</b> -->\u00a0Văn\u200b  An \n\n  Thanh\u00adHóa  ').getElementById('c')!;
    expect(alone.firstElementChild).toBeNull();
    expect(elementText(alone)).toBe('Nguyễn Văn An\nThanhHóa');
    // The same text with an element inside takes the walk and gives the same lines.
    const walked = parse('  Nguyễn<!-- <b>ghi chú</b> -->\u00a0Văn\u200b  <span>An</span> \n\n  Thanh\u00adHóa  ').getElementById('c')!;
    expect(elementText(walked)).toBe(elementText(alone));
    expect(elementText(parse('').getElementById('c')!)).toBe('');
  });
});

describe('cleanText and foldText', () => {
  it.each([
    ['  Ngày  HẸN trả: ', 'Ngày HẸN trả:', 'ngay hen tra:'],
    ['Hẹn\u00adtrả\u200b \u00a0ngày', 'Hẹntrả ngày', 'hentra ngay'],
    ['Đ\u202eơn\u202c vị', 'Đơn vị', 'don vi'],
    ['Nguyễn'.normalize('NFD'), 'Nguyễn', 'nguyen'],
  ])('%j → %j, folded %j', (text, clean, folded) => {
    expect(cleanText(text)).toBe(clean);
    expect(foldText(text)).toBe(folded);
  });
});

describe('recognize() on a list whose rows hold scripts', () => {
  it('reads the dossiers and does not count a row holding only a script as unreadable', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<table><thead><tr><th>Mã hồ sơ${INVISIBLE[0]![1]}</th><th>Người nộp</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      ${row([`000.00.53.H48-261120-0099${INVISIBLE[0]![1]}`, `Nguyễn Văn An${INVISIBLE[4]![1]}`, `27/11/2026${INVISIBLE[2]![1]}`])}
      ${row([INVISIBLE[0]![1], INVISIBLE[1]![1], ''])}
      ${row(['G22.99.08-261121-896048', `Trần Thị Bình${INVISIBLE[5]![1]}`, `${INVISIBLE[3]![1]}28/11/2026 10:00`])}
    </tbody></table>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const rec = recognize(doc, 'https://dichvucong.hanoi.gov.vn/ho-so', { now: Date.parse('2026-11-25T02:00:00Z') });
    expect(rec.rows.map((r) => [r.record.code, r.record.applicant, r.record.dueAt])).toEqual([
      ['000.00.53.H48-261120-0099', 'Nguyễn Văn An', '2026-11-27T17:00:00+07:00'],
      ['G22.99.08-261121-896048', 'Trần Thị Bình', '2026-11-28T10:00:00+07:00'],
    ]);
    expect(rec.problems).toEqual([]);
  });
});

/** Every cell and header cell of a fixture gets all the invisible content before its text. */
function withInvisibleContent(doc: Document): number {
  const cells = doc.querySelectorAll('td, th, [role="cell"], [role="gridcell"], [role="columnheader"], mat-cell, mat-header-cell');
  const junk = INVISIBLE.map(([, html]) => html).join('');
  for (const cell of cells) {
    cell.insertAdjacentHTML('afterbegin', junk);
  }
  return cells.length;
}

function recognized(f: Fixture, edit?: (doc: Document) => number) {
  const window = new Window({ url: f.url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    const doc = new window.DOMParser().parseFromString(f.html, 'text/html') as unknown as Document;
    if (edit) expect(edit(doc)).toBeGreaterThan(0);
    return toInspectJson(recognize(doc, f.url, { now: f.now }));
  } finally {
    void window.happyDOM.close();
  }
}

describe('recognize() on fixture pages with scripts, styles and hidden content in every cell', () => {
  // Pages with dossiers (a saved iGate response has no cells to fill).
  const lists = listFixtures().filter((f) => !f.response && !expectsNoDossiers(f));

  it.each(lists.map((f) => [f.name, f] as const))('%s reads the same dossiers as without them', (_name, f) => {
    const plain = recognized(f);
    expect(plain.dossiers.length).toBeGreaterThan(0);
    expect(recognized(f, withInvisibleContent)).toEqual(plain);
  });
});
