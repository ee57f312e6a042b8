#!/usr/bin/env python3
"""Draws the built-in exercise pictures (src/KneeStrength/Catalog/Pictures/*.svg) from joint positions.

Each picture: the equipment, the start pose (faint when still) and the end pose, an arrow for the movement, and a
CSS cross-fade between the poses that stops for people who ask for reduced motion and in print. The animation's first
frame is the still picture (start faint, end solid); it then brings the start forward and fades the end back. Run it from the
repository root: python3 src/KneeStrength/Catalog/Pictures/draw.py. The alternative text comes from pictures.json.
"""
import json, math, os

OUT = os.path.dirname(os.path.abspath(__file__))
FLOOR = 146
NEAR, FAR = "#1f3a5f", "#52709a"
KIT, KIT_EDGE, BAND, ARROW = "#7d8b99", "#5f6d7b", "#e07a1f", "#e07a1f"
W = 9  # limb thickness

STYLE = (".ks-start{animation:ks-start 3.2s ease-in-out infinite}.ks-end{animation:ks-end 3.2s ease-in-out infinite}"
         "@keyframes ks-start{0%,30%{opacity:.3}50%,80%{opacity:1}100%{opacity:.3}}"
         "@keyframes ks-end{0%,30%{opacity:1}50%,80%{opacity:.15}100%{opacity:1}}"
         "@media (prefers-reduced-motion:reduce){.ks-start,.ks-end{animation:none}}"
         "@media print{.ks-start,.ks-end{animation:none}}")


def f(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def at(p, angle, length):
    """The point length away from p in the direction angle (degrees; 0 = right, 90 = down)."""
    a = math.radians(angle)
    return (p[0] + length * math.cos(a), p[1] + length * math.sin(a))


def line(points, colour=NEAR, width=W):
    d = "M" + " L".join(f"{f(x)} {f(y)}" for x, y in points)
    return f'<path d="{d}" stroke="{colour}" stroke-width="{width}"/>'


def head(c, colour=NEAR):
    return f'<circle cx="{f(c[0])}" cy="{f(c[1])}" r="9" fill="{colour}"/>'


def ik(a, c, l1, l2, bend):
    """The middle joint of a two-bone limb from a to c (lengths l1, l2); bend +1 or -1 picks the side it bends to."""
    d = max(min(math.dist(a, c), l1 + l2 - 0.01), abs(l1 - l2) + 0.01)
    base = math.degrees(math.atan2(c[1] - a[1], c[0] - a[0]))
    alpha = math.degrees(math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))
    b = at(a, base + bend * alpha, l1)
    end = at(a, base, d) if math.dist(a, c) > l1 + l2 else c
    return b, end


def limb(root, target, l1, l2, bend, colour, foot=None):
    mid, end = ik(root, target, l1, l2, bend)
    points = [root, mid, end]
    if foot is not None:
        points.append(at(end, foot, 9))
    return line(points, colour)


def side_figure(hip, torso, feet, hands, neck=None, thigh=28, shin=27, elbow=1):
    """A figure seen from the side, facing right. feet: [(ankle, toe angle)] near first; hands: [hand] near first."""
    shoulder = at(hip, torso, 36)
    hc = at(shoulder, neck if neck is not None else torso, 15)
    (near_foot, near_toe), (far_foot, far_toe) = feet
    near_hand, far_hand = hands
    return "".join([
        limb(hip, far_foot, thigh, shin, -1, FAR, far_toe),
        limb(shoulder, far_hand, 21, 19, elbow, FAR),
        line([hip, shoulder]), head(hc),
        limb(hip, near_foot, thigh, shin, -1, NEAR, near_toe),
        limb(shoulder, near_hand, 21, 19, elbow, NEAR)])


def front_figure(hip_mid, lean, feet, hands, pelvis_tilt=0, torso_len=36, thigh=28, shin=27, knees=(1, -1), elbows=(1, -1), shoulder_tilt=0, crossed=False, pelvis=7):
    """A figure seen from the front. feet: [(ankle, toe angle)] image-left first; hands likewise."""
    shoulder_mid = at(hip_mid, lean, torso_len)
    hl, hr = at(hip_mid, 180 + pelvis_tilt, pelvis), at(hip_mid, pelvis_tilt, pelvis)
    sl, sr = at(shoulder_mid, 180 + shoulder_tilt, 10), at(shoulder_mid, shoulder_tilt, 10)
    hc = at(shoulder_mid, lean, 16)
    left = limb(hl, feet[0][0], thigh, shin, knees[0], FAR if crossed else NEAR, feet[0][1])
    right = limb(hr, feet[1][0], thigh, shin, knees[1], NEAR, feet[1][1])
    return "".join([left, line([hl, hr]), line([sl, sr]), line([hip_mid, shoulder_mid]), head(hc), right,
                    limb(sl, hands[0], 20, 18, elbows[0], NEAR), limb(sr, hands[1], 20, 18, elbows[1], NEAR)])


