/**
 * Function and question words: they say how a customer asks, not what about, so they never
 * decide which article answers ("why is my account frozen" is about "account frozen"). General
 * language lists (short versions of the usual IR stop-word lists), not words chosen per query.
 * A query made only of them is still searched as typed.
 */
const lists: Record<string, string> = {
  en: `a an the and or but if of to in on at by for from with about into as is are was were be been being am do does did
    doing have has had having i me my mine myself we our you your yours he him his she her it its they them their this that
    these those what which who whom whose why how when where there here can could will would shall should may might must
    not no yes so too very just only also still again ever any some all each more most much many than then now please
    want need get got help okpay`,
  'zh-cn': `的 了 吗 呢 吧 啊 呀 哦 嘛 是 在 我 你 您 他 她 它 我们 你们 他们 我的 你的 您的 这 那 这个 那个 这些 那些 这样 那样
    什么 怎么 怎样 怎么办 怎么样 为什么 为啥 如何 哪 哪里 哪儿 哪些 哪个 多少 多久 几 能 能不能 可以 可不可以 是不是 有没有
    要 想 会 都 也 还 就 又 再 一直 已经 有 没 没有 不 一个 一下 请问 东西 一些 时候 现在 自己 okpay`,
  // The zh-cn list in Hong Kong and Taiwan Traditional (OpenCC hk and twp; a unit test keeps them equal).
  'zh-hant': `的 了 嗎 呢 吧 啊 呀 哦 嘛 是 在 我 你 您 他 她 它 我們 你們 他們 我的 你的 您的 這 那 這個 那個 這些 那些 這樣 那樣
    什麼 怎麼 怎樣 怎麼辦 怎麼樣 為什麼 為啥 如何 哪 哪裏 哪裡 哪兒 哪些 哪個 多少 多久 幾 能 能不能 可以 可不可以 是不是 有沒有
    要 想 會 都 也 還 就 又 再 一直 已經 有 沒 沒有 不 一個 一下 請問 東西 一些 時候 現在 自己 okpay`,
};

/** Asks whether a word only says how the customer asks. */
export interface FunctionWords {
  has(word: string): boolean;
  /** The listed words themselves. */
  listed: ReadonlySet<string>;
}

/** True when the Chinese word splits wholly into listed words: 我要 is 我 + 要, 你们的 is 你们 + 的. */
function composedOf(word: string, list: ReadonlySet<string>): boolean {
  const chars = [...word];
  const reachable = [true];
  for (let end = 1; end <= chars.length; end++) {
    reachable[end] = chars.some((_, start) => start < end && reachable[start] === true && list.has(chars.slice(start, end).join('')));
  }
  return reachable[chars.length] === true;
}

/**
 * The list's words, and Chinese words the segmenter makes of them (我要, 还是, 不能): a
 * compound of function words is one too, which no finite list spells out.
 */
function functionWords(list: ReadonlySet<string>): FunctionWords {
  return { listed: list, has: (word) => list.has(word) || (/^\p{Script=Han}{2,}$/u.test(word) && composedOf(word, list)) };
}

const sets = new Map(Object.entries(lists).map(([locale, words]) => [locale, functionWords(new Set(words.split(/\s+/).filter(Boolean)))]));

/** Traditional Chinese locales (zh-hk, zh-tw, zh-mo, zh-hant-…) share the Traditional list. */
const traditional = /^zh-(hk|tw|mo|hant)\b/i;
const none = functionWords(new Set());

export function stopwordsFor(locale: string): FunctionWords {
  return sets.get(locale) ?? (traditional.test(locale) ? sets.get('zh-hant')! : none);
}
