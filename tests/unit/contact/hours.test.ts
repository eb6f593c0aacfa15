import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHours, isTimeZone, openStatus, parseTime, scheduleProblems, zoneOffsets, type Shift } from '../../../src/lib/contact/hours.ts';

const weekdaysShift: Shift = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' };
const at = (iso: string) => new Date(iso);

test('parseTime reads HH:MM and "HH:MM next day"', () => {
  assert.equal(parseTime('08:30'), 510);
  assert.equal(parseTime('24:00'), 1440);
  assert.equal(parseTime('06:00 next day'), 1440 + 360);
  assert.equal(parseTime('8:30'), undefined);
  assert.equal(parseTime('25:00'), undefined);
});

test('the same instant is open in London and closed in Sydney', () => {
  // Wednesday 2026-01-14 10:00 in London = 21:00 in Sydney (UTC+11).
  const now = at('2026-01-14T10:00:00Z');
  const london = openStatus([weekdaysShift], 'Europe/London', now);
  const sydney = openStatus([weekdaysShift], 'Australia/Sydney', now);
  assert.deepEqual(london, { open: true, closesAt: at('2026-01-14T17:00:00Z') });
  // Next opening: Thursday 09:00 Sydney = Wednesday 22:00 UTC.
  assert.deepEqual(sydney, { open: false, opensAt: at('2026-01-14T22:00:00Z') });
});

test('closed on Friday evening, it opens on Monday morning', () => {
  const status = openStatus([weekdaysShift], 'America/New_York', at('2026-01-16T23:00:00Z')); // Fri 18:00 EST
  assert.deepEqual(status, { open: false, opensAt: at('2026-01-19T14:00:00Z') }); // Mon 09:00 EST
});

test('an overnight shift is open after midnight and closes the next morning', () => {
  const night: Shift[] = [{ days: ['fri'], open: '22:00', close: '06:00 next day' }];
  // Saturday 02:00 in London (winter, UTC+0).
  assert.deepEqual(openStatus(night, 'Europe/London', at('2026-01-17T02:00:00Z')), { open: true, closesAt: at('2026-01-17T06:00:00Z') });
  // Saturday 07:00: closed until next Friday 22:00.
  assert.deepEqual(openStatus(night, 'Europe/London', at('2026-01-17T07:00:00Z')), { open: false, opensAt: at('2026-01-23T22:00:00Z') });
});

test('a Sunday overnight shift wraps into Monday', () => {
  const night: Shift[] = [{ days: ['sun'], open: '22:00', close: '02:00 next day' }];
  assert.deepEqual(openStatus(night, 'UTC', at('2026-01-19T01:00:00Z')), { open: true, closesAt: at('2026-01-19T02:00:00Z') });
});

test('opening times follow the daylight-saving change (London, spring forward on 2026-03-29)', () => {
  // Friday 27 March 18:00 UTC (GMT): closed; opens Monday 30 March 09:00 BST = 08:00 UTC.
  assert.deepEqual(openStatus([weekdaysShift], 'Europe/London', at('2026-03-27T18:00:00Z')), {
    open: false,
    opensAt: at('2026-03-30T08:00:00Z'),
  });
  // Before the change 09:00 was 09:00 UTC.
  assert.deepEqual(openStatus([weekdaysShift], 'Europe/London', at('2026-03-20T18:00:00Z')), {
    open: false,
    opensAt: at('2026-03-23T09:00:00Z'),
  });
});

test('a shift across the autumn change closes at the right local time (New York, 2026-11-01)', () => {
  const night: Shift[] = [{ days: ['sat'], open: '20:00', close: '04:00 next day' }];
  // Sat 31 Oct 20:00 EDT = 00:00 UTC; closes Sun 04:00 EST = 09:00 UTC (the clock fell back at 02:00).
  assert.deepEqual(openStatus(night, 'America/New_York', at('2026-11-01T01:00:00Z')), { open: true, closesAt: at('2026-11-01T09:00:00Z') });
});

test('24/7 is always open and never closes', () => {
  assert.deepEqual(openStatus('24/7', 'Asia/Shanghai', at('2026-06-01T00:00:00Z')), { open: true, closesAt: null });
  const everyHour: Shift[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '00:00', close: '24:00' }];
  assert.deepEqual(openStatus(everyHour, 'Europe/London', at('2026-06-01T00:00:00Z')), { open: true, closesAt: null });
});

