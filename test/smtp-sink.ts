import type { AddressInfo } from 'node:net'
import { type AddressObject, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ParsedMessage {
  /** Recipient addresses from the To header, comma-separated, without display names. */
  to: string
  /** The first From address with its display name, unquoted: `Niramaya <no-reply@localhost>`. */
  from: string
  subject: string
  text: string
  html?: string
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, ready to use as `SMTP_URL`. */
  url: string
  /** Every message received so far, oldest first. */
  messages: ParsedMessage[]
  /** User names of clients that logged in (with any password), in order. */
  usernames: string[]
  /** The first message, received or still to come, that matches; rejects after `timeoutMs`. */
  waitFor(
    predicate: (message: ParsedMessage) => boolean,
    timeoutMs?: number,
  ): Promise<ParsedMessage>
  close(): Promise<void>
}

/**
 * A real SMTP server on a free local port that keeps what it receives, so tests can follow the
 * links in invitation and password-reset emails. It accepts any (or no) credentials and offers
 * no TLS: for tests only. `beforeAccept` makes it a slow server: each message is held until the
 * promise it returns settles.
 */
export async function startSmtpSink(
  options: { beforeAccept?: () => Promise<unknown> } = {},
): Promise<SmtpSink> {
  const messages: ParsedMessage[] = []
  const usernames: string[] = []
  const waiters = new Set<(message: ParsedMessage) => void>()
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    // A client left connected (a pooled transport) must not hold up the end of a test run.
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      usernames.push(auth.username ?? '')
      callback(null, { user: auth.username ?? 'test' })
    },
    onData(stream, _session, callback) {
      const held = options.beforeAccept?.() ?? Promise.resolve()
      Promise.all([simpleParser(stream), held]).then(
        ([parsed]) => {
          const message: ParsedMessage = {
            to: addresses(parsed.to),
            from: sender(parsed.from),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            ...(parsed.html === false ? {} : { html: parsed.html }),
          }
          messages.push(message)
          for (const waiter of waiters) waiter(message)
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    usernames,
    waitFor(predicate, timeoutMs = 5_000) {
      const found = messages.find(predicate)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const waiter = (message: ParsedMessage) => {
          if (!predicate(message)) return
          clearTimeout(timer)
          waiters.delete(waiter)
          resolve(message)
        }
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(
            new Error(`No matching email within ${timeoutMs} ms (${messages.length} received)`),
          )
        }, timeoutMs)
        waiters.add(waiter)
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function addresses(field: AddressObject | AddressObject[] | undefined): string {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field]
  return objects
    .flatMap((object) => object.value.map((address) => address.address ?? ''))
    .filter((address) => address !== '')
    .join(', ')
}

function sender(field: AddressObject | undefined): string {
  const first = field?.value[0]
  if (!first?.address) return ''
  return first.name ? `${first.name} <${first.address}>` : first.address
}
