/* The panels around the map: the filters with their live counts, the header's counts, the
 * search box, and the downloads of what is shown (built here, in the page, offline). */
(function () {
  "use strict";
  const geo = (window.geo = window.geo || {});
  const node = geo.node;
  const PHONE = "(max-width: 700px)";

  /** A collapsible section of the side panel. */
  function section(title, open) {
    const details = node("details", "geo-section");
    details.open = open;
    const summary = node("summary", "geo-section-title", title);
    details.appendChild(summary);
    return details;
  }

  /** A list of options to tick, each with the number of items it shows (or would show).
   * Nothing ticked off is the same as everything ticked: no filter. */
  class Facet {
    constructor(title, options, onChange, settings) {
      this.options = options;
      this.onChange = onChange;
      this.hidden = new Set();
      this.element = section(title, settings.open);
      this.element.dataset.facet = settings.name;
      const tools = node("div", "geo-facet-tools");
      const all = geo.button("geo-all", "All", "Tick every option");
      const none = geo.button("geo-none", "None", "Untick every option");
      all.addEventListener("click", () => this.set(new Set()));
      none.addEventListener("click", () => this.set(new Set(options.map((_, i) => i))));
      tools.append(all, none);
      if (options.length > 8) {
        this.filterBox = node("input", "geo-facet-filter");
        this.filterBox.type = "search";
        this.filterBox.placeholder = "Filter this list";
        this.filterBox.setAttribute("aria-label", "Filter the list of " + title.toLowerCase());
        this.filterBox.addEventListener("input", () => this.narrow());
        tools.appendChild(this.filterBox);
      }
      this.element.appendChild(tools);
      const list = node("div", "geo-facet-list");
      if (options.length > 12) list.classList.add("geo-facet-long");
      this.rows = options.map((option, i) => {
        const row = node("label", "geo-option");
        const box = node("input");
        box.type = "checkbox";
        box.checked = true;
        box.dataset.index = String(i);
        box.addEventListener("change", () => {
          const hidden = new Set(this.hidden);
          if (box.checked) hidden.delete(i); else hidden.add(i);
          this.set(hidden);
        });
        const only = geo.button("geo-only", "only", "Show only this one");
        only.addEventListener("click", (event) => {
          event.preventDefault();
          this.set(new Set(options.map((_, j) => j).filter((j) => j !== i)));
        });
        row.append(box);
        if (option.swatch) row.appendChild(option.swatch);
        const count = node("span", "geo-n", "0");
        row.append(node("span", "geo-name", option.label), only, count);
        row.dataset.name = option.label;
        list.appendChild(row);
        return {row: row, box: box, count: count, folded: geo.fold(option.label)};
      });
      this.element.appendChild(list);
    }

    set(hidden) {
      this.hidden = hidden;
      this.onChange(hidden);
    }

    narrow() {
      const query = geo.fold(this.filterBox.value.trim());
      for (const row of this.rows) row.row.hidden = Boolean(query) && !row.folded.includes(query);
    }

    /** Ticks as `hidden` says, and the counts: of what is shown, or would be if ticked. */
    update(counts, hidden) {
      this.hidden = hidden;
      this.rows.forEach((row, i) => {
        const off = hidden.has(i);
        if (row.box.checked === off) row.box.checked = !off;
        row.row.classList.toggle("geo-off", off);
        const text = counts[i].toLocaleString("en");
        if (row.count.textContent !== text) row.count.textContent = text;
        row.count.title = off ? "shown if ticked" : "shown";
      });
    }
  }

  class Panels {
    constructor(app) {
      this.app = app;
      this.data = app.data;
      this.side = document.getElementById("geo-side");
      this.build();
      this.search = new Search(app, document.getElementById("geo-search"),
        document.getElementById("geo-search-results"));
      const toggle = document.getElementById("geo-side-toggle");
      toggle.addEventListener("click", () => this.setSideOpen(
        document.body.classList.contains("geo-side-closed")));
      if (window.matchMedia(PHONE).matches) this.setSideOpen(false, true);
      // On a phone the filters lie over the map: a tap on the map puts them away.
      app.map.on("click", () => this.closeSideOnPhone());
      document.getElementById("geo-download-csv").addEventListener("click",
        () => this.app.download("csv").catch(geo.report));
      document.getElementById("geo-download-geojson").addEventListener("click",
        () => this.app.download("geojson").catch(geo.report));
      document.getElementById("geo-copy-link").addEventListener("click", () => this.copyLink());
      L.DomEvent.disableClickPropagation(this.side);
      L.DomEvent.disableScrollPropagation(this.side);
    }

    setSideOpen(open, quiet) {
      document.body.classList.toggle("geo-side-closed", !open);
      const toggle = document.getElementById("geo-side-toggle");
      toggle.setAttribute("aria-expanded", String(open));
      if (!quiet) this.app.layoutChanged();
    }

    closeSideOnPhone() {
      if (window.matchMedia(PHONE).matches && !document.body.classList.contains(
        "geo-side-closed")) this.setSideOpen(false);
    }

    build() {
      const config = this.data.config, app = this.app;
      // The layers: the base maps and one layer per year, from Leaflet's layer control.
      this.layers = section("Map and years", true);
      this.layers.dataset.facet = "years";
      const control = document.querySelector(".leaflet-control-layers");
      if (control) {
        control.classList.add("geo-layers");
        this.layers.appendChild(control);
      }
      this.side.appendChild(this.layers);

      if (config.incidents) {
        const display = section("Show", true);
        display.dataset.facet = "mode";
        for (const [mode, label, title] of [
          ["incidents", "Incidents", "one marker per incident, however many articles told it"],
          ["reports", "Reports", "every article's report of an event, as events.csv has them"]]) {
          const row = node("label", "geo-option");
          const radio = node("input");
          radio.type = "radio";
          radio.name = "geo-mode";
          radio.value = mode;
          radio.checked = app.mode === mode;
          radio.addEventListener("change", () => app.setMode(mode));
          row.append(radio, node("span", "geo-name", label));
          row.title = title;
          display.appendChild(row);
        }
        this.modeSection = display;
        this.side.appendChild(display);
      }

      this.types = new Facet("Event types", config.types.map((type) => ({
        label: type.name, swatch: geo.shape(type.path, type.colour, 16)})),
      (hidden) => app.setHidden("hiddenTypes", hidden), {open: true, name: "types"});
      this.side.appendChild(this.types.element);

      const actorOptions = config.actors.map((name) => ({label: name}));
      actorOptions.push({label: "(no actor named)"});
      this.actors = new Facet("Actors", actorOptions,
        (hidden) => app.setHidden("hiddenActors", hidden), {open: false, name: "actors"});
      this.actors.element.querySelector(".geo-section-title").title = "An event shows when "
        + "either of its actors is ticked";
      this.side.appendChild(this.actors.element);

      this.countries = new Facet("Countries", config.countries.map(([, name]) => ({
        label: name})), (hidden) => app.setHidden("hiddenCountries", hidden),
      {open: false, name: "countries"});
      this.side.appendChild(this.countries.element);

      const fatal = section("Fatalities", false);
      fatal.dataset.facet = "fatalities";
      this.fatalRows = geo.FATAL_STEPS.map((step) => {
        const row = node("label", "geo-option");
        const radio = node("input");
        radio.type = "radio";
        radio.name = "geo-fatal";
        radio.value = String(step);
        radio.checked = step === 0;
        radio.addEventListener("change", () => app.setMinFatal(step));
        const count = node("span", "geo-n", "0");
        row.append(radio, node("span", "geo-name", step === 0 ? "Any (or not known)"
          : step + " or more killed"), count);
        fatal.appendChild(row);
        return {radio: radio, count: count};
      });
      const size = node("label", "geo-option geo-size-switch");
      this.sizeBox = node("input");
      this.sizeBox.type = "checkbox";
      this.sizeBox.addEventListener("change", () => app.setSizeBy(
        this.sizeBox.checked ? "fatalities" : "count"));
      size.append(this.sizeBox, node("span", "geo-name", "Size markers by fatalities"));
      fatal.appendChild(size);
      this.side.appendChild(fatal);

      const key = section("Key", false);
      const area = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      area.setAttribute("viewBox", "0 0 20 20");
      area.setAttribute("width", "16");
      area.setAttribute("height", "16");
      const circle = document.createElementNS("http://www.w3.org/2000/svg", "circle");
      for (const [name, value] of [["cx", "10"], ["cy", "10"], ["r", "8"], ["fill", "#75757533"],
        ["stroke", "#757575"], ["stroke-dasharray", "3 2"]]) circle.setAttribute(name, value);
      area.appendChild(circle);
      const noteArea = node("div", "geo-note");
      noteArea.append(area, node("span", "", "area: place known only to its region or country"));
      const noteCount = node("div", "geo-note");
      noteCount.append(node("span", "geo-count geo-sample", "3"),
        node("span", "", "items at one place (a pin's shape and colour: its most frequent type)"));
      const noteCluster = node("div", "geo-note");
      noteCluster.append(node("span", "geo-cluster geo-cluster-small geo-sample", "12"),
        node("span", "", "places close together: click to zoom in"));
      const noteLines = node("div", "geo-note", "Offline map: dashed lines are first-level "
        + "borders drawn from the towns of each division (approximate where towns are few).");
      key.append(noteArea, noteCount, noteCluster, noteLines);
      this.side.appendChild(key);
    }

    /** Every count on the page, from the filter's last pass. */
    update() {
      const app = this.app, counts = app.counts, state = app.state;
      this.types.update(counts.type, state.hiddenTypes);
      this.actors.update(counts.actor, state.hiddenActors);
      this.countries.update(counts.country, state.hiddenCountries);
      this.fatalRows.forEach((row, s) => {
        row.radio.checked = geo.FATAL_STEPS[s] === state.minFatal;
        row.count.textContent = counts.fatal[s].toLocaleString("en");
      });
      this.sizeBox.checked = app.sizeBy === "fatalities";
      if (this.modeSection) {
        for (const radio of this.modeSection.querySelectorAll("input")) {
          radio.checked = radio.value === app.mode;
        }
      }
      document.getElementById("geo-shown").textContent = counts.total.toLocaleString("en");
      document.getElementById("geo-shown-unit").textContent = app.unitName(counts.total);
      document.getElementById("geo-shown-reports").textContent = app.mode === "incidents"
        ? " (" + geo.plural(counts.reports, "report") + ")" : "";
      this.yearCounts();
    }

    /** The count of each year beside its layer's name (Leaflet redraws the names). */
    yearCounts() {
      const counts = this.app.counts, years = this.data.config.years;
      const index = new Map(years.map((label, y) => [label, y]));
      for (const label of this.layers.querySelectorAll(".leaflet-control-layers-overlays label")) {
        const name = label.querySelector("span span") || label.querySelector("span");
        if (!name) continue;
        const y = index.get(name.textContent.trim());
        if (y === undefined) continue;
        let count = label.querySelector(".geo-n");
        if (!count) {
          count = node("span", "geo-n");
          label.firstElementChild.appendChild(count);
        }
        count.textContent = counts.year[y].toLocaleString("en");
      }
    }

    copyLink() {
      const address = window.location.href;
      const button = document.getElementById("geo-copy-link");
      const done = (text) => {
        button.textContent = text;
        setTimeout(() => { button.textContent = "Copy link"; }, 1800);
      };
      const fallback = () => {
        const field = node("input");
        field.value = address;
        document.body.appendChild(field);
        field.select();
        let copied = false;
        try {
          copied = document.execCommand("copy");
        } catch (error) {
          copied = false;
        }
        field.remove();
        if (copied) done("Copied");
        else window.prompt("Copy this address:", address);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(address).then(() => done("Copied"), fallback);
      } else {
        fallback();
      }
    }
  }

  /** Finds a place among the events' places, by any name they carry, and flies to it. */
  class Search {
    constructor(app, input, list) {
      this.app = app;
      this.input = input;
      this.list = list;
      const places = app.data.places;
      this.names = places.names.map((names) => names.map(geo.fold));
      this.labels = places.label.map(geo.fold);
      this.results = [];
      this.active = -1;
      input.addEventListener("input", () => this.find());
      input.addEventListener("keydown", (event) => this.key(event));
      input.addEventListener("blur", () => setTimeout(() => { this.list.hidden = true; }, 200));
      L.DomEvent.disableClickPropagation(list);
    }

    /** Places whose names hold the query: whole name, then start, then start of a word. */
    match(query) {
      const folded = geo.fold(query.trim());
      if (!folded) return [];
      const total = this.app.items.total;
      const found = [];
      this.names.forEach((names, p) => {
        let best = 9, via = "";
        for (const [i, name] of [this.labels[p], ...names].entries()) {
          const rank = name === folded ? 0 : name.startsWith(folded) ? 1
            : name.includes(" " + folded) || name.includes("-" + folded)
              || name.includes("(" + folded) ? 2 : name.includes(folded) ? 3 : 9;
          if (rank < best) {
            best = rank;
            via = i === 0 ? "" : this.app.data.places.names[p][i - 1];
          }
        }
        if (best < 9) found.push({place: p, rank: best, via: via});
      });
      found.sort((a, b) => a.rank - b.rank || total[b.place] - total[a.place]
        || a.place - b.place);
      return found.slice(0, 8);
    }

    find() {
      this.results = this.match(this.input.value);
      this.active = this.results.length ? 0 : -1;
      this.render();
    }

    render() {
      const places = this.app.data.places, counts = this.app.counts;
      this.list.replaceChildren();
      if (!this.input.value.trim()) {
        this.list.hidden = true;
        return;
      }
      if (!this.results.length) {
        this.list.appendChild(node("li", "geo-search-none", "No place of the events has "
          + "this name"));
      }
      this.results.forEach((result, i) => {
        const item = node("li", "geo-search-result");
        item.setAttribute("role", "option");
        item.id = "geo-search-option-" + i;
        item.setAttribute("aria-selected", String(i === this.active));
        item.appendChild(node("span", "geo-name", places.label[result.place]));
        const label = geo.fold(places.label[result.place]);
        if (result.via && !label.includes(geo.fold(result.via))) {
          item.appendChild(node("span", "geo-via", " also written " + result.via));
        }
        item.appendChild(node("span", "geo-n", counts.place[result.place].toLocaleString("en")));
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          this.choose(result.place);
        });
        this.list.appendChild(item);
      });
      this.list.hidden = false;
      if (this.active >= 0) this.input.setAttribute("aria-activedescendant",
        "geo-search-option-" + this.active);
    }

    key(event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!this.results.length) return;
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        this.active = (this.active + step + this.results.length) % this.results.length;
        this.render();
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (!this.results.length) this.find();
        if (this.results.length) this.choose(this.results[Math.max(0, this.active)].place);
      } else if (event.key === "Escape") {
        this.list.hidden = true;
      }
    }

    choose(place) {
      this.list.hidden = true;
      this.input.value = this.app.data.places.label[place];
      this.input.blur();
      this.app.flyTo(place);
    }
  }

  geo.Panels = Panels;
  geo.Search = Search;
})();
