#!/usr/bin/env python3
"""Draws the seeded exercises' illustrations as SVG (portal-web/src/main/webapp/resources/portal/exercises/).

Each is a figure in thick rounded strokes, in the portal's blue, with the few props that make the exercise
recognisable (the floor, a mat, water, a bike, a racket, a club, a bar) in grey, on a 240 x 160 canvas. A pose is
the figure's joints; the script draws every illustration the same way so they look like one set. The handouts use
PNG copies of them (scripts/render-illustrations.sh draws those with headless Chromium).

    python3 scripts/illustrations.py
"""
import math
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'portal-web', 'src', 'main', 'webapp', 'resources', 'portal',
                   'exercises')
BLUE = '#1565c0'
GREY = '#78909c'
W, H = 240, 160
FLOOR = 140


def path(points, colour=BLUE, width=9):
    d = 'M' + ' L'.join(f'{x:.0f} {y:.0f}' for x, y in points)
    return (f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width}" '
            f'stroke-linecap="round" stroke-linejoin="round"/>')


def head(x, y, r=11):
    return f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r}" fill="{BLUE}"/>'


def floor(y=FLOOR, x1=12, x2=228):
    return path([(x1, y), (x2, y)], GREY, 4)


def mat(y=FLOOR, x1=24, x2=216):
    return f'<rect x="{x1}" y="{y - 3}" width="{x2 - x1}" height="8" rx="4" fill="{GREY}" opacity="0.45"/>'


def arrow(cx, cy, r, start, end, colour=GREY):
    """An arc from one angle to another (degrees, clockwise from east) with a head at its end."""
    a0, a1 = math.radians(start), math.radians(end)
    x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
    x1, y1 = cx + r * math.cos(a1), cy + r * math.sin(a1)
    sweep = 1 if end > start else 0
    large = 1 if abs(end - start) > 180 else 0
    tangent = a1 + (math.pi / 2 if sweep else -math.pi / 2)
    hx1 = x1 - 8 * math.cos(tangent - 0.5)
    hy1 = y1 - 8 * math.sin(tangent - 0.5)
    hx2 = x1 - 8 * math.cos(tangent + 0.5)
    hy2 = y1 - 8 * math.sin(tangent + 0.5)
    return (f'<path d="M{x0:.0f} {y0:.0f} A{r} {r} 0 {large} {sweep} {x1:.0f} {y1:.0f}" fill="none" '
            f'stroke="{colour}" stroke-width="3" stroke-linecap="round"/>'
            + path([(hx1, hy1), (x1, y1), (hx2, hy2)], colour, 3))


def straight_arrow(x0, y0, x1, y1, colour=GREY):
    a = math.atan2(y1 - y0, x1 - x0)
    return (path([(x0, y0), (x1, y1)], colour, 3)
            + path([(x1 - 8 * math.cos(a - 0.5), y1 - 8 * math.sin(a - 0.5)), (x1, y1),
                    (x1 - 8 * math.cos(a + 0.5), y1 - 8 * math.sin(a + 0.5))], colour, 3))


def figure(h, neck, hip, arms, legs):
    """A figure: the head's centre, the neck and hip (the spine), and each arm and leg as a list of joints."""
    parts = [path([neck, hip])]
    parts += [path([neck] + arm) for arm in arms]
    parts += [path([hip] + leg) for leg in legs]
    parts.append(head(*h))
    return ''.join(parts)


