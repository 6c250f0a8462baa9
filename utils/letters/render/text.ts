/** Plain text of a letter, for the portal's own text boxes, e-mail or SMS. */
import type { LetterDocument, Run } from '../types';

const joinRuns = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

export function renderText(doc: LetterDocument): string {
  const { header, motto, signer, recipients } = doc;
  return [
    header.parentBody,
    header.agency,
    header.number,
    '',
    motto.country,
    motto.motto,
    doc.placeDate,
    '',
    doc.title,
    '',
    joinRuns(doc.salutation),
    '',
    ...doc.body.map((p) => joinRuns(p.runs)),
    '',
    doc.closing,
    '',
    recipients.heading,
    ...recipients.items.map((item) => `- ${item}`),
    '',
    ...signer.lines,
    '',
    signer.name,
    '',
  ].join('\n');
}
