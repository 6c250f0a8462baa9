export { Panel, type PanelProps } from './Panel';
export { LetterDialog, type LetterDialogProps } from './LetterDialog';
export { PANEL_LABELS } from './labels';
