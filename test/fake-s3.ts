import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A small S3 on loopback for tests: path-style PUT, GET and DELETE of objects and the
 * multipart calls @aws-sdk/lib-storage makes (create, upload part, complete, abort). It checks
 * that requests are signed, not that the signatures are right. Objects live in memory, so a test
 * can read the exact stored bytes. Never talks to the internet.
 */
export interface FakeS3 {
  endpoint: string
  bucket: string
  /** Stored objects by key (without the bucket). */
  objects: Map<string, Buffer>
  /** Multipart uploads begun and neither completed nor aborted. */
  pendingUploads(): number
  /** Every request seen, as `METHOD key?query-names`, for assertions. */
  requests: string[]
  close(): Promise<void>
}

interface Multipart {
  key: string
  parts: Map<number, Buffer>
}

export async function startFakeS3(bucket = 'niramaya-test'): Promise<FakeS3> {
  const objects = new Map<string, Buffer>()
  const uploads = new Map<string, Multipart>()
  const requests: string[] = []

  const server = createServer(async (request, response) => {
    try {
      await handle(request, response)
    } catch (error) {
      sendError(response, 500, 'InternalError', (error as Error).message)
    }
  })

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake-s3')
    const [, bucketName = '', ...rest] = url.pathname.split('/')
    const key = rest.map(decodeURIComponent).join('/')
    const query = url.searchParams
    requests.push(`${request.method} ${key}?${[...query.keys()].join('&')}`)
    if (!String(request.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) {
      return sendError(response, 403, 'AccessDenied', 'unsigned request')
    }
    if (bucketName !== bucket) return sendError(response, 404, 'NoSuchBucket', 'no such bucket')
    const body = await readBody(request)
    const uploadId = query.get('uploadId')

    if (request.method === 'POST' && query.has('uploads')) {
      const id = randomUUID()
      uploads.set(id, { key, parts: new Map() })
      return sendXml(
        response,
        `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`,
      )
    }
    if (uploadId) {
      const upload = uploads.get(uploadId)
      if (!upload) return sendError(response, 404, 'NoSuchUpload', 'no such upload')
      if (request.method === 'PUT') {
        const part = Number(query.get('partNumber'))
        upload.parts.set(part, body)
        response.writeHead(200, { ETag: `"part-${part}"` }).end()
        return
      }
      if (request.method === 'POST') {
        const numbers = [...body.toString('utf8').matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map(
          (match) => Number(match[1]),
        )
        const parts = numbers.map((number) => upload.parts.get(number))
        if (parts.some((part) => !part)) return sendError(response, 400, 'InvalidPart', 'part')
        objects.set(upload.key, Buffer.concat(parts as Buffer[]))
        uploads.delete(uploadId)
        return sendXml(
          response,
          `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"complete"</ETag></CompleteMultipartUploadResult>`,
        )
      }
      if (request.method === 'DELETE') {
        uploads.delete(uploadId)
        response.writeHead(204).end()
        return
      }
    }
    if (request.method === 'PUT') {
      objects.set(key, body)
      response.writeHead(200, { ETag: '"object"' }).end()
      return
    }
    if (request.method === 'GET') {
      const object = objects.get(key)
      if (!object) return sendError(response, 404, 'NoSuchKey', 'The specified key does not exist.')
      response
        .writeHead(200, {
          'Content-Type': 'application/octet-stream',
          'Content-Length': object.length,
          ETag: '"object"',
        })
        .end(object)
      return
    }
    if (request.method === 'DELETE') {
      objects.delete(key)
      response.writeHead(204).end()
      return
    }
    sendError(response, 405, 'MethodNotAllowed', 'not supported by the fake')
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    objects,
    pendingUploads: () => uploads.size,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function sendXml(response: ServerResponse, xml: string) {
  response
    .writeHead(200, { 'Content-Type': 'application/xml' })
    .end(`<?xml version="1.0" encoding="UTF-8"?>${xml}`)
}

function sendError(response: ServerResponse, status: number, code: string, message: string) {
  response
    .writeHead(status, { 'Content-Type': 'application/xml' })
    .end(
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId></Error>`,
    )
}
