export { Chip, Legend, LEVEL_ICON, type ChipAction, type ChipProps } from './Chip';
