/**
 * A past deal named by its year with what it brought in: "Our 2021 sale-leaseback brought in $95M", "the 2019 deal
 * raised $140M". The figure is that deal's, background to this one's ask, so `readAmounts` reads it as past.
 */

/**
 * The deal named by a year, then a verb of what it yielded, right before the figure in its clause: the words before
 * an amount end so; or its figure named in a bracket after it ("our 2019 leaseback (the $45M one in Houston)"). A
 * clause that only holds such a deal in an aside after the ask ("Volume: USD 180 mio (the 2022
 * program was USD 140 mio)") leaves the ask its own.
 */
export const PAST_DEAL_BY_YEAR =
  /\b(?:our|the|that|a|an)\s+(?:19|20)\d\d\s+(?:(?:sale[-\s]?)?lease[-\s]?back|slb|deal|program(?:me)?|transaction|raise|round)\b(?:[^.;\n()]{0,40}?\b(?:raised|brought\s+in|fetched|generated|realised|realized|delivered|yielded|closed\s+at|came\s+in\s+at|was)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under))\s+)?|[^\S\n]*\((?:the|a|an)\s+)$/;
