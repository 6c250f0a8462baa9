import './letter.css';

export { LetterForm, type LetterFormProps, type LetterFormValue } from './LetterForm';
export { LetterPreview, type LetterPreviewProps } from './LetterPreview';
export { LetterDesk, type LetterDeskProps, type IssuedLetter, type LetterRecordInput } from './LetterDesk';
export { LetterRegister, type LetterRegisterProps, type RegisterEntry } from './LetterRegister';
