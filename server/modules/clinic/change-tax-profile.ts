import { sql } from 'kysely'
import {
  checkSeriesPrefix,
  financialYearOf,
  maxSerial,
  maxSeriesPrefixLength,
} from '../../../shared/billing/index.ts'
import {
  SERIES_KINDS,
  SERIES_MAX_WIDTH,
  type TaxProfilePatch,
} from '../../../shared/contracts/tax-profile.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'
import { requireGstinOfState } from './change-settings.ts'
import { lastSerials, seriesSettings } from './tax-profile.ts'

/**
 * Changes the tax profile (legal name, GSTIN) and the numbering series given, as an owner or
 * admin (tax.settings; the clinics update policy and its trigger let an admin change these
 * columns and no other). The GSTIN is checked like the clinic settings check it: format and
 * check character by the schema, its state against the clinic's state here (clinic.gstin_state).
 * A series' new prefix and width apply from the next number: numbers already issued keep theirs
 * (Rule 46(b) asks that numbers be unique for the financial year, which a new prefix keeps, and
 * the serial counts on in the same year).
 */
export async function changeTaxProfile(
  tx: Tx,
  actor: Session,
  clock: { now: Date; zone: string },
  patch: TaxProfilePatch,
): Promise<void> {
  await requireGstinOfState(tx, { gstin: patch.gstin })
  if (patch.series) await changeSeries(tx, actor, clock, patch.series)
  const profile = {
    ...(patch.legalName === undefined ? {} : { legal_name: patch.legalName }),
    ...(patch.gstin === undefined ? {} : { gstin: patch.gstin }),
  }
  if (Object.keys(profile).length > 0) await tx.updateTable('clinics').set(profile).execute()
}

async function changeSeries(
  tx: Tx,
  actor: Session,
  clock: { now: Date; zone: string },
  patch: NonNullable<TaxProfilePatch['series']>,
): Promise<void> {
  const saved = await seriesSettings(tx)
  const last = await lastSerials(tx, financialYearOf(clock.now, clock.zone).startYear)
  for (const kind of SERIES_KINDS) {
    const change = patch[kind]
    if (!change) continue
    const prefix = change.prefix ?? saved[kind].prefix
    const width = change.width ?? saved[kind].width
    // A narrower serial must still hold the next number of this year (9999 is the last of 4).
    const next = (last[kind] ?? 0) + 1
    if (next > maxSerial(width)) {
      const minimum = Math.min(String(next).length, SERIES_MAX_WIDTH)
      throw fieldError('bad_request', `series.${kind}.width`, 'tax.series_width_used', {
        minimum,
      })
    }
    // Rule 46(b): PREFIX/YY-YY/serial in 16 characters, so the width decides the prefix's room.
    const check = checkSeriesPrefix(prefix, width)
    if (!check.ok) {
      throw check.code === 'too_long'
        ? fieldError('bad_request', `series.${kind}.prefix`, 'tax.series_prefix_too_long', {
            maximum: maxSeriesPrefixLength(width),
          })
        : fieldError('bad_request', `series.${kind}.prefix`, 'tax.series_prefix')
    }
    await sql`
      INSERT INTO document_series (clinic_id, kind, prefix, width)
      VALUES (${actor.clinicId}, ${kind}, ${prefix}, ${width})
      ON CONFLICT (clinic_id, kind) DO UPDATE SET prefix = EXCLUDED.prefix, width = EXCLUDED.width
        WHERE document_series.prefix IS DISTINCT FROM EXCLUDED.prefix
           OR document_series.width IS DISTINCT FROM EXCLUDED.width`.execute(tx)
  }
}
