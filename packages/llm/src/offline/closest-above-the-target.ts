/**
 * The exact search asked for as the set that lands closest above the ask: "closest above the target you can get", "the
 * combination that just scrapes over $69M", "just enough to clear it and no more", "as little over the target as
 * possible". Only a search of every set finds the one that overshoots least, beside "as close to the target as
 * possible" of `read-strategy.ts`; read there as `exact`. Reaching the ask alone ("get over $70M") asks for no search.
 */
export const CLOSEST_ABOVE_THE_TARGET =
  /\b(?:(?:closest|nearest)[^\S\n]+(?:above|over)[^\S\n]+(?:the[^\S\n]+)?(?:target|ask|number|figure|amount|it|that)|just[^\S\n]+(?:scrapes?|squeaks?|creeps?|edges?)[^\S\n]+(?:over|past|above|by)|just[^\S\n]+enough[^\S\n]+to[^\S\n]+(?:clear|cover|top|get[^\S\n]+over)[^\S\n]+(?:it|that|the[^\S\n]+(?:target|ask|number|figure|amount|line|bar)|(?:us\$|\$)[^\S\n]*\d[\d.,]*[^\S\n]*(?:mm|mn|m|million|bn)?)[^\S\n]+and[^\S\n]+no[^\S\n]+more|(?:as[^\S\n]+)?little[^\S\n]+(?:over|above)[^\S\n]+(?:the[^\S\n]+)?(?:target|ask|number|it)[^\S\n]+as[^\S\n]+(?:possible|you[^\S\n]+can|we[^\S\n]+can))\b/g;