def arrow(points, head_at_end=True):
    """A curved orange arrow through three points (start, control, end)."""
    (x0, y0), (cx, cy), (x1, y1) = points
    angle = math.degrees(math.atan2(y1 - cy, x1 - cx))
    tip = at((x1, y1), angle, 6)
    left, right = at((x1, y1), angle + 120, 5), at((x1, y1), angle - 120, 5)
    return (f'<g class="ks-arrow"><path d="M{f(x0)} {f(y0)} Q{f(cx)} {f(cy)} {f(x1)} {f(y1)}" stroke="{ARROW}" stroke-width="3" fill="none"/>'
            f'<path d="M{f(tip[0])} {f(tip[1])} L{f(left[0])} {f(left[1])} L{f(right[0])} {f(right[1])} Z" fill="{ARROW}"/></g>')


def floor():
    return f'<path d="M8 {FLOOR} H232" stroke="#9aa5b1" stroke-width="3" stroke-linecap="round"/>'


def step(x, width=70, height=30):
    return f'<rect class="ks-step" x="{f(x)}" y="{FLOOR - height}" width="{width}" height="{height}" rx="2" fill="{KIT}" stroke="{KIT_EDGE}" stroke-width="2"/>'


def wall(x):
    return f'<rect class="ks-wall" x="{f(x)}" y="14" width="12" height="{FLOOR - 14}" fill="{KIT}" stroke="{KIT_EDGE}" stroke-width="2"/>'


def mat(x0, x1):
    return f'<rect class="ks-mat" x="{f(x0)}" y="{FLOOR - 3}" width="{f(x1 - x0)}" height="5" rx="2" fill="#c9d2db"/>'


def bosu(cx):
    return (f'<g class="ks-bosu"><path d="M{f(cx - 36)} {FLOOR - 3} A36 22 0 0 1 {f(cx + 36)} {FLOOR - 3} Z" fill="{KIT}" stroke="{KIT_EDGE}" stroke-width="2"/>'
            f'<rect x="{f(cx - 38)}" y="{FLOOR - 4}" width="76" height="4" rx="1" fill="{KIT_EDGE}"/></g>')


def band(a, b, width=5):
    """A loop band stretched between points a and b (drawn as a flat loop)."""
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    p1, p2 = at(a, angle - 90, width), at(b, angle - 90, width)
    p3, p4 = at(b, angle + 90, width), at(a, angle + 90, width)
    r = f"{width} {width}"
    return (f'<path class="ks-band" d="M{f(p1[0])} {f(p1[1])} L{f(p2[0])} {f(p2[1])} A{r} 0 0 1 {f(p3[0])} {f(p3[1])} '
            f'L{f(p4[0])} {f(p4[1])} A{r} 0 0 1 {f(p1[0])} {f(p1[1])} Z" fill="none" stroke="{BAND}" stroke-width="3"/>')


def svg(exercise_id, title, desc, kit_back, start, end, extra="", still_opacity="0.3"):
    body = "".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 160" width="240" height="160" role="img" class="ks-picture">\n',
        f"<title>{title}</title>\n<desc>{desc}</desc>\n<style>{STYLE}</style>\n",
        floor(), "\n", kit_back, "\n",
        '<g fill="none" stroke-linecap="round" stroke-linejoin="round">\n',
        f'<g class="ks-start" opacity="{still_opacity}">{start}</g>\n',
        f'<g class="ks-end">{end}</g>\n</g>\n', extra, "\n</svg>\n"])
    with open(os.path.join(OUT, exercise_id + ".svg"), "w", encoding="utf-8", newline="\n") as out:
        out.write(body)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


POSES = {}


def pose(fn):
    POSES[fn.__name__.replace("_", "-")] = fn
    return fn


G = FLOOR - 5  # an ankle on the floor


