import type { RedisOptions } from 'bullmq';

/** A `--queue` address that cannot be used: exit 2 with this message (the password never in it). */
export class QueueUrlError extends Error {}

export interface QueueAddress {
  options: RedisOptions;
  /** The address as it may be printed: the password replaced. */
  shown: string;
}

/**
 * `redis://[:password@]host[:port][/db]` (or `rediss://` for TLS) as ioredis options. The
 * password is kept out of every message: `shown` is what logs and errors may say.
 */
export function parseQueueUrl(url: string): QueueAddress {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QueueUrlError(`--queue: not a Redis address (expected redis://HOST:PORT): ${JSON.stringify(url.replace(/:[^:@/]*@/, ':***@'))}`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new QueueUrlError(`--queue: the address must start with redis:// or rediss://, got ${u.protocol}//`);
  }
  if (!u.hostname) throw new QueueUrlError('--queue: the address has no host');
  const port = u.port ? Number(u.port) : 6379;
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new QueueUrlError(`--queue: the database must be a whole number, got ${JSON.stringify(u.pathname.slice(1))}`);
  const shown = `${u.protocol}//${u.username || u.password ? `${u.username ? decodeURIComponent(u.username) : ''}:***@` : ''}${u.hostname}:${port}${db ? `/${db}` : ''}`;
  return {
    shown,
    options: {
      host: u.hostname,
      port,
      db,
      ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
      ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
      ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
      // BullMQ's workers block on Redis: they must wait for it rather than give up a command
      maxRetriesPerRequest: null,
    },
  };
}
