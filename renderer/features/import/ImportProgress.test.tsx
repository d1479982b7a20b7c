import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { ImportProgress } from './ImportProgress';
import type { ImportStage } from './useImportFile';

const importing: ImportStage = {
  step: 'importing',
  file: { name: 'items.csv', size: 6, text: 'sku\nA' },
  preview: { kind: 'items', fileName: 'items.csv', header: ['sku'], rows: [], totalRows: 150_000, issues: [], issueCount: 0, plan: '150,000 items to create' },
};

describe('the Import screen’s bar while main imports', () => {
  it('waits without a measure until main says how far it has got, then fills by the rows done', () => {
    const api = fakeApi({});
    renderWindow(<ImportProgress stage={importing} />, api);
    expect(screen.getByRole('status')).toHaveTextContent('Importing 150,000 rows, all or nothing…');
    expect(screen.getByLabelText('Import progress')).not.toHaveAttribute('value');

    act(() => api.emit('work:progress', { channel: 'import:run', what: 'rows', done: 30_000, total: 150_000 }));
    expect(screen.getByRole('status')).toHaveTextContent('Importing 30,000 of 150,000 rows, all or nothing…');
    expect(screen.getByLabelText('Import progress')).toHaveAttribute('value', '0.2');

    // Another command's progress is not the import's.
    act(() => api.emit('work:progress', { channel: 'fulfillment:run', what: 'orders', done: 5, total: 10 }));
    expect(screen.getByRole('status')).toHaveTextContent('Importing 30,000 of 150,000 rows');
  });
});
