import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { renderHtml } from '../../utils/letters/render/html';
import type { LetterDocument } from '../../utils/letters/types';

export interface LetterPreviewProps {
  document: LetterDocument;
  /** Accessible name of the frame. */
  label: string;
  /** For the page's "In" button: `frame.contentWindow.print()`. */
  frameRef?: Ref<HTMLIFrameElement>;
  /** The officer may reword the letter in place (read back with `readEditedLetter`). */
  editable?: boolean;
}

/**
 * The letter exactly as it prints: the same escaped HTML as the download, in a sandboxed frame with
 * no scripts, the filled-in values tinted on screen only. Reason, date and form are chosen in
 * LetterForm; wording can be edited in place when `editable` (contenteditable needs no script).
 */
export function LetterPreview({ document, label, frameRef, editable = false }: LetterPreviewProps) {
  const html = useMemo(() => renderHtml(document, { highlightFields: true, editable }), [document, editable]);
  return (
    <iframe
      ref={frameRef}
      class="nh-letter-preview"
      title={label}
      data-paper={document.paper}
      // Same origin so the page can call print(); modals for the print dialog; never scripts.
      sandbox="allow-same-origin allow-modals"
      srcDoc={html}
    />
  );
}
