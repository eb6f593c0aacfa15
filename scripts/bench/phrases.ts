/**
 * Paired English and Chinese phrase banks for the synthetic library. Each entry is the same
 * idea in both languages, so a generated article and its translation say the same thing.
 * Placeholders: {s} subject, {t} another subject, {f} a menu item, {n} a number of days,
 * {a} an amount, {code} an error code.
 */
export interface Pair {
  en: string;
  zh: string;
}

export interface Subject extends Pair {
  /** URL-safe English name for slugs. */
  slug: string;
  /** Words customers type for it (keywords), per language. */
  synonyms: { en: string[]; zh: string[] };
}

const s = (slug: string, en: string, zh: string, synEn: string[], synZh: string[]): Subject => ({
  slug,
  en,
  zh,
  synonyms: { en: synEn, zh: synZh },
});

export const subjects: Subject[] = [
  s('bank-card', 'bank card', '银行卡', ['debit card', 'credit card'], ['借记卡', '信用卡']),
  s('e-wallet', 'e-wallet', '电子钱包', ['wallet', 'digital wallet'], ['钱包', '数字钱包']),
  s('balance', 'balance', '余额', ['money in account', 'funds'], ['账户余额', '资金']),
  s('refund', 'refund', '退款', ['money back', 'return payment'], ['退钱', '退回款项']),
  s('withdrawal', 'withdrawal', '提现', ['cash out', 'payout to bank'], ['取款', '提款']),
  s('transfer', 'transfer', '转账', ['send money', 'pay a friend'], ['汇款', '转钱']),
  s('payment', 'payment', '付款', ['checkout', 'pay'], ['支付', '买单']),
  s('password', 'password', '密码', ['login password', 'passcode'], ['登录密码', '口令']),
  s('two-step-verification', 'two-step verification', '两步验证', ['2fa', 'one-time code'], ['双重验证', '动态码']),
  s('email-address', 'email address', '邮箱地址', ['email', 'mail'], ['邮箱', '电子邮件']),
  s('phone-number', 'phone number', '手机号码', ['mobile number', 'phone'], ['手机号', '电话号码']),
  s('identity-document', 'identity document', '身份证件', ['id card', 'passport'], ['身份证', '护照']),
  s('transaction-history', 'transaction history', '交易记录', ['statement', 'activity'], ['账单', '流水']),
  s('invoice', 'invoice', '发票', ['bill', 'tax invoice'], ['开票', '税务发票']),
  s('currency-exchange', 'currency exchange', '货币兑换', ['convert currency', 'forex'], ['换汇', '外币兑换']),
  s('cross-border-transfer', 'cross-border transfer', '跨境汇款', ['international transfer', 'send abroad'], ['国际汇款', '境外转账']),
  s('merchant-payment', 'merchant payment', '商户付款', ['shop payment', 'online purchase'], ['商家付款', '网购付款']),
  s('security-question', 'security question', '安全问题', ['secret question', 'recovery question'], ['密保问题', '验证问题']),
  s('notification', 'notification', '通知', ['alert', 'message'], ['提醒', '消息']),
  s('business-account', 'business account', '企业账户', ['company account', 'merchant account'], ['公司账户', '商户账户']),
  s('spending-limit', 'spending limit', '消费限额', ['daily limit', 'cap'], ['每日限额', '额度']),
  s('subscription', 'subscription', '订阅', ['membership', 'recurring plan'], ['会员', '订阅服务']),
  s('qr-code-payment', 'QR code payment', '扫码付款', ['scan to pay', 'qr pay'], ['扫一扫', '二维码支付']),
  s('payment-method', 'payment method', '支付方式', ['funding source', 'card on file'], ['付款方式', '绑定方式']),
  s('mobile-app', 'mobile app', '手机 App', ['application', 'phone app'], ['客户端', '应用']),
  s('profile', 'account profile', '个人资料', ['personal details', 'account info'], ['账户信息', '资料']),
  s('verification-code', 'verification code', '验证码', ['sms code', 'otp'], ['短信验证码', '动态验证码']),
  s('frozen-account', 'frozen account', '冻结账户', ['blocked account', 'locked account'], ['账户被冻结', '账户锁定']),
  s('dispute', 'payment dispute', '交易争议', ['complaint', 'claim'], ['投诉', '申诉']),
  s('chargeback', 'chargeback', '拒付', ['reversal', 'card dispute'], ['撤销付款', '银行拒付']),
  s('receipt', 'receipt', '收据', ['proof of payment', 'confirmation'], ['付款凭证', '回单']),
  s('exchange-rate', 'exchange rate', '汇率', ['conversion rate', 'fx rate'], ['兑换率', '牌价']),
  s('fee', 'fee', '手续费', ['charge', 'cost'], ['费用', '服务费']),
  s('bank-account', 'bank account', '银行账户', ['checking account', 'savings account'], ['储蓄账户', '银行户口']),
  s('gift-card', 'gift card', '礼品卡', ['voucher', 'prepaid card'], ['代金券', '储值卡']),
  s('recurring-payment', 'recurring payment', '自动扣款', ['automatic payment', 'direct debit'], ['自动付款', '代扣']),
  s('incoming-payment', 'incoming payment', '收款', ['receive money', 'money received'], ['到账', '入账']),
  s('sign-in-device', 'signed-in device', '登录设备', ['trusted device', 'new phone'], ['常用设备', '新手机']),
  s('login-alert', 'sign-in alert', '登录提醒', ['login notice', 'unusual sign-in'], ['异常登录', '登录通知']),
  s('account-closure', 'account closure', '注销账户', ['delete account', 'close account'], ['销户', '关闭账户']),
];

