import type { AssetType } from '@leaseback/domain';
import type { JsonSchema } from './check-strict-schema.js';

/** What a request knows about the portfolio that narrows an answer schema. */
export interface PortfolioVocabulary {
  /** Market names, exactly as the portfolio spells them. */
  readonly markets?: readonly string[];
  /** Asset types present in the portfolio. */
  readonly assetTypes?: readonly AssetType[];
}

const MARKET_PROPERTIES = new Set(['include_markets', 'exclude_markets']);
const ASSET_TYPE_PROPERTIES = new Set(['asset_types']);

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets `enum` on the string item schema of a list property (through its nullable `anyOf`). */
function restrictItems(node: JsonSchema, values: readonly string[]): JsonSchema {
  if (Array.isArray(node.anyOf))
    return { ...node, anyOf: node.anyOf.map((branch) => (isRecord(branch) ? restrictItems(branch, values) : branch)) };
  if (isRecord(node.items) && (node.items.type === 'string' || Array.isArray(node.items.enum))) {
    const { type: _type, ...rest } = node.items;
    return { ...node, items: { ...rest, type: 'string', enum: [...values] } };
  }
  return node;
}

/**
 * The answer schema of one call with the portfolio's vocabulary as enums:
 * every `include_markets` / `exclude_markets` list may only name the
 * portfolio's markets, every `asset_types` list only the types it holds, so
 * constrained decoding cannot produce a name the engine would not match. An
 * empty or unknown vocabulary leaves the schema as it is. Returns a copy.
 */
export function withPortfolioEnums(schema: JsonSchema, vocabulary: PortfolioVocabulary): JsonSchema {
  const markets = vocabulary.markets !== undefined && vocabulary.markets.length > 0 ? vocabulary.markets : null;
  const assetTypes = vocabulary.assetTypes !== undefined && vocabulary.assetTypes.length > 0 ? vocabulary.assetTypes : null;
  if (markets === null && assetTypes === null) return schema;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isRecord(node)) return node;
    const copy: JsonSchema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)]));
    if (isRecord(copy.properties)) {
      const properties: JsonSchema = { ...copy.properties };
      for (const [name, property] of Object.entries(properties)) {
        if (!isRecord(property)) continue;
        if (markets !== null && MARKET_PROPERTIES.has(name)) properties[name] = restrictItems(property, markets);
        if (assetTypes !== null && ASSET_TYPE_PROPERTIES.has(name)) properties[name] = restrictItems(property, assetTypes);
      }
      copy.properties = properties;
    }
    return copy;
  };
  return visit(schema) as JsonSchema;
}
