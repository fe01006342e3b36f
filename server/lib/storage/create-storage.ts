import type { Readable } from 'node:stream'
import type { Config } from '../../config.ts'
import { localDiskStorage } from './local-disk.ts'
import type { S3Settings } from './s3.ts'
import type { ObjectStorage } from './storage.ts'

/** The storage configured by STORAGE_DRIVER: `DATA_DIR/files` on local disk, or S3. */
export function createStorage(config: Pick<Config, 'storage'>): ObjectStorage {
  const settings = config.storage
  return settings.driver === 's3' ? lazyS3Storage(settings.s3) : localDiskStorage(settings.root)
}

/**
 * S3 storage whose SDK is loaded on first use: loading @aws-sdk/client-s3 and lib-storage costs
 * about 0.2 s, which every `npm start` would otherwise pay even on local disk (issue #9).
 */
function lazyS3Storage(settings: S3Settings): ObjectStorage {
  let loaded: Promise<ObjectStorage> | undefined
  const storage = () => {
    if (!loaded) {
      const loading = import('./s3.ts').then(({ s3Storage }) => s3Storage(settings))
      // A failed load (a broken install) is retried by the next call instead of being cached.
      loading.catch(() => {
        if (loaded === loading) loaded = undefined
      })
      loaded = loading
    }
    return loaded
  }
  return {
    kind: 's3',
    put: async (key: string, body: Readable) => (await storage()).put(key, body),
    get: async (key: string) => (await storage()).get(key),
    delete: async (key: string) => (await storage()).delete(key),
  }
}
