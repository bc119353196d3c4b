/**
 * A type written in the singular after "the", alone in its clause ("Investors asked about the HQ", "the lab drew
 * little interest", "selling just the HQ"), names one building the reader already knows, not a kind of asset to sell:
 * such a mention asks for no type, and nor does one singled out as the only one ("it is the only plant that makes
 * the housings"). Followed by a noun it is a kind again ("the office portfolio", "the warehouse
 * assets"), and so is a word that is also a sector ("the retail", "the industrial").
 */
const ONE_BUILDING =
  /^(?:hq|headquarters|head\s+office|lab|laboratory|research\s+lab|plant|factory|office|warehouse|data\s+cent(?:er|re)|distribution\s+cent(?:er|re)|dc|store|hub|cross-dock)$/;
/**
 * "the" right before the mention, with no count or other word between, and no list joining it to another ("expand
 * the plant" is no "and the plant"); "the
 * only", "our sole", which single out one building ("it is the only plant that makes the housings"); or a town's or
 * owner's name in the possessive ("Chandler's data center is encumbered").
 */
const THE_BEFORE =
  /(?:^|[^a-z])(?<!(?:\b(?:and|or)|&|,)\s+)(?:the|(?:the|our|its|their)\s+(?:only|sole|single)|(?!(?:it|that|what|there|here|let|who|he|she)['\u2019]s)[a-z]{3,}['\u2019]s)\s+$/;
/** A list going on after the mention ("the warehouse and DC pool", "the lab and the data centers"): a kind again. */
const JOINED_AFTER = /^\s*(?:and|or|&|,|\/)/;
/**
 * "build out the lab, and the DC there is our backbone": a comma and a conjunction that open a new clause about one
 * more building, its singular verb after it, join no list.
 */
const NEXT_CLAUSE_AFTER =
  /^\s*,\s*(?:and|but|while)\s+the\s+[a-z&-]+(?:\s+[a-z&-]+)?(?:\s+(?:there|here))?\s+(?:is|was|has|stays|remains)\b/;
/** The same clause seen from its building: ", and the " before it, "there is" or "is" after it. */
const NEXT_CLAUSE_BEFORE = /,\s*(?:and|but|while)\s+the\s+$/;
const SINGULAR_VERB_AFTER = /^(?:\s+(?:there|here))?\s+(?:is|was|has|stays|remains)\b/;
/** A noun after the singular that makes it a kind of asset ("the office portfolio", "the plant assets"). */
const KIND_NOUN_AFTER =
  /^[\s-]*(?:portfolio|assets?|sites?|properties|property|book|segment|side|sector|space|buildings?|estate|footprint|stock|pool|names|type|category|class|only|market)\b/;

/**
 * An allow-list that closes on the mention: "Only sell the lab", "Limit it to the plant", "stick to the warehouse".
 * What the sale is limited to is the kind asked for, not a building talked about; a headquarters stays one building.
 */
const ONLY_THIS_BEFORE =
  /\b(?:only\s+sell|sell\s+only|(?:limit|restrict|confine|keep)\s+(?:it|this|the\s+(?:sale|deal|program(?:me)?))\s+to|stick\s+(?:to|with))\s+the\s+$/;
const HEADQUARTERS = /^(?:hq|headquarters|head\s+office)$/;

/** Whether the mention from `start` to `end` of `lower` names one building rather than a type asked for. */
export function isOneBuildingMention(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 40), start);
  if (ONLY_THIS_BEFORE.test(before) && !HEADQUARTERS.test(lower.slice(start, end).trim())) return false;
  if (NEXT_CLAUSE_BEFORE.test(before) && SINGULAR_VERB_AFTER.test(lower.slice(end, end + 20)))
    return ONE_BUILDING.test(lower.slice(start, end).trim()) && !KIND_NOUN_AFTER.test(lower.slice(end, end + 20));
  return THE_BEFORE.test(before.slice(-20)) && isOneBuildingNoun(lower, start, end);
}

/**
 * Whether the type from `start` to `end` of `lower` is a noun for one building ("office", "HQ", "plant"; never a
 * sector such as "retail"), with no list going on after it and no noun that makes it a kind ("the Phoenix office
 * assets").
 */
export function isOneBuildingNoun(lower: string, start: number, end: number): boolean {
  return (
    ONE_BUILDING.test(lower.slice(start, end).trim()) &&
    (!JOINED_AFTER.test(lower.slice(end, end + 4)) || NEXT_CLAUSE_AFTER.test(lower.slice(end, end + 60))) &&
    !KIND_NOUN_AFTER.test(lower.slice(end, end + 20))
  );
}
