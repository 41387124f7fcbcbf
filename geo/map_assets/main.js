/* The page: reads the data blocks, keeps the filter's state, and redraws the markers, the
 * timeline and every count when it changes. The view (centre, zoom, filters, time window)
 * lives in the address after "#", so that a copied link opens the same view. */
(function () {
  "use strict";
  const geo = (window.geo = window.geo || {});

  // The address's keys: a filter is written as the options shown ("types=") or hidden
  // ("hide-types="), whichever is shorter.
  const FACETS = [
    ["types", "hiddenTypes"], ["actors", "hiddenActors"], ["countries", "hiddenCountries"],
    ["years", "hiddenYears"],
  ];

  class App {
    constructor(map, configId) {
      this.map = map;
      this.yearLayers = [];
      this.isReady = false;
      this.restoring = false;
      this.ready = this.init(configId);
      this.ready.catch(geo.report);
    }

    async init(configId) {
      const [config, places, events, incidents] = await Promise.all([
        geo.readBlock(configId), geo.readBlock("geo-places"), geo.readBlock("geo-events"),
        geo.readBlock("geo-incidents")]);
      this.data = new geo.Data(config, places, events, incidents);
      this.state = new geo.FilterState();
      this.mode = config.incidents ? "incidents" : "reports";
      this.sizeBy = "count";
      this.items = this.data.items(this.mode);
      this.counts = new geo.Counts(this.data, this.items);
      this.panels = new geo.Panels(this);
      this.timeline = new geo.Timeline(document.getElementById("geo-timeline"), this);
      this.markers = new geo.Markers(this);
      for (const layer of this.yearLayers) {
        if (layer && !this.map.hasLayer(layer)) this.state.hiddenYears.add(layer.geoRank);
      }
      // The panels and the timeline have taken their room: the map knows its size now.
      this.map.invalidateSize({animate: false});
      const restored = this.readHash();
      if (!restored) this.fitFirstView();
      this.update();
      this.map.on("moveend", () => this.writeHash());
      this.map.on("baselayerchange", () => this.writeHash());
      window.addEventListener("hashchange", () => {
        if (window.location.hash !== this.lastHash) {
          this.readHash();
          this.update();
        }
      });
      new ResizeObserver(() => this.map.invalidateSize({animate: false}))
        .observe(this.map.getContainer());
      this.isReady = true;
      document.body.classList.add("geo-ready");
      // The sentences are read only for popups and downloads; start once the map is up.
      (window.requestIdleCallback || setTimeout)(() => this.loadSentences().catch(geo.report));
    }

    addYear(layer, rank) {
      layer.geoRank = rank;
      this.yearLayers[rank] = layer;
      layer.on("add", () => this.setYearShown(rank, true));
      layer.on("remove", () => this.setYearShown(rank, false));
    }

    setYearShown(rank, shown) {
      if (!this.state) return;
      if (shown) this.state.hiddenYears.delete(rank); else this.state.hiddenYears.add(rank);
      if (!this.restoring) this.update();
    }

    fitFirstView() {
      const view = this.data.config.view;
      if (view) this.map.fitBounds(view, {padding: [24, 24], maxZoom: 10, animate: false});
      else this.map.setView([20, 10], 2, {animate: false});
    }

    unitName(n) {
      const one = this.mode === "incidents" ? "incident" : "event";
      return n === 1 ? one : one + "s";
    }

    loadSentences() {
      if (!this.sentencesRead) {
        this.sentencesRead = geo.readBlock("geo-sentences").then((sentences) => {
          this.sentences = sentences;
          return sentences;
        });
      }
      return this.sentencesRead;
    }

    /** One pass of the filter, then everything that shows its result. */
    update() {
      if (!this.counts) return;
      const started = performance.now();
      this.counts.run(this.state);
      this.markers.draw();
      this.timeline.draw();
      this.panels.update();
      this.writeHash();
      this.lastUpdateMs = performance.now() - started;
    }

    setHidden(name, hidden) {
      this.state[name] = new Set(hidden);
      this.update();
    }

    setMinFatal(value) {
      this.state.minFatal = value;
      this.update();
    }

    setSizeBy(value) {
      this.sizeBy = value;
      this.update();
    }

    setMode(mode) {
      if (mode === this.mode || (mode === "incidents" && !this.data.config.incidents)) return;
      this.map.closePopup();
      this.mode = mode;
      this.items = this.data.items(mode);
      this.counts = new geo.Counts(this.data, this.items);
      this.update();
    }

    /** The time window, [first day, last day] (days since 1970-01-01), or null: all time. */
    setWindow(win, options) {
      const domain = this.data.config.domain;
      if (win && domain) {
        let [a, b] = win[0] <= win[1] ? win : [win[1], win[0]];
        const [d0, d1] = domain;
        if (options && options.keepWidth) {
          const width = b - a;
          if (a < d0) [a, b] = [d0, d0 + width];
          if (b > d1) [a, b] = [Math.max(d0, d1 - width), d1];
        } else {
          a = Math.max(a, d0);
          b = Math.min(b, d1);
        }
        if (b < a) b = a;
        win = a <= d0 && b >= d1 ? null : [a, b];
      } else {
        win = null;
      }
      const old = this.state.window;
      if ((old === null && win === null) || (old && win && old[0] === win[0]
        && old[1] === win[1])) return;
      this.state.window = win;
      this.timeline.reveal(win);
      this.update();
    }

    layoutChanged() {
      requestAnimationFrame(() => {
        this.map.invalidateSize({animate: false});
        this.timeline.draw();
      });
    }

    /** Flies to a place, then opens what happened there. */
    flyTo(place) {
      const places = this.data.places, map = this.map;
      const latlng = L.latLng(places.lat[place], places.lon[place]);
      const open = () => {
        L.popup(this.markers.popupOptions()).setLatLng(latlng)
          .setContent(() => this.markers.popups.build([place])).openOn(map);
      };
      const spec = places.area[place];
      map.once("moveend", open);
      if (spec && spec.s !== undefined) {
        map.flyToBounds(L.geoJSON(this.data.config.shapes[spec.s]).getBounds(),
          {maxZoom: 9, duration: 0.8});
      } else {
        const zoom = spec ? 8 : Math.max(map.getZoom(), 11);
        map.flyTo(latlng, zoom, {duration: 0.8});
      }
    }

    // --- the address ----------------------------------------------------------------

    facetNames(key) {
      const config = this.data.config;
      if (key === "types") return config.types.map((t) => t.name);
      if (key === "actors") return config.actors.concat(["none"]);
      if (key === "countries") return config.countries.map(([code]) => code || "none");
      return config.years;
    }

    hashText() {
      const map = this.map, state = this.state;
      const centre = map.getCenter();
      const parts = ["at=" + map.getZoom() + "/" + centre.lat.toFixed(4) + "/"
        + centre.lng.toFixed(4)];
      if (state.window) {
        parts.push("from=" + geo.isoOfDay(state.window[0]), "to=" + geo.isoOfDay(state.window[1]));
      }
      for (const [key, field] of FACETS) {
        const hidden = state[field];
        if (!hidden.size) continue;
        const names = this.facetNames(key);
        const shown = names.map((_, i) => i).filter((i) => !hidden.has(i));
        const list = (indices) => indices.map((i) => encodeURIComponent(names[i])).join(",");
        if (shown.length < hidden.size) parts.push(key + "=" + list(shown));
        else parts.push("hide-" + key + "=" + list([...hidden].sort((a, b) => a - b)));
      }
      if (state.minFatal) parts.push("killed=" + state.minFatal);
      if (this.data.config.incidents && this.mode === "reports") parts.push("show=reports");
      if (this.sizeBy === "fatalities") parts.push("size=fatalities");
      const bases = document.querySelectorAll(".leaflet-control-layers-base input");
      if (bases.length > 1 && bases[1].checked) parts.push("base=osm");
      return "#" + parts.join("&");
    }

    writeHash() {
      if (!this.isReady || this.restoring) return;
      clearTimeout(this.hashTimer);
      this.hashTimer = setTimeout(() => {
        const text = this.hashText();
        if (text !== window.location.hash) {
          this.lastHash = text;
          history.replaceState(null, "", text);
        }
      }, 120);
    }

    /** Restores the view an address gives; false when it gives no place and zoom. */
    readHash() {
      const text = window.location.hash.replace(/^#/, "");
      this.lastHash = window.location.hash;
      if (!text) return false;
      const params = new Map();
      for (const part of text.split("&")) {
        const at = part.indexOf("=");
        if (at > 0) params.set(part.slice(0, at), part.slice(at + 1));
      }
      const state = this.state;
      this.restoring = true;
      try {
        if (params.get("show") === "reports" || params.get("show") === "incidents") {
          const mode = params.get("show");
          if (mode !== this.mode && (mode === "reports" || this.data.config.incidents)) {
            this.mode = mode;
            this.items = this.data.items(mode);
            this.counts = new geo.Counts(this.data, this.items);
          }
        }
        for (const [key, field] of FACETS) {
          const names = this.facetNames(key);
          const index = new Map(names.map((name, i) => [name, i]));
          const decode = (value) => value.split(",").filter(Boolean)
            .map((name) => index.get(decodeURIComponent(name))).filter((i) => i !== undefined);
          let hidden = new Set();
          if (params.has(key)) {
            const shown = new Set(decode(params.get(key)));
            hidden = new Set(names.map((_, i) => i).filter((i) => !shown.has(i)));
          } else if (params.has("hide-" + key)) {
            hidden = new Set(decode(params.get("hide-" + key)));
          }
          state[field] = hidden;
        }
        this.yearLayers.forEach((layer, y) => {
          if (!layer) return;
          const hidden = state.hiddenYears.has(y);
          if (hidden && this.map.hasLayer(layer)) this.map.removeLayer(layer);
          if (!hidden && !this.map.hasLayer(layer)) this.map.addLayer(layer);
        });
        const killed = Number(params.get("killed") || 0);
        state.minFatal = geo.FATAL_STEPS.filter((step) => step <= killed).pop() || 0;
        this.sizeBy = params.get("size") === "fatalities" ? "fatalities" : "count";
        const from = geo.dayOfIso(params.get("from")), to = geo.dayOfIso(params.get("to"));
        state.window = null;
        if (from === from && to === to && this.data.config.domain) {
          const [d0, d1] = this.data.config.domain;
          const a = Math.max(d0, Math.min(from, to)), b = Math.min(d1, Math.max(from, to));
          state.window = a <= d0 && b >= d1 ? null : [a, Math.max(a, b)];
          this.timeline.reveal(state.window, true);
        }
        const bases = document.querySelectorAll(".leaflet-control-layers-base input");
        const wantOsm = params.get("base") === "osm";
        if (bases.length > 1 && bases[1].checked !== wantOsm) bases[wantOsm ? 1 : 0].click();
      } finally {
        this.restoring = false;
      }
      const at = /^(\d+)\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(params.get("at") || "");
      if (!at) return false;
      this.map.setView([Number(at[2]), Number(at[3])], Number(at[1]), {animate: false});
      return true;
    }

    // --- what is shown, and taking it away --------------------------------------------

    /** The events (reports) shown: of each incident shown, all its reports. */
    shownEvents() {
      const it = this.items, shown = this.counts.shown;
      const out = [];
      for (let k = 0; k < it.n; k++) {
        if (!shown[k]) continue;
        for (let m = it.memberStart[k]; m < it.memberStart[k + 1]; m++) out.push(it.memberList[m]);
      }
      return out;
    }

    /** The shown events as rows of the columns the page has (a subset of events.csv's). */
    async shownRows() {
      const sentences = await this.loadSentences();
      const data = this.data, e = data.events, config = data.config, places = data.places;
      return this.shownEvents().map((i) => {
        const p = e.place[i];
        const [title, href] = config.articles[e.article[i]];
        return {
          event_id: sentences.id[i], incident_id: sentences.incident[e.incident[i]] || "",
          date: e.date[i], date_precision: geo.PRECISIONS[e.precision[i]] || "unknown",
          event_type: config.types[e.type[i]].name, sub_event_type: config.subtypes[e.subtype[i]],
          place: p >= 0 ? places.names[p][0] : "", place_as_written: e.written[i] || "",
          lat: p >= 0 ? places.lat[p] : null, lon: p >= 0 ? places.lon[p] : null,
          country: p >= 0 ? places.country[p] : "", fatalities: e.fatalities[i],
          actor1: e.actor1[i] >= 0 ? config.actors[e.actor1[i]] : "",
          actor2: e.actor2[i] >= 0 ? config.actors[e.actor2[i]] : "",
          title: title, source: href, text: sentences.text[i],
        };
      });
    }

    async exportText(kind) {
      const rows = await this.shownRows();
      if (kind === "geojson") {
        return JSON.stringify({type: "FeatureCollection", features: rows.map((row) => {
          const properties = Object.assign({}, row);
          delete properties.lat;
          delete properties.lon;
          return {type: "Feature", properties: properties,
            geometry: row.lat === null ? null : {type: "Point", coordinates: [row.lon, row.lat]}};
        })});
      }
      const columns = ["event_id", "incident_id", "date", "date_precision", "event_type",
        "sub_event_type", "place", "place_as_written", "lat", "lon", "country", "fatalities",
        "actor1", "actor2", "title", "source", "text"];
      const lines = [columns.join(",")];
      for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(","));
      return lines.join("\r\n") + "\r\n";
    }

    async download(kind) {
      const text = await this.exportText(kind);
      const type = kind === "geojson" ? "application/geo+json" : "text/csv";
      const url = URL.createObjectURL(new Blob([text], {type: type + ";charset=utf-8"}));
      const link = geo.node("a");
      link.href = url;
      link.download = "events-shown." + kind;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }

    // --- for tests and the curious, in a console ----------------------------------------

    /** Items on the map now, by year layer. */
    drawn() {
      return this.markers ? this.markers.drawnByYear() : {};
    }
  }

  /** A CSV field as events.csv writes it (RFC 4180; text a spreadsheet would run as a
   * formula gets a leading apostrophe). */
  function csvCell(value) {
    if (value === null || value === undefined) return "";
    let text = String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  window.geoEventMap = function (map, configId) {
    window.geoMap = new App(map, configId);
    return window.geoMap;
  };

  window.geoEventMap.basemap = function (layer, blockId, style, attribution) {
    // Read by the attribution control when the layer is added to the map, just after this.
    layer.options.attribution = attribution;
    geo.readBlock(blockId).then((basemap) => {
      window.geoEventMap.basemapData = basemap;
      geo.drawBasemap(layer, basemap, style);
    }).catch(geo.report);
  };
})();
