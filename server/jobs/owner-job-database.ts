import type { Db as IDatabase } from 'pg-boss'
import type { AdminConnection } from '../db/admin-connection.ts'

/**
 * pg-boss's database adapter for installing its schema: every statement runs inside a
 * transaction that has switched to niramaya_owner with SET LOCAL ROLE, so the tables, types and
 * functions are the owner's (and get the default privileges the migration gave the app role), and
 * the administrative connection's own role is untouched afterwards. pg-boss sends its schema
 * changes as `BEGIN; …; COMMIT;` blocks: the role switch goes right after their BEGIN.
 */
export function ownerJobDatabase(admin: AdminConnection): IDatabase {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) {
        await admin.exec('BEGIN; SET LOCAL ROLE niramaya_owner;')
        return settle(admin, admin.rowsOf(text, values), 'COMMIT')
      }
      const opensTransaction = /^\s*BEGIN\s*;/i.test(text)
      const block = opensTransaction
        ? text.replace(/^\s*BEGIN\s*;/i, 'BEGIN; SET LOCAL ROLE niramaya_owner;')
        : `BEGIN; SET LOCAL ROLE niramaya_owner;\n${text};\nCOMMIT;`
      return settle(admin, admin.rowsOf(block), undefined)
    },
  }
}

async function settle(
  admin: AdminConnection,
  running: Promise<unknown[]>,
  finish: 'COMMIT' | undefined,
): Promise<{ rows: unknown[] }> {
  try {
    const rows = await running
    if (finish) await admin.exec(finish)
    return { rows }
  } catch (error) {
    // A failed statement leaves the session in an aborted transaction; end it before going on.
    await admin.exec('ROLLBACK').catch(() => {})
    throw error
  }
}
