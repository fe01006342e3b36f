/** Object storage for encrypted files: local disk by default, or an S3-compatible bucket. */
export { createStorage } from './create-storage.ts'
export { localDiskStorage } from './local-disk.ts'
export { type S3Settings, s3Storage } from './s3.ts'
export { assertStorageKey, type ObjectStorage, StorageNotFoundError } from './storage.ts'
