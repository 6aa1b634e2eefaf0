"""Render reStructuredText grid tables with row and column spans."""
import textwrap


def render(widths, rows, header_rows=1):
    """rows: list of rows; each row a list of cells (text, colspan, rowspan).
    Cells covered by spans from earlier cells are omitted from later rows."""
    nrows, ncols = len(rows), len(widths)
    owner = [[None] * ncols for _ in range(nrows)]
    cells = []
    for r, row in enumerate(rows):
        c = 0
        for (text, cs, rs) in row:
            while owner[r][c] is not None:
                c += 1
            idx = len(cells)
            cells.append(dict(text=text, r=r, c=c, cs=cs, rs=rs))
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    assert owner[rr][cc] is None, (rr, cc)
                    owner[rr][cc] = idx
            c += cs
    for r in range(nrows):
        assert all(o is not None for o in owner[r]), r

    def cwidth(cell):
        return sum(widths[cell['c']:cell['c'] + cell['cs']]) + 3 * (cell['cs'] - 1)

    for cell in cells:
        lines = []
        for para in cell['text'].split('\n'):
            lines += textwrap.wrap(para, cwidth(cell), break_long_words=False,
                                   break_on_hyphens=False) or ['']
        cell['lines'] = lines
    # heights: start with single-row cells, then grow last row of spans
    heights = [1] * nrows
    for cell in cells:
        if cell['rs'] == 1:
            heights[cell['r']] = max(heights[cell['r']], len(cell['lines']))
    for cell in cells:
        if cell['rs'] > 1:
            avail = sum(heights[cell['r']:cell['r'] + cell['rs']]) + cell['rs'] - 1
            if avail < len(cell['lines']):
                heights[cell['r']] += len(cell['lines']) - avail
    # column x positions: boundary k at xs[k]
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + w + 3)
    W = xs[-1] + 1
    total = 1 + sum(heights) + nrows
    grid = [[' '] * W for _ in range(total)]
    # y positions of separators
    ys = [0]
    for h in heights:
        ys.append(ys[-1] + h + 1)
    # fill content
    for cell in cells:
        y0, y1 = ys[cell['r']] + 1, ys[cell['r'] + cell['rs']] - 1
        x0 = xs[cell['c']] + 2
        for i, line in enumerate(cell['lines']):
            for j, ch in enumerate(line):
                grid[y0 + i][x0 + j] = ch

    def hborder(k, c):  # horizontal border at separator k over column c?
        if k == 0 or k == nrows:
            return True
        return owner[k - 1][c] != owner[k][c]

    def vborder(r, k):  # vertical border at boundary k within row r
        if k == 0 or k == ncols:
            return True
        return owner[r][k - 1] != owner[r][k]

    for k in range(nrows + 1):
        y = ys[k]
        sepchar = '=' if (k == header_rows and header_rows) else '-'
        for c in range(ncols):
            if hborder(k, c):
                for x in range(xs[c] + 1, xs[c + 1]):
                    grid[y][x] = sepchar
        for b in range(ncols + 1):
            left = b > 0 and hborder(k, b - 1)
            right = b < ncols and hborder(k, b)
            up = k > 0 and vborder(k - 1, b)
            down = k < nrows and vborder(k, b)
            if (left or right) and (up or down):
                ch = '+'
            elif left or right:
                ch = sepchar
            elif up or down:
                ch = '|'
            else:
                ch = ' '
            grid[y][xs[b]] = ch
    for r in range(nrows):
        for y in range(ys[r] + 1, ys[r + 1]):
            for b in range(ncols + 1):
                if vborder(r, b):
                    grid[y][xs[b]] = '|'
    return '\n'.join(''.join(line).rstrip() for line in grid)
