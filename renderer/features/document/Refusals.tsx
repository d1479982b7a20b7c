/** A line's refusal, in the engine's words, in a row of its own under the line it names. */
export function LineRefusalRow({ id, colSpan, message }: { id: string; colSpan: number; message: string }) {
  return (
    <tr className="doc-refusal">
      <td colSpan={colSpan}>
        <p id={id} role="alert">
          {message}
        </p>
      </td>
    </tr>
  );
}

/** Beside the form's buttons: a refusal that names no line, or else what the buttons do. */
export function FormRefusalOrHint({ refusal, hint }: { refusal?: string; hint: string }) {
  return refusal ? (
    <p className="form-error" role="alert">
      {refusal}
    </p>
  ) : (
    <p className="muted doc-actions__hint">{hint}</p>
  );
}