/** Title patterns: {s} is the subject. */
export const tasks: (Pair & { slug: string })[] = [
  { slug: 'add', en: 'Add a {s}', zh: '如何添加{s}' },
  { slug: 'change', en: 'Change your {s}', zh: '更改{s}' },
  { slug: 'delayed', en: 'Why is my {s} delayed?', zh: '为什么我的{s}延迟了？' },
  { slug: 'not-working', en: 'My {s} is not working', zh: '{s}无法使用怎么办' },
  { slug: 'status', en: 'Check the status of a {s}', zh: '查询{s}的状态' },
  { slug: 'remove', en: 'Remove a {s}', zh: '删除{s}' },
  { slug: 'set-up', en: 'Set up {s}', zh: '设置{s}' },
  { slug: 'fees', en: 'Fees and limits for {s}', zh: '{s}的手续费和限额' },
  { slug: 'error', en: 'Error {code} with a {s}', zh: '{s}出现错误 {code}' },
  { slug: 'notifications', en: 'Understand {s} notifications', zh: '了解{s}相关通知' },
  { slug: 'verify', en: 'Verify your {s}', zh: '验证{s}' },
  { slug: 'cancel', en: 'Cancel a {s}', zh: '取消{s}' },
  { slug: 'business', en: '{s} on a business account', zh: '企业账户的{s}' },
  { slug: 'abroad', en: 'Use {s} abroad', zh: '在境外使用{s}' },
  { slug: 'frozen', en: '{s} on a frozen account', zh: '账户被冻结时{s}会怎样' },
  { slug: 'export', en: 'Export {s} records', zh: '导出{s}记录' },
];

/** Category areas and sections: every area × section pair is a category. */
export const areas: (Pair & { slug: string })[] = [
  { slug: 'account', en: 'Account', zh: '账户' },
  { slug: 'signing-in', en: 'Signing in', zh: '登录' },
  { slug: 'payments', en: 'Payments', zh: '付款' },
  { slug: 'refunds', en: 'Refunds', zh: '退款' },
  { slug: 'withdrawals', en: 'Withdrawals', zh: '提现' },
  { slug: 'cards', en: 'Cards', zh: '银行卡' },
  { slug: 'transfers', en: 'Transfers', zh: '转账' },
  { slug: 'currencies', en: 'Currencies', zh: '货币' },
  { slug: 'security', en: 'Security', zh: '安全' },
  { slug: 'business', en: 'Business', zh: '企业' },
  { slug: 'merchants', en: 'Merchants', zh: '商户' },
  { slug: 'app', en: 'The app', zh: 'App' },
  { slug: 'verification', en: 'Verification', zh: '身份验证' },
  { slug: 'limits', en: 'Limits', zh: '限额' },
  { slug: 'fees', en: 'Fees', zh: '费用' },
  { slug: 'disputes', en: 'Disputes', zh: '争议' },
  { slug: 'subscriptions', en: 'Subscriptions', zh: '订阅' },
  { slug: 'notifications', en: 'Notifications', zh: '通知' },
  { slug: 'privacy', en: 'Privacy', zh: '隐私' },
  { slug: 'rewards', en: 'Rewards', zh: '奖励' },
];

export const sections: (Pair & { slug: string })[] = [
  { slug: 'basics', en: 'basics', zh: '入门' },
  { slug: 'problems', en: 'problems', zh: '常见问题' },
  { slug: 'abroad', en: 'abroad', zh: '境外使用' },
  { slug: 'settings', en: 'settings', zh: '设置' },
  { slug: 'safety', en: 'safety', zh: '安全须知' },
  { slug: 'timing', en: 'timing', zh: '到账时间' },
  { slug: 'records', en: 'records', zh: '记录' },
  { slug: 'rules', en: 'rules', zh: '规则' },
  { slug: 'devices', en: 'devices', zh: '设备' },
  { slug: 'family', en: 'family accounts', zh: '家庭账户' },
];

