import { buildExport, type ExportFilters, type ExportKind } from '../export/kinds';
import type { Table } from '../export/table';
import type { Deps } from './deps';

/** The rows of one export kind, from one read of the store. */
export async function exportTable(deps: Deps, kind: ExportKind, filters: ExportFilters): Promise<Table<unknown>> {
  return buildExport(await deps.store.read(), kind, filters);
}
