/* Helpers the map's scripts share: elements made from text, days and dates, data blocks.
 *
 * Article text reaches the page only as JSON data blocks and is shown only through
 * textContent and text nodes (never innerHTML), so nothing an article says can run. */
(function () {
  "use strict";
  const geo = (window.geo = window.geo || {});

  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  const SHORT_MONTHS = MONTHS.map((name) => name.slice(0, 3));
  const DAY_MS = 86400000;
  const SVG = "http://www.w3.org/2000/svg";

  geo.MONTHS = MONTHS;
  geo.PRECISIONS = ["day", "month", "year"];

  /** An element with a class and a text, never parsed as HTML. */
  geo.node = function (tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  };

  geo.button = function (className, text, title) {
    const button = geo.node("button", "geo-button " + (className || ""), text);
    button.type = "button";
    if (title) button.title = title;
    return button;
  };

  /** A shape of the style table (SVG path data in a 20 x 20 box) as an SVG element. */
  geo.shape = function (path, colour, size, stroke) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 20 20");
    svg.setAttribute("width", String(size));
    svg.setAttribute("height", String(size));
    const shape = document.createElementNS(SVG, "path");
    shape.setAttribute("d", path);
    shape.setAttribute("fill", colour);
    shape.setAttribute("stroke", stroke || "#fff");
    shape.setAttribute("stroke-width", "1.5");
    svg.appendChild(shape);
    return svg;
  };

  // Days are counted from 1970-01-01 (UTC), as the page's data gives them.
  geo.dayOfIso = function (iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!match) return NaN;
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  };

  geo.isoOfDay = function (day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  };

  geo.dayParts = function (day) {
    const date = new Date(day * DAY_MS);
    return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  };

  geo.dayOf = function (year, month, date) {
    return Date.UTC(year, month, date) / DAY_MS;
  };

  /** "27 Sep 2020" */
  geo.shortDay = function (day) {
    const [year, month, date] = geo.dayParts(day);
    return date + " " + SHORT_MONTHS[month] + " " + year;
  };

  geo.SHORT_MONTHS = SHORT_MONTHS;

  /** An ISO date of any precision as words: "27 September 2020", "October 2020", "2020". */
  geo.dateLabel = function (iso) {
    if (!iso) return "date unknown";
    const [year, month, day] = iso.split("-");
    const name = month ? MONTHS[Number(month) - 1] : "";
    if (day && name) return Number(day) + " " + name + " " + year;
    return name ? name + " " + year : year;
  };

  /** A link target that cannot run script: http(s), or a path relative to the page. */
  geo.safeHref = function (href) {
    if (/^https?:\/\//i.test(href)) return href;
    if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || /^[/\\]{2}/.test(href)) return "";
    return href;
  };

  /** Text folded for search: lower case, without accents. */
  geo.fold = function (text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };

  geo.plural = function (n, one, many) {
    return n.toLocaleString("en") + " " + (n === 1 ? one : many || one + "s");
  };

  /** A data block's value: plain JSON, or gzipped JSON in base64 for big maps. */
  geo.readBlock = async function (id) {
    const block = document.getElementById(id);
    if (!block) return null;
    if (block.dataset.encoding !== "gzip") return JSON.parse(block.textContent);
    const binary = atob(block.textContent);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  };

  /** Shows an error in the header: the rest of the page keeps working. */
  geo.report = function (error) {
    console.error(error);
    const header = document.getElementById("geo-header");
    if (header) {
      header.appendChild(geo.node("div", "geo-error", "Part of the map could not be drawn "
        + "in this browser: " + error));
    }
  };

  /** Calls `work` at most once per animation frame, with the last arguments given. */
  geo.perFrame = function (work) {
    let pending = null;
    return function (...args) {
      const first = pending === null;
      pending = args;
      if (first) {
        requestAnimationFrame(() => {
          const last = pending;
          pending = null;
          work(...last);
        });
      }
    };
  };
})();
