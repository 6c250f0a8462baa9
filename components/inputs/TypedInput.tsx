import { useEffect, useRef, useState } from 'preact/hooks';
import { readDate, readTime, showDate } from './typed';

interface TypedProps {
  id?: string;
  name: string;
  /** ISO date "yyyy-mm-dd" or "HH:mm"; "" for none. */
  value: string;
  /** Called with a valid value only (or "" when cleared and `optional`). */
  onChange: (value: string) => void;
  optional?: boolean;
  required?: boolean;
  label?: string;
  /** Shown while the text cannot be read, e.g. "Nhập ngày dạng 05/02/2026". */
  invalidHint: string;
}

function Typed({ kind, id, name, value, onChange, optional, required, label, invalidHint }: TypedProps & { kind: 'date' | 'time' }) {
  const shown = kind === 'date' ? showDate(value) : value;
  const [text, setText] = useState(shown);
  const [bad, setBad] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  // A value coming back from the parent while the officer types must not overwrite the typing.
  useEffect(() => {
    if (ref.current && (ref.current.getRootNode() as Document | ShadowRoot).activeElement === ref.current) return;
    setText(shown);
    setBad(false);
  }, [shown]);
  const read = kind === 'date' ? readDate : readTime;
  const commit = (raw: string) => {
    if (raw.trim() === '' && optional) {
      setBad(false);
      onChange('');
      return;
    }
    const v = read(raw);
    setBad(v === null);
    if (v !== null) {
      onChange(v);
      setText(kind === 'date' ? showDate(v) : v);
    }
  };
  return (
    <input
      ref={ref}
      id={id}
      type="text"
      class={`nh-typed nh-typed-${kind}`}
      name={name}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={kind === 'date' ? 'dd/mm/yyyy' : 'hh:mm'}
      size={kind === 'date' ? 10 : 5}
      required={required}
      aria-label={label}
      aria-invalid={bad}
      title={bad ? invalidHint : undefined}
      onInput={(e) => {
        const raw = (e.currentTarget as HTMLInputElement).value;
        setText(raw);
        const v = read(raw);
        if (v !== null) {
          setBad(false);
          onChange(v);
        }
      }}
      onChange={(e) => commit((e.currentTarget as HTMLInputElement).value)}
    />
  );
}

/** A date field that shows and reads dd/MM/yyyy in any browser language. */
export const DateInput = (props: TypedProps) => <Typed kind="date" {...props} />;
/** A 24 h HH:mm field in any browser language. */
export const TimeInput = (props: TypedProps) => <Typed kind="time" {...props} />;
