import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-second round of wording families for the covenants and caps: lease-adjusted leverage named by how the rent
 * comes in as debt ("rent-counted-as-debt leverage", "the leases-as-debt version") or as the rating agencies' view
 * that adds the rent in; net leverage as debt bounded at a multiple of a year's earnings, in turns or with the cap's
 * word after the earnings; the leverage name explained in an aside ("leverage, meaning debt against earnings,"); a
 * limit given in a clause on "which" after the ratio's name; and a level asked to be used in place of the covenant
 * when the ask closes the covenant's own sentence or is quoted after a speaker; a rent cap asked about in a chat whose
 * answer stands under a name and a time or a numbered voice; new rent refused by wanting the leases not to add more; a
 * covenant asked about in a transcript and answered in words; a share in words restated as a percentage; and a ratio
 * named with a resolution's "after giving effect to such transactions" or as "NL" after its multiple; and a scanned
 * page's "1everage" and "n0t t0 exceed". Every
 * case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage named by how the rent counts as debt': [
    ['$80M. The rent-treated-as-debt leverage stays below 4.9.', { target_amount: 80e6, max_lease_adjusted_leverage: 4.9 }],
    ['$80M. Leases-counted-as-debt leverage at most 5.1x.', { target_amount: 80e6, max_lease_adjusted_leverage: 5.1 }],
    // "version" stands for the ratio only after a leverage was just named.
    [
      '$80M. Net leverage under 3.2x, and the rent-as-debt version under 4.8x.',
      { target_amount: 80e6, max_net_leverage: 3.2, max_lease_adjusted_leverage: 4.8 },
    ],
    [
      "$80M. The credit agencies' view that adds in the leases can't exceed 5.2x.",
      { target_amount: 80e6, max_lease_adjusted_leverage: 5.2 },
    ],
    // A level measured last year is no limit, and the agencies' view with no level limits nothing.
    ['$80M. The rent-counted-as-debt leverage was 5.4x last year.', { target_amount: 80e6 }],
    ["$80M. The rating-agency view is that our rent is debt; that's fine.", { target_amount: 80e6 }],
  ],
  "net leverage as debt bounded at a multiple of a year's earnings": [
    ['$80M. Debt no higher than three and a quarter turns of EBITDA.', { target_amount: 80e6, max_net_leverage: 3.25 }],
    ['$80M. Debt post-close: at most 3.3 times annual earnings.', { target_amount: 80e6, max_net_leverage: 3.3 }],
    ['$80M. Debt 3.6x yearly earnings, tops.', { target_amount: 80e6, max_net_leverage: 3.6 }],
    ['$80M. The lenders cap our debt at four turns of EBITDA.', { target_amount: 80e6, max_net_leverage: 4 }],
    // Rent in the next clause belongs to that clause: the coverage after the comma is read as coverage.
    [
      '$80M. Debt under three turns of earnings, earnings covering interest and rent at least twice.',
      { target_amount: 80e6, max_net_leverage: 3, min_fixed_charge_coverage: 2 },
    ],
    // A level today, debt as money, and earnings before rent (the lease-adjusted ratio's) are no net leverage cap.
    ['$80M. Debt 3.1x earnings today.', { target_amount: 80e6 }],
    ['$80M. Debt was no more than 2.9 times earnings last year.', { target_amount: 80e6 }],
    ['$80M. Debt no more than 4.5x earnings before rent.', { target_amount: 80e6 }],
  ],
  'the leverage name explained in an aside before its level': [
    ['$80M. Leverage, i.e. debt over annual EBITDA, 3.4x max.', { target_amount: 80e6, max_net_leverage: 3.4 }],
    ['$80M. Net leverage, that is debt against earnings, no more than 3.1x.', { target_amount: 80e6, max_net_leverage: 3.1 }],
    // An aside that counts rent explains another ratio; the reader does not guess which.
    ['$80M. Leverage, meaning debt plus rent over earnings, 4.5x max.', { target_amount: 80e6 }],
  ],
  'a limit given in a clause on "which" after the ratio': [
    ['$80M. Net debt to EBITDA, which the board insists must remain below 3.3x.', { target_amount: 80e6, max_net_leverage: 3.3 }],
    ['$80M. Fixed charge coverage, which needs to stay above 1.9x.', { target_amount: 80e6, min_fixed_charge_coverage: 1.9 }],
    [
      '$80M. Lease-adjusted leverage, which we promised the agencies will not exceed 4.6x.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 4.6 },
    ],
    // A clause that reports a level, or whose comparison goes against the ratio, limits nothing.
    ['$80M. Debt over earnings, which we reported at 3.1x.', { target_amount: 80e6 }],
    ['$80M. Net leverage, which must stay above 2x.', { target_amount: 80e6 }],
  ],
  'a level used in place of the covenant, closing its sentence or quoted': [
    ['$80M. The FCCR covenant is 1.5x, but use 1.9x, not the covenant.', { target_amount: 80e6, min_fixed_charge_coverage: 1.9 }],
    ['$80M. Net leverage covenant sits at 4.25x, so run to 3.6x, not the covenant.', { target_amount: 80e6, max_net_leverage: 3.6 }],
    // A minute's line: who said it, then the ask in quotes.
    [
      '- Net leverage: covenant is 4.5x. Treasurer: "Use 3.9x, not the covenant."\n- Target $80M',
      { target_amount: 80e6, max_net_leverage: 3.9 },
    ],
    // With no ask, the covenant's level is the cap; set aside with nothing in its place, it is none.
    ['$80M. Net leverage covenant is 4.25x.', { target_amount: 80e6, max_net_leverage: 4.25 }],
  ],
  'a rent cap asked about in a chat, the answer under a name and a time, or a numbered voice': [
    [
      'Priya Shah\n10:02 AM\nTarget $60M.\n\nTom Lee\n10:04 AM\nMax rent added?\n\nPriya Shah\n10:05 AM\n$5.5M a year',
      { target_amount: 60e6, max_rent_added: 5.5e6 },
    ],
    ['Voice 1: we want $60M.\nVoice 2: Any cap on new rent?\nVoice 1: $7M a year, tops.', { target_amount: 60e6, max_rent_added: 7e6 }],
    // A figure between the question and the answer is no time stamp: the chain is broken, and nothing is read as the cap.
    [
      'Ann: $60M.\nBob: max rent added?\nAnn: escalators 2%\nBob: ok\nAnn: $5M',
      { target_amount: 60e6, economics: { rent_escalator: 0.02 } },
    ],
  ],
  'new rent refused by wanting the leases not to add more': [
    [
      "$60M. The CFO doesn't want the leasebacks adding more than $6.5 million a year of rent.",
      { target_amount: 60e6, max_rent_added: 6.5e6 },
    ],
    ['$60M. We do not want the new leases to add over $8M of annual rent.', { target_amount: 60e6, max_rent_added: 8e6 }],
    // Rent the leases added in the past is no cap.
    ['$60M. The new leases added $4M of rent last year.', { target_amount: 60e6 }],
  ],
  'a covenant asked about in a transcript and answered in words': [
    [
      'CEO: we need $90M.\nCFO: Net leverage?\nCEO: Three point four times, max.\nCFO: Coverage?\nCEO: One and a half times, minimum.',
      { target_amount: 90e6, max_net_leverage: 3.4, min_fixed_charge_coverage: 1.5 },
    ],
    // Words without "times" are no ratio.
    ['CEO: we need $90M.\nCFO: Net leverage?\nCEO: Three, I think.', { target_amount: 90e6 }],
  ],
  'a share in words restated as a percentage, or after the fraction said again': [
    ['$60M. Under a quarter of the money from any one place, call it 25%.', { target_amount: 60e6, max_market_share: 0.25 }],
    ['$60M. No market above a third of it; a third, so enter 0.33.', { target_amount: 60e6, max_market_share: 0.33 }],
    // A percentage that follows for something else is no restatement: the fraction stands.
    ['$60M. No market above a third, 21% tax.', { target_amount: 60e6, max_market_share: 1 / 3, economics: { tax_rate: 0.21 } }],
  ],
  'a ratio named with when it holds in a resolution, or as initials after its multiple': [
    [
      'Proceeds of $90,000,000. Net leverage after giving effect to the sale shall be no greater than 3.4 to 1.0.',
      { target_amount: 90e6, max_net_leverage: 3.4 },
    ],
    ['$90M / 3.25x NL / 1.7x FCCR', { target_amount: 90e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 1.7 }],
    // Initials inside a longer word, and a level today, are no limit.
    ['$90M. The sites sit in 3x NLR zones.', { target_amount: 90e6 }],
  ],
  'a scanned page with a one for the l opening a key word, or a zero in a short word of a limit': [
    ['[scan] $70M. Net 1everage n0t t0 exceed 3.3x.', { target_amount: 70e6, max_net_leverage: 3.3 }],
    ['[scan] $70M. FCCR n0 1ess than 1.8x.', { target_amount: 70e6, min_fixed_charge_coverage: 1.8 }],
    // A code with a zero keeps its figure, and a one before a word that is no key word stays a one.
    ['[scan] $70M. Phase T0 only; 1st tranche.', { target_amount: 70e6 }],
  ],
};

describeFamilies('Brief wording families, round 42: covenants and caps', FAMILIES);
