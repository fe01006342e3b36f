// Helps .ci/run rerun only the test files the watchdog (test/watchdog/setup.ts) killed.
//   node .ci/hung-files.mjs only-hangs REPORT HUNG OUTPUT
//     exits 0 when the run's only problems were the hung files: no failed test in any other
//     file, and no unhandled error but one "Worker exited unexpectedly" per killed worker.
//   node .ci/hung-files.mjs merge REPORT RERUN HUNG
//     replaces the hung files' results in REPORT with RERUN's and recounts the totals.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [command, reportFile, second, third] = process.argv.slice(2)
const report = JSON.parse(readFileSync(reportFile, 'utf8'))
const hungFile = command === 'merge' ? third : second
const hung = new Set(
  readFileSync(hungFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((file) => path.resolve(file)),
)

if (command === 'only-hangs') {
  // Colours off: the runner colours its summary even into a file.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape codes
  const output = readFileSync(third, 'utf8').replace(/\u001b\[[0-9;]*m/g, '')
  const others = report.testResults.filter(
    (result) => !hung.has(path.resolve(result.name)) && result.status === 'failed',
  )
  const killed = output.match(/Worker exited unexpectedly/g)?.length ?? 0
  const errors = Number(output.match(/Errors\D*?(\d+) errors?/)?.[1] ?? 0)
  for (const result of others) {
    process.stdout.write(`failed too: ${path.relative(process.cwd(), result.name)}\n`)
  }
  if (errors !== killed) {
    process.stdout.write(`unhandled errors: ${errors}, killed workers: ${killed}\n`)
  }
  process.exit(others.length === 0 && errors === killed ? 0 : 1)
}

if (command === 'merge') {
  const rerun = JSON.parse(readFileSync(second, 'utf8'))
  report.testResults = [
    ...report.testResults.filter((result) => !hung.has(path.resolve(result.name))),
    ...rerun.testResults,
  ]
  const tests = report.testResults.flatMap((result) => result.assertionResults ?? [])
  const count = (status) => tests.filter((test) => test.status === status).length
  report.numTotalTests = tests.length
  report.numPassedTests = count('passed')
  report.numFailedTests = count('failed')
  report.numPendingTests = count('pending') + count('skipped')
  report.numTodoTests = count('todo')
  report.success = report.numFailedTests === 0 && rerun.success !== false
  writeFileSync(reportFile, JSON.stringify(report))
}
