# ills-report-png.py PNG COLOUR... - exit 0 when the PNG decodes, has
# more than 16 distinct colours, shows each #rrggbb COLOUR (the heat
# table's cells and the legend) and has nothing cut off at its right
# edge (the last column of pixels is the page's white: no table or
# chart runs past the window);
# ills-report-png.py --more COLOUR A.png B.png - exit 0 when B shows
# COLOUR on at least 100 more pixels than A (the same page with and
# without its maps: the map's counties are coloured);
# ills-report-png.py --differ A.png B.png - exit 0 when the two
# screenshots differ (a Chinese name against the same number of
# characters that no font has, which render as empty boxes: equal
# pictures mean the CJK font is missing); the Python standard library
# only.
import struct, sys, zlib

def pixels(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, hdr = 8, b'', None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            hdr = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    w, h, depth, ctype = hdr[:4]
    assert depth == 8 and ctype in (2, 6), 'unexpected PNG format'
    bpp = 3 if ctype == 2 else 4
    raw, stride, prev, out = zlib.decompress(idat), w * bpp, None, []
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        up = prev or bytearray(stride)
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = up[i]
            c = up[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pr) & 255
        prev = line
        out.extend(bytes(line[i:i + 3]) for i in range(0, stride, bpp))
    return w, h, out

if sys.argv[1] == '--differ':
    a, b = pixels(sys.argv[2]), pixels(sys.argv[3])
    if a == b:
        sys.exit('the Chinese names render as the empty boxes')
    sys.exit(0)

if sys.argv[1] == '--more':
    want = bytes.fromhex(sys.argv[2].lstrip('#'))
    a, b = (pixels(f)[2].count(want) for f in sys.argv[3:5])
    print('%s: %d pixels without the map, %d with' % (sys.argv[2], a, b))
    if b < a + 100:
        sys.exit('the map shows no coloured county')
    sys.exit(0)

w, h, px = pixels(sys.argv[1])
colours = set(px)
print('%dx%d, %d colours' % (w, h, len(colours)))
if len(colours) <= 16:
    sys.exit('blank: %d colours' % len(colours))
edge = set(px[y * w + w - 1] for y in range(h))
if edge != {b'\xff\xff\xff'}:
    sys.exit('cut off: the right edge is not white (%d colours)' % len(edge))
for want in sys.argv[2:]:
    if bytes.fromhex(want.lstrip('#')) not in colours:
        sys.exit('no %s in the screenshot' % want)
