import type { z } from 'zod';

/** "field.path: message; other: message" — names the field so the caller knows what to fix. */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`)
    .join('; ');
}
