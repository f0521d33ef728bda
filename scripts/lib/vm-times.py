#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Prints, from a ctest LastTest.log, how long each test took and, for every VM guest,
its boot and each check it ran, so that a run's log shows where its time went.

    python3 scripts/lib/vm-times.py build/Testing/Temporary/LastTest.log
"""
import re
import sys

TEST_START = re.compile(r'^\d+/\d+ Testing: (\S+)$')
TEST_TIME = re.compile(r'^Test time =\s+([\d.]+) sec$')
BOOTED = re.compile(r'^vm: booted in ([\d.]+) s$')
CHECK = re.compile(r'^== check (.+): (passed|FAILED[^(]*?) *\((\d+) s\)$')


def read(path):
    tests = []
    current = None
    with open(path, encoding='utf-8', errors='replace') as log:
        for line in log:
            line = line.rstrip('\n')
            if match := TEST_START.match(line):
                current = {'name': match.group(1), 'seconds': None, 'boot': None, 'checks': []}
                tests.append(current)
            elif current is None:
                continue
            elif match := TEST_TIME.match(line):
                current['seconds'] = float(match.group(1))
            elif match := BOOTED.match(line):
                current['boot'] = float(match.group(1))
            elif match := CHECK.match(line):
                current['checks'].append((match.group(1), int(match.group(3)), match.group(2).strip()))
    return tests


def main():
    tests = read(sys.argv[1])
    guests = [t for t in tests if t['boot'] is not None or t['name'].startswith('vm_')]
    others = [t for t in tests if t not in guests and t['seconds'] is not None]
    print('== VM guests: boot (kernel start to the command, guest clock) and checks, seconds')
    total = 0.0
    for test in guests:
        seconds = test['seconds'] or 0.0
        total += seconds
        boot = f"{test['boot']:.1f}" if test['boot'] is not None else '-'
        print(f"{seconds:7.1f}  {test['name']}  (boot {boot})")
        for name, took, result in test['checks']:
            mark = '' if result == 'passed' else f'  {result}'
            print(f"{took:9d}    {name}{mark}")
    print(f"{total:7.1f}  all VM guests ({len(guests)})")
    others.sort(key=lambda t: t['seconds'], reverse=True)
    rest = sum(t['seconds'] for t in others)
    print(f'== other tests: {len(others)} in {rest:.1f} s; those over 5 s:')
    for test in others:
        if test['seconds'] >= 5:
            print(f"{test['seconds']:7.1f}  {test['name']}")


if __name__ == '__main__':
    main()
