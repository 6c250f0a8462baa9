import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LetterForm, LetterPreview, type LetterFormProps, type LetterFormValue } from '../../../components/letter';
import { composeLetter } from '../../../utils/letters/compose';
import { REASON_PRESETS } from '../../../utils/letters/reasons';
import { DOSSIER, PROFILE } from './fixtures';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const VALUE: LetterFormValue = { presetId: null, reason: '', newDate: '2026-12-04', regime: 'auto', paper: 'auto' };

function mount(props: Partial<LetterFormProps> = {}) {
  const onChange = vi.fn();
  act(() => {
    render(
      <LetterForm
        value={VALUE}
        onChange={onChange}
        locale="vi"
        autoRegime="nd118"
        autoPaper="A4"
        suggestedDate="2026-12-04"
        problems={[]}
        lateSince={null}
        missing={[]}
        {...props}
      />,
      root,
    );
  });
  return onChange;
}

describe('LetterPreview', () => {
  it('shows the printable letter in a frame that cannot run scripts, with scraped text escaped', () => {
    const doc = composeLetter({
      dossier: { ...DOSSIER, applicant: '<script>alert(1)</script>' },
      profile: PROFILE,
      reason: 'Chờ xác minh',
      newDueAt: '2026-12-04T17:00:00+07:00',
      issuedAt: '2026-11-25T09:00:00+07:00',
    });
    act(() => render(<LetterPreview document={doc} label="Xem trước" />, root));
    const frame = root.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame.getAttribute('title')).toBe('Xem trước');
    const html = frame.getAttribute('srcdoc') ?? '';
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('[data-field] { background');
  });
});

describe('LetterForm', () => {
  it('fills the reason from a preset', () => {
    const onChange = mount();
    const select = root.querySelector('select')!;
    const preset = REASON_PRESETS[1]!;
    act(() => {
      select.value = preset.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...VALUE, presetId: preset.id, reason: preset.text });
  });

  it('treats an edited reason as typed', () => {
    const onChange = mount({ value: { ...VALUE, presetId: 'supplement', reason: 'a' } });
    const area = root.querySelector('textarea')!;
    act(() => {
      area.value = 'Chờ ý kiến Sở Tài chính';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...VALUE, presetId: null, reason: 'Chờ ý kiến Sở Tài chính' });
  });

  it('offers the suggested date back when the officer changed it', () => {
    const onChange = mount({ value: { ...VALUE, newDate: '2026-12-10' } });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('04/12/2026'))!;
    act(() => button.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...VALUE, newDate: '2026-12-04' });
  });

  it('switches the form by hand and names what auto would pick', () => {
    const onChange = mount();
    const labels = [...root.querySelectorAll('.nh-radio')].map((l) => l.textContent);
    expect(labels[0]).toContain('NĐ 118/2025');
    const nd61 = root.querySelector<HTMLInputElement>('input[value="nd61"]')!;
    act(() => nd61.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...VALUE, regime: 'nd61' });
  });

  it('shows refusals, the late notice and missing dossier data', () => {
    mount({ problems: ['Hồ sơ đã được hẹn lại một lần.'], lateSince: '26/11/2026 17:00', missing: ['applicant', 'reason'], locale: 'en' });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Hồ sơ đã được hẹn lại một lần.');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('26/11/2026 17:00');
    expect(root.textContent).toContain('Not shown on the portal: applicant.');
  });
});
