import { describe, expect, it } from 'vitest';
import { maskNumbers } from './logging.ts';

describe('log masking', () => {
  it('masks BSN-like numbers, passwords and connection-string credentials', () => {
    expect(maskNumbers('/api/v1/residents?q=111222333')).toBe('/api/v1/residents?q=*********');
    expect(maskNumbers('q=11222333&x=1')).toBe('q=*********&x=1');
    expect(maskNumbers('password=hunter2 next')).toBe('password=[verborgen] next');
    expect(maskNumbers('"wachtwoord": "geheim"')).toBe('"wachtwoord": "[verborgen]"');
    expect(maskNumbers('postgres://app:s3cret@db:5432/x')).toBe('postgres://app:[verborgen]@db:5432/x');
    expect(maskNumbers('page=2&pageSize=25')).toBe('page=2&pageSize=25');
  });
});
