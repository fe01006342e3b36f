import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What a fake provider received: one HTTP request, its JSON body parsed. */
export interface ReceivedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
}

/** How the next requests are answered: like the real provider, with a status, or never. */
export type FakeBehaviour = 'ok' | 'hang' | 'garbage' | number

export interface FakeWhatsApp {
  /** Base URL to give the provider (Meta's graph URL, Interakt's base, Wati's endpoint). */
  url: string
  received: ReceivedRequest[]
  behave(behaviour: FakeBehaviour): void
  close(): Promise<void>
}

/**
 * A local stand-in for Meta's Cloud API, Interakt or Wati on a free port: it keeps every
 * request and answers with the provider's success shape (a fresh message id each time), an
 * error status, a body that is not JSON, or nothing at all (a hung provider). Tests talk to it
 * over real HTTP and never to the internet.
 */
export interface FakeWhatsAppOptions {
  /** Answers this much later, so a worker can be killed with requests in flight. */
  delayMs?: number
  /** Called for every message accepted, with the id answered: to post its status webhook. */
  onAccepted?: (body: unknown, providerMessageId: string) => void
}

export async function startFakeWhatsApp(
  flavour: 'meta' | 'interakt' | 'wati',
  options: FakeWhatsAppOptions = {},
): Promise<FakeWhatsApp> {
  const received: ReceivedRequest[] = []
  let behaviour: FakeBehaviour = 'ok'
  const hung = new Set<ServerResponse>()
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(request.url ?? '/', 'http://fake')
    received.push({
      method: request.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: text === '' ? undefined : JSON.parse(text),
    })
    if (behaviour === 'hang') {
      hung.add(response)
      return
    }
    if (behaviour === 'garbage') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>')
      return
    }
    if (typeof behaviour === 'number') {
      response.writeHead(behaviour, { 'content-type': 'application/json' }).end('{"error":{}}')
      return
    }
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
    const answer = success(flavour)
    // Accepted whether or not the caller is still there to read the answer (a killed worker).
    options.onAccepted?.(received.at(-1)?.body, answer.id)
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    behave: (next) => {
      behaviour = next
    },
    close: async () => {
      for (const response of hung) response.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function success(flavour: 'meta' | 'interakt' | 'wati'): { id: string; body: object } {
  const id = randomUUID()
  if (flavour === 'meta') {
    return {
      id: `wamid.${id}`,
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ wa_id: '91' }],
        messages: [{ id: `wamid.${id}` }],
      },
    }
  }
  if (flavour === 'interakt') {
    return { id, body: { result: true, message: 'Message created successfully', id } }
  }
  return { id, body: { result: true, model: { ids: [id] } } }
}
