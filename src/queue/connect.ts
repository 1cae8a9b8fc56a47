import { Redis, type RedisOptions } from 'ioredis';
import { QueueUrlError, type QueueAddress } from './redis-url.js';

/** Reaches Redis once before any work, so that a wrong address or a server that is down is exit 2 at once. */
export async function checkRedis(address: QueueAddress): Promise<void> {
  const client = new Redis({ ...(address.options as RedisOptions), lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null, connectTimeout: 5_000, enableOfflineQueue: false });
  client.on('error', () => { /* reported below, once */ });
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    // ioredis messages name the host, never the password
    throw new QueueUrlError(`cannot reach Redis at ${address.shown}: ${(e as Error).message}`);
  } finally {
    client.disconnect();
  }
}
