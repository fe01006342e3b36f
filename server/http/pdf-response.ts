/**
 * A generated PDF as the answer: shown in the browser, named by the document's number only (a
 * file name travels to downloads folders and e-mails, so it never names a patient), in the
 * language it was printed in, and never cached by a shared cache (it holds personal data).
 */
export function pdfResponse(pdf: { bytes: Buffer; filename: string; language: string }): Response {
  return new Response(new Uint8Array(pdf.bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.bytes.length),
      'Content-Disposition': `inline; filename="${pdf.filename}"`,
      'Content-Language': pdf.language,
      'Cache-Control': 'private, no-store',
    },
  })
}

/** '/' is no file-name character: RCT/26-27/0001 downloads as RCT-26-27-0001.pdf. */
export const pdfFilenameOf = (number: string) => `${number.replace(/\//g, '-')}.pdf`
