import { describe, expect, it } from 'vitest'
import { rupeesInWords } from './amount-in-words.ts'

describe('rupeesInWords, English', () => {
  it.each([
    [0, 'Rupees Zero Only'],
    [1, 'Rupees Zero and One Paisa Only'],
    [50, 'Rupees Zero and Fifty Paise Only'],
    [100, 'Rupees One Only'],
    [101, 'Rupees One and One Paisa Only'],
    [1_900, 'Rupees Nineteen Only'],
    [2_000, 'Rupees Twenty Only'],
    [2_199, 'Rupees Twenty-One and Ninety-Nine Paise Only'],
    [10_000, 'Rupees One Hundred Only'],
    [10_500, 'Rupees One Hundred Five Only'],
    [99_900, 'Rupees Nine Hundred Ninety-Nine Only'],
    [1_00_000, 'Rupees One Thousand Only'],
    [1_00_100, 'Rupees One Thousand One Only'],
    [5_000_00, 'Rupees Five Thousand Only'],
    [17_850_00, 'Rupees Seventeen Thousand Eight Hundred Fifty Only'],
    [99_999_99, 'Rupees Ninety-Nine Thousand Nine Hundred Ninety-Nine and Ninety-Nine Paise Only'],
    [1_00_000_00, 'Rupees One Lakh Only'],
    [
      1_23_456_50,
      'Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty Paise Only',
    ],
    [10_00_000_00, 'Rupees Ten Lakh Only'],
    [20_00_100_00, 'Rupees Twenty Lakh One Hundred Only'],
    // 1,00,00,000 paise is ₹1 lakh; ₹1 crore is 1,00,00,00,000 paise. Both sides of each boundary.
    [1_00_00_000, 'Rupees One Lakh Only'],
    [
      99_99_999_99,
      'Rupees Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine and Ninety-Nine Paise Only',
    ],
    [1_00_00_000_00, 'Rupees One Crore Only'],
    [1_00_00_000_01, 'Rupees One Crore and One Paisa Only'],
    [1_00_00_001_00, 'Rupees One Crore One Only'],
    [2_05_07_009_00, 'Rupees Two Crore Five Lakh Seven Thousand Nine Only'],
    [
      99_99_99_999_99,
      'Rupees Ninety-Nine Crore Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine and Ninety-Nine Paise Only',
    ],
    [1_00_00_00_000_00, 'Rupees One Hundred Crore Only'],
    [1_20_00_00_000_00, 'Rupees One Hundred Twenty Crore Only'],
    [
      12_34_567_00_00_000_00,
      'Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven Crore Only',
    ],
  ])('%i paise → %s', (paise, words) => {
    expect(rupeesInWords(paise, 'en')).toBe(words)
  })

  it('writes the largest safe amount without losing a paisa', () => {
    // 9,007,199,254,740,991 paise = ₹90,07,199,25,47,409.91: the crore count has its own lakh.
    expect(rupeesInWords(Number.MAX_SAFE_INTEGER, 'en')).toBe(
      'Rupees Ninety Lakh Seven Thousand One Hundred Ninety-Nine Crore Twenty-Five Lakh Forty-Seven Thousand Four Hundred Nine and Ninety-One Paise Only',
    )
  })

  it.each([-1, -100, 0.5, 100.25, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'refuses %d',
    (paise) => {
      expect(() => rupeesInWords(paise, 'en')).toThrow(RangeError)
    },
  )
})

describe('rupeesInWords, Hindi', () => {
  it.each([
    [0, 'रुपये शून्य मात्र'],
    [1, 'रुपये शून्य और एक पैसा मात्र'],
    [50, 'रुपये शून्य और पचास पैसे मात्र'],
    [100, 'रुपये एक मात्र'],
    [10_000, 'रुपये एक सौ मात्र'],
    [1_23_456_50, 'रुपये एक लाख तेईस हज़ार चार सौ छप्पन और पचास पैसे मात्र'],
    [1_00_00_000_00, 'रुपये एक करोड़ मात्र'],
    [99_99_99_999_99, 'रुपये निन्यानवे करोड़ निन्यानवे लाख निन्यानवे हज़ार नौ सौ निन्यानवे और निन्यानवे पैसे मात्र'],
    [1_20_00_00_000_00, 'रुपये एक सौ बीस करोड़ मात्र'],
    [5_000_00, 'रुपये पाँच हज़ार मात्र'],
    [17_850_00, 'रुपये सत्रह हज़ार आठ सौ पचास मात्र'],
  ])('%i paise → %s', (paise, words) => {
    expect(rupeesInWords(paise, 'hi')).toBe(words)
  })

  // The irregular ones, where a rule-based speller would go wrong.
  it.each([
    [11, 'ग्यारह'],
    [19, 'उन्नीस'],
    [29, 'उनतीस'],
    [33, 'तैंतीस'],
    [38, 'अड़तीस'],
    [39, 'उनतालीस'],
    [44, 'चवालीस'],
    [49, 'उनचास'],
    [51, 'इक्यावन'],
    [53, 'तिरपन'],
    [58, 'अट्ठावन'],
    [59, 'उनसठ'],
    [64, 'चौंसठ'],
    [67, 'सड़सठ'],
    [69, 'उनहत्तर'],
    [72, 'बहत्तर'],
    [76, 'छिहत्तर'],
    [78, 'अठहत्तर'],
    [79, 'उन्यासी'],
    [83, 'तिरासी'],
    [89, 'नवासी'],
    [92, 'बानवे'],
    [96, 'छियानवे'],
    [99, 'निन्यानवे'],
  ])('%i is %s', (rupees, word) => {
    expect(rupeesInWords(rupees * 100, 'hi')).toBe(`रुपये ${word} मात्र`)
  })

  it('has a distinct single word for each of 0–99', () => {
    const words = Array.from({ length: 100 }, (_, n) =>
      rupeesInWords(n * 100, 'hi').replace(/^रुपये (.*) मात्र$/, '$1'),
    )
    expect(new Set(words).size).toBe(100)
    for (const word of words) expect(word).toMatch(/^\S+$/)
  })

  it('refuses negative amounts', () => {
    expect(() => rupeesInWords(-50, 'hi')).toThrow(RangeError)
  })
})
