import { useEffect, useRef } from 'preact/hooks';
import { LetterDesk, type LetterDeskProps } from '../letter';
import { PANEL_LABELS } from './labels';

export interface LetterDialogProps extends LetterDeskProps {
  onClose: () => void;
}

/** The extension's letter page (LetterDesk) in a modal dialog over the portal page. */
export function LetterDialog({ onClose, ...desk }: LetterDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const labels = PANEL_LABELS[desk.locale];
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} class="nh-letter-dialog" aria-label={labels.letterDialog(desk.dossier.code)} onClose={onClose}>
      <button type="button" class="nh-dialog-close" onClick={() => ref.current?.close()}>
        {labels.close}
      </button>
      <LetterDesk {...desk} />
    </dialog>
  );
}
