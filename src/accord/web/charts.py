"""Plotly figures as plain dicts (rendered in the browser by the app's own copy of plotly.js)."""

from __future__ import annotations

import math
import random
from datetime import date

from ..api.labels import QUADS, actor_label
from ..store.queries import Bucket

GREEN, RED, INK, GREY = "#2e7d32", "#c62828", "#1f2430", "#8a8f98"
QUAD_COLOURS = {1: "#9ccc65", 2: "#2e7d32", 3: "#ffa726", 4: "#c62828"}
FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13, "color": INK}


def _layout(**more) -> dict:
    base = {"font": FONT, "margin": {"l": 56, "r": 24, "t": 16, "b": 40}, "plot_bgcolor": "#fff",
            "paper_bgcolor": "#fff", "hovermode": "x unified", "bargap": 0.15,
            "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "xanchor": "left"},
            "xaxis": {"gridcolor": "#eef0f3", "type": "date"},
            "yaxis": {"gridcolor": "#eef0f3", "zerolinecolor": "#9aa0a6", "zerolinewidth": 1.5}}
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key] = {**base[key], **value}
        else:
            base[key] = value
    return base


def _x_range(window: tuple[date | None, date | None], points: list[Bucket], pad_days: int = 10) -> list | None:
    """The corpus period as the initial view, when some points fall outside it."""
    first, last = window
    if not points or first is None or last is None:
        return None
    if points[0].period >= first and points[-1].period <= last:
        return None
    from datetime import timedelta

    return [str(first - timedelta(days=pad_days)), str(last + timedelta(days=pad_days))]


def progress_figure(points: list[Bucket], interval: str, window=(None, None)) -> dict:
    """Progress or damage. Top: per period, cooperation (green, up), conflict (red, down) and their difference
    (a dot per period with events). Bottom: the running balance of that difference since the first event."""
    x = [str(p.period) for p in points]
    word = {"week": "Week of", "month": "Month of", "day": "Day"}[interval]
    custom = [[p.events, p.quad_counts[1] + p.quad_counts[2], p.quad_counts[3] + p.quad_counts[4]] for p in points]
    running, balance = [], 0.0
    for p in points:
        balance += p.goldstein_sum
        running.append(round(balance, 2))
    data = [
        {"type": "bar", "name": "cooperation", "x": x, "y": [round(p.cooperation, 2) for p in points],
         "marker": {"color": GREEN, "opacity": 0.6}, "customdata": custom,
         "hovertemplate": "cooperation +%{y:.1f} (%{customdata[1]} events)<extra></extra>"},
        {"type": "bar", "name": "conflict", "x": x, "y": [-round(p.conflict, 2) for p in points],
         "marker": {"color": RED, "opacity": 0.6}, "customdata": custom,
         "hovertemplate": "conflict %{y:.1f} (%{customdata[2]} events)<extra></extra>"},
        {"type": "scatter", "mode": "markers", "name": f"net that {interval}", "x": x,
         "y": [round(p.goldstein_sum, 2) if p.events else None for p in points],
         "marker": {"color": INK, "size": 8, "symbol": "diamond"}, "customdata": custom,
         "hovertemplate": "<b>net %{y:+.1f}</b> from %{customdata[0]} events<extra></extra>"},
        {"type": "scatter", "mode": "lines", "name": "running balance", "x": x, "y": running, "yaxis": "y2",
         "line": {"color": "#3949ab", "width": 2.5, "shape": "hv"}, "fill": "tozeroy",
         "fillcolor": "rgba(57,73,171,0.10)", "hovertemplate": "balance so far %{y:+.1f}<extra></extra>"},
    ]
    layout = _layout(barmode="relative", hoverlabel={"namelength": -1}, height=520,
                     legend={"traceorder": "normal"},
                     yaxis={"title": {"text": f"Goldstein points each {interval}"}, "domain": [0.4, 1]},
                     yaxis2={"title": {"text": "running balance"}, "domain": [0, 0.3], "gridcolor": "#eef0f3",
                             "zerolinecolor": "#9aa0a6", "zerolinewidth": 1.5},
                     xaxis={"hoverformat": f"{word} %b %-d, %Y" if interval != "month" else "%B %Y",
                            "anchor": "y2"})
    note = {"xref": "paper", "x": 0.005, "showarrow": False, "xanchor": "left", "font": {"size": 12}}
    layout["annotations"] = [
        {**note, "yref": "y domain", "y": 0.99, "yanchor": "top", "text": "▲ above 0: progress (more cooperation)",
         "font": {**note["font"], "color": GREEN}},
        {**note, "yref": "y domain", "y": 0.01, "yanchor": "bottom", "text": "▼ below 0: damage (more conflict)",
         "font": {**note["font"], "color": RED}},
    ]
    view = _x_range(window, points)
    if view:
        layout["xaxis"]["range"] = view
    return {"data": data, "layout": layout}


