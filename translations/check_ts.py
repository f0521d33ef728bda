#!/usr/bin/env python3
"""Consistency check for a Qt Linguist .ts catalogue.

For every message, compares source and translation:
  - unfinished / empty translations (also every numerus form)
  - placeholders %1..%99, %L1.., %n: the same ones, the same number of times
  - the number of '&' (accelerators) and, for "&X" accelerators, the same letter
  - leading and trailing newlines, and a trailing ellipsis ("…" or "...")
  - HTML/XML tags such as <a href="...">, </a>, <b>, in the same order
Usage: check_ts.py FILE.ts [--width]   (--width also warns about terminal lines
over 80 columns (or over the source's longest line) in multi-line texts, counting CJK characters as two columns)
Exit status 0 when everything matches, 1 otherwise.
"""
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter

PLACEHOLDER = re.compile(r'%(?:L?[1-9][0-9]?|n)')
TAG = re.compile(r'</?[A-Za-z][^<>]*>')
ACCEL = re.compile(r'&([^&\s])')


def edge_newlines(text):
    return len(text) - len(text.lstrip('\n')), len(text) - len(text.rstrip('\n'))


def ellipsis(text):
    stripped = text.rstrip('\n')
    return stripped.endswith('…') or stripped.endswith('...')


def width(line):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in line)


def check(source, translation):
    problems = []
    src_ph, tr_ph = Counter(PLACEHOLDER.findall(source)), Counter(PLACEHOLDER.findall(translation))
    if src_ph != tr_ph:
        problems.append(f'placeholders {dict(src_ph)} != {dict(tr_ph)}')
    if source.count('&') != translation.count('&'):
        problems.append(f"'&' count {source.count('&')} != {translation.count('&')}")
    src_acc = [c.lower() for c in ACCEL.findall(source)]
    tr_acc = [c.lower() for c in ACCEL.findall(translation)]
    if src_acc != tr_acc:
        problems.append(f'accelerators {src_acc} != {tr_acc}')
    if edge_newlines(source) != edge_newlines(translation):
        problems.append(f'leading/trailing newlines {edge_newlines(source)} != {edge_newlines(translation)}')
    if ellipsis(source) != ellipsis(translation):
        problems.append('trailing ellipsis differs')
    if TAG.findall(source) != TAG.findall(translation):
        problems.append(f'tags {TAG.findall(source)} != {TAG.findall(translation)}')
    return problems


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    check_width = '--width' in sys.argv[2:]
    root = ET.parse(sys.argv[1]).getroot()
    total = bad = unfinished = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            total += 1
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f"{name}: {source[:60]!r}"
            if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
                unfinished += 1
                print(f'UNFINISHED {where}')
                continue
            numerus = message.get('numerus') == 'yes'
            texts = [f.text or '' for f in translation.findall('numerusform')] if numerus else [translation.text or '']
            for text in texts:
                if not text:
                    unfinished += 1
                    print(f'EMPTY      {where}')
                    continue
                problems = check(source, text)
                if problems:
                    bad += 1
                    print(f'MISMATCH   {where}: ' + '; '.join(problems))
                if check_width and '\n' in source:
                    limit = max([80] + [width(line) for line in source.split('\n')])
                    for line in text.split('\n'):
                        if width(line) > limit:
                            print(f'WIDE({width(line)}) {where}: {line!r}')
    print(f'{total} messages, {unfinished} unfinished or empty, {bad} with mismatches')
    return 0 if not bad and not unfinished else 1


if __name__ == '__main__':
    sys.exit(main())
