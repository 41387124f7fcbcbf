/* Markers, areas and popups of the items shown.
 *
 * Places near each other on the screen are drawn as one cluster (greedy, biggest first,
 * within CLUSTER_PX); only the places in and around the view are clustered, so a redraw
 * costs what the view holds, not what the map holds. A marker is redrawn only when what it
 * shows changes. A place known only to its region or country is an area, never a pin. */
(function () {
  "use strict";
  const geo = (window.geo = window.geo || {});
  const node = geo.node;

  const CLUSTER_PX = 42;
  const POPUP_ITEMS = 50;  // items a popup lists before "Show more"
  const MANY_AREAS = 800;  // above, areas are drawn on a canvas rather than as SVG

  function clamp(value, low, high) {
    return Math.max(low, Math.min(high, value));
  }

  class Markers {
    constructor(app) {
      this.app = app;
      this.map = app.map;
      this.data = app.data;
      const data = this.data;
      this.layer = L.layerGroup().addTo(this.map);
      this.map.createPane("geo-areas").style.zIndex = "410";
      const areaCount = data.placeArea.filter(Boolean).length;
      this.renderer = areaCount > MANY_AREAS ? L.canvas({pane: "geo-areas", padding: 0.3})
        : L.svg({pane: "geo-areas"});
      this.areaGroup = L.featureGroup().addTo(this.map);
      this.areas = new Map();
      this.markers = new Map();
      this.x0 = new Float64Array(data.nPlaces);
      this.y0 = new Float64Array(data.nPlaces);
      const crs = this.map.options.crs;
      for (let p = 0; p < data.nPlaces; p++) {
        const point = crs.latLngToPoint(L.latLng(data.places.lat[p], data.places.lon[p]), 0);
        this.x0[p] = point.x;
        this.y0[p] = point.y;
      }
      this.assigned = new Int32Array(data.nPlaces);
      this.generation = 0;
      this.popups = new Popups(app);
      this.map.on("moveend", () => this.draw());
      this.map.on("popupopen", (event) => {
        const source = event.popup._source;
        if (source && source.closeTooltip) source.closeTooltip();
        this.app.panels.closeSideOnPhone();
      });
    }

    /** The type most of the shown items at a place have (ties: the legend's order). */
    dominantType(place) {
      const it = this.app.items, shown = this.app.counts.shown;
      const tally = new Int32Array(this.data.config.types.length);
      for (let i = it.placeStart[place]; i < it.placeStart[place + 1]; i++) {
        const k = it.placeList[i];
        if (shown[k]) tally[it.type[k]]++;
      }
      let best = 0;
      for (let t = 1; t < tally.length; t++) if (tally[t] > tally[best]) best = t;
      return best;
    }

    markerSize(count, fatalities, cluster) {
      const bounds = this.data.config.markerSize;
      const base = cluster ? bounds.min + 10 : bounds.min;
      if (this.app.sizeBy === "fatalities") {
        return Math.round(clamp(base - 4 + 5 * Math.log2(1 + fatalities), base - 4, bounds.max));
      }
      return Math.round(clamp(base + 5 * Math.log10(count), base, bounds.max));
    }

    draw() {
      const counts = this.app.counts;
      if (!counts) return;
      const data = this.data, map = this.map;
      const zoom = map.getZoom();
      const scale = Math.pow(2, zoom);
      const view = map.getPixelBounds();
      const size = map.getSize();
      const minX = view.min.x - size.x / 2, maxX = view.max.x + size.x / 2;
      const minY = view.min.y - size.y / 2, maxY = view.max.y + size.y / 2;
      const placeCount = counts.place, placeFatal = counts.placeFatal;
      const candidates = [];
      for (let p = 0; p < data.nPlaces; p++) {
        if (placeCount[p] === 0 || data.placeArea[p]) continue;
        const x = this.x0[p] * scale, y = this.y0[p] * scale;
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) candidates.push(p);
      }
      candidates.sort((a, b) => placeCount[b] - placeCount[a] || a - b);
      const grid = new Map();
      const cell = (x, y) => Math.floor(x / CLUSTER_PX) * 4194304 + Math.floor(y / CLUSTER_PX);
      for (const p of candidates) {
        const key = cell(this.x0[p] * scale, this.y0[p] * scale);
        const list = grid.get(key);
        if (list) list.push(p); else grid.set(key, [p]);
      }
      const generation = ++this.generation;
      const assigned = this.assigned;
      const wanted = new Map();
      for (const seed of candidates) {
        if (assigned[seed] === generation) continue;
        assigned[seed] = generation;
        const sx = this.x0[seed] * scale, sy = this.y0[seed] * scale;
        const members = [seed];
        const cx = Math.floor(sx / CLUSTER_PX), cy = Math.floor(sy / CLUSTER_PX);
        for (let dx = -1; dx <= 1; dx++) {
          for (let dy = -1; dy <= 1; dy++) {
            const list = grid.get((cx + dx) * 4194304 + cy + dy);
            if (!list) continue;
            for (const q of list) {
              if (assigned[q] === generation) continue;
              const ddx = this.x0[q] * scale - sx, ddy = this.y0[q] * scale - sy;
              if (ddx * ddx + ddy * ddy <= CLUSTER_PX * CLUSTER_PX) {
                assigned[q] = generation;
                members.push(q);
              }
            }
          }
        }
        let count = 0, fatal = 0, sum = 0;
        for (const p of members) {
          count += placeCount[p];
          fatal += placeFatal[p];
          sum = (sum * 31 + p) % 1000000007;
        }
        const sizing = this.app.sizeBy === "fatalities" ? "f" + fatal : "";
        let key;
        if (members.length === 1) {
          key = "p" + seed + "|" + count + "|" + this.dominantType(seed) + "|" + sizing;
        } else {
          key = "c" + seed + "|" + members.length + "|" + sum + "|" + count + "|" + sizing;
        }
        wanted.set(key, {members: members, count: count, fatal: fatal, seed: seed});
      }
      for (const [key, marker] of this.markers) {
        if (!wanted.has(key)) {
          this.layer.removeLayer(marker);
          this.markers.delete(key);
        }
      }
      for (const [key, group] of wanted) {
        if (this.markers.has(key)) continue;
        const marker = group.members.length === 1 ? this.placeMarker(group)
          : this.clusterMarker(group);
        this.markers.set(key, marker);
        this.layer.addLayer(marker);
      }
      this.drawAreas();
    }

    placeMarker(group) {
      const data = this.data, p = group.seed;
      const style = data.config.types[this.dominantType(p)];
      const size = this.markerSize(group.count, group.fatal, false);
      const box = node("div", "geo-marker");
      box.dataset.count = String(group.count);
      box.dataset.place = String(p);
      box.appendChild(geo.shape(style.path, style.colour, size));
      if (group.count > 1) box.appendChild(node("span", "geo-count", group.count));
      const icon = L.divIcon({className: "geo-icon", html: box, iconSize: [size, size]});
      const marker = L.marker([data.places.lat[p], data.places.lon[p]],
        {icon: icon, riseOnHover: true, zIndexOffset: Math.min(group.count, 900),
          title: "", alt: data.places.label[p]});
      marker.geoPlaces = group.members;
      this.bind(marker, group.members);
      return marker;
    }

    clusterMarker(group) {
      const data = this.data;
      let lat = 0, lon = 0, weight = 0;
      for (const p of group.members) {
        const w = this.app.counts.place[p];
        lat += data.places.lat[p] * w;
        lon += data.places.lon[p] * w;
        weight += w;
      }
      const size = this.markerSize(group.count, group.fatal, true);
      const level = group.count < 10 ? "small" : group.count < 100 ? "medium" : "large";
      const box = node("div", "geo-cluster geo-cluster-" + level);
      box.dataset.count = String(group.count);
      box.style.width = box.style.height = size + "px";
      const n = group.count;
      box.appendChild(node("span", "", n < 10000 ? String(n) : Math.round(n / 1000) + "k"));
      const icon = L.divIcon({className: "geo-icon", html: box, iconSize: [size, size]});
      const marker = L.marker([lat / weight, lon / weight],
        {icon: icon, riseOnHover: true, zIndexOffset: 1000 + Math.min(n, 9000),
          alt: group.members.length + " places"});
      marker.geoPlaces = group.members;
      marker.bindTooltip(() => node("span", "", this.popups.clusterSummary(group.members)),
        {direction: "auto", className: "geo-tip"});
      marker.on("click", () => this.expand(marker));
      marker.on("keypress", (event) => {
        if (event.originalEvent.key === "Enter") this.expand(marker);
      });
      return marker;
    }

    /** A cluster's click: zoom in to its places, or list them when they cannot part. */
    expand(marker) {
      const data = this.data, map = this.map;
      const bounds = L.latLngBounds(marker.geoPlaces.map(
        (p) => [data.places.lat[p], data.places.lon[p]]));
      const target = map.getBoundsZoom(bounds, false, L.point(60, 60));
      marker.closeTooltip();
      if (map.getZoom() >= map.getMaxZoom() || bounds.getNorthEast().equals(
        bounds.getSouthWest())) {
        L.popup(this.popupOptions()).setLatLng(marker.getLatLng())
          .setContent(() => this.popups.build(marker.geoPlaces)).openOn(map);
        return;
      }
      map.setView(bounds.getCenter(), Math.min(map.getMaxZoom(),
        Math.max(target, map.getZoom() + 1)));
    }

    popupOptions() {
      const width = this.map.getSize().x;
      // Leaflet's popup adds about 50 px of frame and margins to its content.
      return {maxWidth: Math.min(380, width - 90), minWidth: Math.min(240, width - 100),
        autoPanPadding: L.point(16, 16), className: "geo-popup-wrap"};
    }

    bind(layer, places) {
      layer.bindTooltip(() => node("span", "", this.popups.summary(places[0])),
        {direction: "auto", className: "geo-tip", sticky: this.data.placeArea[places[0]]});
      layer.bindPopup(() => this.popups.build(places), this.popupOptions());
      layer.on("tooltipopen", () => {
        if (layer.isPopupOpen()) layer.closeTooltip();
      });
    }

    drawAreas() {
      const data = this.data, counts = this.app.counts;
      for (let p = 0; p < data.nPlaces; p++) {
        if (!data.placeArea[p]) continue;
        const shown = counts.place[p] > 0;
        let area = this.areas.get(p);
        if (!shown) {
          if (area && this.areaGroup.hasLayer(area)) this.areaGroup.removeLayer(area);
          continue;
        }
        const type = this.dominantType(p);
        if (!area) {
          area = this.area(p);
          this.areas.set(p, area);
        }
        if (area.geoType !== type) {
          const colour = data.config.types[type].colour;
          area.setStyle({color: colour, fillColor: colour});
          area.geoType = type;
        }
        area.geoCount = counts.place[p];
        if (!this.areaGroup.hasLayer(area)) this.areaGroup.addLayer(area);
      }
    }

    area(p) {
      const data = this.data, config = data.config;
      const options = Object.assign({}, config.areaStyle, {renderer: this.renderer,
        pane: "geo-areas", className: "geo-area"});
      const spec = data.places.area[p];
      const area = spec.s !== undefined
        ? L.geoJSON(config.shapes[spec.s], Object.assign({}, options, {style: () => options}))
        : L.circle([data.places.lat[p], data.places.lon[p]], Object.assign({radius: spec.r},
          options));
      const rest = {fillOpacity: options.fillOpacity, weight: options.weight};
      area.on("mouseover", () => area.setStyle(config.areaHoverStyle));
      area.on("mouseout", () => area.setStyle(rest));
      area.geoPlaces = [p];
      area.geoType = -1;
      this.bind(area, [p]);
      return area;
    }

    /** Events (or incidents) on the map now, by their year: for tests and the curious. */
    drawnByYear() {
      const out = {};
      const counts = this.app.counts;
      this.data.config.years.forEach((label, y) => {
        out[label] = this.app.state.hiddenYears.has(y) ? 0 : counts.year[y];
      });
      return out;
    }
  }

  /** What a marker says: a one-line summary, and the list of what happened there. */
  class Popups {
    constructor(app) {
      this.app = app;
      this.data = app.data;
    }

    /** The shown items at these places, by date. */
    shownItems(places) {
      const it = this.app.items, shown = this.app.counts.shown;
      const out = [];
      for (const p of places) {
        for (let i = it.placeStart[p]; i < it.placeStart[p + 1]; i++) {
          if (shown[it.placeList[i]]) out.push(it.placeList[i]);
        }
      }
      if (places.length > 1) {
        out.sort((a, b) => (it.start[a] || Infinity) - (it.start[b] || Infinity) || a - b);
      }
      return out;
    }

    unit(n) {
      return geo.plural(n, this.app.mode === "incidents" ? "incident" : "event");
    }

    itemDate(k) {
      const it = this.app.items;
      if (it.mode === "incidents") return this.data.incidentBlock.date[it.incident[k]];
      return this.data.events.date[it.memberList[it.memberStart[k]]];
    }

    summary(place) {
      const it = this.app.items, config = this.data.config;
      const items = this.shownItems([place]);
      const label = this.data.places.label[place];
      if (items.length === 1) {
        const k = items[0];
        return [label, geo.dateLabel(this.itemDate(k)), config.types[it.type[k]].name]
          .join(" · ");
      }
      const dated = items.filter((k) => it.start[k] === it.start[k]);
      let span = "date unknown";
      if (dated.length) {
        const first = this.itemDate(dated[0]), last = this.itemDate(dated[dated.length - 1]);
        span = first === last ? geo.dateLabel(first)
          : geo.dateLabel(first) + " – " + geo.dateLabel(last);
      }
      const tally = new Map();
      for (const k of items) tally.set(it.type[k], (tally.get(it.type[k]) || 0) + 1);
      const top = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const parts = top.slice(0, 3).map(([t, n]) => config.types[t].name + " " + n);
      if (top.length > 3) parts.push("…");
      return label + " · " + span + " · " + this.unit(items.length) + ": " + parts.join(", ");
    }

    clusterSummary(places) {
      const counts = this.app.counts;
      const sorted = places.slice().sort((a, b) => counts.place[b] - counts.place[a]);
      const names = sorted.slice(0, 3).map((p) => this.data.places.label[p]);
      let n = 0;
      for (const p of places) n += counts.place[p];
      return this.unit(n) + " at " + places.length + " places: " + names.join(", ")
        + (places.length > 3 ? "…" : "") + " (click to zoom in)";
    }

    build(places) {
      const box = node("div", "geo-popup");
      const fill = () => {
        box.replaceChildren();
        this.fill(box, places);
      };
      if (this.app.sentences) {
        fill();
      } else {
        box.appendChild(node("div", "geo-where", "Loading…"));
        this.app.loadSentences().then(() => {
          fill();
          const popup = this.app.map._popup;
          if (popup) popup.update();
        }).catch(geo.report);
      }
      return box;
    }

    fill(box, places) {
      const data = this.data, items = this.shownItems(places);
      const heading = places.length === 1 ? data.places.label[places[0]]
        : places.length + " places at one point";
      box.appendChild(node("div", "geo-place", heading));
      let where = this.unit(items.length);
      if (this.app.mode === "incidents") {
        let reports = 0;
        const it = this.app.items;
        for (const k of items) reports += it.memberStart[k + 1] - it.memberStart[k];
        if (reports !== items.length) where += " (" + geo.plural(reports, "report") + ")";
      }
      const area = places.length === 1 && data.places.area[places[0]];
      if (area) where += " · location known only to the " + data.places.scale[places[0]];
      box.appendChild(node("div", "geo-where", where));
      const list = node("ol", "geo-events");
      box.appendChild(list);
      let next = 0;
      const more = geo.button("geo-more", "");
      const page = () => {
        const end = Math.min(items.length, next + POPUP_ITEMS);
        for (; next < end; next++) list.appendChild(this.item(items[next], places.length > 1));
        more.textContent = "Show " + Math.min(POPUP_ITEMS, items.length - next) + " more of "
          + (items.length - next);
        more.hidden = next >= items.length;
      };
      more.addEventListener("click", () => {
        page();
        const popup = this.app.map._popup;
        if (popup) popup.update();
      });
      page();
      box.appendChild(more);
    }

    meta(type, subtype, iso, precision, low, high) {
      const config = this.data.config;
      const name = config.types[type].name;
      const sub = config.subtypes[subtype];
      const when = geo.dateLabel(iso) + (iso && geo.PRECISIONS[precision]
        ? " (to the " + geo.PRECISIONS[precision] + ")" : "");
      const parts = [when, sub ? name + " – " + sub : name];
      if (high >= 0) {
        parts.push(low === high ? geo.plural(high, "fatality", "fatalities")
          : low + "–" + high + " fatalities");
      }
      return node("div", "geo-meta", parts.join(" · "));
    }

    actors(events) {
      const e = this.data.events, names = this.data.config.actors;
      const pairs = [];
      for (const i of events) {
        const a = e.actor1[i] >= 0 ? names[e.actor1[i]] : "";
        const b = e.actor2[i] >= 0 ? names[e.actor2[i]] : "";
        if (!a && !b) continue;
        const text = b ? (a ? a + " " : "") + "→ " + b : a;
        if (!pairs.includes(text)) pairs.push(text);
      }
      return pairs.length ? node("div", "geo-actors", pairs.slice(0, 3).join("; ")) : null;
    }

    item(k, withPlace) {
      const it = this.app.items, data = this.data, e = data.events;
      const li = node("li");
      const members = Array.from(it.memberList.subarray(it.memberStart[k], it.memberStart[k + 1]));
      if (withPlace) li.appendChild(node("div", "geo-item-place", data.places.label[it.place[k]]));
      if (it.mode === "incidents") {
        const j = it.incident[k], first = members[0];
        li.appendChild(this.meta(it.type[k], e.subtype[first], data.incidentBlock.date[j],
          data.incidentBlock.precision[j], it.fatalMin[k], it.fatal[k]));
        const actors = this.actors(members);
        if (actors) li.appendChild(actors);
        const articles = new Set(members.map((i) => e.article[i]));
        li.appendChild(node("div", "geo-reported", "reported by "
          + geo.plural(articles.size, "article")
          + (members.length !== articles.size ? " (" + members.length + " reports)" : "")));
        const quotes = node("ol", "geo-quotes");
        for (const i of members) {
          const quote = node("li");
          const own = [];
          if (e.date[i] !== data.incidentBlock.date[j]) own.push(geo.dateLabel(e.date[i]));
          if (e.fatalities[i] !== null && (it.fatalMin[k] !== it.fatal[k])) {
            own.push(geo.plural(e.fatalities[i], "fatality", "fatalities"));
          }
          if (own.length) quote.appendChild(node("div", "geo-own", own.join(" · ")));
          this.quote(quote, i);
          quotes.appendChild(quote);
        }
        li.appendChild(quotes);
      } else {
        const i = members[0];
        const f = e.fatalities[i] === null ? -1 : e.fatalities[i];
        li.appendChild(this.meta(e.type[i], e.subtype[i], e.date[i], e.precision[i], f, f));
        const actors = this.actors([i]);
        if (actors) li.appendChild(actors);
        this.quote(li, i);
      }
      return li;
    }

    /** The sentence with the place name marked, where it was written, and its source. */
    quote(parent, i) {
      const sentences = this.app.sentences, e = this.data.events;
      const sentence = node("q", "geo-sentence");
      const text = sentences.text[i], start = sentences.start[i], end = sentences.end[i];
      if (start >= 0 && end <= text.length) {
        sentence.append(text.slice(0, start), node("mark", "", text.slice(start, end)),
          text.slice(end));
      } else {
        sentence.textContent = text;
      }
      parent.appendChild(sentence);
      const source = this.source(e.article[i]);
      const written = e.written[i], p = e.place[i], places = this.data.places;
      if (written && (p < 0 || ![places.primary[p], places.names[p][0]].map(geo.fold)
        .includes(geo.fold(written)))) source.append(" · written “" + written + "”");
      parent.appendChild(source);
    }

    // "Source: title". A saved web page's title opens the text read from it, shown as text
    // on this page; the page itself, which would run its scripts, is a second link that
    // says so.
    source(article) {
      const config = this.data.config;
      const [title, href] = config.articles[article];
      let label = title;
      const textIndex = (config.articleTexts || [])[article] ?? -1;
      const savedPage = Boolean((config.savedPages || [])[article]);
      const source = node("div", "geo-source", "Source: ");
      const safe = geo.safeHref(href);
      if (textIndex >= 0) {
        const view = node("a", "geo-text-link", label);
        view.href = "#";
        view.title = "the text read from the saved page, shown here as plain text";
        view.addEventListener("click", (event) => {
          event.preventDefault();
          this.showText(title, textIndex);
        });
        source.append(view, " (text)");
        if (!safe) return source;
        source.append(" · ");
        label = savedPage ? "saved page" : "web page";
      }
      if (safe) {
        const link = node("a", "", label);
        link.href = safe;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        source.appendChild(link);
        if (savedPage) source.append(" (opens the saved page, which runs its scripts)");
      } else {
        source.appendChild(node("span", "", label));
      }
      return source;
    }

    showText(label, index) {
      this.texts = this.texts || geo.readBlock("geo-texts");
      this.texts.then((texts) => {
        let view = document.getElementById("geo-text-view");
        if (!view) {
          view = node("div", "geo-text-view");
          view.id = "geo-text-view";
          view.setAttribute("role", "dialog");
          const head = node("div", "geo-text-head");
          const close = geo.button("geo-text-close", "Close");
          close.addEventListener("click", () => { view.hidden = true; });
          document.addEventListener("keydown", (event) => {
            if (event.key === "Escape") view.hidden = true;
          });
          head.append(node("span", "geo-text-title"), close);
          view.append(head, node("div", "geo-text-note",
            "The text read from the saved page (its scripts and markup left out)."),
          node("pre"));
          document.body.appendChild(view);
          L.DomEvent.disableClickPropagation(view);
          L.DomEvent.disableScrollPropagation(view);
        }
        view.querySelector(".geo-text-title").textContent = label;
        view.querySelector("pre").textContent = texts[index];
        view.hidden = false;
      }).catch(geo.report);
    }
  }

  geo.Markers = Markers;
})();
