import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-sixth round of wording families for markets and states: a brief that opens with the writer's place and
 * title ("Atlanta ops lead.", "Hi all, Columbus here."); a list of places in one cell of a table or pasted row joined
 * by semicolons or bars ("Excluded markets   Atlanta; Newark", "exclude_markets,Dallas|Phoenix", a snake-case key
 * "excluded_market,Inland Empire,"); tables of markets with a reason column or a Y/N column, and a go/no-go checklist
 * whose ticked line asks for places; a chat's "which markets are out?" answered on the next line; the places a building
 * serves, given as why it stays ("everything in the Southeast sorts through that building"), or a building described by
 * its place ("it's our NJ overflow site"); a place named as the
 * condition of a request ("If you do sell in Ohio, please don't take ..."); the towns in a reason bracket after
 * buildings ruled out; the writer's own markets asked for by "those two markets of mine"; a condition on the deal
 * itself before the writer's advice ("If the company is doing this deal ..., I'd say keep it to ..."); and a separate
 * case named by the place it leaves out ("a separate no-Texas case afterwards"); and the team whose minutes a brief
 * is ("Minutes - Houston region real estate review"). Every case states what it must read;
 * a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a brief that opens with the writer\'s place and title, or the place and "here" after a greeting ("Atlanta ops lead.")': [
    [
      "Houston ops lead. We are raising $62M; please don't sell the Baytown warehouse.",
      { target_amount: 62e6, exclude_asset_ids: ['HOU-02'] },
    ],
    ['Chicago region lead here. Target $58M.', { target_amount: 58e6 }],
    ['Phoenix regional. The ask is $47M.', { target_amount: 47e6 }],
    ['Hi all, Newark here.\n\nThe number is $73M.', { target_amount: 73e6 }],
    ['Hello team, Dallas here. Raise $66M.', { target_amount: 66e6 }],
    // A place asked for after the opening is still read, and an opening that asks is no signature.
    ['Atlanta ops lead. Raise $54M, Atlanta only.', { target_amount: 54e6, include_markets: ['Atlanta'] }],
    ['Dallas only. Raise $44M.', { target_amount: 44e6, include_markets: ['Dallas'] }],
  ],
  'a list of places in one cell joined by semicolons or bars, and a pasted row\'s snake-case key ("exclude_markets,Dallas|Phoenix")': [
    [
      'Item                  Value\nTarget                $88M\nExcluded markets      Chicago; Phoenix',
      { target_amount: 88e6, exclude_markets: ['Chicago', 'Phoenix'] },
    ],
    ['key,value\ntarget_usd,61000000\nexclude_markets,Newark|Atlanta', { target_amount: 61e6, exclude_markets: ['Atlanta', 'Newark'] }],
    ['setting,value,unit\ntarget,74,USD m\nexcluded_markets,Columbus,', { target_amount: 74e6, exclude_markets: ['Columbus'] }],
    // A semicolon in running text ends the clause: what follows is a sentence of its own.
    [
      'Target: $59M\nExclude markets: Dallas; Houston is where we sell the most.',
      { target_amount: 59e6, exclude_markets: ['Dallas'], include_markets: ['Houston'] },
    ],
    ['Raise $68M. Exclude Phoenix; Chicago stays in play.', { target_amount: 68e6, exclude_markets: ['Phoenix'] }],
  ],
  'tables of markets with a reason or a Y/N column, and a go/no-go checklist ("| Market | Reason out of scope |")': [
    [
      'Target: $92M\n\n| Market  | Reason out of scope        |\n|---------|----------------------------|\n| Newark  | port lease talks           |\n| Dallas  | HQ consolidation           |',
      { target_amount: 92e6, exclude_markets: ['Dallas', 'Newark'] },
    ],
    [
      'Target $77M\n\n| Market | In scope |\n|---|---|\n| Chicago | N |\n| Columbus | Y |\n| Atlanta | Y |',
      { target_amount: 77e6, exclude_markets: ['Chicago'], include_markets: ['Atlanta', 'Columbus'] },
    ],
    [
      'Go/no-go checklist\n[x] Target: $83M\n[x] Dallas and Columbus sites only\n[ ] Stretch: $95M',
      { target_amount: 83e6, include_markets: ['Columbus', 'Dallas'] },
    ],
  ],
  'a chat\'s "which markets are out?" answered on the next line ("Ana: which markets are out? / Raj: Chicago and Denver")': [
    ['Ana: target is $60M\nAna: which markets are out?\nRaj: Chicago and Denver', { target_amount: 60e6, exclude_markets: ['Chicago'] }],
    [
      'Nina: can you run $57M?\nOmar: sure - which markets are out?\nNina: Houston and Phoenix',
      { target_amount: 57e6, exclude_markets: ['Houston', 'Phoenix'] },
    ],
    ['Kim: raising $64M\nLee: any markets to exclude?\nKim: just Newark.', { target_amount: 64e6, exclude_markets: ['Newark'] }],
    // An answer that rules nothing out, or names a place as fine, is no exclusion.
    ['Kim: raising $64M\nLee: which markets are out?\nKim: none, sell anywhere', { target_amount: 64e6 }],
    [
      'Kim: raising $64M\nLee: which markets are out?\nKim: Chicago is fine, the rest we can discuss',
      { target_amount: 64e6, include_markets: ['Chicago'] },
    ],
  ],
  'the places a building serves, given as why it stays ("everything in the Southeast sorts through that building")': [
    [
      'Raise $71M. Leave the Joliet DC alone - everything in the Midwest sorts through that building.',
      { target_amount: 71e6, exclude_asset_ids: ['CHI-01'] },
    ],
    [
      "Target $69M. The Tolleson DC can't go, it's the hub for the whole Arizona network.",
      { target_amount: 69e6, exclude_asset_ids: ['PHX-01'] },
    ],
    // A place asked for beside the reach stays asked for.
    [
      'Raise $71M from Georgia only - everything in the Southeast sorts through it anyway.',
      { target_amount: 71e6, include_markets: ['Atlanta'] },
    ],
  ],
  'a building described by its place ("keep it - it\'s our NJ overflow site")': [
    ["Raise $58M. The Groveport Warehouse stays, it's our Ohio overflow site.", { target_amount: 58e6, exclude_asset_ids: ['COL-02'] }],
    ["Raise $44M. Keep the Tolleson DC, that's the Arizona flagship hub.", { target_amount: 44e6, exclude_asset_ids: ['PHX-01'] }],
    // Places that are the subject of the ask, not a building's description, are read.
    ["Raise $58M. It's our Georgia sites that should go.", { target_amount: 58e6, include_markets: ['Atlanta'] }],
  ],
  'a place named as the condition of a request ("If you do sell in Ohio, please don\'t take the Rickenbacker DC")': [
    ["Raise $63M. If you do sell in Texas, please don't take the Pasadena plant.", { target_amount: 63e6, exclude_asset_ids: ['HOU-03'] }],
    [
      'Raise $48M. If Georgia ends up in the mix, keep the McDonough Warehouse out.',
      { target_amount: 48e6, exclude_asset_ids: ['ATL-02'] },
    ],
    // A condition that asks for the place alone, and a plain refusal, are still read.
    ['Raise $56M. If we sell in Ohio, Ohio only.', { target_amount: 56e6, include_markets: ['Columbus'] }],
    ['Raise $49M. Do not sell in Illinois, please.', { target_amount: 49e6, exclude_markets: ['Chicago'] }],
  ],
  'the towns in a reason bracket after buildings ruled out ("(Ontario, Chandler and Port Newark each have open issues)")': [
    [
      'Target $82M. Exclude CHI-03, HOU-03 (Cicero and Pasadena both have union agreements to renegotiate).',
      { target_amount: 82e6, exclude_asset_ids: ['CHI-03', 'HOU-03'] },
    ],
    [
      'Target $300M. Exclude IE-01 and NWK-01 (Ontario and Port Newark each have open issues with the lenders).',
      { target_amount: 300e6, exclude_asset_ids: ['IE-01', 'NWK-01'] },
    ],
  ],
  'the writer\'s own markets asked for by "those two markets of mine", "my two markets"': [
    [
      'I cover Georgia and Ohio. Please limit the $52M sale to those two markets of mine.',
      { target_amount: 52e6, include_markets: ['Atlanta', 'Columbus'] },
    ],
    [
      'I cover Dallas and Chicago. Raise $46M and restrict it to my two markets.',
      { target_amount: 46e6, include_markets: ['Chicago', 'Dallas'] },
    ],
    // A place named in the limit is asked for, not the writer's.
    ['I cover Dallas and Chicago. Raise $46M and restrict it to Phoenix.', { target_amount: 46e6, include_markets: ['Phoenix'] }],
  ],
  'a condition on the deal itself before the writer\'s advice ("If the company is doing this ..., I\'d say keep it to ...")': [
    [
      "Raise $53M. If the company is doing this deal at $53M, I'd say keep it to Dallas and Atlanta.",
      { target_amount: 53e6, include_markets: ['Atlanta', 'Dallas'] },
    ],
    // A counterfactual stays a hypothetical.
    ["If it were up to me I'd skip Newark. Raise $53M.", { target_amount: 53e6 }],
  ],
  'the team whose minutes a brief is, in the title ("Minutes - Houston region real estate review")': [
    ['Minutes - Chicago team pipeline call\n- Raise $64M.', { target_amount: 64e6 }],
    [
      'Minutes \u2013 Atlanta region portfolio review\n- SLB of $93M agreed.\n- McDonough Warehouse is excluded.',
      { target_amount: 93e6, exclude_asset_ids: ['ATL-02'] },
    ],
    // A review of a place, or a place asked for under the title, is still read.
    ['Minutes - Phoenix sale review\n- Raise $64M.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
    ['Minutes - Chicago team pipeline call\n- Raise $64M, Chicago only.', { target_amount: 64e6, include_markets: ['Chicago'] }],
  ],
  'a separate case named by the place it leaves out ("a separate no-Texas case afterwards for comparison")': [
    ["The ask is $97M. I'd also like a separate no-Georgia case afterwards for comparison; don't apply it here.", { target_amount: 97e6 }],
    ['Raise $76M. Also run a second scenario without Arizona later, for the board pack.', { target_amount: 76e6 }],
    // This run's own exclusion is still read.
    ['Raise $81M. Run the no-Texas case.', { target_amount: 81e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['Raise $81M, no Texas.', { target_amount: 81e6, exclude_markets: ['Dallas', 'Houston'] }],
  ],
};

describeFamilies('places and markets, twenty-sixth round', FAMILIES);