def hands_on_hips(hip, forward=6):
    return [(hip[0] + forward, hip[1] - 4), (hip[0] + forward - 2, hip[1] - 4)]


@pose
def standing_leg_extension():
    # Side view: standing on the far leg, the near leg pushes out straight against a band round both ankles.
    hip = (96, G - 54)
    standing = ((97, G), 0)
    start = side_figure(hip, -90, [((98, G), 0), standing], hands_on_hips(hip))
    out = at(hip, 58, 55)
    end = side_figure(hip, -93, [(out, -10), standing], hands_on_hips(hip))
    start_band = band((94, G - 3), (102, G - 3), 4)
    end_band = band((96, G - 3), (out[0] - 1, out[1] - 1), 3.5)
    # Top view: the standing foot (dark) and the four directions of the working foot.
    c = (190, 50)
    inset = (f'<g class="ks-inset"><circle cx="{c[0]}" cy="{c[1]}" r="36" fill="#f4f6f8" stroke="#9aa5b1" stroke-width="2"/>'
             f'<ellipse cx="{c[0] - 14}" cy="{c[1]}" rx="4.5" ry="9" fill="{NEAR}"/>'
             f'<ellipse cx="{c[0] - 2}" cy="{c[1]}" rx="4.5" ry="9" fill="{FAR}" opacity="0.45"/>')
    for angle in (-90, -45, 0, 45):
        s = at((c[0] - 2, c[1]), angle, 13)
        e = at((c[0] - 2, c[1]), angle, 27)
        inset += arrow((s, ((s[0] + e[0]) / 2, (s[1] + e[1]) / 2), e))
    inset += "</g>"
    return "", start + start_band, end + end_band, arrow(((122, 144), (136, 142), (144, 128))) + inset


@pose
def side_steps():
    # Seen from the front: a shallow squat with a band just above the knees; one foot steps wide, then the other follows.
    def figure(hip, left, right):
        hl, hr = at(hip, 180, 7), at(hip, 0, 7)
        kl, _ = ik(hl, left, 22, 27, 1)
        kr, _ = ik(hr, right, 22, 27, -1)
        body = front_figure(hip, -90, [(left, 180), (right, 0)], [(hip[0] - 8, hip[1] - 3), (hip[0] + 8, hip[1] - 3)],
                            thigh=22, elbows=(1, -1))
        a = ((hl[0] * 0.3 + kl[0] * 0.7) - 5, hl[1] * 0.3 + kl[1] * 0.7)
        b = ((hr[0] * 0.3 + kr[0] * 0.7) + 5, hr[1] * 0.3 + kr[1] * 0.7)
        return body + band(a, b, 4)

    start = figure((110, G - 46), (100, G), (120, G))
    end = figure((116, G - 45), (100, G), (146, G))
    return "", start, end, arrow(((150, 118), (162, 110), (174, 118)))


def lying_on_side(hip, top_foot, lean=0):
    """Lying on the side, head to the left on the lower arm, top hand on the floor in front of the chest."""
    shoulder = (hip[0] - 36, hip[1] - 1)
    return "".join([
        line([hip, (hip[0] + 28, hip[1] + 2), (hip[0] + 55, hip[1] + 3), (hip[0] + 60, hip[1] - 5)], FAR),
        line([shoulder, (shoulder[0] - 20, G), (shoulder[0] - 39, G)], FAR),
        line([hip, shoulder]), head((shoulder[0] - 15, shoulder[1] - 5)),
        limb(hip, top_foot, 28, 27, 1, NEAR, math.degrees(math.atan2(top_foot[1] - hip[1], top_foot[0] - hip[0])) - 80),
        line([shoulder, (shoulder[0] + 12, shoulder[1] + 4), (shoulder[0] + 14, G)], NEAR)])


@pose
def side_leg_raise():
    hip = (120, G - 5)
    start = lying_on_side(hip, (hip[0] + 55, hip[1] - 6))
    end = lying_on_side(hip, at(hip, -45, 55))
    return mat(30, 210), start, end, arrow(((180, 118), (186, 102), (174, 90)))


