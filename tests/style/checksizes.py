#!/usr/bin/env python3
"""Lists C++ files over MAX_FILE lines and functions over MAX_FUNCTION lines (from the line
of the opening brace to the closing one) in the folders given. Exits 1 if any.

Rough on purpose: comments, strings and character literals are blanked, then braces are
counted. A brace block is a function when it opens where only namespaces and classes are
open and the text before it has parentheses (a signature, maybe with an initializer list).
"""
import re
import sys
from pathlib import Path

MAX_FILE = 600
MAX_FUNCTION = 80

SCOPE = re.compile(r'\b(namespace|class|struct|union|enum)\b[^()]*$|extern\s+"C"\s*$')


def blank(text):
    """Comments, strings and character literals become spaces; newlines stay."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
        elif text.startswith('R"', i):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            end = text.find(')' + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
        elif text[i] in '"\'':
            quote, j = text[i], i + 1
            while j < n and text[j] != quote:
                j += 2 if text[j] == '\\' else 1
            j += 1
        else:
            out.append(text[i])
            i += 1
            continue
        out.append(re.sub(r'[^\n]', ' ', text[i:j]))
        i = j
    return ''.join(out)


def functions(text):
    """(first line, line count) of each function body."""
    code = blank(text)
    stack = []  # 'scope', 'function' or 'inner', with the opening line
    statement_start = 0
    for i, c in enumerate(code):
        if c in ';':
            statement_start = i + 1
        elif c == '{':
            before = code[statement_start:i].strip()
            line = code.count('\n', 0, i) + 1
            if all(kind == 'scope' for kind, _ in stack):
                if SCOPE.search(before) or not before:
                    kind = 'scope'
                elif '(' in before and '=' not in before.split('(')[0]:
                    kind = 'function'
                else:
                    kind = 'inner'
            else:
                kind = 'inner'
            stack.append((kind, line))
            statement_start = i + 1
        elif c == '}':
            if stack:
                kind, line = stack.pop()
                if kind == 'function':
                    yield line, code.count('\n', 0, i) + 1 - line + 1
            statement_start = i + 1


def main(folders):
    problems = []
    for folder in folders:
        for path in sorted(Path(folder).rglob('*')):
            if path.suffix not in ('.cpp', '.h'):
                continue
            text = path.read_text(encoding='utf-8')
            lines = text.count('\n')
            if lines > MAX_FILE:
                problems.append(f'{path}: {lines} lines (at most {MAX_FILE})')
            for first, count in functions(text):
                if count > MAX_FUNCTION:
                    problems.append(f'{path}:{first}: a function of {count} lines '
                                    f'(at most {MAX_FUNCTION})')
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:] or ["core", "app", "ui"]))
