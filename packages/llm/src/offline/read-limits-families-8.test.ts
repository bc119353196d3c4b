import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eighth round of wording families for the covenants, the market-share cap, the new-rent cap and the score
 * filters, many of them dictated: numbers spoken in words, words heard as other words, and a speaker's pauses.
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  '"lease adjusted" alone before a level in words or with no unit ("lease adj 4.6", "lease adjusted under four point nine")': [
    ['Sent from my phone. 120m target, lease adj 4.6', { target_amount: 120e6, max_lease_adjusted_leverage: 4.6 }],
    ['Raise eighty million, and lease adjusted under four point nine.', { target_amount: 80e6, max_lease_adjusted_leverage: 4.9 }],
    ['Target 95M. Lease adjusted 4.25 max.', { target_amount: 95e6, max_lease_adjusted_leverage: 4.25 }],
    ['Three hundred million. Lease adjusted no more than five and a quarter.', { target_amount: 300e6, max_lease_adjusted_leverage: 5.25 }],
    ['Raise 60M, lease adjusted under six.', { target_amount: 60e6, max_lease_adjusted_leverage: 6 }],
    // A level today, a term or an amount after the words is no limit.
    ['Raise 60M. Lease adjusted 3.9 today.', { target_amount: 60e6 }],
    ['Raise 60M, lease adjusted under five years of rent.', { target_amount: 60e6 }],
  ],
  'a multiple heard as another word ("for times lease adjusted", "above to times")': [
    ['Can we get 300M without going over for times lease adjusted?', { target_amount: 300e6, max_lease_adjusted_leverage: 4 }],
    [
      'fixed charge coverage has to stay above to times, and the target is ninety million',
      { target_amount: 90e6, min_fixed_charge_coverage: 2 },
    ],
    ['Raise 150M, coverage no less than too times.', { target_amount: 150e6, min_fixed_charge_coverage: 2 }],
    ['Raise 150M and keep net leverage under for times.', { target_amount: 150e6, max_net_leverage: 4 }],
    // "to" and "for" anywhere else are what they say.
    ['Raise 150M for times like these; net leverage under 3.5x.', { target_amount: 150e6, max_net_leverage: 3.5 }],
    ['Raise 150M; we go back to times when coverage was 3x.', { target_amount: 150e6 }],
  ],
  '"fixed charge" alone before "above"/"over", and "fixed charge cov" ("keep fixed charge above one point five")': [
    ['Raise 400M and keep fixed charge above one point five.', { target_amount: 400e6, min_fixed_charge_coverage: 1.5 }],
    ['Two hundred million. Fixed charge over one and three quarters.', { target_amount: 200e6, min_fixed_charge_coverage: 1.75 }],
    ['Can we raise 120M? Fixed charge cov 1.7', { target_amount: 120e6, min_fixed_charge_coverage: 1.7 }],
    ['Raise 120M. Fixed charge not below 1.6x.', { target_amount: 120e6, min_fixed_charge_coverage: 1.6 }],
    // Fixed charges as an amount, or over a number of years, are no coverage.
    ['Raise 120M. Fixed charges over 40 million a year are paid from the revolver.', { target_amount: 120e6 }],
  ],
  '"ebit da", the word split by a transcript ("net debt to ebit da no more than three point three")': [
    ['Two hundred million. Net debt to ebit da no more than three point one.', { target_amount: 200e6, max_net_leverage: 3.1 }],
    ['Raise 90M with debt to EBIT DA under 3.6x.', { target_amount: 90e6, max_net_leverage: 3.6 }],
    ['Raise 90M; net debt over ebit-da at most 3.25x.', { target_amount: 90e6, max_net_leverage: 3.25 }],
    // EBITDA itself is an amount, never the ratio.
    ['Raise 90M; ebit da is about 400 million.', { target_amount: 90e6 }],
  ],
  'a speaker\'s aside between a metric and its bound ("net leverage that is, under three point two five")': [
    [
      'the ask is a hundred million, leverage, net leverage that is, under three point five',
      { target_amount: 100e6, max_net_leverage: 3.5 },
    ],
    ['Raise 90M; fixed charge coverage, uh, at least 1.6x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.6 }],
    ['Raise 90M; lease-adjusted leverage I mean, below 4.8x.', { target_amount: 90e6, max_lease_adjusted_leverage: 4.8 }],
    // An aside that names another metric keeps its figure.
    ['Raise 90M; net leverage that is, FCCR at least 1.6x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.6 }],
  ],
  'a dictated list item: "and uh" before the metric, or a comma before a level in words ("lease adjusted leverage, four and a half")': [
    [
      'the target is one forty five million, and uh net leverage three and a quarter, and fixed charge at least one point seven',
      { target_amount: 145e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 1.7 },
    ],
    [
      'coverage above two times, and the target is a hundred million, and the lease adjusted leverage, five and a half',
      { target_amount: 100e6, min_fixed_charge_coverage: 2, max_lease_adjusted_leverage: 5.5 },
    ],
    ['Raise 80M, and um net leverage three point seven five.', { target_amount: 80e6, max_net_leverage: 3.75 }],
    ['Raise 80M. Net leverage, four times.', { target_amount: 80e6, max_net_leverage: 4 }],
    // A level with more after it in its sentence is a description, not a list item.
    ['Raise 80M. Net leverage, three and a half at the last test date, is fine.', { target_amount: 80e6 }],
  ],
};

describeFamilies('reading limits: families, round eight', FAMILIES);
