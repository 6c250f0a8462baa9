import './letter.css';

export { LetterForm, type LetterFormProps, type LetterFormValue } from './LetterForm';
export { LetterPreview, type LetterPreviewProps } from './LetterPreview';
