import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LetterDesk, LetterRegister, type IssuedLetter, type LetterDeskProps, type RegisterEntry } from '../../../components/letter';
import { readEditedLetter } from '../../../components/letter/edits';
import { docxFileName } from '../../../components/letter/outputs';
import { DEFAULT_RULES } from '../../../utils/calendar';
import { composeLetter } from '../../../utils/letters/compose';
import { REGIMES } from '../../../utils/letters/regime';
import { renderHtml } from '../../../utils/letters/render/html';
import { vnEpoch } from '../../../utils/time/vn-time';
import { DOSSIER, PROFILE } from './fixtures';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

/** Wednesday 25/11/2026 09:00: the letter for the 27/11 appointment is due by 26/11 17:00. */
const NOW = vnEpoch(2026, 11, 25, 9, 0);

const ISSUED: IssuedLetter = {
  number: 7,
  numberText: '7/PXL',
  regime: 'nd118',
  reason: 'Chờ ý kiến của Công an tỉnh',
  issuedAt: '2026-11-25T09:00:00+07:00',
  newDueAt: '2026-12-04T17:00:00+07:00',
  late: false,
};

function mount(props: Partial<LetterDeskProps> = {}) {
  const onRecord = vi.fn(async () => ISSUED);
  act(() => {
    render(
      <LetterDesk
        dossier={DOSSIER}
        profile={PROFILE}
        rules={DEFAULT_RULES}
        extraWorkingDays={5}
        locale="vi"
        now={NOW}
        existing={null}
        prior={[]}
        onRecord={onRecord}
        {...props}
      />,
      root,
    );
  });
  return onRecord;
}

const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text);
const frameHtml = () => root.querySelector('iframe')?.getAttribute('srcdoc') ?? '';

