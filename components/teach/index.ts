export { TeachBar, type TeachBarProps, type TeachPreview } from './TeachBar';
export { TeachEntry, type TeachEntryProps } from './TeachEntry';
export { TaughtPortals, type TaughtPortalsProps } from './TaughtPortals';
