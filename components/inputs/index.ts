export { DateInput, TimeInput } from './TypedInput';
export { readDate, readTime, showDate } from './typed';
