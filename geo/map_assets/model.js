/* The events and incidents as columns, and the filter that says which are shown.
 *
 * What the map draws and counts is an "item": an incident (the reports of one thing that
 * happened, at the incident's place and date) or, with the switch, each report (event). The
 * filter is one pass over typed arrays; it also gives every count the page shows: per place
 * for the markers, per option of each filter (the number shown with it, or that ticking it
 * would show), and per day for the timeline. */
(function () {
  "use strict";
  const geo = (window.geo = window.geo || {});

  const YEAR = 1, TIME = 2, TYPE = 4, ACTOR = 8, COUNTRY = 16, FATAL = 32;
  geo.FILTERS = {YEAR, TIME, TYPE, ACTOR, COUNTRY, FATAL};
  geo.FATAL_STEPS = [0, 1, 10, 100];

  function compareByDay(start, a, b) {
    const x = start[a], y = start[b];
    if (x === y || (x !== x && y !== y)) return a - b;  // NaN: undated, last
    if (x !== x) return 1;
    if (y !== y) return -1;
    return x - y;
  }

  /** Column arrays of JSON lists: numbers (null as NaN or -1) in typed arrays. */
  function floats(list) {
    const out = new Float64Array(list.length);
    for (let i = 0; i < list.length; i++) out[i] = list[i] === null ? NaN : list[i];
    return out;
  }

  function ints(list, missing) {
    const out = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) out[i] = list[i] === null ? missing : list[i];
    return out;
  }

  class Data {
    constructor(config, places, events, incidents) {
      this.config = config;
      this.places = places;
      this.events = events;
      this.incidentBlock = incidents;
      this.nPlaces = places.lat.length;
      this.nEvents = events.place.length;
      const countryIndex = new Map(config.countries.map(([code], i) => [code, i]));
      this.placeCountry = new Int32Array(this.nPlaces);
      for (let p = 0; p < this.nPlaces; p++) {
        this.placeCountry[p] = countryIndex.get(places.country[p] || "") ?? 0;
      }
      this.placeArea = places.area.map((spec) => Boolean(spec));
      this.eventStart = floats(events.start);
      this.eventEnd = floats(events.end);
      this.eventFatal = ints(events.fatalities, -1);
      this.noActor = config.actors.length;  // the option "no actor named"
      this.cache = {};
    }

    /** The items of a mode ("incidents" or "reports"), built once. */
    items(mode) {
      if (!this.cache[mode]) {
        this.cache[mode] = mode === "incidents" ? this.incidentItems() : this.reportItems();
      }
      return this.cache[mode];
    }

    reportItems() {
      const e = this.events;
      const rows = [];
      for (let i = 0; i < this.nEvents; i++) if (e.place[i] >= 0) rows.push(i);
      const n = rows.length;
      const items = this.emptyItems("reports", n);
      const actors = [];
      for (let k = 0; k < n; k++) {
        const i = rows[k];
        items.place[k] = e.place[i];
        items.type[k] = e.type[i];
        items.year[k] = e.year[i];
        items.start[k] = this.eventStart[i];
        items.end[k] = this.eventEnd[i];
        items.fatal[k] = items.fatalMin[k] = this.eventFatal[i];
        items.memberStart[k] = k;
        items.memberList[k] = i;
        items.actorStart[k] = actors.length;
        if (e.actor1[i] >= 0) actors.push(e.actor1[i]);
        if (e.actor2[i] >= 0 && e.actor2[i] !== e.actor1[i]) actors.push(e.actor2[i]);
      }
      items.memberStart[n] = n;
      items.actorStart[n] = actors.length;
      items.actorList = Int32Array.from(actors);
      return this.finish(items);
    }

    incidentItems() {
      const e = this.events, inc = this.incidentBlock;
      const count = inc.place.length;
      const members = Array.from({length: count}, () => []);
      for (let i = 0; i < this.nEvents; i++) members[e.incident[i]].push(i);
      const rows = [];
      for (let j = 0; j < count; j++) if (inc.place[j] >= 0 && members[j].length) rows.push(j);
      const n = rows.length;
      const items = this.emptyItems("incidents", n);
      items.incident = new Int32Array(n);
      const start = floats(inc.start), end = floats(inc.end);
      const actors = [], memberList = [];
      for (let k = 0; k < n; k++) {
        const j = rows[k];
        const own = members[j].sort((a, b) => compareByDay(this.eventStart, a, b));
        items.incident[k] = j;
        items.place[k] = inc.place[j];
        items.year[k] = inc.year[j];
        items.start[k] = start[j];
        items.end[k] = end[j];
        items.type[k] = e.type[own[0]];
        let most = -1, least = -1;
        const named = new Set();
        for (const i of own) {
          const f = this.eventFatal[i];
          if (f >= 0) {
            most = Math.max(most, f);
            least = least < 0 ? f : Math.min(least, f);
          }
          if (e.actor1[i] >= 0) named.add(e.actor1[i]);
          if (e.actor2[i] >= 0) named.add(e.actor2[i]);
        }
        items.fatal[k] = most;
        items.fatalMin[k] = least;
        items.actorStart[k] = actors.length;
        for (const a of named) actors.push(a);
        items.memberStart[k] = memberList.length;
        for (const i of own) memberList.push(i);
      }
      items.actorStart[n] = actors.length;
      items.memberStart[n] = memberList.length;
      items.actorList = Int32Array.from(actors);
      items.memberList = Int32Array.from(memberList);
      return this.finish(items);
    }

    emptyItems(mode, n) {
      return {
        mode: mode, n: n,
        place: new Int32Array(n), type: new Int32Array(n), year: new Int32Array(n),
        country: new Int32Array(n), start: new Float64Array(n), end: new Float64Array(n),
        fatal: new Int32Array(n), fatalMin: new Int32Array(n),
        actorStart: new Int32Array(n + 1), actorList: null,
        memberStart: new Int32Array(n + 1), memberList: new Int32Array(n),
      };
    }

    /** Each item's country, and the items of each place sorted by date (for popups). */
    finish(items) {
      const n = items.n;
      const counts = new Int32Array(this.nPlaces + 1);
      for (let k = 0; k < n; k++) {
        items.country[k] = this.placeCountry[items.place[k]];
        counts[items.place[k] + 1]++;
      }
      for (let p = 0; p < this.nPlaces; p++) counts[p + 1] += counts[p];
      const order = Array.from({length: n}, (_, k) => k)
        .sort((a, b) => compareByDay(items.start, a, b));
      const placeList = new Int32Array(n);
      const fill = counts.slice(0, this.nPlaces);
      for (const k of order) placeList[fill[items.place[k]]++] = k;
      items.placeStart = counts;
      items.placeList = placeList;
      items.total = new Int32Array(this.nPlaces);
      for (let k = 0; k < n; k++) items.total[items.place[k]]++;
      return items;
    }
  }

  /** What is filtered out: hidden options of each filter, a minimum toll, a time window. */
  class FilterState {
    constructor() {
      this.hiddenYears = new Set();
      this.hiddenTypes = new Set();
      this.hiddenActors = new Set();
      this.hiddenCountries = new Set();
      this.minFatal = 0;
      this.window = null;  // [first day, last day], both included; null: all time
    }
  }

  /** The filter's pass over the items of one mode; its arrays are reused between passes. */
  class Counts {
    constructor(data, items) {
      const config = data.config;
      this.data = data;
      this.items = items;
      this.shown = new Uint8Array(items.n);
      this.place = new Int32Array(data.nPlaces);
      this.placeFatal = new Float64Array(data.nPlaces);
      this.type = new Int32Array(config.types.length);
      this.year = new Int32Array(config.years.length);
      this.country = new Int32Array(config.countries.length);
      this.actor = new Int32Array(config.actors.length + 1);
      this.fatal = new Int32Array(geo.FATAL_STEPS.length);
      const domain = config.domain || [0, 0];
      this.first = domain[0];
      this.days = new Int32Array(domain[1] - domain[0] + 1);
      this.imprecise = [];
      this.total = 0;
      this.reports = 0;
      this.fatalities = 0;
    }

    run(state) {
      const it = this.items, n = it.n;
      const hiddenYear = flags(state.hiddenYears, this.year.length);
      const hiddenType = flags(state.hiddenTypes, this.type.length);
      const hiddenCountry = flags(state.hiddenCountries, this.country.length);
      const hiddenActor = flags(state.hiddenActors, this.actor.length);
      const actorsOn = state.hiddenActors.size > 0;
      const noActor = this.actor.length - 1;
      const minFatal = state.minFatal;
      const win = state.window;
      const w0 = win ? win[0] : 0, w1 = win ? win[1] : 0;
      const steps = geo.FATAL_STEPS;
      for (const array of [this.place, this.placeFatal, this.type, this.year, this.country,
        this.actor, this.fatal, this.days]) array.fill(0);
      this.imprecise = [];
      let total = 0, reports = 0, fatalities = 0;
      const place = it.place, type = it.type, year = it.year, country = it.country;
      const start = it.start, end = it.end, fatal = it.fatal;
      const actorStart = it.actorStart, actorList = it.actorList;
      const memberStart = it.memberStart;
      const shown = this.shown, first = this.first, days = this.days;
      const placeCount = this.place, placeFatal = this.placeFatal;
      for (let k = 0; k < n; k++) {
        let failed = 0;
        if (hiddenYear[year[k]]) failed |= YEAR;
        if (win !== null && !(start[k] >= w0 && end[k] <= w1)) failed |= TIME;
        if (hiddenType[type[k]]) failed |= TYPE;
        if (hiddenCountry[country[k]]) failed |= COUNTRY;
        if (minFatal > 0 && fatal[k] < minFatal) failed |= FATAL;
        const a0 = actorStart[k], a1 = actorStart[k + 1];
        if (actorsOn) {
          let any = false;
          if (a0 === a1) any = !hiddenActor[noActor];
          for (let a = a0; a < a1 && !any; a++) any = !hiddenActor[actorList[a]];
          if (!any) failed |= ACTOR;
        }
        shown[k] = failed === 0 ? 1 : 0;
        if (failed === 0) {
          total++;
          reports += memberStart[k + 1] - memberStart[k];
          placeCount[place[k]]++;
          if (fatal[k] > 0) {
            placeFatal[place[k]] += fatal[k];
            fatalities += fatal[k];
          }
        }
        if ((failed & ~TYPE) === 0) this.type[type[k]]++;
        if ((failed & ~YEAR) === 0) this.year[year[k]]++;
        if ((failed & ~COUNTRY) === 0) this.country[country[k]]++;
        if ((failed & ~ACTOR) === 0) {
          if (a0 === a1) this.actor[noActor]++;
          for (let a = a0; a < a1; a++) this.actor[actorList[a]]++;
        }
        if ((failed & ~FATAL) === 0) {
          this.fatal[0]++;
          for (let s = 1; s < steps.length; s++) if (fatal[k] >= steps[s]) this.fatal[s]++;
        }
        if ((failed & ~TIME) === 0 && start[k] === start[k]) {
          if (start[k] === end[k]) days[start[k] - first]++;
          else this.imprecise.push(k);
        }
      }
      this.total = total;
      this.reports = reports;
      this.fatalities = fatalities;
      return this;
    }
  }

  function flags(set, size) {
    const out = new Uint8Array(size);
    for (const value of set) if (value >= 0 && value < size) out[value] = 1;
    return out;
  }

  geo.Data = Data;
  geo.FilterState = FilterState;
  geo.Counts = Counts;
})();
