import { useId, type ComponentProps } from 'react';
import { TextField } from '../../components/Field';
import { useChannel } from '../../data/hooks';
import { SETTLE_MS, useSettled } from './form';

type FieldProps = Omit<ComponentProps<typeof TextField>, 'list' | 'value' | 'onChange'> & { value: string; onChange(value: string): void };

const MAX_OPTIONS = 8;

/**
 * The SKU field of the stock dialogs: a text field whose completion (the browser's own list under
 * the field, arrow keys and Enter) offers active items whose sku or description holds what was typed.
 */
export function SkuField({ value, onChange, ...field }: FieldProps) {
  const listId = useId();
  const query = useSettled(value.trim(), SETTLE_MS);
  const items = useChannel('items:list', { query, limit: MAX_OPTIONS }, { enabled: query !== '' });
  return (
    <>
      <TextField {...field} value={value} onChange={(e) => onChange(e.target.value)} list={listId} autoComplete="off" spellCheck={false} />
      <datalist id={listId}>
        {query !== '' &&
          items.data?.rows.map((item) => (
            <option key={item.id} value={item.sku}>
              {item.description}
            </option>
          ))}
      </datalist>
    </>
  );
}

/** The Bin field: completion over the bins there are, in pick sequence. */
export function BinField({ value, onChange, ...field }: FieldProps) {
  const listId = useId();
  const bins = useChannel('bins:list', {});
  return (
    <>
      <TextField {...field} value={value} onChange={(e) => onChange(e.target.value)} list={listId} autoComplete="off" spellCheck={false} />
      <datalist id={listId}>
        {bins.data?.map((bin) => (
          <option key={bin.id} value={bin.code} />
        ))}
      </datalist>
    </>
  );
}
