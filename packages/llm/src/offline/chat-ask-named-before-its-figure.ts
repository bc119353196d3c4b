import { BARE_CHAT_FIGURE } from './chat-bare-figures.js';

/**
 * A chat message that names the ask and gives its bare figure with no verb between: "<fay> ask 132", "kate: target
 * 145", "dev: amount - 90". Read by `readBareChatAsk` of `bare-chat-asks.ts` among its other forms, in millions, only
 * when no amount was read otherwise; the speaker must speak on another line too, so that a form's "Ask: 132" label
 * is left to the label readers. A figure with a unit of its own ("ask 132 bps", "target 4.5x") is no ask.
 */
export const CHAT_ASK_NAMED_BEFORE_ITS_FIGURE = String.raw`(?:^|\n)[^\S\n]*(?:\[[\d:]+\][^\S\n]*)?(?<speaker>[a-z][a-z.'-]{1,20}):[^\S\n]*(?:(?:the|our|my)[^\S\n]+)?(?:ask|target|amount|size|raise)[^\S\n]*[:=\u2013\u2014-]?[^\S\n]*${BARE_CHAT_FIGURE}(?=[^\S\n]*(?:$|\n|[.,;!]))`;