def quad_figure(points: list[Bucket], interval: str, window=(None, None)) -> dict:
    """Events per period, stacked by QuadClass."""
    x = [str(p.period) for p in points]
    data = [{"type": "bar", "name": QUADS[k], "x": x, "y": [p.quad_counts[k] for p in points],
             "marker": {"color": QUAD_COLOURS[k]}, "hovertemplate": f"{QUADS[k]}: %{{y}}<extra></extra>"}
            for k in (1, 2, 3, 4)]
    layout = _layout(barmode="stack", yaxis={"title": {"text": "events"}}, legend={"traceorder": "normal"},
                     xaxis={"hoverformat": "Week of %b %-d, %Y" if interval == "week" else "%B %Y"})
    view = _x_range(window, points)
    if view:
        layout["xaxis"]["range"] = view
    return {"data": data, "layout": layout}


def tone_colour(mean: float) -> str:
    """Red (conflict, -10) through grey (0) to green (cooperation, +10)."""
    t = max(-1.0, min(1.0, mean / 6.0))
    grey = (150, 150, 150)
    end = (46, 125, 50) if t > 0 else (198, 40, 40)
    mix = [round(g + (e - g) * abs(t)) for g, e in zip(grey, end, strict=True)]
    return f"rgb({mix[0]},{mix[1]},{mix[2]})"


def layout_graph(nodes: list[str], edges: list[tuple[str, str, float]], seed: int = 7,
                 steps: int = 300) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions in the unit square, the same for the same graph."""
    rng = random.Random(seed)
    n = len(nodes)
    if n == 0:
        return {}
    pos = {v: [math.cos(2 * math.pi * i / n) + rng.uniform(-0.05, 0.05),
               math.sin(2 * math.pi * i / n) + rng.uniform(-0.05, 0.05)] for i, v in enumerate(nodes)}
    k = math.sqrt(4.0 / n)
    heaviest = max((w for *_, w in edges), default=1.0)
    temp = 0.2
    for _ in range(steps):
        disp = {v: [0.0, 0.0] for v in nodes}
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                d2 = max(dx * dx + dy * dy, 1e-6)
                f = k * k / d2
                disp[a][0] += dx * f
                disp[a][1] += dy * f
                disp[b][0] -= dx * f
                disp[b][1] -= dy * f
        for a, b, w in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = max(math.hypot(dx, dy), 1e-3)
            f = d / k * (0.5 + w / heaviest)
            disp[a][0] -= dx * f
            disp[a][1] -= dy * f
            disp[b][0] += dx * f
            disp[b][1] += dy * f
        for v in nodes:
            dx, dy = disp[v]
            d = max(math.hypot(dx, dy), 1e-9)
            step = min(d, temp)
            pos[v][0] += dx / d * step
            pos[v][1] += dy / d * step
        temp = max(temp * 0.985, 0.005)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    w, h = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {v: ((p[0] - min(xs)) / w, (p[1] - min(ys)) / h) for v, p in pos.items()}


def _short(code: str) -> str:
    """A node's caption: the readable name when short, else the code."""
    label = actor_label(code)
    return label if len(label) <= 16 else code


