import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { DataGrid } from '../../components/DataGrid';
import { Menu, type MenuAction } from '../../components/Menu';
import { countLabel, ListTitle, SearchBox } from '../../components/SearchBox';
import { ErrorBanner } from '../../components/States';
import { ExportButton } from '../export/ExportButton';
import type { ExportRequest } from '../export/exportCsv';
import { StockButtons } from '../stock-dialogs/StockButtons';
import type { InventoryViewState } from './useInventoryView';
import './InventoryList.css';

/** A page of a list channel as `usePagedChannel` gives it. */
export interface PagedRows<T> {
  rows: T[];
  total: number;
  loaded: boolean;
  error: unknown;
  loadMore(): void;
}

interface InventoryListProps<T> {
  title: string;
  /** What a row is called: `['item', 'items']`. */
  noun: [string, string];
  /** The search box's name and what it searches. */
  search: { label: string; placeholder: string };
  state: InventoryViewState;
  list: PagedRows<T>;
  // TanStack's accessor columns differ in their value type; a list of them is typed with `any`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  template: string;
  getRowId(row: T): string;
  onOpen(row: T): void;
  actions: MenuAction[];
  /** More controls before the Actions menu (a status filter). */
  filters?: ReactNode;
  /** What the list says when it is empty: with a search, and without. */
  empty: { searched: ReactNode; none: ReactNode };
  /** Export CSV: the list as shown (the view's filters and search). */
  exportAs: ExportRequest;
}

/**
 * The frame of every Inventory view: title and count, search (`/`), the Actions menu for the selection
 * (or the row the keyboard is on), Receive / Adjust / Change Status (blank: the Actions menu has them
 * filled in for the row), and the virtualised, paged list
 * (Space selects, Enter opens).
 */
export function InventoryList<T>(props: InventoryListProps<T>) {
  const { state, list } = props;
  const [one, many] = props.noun;
  const count = `${countLabel(list.loaded, list.total, one, many, state.searched)}${state.selection.size > 0 ? ` · ${state.selection.size} selected` : ''}`;
  return (
    <div className="screen">
      <section className="screen__main inventory-list">
        <header className="screen__head">
          <ListTitle title={props.title} count={count} />
          <div className="toolbar">
            <SearchBox label={props.search.label} placeholder={props.search.placeholder} value={state.query} onChange={state.setQuery} />
            {props.filters}
            <Menu label="Actions" actions={props.actions} />
            <ExportButton noun={many} request={props.exportAs} />
            <span className="toolbar__sep" aria-hidden="true" />
            <StockButtons />
          </div>
        </header>
        <ErrorBanner error={list.error} />
        <DataGrid
          label={props.title}
          rows={list.rows}
          total={list.total}
          columns={props.columns}
          template={props.template}
          getRowId={props.getRowId}
          activeId={state.activeId}
          onActiveChange={state.setActive}
          onOpen={props.onOpen}
          selection={state.selection}
          onSelectionChange={state.setSelection}
          onNearEnd={list.loadMore}
          loading={!list.loaded}
          empty={state.searched ? props.empty.searched : props.empty.none}
        />
      </section>
    </div>
  );
}
