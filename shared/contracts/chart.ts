import { z } from 'zod'
import { isTooth, SURFACES, surfaceCode, surfacesOf } from '../dental/fdi.ts'
import { because, boundedInt, isoInstant, queryInt, text } from './primitives.ts'

/**
 * The dental chart (server/modules/chart): findings per tooth and surface, FDI notation only.
 * The same rules as the database's CHECKs (db/migrations/20261204150000_dental_chart.sql).
 */

export const FINDING_KINDS = [
  'caries',
  'restoration',
  'missing',
  'unerupted',
  'impacted',
  'root_canal_treated',
  'crown',
  'bridge_abutment',
  'bridge_pontic',
  'implant',
  'veneer',
  'post_and_core',
  'sealant',
  'fracture',
  'periapical_lesion',
  'mobility',
  'recession',
  'root_stump',
  'note',
] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

/** Kinds that must name surfaces, and kinds that may. */
export const SURFACES_REQUIRED: readonly FindingKind[] = ['caries', 'restoration']
export const SURFACES_ALLOWED: readonly FindingKind[] = [
  'caries',
  'restoration',
  'sealant',
  'fracture',
]

export const MATERIALS = [
  'amalgam',
  'composite',
  'gic',
  'inlay_onlay',
  'pfm',
  'metal',
  'zirconia',
  'all_ceramic',
  'fibre',
  'temporary',
] as const
export const MATERIAL_KINDS: readonly FindingKind[] = [
  'restoration',
  'crown',
  'bridge_abutment',
  'bridge_pontic',
  'veneer',
  'post_and_core',
  'implant',
]
export const FINDING_STATUSES = ['existing', 'planned', 'completed'] as const
export const REMOVAL_REASONS = ['charted_in_error', 'no_longer_present'] as const

export const ToothNumber = boundedInt(11, 85)
  .refine(isTooth, because('chart.invalid_tooth'))
  .meta({ description: 'FDI tooth number: 11–48 permanent, 51–85 primary' })

export const NewFindingSchema = z
  .object({
    tooth: ToothNumber,
    kind: z.enum(FINDING_KINDS),
    surfaces: z.array(z.string().max(2)).max(5).optional().meta({
      description:
        'M, O, I, D, B, L (La/F for B, P for L); only for caries, restoration, sealant, fracture',
    }),
    material: z.enum(MATERIALS).optional(),
    mobilityGrade: boundedInt(0, 3)
      .optional()
      .meta({ description: 'Miller 0–III, only for mobility' }),
    recessionMm: boundedInt(0, 20).optional().meta({ description: 'Only for recession' }),
    status: z.enum(['existing', 'planned']).default('existing'),
    note: text(1000, { isRequired: false }).optional(),
  })
  .strict()
  .superRefine((finding, context) => {
    const issue = (path: string, reason: Parameters<typeof because>[0]) =>
      context.addIssue({
        code: 'custom',
        path: [path],
        ...because(reason as 'chart.invalid_tooth'),
      })
    const surfaces = finding.surfaces ?? []
    if (surfaces.length > 0 && !SURFACES_ALLOWED.includes(finding.kind)) {
      issue('surfaces', 'chart.surfaces_not_allowed')
    } else if (surfaces.length === 0 && SURFACES_REQUIRED.includes(finding.kind)) {
      issue('surfaces', 'chart.surfaces_required')
    } else if (isTooth(finding.tooth)) {
      const valid = surfacesOf(finding.tooth)
      const codes = surfaces.map(surfaceCode)
      if (codes.some((code) => code === undefined || !valid.includes(code))) {
        issue('surfaces', 'chart.surface_not_on_tooth')
      } else if (new Set(codes).size !== codes.length) {
        issue('surfaces', 'chart.surface_repeated')
      }
    }
    if (finding.material !== undefined && !MATERIAL_KINDS.includes(finding.kind)) {
      issue('material', 'chart.material_not_allowed')
    }
    if ((finding.mobilityGrade !== undefined) !== (finding.kind === 'mobility')) {
      issue(
        'mobilityGrade',
        finding.kind === 'mobility' ? 'chart.mobility_grade_required' : 'chart.mobility_grade_only',
      )
    }
    if ((finding.recessionMm !== undefined) !== (finding.kind === 'recession')) {
      issue(
        'recessionMm',
        finding.kind === 'recession' ? 'chart.recession_required' : 'chart.recession_only',
      )
    }
  })
  .meta({ id: 'NewChartFinding' })
export type NewFinding = z.infer<typeof NewFindingSchema>

export const RemoveFindingSchema = z
  .object({ reason: z.enum(REMOVAL_REASONS) })
  .strict()
  .meta({ id: 'RemoveChartFinding' })
export type RemoveFinding = z.infer<typeof RemoveFindingSchema>

export const FindingSchema = z
  .object({
    id: z.uuid(),
    tooth: z.number().int(),
    kind: z.enum(FINDING_KINDS),
    surfaces: z.array(z.enum(SURFACES)),
    material: z.enum(MATERIALS).nullable(),
    mobilityGrade: z.number().int().nullable(),
    recessionMm: z.number().int().nullable(),
    status: z.enum(FINDING_STATUSES),
    note: z.string().nullable(),
    recordedAt: z.string(),
    recordedBy: z.string().nullable(),
    completedAt: z.string().nullable(),
    completedBy: z.string().nullable(),
    supersedesId: z.uuid().nullable(),
    supersededAt: z.string().nullable(),
    supersededBy: z.string().nullable(),
    // not_planned: the treatment plan item that put it there was dropped (ADR 0018).
    supersededReason: z
      .enum(['changed', 'completed', 'not_planned', ...REMOVAL_REASONS])
      .nullable(),
  })
  .meta({ id: 'ChartFinding' })
export type Finding = z.infer<typeof FindingSchema>

export const ChartSchema = z
  .object({
    asOf: z.string().nullable(),
    findings: z
      .array(FindingSchema)
      .meta({ description: 'Live findings, by tooth then when recorded' }),
  })
  .meta({ id: 'DentalChart' })
export type Chart = z.infer<typeof ChartSchema>

export const ToothHistorySchema = z
  .object({ tooth: z.number().int(), entries: z.array(FindingSchema) })
  .meta({ id: 'ToothHistory' })

export const ChartQuery = z.object({
  asOf: isoInstant().optional().meta({ description: 'The chart as it stood at this instant' }),
})
export const ChartFindingParams = z.object({ id: z.uuid(), findingId: z.uuid() })
export const ChartToothParams = z.object({
  id: z.uuid(),
  tooth: queryInt(11, 85).refine(isTooth, because('chart.invalid_tooth')),
})
