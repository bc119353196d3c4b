import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fourth round of wording families for the target, the floor, the strategy and the objective: a floor said,
 * once the ask is written, as where the writer would stop or as the figure anything above works from ("we'd stop at
 * $X if needed", "but will stop at $X", "; can stop at $X", "anything from $X up works"), the sale held to what is
 * needed and the option cheapest over the years ("sell only as much as we need", "sell only just enough", "just
 * enough proceeds and nothing over", "make the overshoot as small as possible", "the plan that's cheapest over the
 * years", "the option that costs the company least, in today's money, over the life of the leases"), the exact search
 * asked for by the best combination alone ("best combination please", "what's the best mix to raise $X?"), money
 * figures and labels from a scanned page ("USD l8O MILLI0N", "$ 4O m1ll1on", "$ lO5 M", "FL00R:"), and a figure
 * refused with a dash on a later line and corrected ("not $86M - $91M"), which is no range. Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor said as where the writer would stop, or as the figure anything above works from, once the ask is written': [
    ['Goal is $150M; we could stop at $125M if we had to.', { target_amount: 150e6, floor_amount: 125e6 }],
    ["We'd like $92M, though I'd stop at $80M.", { target_amount: 92e6, floor_amount: 80e6 }],
    ['Looking for $66M but would stop at $58M if pressed.', { target_amount: 66e6, floor_amount: 58e6 }],
    ['Notes: $140M target; can stop at $120M; exclude mortgaged.', { target_amount: 140e6, floor_amount: 120e6, exclude_mortgaged: true }],
    ['Shoot for $78M; anything from $70M up works for us.', { target_amount: 78e6, floor_amount: 70e6 }],
    ['Target $110M, any amount from $95M upwards is fine.', { target_amount: 110e6, floor_amount: 95e6 }],
    // A stop with no ask above it, a run that stops, or a stop of rent names no floor.
    ["We'd stop at $60M.", { target_amount: 60e6 }],
    ['Raise $90M; last year the sale stopped at $95M.', { target_amount: 90e6 }],
    ['Raise $90M; anything from $5M of new rent up is too much.', { target_amount: 90e6, max_rent_added: 5e6 }],
  ],
  'the sale held to what is needed, and the option cheapest over the years': [
    ['Raise $64M and sell only what we need.', { target_amount: 64e6, economics: { objective: 'min_proceeds' } }],
    ['$58M - please sell only as much as is required, nothing more.', { target_amount: 58e6, economics: { objective: 'min_proceeds' } }],
    ['Could you get us $47M and sell just enough?', { target_amount: 47e6, economics: { objective: 'min_proceeds' } }],
    ['Find $83M with just enough money and not a dollar more.', { target_amount: 83e6, economics: { objective: 'min_proceeds' } }],
    ['$121M; get the excess as low as you can.', { target_amount: 121e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $99M and choose the plan that is cheapest over the years.', { target_amount: 99e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$72M. Take the mix that costs us least, in today\u2019s dollars, over the life of the leases.',
      { target_amount: 72e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'We need $140M; pick whichever package comes out least expensive over the long run.',
      { target_amount: 140e6, economics: { objective: 'min_npv_cost' } },
    ],
    // Just enough of something else, a site cheap to run, or an overshoot bounded by a figure is no objective.
    ['Raise $64M; sell only the warehouses in Dallas.', { target_amount: 64e6, asset_types: ['warehouse'], include_markets: ['Dallas'] }],
    ['Raise $47M and keep just enough staff on site.', { target_amount: 47e6 }],
    ['Raise $99M; Tulsa was the cheapest site over the years.', { target_amount: 99e6 }],
  ],
  'the exact search asked for by the best combination alone': [
    ['Best combination please: $116M.', { target_amount: 116e6, strategy: 'exact' }],
    ["What's the best mix to raise $84M?", { target_amount: 84e6, strategy: 'exact' }],
    ['Raise $52M with the best set of buildings.', { target_amount: 52e6, strategy: 'exact' }],
    ['Raise $230M; find the best possible selection.', { target_amount: 230e6, strategy: 'exact' }],
    ['Raise $52M; best combination, but greedy is fine for now.', { target_amount: 52e6, strategy: 'greedy' }],
    // The best of something else, or one not needed, asks for no search.
    ['Raise $52M; pick the best mix of term and escalator you can.', { target_amount: 52e6 }],
    ['Raise $52M; it need not be the best combination.', { target_amount: 52e6 }],
    ['Raise $52M; no need for the best set, just a decent one.', { target_amount: 52e6 }],
  ],
  'money figures and labels from a scanned page': [
    ['PR0CEEDS: USD l4O MILLI0N', { target_amount: 140e6 }],
    ['Target $ 4O m1ll1on, fl00r $ 3O m1ll1on', { target_amount: 40e6, floor_amount: 30e6 }],
    ['Ask: $ lO5 M', { target_amount: 105e6 }],
    ['TARGET: USD 9O MILLI0N\nFL00R: USD 8O MILLI0N', { target_amount: 90e6, floor_amount: 80e6 }],
    // A site code, or a market with a zero at its end, keeps its digits.
    ['Raise $60M; exclude HOU-03.', { target_amount: 60e6, exclude_asset_ids: ['HOU-03'] }],
  ],
  'a figure refused with a dash on a later line and corrected, which is no range': [
    ['Ben: $120M?\nAmy: not $120M - $135M', { target_amount: 135e6 }],
    ['[09:10] Raj: $70M ok?\n[09:11] Lee: \u21b3 not $70M - $64M', { target_amount: 64e6 }],
    // A range with no refusal before it keeps its floor and ask.
    ['Ben: what size?\nAmy: $120M - $135M', { target_amount: 135e6, floor_amount: 120e6 }],
  ],
};

describeFamilies('target, floor and search families, round 34', FAMILIES);
