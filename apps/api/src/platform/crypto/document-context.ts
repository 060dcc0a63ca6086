/**
 * The associated context a stored document is sealed under: its table and row id. A download opens a blob
 * only with the context of the row that references it, so a blob swapped into another row (or another
 * person's row) does not decrypt; `keys verify` checks every blob against its row the same way.
 */
export function documentContext(ring: 'p' | 's', rowId: string): string {
  return ring === 's' ? `special/health_documents/${rowId}` : `public/process_documents/${rowId}`;
}