/** Syllables of made-up merchant names: a library's vocabulary keeps growing with its size. */
export const syllables = ['ka', 'lo', 'vin', 'dra', 'mel', 'su', 'tor', 'ben', 'qui', 'ra', 'zen', 'po', 'lam', 'fi', 'gor', 'nu', 'sel', 'ta', 'wex', 'mo', 'ri', 'dal', 'cho', 'ven', 'ix', 'bar', 'lu', 'ser', 'no', 'kay'];

export const merchantSentence: Pair = {
  en: 'For example, a {s} to the merchant {m} is listed under {f} with its reference number.',
  zh: '例如\uff0c向商户 {m} 的{s}会列在\u201c{f}\u201d中\uff0c并附有参考编号。',
};

export const menuItems: Pair[] = [
  { en: 'Wallet', zh: '钱包' },
  { en: 'Settings', zh: '设置' },
  { en: 'Security', zh: '安全' },
  { en: 'Payment methods', zh: '支付方式' },
  { en: 'Transaction history', zh: '交易记录' },
  { en: 'Withdraw', zh: '提现' },
  { en: 'Transfer', zh: '转账' },
  { en: 'Profile', zh: '个人资料' },
  { en: 'Notifications', zh: '通知' },
  { en: 'Help', zh: '帮助' },
];

export const sentences: Pair[] = [
  { en: 'You can manage your {s} at any time from the OKPay app or the website.', zh: '您可以随时在 OKPay App 或官网上管理{s}。' },
  { en: 'Most changes to a {s} take effect straight away, but some need a review that takes up to {n} days.', zh: '大多数{s}的更改会立即生效，但部分更改需要审核，最长可能需要 {n} 天。' },
  { en: 'If the {s} does not appear after {n} days, check your {t} first.', zh: '如果 {n} 天后仍看不到{s}，请先检查您的{t}。' },
  { en: 'We show the fee before you confirm, so you always know what a {s} costs.', zh: '确认之前我们会显示手续费，所以您总能知道{s}的费用。' },
  { en: 'For amounts above {a}, we may ask you to verify your identity again.', zh: '金额超过 {a} 时，我们可能会要求您再次验证身份。' },
  { en: 'Your {t} must be verified before you can use a {s}.', zh: '使用{s}之前，您的{t}必须先通过验证。' },
  { en: 'The error code {code} means that we could not process the request; it usually clears within a few minutes.', zh: '错误代码 {code} 表示我们暂时无法处理该请求，通常几分钟后会自动恢复。' },
  { en: 'Banks process requests on business days only, so a {s} made on a weekend may take longer.', zh: '银行只在工作日处理请求，所以周末发起的{s}可能需要更长时间。' },
  { en: 'Keep the confirmation email: it contains the reference number support will ask for.', zh: '请保留确认邮件，里面有客服会向您索要的参考编号。' },
  { en: 'Rules for a {s} differ by country or region, including limits, fees and the currencies you can use.', zh: '{s}的规则因国家或地区而异，包括限额、手续费和可使用的币种。' },
  { en: 'A {s} that fails is never charged; any amount held is released to your {t}.', zh: '失败的{s}不会扣费，被冻结的金额会退回到您的{t}。' },
  { en: 'We send a notification every time your {s} changes, so you notice anything unusual at once.', zh: '每当{s}发生变化，我们都会发送通知，方便您第一时间发现异常。' },
  { en: 'Open {f} to see every {s} with its date, amount and status.', zh: '打开“{f}”即可看到每一笔{s}的日期、金额和状态。' },
  { en: 'Only the account holder can change a {s}; we never make this change for you over chat or phone.', zh: '只有账户持有人本人才能更改{s}，客服不会通过在线聊天或电话替您操作。' },
  { en: 'If your {t} is restricted, a {s} stays on hold until the restriction is lifted.', zh: '如果您的{t}受到限制，{s}会一直处于暂停状态，直到限制解除。' },
  { en: 'Business accounts can set a separate {s} for each team member.', zh: '企业账户可以为每位成员单独设置{s}。' },
  { en: 'The exchange rate is fixed when you confirm, and it is shown on the receipt.', zh: '汇率在您确认时锁定，并会显示在收据上。' },
  { en: 'Use a network you trust when you change a {s}; avoid public Wi-Fi.', zh: '更改{s}时请使用可信的网络，避免使用公共 Wi-Fi。' },
  { en: 'You can export the records of a {s} as a CSV file for your accounts.', zh: '您可以把{s}的记录导出为 CSV 文件，方便记账。' },
  { en: 'A {s} of up to {a} a day is allowed on a verified personal account.', zh: '已验证的个人账户每天最多可进行 {a} 的{s}。' },
  { en: 'Update the app to the latest version before you try again; older versions may not support every {s}.', zh: '重试前请把 App 更新到最新版本，旧版本可能不支持所有{s}功能。' },
  { en: 'When a merchant is involved, ask the merchant first: most problems with a {s} are solved there within {n} days.', zh: '如果涉及商户，请先联系商户，大多数{s}问题都能在 {n} 天内由商户解决。' },
];

