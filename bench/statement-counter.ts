import pg from 'pg'

export interface StatementCounter {
  /** Runs `work` and returns the SQL texts sent to PostgreSQL while it ran. */
  during(work: () => Promise<void>): Promise<string[]>
}

/**
 * Records every statement any node-postgres client in this process sends (the
 * server's pool included), by wrapping Client#query. Install it before the
 * server opens its pool. Only the SQL text is kept: parameters (which can be
 * personal data) never are. Benchmarks only.
 */
export function countStatements(): StatementCounter {
  let recording: string[] | undefined
  const original = pg.Client.prototype.query
  // biome-ignore lint/suspicious/noExplicitAny: wraps every overload of Client#query.
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    const [first] = args
    recording?.push(typeof first === 'string' ? first : String(first?.text ?? '(unknown)'))
    return (original as (...all: unknown[]) => unknown).apply(this, args)
  } as typeof original
  return {
    async during(work) {
      const statements: string[] = []
      recording = statements
      try {
        await work()
      } finally {
        recording = undefined
      }
      return statements
    },
  }
}
