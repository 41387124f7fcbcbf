/* The offline base map: land and country borders, first-level divisions, and names of
 * countries, the events' towns, other towns and divisions drawn on a canvas, more of them at
 * closer zoom, each placed only where it overlaps no name already drawn (the events' towns
 * first, then the most populous). */
(function () {
  "use strict";
  const geo = (window.geo = window.geo || {});
  const CELL = 64;  // px: the grid that finds the names a new one would overlap

  const LabelLayer = L.Layer.extend({
    initialize: function (basemap, style) {
      this.basemap = basemap;
      this.style = style;
    },

    onAdd: function (map) {
      let pane = map.getPane("geo-labels");
      if (!pane) {
        pane = map.createPane("geo-labels");
        pane.style.zIndex = "450";
        pane.style.pointerEvents = "none";
      }
      this.canvas = L.DomUtil.create("canvas", "geo-labels leaflet-zoom-hide", pane);
      map.on("moveend resize viewreset", this.redraw, this);
      this.redraw();
    },

    onRemove: function (map) {
      L.DomUtil.remove(this.canvas);
      map.off("moveend resize viewreset", this.redraw, this);
    },

    redraw: function () {
      const map = this._map;
      if (!map) return;
      const size = map.getSize(), ratio = window.devicePixelRatio || 1;
      const canvas = this.canvas;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = Math.round(size.x * ratio);
      canvas.height = Math.round(size.y * ratio);
      canvas.style.width = size.x + "px";
      canvas.style.height = size.y + "px";
      const ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      const zoom = map.getZoom(), style = this.style, basemap = this.basemap;
      const taken = new Map();
      const fits = (box) => {
        const cells = [];
        for (let x = Math.floor(box[0] / CELL); x <= Math.floor(box[2] / CELL); x++) {
          for (let y = Math.floor(box[1] / CELL); y <= Math.floor(box[3] / CELL); y++) {
            const key = x * 100000 + y;
            for (const other of taken.get(key) || []) {
              if (box[0] < other[2] && box[2] > other[0] && box[1] < other[3]
                && box[3] > other[1]) return false;
            }
            cells.push(key);
          }
        }
        for (const key of cells) {
          if (!taken.has(key)) taken.set(key, []);
          taken.get(key).push(box);
        }
        return true;
      };
      const write = (text, x, y, font, colour, align) => {
        ctx.font = font;
        const width = ctx.measureText(text).width;
        const left = align === "center" ? x - width / 2 : x;
        const box = [left - 2, y - 8, left + width + 2, y + 8];
        if (box[2] < 0 || box[0] > size.x || box[3] < 0 || box[1] > size.y) return false;
        if (!fits(box)) return false;
        ctx.textAlign = "left";
        ctx.textBaseline = "middle";
        ctx.lineJoin = "round";
        ctx.lineWidth = 3;
        ctx.strokeStyle = style.halo;
        ctx.strokeText(text, left, y);
        ctx.fillStyle = colour;
        ctx.fillText(text, left, y);
        return true;
      };
      const at = (lat, lon) => map.latLngToContainerPoint([lat, lon]);
      const inView = (point) => point.x > -200 && point.x < size.x + 200 && point.y > -50
        && point.y < size.y + 50;
      if (zoom <= 7) {
        for (const [lat, lon, name, from] of basemap.countries) {
          if (zoom < from) continue;
          const point = at(lat, lon);
          if (!inView(point)) continue;
          const text = style.country.case === "upper" ? name.toUpperCase() : name;
          write(text, point.x, point.y, style.country.font, style.country.colour, "center");
        }
      }
      // The events' own towns first, beside their markers, as the articles wrote them.
      for (const [lat, lon, name, from] of basemap.places || []) {
        if (zoom < from) continue;
        const point = at(lat, lon);
        if (!inView(point)) continue;
        write(name, point.x + style.place.offset, point.y, style.place.font,
          style.place.colour, "left");
      }
      // Towns before divisions: a town's name tells more than a province's.
      for (const [lat, lon, name, from, people] of basemap.towns) {
        if (zoom < from) continue;
        const point = at(lat, lon);
        if (!inView(point)) continue;
        const kind = people >= 100000 ? style.city : style.town;
        if (write(name, point.x + 5, point.y, kind.font, kind.colour, "left")) {
          ctx.fillStyle = kind.dot;
          ctx.beginPath();
          ctx.arc(point.x, point.y, people >= 100000 ? 2.5 : 2, 0, 2 * Math.PI);
          ctx.fill();
        }
      }
      if (basemap.divisions && zoom >= 6 && zoom <= 11) {
        for (const [lat, lon, name] of basemap.divisions.names) {
          const point = at(lat, lon);
          if (!inView(point)) continue;
          write(name, point.x, point.y, style.division_name.font, style.division_name.colour,
            "center");
        }
      }
    },
  });

  geo.drawBasemap = function (layer, basemap, style) {
    const renderer = L.canvas({padding: 0.5});
    L.geoJSON(basemap.land, {style: style.land, interactive: false, renderer: renderer})
      .addTo(layer);
    if (basemap.divisions) {
      L.geoJSON(basemap.divisions.lines, {style: style.division, interactive: false,
        renderer: renderer}).addTo(layer);
    }
    new LabelLayer(basemap, style).addTo(layer);
  };
})();
