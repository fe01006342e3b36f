import { z } from 'zod'
import { isMultiRooted, isTooth, PERIO_SITES } from '../dental/fdi.ts'
import { because, boundedInt } from './primitives.ts'

/**
 * Periodontal chart entry, as the API takes it (server/modules/perio, not built yet) and the web
 * app sends it. Six sites per tooth (PERIO_SITES); pocket depth 0–15 mm, recession −5..15 mm
 * (negative when the margin is coronal to the CEJ). Clinical attachment level is never entered:
 * it is computed as PPD + recession (shared/dental/perio-summary.ts).
 */

const ToothSchema = boundedInt(11, 85).refine(isTooth, because('chart.invalid_tooth'))

export const PerioSiteInputSchema = z
  .strictObject({
    tooth: ToothSchema,
    site: z.enum(PERIO_SITES),
    ppd: boundedInt(0, 15).nullable().meta({ description: 'Probing pocket depth, mm' }),
    recession: boundedInt(-5, 15)
      .nullable()
      .meta({ description: 'Gingival margin to CEJ, mm; negative when coronal to the CEJ' }),
    bleeding: z.boolean(),
    suppuration: z.boolean(),
    plaque: z.boolean(),
  })
  .meta({ id: 'PerioSiteInput' })

export const PerioToothInputSchema = z
  .strictObject({
    tooth: ToothSchema,
    missing: z.boolean(),
    implant: z.boolean(),
    mobility: boundedInt(0, 3).nullable().meta({ description: 'Miller 0–III' }),
    furcation: boundedInt(1, 4)
      .nullable()
      .meta({ description: 'Glickman I–IV, multi-rooted teeth only' }),
  })
  .refine((t) => t.furcation === null || !isTooth(t.tooth) || isMultiRooted(t.tooth), {
    ...because('perio.furcation_single_rooted'),
    path: ['furcation'],
  })
  .meta({ id: 'PerioToothInput' })

/** A save of the draft: any number of sites and teeth at once (the web app auto-advances). */
export const PerioMeasurementsSchema = z
  .strictObject({
    sites: z
      .array(PerioSiteInputSchema)
      .max(52 * 6)
      .default([]),
    teeth: z.array(PerioToothInputSchema).max(52).default([]),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>()
    body.sites.forEach((s, index) => {
      const key = `${s.tooth}:${s.site}`
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', ...because('perio.site_repeated'), path: ['sites', index] })
      }
      seen.add(key)
    })
    const teeth = new Set<number>()
    body.teeth.forEach((t, index) => {
      if (teeth.has(t.tooth)) {
        ctx.addIssue({ code: 'custom', ...because('perio.site_repeated'), path: ['teeth', index] })
      }
      teeth.add(t.tooth)
    })
  })
  .meta({ id: 'PerioMeasurements' })

export type PerioSiteInput = z.infer<typeof PerioSiteInputSchema>
export type PerioToothInput = z.infer<typeof PerioToothInputSchema>
export type PerioMeasurements = z.infer<typeof PerioMeasurementsSchema>
