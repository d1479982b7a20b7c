import { useId, type ComponentProps, type ReactNode } from 'react';

interface FieldProps extends Omit<ComponentProps<'input'>, 'id'> {
  label: string;
  hint?: ReactNode;
  /** The refusal for this field, shown beneath it in main's words. */
  error?: string;
}

/** A labelled text input with its hint and, when refused, its error right beneath it. */
export function TextField({ label, hint, error, ...input }: FieldProps) {
  const id = useId();
  const note = `${id}-note`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" aria-invalid={!!error} aria-describedby={error || hint ? note : undefined} {...input} />
      {error ? (
        <p id={note} className="field__error" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={note} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface CheckFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string;
}

export function CheckField({ label, hint, checked, onChange, error }: CheckFieldProps) {
  const id = useId();
  return (
    <div className={`field field--check${error ? ' field--error' : ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-invalid={!!error} />
      <label htmlFor={id}>
        {label}
        {hint ? <span className="field__hint">{hint}</span> : null}
      </label>
      {error ? <p className="field__error" role="alert">{error}</p> : null}
    </div>
  );
}

interface SelectFieldProps extends Omit<ComponentProps<'select'>, 'id'> {
  label: string;
  options: readonly { value: string; label: string }[] | readonly string[];
  error?: string;
}

/** A labelled select with its refusal beneath it. */
export function SelectField({ label, options, error, ...select }: SelectFieldProps) {
  const id = useId();
  const note = `${id}-note`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" aria-invalid={!!error} aria-describedby={error ? note : undefined} {...select}>
        {options.map((o) => {
          const { value, label: text } = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </select>
      {error ? (
        <p id={note} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
