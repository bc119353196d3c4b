import { BARE_CHAT_FIGURE } from './chat-bare-figures.js';

/**
 * A chat message that agrees to the ask as a bare figure: "<ben> ok 105. floor 90", "kim: fine, 135", "lou: agreed -
 * 80". After the figures batted about before it ("can we do 80?", "board said 105"), the one agreed to is the ask.
 * Read by `readBareChatAsk` of `bare-chat-asks.ts` among its other forms, in millions, only when no amount was read
 * otherwise; the speaker must speak on another line too. A figure with a unit of its own ("ok 15 years", "fine, 3.5x")
 * is no ask.
 */
export const CHAT_ASK_AGREED_AS_A_BARE_FIGURE = String.raw`(?:^|\n)[^\S\n]*(?:\[[\d:]+\][^\S\n]*)?(?<speaker>[a-z][a-z.'-]{1,20}):[^\S\n]*(?:ok(?:ay)?|fine|agreed|deal)[^\S\n]*[,!:\u2013\u2014-]?[^\S\n]*(?:(?:so|then)[^\S\n]+)?${BARE_CHAT_FIGURE}(?=[^\S\n]*(?:$|\n|[.,;!]))`;
