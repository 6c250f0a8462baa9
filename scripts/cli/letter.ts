/**
 * `letter --dossier <record.json> --reason "<text>" [--new-date YYYY-MM-DD] [--regime auto|nd61|nd118]
 *  [--paper A4|A5] [--profile <unit.json>] [--format text|html|docx] [--out <file>] [--now ISO]`
 * Prints the letter (text/HTML), or writes it to --out and prints a JSON summary. See docs/letters.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_RULES } from '../../utils/calendar';
import { draftLetter } from '../../utils/letters/draft';
import { isRegimeChoice } from '../../utils/letters/regime';
import { renderDocx } from '../../utils/letters/render/docx';
import { renderHtml } from '../../utils/letters/render/html';
import { renderText } from '../../utils/letters/render/text';
import { appointmentOn } from '../../utils/letters/rules';
import type { PaperSize } from '../../utils/letters/types';
import type { DossierRecord } from '../../utils/portals/types';
import { DEFAULT_SETTINGS, type UnitProfile } from '../../utils/settings';
import { migrateProfile, SIGNING_MODES } from '../../utils/settings/profile';
import { parseInstant, toVnIso } from '../../utils/time/vn-time';

/** A realistic sample unit for trying the command; --profile replaces any of its fields. */
export const SAMPLE_PROFILE: UnitProfile = {
  parentBody: 'UBND TỈNH THANH HÓA',
  agency: 'SỞ TƯ PHÁP',
  place: 'Thanh Hóa',
  signing: 'KT',
  collective: '',
  headTitle: 'GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: 'Lê Minh Tuấn',
  numberSuffix: 'PXL',
  recipients: ['Bộ phận Một cửa Sở Tư pháp tại Trung tâm Phục vụ hành chính công tỉnh'],
};

const FORMATS = ['text', 'html', 'docx'] as const;
const isPaperSize = (value: string): value is PaperSize => value === 'A4' || value === 'A5';
type Format = (typeof FORMATS)[number];

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`Không đọc được ${what} "${path}": ${(e as Error).message}`);
  }
}

function readDossier(path: string): DossierRecord {
  const value = readJson(path, 'hồ sơ') as Partial<DossierRecord> | null;
  if (!value || typeof value !== 'object' || typeof value.code !== 'string') {
    throw new Error(`"${path}" không phải một hồ sơ (DossierRecord): thiếu "code"`);
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    code: value.code,
    procedure: text(value.procedure),
    applicant: text(value.applicant),
    receivedAt: text(value.receivedAt),
    dueAt: text(value.dueAt),
    stepDueAt: text(value.stepDueAt),
    status: value.status ?? 'unknown',
    statusText: text(value.statusText),
    handler: text(value.handler),
    url: text(value.url) ?? '',
    portal: text(value.portal) ?? 'generic',
  };
}

function readProfile(path: string | undefined): UnitProfile {
  if (!path) return SAMPLE_PROFILE;
  const value = readJson(path, 'hồ sơ đơn vị') as Record<string, unknown> | null;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`"${path}" phải là một đối tượng JSON`);
  const profile = { ...SAMPLE_PROFILE, ...(migrateProfile(value) as object) } as UnitProfile;
  const strings = ['parentBody', 'agency', 'place', 'collective', 'headTitle', 'signerTitle', 'signerName', 'numberSuffix'] as const;
  const bad: string[] = strings.filter((k) => typeof profile[k] !== 'string');
  if (!SIGNING_MODES.includes(profile.signing)) bad.push('signing');
  if (!Array.isArray(profile.recipients) || !profile.recipients.every((r) => typeof r === 'string')) bad.push('recipients');
  if (bad.length) throw new Error(`Hồ sơ đơn vị "${path}" sai kiểu ở: ${bad.join(', ')}`);
  return profile;
}

export async function run(args: string[]): Promise<unknown> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      dossier: { type: 'string' },
      reason: { type: 'string' },
      'new-date': { type: 'string' },
      regime: { type: 'string', default: 'auto' },
      paper: { type: 'string' },
      profile: { type: 'string' },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      now: { type: 'string' },
    },
  });
  if (!values.dossier) throw new Error('Thiếu --dossier <record.json>');
  if (values.reason === undefined) throw new Error('Thiếu --reason "<lý do>"');
  const regime = values.regime;
  if (!isRegimeChoice(regime)) throw new Error(`--regime phải là auto, nd61 hoặc nd118 (nhận "${regime}")`);
  const paper = values.paper?.toUpperCase();
  if (paper !== undefined && !isPaperSize(paper)) throw new Error(`--paper phải là A4 hoặc A5 (nhận "${values.paper}")`);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format phải là text, html hoặc docx (nhận "${values.format}")`);
  if (format === 'docx' && !values.out) throw new Error('--format docx cần --out <tệp.docx>');
  const now = values.now === undefined ? Date.now() : parseInstant(values.now);
  if (Number.isNaN(now)) throw new Error(`--now không hợp lệ: "${values.now}"`);

  const rules = DEFAULT_RULES;
  const draft = draftLetter({
    dossier: readDossier(values.dossier),
    profile: readProfile(values.profile),
    reason: values.reason,
    issuedAt: toVnIso(now),
    newDueAt: values['new-date'] ? appointmentOn(values['new-date'], rules) : null,
    regime,
    paper,
    rules,
    extraWorkingDays: DEFAULT_SETTINGS.letter.newDateWorkingDays,
  });
  if (draft.problems.length) throw new Error(draft.problems.join('\n'));
  if (draft.late) {
    process.stderr.write(`Cảnh báo: thư được lập sau hạn gửi thư (${draft.letterDueBy}); vẫn được gửi nhưng ghi nhận là trễ.\n`);
  }

  const output =
    format === 'docx' ? await renderDocx(draft.document) : format === 'html' ? renderHtml(draft.document) : renderText(draft.document);
  if (!values.out) return output;
  writeFileSync(values.out, output);
  return {
    out: values.out,
    bytes: typeof output === 'string' ? Buffer.byteLength(output) : output.byteLength,
    regime: draft.regime,
    paper: draft.document.paper,
    newDueAt: draft.newDueAt,
    suggested: draft.suggested,
    late: draft.late,
  };
}
