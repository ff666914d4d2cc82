/** The generated notes of the two versions, saying what they are made of. */

export function trainingNote(baseNumber: number, productionRows: number, recencyWeight: number): string {
  const rows = `${productionRows.toLocaleString('en-US')} labeled production row${productionRows === 1 ? '' : 's'}`;
  return `v${baseNumber} training data + ${rows}${recencyWeight > 1 ? ` (recency ×${recencyWeight})` : ''}`;
}

export function recentNote(modelName: string, heldOutRows: number): string {
  return `recent window: ${heldOutRows.toLocaleString('en-US')} held-out labeled production rows of ${modelName} (validation + test, never trained on)`;
}
