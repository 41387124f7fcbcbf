/* The timeline under the map: how many items each day (week, month or year, by zoom), the
 * time window that shows only what happened in it, and the button that plays the window
 * through time.
 *
 * An item is in the window when its whole date is: a day in it, a month or a year wholly in
 * it. Undated items are shown only when the window is "all time". The bars count the items
 * every other filter shows (the window's own bars are dark), so they tell where to look. */
(function () {
  "use strict";
  const geo = (window.geo = window.geo || {});
  const node = geo.node;

  const HEIGHT = 64;  // the bars' track, CSS pixels
  const AXIS = 16;  // the axis strip below the bars
  const MIN_BAR_PX = 5;
  const STEP_MS = 800;  // one step of play at speed 1

  /** The first day of the bin holding `day`. */
  function binStart(day, unit) {
    if (unit === "day") return day;
    if (unit === "week") return Math.floor((day - 4) / 7) * 7 + 4;  // Mondays
    const [year, month] = geo.dayParts(day);
    return unit === "month" ? geo.dayOf(year, month, 1) : geo.dayOf(year, 0, 1);
  }

  /** The first day after `count` units from `day` (a bin's first day). */
  function addUnits(day, unit, count) {
    if (unit === "day") return day + count;
    if (unit === "week") return day + 7 * count;
    const [year, month, date] = geo.dayParts(day);
    return unit === "month" ? geo.dayOf(year, month + count, date)
      : geo.dayOf(year + count, month, date);
  }

  const UNIT_NAMES = {day: "day", week: "week", month: "month", year: "year"};

  class Timeline {
    constructor(container, app) {
      this.app = app;
      this.container = container;
      const domain = app.data.config.domain;
      this.domain = domain;
      this.view = domain ? this.fullView() : null;
      this.speed = 1;
      this.timer = null;
      this.build();
      if (!domain) {
        container.classList.add("geo-tl-empty");
        this.label.textContent = "No dated events: nothing to show on a timeline.";
        return;
      }
      this.redraw = geo.perFrame(() => this.draw());
      new ResizeObserver(() => this.redraw()).observe(this.track);
    }

    fullView() {
      const [d0, d1] = this.domain;
      const pad = Math.max(1, Math.round((d1 - d0) * 0.02));
      return [d0 - pad, d1 + pad];
    }

    build() {
      const c = this.container;
      const bar = node("div", "geo-tl-bar");
      this.playButton = geo.button("geo-tl-play", "▶ Play", "Play the time window through "
        + "time, a step at a time");
      this.playButton.setAttribute("aria-pressed", "false");
      this.speedSelect = node("select", "geo-tl-speed");
      this.speedSelect.title = "Speed of play";
      this.speedSelect.setAttribute("aria-label", "Speed of play");
      for (const speed of [0.5, 1, 2, 4]) {
        const option = node("option", "", speed + "×");
        option.value = String(speed);
        option.selected = speed === 1;
        this.speedSelect.appendChild(option);
      }
      this.allButton = geo.button("geo-tl-all", "All time", "Show every date (and the undated)");
      this.label = node("span", "geo-tl-label");
      this.label.setAttribute("aria-live", "polite");
      const zoomOut = geo.button("geo-tl-zoom-out", "−", "Zoom the timeline out");
      const zoomIn = geo.button("geo-tl-zoom-in", "+", "Zoom the timeline in (or turn the "
        + "mouse wheel over it)");
      const fit = geo.button("geo-tl-fit", "Fit", "Show the whole span of the events");
      this.toggle = geo.button("geo-tl-toggle", "▾", "Hide or show the timeline");
      this.toggle.setAttribute("aria-expanded", "true");
      bar.append(this.playButton, this.speedSelect, this.allButton, this.label,
        node("span", "geo-tl-gap"), zoomOut, zoomIn, fit, this.toggle);
      const body = node("div", "geo-tl-body");
      this.track = node("div", "geo-tl-track");
      this.track.style.height = HEIGHT + AXIS + "px";
      this.canvas = node("canvas", "geo-tl-canvas");
      this.window = node("div", "geo-tl-window");
      this.window.tabIndex = 0;
      this.window.setAttribute("role", "slider");
      this.window.setAttribute("aria-label", "Time window: drag to move it, drag its edges to "
        + "resize it; arrow keys move it, shift and arrows resize it");
      const left = node("div", "geo-tl-handle geo-tl-handle-left");
      const right = node("div", "geo-tl-handle geo-tl-handle-right");
      left.dataset.drag = "left";
      right.dataset.drag = "right";
      this.window.dataset.drag = "move";
      this.window.append(left, right);
      this.track.append(this.canvas, this.window);
      this.caption = node("div", "geo-tl-caption");
      body.append(this.track, this.caption);
      c.append(bar, body);
      this.body = body;

      this.playButton.addEventListener("click", () => (this.timer ? this.pause() : this.play()));
      this.speedSelect.addEventListener("change", () => {
        this.speed = Number(this.speedSelect.value);
        if (this.timer) {
          this.pause();
          this.play();
        }
      });
      this.allButton.addEventListener("click", () => {
        this.pause();
        this.app.setWindow(null);
      });
      zoomOut.addEventListener("click", () => this.zoom(2, 0.5));
      zoomIn.addEventListener("click", () => this.zoom(0.5, 0.5));
      fit.addEventListener("click", () => {
        this.view = this.fullView();
        this.draw();
      });
      this.toggle.addEventListener("click", () => this.setOpen(
        c.classList.contains("geo-tl-collapsed")));
      this.track.addEventListener("pointerdown", (event) => this.pointerDown(event));
      this.track.addEventListener("wheel", (event) => {
        event.preventDefault();
        const box = this.track.getBoundingClientRect();
        this.zoom(event.deltaY > 0 ? 1.25 : 0.8, (event.clientX - box.left) / box.width);
      }, {passive: false});
      this.track.addEventListener("dblclick", () => {
        this.pause();
        this.app.setWindow(null);
      });
      this.window.addEventListener("keydown", (event) => this.key(event));
      L.DomEvent.disableClickPropagation(c);
    }

    setOpen(open) {
      this.container.classList.toggle("geo-tl-collapsed", !open);
      this.toggle.textContent = open ? "▾" : "▴";
      this.toggle.setAttribute("aria-expanded", String(open));
      this.app.layoutChanged();
    }

    span() {
      return this.view[1] - this.view[0] + 1;
    }

    width() {
      return this.track.clientWidth || 1;
    }

    xOf(day) {
      return (day - this.view[0]) / this.span() * this.width();
    }

    dayAt(x) {
      return this.view[0] + Math.floor(x / this.width() * this.span());
    }

    /** The bin of the bars: the finest whose bars are at least MIN_BAR_PX wide. */
    unit() {
      const perDay = this.width() / this.span();
      if (perDay >= MIN_BAR_PX) return "day";
      if (perDay * 7 >= MIN_BAR_PX) return "week";
      if (perDay * 30 >= MIN_BAR_PX) return "month";
      return "year";
    }

    zoom(factor, at) {
      if (!this.view) return;
      const [d0, d1] = this.fullView();
      const span = Math.max(7, Math.min(d1 - d0 + 1, Math.round(this.span() * factor)));
      const centre = this.view[0] + at * this.span();
      let first = Math.round(centre - at * span);
      first = Math.max(d0, Math.min(first, d1 - span + 1));
      this.view = [first, first + span - 1];
      this.draw();
    }

    /** Keeps the window in view (play); with `fit`, fills the timeline with it and around
     * it (an address restored, a year or month clicked). */
    reveal(win, fit) {
      if (!win || !this.view) return;
      const span = this.span();
      if (fit) {
        const pad = Math.max(3, Math.round((win[1] - win[0] + 1) * 0.25));
        this.view = [win[0] - pad, win[1] + pad];
      } else if (win[1] - win[0] + 1 > span) {
        const pad = Math.round((win[1] - win[0]) * 0.1) + 1;
        this.view = [win[0] - pad, win[1] + pad];
      } else if (win[1] > this.view[1]) {
        this.view = [win[1] - span + 1 + Math.round(span * 0.1), win[1] + Math.round(span * 0.1)];
      } else if (win[0] < this.view[0]) {
        this.view = [win[0] - Math.round(span * 0.1), win[0] - Math.round(span * 0.1) + span - 1];
      }
    }

    pointerDown(event) {
      if (!this.view || event.button > 0) return;
      this.pause();
      const box = this.track.getBoundingClientRect();
      const x = event.clientX - box.left;
      const win = this.app.state.window;
      const mode = event.target.dataset.drag || (event.clientY - box.top > HEIGHT ? "pan"
        : "brush");
      const startDay = this.dayAt(x);
      const startView = this.view.slice();
      const from = win ? win.slice() : null;
      let moved = false;
      const update = geo.perFrame((clientX) => {
        const day = this.dayAt(clientX - box.left);
        const delta = day - startDay;
        if (mode === "pan") {
          const shift = Math.round((clientX - event.clientX) / this.width() * this.span());
          this.view = [startView[0] - shift, startView[1] - shift];
          this.draw();
        } else if (mode === "move" && from) {
          this.app.setWindow([from[0] + delta, from[1] + delta], {keepWidth: true});
        } else if (mode === "left" && from) {
          this.app.setWindow([Math.min(from[0] + delta, from[1]), from[1]]);
        } else if (mode === "right" && from) {
          this.app.setWindow([from[0], Math.max(from[1] + delta, from[0])]);
        } else if (mode === "brush") {
          this.app.setWindow([Math.min(startDay, day), Math.max(startDay, day)]);
        }
      });
      const moveHandler = (e) => {
        if (Math.abs(e.clientX - event.clientX) > 2) moved = true;
        if (moved) update(e.clientX);
      };
      const upHandler = () => {
        this.track.removeEventListener("pointermove", moveHandler);
        this.track.removeEventListener("pointerup", upHandler);
        this.track.removeEventListener("pointercancel", upHandler);
        if (!moved && mode === "brush") {
          // A click on the bars: the window becomes the bin clicked.
          const unit = this.unit();
          const first = binStart(startDay, unit);
          const win = [first, addUnits(first, unit, 1) - 1];
          // A year or a month clicked opens out: its weeks or days fill the timeline.
          if (unit === "year" || unit === "month") this.reveal(win, true);
          this.app.setWindow(win);
          this.draw();
        }
      };
      this.track.setPointerCapture(event.pointerId);
      this.track.addEventListener("pointermove", moveHandler);
      this.track.addEventListener("pointerup", upHandler);
      this.track.addEventListener("pointercancel", upHandler);
      event.preventDefault();
    }

    key(event) {
      const win = this.app.state.window;
      if (!win) return;
      const unit = this.unit() === "day" ? 1 : this.unit() === "week" ? 7 : 30;
      const step = event.key === "ArrowRight" ? unit : event.key === "ArrowLeft" ? -unit : 0;
      if (!step) return;
      event.preventDefault();
      this.pause();
      if (event.shiftKey) this.app.setWindow([win[0], Math.max(win[0], win[1] + step)]);
      else this.app.setWindow([win[0] + step, win[1] + step], {keepWidth: true});
    }

    /** Play: the window moves on by one bin (a day, a week...) at a time, to the last date. */
    play() {
      if (!this.domain) return;
      const unit = this.unit();
      let win = this.app.state.window;
      if (!win || win[1] >= this.domain[1]) {
        // From the start of what the timeline shows, one bin wide.
        const first = binStart(Math.max(this.view[0], this.domain[0]), unit);
        win = [first, addUnits(first, unit, 1) - 1];
        this.app.setWindow(win);
      }
      this.playUnit = unit;
      this.timer = setInterval(() => this.step(), STEP_MS / this.speed);
      this.playButton.textContent = "❚❚ Pause";
      this.playButton.setAttribute("aria-pressed", "true");
      this.container.classList.add("geo-tl-playing");
    }

    pause() {
      if (!this.timer) return;
      clearInterval(this.timer);
      this.timer = null;
      this.playButton.textContent = "▶ Play";
      this.playButton.setAttribute("aria-pressed", "false");
      this.container.classList.remove("geo-tl-playing");
    }

    /** One step of play; false (and paused) at the end. */
    step() {
      const win = this.app.state.window;
      if (!win) return false;
      const unit = this.playUnit || this.unit();
      const first = addUnits(win[0], unit, 1);
      if (first > this.domain[1]) {
        this.pause();
        return false;
      }
      const last = addUnits(win[1] + 1, unit, 1) - 1;
      this.app.setWindow([first, last], {keepWidth: true});
      return true;
    }

    /** Bars per bin in view: [first day, count] (imprecise items in the bin they fit). */
    bins(unit) {
      const counts = this.app.counts;
      const days = counts.days, d0 = counts.first;
      const out = [];
      const byStart = new Map();
      let first = binStart(this.view[0], unit);
      while (first <= this.view[1]) {
        const next = addUnits(first, unit, 1);
        let n = 0;
        const a = Math.max(first, d0), b = Math.min(next - 1, d0 + days.length - 1);
        for (let d = a; d <= b; d++) n += days[d - d0];
        byStart.set(first, out.length);
        out.push([first, next, n]);
        first = next;
      }
      const it = this.app.items;
      for (const k of counts.imprecise) {
        const s = binStart(it.start[k], unit);
        const index = byStart.get(s);
        if (index !== undefined && it.end[k] < out[index][1]) out[index][2]++;
      }
      return out;
    }

    draw() {
      if (!this.view || !this.app.counts) return;
      const ratio = window.devicePixelRatio || 1;
      const width = this.width(), height = HEIGHT + AXIS;
      if (this.canvas.width !== Math.round(width * ratio)) {
        this.canvas.width = Math.round(width * ratio);
        this.canvas.height = Math.round(height * ratio);
        this.canvas.style.width = width + "px";
        this.canvas.style.height = height + "px";
      }
      const ctx = this.canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      const unit = this.unit();
      const bins = this.bins(unit);
      let most = 1;
      for (const bin of bins) most = Math.max(most, bin[2]);
      const win = this.app.state.window;
      this.shadeHiddenYears(ctx);
      for (const [first, next, n] of bins) {
        if (!n) continue;
        const x0 = this.xOf(first), x1 = this.xOf(next);
        const h = Math.max(2, n / most * (HEIGHT - 8));
        const inside = !win || (first >= win[0] && next - 1 <= win[1]);
        const partly = win && !inside && next - 1 >= win[0] && first <= win[1];
        ctx.fillStyle = inside ? "#37474f" : partly ? "#78909c" : "#b0bec5";
        ctx.fillRect(x0 + 0.5, HEIGHT - h, Math.max(1, x1 - x0 - 1), h);
      }
      this.drawAxis(ctx, width);
      this.placeWindow(win);
      this.describe(unit, most);
    }

    shadeHiddenYears(ctx) {
      const hidden = this.app.state.hiddenYears, years = this.app.data.config.years;
      ctx.fillStyle = "rgba(120, 120, 120, 0.12)";
      for (const y of hidden) {
        const year = Number(years[y]);
        if (!Number.isFinite(year)) continue;
        const x0 = this.xOf(geo.dayOf(year, 0, 1)), x1 = this.xOf(geo.dayOf(year + 1, 0, 1));
        ctx.fillRect(x0, 0, x1 - x0, HEIGHT);
      }
    }

    drawAxis(ctx, width) {
      ctx.fillStyle = "#eceff1";
      ctx.fillRect(0, HEIGHT, width, AXIS);
      ctx.fillStyle = "#455a64";
      ctx.font = "11px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      const perDay = width / this.span();
      // Label the coarsest unit that still gives labels room: years, months or days.
      const tick = perDay * 365 < 40 ? ["year", 5] : perDay * 30 < 34 ? ["year", 1]
        : perDay < 22 ? ["month", 1] : ["day", 1];
      let day = binStart(this.view[0], tick[0] === "day" ? "day" : tick[0]);
      let lastRight = -Infinity;
      while (day <= this.view[1]) {
        const [year, month, date] = geo.dayParts(day);
        const x = this.xOf(day);
        let text;
        if (tick[0] === "year") text = tick[1] === 1 || year % tick[1] === 0 ? String(year) : "";
        else if (tick[0] === "month") text = month === 0 ? String(year) : geo.SHORT_MONTHS[month];
        else text = date === 1 ? geo.SHORT_MONTHS[month] + " " + year : String(date);
        if (text) {
          ctx.fillRect(x, HEIGHT, 1, 4);
          const w = ctx.measureText(text).width;
          if (x + 3 > lastRight + 4 && x >= 0) {
            ctx.fillText(text, x + 3, HEIGHT + AXIS / 2 + 1);
            lastRight = x + 3 + w;
          }
        }
        day = addUnits(day, tick[0], 1);
      }
    }

    placeWindow(win) {
      if (!win) {
        this.window.hidden = true;
        return;
      }
      this.window.hidden = false;
      const x0 = this.xOf(win[0]), x1 = this.xOf(win[1] + 1);
      this.window.style.left = x0 + "px";
      this.window.style.width = Math.max(4, x1 - x0) + "px";
      this.window.setAttribute("aria-valuetext", geo.shortDay(win[0]) + " to "
        + geo.shortDay(win[1]));
    }

    describe(unit, most) {
      const app = this.app, win = app.state.window;
      const what = app.unitName(app.counts.total);
      const when = win ? geo.shortDay(win[0]) + (win[1] > win[0] ? " – " + geo.shortDay(win[1])
        : "") + " (" + geo.plural(win[1] - win[0] + 1, "day") + ")"
        : "All time, " + geo.shortDay(this.domain[0]) + " – " + geo.shortDay(this.domain[1]);
      this.label.textContent = when + " · ";
      const count = node("b", "geo-tl-count", app.counts.total.toLocaleString("en"));
      count.id = "geo-tl-count";
      this.label.append(count, " " + what + " shown");
      this.caption.textContent = "Bars: " + app.unitName(2) + " a " + UNIT_NAMES[unit]
        + " (highest " + most.toLocaleString("en") + "); dark, those in the window. Drag on "
        + "the bars to choose a window, drag it or its edges, click a bar for its "
        + UNIT_NAMES[unit] + ", double-click for all time; wheel to zoom.";
    }
  }

  geo.Timeline = Timeline;
  geo.timelineUnits = {binStart, addUnits};
})();
