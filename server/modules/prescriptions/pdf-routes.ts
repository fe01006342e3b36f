import { createRoute } from '@hono/zod-openapi'
import { PrescriptionParams } from '../../../shared/contracts/prescriptions.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { pdfResponse } from '../../http/pdf-response.ts'
import { createRouter } from '../../http/router.ts'
import { recordRead } from '../audit/index.ts'
import { openDocumentFile } from '../documents/index.ts'
import { requirePrescription } from './access.ts'
import { ACCESS, tags } from './patient-routes.ts'
import { renderPrescription } from './prescription-document.ts'
import { linesOfPrescription, prescriberProfile } from './queries.ts'
import { presentLine } from './stored-lines.ts'

const pdfRoute = createRoute({
  method: 'get',
  path: '/{id}/pdf',
  tags,
  summary: 'The prescription as a PDF',
  description: `Issued (or since cancelled): the PDF stored at issue, exactly as handed out. A draft: a preview marked "Draft — not valid for dispensing", without a number. Recorded in the audit log. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PrescriptionParams },
  responses: {
    200: {
      description: 'The PDF',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } as const } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** The printed prescription (mounted at /prescriptions). */
export const prescriptionPdfRoutes = createRouter().openapi(
  pdfRoute,
  clinicRoute(
    pdfRoute,
    { can: 'clinical.read', needs: ['cipher'] },
    async (c, { tx, cipher, clinicalAll, zone }) => {
      const row = await requirePrescription(tx, c.req.valid('param').id, 'read', clinicalAll.read)
      const { storage, logger } = c.var.deps
      if (row.document_id !== null) {
        const tools = { storage, cipher, logger, requestId: c.var.requestId }
        const file = await openDocumentFile(tx, tools, row.document_id, 'content')
        return new Response(file.body, { status: 200, headers: file.headers })
      }
      const profile = await prescriberProfile(tx, row.author_id)
      const lines = await linesOfPrescription(tx, row.id)
      const pdf = await renderPrescription(
        tx,
        { storage, zone },
        {
          patientId: row.patient_id,
          language: row.language,
          isDraft: true,
          number: null,
          issuedAt: new Date(row.updated_at),
          prescriber: {
            name: profile?.full_name ?? row.author_name ?? '',
            qualification: profile?.qualification ?? null,
            council: profile?.registration_council ?? null,
            registrationNumber: profile?.registration_number ?? null,
          },
          diagnosis: row.diagnosis,
          advice: row.advice,
          followUpDate: row.follow_up_date,
          lines: lines.map(presentLine),
        },
      )
      await recordRead(tx, {
        table: 'prescriptions',
        rowId: row.id,
        patientId: row.patient_id,
        details: { part: 'draft_pdf' },
      })
      return pdfResponse({
        bytes: pdf.bytes,
        filename: 'prescription-draft.pdf',
        language: row.language,
      })
    },
  ),
)