function type(selector: string, value: string) {
  const el = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('LetterDesk drafting', () => {
  it('asks for the unit profile once when the letter would print dots in its place', () => {
    mount();
    expect(root.querySelector('[data-testid="profile-missing"]')).toBeNull();
    mount({ profile: { ...PROFILE, agency: ' ', place: '' }, settingsUrl: 'chrome-extension://id/options.html' });
    const notice = root.querySelector('[data-testid="profile-missing"]')!;
    expect(notice.textContent).toContain('Cơ quan ban hành, Địa danh (dòng ngày tháng)');
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('chrome-extension://id/options.html');
    // The userscript has no settings page: the notice stays, without a link.
    mount({ profile: { ...PROFILE, signerName: '' } });
    expect(root.querySelector('[data-testid="profile-missing"] a')).toBeNull();
  });

  it('prefills the suggested working day and records the typed reason, then shows the number and the portal reminder', async () => {
    const onRecord = mount();
    // dd/MM/yyyy in any browser language; no reason chosen for the officer.
    expect(root.querySelector<HTMLInputElement>('input[name="newDate"]')!.value).toBe('04/12/2026');
    expect(root.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!.value).toBe('');
    expect(button('Ghi sổ và đặt ngày hẹn mới')!.disabled).toBe(true);
    type('textarea[name="reason"]', 'Chờ ý kiến của Công an tỉnh');
    expect(frameHtml()).toContain('Chờ ý kiến của Công an tỉnh.');
    await act(async () => button('Ghi sổ và đặt ngày hẹn mới')!.click());
    expect(onRecord).toHaveBeenCalledWith(
      expect.objectContaining({
        regime: 'nd118',
        reason: 'Chờ ý kiến của Công an tỉnh',
        newDueAt: '2026-12-04T17:00:00+07:00',
        issuedAt: '2026-11-25T09:00:00+07:00',
        late: false,
        body: expect.stringContaining('Lý do: Chờ ý kiến của Công an tỉnh.'),
      }),
    );
    expect(root.querySelector('[data-testid="letter-number"]')?.textContent).toBe('Số: 7/PXL');
    expect(frameHtml()).toContain('Số: 7/PXL');
    expect(root.textContent).toContain('Cập nhật ngày hẹn mới trên phần mềm một cửa');
    expect(button('Ghi sổ và đặt ngày hẹn mới')).toBeUndefined();
  });

  it.each([
    ['a Saturday', '2026-12-05', 'ngày nghỉ'],
    ['a day before the appointment', '2026-11-26', 'phải sau ngày hẹn trả ban đầu'],
  ])('refuses %s as the new date and keeps "Ghi sổ" disabled', (_what, date, message) => {
    mount();
    type('textarea[name="reason"]', 'Chờ ý kiến');
    type('input[name="newDate"]', date);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(button('Ghi sổ và đặt ngày hẹn mới')!.disabled).toBe(true);
  });

  it('marks a letter drafted after its due time as late, and records it as late', async () => {
    const onRecord = mount({ now: vnEpoch(2026, 11, 27, 9, 0) });
    type('textarea[name="reason"]', 'Chờ ý kiến');
    expect(root.textContent).toContain('ghi nhận là trễ');
    await act(async () => button('Ghi sổ và đặt ngày hẹn mới')!.click());
    expect(onRecord).toHaveBeenCalledWith(expect.objectContaining({ late: true }));
  });

  it('switches the paper of the draft', () => {
    mount();
    expect(root.querySelector('iframe')!.getAttribute('data-paper')).toBe('A4');
    act(() => root.querySelector<HTMLInputElement>('input[value="A5"]')!.click());
    expect(root.querySelector('iframe')!.getAttribute('data-paper')).toBe('A5');
    expect(frameHtml()).toContain('size: A5');
  });

  it('shows the store refusal as an alert', async () => {
    const onRecord = vi.fn(async () => {
      throw new Error('Hồ sơ đã được hẹn lại một lần');
    });
    mount({ onRecord });
    type('textarea[name="reason"]', 'Chờ ý kiến');
    await act(async () => button('Ghi sổ và đặt ngày hẹn mới')!.click());
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Hồ sơ đã được hẹn lại một lần');
  });
});

describe('LetterDesk with the letter already issued', () => {
  it('shows that letter read-only with its number and refuses a second one with the legal reason', () => {
    mount({ existing: ISSUED, prior: [ISSUED] });
    expect(button('Ghi sổ và đặt ngày hẹn mới')).toBeUndefined();
    expect(root.querySelector('textarea[name="reason"]')).toBeNull();
    const alert = root.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('thư số 7/PXL');
    expect(alert).toContain(REGIMES.nd118.limitRule);
    expect(frameHtml()).toContain('Số: 7/PXL');
    expect(frameHtml()).not.toContain('contenteditable="true"');
    expect(button('In thư')).toBeDefined();
    expect(button('Tải DOCX')).toBeDefined();
    expect(button('Sao chép văn bản')).toBeDefined();
  });

  it('refuses a draft when the date was already moved without a letter in the register', () => {
    mount({ prior: [{ issuedAt: '2026-11-24T10:00:00+07:00', newDueAt: '2026-12-02T17:00:00+07:00' }] });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('chỉ được đề nghị gia hạn một lần');
    expect(button('Ghi sổ và đặt ngày hẹn mới')!.disabled).toBe(true);
  });
});

describe('readEditedLetter', () => {
  it('reads the reworded paragraphs back, keeping bold runs and untouched parts', () => {
    const doc = composeLetter({ dossier: DOSSIER, profile: PROFILE, reason: 'Chờ xác minh', newDueAt: ISSUED.newDueAt, issuedAt: ISSUED.issuedAt });
    const page = new DOMParser().parseFromString(renderHtml(doc, { editable: true }), 'text/html');
    page.querySelector('[data-edit="body:apology"]')!.textContent = 'Chúng tôi thành thật xin lỗi Ông/Bà.';
    page.querySelector('[data-edit="closing"]')!.textContent = 'Trân trọng cảm ơn./.';
    const edited = readEditedLetter(page, doc);
    expect(edited.body.find((p) => p.key === 'apology')!.runs.map((r) => r.text).join('')).toBe('Chúng tôi thành thật xin lỗi Ông/Bà.');
    expect(edited.closing).toBe('Trân trọng cảm ơn./.');
    const reason = edited.body.find((p) => p.key === 'reason')!.runs;
    expect(reason[0]).toEqual({ text: 'Lý do: ', bold: true });
    expect(reason.map((r) => r.text).join('')).toBe('Lý do: Chờ xác minh.');
    expect(edited.header).toEqual(doc.header);
  });

  it('reads a document of another realm (the preview frame), salutation and body included', () => {
    const doc = composeLetter({ dossier: DOSSIER, profile: PROFILE, reason: 'Chờ xác minh', newDueAt: ISSUED.newDueAt, issuedAt: ISSUED.issuedAt });
    const page = new DOMParser().parseFromString(renderHtml(doc, { editable: true }), 'text/html');
    // happy-dom shares its classes between windows: stand in for the frame's realm by giving this
    // one an `Element` that the frame's nodes are not instances of (what Chromium does).
    vi.stubGlobal('Element', class Element {});
    expect(page.body instanceof Element).toBe(false);
    page.querySelector('[data-edit="body:apology"]')!.textContent = 'Chúng tôi thành thật xin lỗi Ông/Bà.';
    const edited = readEditedLetter(page, doc);
    const text = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join('');
    expect(text(edited.salutation)).toBe(`Kính gửi: Ông/Bà ${DOSSIER.applicant}.`);
    expect(edited.body.map((p) => text(p.runs))).toEqual(doc.body.map((p) => (p.key === 'apology' ? 'Chúng tôi thành thật xin lỗi Ông/Bà.' : text(p.runs))));
    expect(edited.body.find((p) => p.key === 'code')!.runs.find((r) => r.field === 'code')!.text).toBe(DOSSIER.code);
    vi.unstubAllGlobals();
  });
});

describe('LetterRegister', () => {
  const entry = (number: number, year: number, late = false): RegisterEntry => ({
    portal: 'igate',
    code: `000.00.53.H48-261120-00${number}`,
    year,
    number,
    numberText: `${number}/PXL`,
    issuedAt: `${year}-11-25T09:00:00+07:00`,
    applicant: `Người nộp ${number}`,
    reason: 'Chờ ý kiến',
    newDueAt: `${year}-12-04T17:00:00+07:00`,
    late,
  });

  it('lists the letters of the year in number order, late ones marked', () => {
    act(() =>
      render(
        <LetterRegister entries={[entry(2, 2026, true), entry(9, 2025), entry(1, 2026)]} year={2026} locale="vi" download={() => {}} letterUrl={(e) => `letter.html?code=${e.code}`} />,
        root,
      ),
    );
    const rows = [...root.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['1/PXL', '25/11/2026', '000.00.53.H48-261120-001', 'Người nộp 1', 'Chờ ý kiến', '04/12/2026 17:00', ''],
      ['2/PXL', '25/11/2026', '000.00.53.H48-261120-002', 'Người nộp 2', 'Chờ ý kiến', '04/12/2026 17:00', 'Có'],
    ]);
    expect(root.querySelector('tbody a')?.getAttribute('href')).toBe('letter.html?code=000.00.53.H48-261120-001');
  });

  it('says when the year has no letter', () => {
    act(() => render(<LetterRegister entries={[entry(9, 2025)]} year={2026} locale="en" download={() => {}} letterUrl={() => '#'} />, root));
    expect(root.textContent).toContain('No letters in 2026 yet.');
  });
});

it('names the DOCX after the dossier code', () => {
  expect(docxFileName('000.00.53.H48-261120-0099')).toBe('thu-xin-loi-000.00.53.H48-261120-0099.docx');
  expect(docxFileName('A/B C')).toBe('thu-xin-loi-A_B_C.docx');
});