@pose
def forward_leg_raise():
    hip = (108, G)
    def lying(foot):
        shoulder = (hip[0] - 36, hip[1])
        return "".join([
            line([hip, (hip[0] + 28, G), (hip[0] + 55, G), (hip[0] + 57, G - 9)], FAR),
            line([shoulder, (shoulder[0] + 20, G), (shoulder[0] + 38, G)], FAR),
            line([hip, shoulder]), head((shoulder[0] - 15, shoulder[1] - 1)),
            limb(hip, foot, 28, 27, 1, NEAR, math.degrees(math.atan2(foot[1] - hip[1], foot[0] - hip[0])) - 90)])
    return mat(30, 210), lying((hip[0] + 55, G)), lying(at(hip, -45, 55)), arrow(((168, 124), (176, 110), (166, 96)))


def side_plank_pose(hips_up):
    elbow = (62, G)
    shoulder = (62, G - 23)
    feet = (152, G - 1)
    if hips_up:
        hip = at(shoulder, math.degrees(math.atan2(feet[1] - shoulder[1], feet[0] - shoulder[0])), 36)
    else:
        hip = (94, G - 3)
    torso = math.degrees(math.atan2(shoulder[1] - hip[1], shoulder[0] - hip[0]))
    hc = at(shoulder, torso - 5, 15)
    top_feet = (feet[0] - 2, feet[1] - 7)
    return "".join([
        limb(hip, top_feet, 28, 27, 1, FAR, -75),
        line([hip, shoulder]), head(hc),
        limb(hip, feet, 28, 27, 1, NEAR, -75),
        line([shoulder, elbow, (elbow[0] - 14, G)])])  # forearm on the floor, elbow under the shoulder


@pose
def side_plank():
    return mat(30, 180), side_plank_pose(False), side_plank_pose(True), arrow(((104, 134), (112, 122), (106, 108)))


def clamshell_pose(open_up):
    # The floor seen a little from above: the body lies along the back of the mat, the bent knees come forward (lower
    # in the picture), the feet stay together behind, in line with the hips.
    hip = (118, 124)
    shoulder = (82, 125)
    hc = (64, 122)
    feet = (158, 124)
    knee = (140, 138)
    top = 8
    top_knee = (knee[0] - 2, knee[1] - top - open_up)
    return "".join([
        line([hip, knee, feet, (feet[0] + 7, feet[1] - 5)], FAR),
        line([shoulder, (shoulder[0] - 20, 130), (shoulder[0] - 40, 130)], FAR),
        line([hip, shoulder]), head(hc),
        line([(hip[0], hip[1] - top), top_knee, (feet[0], feet[1] - top), (feet[0] + 7, feet[1] - top - 5)]),
    ])


@pose
def clamshell():
    mat_shape = f'<path class="ks-mat" d="M48 114 H196 L212 {FLOOR} H30 Z" fill="#e3e8ed"/>'
    return mat_shape, clamshell_pose(0), clamshell_pose(30), arrow(((152, 122), (158, 108), (150, 96)))


@pose
def single_leg_hop():
    def hop(lift):
        hip = (110, G - 54 - lift)
        shoulder = at(hip, -86, 36)
        return side_figure(hip, -86, [((111, G - lift), 20 if lift else 0), ((hip[0] - 20, hip[1] + 34), 150)],
                           [(shoulder[0] + 18, shoulder[1] + 24), (shoulder[0] - 16, shoulder[1] + 28)])
    return "", hop(0), hop(16), arrow(((146, 132), (152, 114), (144, 100)))


@pose
def step_up():
    top = FLOOR - 20
    box = step(124, 80, 20)
    hip = (110, G - 50)
    start = side_figure(hip, -82, [((140, top - 5), 0), ((96, G), 0)], [(hip[0] + 2, hip[1] + 6), (hip[0] + 12, hip[1] + 4)])
    hip2 = (150, top - 5 - 54)
    end = side_figure(hip2, -90, [((151, top - 5), 0), ((149, top - 5), 0)], [(hip2[0] + 3, hip2[1] + 4), (hip2[0] - 1, hip2[1] + 4)])
    return box, start, end, arrow(((96, 36), (112, 14), (138, 20)))


@pose
def hip_dip():
    # Seen from the front: standing on the image-left leg at the step's right edge; the free foot hangs beyond it.
    top = FLOOR - 20
    box = step(30, 84, 20)

    def figure(tilt):
        stand_hip = (108, top - 5 - 55)
        hip_mid = at(stand_hip, tilt, 9)
        free_hip = at(stand_hip, tilt, 18)
        body = front_figure(hip_mid, -90, [((108, top - 5), 180), ((free_hip[0] + 1, free_hip[1] + 55), 0)],
                            [(hip_mid[0] - 11, hip_mid[1] - 2), (hip_mid[0] + 11, hip_mid[1] - 2)],
                            pelvis_tilt=tilt, elbows=(1, -1), knees=(1, 1), pelvis=9)
        return body

    level = f'<path d="M114 {top} H150" stroke="#9aa5b1" stroke-width="1.5" stroke-dasharray="3 3"/>'
    return box + level, figure(0), figure(38), arrow(((146, 96), (156, 108), (148, 122)))


