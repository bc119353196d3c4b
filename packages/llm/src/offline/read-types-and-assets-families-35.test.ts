import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fifth round of wording families for asset types, assets and mortgages: the office words that ask for no
 * type (an adviser's engagement or practice office, a corporate or main office that asks for the amount, a new office
 * or plant the company is opening or moving into); a wish that the sale not touch encumbered buildings, a lender's
 * claim or charge on them, or a contract's property "subject to Security"; a building the writer will not go near; a
 * chat's "exclude list?" answered with ids on the next line; the writer's own building, then its name, left where it
 * is or in place; and "keep it" with how or on what standard the sale is run ("keep it quick", "keep it on IFRS 16"),
 * which keeps no building. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  "an adviser's engagement or practice office, and a corporate or main office that asks": [
    ['Tax adviser, audit office. The client needs $64M.', { target_amount: 64e6 }],
    ['Greetings from our engagement office: the client wants $64M.', { target_amount: 64e6 }],
    ['Our corporate office needs $64M from the sale.', { target_amount: 64e6 }],
    ['The main office asked for $64M this quarter.', { target_amount: 64e6 }],
    ['Group office is after $64M.', { target_amount: 64e6 }],
    // The types themselves are still asked for in words of their own.
    ['Our corporate office wants $64M, plants only.', { target_amount: 64e6, asset_types: ['manufacturing'] }],
    ['Audit office here. $64M from offices only.', { target_amount: 64e6, asset_types: ['office'] }],
  ],
  'a new building the company is opening, building or moving into': [
    ['Raise $70M. We are opening a new office next spring.', { target_amount: 70e6 }],
    ["Target $70M. We're building another plant in 2027, which has nothing to do with this.", { target_amount: 70e6 }],
    ['Finance is moving into a new office soon. Target: $70M.', { target_amount: 70e6 }],
    ['We just signed for a new warehouse. Raise $70M.', { target_amount: 70e6 }],
    // The sale's own types are still read.
    ["Raise $70M from warehouses only; we're leasing a second office nearby.", { target_amount: 70e6, asset_types: ['warehouse'] }],
    // Without "new", "another" or "second" the building is one of the portfolio's.
    ['Raise $70M by selling the offices.', { target_amount: 70e6, asset_types: ['office'] }],
  ],
  'a wish that the sale not touch encumbered buildings; a lender claim or charge on them; property subject to Security': [
    ["Raise $118M, but don't let the deal touch any site carrying a mortgage.", { target_amount: 118e6, exclude_mortgaged: true }],
    ['Please do not let it touch anything with a lien. $118M.', { target_amount: 118e6, exclude_mortgaged: true }],
    ["Target $118M. Nothing with a bank's charge over it.", { target_amount: 118e6, exclude_mortgaged: true }],
    ["$118M, and we won't sell any building that has a creditor's claim on it.", { target_amount: 118e6, exclude_mortgaged: true }],
    [
      '(a) no Property subject to a Security Interest may be sold; (b) proceeds of $118M.',
      { target_amount: 118e6, exclude_mortgaged: true },
    ],
    // A claim or a charge mentioned, with nothing ruled out, rules nothing out.
    ["Target $118M. The bank's claim on our cash pile is being settled.", { target_amount: 118e6 }],
    ["Don't let the deal take longer than a quarter. $118M.", { target_amount: 118e6 }],
  ],
  'a building the writer will not go near': [
    ['Target $99M, and please never go near the Fontana Warehouse.', { target_amount: 99e6, exclude_asset_ids: ['IE-02'] }],
    ["Raise $99M. We won't get near the Tempe Office, it's our showroom.", { target_amount: 99e6, exclude_asset_ids: ['PHX-03'] }],
    ["$99M. Don't come near the Kearny Legacy Plant.", { target_amount: 99e6, exclude_asset_ids: ['NWK-03'] }],
    // A building near another is no exclusion.
    ['Raise $99M. The Fontana Warehouse sits near the port.', { target_amount: 99e6 }],
  ],
  'a chat asking for the exclude list, answered with ids on the next line': [
    ['Ana: target $99M\nAna: exclude list?\nBen: DAL-04, ATL-02', { target_amount: 99e6, exclude_asset_ids: ['DAL-04', 'ATL-02'] }],
    ['Ana: exclusion list?\nBen: PHX-02\nAna: and the target?\nBen: $99M', { target_amount: 99e6, exclude_asset_ids: ['PHX-02'] }],
    ['Ana: keep-out ids?\nBen: COL-03, CHI-05\nAna: target $99M', { target_amount: 99e6, exclude_asset_ids: ['COL-03', 'CHI-05'] }],
  ],
  "the writer's own building, then its name, left where it is or in place": [
    ['Raise $80M and keep my plant, the Cicero Main Plant, as it is.', { target_amount: 80e6, exclude_asset_ids: ['CHI-03'] }],
    ['Leave my store, the Mesa Parts Store, in place. $80M.', { target_amount: 80e6, exclude_asset_ids: ['PHX-04'] }],
    ['$80M. Leave our building, the Edison Warehouse, where it is.', { target_amount: 80e6, exclude_asset_ids: ['NWK-02'] }],
  ],
  '"keep it" with how or on what standard the sale is run keeps no building': [
    ['Raise $90M from plants only, and keep it quick.', { target_amount: 90e6, asset_types: ['manufacturing'] }],
    ['Labs only, $90M, and keep it modest.', { target_amount: 90e6, asset_types: ['lab'] }],
    [
      'Offices only for $90M; keep it on IFRS 16.',
      { target_amount: 90e6, asset_types: ['office'], economics: { accounting_basis: 'ifrs16' } },
    ],
    // A building kept on the books is kept.
    ['Raise $90M. The Tempe Office? Keep it on the books.', { target_amount: 90e6, exclude_asset_ids: ['PHX-03'] }],
  ],
};

describeFamilies('types and assets: families, round 35', FAMILIES);
