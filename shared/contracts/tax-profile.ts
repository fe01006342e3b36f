import { z } from 'zod'
import { checkSeriesPrefix, maxSeriesPrefixLength } from '../billing/numbering.ts'
import { ClinicSettingsSchema } from './clinic.ts'
import { because } from './primitives.ts'

/**
 * The clinic's tax profile and numbering series (server/modules/clinic, tax-profile-routes.ts;
 * issue #12): what CGST Rule 46(a) prints as the supplier, and the series of Rule 46(b). Owners
 * and admins change it (tax.settings); doctors, the front desk and accountants read it
 * (tax.read). The clinic's name, address and state stay owner-only clinic settings.
 */

export const SERIES_KINDS = ['invoice', 'credit_note', 'receipt', 'refund'] as const
export type SeriesKind = (typeof SERIES_KINDS)[number]

/** The series a clinic starts with (db function seed_document_series): INV/26-27/0001 etc. */
export const DEFAULT_SERIES: Record<SeriesKind, { prefix: string; width: number }> = {
  invoice: { prefix: 'INV', width: 4 },
  credit_note: { prefix: 'CN', width: 4 },
  receipt: { prefix: 'RCT', width: 4 },
  refund: { prefix: 'RFD', width: 4 },
}

/** Digits of a serial: 1 to 8 (the number is PREFIX/YY-YY/serial, 16 characters at most). */
export const SERIES_MIN_WIDTH = 1
export const SERIES_MAX_WIDTH = 8

export const DocumentSeriesSchema = z
  .object({
    kind: z.enum(SERIES_KINDS),
    prefix: z.string(),
    width: z.number().int(),
    /** The longest prefix this width allows. */
    maxPrefixLength: z.number().int(),
    /** The serial the next document of this kind gets this financial year (1 if none yet). */
    nextSerial: z.number().int(),
    /** The number the next document of this kind gets this financial year; null when used up. */
    nextNumber: z.string().nullable(),
  })
  .meta({ id: 'DocumentSeries' })
export type DocumentSeries = z.infer<typeof DocumentSeriesSchema>

export const TaxProfileSchema = z
  .object({
    /** The trade name (clinic settings). */
    clinicName: z.string(),
    /** The name on the GST registration, printed as the supplier; null: the clinic's name. */
    legalName: z.string().nullable(),
    /** Registered for GST exactly when set; an unregistered clinic issues bills of supply. */
    gstin: z.string().nullable(),
    /** The clinic's state (clinic settings): a GSTIN must start with its code. */
    stateCode: z.string().nullable(),
    /** '26-27': the financial year (April–March, the clinic's time zone) of the next numbers. */
    financialYear: z.string(),
    series: z.array(DocumentSeriesSchema),
  })
  .meta({ id: 'TaxProfile' })
export type TaxProfile = z.infer<typeof TaxProfileSchema>

const seriesPatch = z
  .object({
    prefix: z.string().trim().max(16).optional(),
    width: z.number().int().min(SERIES_MIN_WIDTH).max(SERIES_MAX_WIDTH).optional(),
  })
  .strict()

export const TaxProfilePatchSchema = z
  .object({
    legalName: ClinicSettingsSchema.shape.legalName,
    gstin: ClinicSettingsSchema.shape.gstin,
    /** Per kind, the prefix and serial width to use from the next number on. */
    series: z
      .object({
        invoice: seriesPatch.optional(),
        credit_note: seriesPatch.optional(),
        receipt: seriesPatch.optional(),
        refund: seriesPatch.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((patch, context) => {
    // Rule 46(b): letters, digits, '-' and '/', and with '/YY-YY/' and the serial at most 16
    // characters. Without a width sent, the length depends on the width saved: the server
    // checks that (change-tax-profile.ts).
    for (const kind of SERIES_KINDS) {
      const series = patch.series?.[kind]
      if (series?.prefix === undefined) continue
      const width = series.width ?? SERIES_MIN_WIDTH
      const check = checkSeriesPrefix(series.prefix, width)
      if (check.ok || (check.code === 'too_long' && series.width === undefined)) continue
      context.addIssue({
        code: 'custom',
        path: ['series', kind, 'prefix'],
        ...(check.code === 'too_long'
          ? because('tax.series_prefix_too_long', { maximum: maxSeriesPrefixLength(width) })
          : because('tax.series_prefix')),
      })
    }
  })
  .refine((patch) => Object.keys(patch).length > 0, 'must change at least one setting')
  .meta({ id: 'TaxProfilePatch' })
export type TaxProfilePatch = z.infer<typeof TaxProfilePatchSchema>
