import { Readable } from 'node:stream'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { assertStorageKey, type ObjectStorage, StorageNotFoundError } from './storage.ts'

export interface S3Settings {
  /** Absent: AWS itself. Set for S3-compatible servers (MinIO, Ceph, R2, Wasabi …). */
  endpoint?: string | undefined
  region: string
  bucket: string
  /** Both or neither; neither uses the SDK's default chain (instance role, profile). */
  accessKeyId?: string | undefined
  secretAccessKey?: string | undefined
  /** `bucket` in the path instead of the host name; most self-hosted servers need it. */
  forcePathStyle: boolean
}

/** Parts of a multipart upload; with two in flight an upload holds at most 10 MiB in memory. */
const PART_SIZE = 5 * 1024 * 1024

/**
 * An S3 or S3-compatible bucket. Uploads stream in 5 MiB parts (one plain PUT for smaller
 * files); a failed multipart upload is aborted so no parts are left behind.
 */
export function s3Storage(settings: S3Settings): ObjectStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.accessKeyId && settings.secretAccessKey
      ? {
          credentials: {
            accessKeyId: settings.accessKeyId,
            secretAccessKey: settings.secretAccessKey,
          },
        }
      : {}),
    // Files are already authenticated by their own encryption (AES-GCM per chunk); the SDK's
    // default extra checksums are not understood by every S3-compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const bucket = settings.bucket

  return {
    kind: 's3',
    async put(key, body) {
      assertStorageKey(key)
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: key, Body: body, ContentType: 'application/octet-stream' },
        partSize: PART_SIZE,
        queueSize: 2,
        leavePartsOnError: false,
      })
      try {
        await upload.done()
      } catch (error) {
        body.destroy()
        throw error
      }
    },
    async get(key) {
      assertStorageKey(key)
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        if (!(response.Body instanceof Readable)) throw new Error('storage: unexpected S3 body')
        return response.Body
      } catch (error) {
        if (error instanceof NoSuchKey) throw new StorageNotFoundError()
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) {
          throw new StorageNotFoundError()
        }
        throw error
      }
    },
    async delete(key) {
      assertStorageKey(key)
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
    },
  }
}
