/**
 * A vendor's batch: one table of collectivités, one dossier each from the vendor's model, and a
 * summary of which are ready and what each still misses. Pure: reading the file, generating the
 * documents and writing them are the vendor-batch feature's and the command line's.
 */
export { BATCH_COLUMNS, BATCH_ROLES, headerKey, type BatchColumn, type ColumnKind } from './columns';
export { TRANCHES_EXAMPLE, cellValue, parseTranches } from './cell-values';
export { columnLetter, matchHeaders, rowCells, type HeaderMatch, type RowCells, type Table, type TableRow } from './table';
export {
  applyRow,
  batchTitle,
  duplicateProblem,
  parseRow,
  rowToDossier,
  rowValueProblems,
  type ParsedRow,
  type RowOptions,
  type RowProblem,
  type RowResult,
} from './row';
export {
  STATE_LABELS,
  problemText,
  refusedRows,
  summaryCounts,
  summaryEntry,
  type BatchEntry,
  type BatchFileName,
  type BatchSummary,
  type MissingItem,
  type RefusedRow,
} from './summary';
export { batchZipName } from './zip-name';
