import type { AssetType } from '@leaseback/domain';

/**
 * The words a brief uses for each asset type, singular and plural, lower case.
 * Matching takes the longest phrase at a position, so "data centers" is a data
 * center and never a "center" of anything else. `other` has no words: a brief
 * cannot ask for it by name.
 */
export const ASSET_TYPE_WORDS: Readonly<Record<AssetType, readonly string[]>> = {
  distribution_center: [
    'distribution centers',
    'distribution center',
    'distribution centres',
    'distribution centre',
    'distribution facilities',
    'distribution facility',
    'distribution hubs',
    'distribution hub',
    'distribution',
    'fulfillment centers',
    'fulfillment center',
    'fulfilment centres',
    'fulfilment centre',
    'fulfillment',
    'logistics',
    'cross-docks',
    'cross-dock',
    'dcs',
    'dc',
  ],
  warehouse: ['warehouses', 'warehouse', 'warehousing'],
  manufacturing: [
    'manufacturing',
    'manufacturing plants',
    'production facilities',
    'production facility',
    'production sites',
    'factories',
    'factory',
    'plants',
    'plant',
    'mfg',
  ],
  office: ['offices', 'office', 'headquarters', 'head offices', 'head office', 'hqs', 'hq'],
  retail: ['retail', 'stores', 'store', 'shops', 'shop', 'outlets', 'outlet', 'showrooms', 'showroom', 'branches'],
  data_center: ['data centers', 'data center', 'data centres', 'data centre', 'datacenters', 'datacenter', 'datacentres', 'datacentre'],
  lab: [
    'labs',
    'lab',
    'laboratories',
    'laboratory',
    'r&d',
    'r & d',
    'research and development',
    'research facilities',
    'research facility',
    'research centers',
    'research center',
    'research sites',
    'research',
  ],
  other: [],
};
