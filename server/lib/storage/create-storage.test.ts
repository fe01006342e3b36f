import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../config.ts'
import { createStorage } from './create-storage.ts'

describe('storage configuration', () => {
  it('defaults to local disk under DATA_DIR/files', () => {
    const config = loadConfig({ DATA_DIR: '/srv/niramaya' })
    expect(config.storage).toEqual({ driver: 'local', root: '/srv/niramaya/files' })
    expect(createStorage(config).kind).toBe('local')
  })

  it('builds S3 storage from the S3_* variables', () => {
    const config = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_REGION: 'ap-south-1',
      S3_BUCKET: 'clinic-files',
      S3_ACCESS_KEY_ID: 'minio',
      S3_SECRET_ACCESS_KEY: 'minio-secret',
      S3_FORCE_PATH_STYLE: 'true',
    })
    expect(config.storage).toMatchObject({
      driver: 's3',
      s3: { bucket: 'clinic-files', region: 'ap-south-1', forcePathStyle: true },
    })
    expect(createStorage(config).kind).toBe('s3')
  })

  it('names each missing variable when STORAGE_DRIVER is s3', () => {
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(ConfigError)
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET: is required/)
    expect(() => loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b-1' })).toThrow(/S3_REGION/)
    expect(() =>
      loadConfig({
        STORAGE_DRIVER: 's3',
        S3_BUCKET: 'b-1',
        S3_REGION: 'ap-south-1',
        S3_ACCESS_KEY_ID: 'only-half',
      }),
    ).toThrow(/S3_SECRET_ACCESS_KEY: is required/)
    expect(() => loadConfig({ STORAGE_DRIVER: 'ftp' })).toThrow(/STORAGE_DRIVER/)
  })
})
