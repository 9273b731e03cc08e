import { z } from 'zod';

/**
 * The PATCH form of a create schema: every field optional and WITHOUT its default. zod's own `.partial()` keeps
 * `.default()`, so a PATCH naming one field would silently reset every defaulted field it did not name.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): ReturnType<z.ZodObject<T>['partial']> {
  const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    return [key, bare.optional()];
  }));
  return z.object(shape) as unknown as ReturnType<z.ZodObject<T>['partial']>;
}