@pose
def bosu_ball_squat():
    top = FLOOR - 3 - 22
    feet = [((126, top - 4), 0), ((124, top - 4), 0)]
    hip = (122, top - 4 - 54)
    start = side_figure(hip, -90, feet, [(hip[0] + 4, hip[1] + 8), (hip[0] + 1, hip[1] + 8)])
    hip2 = (104, top - 4 - 32)
    shoulder = at(hip2, -58, 36)
    end = side_figure(hip2, -58, feet, [(shoulder[0] + 40, shoulder[1] + 2), (shoulder[0] + 39, shoulder[1] + 4)], neck=-70)
    return bosu(124), start, end, arrow(((96, 42), (80, 54), (86, 72)))


@pose
def standing_it_band_stretch():
    # Seen from the front: legs crossed, feet side by side; then a fold down and toward the crossed foot's side.
    hip = (120, G - 54)
    feet = [((128, G), 0), ((112, G), 180)]
    start = front_figure(hip, -90, feet, [(104, hip[1] + 6), (136, hip[1] + 6)], knees=(1, -1), elbows=(1, -1), crossed=True)
    lean = -140
    shoulder = at(hip, lean, 32)
    sm = at(hip, lean, 32)
    sl, sr = at(sm, lean + 90 + 180, 10), at(sm, lean + 90, 10)
    end = front_figure(hip, lean, feet, [at(sl, 100, 37.9), at(sr, 105, 37.9)], torso_len=32, shoulder_tilt=lean + 90, crossed=True, elbows=(-1, -1))
    return "", start, end, arrow(((98, 38), (70, 46), (66, 70)))


WALL = 178


def calf_pose(hip, torso, back_foot, hands_y=66):
    shoulder = at(hip, torso, 36)
    hand = (WALL - 5, hands_y)
    return side_figure(hip, torso, [((150, G), 0), (back_foot, 0)], [hand, (hand[0], hand[1] + 4)])


@pose
def standing_calf_stretch():
    start = calf_pose((126, G - 54), -86, (100, G))
    end = calf_pose((136, G - 45), -62, (98, G))
    return wall(WALL), start, end, arrow(((108, 34), (126, 22), (142, 32)))


@pose
def standing_achilles_stretch():
    start = calf_pose((136, G - 45), -62, (98, G))
    end = calf_pose((130, G - 36), -66, (104, G), hands_y=70)
    return wall(WALL), start, end, arrow(((92, 104), (86, 118), (96, 128)))


@pose
def seated_hamstring_stretch():
    hip = (84, G - 1)

    def figure(torso, hands, elbow=1):
        bent = line([hip, (hip[0] + 24, G + 1), (hip[0] + 10, G + 2)], FAR)
        return bent + side_figure(hip, torso, [((hip[0] + 55, G), -80), ((hip[0] + 55, G), -80)], hands, neck=torso + 8, elbow=elbow)

    start = figure(-84, [(106, G - 8), (104, G - 8)])
    end = figure(-38, [(147, G - 9), (146, G - 8)])
    return mat(40, 210), start, end, arrow(((78, 78), (104, 66), (124, 90)))


# The exercise names (RunnersKnee.cs) that are not the id in words.
TITLES = {"single-leg-hop": "Single-leg hop", "step-up": "Step-up", "standing-it-band-stretch": "Standing IT band stretch",
          "standing-achilles-stretch": "Standing Achilles stretch", "bosu-ball-squat": "Bosu ball squat"}


def main():
    with open(os.path.join(OUT, "pictures.json"), encoding="utf-8") as src:
        pictures = json.load(src)
    names = {p["exerciseId"]: p for p in pictures}
    for exercise_id, fn in POSES.items():
        back, start, end, extra = fn()
        title = TITLES.get(exercise_id, exercise_id.replace("-", " ").capitalize())
        svg(exercise_id, esc(title), esc(names[exercise_id]["alternativeText"]), back, start, end, extra)


if __name__ == "__main__":
    main()