DRAWINGS = {
    'walking': lambda: floor() + figure((118, 30), (118, 46), (116, 92),
                                        [[(104, 70), (96, 88)], [(130, 68), (140, 84)]],
                                        [[(104, 116), (92, 138)], [(126, 114), (138, 138)]]),
    'knee-to-chest': lambda: mat() + figure((44, 122), (60, 126), (120, 128),
                                            [[(82, 112), (104, 104)], [(80, 116), (100, 108)]],
                                            [[(104, 96), (92, 110)], [(160, 100), (184, 134)]]),
    'lower-back-rotation': lambda: mat() + figure((40, 122), (56, 126), (118, 128),
                                                  [[(72, 136), (88, 136)], [(70, 114), (62, 100)]],
                                                  [[(150, 112), (176, 134)], [(148, 120), (178, 136)]])
                                   + arrow(150, 100, 24, 200, 320),
    'cat-cow': lambda: mat() + path([(70, 88), (100, 66), (140, 66), (168, 88)])
                       + path([(70, 88), (70, 136)]) + path([(168, 88), (170, 114), (190, 134)])
                       + path([(168, 88), (166, 114), (186, 136)]) + path([(70, 88), (72, 136)])
                       + head(56, 100) + straight_arrow(120, 50, 120, 30),
    'pelvic-tilt': lambda: mat() + figure((40, 122), (56, 126), (124, 128),
                                          [[(78, 134), (98, 134)], [(76, 132), (96, 132)]],
                                          [[(154, 98), (178, 134)], [(156, 100), (180, 136)]])
                           + arrow(112, 112, 14, 150, 30),
    'chin-tuck': lambda: floor() + figure((122, 34), (120, 52), (120, 96),
                                          [[(112, 74), (114, 94)], [(128, 74), (128, 94)]],
                                          [[(116, 118), (114, 138)], [(124, 118), (126, 138)]])
                         + straight_arrow(150, 32, 136, 32),
    'neck-side-stretch': lambda: floor() + figure((108, 34), (120, 52), (120, 96),
                                                  [[(96, 40), (100, 24)], [(138, 74), (142, 96)]],
                                                  [[(112, 118), (108, 138)], [(128, 118), (132, 138)]])
                                 + arrow(120, 40, 30, 250, 200),
    'neck-rotation': lambda: floor() + figure((120, 32), (120, 50), (120, 96),
                                              [[(104, 72), (102, 94)], [(136, 72), (138, 94)]],
                                              [[(112, 118), (108, 138)], [(128, 118), (132, 138)]])
                             + arrow(120, 32, 22, 200, 340),
    'yoga': lambda: mat() + figure((120, 40), (120, 56), (120, 96),
                                   [[(104, 38), (120, 14)], [(136, 38), (120, 14)]],
                                   [[(120, 118), (120, 138)], [(144, 114), (122, 120)]]),
    'pilates': lambda: mat() + figure((42, 116), (58, 122), (118, 128),
                                      [[(80, 112), (100, 104)], [(82, 118), (104, 112)]],
                                      [[(126, 96), (160, 96)], [(130, 92), (164, 92)]]),
    'low-impact-aerobics': lambda: floor() + figure((120, 28), (120, 44), (120, 88),
                                                    [[(100, 30), (92, 12)], [(140, 30), (148, 12)]],
                                                    [[(110, 112), (100, 138)], [(132, 112), (146, 134)]]),
    'swimming': lambda: path([(12, 110), (40, 102), (68, 110), (96, 102), (124, 110), (152, 102), (180, 110),
                              (208, 102), (228, 110)], GREY, 4)
                        + figure((70, 100), (86, 102), (146, 106),
                                 [[(64, 86), (40, 90)], [(100, 116), (118, 124)]],
                                 [[(178, 100), (206, 96)], [(176, 114), (204, 120)]]),
    'upright-cycling': lambda: floor() + path([(100, 96), (150, 96), (160, 70)], GREY, 5)
                               + path([(100, 96), (96, 136)], GREY, 5) + path([(150, 96), (156, 136)], GREY, 5)
                               + path([(80, 138), (172, 138)], GREY, 6) + path([(150, 70), (170, 70)], GREY, 5)
                               + figure((104, 28), (104, 44), (100, 88),
                                        [[(130, 56), (160, 68)], [(128, 60), (158, 72)]],
                                        [[(124, 100), (122, 124)], [(118, 92), (112, 118)]]),
    'vigorous-tennis': lambda: floor() + figure((100, 32), (104, 48), (112, 92),
                                                [[(90, 64), (78, 78)], [(124, 44), (140, 32)]],
                                                [[(96, 114), (82, 136)], [(130, 112), (150, 134)]])
                               + path([(140, 32), (150, 22)], GREY, 4)
                               + '<ellipse cx="158" cy="12" rx="9" ry="12" fill="none" stroke="#78909c" stroke-width="4" transform="rotate(40 158 12)"/>'
                               + '<circle cx="196" cy="28" r="6" fill="#9e9d24"/>',
    'golf': lambda: floor() + figure((116, 34), (118, 50), (122, 94),
                                     [[(104, 70), (96, 88)], [(110, 72), (96, 88)]],
                                     [[(112, 116), (106, 138)], [(132, 116), (138, 138)]])
                    + path([(96, 88), (74, 136)], GREY, 4) + path([(74, 136), (62, 136)], GREY, 6)
                    + '<circle cx="52" cy="134" r="4" fill="#78909c"/>',
    'heavy-weight-lifting': lambda: floor() + figure((120, 40), (120, 56), (120, 98),
                                                     [[(100, 44), (96, 18)], [(140, 44), (144, 18)]],
                                                     [[(108, 118), (102, 138)], [(132, 118), (138, 138)]])
                                    + path([(70, 18), (170, 18)], GREY, 5)
                                    + '<rect x="62" y="4" width="10" height="28" rx="2" fill="#78909c"/>'
                                    + '<rect x="168" y="4" width="10" height="28" rx="2" fill="#78909c"/>',
    'bridging': lambda: mat() + figure((40, 124), (56, 124), (122, 100),
                                       [[(80, 136), (100, 136)], [(78, 134), (98, 134)]],
                                       [[(158, 102), (170, 134)], [(160, 100), (174, 136)]]),
    'bird-dog': lambda: mat() + path([(76, 92), (146, 92)]) + path([(76, 92), (76, 136)])
                        + path([(146, 92), (150, 116), (168, 134)]) + path([(76, 92), (48, 80), (24, 74)])
                        + path([(146, 92), (176, 86), (206, 82)]) + head(60, 78),
    'side-lying-leg-raise': lambda: mat() + figure((36, 118), (54, 124), (120, 126),
                                                   [[(44, 108), (34, 100)], [(80, 122), (92, 114)]],
                                                   [[(170, 130), (210, 132)], [(170, 108), (210, 96)]])
                                    + straight_arrow(200, 84, 200, 68),
    'partial-curl': lambda: mat() + figure((54, 106), (68, 114), (120, 128),
                                           [[(88, 114), (112, 112)], [(90, 118), (114, 116)]],
                                           [[(152, 100), (176, 134)], [(154, 102), (178, 136)]])
                            + arrow(70, 124, 26, 250, 300),
}

# The seeded exercises, by id (V3 and V7), with the words a screen reader says for each illustration.
SEEDED = {
    1: 'walking', 2: 'knee-to-chest', 3: 'lower-back-rotation', 4: 'cat-cow', 5: 'pelvic-tilt', 6: 'chin-tuck',
    7: 'neck-side-stretch', 8: 'neck-rotation', 9: 'yoga', 10: 'pilates', 11: 'low-impact-aerobics',
    12: 'swimming', 13: 'upright-cycling', 14: 'vigorous-tennis', 15: 'golf', 16: 'heavy-weight-lifting',
    17: 'bridging', 18: 'bird-dog', 19: 'side-lying-leg-raise', 20: 'partial-curl',
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, draw in DRAWINGS.items():
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
               f'role="img"><rect width="{W}" height="{H}" rx="12" fill="#f4f7fb"/>{draw()}</svg>\n')
        with open(os.path.join(OUT, name + '.svg'), 'w') as out:
            out.write(svg)
    print(f'{len(DRAWINGS)} illustrations in {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
