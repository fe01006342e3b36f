import type { Config } from '../../config.ts'
import { localDiskStorage } from './local-disk.ts'
import { s3Storage } from './s3.ts'
import type { ObjectStorage } from './storage.ts'

/** The storage configured by STORAGE_DRIVER: `DATA_DIR/files` on local disk, or S3. */
export function createStorage(config: Pick<Config, 'storage'>): ObjectStorage {
  const settings = config.storage
  return settings.driver === 's3' ? s3Storage(settings.s3) : localDiskStorage(settings.root)
}