def network_figure(nodes: list[dict], edges: list[dict]) -> dict:
    """Actors as circles sized by events; each pair's line as thick as its events and coloured by tone."""
    pairs: dict[tuple[str, str], dict] = {}
    for e in edges:
        key = tuple(sorted((e["source"], e["target"])))
        p = pairs.setdefault(key, {"events": 0, "sum": 0.0, "lines": []})
        p["events"] += e["events"]
        p["sum"] += e["goldstein_sum"]
        p["lines"].append(f"{e['source']} → {e['target']}: {e['events']} events, mean {e['goldstein_mean']:+.2f}")
    codes = [n["code"] for n in nodes]
    pos = layout_graph(codes, [(a, b, p["events"]) for (a, b), p in pairs.items()])
    heaviest = max((p["events"] for p in pairs.values()), default=1)
    data: list[dict] = []
    mids = {"x": [], "y": [], "text": [], "color": []}
    for (a, b), p in sorted(pairs.items(), key=lambda kv: kv[1]["events"]):
        mean = p["sum"] / p["events"]
        (x0, y0), (x1, y1) = pos[a], pos[b]
        data.append({"type": "scatter", "mode": "lines", "x": [x0, x1], "y": [y0, y1], "hoverinfo": "skip",
                     "showlegend": False,
                     "line": {"color": tone_colour(mean), "width": 1.5 + 10 * math.sqrt(p["events"] / heaviest)}})
        mids["x"].append((x0 + x1) / 2)
        mids["y"].append((y0 + y1) / 2)
        mids["color"].append(mean)
        mids["text"].append(f"<b>{a} – {b}</b>: {p['events']} events, mean Goldstein {mean:+.2f}<br>"
                            + "<br>".join(p["lines"]))
    data.append({"type": "scatter", "mode": "markers", "x": mids["x"], "y": mids["y"], "text": mids["text"],
                 "hovertemplate": "%{text}<extra></extra>", "showlegend": False, "name": "pairs",
                 "marker": {"size": 9, "color": mids["color"], "cmin": -6, "cmax": 6, "opacity": 0.9,
                            "colorscale": [[0, "rgb(198,40,40)"], [0.5, "rgb(150,150,150)"], [1, "rgb(46,125,50)"]],
                            "line": {"color": "#fff", "width": 1},
                            "colorbar": {"title": {"text": "mean<br>Goldstein"}, "thickness": 12, "len": 0.6,
                                         "tickvals": [-6, -3, 0, 3, 6],
                                         "ticktext": ["−6 conflict", "−3", "0", "+3", "+6 cooperation"]}}})
    biggest = max((n["events"] for n in nodes), default=1)
    data.append({"type": "scatter", "mode": "markers+text", "name": "actors",
                 "x": [pos[c][0] for c in codes], "y": [pos[c][1] for c in codes], "text": codes,
                 "texttemplate": [_short(c) for c in codes],
                 "customdata": [[n["events"], actor_label(n["code"])] for n in nodes],
                 "textposition": "top center", "textfont": {"size": 12, "color": INK}, "showlegend": False,
                 "hovertemplate": "<b>%{text}</b> %{customdata[1]}<br>%{customdata[0]} events<br>"
                                  "click: its events<extra></extra>",
                 "marker": {"size": [12 + 26 * math.sqrt(n["events"] / biggest) for n in nodes],
                            "color": "#e8eaf6", "opacity": 1, "line": {"color": "#3949ab", "width": 1.5}}})
    axis = {"visible": False, "range": [-0.08, 1.08]}
    layout = _layout(hovermode="closest", xaxis={**axis, "type": "linear"}, yaxis=axis, height=620,
                     margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return {"data": data, "layout": layout}
