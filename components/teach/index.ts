export { TeachBar, type TeachBarProps, type TeachPreview } from './TeachBar';
export { TaughtPortals, type TaughtPortalsProps } from './TaughtPortals';