export const bullets: Pair[] = [
  { en: 'a verified OKPay account', zh: '一个已完成验证的 OKPay 账户' },
  { en: 'the latest version of the app', zh: '最新版本的 App' },
  { en: 'access to your registered email address', zh: '可以正常使用的注册邮箱' },
  { en: 'your phone, to receive a verification code', zh: '用来接收验证码的手机' },
  { en: 'the date and amount of the {s}', zh: '{s}的日期和金额' },
  { en: 'the reference number from the confirmation email', zh: '确认邮件中的参考编号' },
  { en: 'a photo of your identity document', zh: '身份证件的照片' },
  { en: 'enough balance to cover the fee', zh: '足够支付手续费的余额' },
  { en: 'the details of your {t}', zh: '您的{t}信息' },
  { en: 'a stable internet connection', zh: '稳定的网络连接' },
];

export const steps: Pair[] = [
  { en: 'Open the OKPay app or the website and sign in.', zh: '打开 OKPay App 或官网并登录。' },
  { en: 'Go to **{f}** from the main menu.', zh: '在主菜单中进入“{f}”。' },
  { en: 'Select the {s} you want to manage.', zh: '选择要管理的{s}。' },
  { en: 'Enter the details of the {s} and check them carefully.', zh: '填写{s}的信息，并仔细核对。' },
  { en: 'Check the fee and the amount shown on the summary screen.', zh: '在确认页核对手续费和金额。' },
  { en: 'Confirm with the verification code we send to your phone.', zh: '输入我们发送到您手机上的验证码进行确认。' },
  { en: 'Wait for the confirmation email; it can take up to {n} minutes.', zh: '等待确认邮件，最多可能需要 {n} 分钟。' },
  { en: 'Check the new status in **{f}**.', zh: '在“{f}”中查看最新状态。' },
  { en: 'If asked, upload a photo of your identity document.', zh: '如果系统要求，请上传身份证件照片。' },
  { en: 'Select **Save** to finish.', zh: '点击“保存”完成设置。' },
];

export const headings = {
  before: [
    { en: 'Before you start', zh: '开始之前' },
    { en: 'What you need', zh: '需要准备什么' },
  ],
  how: [
    { en: 'Step by step', zh: '操作步骤' },
    { en: 'How to do it', zh: '具体步骤' },
  ],
  problem: [
    { en: 'If you see error {code}', zh: '如果出现错误 {code}' },
    { en: 'If it does not work', zh: '如果操作不成功' },
  ],
  timing: [
    { en: 'Fees and timing', zh: '费用与到账时间' },
    { en: 'Limits and rules', zh: '限额与规则' },
  ],
  help: [
    { en: 'Still stuck?', zh: '仍然无法解决？' },
    { en: 'Get help', zh: '获取帮助' },
  ],
} satisfies Record<string, Pair[]>;

export const callouts: (Pair & { type: 'tip' | 'note' | 'warning' })[] = [
  { type: 'tip', en: 'Turn on notifications so you hear about every {s} as it happens.', zh: '开启通知，每一笔{s}都能第一时间知道。' },
  { type: 'note', en: 'The rules for a {s} may differ in your country or region.', zh: '您所在国家或地区的{s}规则可能有所不同。' },
  { type: 'warning', en: 'OKPay support never asks for your password or a verification code.', zh: 'OKPay 客服不会向您索要密码或验证码。' },
];

export const contactLines: Pair[] = [
  { en: 'If the steps above did not help, write to us by {channel} with the date and amount of the {s}.', zh: '如果以上步骤没有帮助，请通过{channel}联系我们，并注明{s}的日期和金额。' },
  { en: 'Still need help with a {s}? Contact us by {channel} and include your reference number.', zh: '{s}仍有问题？请通过{channel}联系我们，并附上参考编号。' },
];

export const seeAlso: Pair[] = [
  { en: 'For the rules that apply, see {link}.', zh: '相关规则请看{link}。' },
  { en: 'You may also want to read {link}.', zh: '您也可以阅读{link}。' },
  { en: 'This works the same way as described in {link}.', zh: '操作方法与{link}中介绍的相同。' },
];
