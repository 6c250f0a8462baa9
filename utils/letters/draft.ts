/**
 * The one-click draft: prefilled letter, suggested new date and the legal checks together, so the
 * letter page and the CLI behave the same. Pure: the caller passes settings and the letter history.
 */
import type { WorkRules } from '../calendar';
import { letterDueBy, suggestNewDueDate } from '../deadline';
import type { DossierRecord } from '../portals/types';
import type { UnitProfile } from '../settings';
import { parseInstant } from '../time/vn-time';
import { composeLetter } from './compose';
import { REGIMES, type RegimeChoice } from './regime';
import { checkOnceOnly, isLateLetter, newDueDateProblems, reasonProblems, type PriorLetter } from './rules';
import type { LetterDocument, PaperSize, RegimeId } from './types';

export interface DraftInput {
  dossier: DossierRecord;
  profile: UnitProfile;
  reason: string;
  issuedAt: string;
  /** The officer's date; without it the deadline engine suggests one. */
  newDueAt?: string | null;
  regime?: RegimeChoice;
  /** Defaults to the regime's form paper. */
  paper?: PaperSize;
  number?: number | null;
  /** Letters already issued for this dossier. */
  prior?: readonly PriorLetter[];
  rules: Partial<WorkRules>;
  /** Setting: how many working days after the original appointment to suggest. */
  extraWorkingDays: number;
}

export interface LetterDraft {
  document: LetterDocument;
  regime: RegimeId;
  newDueAt: string | null;
  /** The new date came from the deadline engine, not the officer. */
  suggested: boolean;
  /** When the letter was due (one working day before the appointment). */
  letterDueBy: string | null;
  /** Issued after `letterDueBy`: allowed, but recorded as late. */
  late: boolean;
  /** Reasons the letter must not be issued as it stands (empty when it may). */
  problems: string[];
}

export function draftLetter(input: DraftInput): LetterDraft {
  const { dossier, rules } = input;
  const originalDueAt = dossier.dueAt;
  const issuedMs = parseInstant(input.issuedAt);
  if (Number.isNaN(issuedMs)) throw new RangeError(`Ngày ký thư không hợp lệ: "${input.issuedAt}"`);
  const suggested = !input.newDueAt && originalDueAt !== null;
  const newDueAt =
    input.newDueAt || (originalDueAt ? suggestNewDueDate(originalDueAt, issuedMs, input.extraWorkingDays, rules) : null);
  const document = composeLetter({ ...input, newDueAt });
  const regime = REGIMES[document.regime];
  const once = checkOnceOnly(dossier.code, input.prior ?? [], regime);
  const problems = [
    ...(once.ok ? [] : [once.message]),
    ...reasonProblems(input.reason),
    ...(newDueAt
      ? newDueDateProblems({ newDueAt, originalDueAt, issuedAt: input.issuedAt }, rules)
      : ['Hồ sơ chưa có ngày hẹn trả ban đầu: cần nhập ngày hẹn trả mới.']),
  ];
  return {
    document,
    regime: regime.id,
    newDueAt,
    suggested,
    letterDueBy: originalDueAt ? letterDueBy(originalDueAt, rules) : null,
    late: originalDueAt ? isLateLetter(input.issuedAt, originalDueAt, rules) : false,
    problems,
  };
}
