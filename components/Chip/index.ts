export { Chip, type ChipAction, type ChipProps } from './Chip';
