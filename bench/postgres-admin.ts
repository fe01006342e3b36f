import pg from 'pg'

/** `url` with its database replaced by `database`. */
export function withDatabase(url: URL, database: string): string {
  const copy = new URL(url)
  copy.pathname = `/${database}`
  return copy.toString()
}

/** One statement on the server's maintenance database (CREATE/DROP DATABASE). */
export async function adminStatement(serverUrl: URL, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
