import os from 'node:os'
import { percentile, startBillingBench } from './billing-bench-setup.ts'

/**
 * `npm run bench:gstr1`: the GSTR-1 export (server/modules/billing-reports) of a busy clinic.
 * 1. Starts the real server on PostgreSQL (DATABASE_URL's server, 127.0.0.1:5432 by default) in a
 *    fresh database and signs up a registered clinic.
 * 2. Seeds BENCH_INVOICES (default 50,000) issued invoices over financial year 2026-27 with direct
 *    SQL as the tables' owner (drafts with their lines, then issued in one UPDATE, so the
 *    database's own triggers and checks run): 10% B2B with a GSTIN (whitening + consultation),
 *    20% exempt only, 30% taxable only, 40% mixed, 2 lines at most per invoice.
 * 3. Times, through HTTP, the GSTR-1 JSON of a month and of each quarter, each CSV section of a
 *    quarter, and the GST summary of the whole year: BENCH_REPEAT runs (default 5) after a
 *    warm-up, median and max, and the size of the answer. Checks that the quarters' doc_issue
 *    adds up to every invoice seeded.
 * Loopback only; drops what it created.
 */
const invoices = Number(process.env.BENCH_INVOICES ?? 50_000)
const repeat = Number(process.env.BENCH_REPEAT ?? 5)
if (
  !Number.isInteger(invoices) ||
  invoices < 10 ||
  invoices > 99_999 ||
  !Number.isInteger(repeat) ||
  repeat < 1
) {
  throw new Error('BENCH_INVOICES must be 10..99999 and BENCH_REPEAT at least 1')
}
setTimeout(() => {
  console.error('bench: still running after 30 minutes; giving up')
  process.exit(1)
}, 1_800_000).unref()

