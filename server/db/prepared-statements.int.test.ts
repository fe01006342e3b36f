import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareStatements } from './prepared-statements.ts'

// Prepared statements live in a PostgreSQL server backend; PGlite runs queries in-process.
const databaseUrl = process.env.DATABASE_URL

describe.skipIf(!databaseUrl)('prepared statements (PostgreSQL)', () => {
  // One connection, so every query below runs on the backend whose statements are listed.
  let pool: pg.Pool
  const prepared = async () => {
    const { rows } = await pool.query<{ name: string; statement: string }>(
      'SELECT name, statement FROM pg_prepared_statements ORDER BY statement',
    )
    return rows
  }

  beforeAll(() => {
    pool = prepareStatements(new pg.Pool({ connectionString: databaseUrl, max: 1 }))
  })
  afterAll(() => pool.end())

  it('prepares a parameterised statement once per connection and reuses it', async () => {
    const text = 'SELECT $1::int + 1 AS next'
    for (const value of [1, 2, 3]) {
      const { rows } = await pool.query<{ next: number }>(text, [value])
      expect(rows[0]?.next).toBe(value + 1)
    }
    const named = (await prepared()).filter((row) => row.statement === text)
    expect(named).toHaveLength(1)
    expect(named[0]?.name).toMatch(/^n_[\w-]{27}$/)
    // Statements without parameters (BEGIN, COMMIT, the listing itself) are not prepared.
    expect((await prepared()).map((row) => row.statement)).not.toContain(
      'SELECT name, statement FROM pg_prepared_statements ORDER BY statement',
    )
  })

  it('an error while running or preparing leaves the connection usable, and the next call fails or succeeds on its own merits', async () => {
    const divide = 'SELECT 10 / $1::int AS quotient'
    await expect(pool.query(divide, [0])).rejects.toMatchObject({ code: '22012' })
    expect((await pool.query<{ quotient: number }>(divide, [5])).rows[0]?.quotient).toBe(2)

    // A statement that cannot be parsed is never recorded as prepared: the second attempt gets
    // the same syntax error, not "prepared statement does not exist".
    const broken = 'SELEC $1::int'
    await expect(pool.query(broken, [1])).rejects.toMatchObject({ code: '42601' })
    await expect(pool.query(broken, [1])).rejects.toMatchObject({ code: '42601' })
    expect((await pool.query<{ one: number }>('SELECT $1::int AS one', [1])).rows[0]?.one).toBe(1)
  })

  it('inside a transaction that fails, and after its rollback', async () => {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      await expect(client.query('SELECT 1 / $1::int', [0])).rejects.toMatchObject({
        code: '22012',
      })
      await expect(client.query('SELECT $1::text AS t', ['x'])).rejects.toMatchObject({
        code: '25P02',
      })
      await client.query('ROLLBACK')
      expect((await client.query<{ t: string }>('SELECT $1::text AS t', ['x'])).rows[0]?.t).toBe(
        'x',
      )
    } finally {
      client.release()
    }
  })

  it('a prepared SELECT * whose table gains a column fails once, then works again under a new name', async () => {
    // One checked-out connection, kept after errors, as Kysely keeps it (pool.query would
    // discard a connection whose query failed).
    const client = await pool.connect()
    const listed = async () => {
      const { rows } = await client.query<{ name: string; statement: string }>(
        'SELECT name, statement FROM pg_prepared_statements',
      )
      return rows
    }
    try {
      await client.query('DROP TABLE IF EXISTS prepared_probe')
      await client.query('CREATE TABLE prepared_probe (id int, a text)')
      await client.query('INSERT INTO prepared_probe VALUES (1, $1)', ['first'])
      const read = 'SELECT * FROM prepared_probe WHERE id = $1'
      expect((await client.query(read, [1])).rows).toEqual([{ id: 1, a: 'first' }])
      // Another server's migration.
      await client.query('ALTER TABLE prepared_probe ADD COLUMN b int')
      await expect(client.query(read, [1])).rejects.toMatchObject({ code: '0A000' })
      expect((await client.query(read, [1])).rows).toEqual([{ id: 1, a: 'first', b: null }])
      expect((await client.query(read, [1])).rows).toHaveLength(1)
      const names = (await listed()).filter((row) => row.statement === read).map((row) => row.name)
      expect(names).toHaveLength(2)
      expect(names.some((name) => name.endsWith('_1'))).toBe(true)
      await client.query('DROP TABLE prepared_probe')
    } finally {
      client.release()
    }
  })
})
