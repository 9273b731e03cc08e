import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { patchOf } from './patch-schema.ts';

describe('patchOf', () => {
  const create = z.object({ name: z.string().min(1), note: z.string().default(''), flag: z.boolean().default(false), tags: z.array(z.string()).default([]) });

  it('leaves out what the PATCH did not name, where .partial() would fill in the defaults', () => {
    expect(create.partial().parse({ name: 'x' })).toEqual({ name: 'x', note: '', flag: false, tags: [] });  // the trap
    expect(patchOf(create).parse({ name: 'x' })).toEqual({ name: 'x' });
  });

  it('still validates the fields that are given', () => {
    expect(patchOf(create).safeParse({ name: '' }).success).toBe(false);
    expect(patchOf(create).parse({ flag: true })).toEqual({ flag: true });
  });
});
