import type { JsonSchema } from './sample.ts'
import { typeOf } from './sample.ts'

/** One hostile value with a short label for the failure report (values can be 20 kB long). */
export interface Malformed<T = unknown> {
  label: string
  value: T
}

const value = <T>(label: string, v: T): Malformed<T> => ({ label, value: v })

const LONG = 'x'.repeat(20_000)

export const WRONG_TYPES: Malformed[] = [
  value('null', null),
  value('true', true),
  value('"x"', 'x'),
  value('0', 0),
  value('[]', []),
  value('{}', {}),
  value('[{}]', [{}]),
  value('[[[]]]', [[[]]]),
]

export const NUMBERS: Malformed[] = [
  value('-1', -1),
  value('1.5', 1.5),
  value('2^31', 2 ** 31),
  value('-2^31-1', -(2 ** 31) - 1),
  value('2^53', 2 ** 53),
  value('2^53+2', 2 ** 53 + 2),
  value('1e308', 1e308),
  value('-1e308', -1e308),
  value('1e-300', 1e-300),
  value('"12"', '12'),
]

export const STRINGS: Malformed[] = [
  value('empty', ''),
  value('spaces', '   '),
  value('NUL', '\u0000'),
  value('NUL inside', 'a\u0000b'),
  value('lone high surrogate', 'a\ud800'),
  value('lone low surrogate', '\udc00b'),
  value('20k chars', LONG),
  value('bidi override', '\u202eabc'),
  value('emoji', '🦷🦷'),
  value('SQL quote', "'; DROP TABLE patients; --"),
]

export const DATES: Malformed[] = [
  value('9999-12-31', '9999-12-31'),
  value('0000-00-00', '0000-00-00'),
  value('2026-02-30', '2026-02-30'),
  value('0001-01-01', '0001-01-01'),
  value('1899-12-31', '1899-12-31'),
  value('2026-13-01', '2026-13-01'),
  value('+10000-01-01', '+010000-01-01'),
  value('date with time', '2026-03-16T10:00:00Z'),
]

export const DATE_TIMES: Malformed[] = [
  value('9999-12-31T23:59:59Z', '9999-12-31T23:59:59Z'),
  value('0000-01-01T00:00:00Z', '0000-01-01T00:00:00Z'),
  value('2026-02-30T10:00:00+05:30', '2026-02-30T10:00:00+05:30'),
  value('offset +23:59', '2026-03-16T10:30:00+23:59'),
  value('no offset', '2026-03-16T10:30:00'),
  value('year 1', '0001-01-01T00:00:00Z'),
]

export const UUIDS: Malformed[] = [
  value('not-a-uuid', 'not-a-uuid'),
  value('nil uuid', '00000000-0000-0000-0000-000000000000'),
  value('max uuid', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
  value('uuid with NUL', '00000000-0000-0000-0000-00000000000\u0000'),
]

/** Values for one body property, chosen by its schema; always includes some wrong types. */
export function malformedFor(schema: JsonSchema): Malformed[] {
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      return NUMBERS
    case 'boolean':
      return [value('"true"', 'true'), value('1', 1)]
    case 'array':
      return [
        value(
          '10k items',
          Array.from({ length: 10_000 }, () => 'x'),
        ),
        value('{}', {}),
      ]
    case 'object':
      return [value('array of it', [{}]), value('string', 'x')]
    case 'string':
      if (schema.format === 'date') return [...DATES, ...STRINGS.slice(2, 5)]
      if (schema.format === 'date-time') return [...DATE_TIMES, ...STRINGS.slice(2, 5)]
      if (schema.format === 'uuid') return UUIDS
      return STRINGS
    default:
      return STRINGS.slice(2, 5)
  }
}

/** Raw query-string values, already percent-encoded. */
export const QUERY_VALUES: Malformed<string>[] = [
  value('empty', ''),
  value('%00', '%00'),
  value('a%00b', 'a%00b'),
  value('invalid UTF-8 %ED%A0%80', '%ED%A0%80'),
  value('bare %', '%'),
  value('%FF', '%FF'),
  value('5000 chars', 'x'.repeat(5000)),
  value('-1', '-1'),
  value('1.5', '1.5'),
  value('2147483648', '2147483648'),
  value('9007199254740993', '9007199254740993'),
  value('1e308', '1e308'),
  value('NaN', 'NaN'),
  value('Infinity', 'Infinity'),
  value('9999-12-31', '9999-12-31'),
  value('0000-00-00', '0000-00-00'),
  value('2026-02-30', '2026-02-30'),
  value('not-a-uuid', 'not-a-uuid'),
  value('[]', '%5B%5D'),
]

/** Raw path-segment values, already percent-encoded. */
export const PATH_VALUES: Malformed<string>[] = [
  value('not-a-uuid', 'not-a-uuid'),
  value('%00', '%00'),
  value('nil uuid', '00000000-0000-0000-0000-000000000000'),
  value('invalid UTF-8', '%ED%A0%80'),
  value('bare %', '%25'),
  value('2000 chars', 'x'.repeat(2000)),
  value('dot dot', '%2E%2E'),
  value('space', '%20'),
  value('2147483648', '2147483648'),
]

/** Whole bodies that are not what any JSON endpoint takes: [label, content type, body]. */
export function malformedBodies(validJson: string): [string, string | undefined, BodyInit][] {
  const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`
  return [
    ['JSON sent as text/plain', 'text/plain', validJson],
    ['JSON sent as form', 'application/x-www-form-urlencoded', 'a=1&b=%00'],
    ['XML', 'application/xml', '<a>1</a>'],
    ['JSON with no content type', undefined, new TextEncoder().encode(validJson)],
    ['content type with odd charset', 'application/json; charset=latin-7', validJson],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
    ],
    ['empty JSON body', 'application/json', ''],
    ['truncated JSON', 'application/json', '{"a":'],
    ['JSON null', 'application/json', 'null'],
    ['JSON string', 'application/json', '"x"'],
    ['JSON number', 'application/json', '2147483648'],
    ['JSON array of the body', 'application/json', `[${validJson}]`],
    ['deeply nested arrays', 'application/json', deep],
    [
      'invalid UTF-8 bytes',
      'application/json',
      new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    ],
    ['NUL key', 'application/json', '{"\\u0000":1}'],
    ['__proto__ key', 'application/json', '{"__proto__":{"isAdmin":true}}'],
  ]
}