test('an inverted shift is reported with the overnight fix', () => {
  const problems = scheduleProblems([{ days: ['mon'], open: '20:00', close: '08:00' }]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /close "08:00" is not after open "20:00" \(mon\): swap them, or write close: "08:00 next day"/);
});

test('overlapping shifts are reported, including an overnight shift running into the next day', () => {
  assert.match(
    scheduleProblems([weekdaysShift, { days: ['wed'], open: '16:00', close: '18:00' }])[0]!,
    /the wed shift from 09:00 overlaps the wed shift from 16:00/,
  );
  assert.match(
    scheduleProblems([{ days: ['sun'], open: '22:00', close: '03:00 next day' }, { days: ['mon'], open: '02:00', close: '05:00' }])[0]!,
    /overlaps/,
  );
  assert.deepEqual(scheduleProblems([weekdaysShift, { days: ['sat'], open: '10:00', close: '14:00' }]), []);
});

test('time zones are checked against the runtime\'s IANA list', () => {
  assert.equal(isTimeZone('Europe/London'), true);
  assert.equal(isTimeZone('Mars/Olympus_Mons'), false);
});

test('hours are shown with consecutive days grouped, in the page language', () => {
  assert.deepEqual(formatHours([weekdaysShift, { days: ['sat', 'sun'], open: '10:00', close: '02:00 next day' }], 'en', 'next day'), [
    { days: 'Mon–Fri', times: '09:00–17:00' },
    { days: 'Sat, Sun', times: '10:00–02:00 next day' },
  ]);
  assert.equal(formatHours([weekdaysShift], 'zh-CN', '次日')[0]!.days, '周一–周五');
});

test("a zone's offsets table has its clock changes to the minute (London, 2027)", () => {
  const table = zoneOffsets('Europe/London', Date.parse('2027-01-01T00:00:00Z'), Date.parse('2028-01-01T00:00:00Z'));
  assert.deepEqual(
    table.changes.map(([at, offset]) => [new Date(at).toISOString(), offset]),
    [
      ['2027-01-01T00:00:00.000Z', 0],
      ['2027-03-28T01:00:00.000Z', 60],
      ['2027-10-31T01:00:00.000Z', 0],
    ],
  );
});

test('open-now answers from an offsets table are the answers from Intl, around every clock change and in between', () => {
  const from = Date.parse('2026-06-01T00:00:00Z');
  const until = Date.parse('2028-06-01T00:00:00Z');
  const nightShift: Shift = { days: ['sun', 'mon', 'sat'], open: '22:00', close: '02:30 next day' };
  const schedules = [[weekdaysShift], [nightShift], [weekdaysShift, { days: ['sat'], open: '01:30', close: '03:00' }]] as const;
  // Zones with and without daylight saving, south and north, a half-hour offset and a half-hour change.
  for (const zone of ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Shanghai', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
    const table = zoneOffsets(zone, from, until);
    const instants = [
      ...table.changes.flatMap(([change]) => [-90, -31, -1, 0, 1, 29, 61].map((m) => change + m * 60_000)),
      ...Array.from({ length: 2000 }, (_, i) => from + i * 317 * 60_000 * 1.7),
    ].filter((t) => t >= from && t < until);
    for (const t of instants) {
      for (const hours of schedules) {
        const now = new Date(t);
        assert.deepEqual(openStatus(hours, zone, now, table), openStatus(hours, zone, now), `${zone} at ${now.toISOString()}`);
      }
    }
  }
});

test('an offsets table is not used outside its window', () => {
  // A deliberately wrong table for 2026: at 2030 the answer must come from Intl.
  const wrong = { from: Date.parse('2026-01-01T00:00:00Z'), until: Date.parse('2027-01-01T00:00:00Z'), changes: [[Date.parse('2026-01-01T00:00:00Z'), 600]] as [number, number][] };
  const now = at('2030-01-16T10:00:00Z');
  assert.deepEqual(openStatus([weekdaysShift], 'Europe/London', now, wrong), openStatus([weekdaysShift], 'Europe/London', now));
  assert.equal(openStatus([weekdaysShift], 'Europe/London', at('2026-01-14T10:00:00Z'), wrong).open, false);
});
