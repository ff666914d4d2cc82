/**
 * The step a key moves to in the horizontal step list (WAI-ARIA tabs pattern): Left/Right wrap
 * around, Home and End jump to the ends. Null for keys the stepper does not handle.
 */
export function nextStepIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
