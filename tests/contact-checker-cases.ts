/**
 * The attacks of issue 11, each of which the first contact checker called official. The unit
 * tests and the browser tests both prove that every one is now an imitation.
 */
export const reportedImitations = [
  'https://evil.com/@okpay.example',
  'https://okpay-refund.evil/support@okpay.example',
  'https://evil.com#@okpay.example',
  'mailto:attacker@evil.com#@okpay.example',
  'https://evil.com\\.okpay.example/',
  'support@okpay.example@evil',
  'okpay.example.evil.com',
  'okpay-example.com',
];
