import { renderEstimatePdf } from '../server/lib/pdf/index.ts'
import { sampleEstimate } from '../server/lib/pdf/sample-estimate.ts'
import { benchPdfRenders } from './pdf-render.ts'

/**
 * `npm run bench:pdf`: rendering a 3-page treatment estimate (60 items, letterhead with a logo,
 * GST lines, totals) in English and in Hindi (how: bench/pdf-render.ts).
 */
const ITEMS = 60
const inputs = { en: sampleEstimate('en', ITEMS), hi: sampleEstimate('hi', ITEMS) }
await benchPdfRenders('estimate', `${ITEMS} items`, (language) =>
  renderEstimatePdf(inputs[language]),
)
