// The few parts of astronomia (which ships no types) that the lunar oracles use.
declare module 'astronomia/planetposition' {
  export class Planet {
    constructor(data: object);
  }
}
declare module 'astronomia/elp' {
  export class Moon {
    constructor(data: object);
    position(jde: number): { lon: number; lat: number; range: number };
  }
}
declare module 'astronomia/solar' {
  const solar: {
    trueVSOP87(planet: import('astronomia/planetposition').Planet, jde: number): { lon: number; lat: number; range: number };
    apparentVSOP87(planet: import('astronomia/planetposition').Planet, jde: number): { lon: number; lat: number; range: number };
    aberration(range: number): number;
  };
  export default solar;
}
declare module 'astronomia/moonphase' {
  const moonphase: { newMoon(decimalYear: number): number };
  export default moonphase;
}
declare module 'astronomia/moonposition' {
  const moonposition: { position(jde: number): { lon: number } };
  export default moonposition;
}
declare module 'astronomia/deltat' {
  const deltat: { deltaT(decimalYear: number): number };
  export default deltat;
}
declare module 'astronomia/data/vsop87Bearth' {
  const data: object;
  export default data;
}
declare module 'astronomia/data/elpMppDe' {
  const data: object;
  export default data;
}
