import { renderPrescriptionPdf } from '../server/lib/pdf/prescription-pdf.ts'
import { samplePrescription } from '../server/lib/pdf/sample-prescription.ts'
import { benchPdfRenders } from './pdf-render.ts'

/**
 * `npm run bench:prescription-pdf`: rendering a 10-line prescription (letterhead with a logo,
 * prescriber, patient, Schedule H1 marks, advice, signature line) in English and in Hindi
 * (how: bench/pdf-render.ts; issue #13, "Done when").
 */
const LINES = 10
const inputs = { en: samplePrescription('en', LINES), hi: samplePrescription('hi', LINES) }
await benchPdfRenders('prescription', `${LINES} lines`, (language) =>
  renderPrescriptionPdf(inputs[language]),
)
