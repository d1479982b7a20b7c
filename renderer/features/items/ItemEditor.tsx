import { useEffect, useRef, type FormEvent } from 'react';
import { CheckField, TextField } from '../../components/Field';
import { useAppStore } from '../../store';

/** The side panel in which a clerk creates or edits one item. Nothing is stored until Save. */
export function ItemEditor() {
  const editor = useAppStore((s) => s.itemEditor);
  const editDraft = useAppStore((s) => s.editDraft);
  const saveItem = useAppStore((s) => s.saveItem);
  const close = useAppStore((s) => s.closeItemEditor);
  const firstField = useRef<HTMLInputElement>(null);
  const target = editor?.target;

  useEffect(() => {
    if (target !== undefined) firstField.current?.focus();
  }, [target]);

  if (!editor) return null;
  const { draft, fieldErrors, formError, saving } = editor;
  const isNew = editor.target === 'new';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void saveItem();
  }

  return (
    <aside className="side-panel" aria-label={isNew ? 'New item' : `Edit ${draft.sku}`} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <form onSubmit={onSubmit} noValidate>
        <header className="side-panel__head">
          <h2>{isNew ? 'New item' : 'Edit item'}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            ×
          </button>
        </header>
        <div className="side-panel__body">
          {formError ? (
            <p className="form-error" role="alert">
              {formError}
            </p>
          ) : null}
          <TextField
            ref={firstField}
            label="SKU"
            value={draft.sku}
            autoComplete="off"
            spellCheck={false}
            hint="Unique, ignoring case. No spaces."
            error={fieldErrors.sku}
            onChange={(e) => editDraft({ sku: e.target.value })}
          />
          <TextField
            label="Description"
            value={draft.description}
            error={fieldErrors.description}
            onChange={(e) => editDraft({ description: e.target.value })}
          />
          <TextField
            label="Unit"
            value={draft.unit}
            autoComplete="off"
            hint="ea, box, kg, m, pk/10 …"
            error={fieldErrors.unit}
            onChange={(e) => editDraft({ unit: e.target.value })}
          />
          <CheckField
            label="Allow backorder"
            hint="A shortfall goes onto a backorder instead of staying unallocated."
            checked={draft.allowBackorder}
            error={fieldErrors.allowBackorder}
            onChange={(allowBackorder) => editDraft({ allowBackorder })}
          />
          <CheckField
            label="Active"
            hint="Inactive items cannot be ordered and are hidden unless asked for."
            checked={draft.active}
            error={fieldErrors.active}
            onChange={(active) => editDraft({ active })}
          />
        </div>
        <footer className="side-panel__foot">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : isNew ? 'Create item' : 'Save changes'}
          </button>
        </footer>
      </form>
    </aside>
  );
}
