import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * zod issues as lines that name the key path and what was expected. A stage setting is `false`
 * or an object of options; when an object fails, the object's own issues say why, not the union.
 */
export function issueLines(issues: readonly Issue[], prefix: (string | number)[] = []): string[] {
  return issues.flatMap((i) => {
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (i.code === 'invalid_union') {
      const detailed = i.errors.filter((branch) => !branch.every((b) => b.path.length === 0 && (b.code === 'invalid_type' || b.code === 'invalid_value')));
      if (detailed.length === 1) return issueLines(detailed[0], path);
    }
    const key = path.length ? path.join('.') : '(top level)';
    const extra = i.code === 'unrecognized_keys' ? ` (${i.keys.join(', ')})` : '';
    const message = i.code === 'invalid_union' ? 'expected false (stage off) or an object of options' : i.message;
    return [`  ${key}: ${message}${extra}`];
  });
}
