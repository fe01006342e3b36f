// The periodontal chart.
export const hiPerio = {
  'perio.heading': 'पेरियोडॉन्टल चार्ट',
}