let exitCode = 0
const bench = await startBillingBench('gstr1')
try {
  const headers = {
    'Content-Type': 'application/json',
    Cookie: bench.cookie,
    'X-CSRF-Token': bench.csrf,
  }
  const registered = await fetch(`${bench.baseUrl}/api/v1/patients`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ fullName: 'Bench Patient', ageYears: 40, sex: 'female' }),
  })
  if (registered.status !== 201) throw new Error(`registering answered ${registered.status}`)
  const patientId = ((await registered.json()) as { id: string }).id

  const seedStarted = performance.now()
  await seed(patientId)
  const seedSeconds = (performance.now() - seedStarted) / 1000

  console.log(
    `GSTR-1 export — node ${process.version}, ${os.availableParallelism()} CPUs, load ${os.loadavg()[0]?.toFixed(2)}, ${invoices} issued invoices in FY 2026-27 (seeded in ${seedSeconds.toFixed(1)} s), ${repeat} runs each`,
  )
  const time = async (label: string, url: string) => {
    const run = async () => {
      const started = performance.now()
      const response = await fetch(`${bench.baseUrl}${url}`, { headers: { Cookie: bench.cookie } })
      const body = await response.text()
      if (response.status !== 200) throw new Error(`${label} answered ${response.status}`)
      return { ms: performance.now() - started, body }
    }
    let last = await run()
    const samples: number[] = []
    for (let i = 0; i < repeat; i += 1) {
      last = await run()
      samples.push(last.ms)
    }
    console.log(
      `${label.padEnd(34)} median ${percentile(samples, 50).toFixed(0).padStart(6)} ms   max ${Math.max(
        ...samples,
      )
        .toFixed(0)
        .padStart(6)} ms   ${(Buffer.byteLength(last.body) / 1024).toFixed(0).padStart(7)} KiB`,
    )
    return last.body
  }
  const gstr1 = '/api/v1/billing/reports/gstr1'
  await time('JSON, month (2026-04)', `${gstr1}?period=2026-04`)
  let documents = 0
  for (const quarter of ['Q1', 'Q2', 'Q3', 'Q4']) {
    const body = await time(`JSON, quarter (2026-${quarter})`, `${gstr1}?period=2026-${quarter}`)
    const parsed = JSON.parse(body) as {
      doc_issue: { doc_det: { docs: { net_issue: number }[] }[] }
    }
    for (const type of parsed.doc_issue.doc_det)
      for (const doc of type.docs) documents += doc.net_issue
  }
  for (const section of ['b2b', 'b2cs', 'hsn', 'nil', 'docs']) {
    await time(
      `CSV ${section}, quarter (2026-Q1)`,
      `${gstr1}?period=2026-Q1&format=csv&section=${section}`,
    )
  }
  await time(
    'GST summary, whole year',
    '/api/v1/billing/reports/gst-summary?from=2026-04-01&to=2027-03-31',
  )
  // The other reports over the same invoices: revenue by doctor and category for the year, and
  // the monthly trend, whose outstanding at each month's end joins months with invoice events.
  await time('Revenue, whole year', '/api/v1/billing/reports/revenue?from=2026-04-01&to=2027-03-31')
  await time('Trend, 12 months', '/api/v1/billing/reports/trend?months=12')
  await time('Trend, 24 months', '/api/v1/billing/reports/trend?months=24')
  await time('Outstanding, today', '/api/v1/billing/reports/outstanding')
  const complete = documents === invoices
  console.log(
    `doc_issue over the four quarters: ${documents} of ${invoices} invoices: ${complete ? 'complete' : 'MISSING SOME'}`,
  )
  if (!complete) exitCode = 1
} catch (error) {
  console.error('bench failed:', error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await bench.close()
}
process.exit(exitCode)

/** The invoices, as the tables' owner in one transaction: drafts and lines, then issued. */
async function seed(patientId: string) {
  const sql = bench.sql
  await sql.query('BEGIN')
  await sql.query(
    "SELECT set_config('app.clinic_id', $1, true), set_config('app.user_id', $2, true)",
    [bench.clinicId, bench.userId],
  )
  await sql.query("UPDATE clinics SET gstin = '27AAPFU0939F1ZV', state_code = '27' WHERE id = $1", [
    bench.clinicId,
  ])
  // Five digits of serial: 50,000 do not fit the default 4 (Rule 46(b): 16 characters at most).
  await sql.query(
    "UPDATE document_series SET width = 5 WHERE clinic_id = $1 AND kind = 'invoice'",
    [bench.clinicId],
  )
  // mix: 0 B2B (whitening + consultation), 1–2 exempt only, 3–5 taxable only, 6–9 mixed.
  await sql.query(
    `CREATE TEMP TABLE seed ON COMMIT DROP AS
     SELECT g AS serial, gen_random_uuid() AS id, g % 10 AS mix,
            timestamptz '2026-04-01 09:00+05:30' + (g - 1) * (interval '364 days' / $1) AS issued_at
     FROM generate_series(1, $1::int) g`,
    [invoices],
  )
  await sql.query(
    `INSERT INTO invoices (clinic_id, id, patient_id, created_by, recipient_name, recipient_address,
                           recipient_state_code, recipient_gstin, taxable_value_paise,
                           exempt_value_paise, cgst_paise, sgst_paise, total_paise)
     SELECT $1::uuid, s.id, $2::uuid, $3::uuid,
            CASE WHEN s.mix = 0 THEN 'Company ' || (s.serial % 20) ELSE 'Bench Patient' END,
            CASE WHEN s.mix = 0 THEN 'MIDC, Pune 411019' END,
            '27',
            CASE WHEN s.mix = 0 THEN '27AAACR' || lpad((5000 + s.serial % 20)::text, 4, '0') || 'K1Z7' END,
            CASE WHEN s.mix IN (1, 2) THEN 0 ELSE 1800000 END,
            CASE WHEN s.mix BETWEEN 3 AND 5 THEN 0 ELSE 50000 END,
            CASE WHEN s.mix IN (1, 2) THEN 0 ELSE 45000 END,
            CASE WHEN s.mix IN (1, 2) THEN 0 ELSE 45000 END,
            CASE WHEN s.mix IN (1, 2) THEN 50000 WHEN s.mix BETWEEN 3 AND 5 THEN 1890000 ELSE 1940000 END
     FROM seed s`,
    [bench.clinicId, patientId, bench.userId],
  )
  await sql.query(
    `INSERT INTO invoice_lines (clinic_id, invoice_id, position, description, sac_code, quantity,
                                unit_price_paise, taxable, gst_rate_bp, taxable_value_paise,
                                cgst_paise, sgst_paise, total_paise)
     SELECT $1::uuid, s.id, 0, 'Teeth whitening', '999722', 1, 1800000, true, 500, 1800000, 45000, 45000, 1890000
     FROM seed s WHERE s.mix NOT IN (1, 2)
     UNION ALL
     SELECT $1::uuid, s.id, 1, 'Consultation', '999312', 1, 50000, false, 0, 50000, 0, 0, 50000
     FROM seed s WHERE s.mix NOT BETWEEN 3 AND 5`,
    [bench.clinicId],
  )
  await sql.query(
    `UPDATE invoices i
     SET status = 'issued',
         kind = CASE WHEN s.mix IN (1, 2) THEN 'bill_of_supply'
                     WHEN s.mix BETWEEN 3 AND 5 OR s.mix = 0 THEN 'tax_invoice'
                     ELSE 'invoice_cum_bill_of_supply' END,
         number = 'INV/26-27/' || lpad(s.serial::text, 5, '0'), fy_start_year = 2026,
         serial = s.serial, issued_at = s.issued_at, issued_by = $2::uuid, supplier_name = 'Bench Dental',
         supplier_gstin = '27AAPFU0939F1ZV', supplier_state_code = '27'
     FROM seed s WHERE i.clinic_id = $1::uuid AND i.id = s.id`,
    [bench.clinicId, bench.userId],
  )
  await sql.query(
    `INSERT INTO document_counters (clinic_id, kind, fy_start_year, last_serial)
     VALUES ($1::uuid, 'invoice', 2026, $2::int)
     ON CONFLICT (clinic_id, kind, fy_start_year) DO UPDATE SET last_serial = EXCLUDED.last_serial`,
    [bench.clinicId, invoices],
  )
  await sql.query('COMMIT')
  await sql.query('ANALYZE invoices; ANALYZE invoice_lines')
}
